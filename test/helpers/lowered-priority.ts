import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { lowerThisThreadsPriority } from '../../src/ingest/worker.js';

/** A thread's nice value from /proc/thread-self/stat (the 19th field), or null without /proc. */
function niceOfThisThread(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return null;
  }
}

const before = niceOfThisThread();
lowerThisThreadsPriority();
parentPort!.postMessage({ before, after: niceOfThisThread() });
