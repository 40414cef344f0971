import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';

/**
 * V8 optimizes hot functions on the process's shared background threads, which run at normal
 * priority whichever thread's code they compile. During a 1,000-article batch on 1M events they
 * worked 2.3-2.5 CPU-s beside the ingest threads' 7.5-8.9 (bench/scratch/reads10, alone, load
 * 17-20); started with --no-concurrent-recompilation 0.35 CPU-s, with --single-threaded 0.01: most
 * of it is compiling the extractor's code, and it competed with the event loop as its equal while
 * the ingest threads themselves yield the CPU (niced: worker.ts INGEST_NICE). A V8 isolate takes the flag when it is
 * created, so an ingest thread started with it off compiles its code itself, at its own priority,
 * and the main thread keeps compiling in the background.
 */
let starting = 0;

const setFlag = (flag: string) => setFlagsFromString(flag);

/** Starts a worker thread (`start`) whose optimizing compiler runs on its own thread. */
export function compilingOnItsOwnThread(start: () => Worker, setV8Flag: (flag: string) => void = setFlag): Worker {
  if (starting++ === 0) setV8Flag('--no-concurrent-recompilation');
  /** A worker's isolate exists (or never will): once none is starting, new isolates compile in the background again. */
  const started = () => {
    if (--starting === 0) setV8Flag('--concurrent-recompilation');
  };
  let worker: Worker;
  try {
    worker = start();
  } catch (error) {
    started();
    throw error;
  }
  let settled = false;
  const once = () => {
    if (settled) return;
    settled = true;
    started();
  };
  worker.once('online', once);
  worker.once('error', once);
  worker.once('exit', once);
  return worker;
}
