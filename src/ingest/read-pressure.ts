import type { Server } from 'node:http';
import { trackOpenRequests } from '../open-requests.js';

/**
 * Ingest yields to reads, as a database's background work does. On two cores, a batch's two
 * threads (extraction and writer) and the event loop serving reads are three runnable threads, and
 * the reads lose: their p99 rose from ~32-36 ms quiet to 51-59 ms during a 1,000-article batch
 * (npm run bench on 1M events). So while reads are being served, a batch yields: the extraction
 * thread does not start the next article while the writer thread is writing a slice or resting
 * after one, the writer rests after each slice READ_PACE times as long as the slice took, and the
 * extraction thread after each article. With no reads, both run at once, at full speed.
 *
 * The signal is shared memory, read without a message: the main thread counts the read requests it
 * has open and stamps the last one's arrival; the writer thread flags the slices it is writing and
 * its rests; the ingest threads wait with Atomics.wait, not a busy loop.
 */
const READS_IN_FLIGHT = 0;
const WRITER_BUSY = 1;
const SINGLES_WAITING = 2;
/** When the last read arrived: Date.now() modulo 2^31. */
const LAST_READ = 3;
/** Single articles extracted and waiting to be written on the main thread's connection (asSingleWrite). */
const SINGLE_WRITES = 4;
/** Probes (/health, /ready) arrived so far (wrapping): how fast they come tells polling from load (whenQuiet). */
const PROBES = 5;
const SLOTS = 6;

/**
 * The longest the extraction thread waits for one slice, the length of the writer thread's slices
 * (store-worker.ts WRITER_SLICES, 1 s since 4ec0d21; one runs longer by its last article and its
 * commit): whatever holds the flag, a batch goes on. (A writer thread that ends mid-slice leaves it
 * set; the main thread clears it when that thread exits, extractor-thread.ts.) It is also the
 * longest rest after a slice or an article while reads are served: with the 250 kept from the
 * 250 ms slices, a slice of the whole 1 s was followed by a quarter of its length at rest (80% of a
 * core to the batch while reads wait; a whole 250 ms slice and its capped rest came to 50%, as now).
 */
export const LONGEST_WAIT_MS = 1000;

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

