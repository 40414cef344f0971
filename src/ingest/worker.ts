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
 * The nice value of the ingest threads: the lowest priority. Against a thread of normal priority
 * on the same CPU a nice-19 thread weighs 15 to its 1,024 (Linux CFS), a nice-10 one 110, so the
 * event loop keeps ~98.5% of a shared CPU instead of ~90%; with no reads being served the ingest
 * threads only share the CPUs among themselves, at one nice value, and go as fast as before.
 * Measured with bench/reads-during-batch.ts --alternate-nice 19 (1M copy, quiet reads then reads
 * during a 1,000-article batch, rounds alternating nice 10 and 19, three runs, load 16-24): the
 * reads' p50 rose during the batch in 5 of 6 nice-10 rounds (-0.1 .. +1.5 ms) and fell in all 6
 * nice-19 rounds (by 0.2-0.9 ms in the 4 whose quiet stretch was undisturbed); the main thread's
 * CPU per read rose by a median of 5.5% against 1.8%; what the ingest threads held the CPU while
 * the main thread waited (bench/sched-waits.ts, 6 s of each batch) was less at nice 19 in 4 of 4
 * pairs (45/27/42/39 ms against 187/39/48/85). The price: a batch written while reads are served
 * took longer (median 83 s against 52 s at that load; 6 rounds each). The machine's other
 * processes are not affected (the scheduler groups each session's processes: autogroup).
 */
export const INGEST_NICE = 19;

/**
 * Background work next to the requests the main thread serves: on Linux a thread has its own nice
 * value, so the calling worker thread yields the CPU to the event loop and takes whatever is left.
 * Elsewhere (no /proc, or not allowed) it keeps normal priority.
 */
export function lowerThisThreadsPriority(nice = INGEST_NICE): void {
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
