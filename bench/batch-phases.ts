/**
 * Where a batch's wall time goes between its two ingest threads (issue 4, ingest): from samples of
 * each thread's schedstat taken every few milliseconds while the batch runs (bench/thread-cpu.ts
 * --phases), how long both the writer and the extraction thread wanted a CPU (ran, or waited
 * runnable for one), how long only one did while the other idled, and how long neither did (the
 * main thread parsing the request or answering it, the final sync). A thread that waits runnable
 * counts as wanting to work: under load it is the machine, not the pipeline, that holds it.
 *
 * The time one thread works alone is what a batch loses to the pipeline (the two threads are dealt
 * the work of one article each and wait for each other); `startMs` is the time from the post until
 * the extraction thread first works (the request parsed and validated, the first article's dates
 * found), `tailMs` the time the writer still works after the extraction thread's last interval
 * (the last slices written and committed once nothing is left to extract).
 */

/** One sample: milliseconds since the batch was posted, and each thread's schedstat so far (ms ran, ms waited runnable). */
export interface PhaseSample {
  at: number;
  threads: Map<number, { cpu: number; waited: number }>;
}

export interface BatchPhases {
  bothMs: number;
  writerAloneMs: number;
  extractionAloneMs: number;
  neitherMs: number;
  /** From the post to the first interval in which the extraction thread works (the whole batch if it never does). */
  startMs: number;
  /** From the end of the extraction thread's last working interval to the end of the writer's (0 when the writer stops first). */
  tailMs: number;
}

/**
 * The ms thread `tid` ran or waited runnable in each interval between samples. The kernel adds a
 * wait to schedstat's second field only when the thread gets a CPU again, so a wait that began
 * intervals before shows up whole in the interval where it ended: it is put back into the time
 * before the thread ran there, interval by interval, as far as each has room (its span less what
 * the thread ran or waited in it already). An interval with the thread missing at either end counts 0.
 */
function wantedByInterval(samples: readonly PhaseSample[], tid: number): number[] {
  const wanted: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1].threads.get(tid);
    const b = samples[i].threads.get(tid);
    if (!a || !b) {
      wanted.push(0);
      continue;
    }
    wanted.push(b.cpu - a.cpu);
    let waited = b.waited - a.waited;
    for (let j = i - 1; j >= 0 && waited > 0; j--) {
      const room = Math.max(0, samples[j + 1].at - samples[j].at - wanted[j]);
      const put = Math.min(room, waited);
      wanted[j] += put;
      waited -= put;
    }
  }
  return wanted;
}

/**
 * The phases of a batch from its samples (in time order; the first taken when the batch was
 * posted, the last when it was answered). A thread works in an interval when it ran or waited
 * runnable for at least `busyShare` of it; with several extraction threads, the extraction side
 * works when any of them does.
 */
export function batchPhases(samples: readonly PhaseSample[], writer: number, extraction: readonly number[], busyShare = 0.5): BatchPhases {
  const phases: BatchPhases = { bothMs: 0, writerAloneMs: 0, extractionAloneMs: 0, neitherMs: 0, startMs: 0, tailMs: 0 };
  let extractionStarted: number | undefined;
  let extractionLast: number | undefined;
  let writerLast: number | undefined;
  const wanted = new Map([writer, ...extraction].map((tid) => [tid, wantedByInterval(samples, tid)]));
  for (let i = 1; i < samples.length; i++) {
    const before = samples[i - 1];
    const after = samples[i];
    const span = after.at - before.at;
    if (span <= 0) continue;
    const writerWorks = wanted.get(writer)![i - 1] >= busyShare * span;
    const extractionWorks = extraction.some((tid) => wanted.get(tid)![i - 1] >= busyShare * span);
    if (writerWorks && extractionWorks) phases.bothMs += span;
    else if (writerWorks) phases.writerAloneMs += span;
    else if (extractionWorks) phases.extractionAloneMs += span;
    else phases.neitherMs += span;
    if (extractionWorks) {
      extractionStarted ??= before.at;
      extractionLast = after.at;
    }
    if (writerWorks) writerLast = after.at;
  }
  const total = samples.length > 0 ? samples[samples.length - 1].at - samples[0].at : 0;
  phases.startMs = extractionStarted === undefined ? total : extractionStarted - samples[0].at;
  phases.tailMs = extractionLast !== undefined && writerLast !== undefined ? Math.max(0, writerLast - extractionLast) : 0;
  for (const key of Object.keys(phases) as Array<keyof BatchPhases>) phases[key] = Math.round(phases[key]);
  return phases;
}
