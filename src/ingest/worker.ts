import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module at `url`: as it is when compiled (.js); under tsx
 * (development, tests, bench scripts) its TypeScript source, with tsx registered inside the worker
 * first, since Node 20 does not apply the parent's --import loader to a worker's entry module.
 */
export function startModuleWorker(url: string, options: WorkerOptions = {}): Worker {
  if (!url.endsWith('.ts')) return new Worker(new URL(url), options);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`, { ...options, eval: true });
}

/**
 * A worker thread running `entry` (a module beside this file, named without extension): the
 * compiled .js next to this file in dist/, its TypeScript source under tsx.
 */
export function startWorker(entry: string, options: WorkerOptions = {}): Worker {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return startModuleWorker(new URL(`./${entry}.${extension}`, import.meta.url).href, options);
}

/**
 * Background work next to the requests the main thread serves: on Linux a thread has its own nice
 * value, so the calling worker thread yields the CPU to the event loop and takes whatever is left.
 * Elsewhere (no /proc, or not allowed) it keeps normal priority.
 */
export function lowerThisThreadsPriority(nice = 10): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, nice);
  } catch {
    // normal priority
  }
}

/** An error as the thread that did not throw it can log it: its stack, else its message. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Sends a thread's answer, then does what needs no waiting for (a writer thread's checkpoint after
 * a batch): `after` runs even when `answer` throws, and its own error is thrown after the answer has gone.
 */
export function answerThen(answer: () => void, after: () => void): void {
  try {
    answer();
  } finally {
    after();
  }
}
