import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread running `entry` (a module beside this file, named without extension): the
 * compiled .js next to this file in dist/; under tsx (development, tests) its TypeScript source,
 * with tsx registered inside the worker first, since Node 20 does not apply the parent's --import
 * loader to a worker's entry module.
 */
export function startWorker(entry: string, options: { resourceLimits?: ResourceLimits; workerData?: unknown } = {}): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(`./${entry}.js`, self), options);
  const source = JSON.stringify(new URL(`./${entry}.ts`, self).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); })`, { ...options, eval: true });
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
