import type { Worker } from 'node:worker_threads';
import { startWorker } from './worker.js';

export interface CheckpointThread {
  /** Asks for a checkpoint; one already running is followed by one more, not by one per request. */
  request(): void;
  /** Resolves when the checkpoints asked for so far are done (tests, shutdown). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Checkpoints on a thread of their own, with their own connection: copying the write-ahead log
 * into a large database file and syncing that file takes tens to hundreds of milliseconds, which
 * SQLite's automatic checkpoint would spend inside some commit on the event loop. The thread
 * starts on first request and, idle, does not keep the process alive.
 */
export function createCheckpointThread(path: string, onError: (error: Error) => void = () => {}): CheckpointThread {
  let worker: Worker | undefined;
  let running = false;
  let again = false;
  let idle: Array<() => void> = [];

  function finished(): void {
    running = false;
    if (again) {
      again = false;
      run();
      return;
    }
    worker?.unref();
    const waiting = idle;
    idle = [];
    waiting.forEach((resolve) => resolve());
  }

  function start(): Worker {
    const thread = startWorker('checkpoint-worker', { workerData: { path } });
    thread.on('message', finished);
    thread.on('error', onError);
    thread.on('exit', () => {
      if (worker !== thread) return;
      worker = undefined;
      if (running) finished();
    });
    return thread;
  }

  function run(): void {
    worker ??= start();
    worker.ref();
    running = true;
    worker.postMessage('checkpoint');
  }

  return {
    request() {
      if (running) again = true;
      else run();
    },
    settled() {
      return running ? new Promise((resolve) => idle.push(resolve)) : Promise.resolve();
    },
    async close() {
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
      again = false;
      if (running) finished();
    },
  };
}
