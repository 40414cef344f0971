import type { Server } from 'node:http';
import { trackOpenRequests } from '../open-requests.js';

/**
 * Ingest yields to reads, as a database's background work does. On two cores, a batch's two
 * threads (extraction and writer) and the event loop serving reads are three runnable threads, and
 * the reads lose: their p99 rose from ~32-36 ms quiet to 51-59 ms during a 1,000-article batch
 * (npm run bench on 1M events). So while read requests are in flight, a batch runs on at most one
 * core: the extraction thread does not start the next article while the writer thread is writing a
 * slice. With no reads, both run at once, at full speed.
 *
 * The signal is shared memory, read without a message: the main thread counts the read requests it
 * has open; the writer thread flags the slices it is writing; the extraction thread, between two
 * articles of a batch, waits (Atomics.wait, not a busy loop) while both are set.
 */
const READS_IN_FLIGHT = 0;
const WRITER_BUSY = 1;
const SINGLES_WAITING = 2;
const SLOTS = 3;

/**
 * The longest the extraction thread waits for one slice, the length of the writer thread's slices
 * (store-worker.ts WRITER_SLICES; one runs longer by its last article and its commit): whatever
 * holds the flag, a batch goes on. (A writer thread that ends mid-slice leaves it set; the main
 * thread clears it when that thread exits, extractor-thread.ts.)
 */
export const LONGEST_WAIT_MS = 250;

/** The shared memory of the signal: made once by the main thread, handed to the ingest threads. */
export type ReadPressure = Int32Array;

export function createReadPressure(): ReadPressure {
  return new Int32Array(new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT));
}

let processPressure: ReadPressure | undefined;

/** The process's signal, shared by every app it builds (they share the ingest threads too). */
export function sharedReadPressure(): ReadPressure {
  processPressure ??= createReadPressure();
  return processPressure;
}

/** Reads only (GET, HEAD): a write request is not waited for, and the batch being written is one. */
const isRead = (method: string | undefined) => method === 'GET' || method === 'HEAD';

/**
 * Counts the read requests `server` has open, from their arrival until they are over
 * (trackOpenRequests). When the last one closes, a waiting extraction thread is woken.
 */
export function countReads(server: Server, pressure: ReadPressure): void {
  trackOpenRequests(
    server,
    isRead,
    () => Atomics.add(pressure, READS_IN_FLIGHT, 1),
    () => {
      if (Atomics.sub(pressure, READS_IN_FLIGHT, 1) === 1) Atomics.notify(pressure, WRITER_BUSY);
    },
  );
}

export function readsInFlight(pressure: ReadPressure): number {
  return Atomics.load(pressure, READS_IN_FLIGHT);
}

export function writerWriting(pressure: ReadPressure): boolean {
  return Atomics.load(pressure, WRITER_BUSY) === 1;
}

/** The writer thread's flag: set while it writes a slice; cleared, it wakes a waiting extraction thread. */
export function setWriting(pressure: ReadPressure, writing: boolean): void {
  Atomics.store(pressure, WRITER_BUSY, writing ? 1 : 0);
  if (!writing) Atomics.notify(pressure, WRITER_BUSY);
}

/** Runs `work` (a slice, on the writer thread) flagged as writing. */
export function asWriting<T>(pressure: ReadPressure, work: () => T): T {
  setWriting(pressure, true);
  try {
    return work();
  } finally {
    setWriting(pressure, false);
  }
}

/**
 * A single article's extraction (POST /v1/articles, /v1/extract), from the main thread's request to
 * its answer. The extraction thread takes it after the batch articles asked for before it (up to
 * WRITER_SLICES.extractionsAhead); meanwhile those do not wait for slices, or the request would
 * wait with them.
 */
export async function asSingleExtraction<T>(pressure: ReadPressure, extraction: () => Promise<T>): Promise<T> {
  Atomics.add(pressure, SINGLES_WAITING, 1);
  Atomics.notify(pressure, WRITER_BUSY);
  try {
    return await extraction();
  } finally {
    Atomics.sub(pressure, SINGLES_WAITING, 1);
  }
}

/**
 * The extraction thread, before a batch's next article: while reads are in flight and the writer
 * is writing a slice, and no single extraction waits behind it, waits for the slice's end (or for
 * the reads to end, or a single extraction), at most `longestMs`. Returns how long it waited, in
 * milliseconds.
 */
export function yieldToReads(pressure: ReadPressure, longestMs = LONGEST_WAIT_MS): number {
  const started = performance.now();
  for (;;) {
    if (Atomics.load(pressure, READS_IN_FLIGHT) === 0 || Atomics.load(pressure, SINGLES_WAITING) > 0) break;
    const left = longestMs - (performance.now() - started);
    if (left <= 0) break;
    // Returns at once when the writer is not writing ('not-equal').
    if (Atomics.wait(pressure, WRITER_BUSY, 1, left) === 'not-equal') break;
  }
  return performance.now() - started;
}