/** The probes a load balancer or a client waiting for `extraction: 'warm'` polls: /health, /ready. */
const isProbe = (url: string) => /^\/(?:health|ready)(?:[?#]|$)/.test(url);

/**
 * Counts the read requests `server` has open, from their arrival until they are over
 * (trackOpenRequests). When the last one closes, a waiting extraction thread is woken. Probes are
 * counted apart, by their arrivals only (whenQuiet).
 */
export function countReads(server: Server, pressure: ReadPressure): void {
  trackOpenRequests(
    server,
    // Reads only (GET, HEAD): a write request is not waited for, and the batch being written is one.
    // Probes are not reads to yield to: they cost next to nothing, and polled every few hundred
    // milliseconds, counted, they kept the server from ever being quiet long enough to warm its threads.
    (method, url = '') => {
      if (method !== 'GET' && method !== 'HEAD') return false;
      if (!isProbe(url)) return true;
      Atomics.add(pressure, PROBES, 1);
      return false;
    },
    () => {
      Atomics.add(pressure, READS_IN_FLIGHT, 1);
      Atomics.store(pressure, LAST_READ, Date.now() % CLOCK_WRAP);
    },
    () => {
      if (Atomics.sub(pressure, READS_IN_FLIGHT, 1) !== 1) return;
      Atomics.notify(pressure, WRITER_BUSY);
      Atomics.notify(pressure, READS_IN_FLIGHT);
      Atomics.notify(pressure, SINGLES_WAITING);
    },
  );
}

const CLOCK_WRAP = 2 ** 31;

/**
 * How long after a read arrived reads count as being served. A route answers an uncached page
 * synchronously, so between two requests none is in flight although the event loop is busy with
 * nothing else: reads are told by their arrivals as much as by their count.
 */
export const RECENT_READ_MS = 20;

/** Reads are in flight, or one arrived within RECENT_READ_MS. */
export function readsBeingServed(pressure: ReadPressure): boolean {
  return msSinceLastRead(pressure) < RECENT_READ_MS;
}

/** Milliseconds since the last read arrived; 0 while one is open. */
export function msSinceLastRead(pressure: ReadPressure): number {
  if (Atomics.load(pressure, READS_IN_FLIGHT) > 0) return 0;
  const since = (Date.now() % CLOCK_WRAP) - Atomics.load(pressure, LAST_READ);
  return since < 0 ? since + CLOCK_WRAP : since;
}

/**
 * How long the server must have served no read before the ingest threads are started and warmed
 * at its start (server.ts): a server answering reads from its first second keeps the CPU and the
 * memory for them, and its threads start with the first article, as without warming.
 */
export const QUIET_MS = 1000;

/**
 * The fastest probes (/health, /ready) may come for the server to count as quiet: a load balancer
 * or a client waiting for `extraction: 'warm'` polls a few times a second (npm run bench's start
 * every 100 ms), while a server flooded with probes is busy, if not with reads. npm run bench's
 * /health slices (30-50k a second for 2 s, after a pass of reads) were quiet by reads alone: the
 * server started and warmed its ingest threads there, on both cores while the slice was measured,
 * until the next slice's reads stopped them. Measured on the 1M bench database with the bench's
 * slices (one pair of runs, load 9-10), server CPU per request in the first round: /health 88.6 us
 * with that warm-up against 23.4 without, the windows 51.5 against 42.9, uncached windows 506.8
 * against 324.3 (and /health's first slice served 10.5k requests instead of 45k).
 */
export const QUIET_PROBES_PER_SECOND = 20;

/**
 * Calls `work` once, when no read has been served for `quietMs` and no more than `probesPerSecond`
 * probes a second came over that time either, looking every quarter of it. The timers do not keep
 * the process alive. Returns a function that cancels the call if it has not been made.
 */
export function whenQuiet(pressure: ReadPressure, work: () => void, quietMs = QUIET_MS, probesPerSecond = QUIET_PROBES_PER_SECOND): () => void {
  let lookedAt = performance.now();
  let probes = Atomics.load(pressure, PROBES);
  /** When a look last found probes coming faster than probesPerSecond. */
  let floodedAt = -Infinity;
  const quiet = () => {
    const now = performance.now();
    const seen = Atomics.load(pressure, PROBES);
    // (| 0: the count wraps at 2^31)
    if (((seen - probes) | 0) > (probesPerSecond * (now - lookedAt)) / 1000) floodedAt = now;
    probes = seen;
    lookedAt = now;
    return msSinceLastRead(pressure) >= quietMs && now - floodedAt >= quietMs;
  };
  return onceWhen(quiet, work, quietMs, quietMs / 4);
}

/**
 * Calls `work` once `isTime()` holds, asked first after `firstMs` and then every `everyMs`, on timers
 * that do not keep the process alive. Returns a function that cancels the call if it has not been made.
 */
function onceWhen(isTime: () => boolean, work: () => void, firstMs: number, everyMs: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  const look = () => {
    if (isTime()) {
      timer = undefined;
      work();
      return;
    }
    timer = setTimeout(look, everyMs);
    timer.unref();
  };
  timer = setTimeout(look, firstMs);
  timer.unref();
  return () => clearTimeout(timer);
}

export function readsInFlight(pressure: ReadPressure): number {
  return Atomics.load(pressure, READS_IN_FLIGHT);
}

export function writerWriting(pressure: ReadPressure): boolean {
  return Atomics.load(pressure, WRITER_BUSY) === 1;
}

/**
 * The writer thread's flag: set while it writes a slice or rests after one (restForReads); cleared,
 * it wakes a waiting extraction thread.
 */
export function setWriting(pressure: ReadPressure, writing: boolean): void {
  Atomics.store(pressure, WRITER_BUSY, writing ? 1 : 0);
  if (!writing) Atomics.notify(pressure, WRITER_BUSY);
}

/**
 * How long an ingest thread rests after its work while reads are being served, as a multiple of the
 * work's own time: the writer after each slice (restForReads), the extraction thread after each
 * article (restAfterArticle), and the extraction thread does not work while the writer writes or
 * rests, so the whole batch then takes about 1 / (1 + READ_PACE) of a core and the event loop keeps
 * the other to itself.
 */
export const READ_PACE = 3;

/**
 * The writer thread, after a slice that took `sliceMs`: while reads are being served
 * (readsBeingServed), rests READ_PACE times as long (at most `longestMs`), looking again at least
 * every RECENT_READ_MS and when the last open read closes; a single article waiting to be written
 * (asSingleWrite) ends the rest. It rests flagged as writing, so that the
 * extraction thread rests too rather than run ahead of it (before, the batch's threads took
 * 0.40-0.45 CPU-s/s during reads: the extraction thread filled the writer's rests). Returns how
 * long it rested, in milliseconds.
 */
export function restForReads(pressure: ReadPressure, sliceMs: number, longestMs = LONGEST_WAIT_MS): number {
  const started = performance.now();
  const rest = Math.min(sliceMs * READ_PACE, longestMs);
  if (!readsBeingServed(pressure) || rest <= 0) return 0;
  setWriting(pressure, true);
  try {
    return restWhileReads(pressure, rest, started, READS_IN_FLIGHT, undefined, () => singleWritesWaiting(pressure));
  } finally {
    setWriting(pressure, false);
  }
}

/**
 * The rest after each article (as a multiple of its time) of each of `threads` extraction threads
 * serving one batch while reads are served: together they take the CPU one thread resting READ_PACE
 * times as long took (threads / (1 + pace) = 1 / (1 + READ_PACE)), so reads see no more of the batch
 * than with one thread.
 */
export function extractionPace(threads: number): number {
  return Math.max(1, threads) * (1 + READ_PACE) - 1;
}

/**
 * The extraction thread, after a batch article that took `articleMs` (its answer sent): while reads
 * are being served and no single extraction waits behind it, rests `pace` times as long (at most
 * `longestMs`; READ_PACE, or extractionPace when several threads serve the batch), looking again at least every RECENT_READ_MS, when the last open read closes and
 * when a single extraction is asked for. Returns how long it rested, in milliseconds.
 */
export function restAfterArticle(pressure: ReadPressure, articleMs: number, longestMs = LONGEST_WAIT_MS, pace = READ_PACE): number {
  const started = performance.now();
  const rest = Math.min(articleMs * pace, longestMs);
  return restWhileReads(pressure, rest, started, SINGLES_WAITING, 0, () => Atomics.load(pressure, SINGLES_WAITING) > 0);
}

/**
 * The rest both ingest threads take: until `restMs` from `started` have passed, reads stop being
 * served or `stop` says so, waiting on the shared slot `index` (woken by its notify) for at most
 * RECENT_READ_MS at a time; `expected` is the slot's value to wait on (its current value if absent).
 * Returns the milliseconds since `started`.
 */
function restWhileReads(pressure: ReadPressure, restMs: number, started: number, index: number, expected?: number, stop = () => false): number {
  for (;;) {
    if (!readsBeingServed(pressure) || stop()) break;
    const left = restMs - (performance.now() - started);
    if (left <= 0) break;
    Atomics.wait(pressure, index, expected ?? Atomics.load(pressure, index), Math.min(left, RECENT_READ_MS));
  }
  return performance.now() - started;
}


/**
 * A single article's extraction (POST /v1/articles, /v1/extract), from the main thread's request to
 * its answer. The extraction thread takes it after the batch article it is extracting (the batch's
 * others wait in its queue, extract-worker.ts); meanwhile that one does not wait for slices or
 * rest after it, or the request would wait with it.
 */
export async function asSingleExtraction<T>(pressure: ReadPressure, extraction: () => Promise<T>): Promise<T> {
  Atomics.add(pressure, SINGLES_WAITING, 1);
  Atomics.notify(pressure, WRITER_BUSY);
  Atomics.notify(pressure, SINGLES_WAITING);
  try {
    return await extraction();
  } finally {
    Atomics.sub(pressure, SINGLES_WAITING, 1);
  }
}

/**
 * The extraction thread, before a batch's next article: while reads are being served
 * (readsBeingServed) and the writer is writing a slice or resting after one, and no single
 * extraction waits behind it, waits for the slice's or the rest's end (or for the reads to end, or
 * a single extraction), at most `longestMs`.
 * Returns how long it waited, in milliseconds.
 */
export function yieldToReads(pressure: ReadPressure, longestMs = LONGEST_WAIT_MS): number {
  const started = performance.now();
  for (;;) {
    if (!readsBeingServed(pressure) || Atomics.load(pressure, SINGLES_WAITING) > 0) break;
    const left = longestMs - (performance.now() - started);
    if (left <= 0) break;
    // Returns at once when the writer is not writing ('not-equal').
    if (Atomics.wait(pressure, WRITER_BUSY, 1, Math.min(left, RECENT_READ_MS)) === 'not-equal') break;
  }
  return performance.now() - started;
}

/**
 * The longest a single article's write waits for the writer thread to pause (asSingleWrite): the
 * writer ends its slice after the article it is writing, so the wait is that article's write and
 * the commit; past this, the write goes ahead and waits for the lock in SQLite (busy_timeout).
 */
export const LONGEST_SINGLE_WAIT_MS = 2000;

/** Whether a single article waits to be written (asSingleWrite): the writer thread ends its slice. */
export function singleWritesWaiting(pressure: ReadPressure): boolean {
  return Atomics.load(pressure, SINGLE_WRITES) > 0;
}

/**
 * A single article's write (POST /v1/articles) on the main thread's connection, once its extraction
 * is done: the writer thread is told, ends its slice after the article it is writing and starts no
 * other while this one waits (asWriting); `write` runs when the writer is not writing
 * (or after `longestMs`). Without this, the write waited for the lock in SQLite's busy handler,
 * which sleeps on the main thread: the event loop stood still until the writer's slice committed,
 * and a longer slice held it up longer.
 */
export async function asSingleWrite<T>(pressure: ReadPressure, write: () => T, longestMs = LONGEST_SINGLE_WAIT_MS): Promise<T> {
  Atomics.add(pressure, SINGLE_WRITES, 1);
  // (a writer resting after a slice looks again)
  Atomics.notify(pressure, READS_IN_FLIGHT);
  try {
    await writerPaused(pressure, longestMs);
    return write();
  } finally {
    Atomics.sub(pressure, SINGLE_WRITES, 1);
    Atomics.notify(pressure, SINGLE_WRITES);
  }
}

/**
 * A write request's write on the main thread's connection (a single article; PATCH and DELETE of an
 * event, DELETE of an article), between the writer thread's slices, on the process's shared pressure:
 * run at once, it waited for a slice's write lock in SQLite's busy handler, which sleeps on the main
 * thread, so the event loop stood still (up to a 1 s slice) and every read waited with it.
 */
export const betweenWriterSlices = <T>(write: () => T): Promise<T> => asSingleWrite(sharedReadPressure(), write);

/** Atomics.waitAsync (Node 16+; not in this project's TypeScript lib). */
interface AtomicsWithWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number, timeoutMs: number): { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
}

/** Resolves once the writer thread is not writing a slice (or resting after one), at most `longestMs` later; the event loop keeps running. */
async function writerPaused(pressure: ReadPressure, longestMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const left = longestMs - (performance.now() - started);
    if (left <= 0) return;
    const waited = (Atomics as unknown as AtomicsWithWaitAsync).waitAsync(pressure, WRITER_BUSY, 1, left);
    if (!waited.async) return; // 'not-equal': not writing
    if ((await waited.value) === 'timed-out') return;
  }
}

