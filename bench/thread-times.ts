import { readFileSync } from 'node:fs';

/** Seconds a thread ran on a CPU, and spent runnable but waiting for one (the shared machine's load). */
export interface ThreadTimes {
  cpu: number;
  waiting: number;
}

/** This thread's times from Linux's /proc (null elsewhere). */
export function threadTimes(): ThreadTimes | null {
  try {
    const [cpu, waiting] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { cpu: cpu / 1e9, waiting: waiting / 1e9 };
  } catch {
    return null;
  }
}