/**
 * Runs `work` (a slice, on the writer thread) flagged as writing, once no single article waits to
 * be written (asSingleWrite), waiting at most `longestMs` for that. The flag is set before the
 * singles are looked at, so that a single write either sees the writer writing (and waits) or is
 * seen by it (then the writer clears the flag and waits).
 */
export function asWriting<T>(pressure: ReadPressure, work: () => T, longestMs = LONGEST_SINGLE_WAIT_MS): T {
  const started = performance.now();
  for (;;) {
    setWriting(pressure, true);
    const waiting = Atomics.load(pressure, SINGLE_WRITES);
    const left = longestMs - (performance.now() - started);
    if (waiting === 0 || left <= 0) break;
    setWriting(pressure, false);
    Atomics.wait(pressure, SINGLE_WRITES, waiting, left);
  }
  try {
    return work();
  } finally {
    setWriting(pressure, false);
  }
}

/**
 * Calls `work` once, when a read is served (one arrived within the last look), looking every
 * `lookMs`. The timers do not keep the process alive. Returns a function that cancels the call if it
 * has not been made.
 */
export function whenReading(pressure: ReadPressure, work: () => void, lookMs = QUIET_MS / 4): () => void {
  return onceWhen(() => msSinceLastRead(pressure) < lookMs, work, lookMs, lookMs);
}
