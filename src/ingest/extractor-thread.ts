import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { ArticleInput, DateMention, ExtractionResult } from '../extract/types.js';
import { syncLog } from './deferred-sync.js';
import { FAILED_ITEM, type ArticleSubmission, type StoredExtraction, type BatchItemResult, type BatchListeners, type SliceSettings } from './ingest.js';
import { asSingleExtraction, setWriting, sharedReadPressure } from './read-pressure.js';
import { compilingOnItsOwnThread } from './thread-compilation.js';
import { startWorker } from './worker.js';

/** What is sent to have one article extracted, and the instant to resolve it against. */
export interface ExtractRequest {
  kind: 'extract';
  id: number;
  input: ArticleInput;
  /** Epoch milliseconds of the ingest clock (relative dates without a publication time). */
  now: number;
  /**
   * The article's date expressions (datesOf, for the same input and clock), found by the batch's
   * writer thread: the extraction thread runs only the event layer (extractWithDates).
   */
  found?: DateMention[];
}

/** The extraction thread is to answer a batch's writer on `port` (extraction requests without `kind`). */
export interface ServeRequest {
  kind: 'serve';
  port: MessagePort;
  /** How many extraction threads serve the batch (each rests the longer while reads are served: extractionPace). */
  threads?: number;
}

/** The extraction thread is to extract the built-in sample articles `rounds` times (ExtractorThread.warm). */
export interface WarmRequest {
  kind: 'warm';
  id: number;
  rounds: number;
}

export type ExtractionThreadRequest = ExtractRequest | ServeRequest | WarmRequest;

/** The extraction thread's answer to one extraction request. */
export type ExtractionAnswer = { id: number; result: ExtractionResult } | { id: number; error: string };

/**
 * Its answer to a batch's writer (extraction-lanes.ts): the events only. The writer stores nothing else of an
 * extraction (ingest.ts StoredExtraction), and it found the date expressions itself; the resolved ones the event layer
 * adds were cloned across for nothing (about a quarter of the answer's bytes, 4,111 -> 3,140 a dev article).
 */
export type BatchExtractionAnswer = { id: number; result: StoredExtraction } | { id: number; error: string };

/**
 * A batch to write on the writer thread's own connection to the database file at `path`, its
 * articles extracted by the extraction threads at the other ends of `extractions` (one port each;
 * the writer deals the articles out and writes the results in the batch's order).
 */
export interface BatchRequest {
  id: number;
  path: string;
  submissions: ArticleSubmission[];
  /** Epoch milliseconds of the ingest clock when the batch was received. */
  now: number;
  extractions: MessagePort[];
}

export type ThreadResponse =
  | ExtractionAnswer
  | { id: number; slice: BatchItemResult[] }
  | { id: number; itemError: { index: number; error: string } }
  | { id: number; done: true }
  | { id: number; warmed: number };

export interface ExtractorThread {
  /** Extracts `input` on the extraction thread; rejects when extraction throws or the thread dies. */
  extract(input: ArticleInput, now: Date): Promise<ExtractionResult>;
  /**
   * Stores a batch on the writer thread, on its own connection to the database file at `path`
   * (migrated already), its articles extracted on the extraction thread meanwhile, and resolves
   * with the per-item results once the final sync is done; rejects when the batch could not be
   * written or made durable. Should the writer thread die meanwhile, what its committed slices
   * stored is synced and reported as stored, and the items not reached fail; should the
   * extraction thread die, the articles it had not extracted fail.
   */
  writeBatch(path: string, submissions: ArticleSubmission[], now: Date, listeners?: BatchListeners): Promise<BatchItemResult[]>;
  /**
   * Starts both threads if they are not running and has the extraction thread extract the built-in
   * sample articles (seeds/) `rounds` times: its modules loaded, the gazetteer built and the hot
   * functions optimized before the first batch, which would otherwise wait for all of it (both
   * threads run niced). Resolves when that is done, at once when the extraction thread is running
   * already; rejects when the samples cannot be read or extracted or the thread dies.
   */
  warm(rounds?: number): Promise<void>;
  /**
   * Whether a batch posted now meets a warm extraction thread (GET /ready's `extraction`):
   * 'stopped' when it is not running (not started yet, or stopped after IDLE_STOP_MS: the next
   * article starts it cold), 'warming' while it loads and has not finished a warm-up or a batch,
   * 'warm' once it has.
   */
  readiness(): ExtractionReadiness;
  /**
   * Stops the threads now if a warm-up was sent to them and no article ever was (the warm-up,
   * finished or not: an unfinished one resolves), giving their ~140 MB back to the reads the server
   * serves: threads warmed at start are for a batch that may never come. Returns whether they were
   * stopped; the next article starts them again, cold.
   */
  releaseUnused(): boolean;
  /** Stops both threads; requests still waiting are rejected. */
  close(): Promise<void>;
}

/** ExtractorThread.readiness. */
export type ExtractionReadiness = 'stopped' | 'warming' | 'warm';

/**
 * How many times warm() extracts the five sample articles. The first extraction builds the gazetteer
 * (~0.8 s CPU); each round after it costs ~35 ms, and V8 optimizes what the samples use within the
 * first few: a compiled process running `node --trace-opt` over the samples N times, then dev + dev-b
 * (106 articles) once, left 218 / 164 / 176 / 144 / 150 optimizing compiles to that pass after
 * N = 0 / 2 / 5 / 10 / 20 (load 8, 23:11Z). The samples are not the dev texts: what only those use
 * still compiles during the first batch.
 *
 * After the warm-up the thread costs per article what the extractor costs in any process at the same
 * point of its life, its JIT included (here on the thread itself, thread-compilation.ts; in a plain
 * process on V8's compiler threads). Measured 2026-11-23 02:05-03:00Z, load 9-23, compiled server on
 * a copy of a 200k-event database, 1,000-article batches of the bench's texts posted after warm():
 * the thread (/proc/<pid>/task/<tid>/stat) 2.5-3.5 ms CPU an article in the first batch, 1.6-2.3 in
 * the second; one plain process after the same warm-up (process.cpuUsage) 2.7-3.4 then 1.5-2.0, and
 * ~1.0 only from its fourth thousand on. Those first thousands compiled, deoptimized ('wrong map') and
 * compiled again the extractor's largest functions (findCandidates, matchTriggers, ownDatesStage), at
 * hundreds of ms each; samples cannot reach that: 10 rounds of 12 varied texts of our own, or 300
 * stored articles, on top of these left the first 1,000 articles' cost as it was. (HEAP_LIMITS' cap:
 * no difference in paired runs without it; the results' structured clone: ~30 us an article.)
 *
 * The deopts were arrays, not objects: the map and filter builtins give PACKED arrays in the
 * interpreter and HOLEY ones in optimized callers (or the other way round), so optimized code met
 * kinds its feedback never saw, again at each tier-up. Where the extractor reads such arrays again
 * it builds them with mapped/kept (src/extract/packed.ts). Measured 05:00-05:25Z (trace counted by
 * script over warm() and 3,000 bench articles in one process, --no-concurrent-recompilation as here):
 * deopts after warm-up 44 -> 14, after the first 100 articles 36 -> 4 (optimizing compiles 333 -> 291); findCandidates compiled
 * 4 -> 1 times, ownDatesStage 2 -> 1, findDates 3 -> 1, matchTriggers 2 -> 1. The thread on the
 * 200k copy (3 interleaved pairs, load 19-24): second batch 2.73 / 3.01 / 2.78 -> 2.22 / 2.93 / 1.77
 * ms an article, first 4.66 / 4.45 / 5.31 -> 4.21 / 4.59 / 4.64. What the first thousand still
 * compiles is each large function once (~0.2-0.7 s apiece under load), which the samples do not
 * reach either: 60 rounds instead of 10 left the first 1,000 articles' cost as it was (2 pairs).
 *
 * The thread is not slower than a plain process; its batches were compared with a later point of a
 * plain process's life. Measured 07:25-08:10Z on the 200k copy (bench/thread-cpu.ts: batches of
 * 1,000 posted once GET /ready said 'warm'; plain: bench/warm-up.ts, same texts, 1,000 a chunk;
 * interleaved), ms of CPU an article for the first / second / third thousand: load 4-5, thread
 * 2.72/1.44/1.26, 2.84/1.47/1.45, 2.62/1.41/1.31 against plain 2.61/1.20/1.19, 2.31/0.97/0.90,
 * 2.77/1.27/1.05; load 12-16, thread 2.80/1.72/1.35, plain 3.41/1.60/1.51 and niced 3.00/1.47/1.61.
 * The ~1.0 of a plain process comes from its fourth thousand on. The same loop on a process's main
 * thread and on a worker with these resourceLimits and --no-concurrent-recompilation (one-off
 * script, 3 interleaved pairs, load 13-14): 1.78/1.46, 1.66/1.39, 1.70/1.58 against 1.66/1.45,
 * 1.62/1.56, 1.60/1.54 for the second / third thousand: worker isolates, their young generation and
 * V8 flags cost nothing. A semi-space of 16 or 32 MB
 * instead of 4 saved nothing either (plain, 3 triples, load 15-17). What the first thousands pay is
 * the JIT: --trace-opt over 3,000 articles after 10 rounds put ~166 optimizing compiles (findPlaces,
 * findCandidates, ownDatesStage, matchTriggers, modalityAt: each once) at articles 100-999, 70 at
 * 1,000-1,999 and 29 after; with 60 rounds those functions compile during the warm-up but 40 deopts
 * in the first 100 articles (the samples never ran paths the bench's texts run: 'insufficient type
 * feedback', and 'wrong map' on objects the samples built in fewer shapes) send them back and they
 * compile again at 100-999; 1,739 sentences of the family tests as extra warm-up texts did the
 * same. With concurrent recompilation left on for the threads (a patched build, 2 runs, load 9-12)
 * the extraction thread's first batch fell from 3.0-3.6 to 2.0-2.2 ms an article and V8's shared
 * threads rose by 1.6-1.9 (0.35-0.4 in later batches): the compiles moved, not saved.
 */
export const WARM_ROUNDS = 10;

export interface ExtractorThreadOptions {
  /** Told each time a thread starts (the first, and one after each crash), and which: for the log. */
  onStart?: (worker: Worker, role: ThreadRole) => void;
  /** How long a thread with nothing to do is kept (default IDLE_STOP_MS). */
  idleStopMs?: number;
  /**
   * How the writer thread cuts batches into slices, instead of its own WRITER_SLICES
   * (store-worker.ts): tests that need a small batch written in several slices.
   */
  writerSlices?: SliceSettings;
  /** How many extraction threads a large batch is dealt out to (default EXTRACTION_THREADS). */
  extractionThreads?: number;
}

/**
 * Extraction threads a batch of PARALLEL_BATCH_MIN articles or more is dealt out to (EXTRACTION_THREADS
 * in the environment, config.ts). The first also extracts single articles; the others serve batches
 * only, each with its own extractor, gazetteer and JIT. One by default: on this 2-core machine the
 * writer (which finds the dates, extraction-lanes.ts) and one extraction thread keep both cores
 * busy, and a second extraction thread compiled the extractor's hot code again for itself. Measured
 * with bench/thread-cpu.ts on 1M events, 3 batches of 1,000 (load 17-20), extraction CPU per
 * article 2.68 / 1.83 / 1.14 ms with two threads against 1.99 / 0.85 / 0.71 with one, the process's
 * RSS before the first batch 359 against 242 MB; on 10k events, 6 batches (load 12-16), the two
 * came level with one from the fourth thousand on (0.93-1.04 ms an article together).
 */
export const EXTRACTION_THREADS = 1;

/**
 * The smallest batch that starts the other extraction threads if they are not running (a running
 * one serves any batch): each costs its modules, the gazetteer and the JIT's first compiles, seconds
 * of CPU that a few articles do not pay back.
 */
export const PARALLEL_BATCH_MIN = 32;

/**
 * How long an ingest thread with nothing to do is kept before it is stopped, giving back its memory
 * (both threads warm: ~140 MB of RSS while the gazetteer was a map of objects, ~65 MB less packed
 * (places.ts; the server's RSS before a first batch on 1M events 237-242 -> 175 MB); stopped, all but 15-25 MB comes
 * back). Batches of a backfill come seconds apart and find the threads warm; a server that only
 * serves reads for minutes does not carry them (the memory target is 250 MB under read load, which
 * the reads alone take 170-190 MB of). The next article starts them again, cold.
 */
export const IDLE_STOP_MS = 5 * 60_000;

/** The extraction thread (the extractor and its gazetteer) or the writer thread (batches). */
export type ThreadRole = 'extraction' | 'writer';

/**
 * Extraction allocates short-lived objects (tokens, matches, candidate events) per article, and by
 * default V8 lets the thread's young generation grow to tens of MB between scavenges, on top of the
 * ~85 MB gazetteer it keeps. Measured with a 1,000-article batch on bench/data/events-10000.db
 * (server peak RSS, batch wall time on the shared machine): no cap 303-305 MB, 12.3-12.5 s;
 * 16 MB 275-278 MB, 13.4-14.2 s; 8 MB 271-277 MB, 15.8-18.5 s. 16 MB keeps most of the saving for
 * less of the extra scavenging. (Measured when one thread extracted and wrote; the writer keeps it.)
 */
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** How a request in flight takes the thread's answers, and how it fails when the thread goes. */
interface Waiting {
  answer(response: ThreadResponse): void;
  fail(error: Error): void;
}

/**
 * A worker thread started on first use and started again after a crash; a crash fails only the
 * requests in flight on it. Idle, it does not keep the process alive.
 */
function restartingThread(entry: string, role: ThreadRole, options: ExtractorThreadOptions) {
  let worker: Worker | undefined;
  const waiting = new Map<number, Waiting>();
  let idleTimer: NodeJS.Timeout | undefined;
  /** The running thread once it has been warmed (markWarm); a new thread starts unwarmed. */
  let warmed: Worker | undefined;
  const idleStopMs = options.idleStopMs ?? IDLE_STOP_MS;

  /** Nothing waits on the thread: it is stopped after idleStopMs unless a request comes first. */
  function stopWhenIdle(): void {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    if (!worker || waiting.size > 0) return;
    const idle = worker;
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (worker !== idle || waiting.size > 0) return;
      worker = undefined;
      void idle.terminate();
    }, idleStopMs);
    idleTimer.unref();
  }

  /** Stops the thread if it runs; what waits on it fails. The next request starts it again. */
  async function stop(how: 'stopped' | 'closed'): Promise<void> {
    const thread = worker;
    worker = undefined;
    clearTimeout(idleTimer);
    idleTimer = undefined;
    failAll(new Error(`the ${role} thread was ${how}`));
    if (thread) await thread.terminate();
  }

  function failAll(error: Error): void {
    const failing = [...waiting.values()];
    waiting.clear();
    for (const request of failing) request.fail(error);
  }

  function start(): Worker {
    // (the read-pressure signal: a batch's threads yield to the reads the main thread serves)
    const thread = compilingOnItsOwnThread(() => startWorker(entry, { resourceLimits: HEAP_LIMITS, workerData: { readPressure: sharedReadPressure(), slices: options.writerSlices } }));
    thread.on('message', (response: ThreadResponse) => waiting.get(response.id)?.answer(response));
    thread.on('error', (error) => failAll(error));
    thread.on('exit', (code) => {
      // A thread stopped while idle can exit after the next request started its successor: what
      // waits now waits on that one (the stopped thread had nothing in flight), and so does the flag.
      if (worker !== undefined && worker !== thread) return;
      worker = undefined;
      // A writer ended mid-slice never cleared its flag: the extraction thread would wait on it.
      if (role === 'writer') setWriting(sharedReadPressure(), false);
      failAll(new Error(`the ${role} thread exited (code ${code})`));
    });
    options.onStart?.(thread, role);
    return thread;
  }

  /** The thread, started if it is not running; it keeps the process alive only while a request waits on it. */
  function running(): Worker {
    if (!worker) {
      worker = start();
      if (waiting.size === 0) worker.unref();
      stopWhenIdle();
    }
    return worker;
  }

  return {
    running,
    /** Sends `request`; the thread is kept alive until it is settled (`settle(handler.id)`). */
    send(request: object, transfer: MessagePort[], handler: { id: number } & Waiting): void {
      const thread = running();
      clearTimeout(idleTimer);
      idleTimer = undefined;
      thread.ref();
      waiting.set(handler.id, handler);
      thread.postMessage(request, transfer);
    },
    /** The request `id` needs no more answers: an idle thread does not keep the process alive. */
    settle(id: number): void {
      waiting.delete(id);
      if (waiting.size === 0) worker?.unref();
      stopWhenIdle();
    },
    /** Stops the thread now if nothing waits on it, as stopWhenIdle would later; with `evenIfWaiting`, what waits fails. */
    stopIfIdle(evenIfWaiting = false): void {
      if (waiting.size === 0 || evenIfWaiting) void stop('stopped');
    },
    /** Whether the thread is running (started and not stopped since). */
    get started(): boolean {
      return worker !== undefined;
    },
    /** The running thread has finished a warm-up or a batch. */
    markWarm(): void {
      warmed = worker;
    },
    /** Whether the running thread is warm (markWarm since it started). */
    get warm(): boolean {
      return worker !== undefined && warmed === worker;
    },
    close: () => stop('closed'),
  };
}

/**
 * The ingest threads: extraction and batch writes away from the event loop, which keeps answering
 * requests meanwhile (storing one article can take tens of milliseconds of CPU on a large
 * database). The extraction threads load the extractor and its gazetteer only if articles arrive;
 * the writer thread, started by the first batch, loads neither. During a batch the writer asks the
 * extraction threads for its articles directly (a port each), so on two cores the next articles are
 * extracted while these are stored, and while the writer waits for them, by two threads at once.
 */
export function createExtractorThread(options: ExtractorThreadOptions = {}): ExtractorThread {
  const count = Math.max(1, Math.floor(options.extractionThreads ?? EXTRACTION_THREADS));
  const extractions = Array.from({ length: count }, () => restartingThread('extract-worker', 'extraction', options));
  /** The first extraction thread: single articles, and every batch. */
  const extraction = extractions[0];
  const writer = restartingThread('store-worker', 'writer', options);
  let nextId = 0;
  /** A warm-up was sent and not released since. */
  let warmedUp = false;
  /**
   * Whether an article or a batch was ever sent: threads some article used are never released. (A
   * warm-up can start while a batch runs, when its reads pause for a second under load; comparing
   * what was sent since that warm-up then released the thread serving the batch, failing its articles.)
   */
  let articlesSent = false;
  /** Resolves the warm-up in flight when releaseUnused stops it. */
  let endWarming: (() => void) | undefined;

  return {
    extract(input, now) {
      const id = nextId++;
      articlesSent = true;
      return asSingleExtraction(
        sharedReadPressure(),
        () =>
          new Promise((resolve, reject) =>
            extraction.send(
              { kind: 'extract', id, input: { title: input.title, body: input.body, publishedAt: input.publishedAt }, now: now.getTime() } satisfies ExtractRequest,
              [],
              {
                id,
                answer(response) {
                  extraction.settle(id);
                  if ('result' in response) resolve(response.result);
                  else if ('error' in response) reject(new Error(`extraction failed: ${response.error}`));
                },
                fail: reject,
              },
            ),
          ),
      );
    },

    writeBatch(path, submissions, now, { onError = () => {}, onSliceCommitted } = {}) {
      const id = nextId++;
      articlesSent = true;
      const results: BatchItemResult[] = [];
      // The first extraction thread serves every batch; the others a large one, or any while they run.
      const serving = extractions.filter((thread, index) => index === 0 || thread.started || submissions.length >= PARALLEL_BATCH_MIN);
      const channels = serving.map(() => new MessageChannel());
      return new Promise((resolve, reject) => {
        /** The writer is gone: the committed slices are kept (made durable here), the rest fail. */
        const salvage = async (error: Error) => {
          await syncLog(path);
          for (let index = results.length; index < submissions.length; index++) {
            onError(error, index);
            results.push({ index, status: 'failed', error: FAILED_ITEM });
          }
          return results;
        };
        const settle = () => {
          writer.settle(id);
          for (const thread of serving) thread.settle(id);
        };
        // Each extraction thread serves the batch until the writer closes its port; a crash of one
        // fails only the articles it had not extracted yet (the writer sees its port close).
        serving.forEach((thread, index) => {
          const served = channels[index].port1;
          thread.send({ kind: 'serve', port: served, threads: serving.length } satisfies ServeRequest, [served], { id, answer: () => {}, fail: () => {} });
        });
        const ports = channels.map((channel) => channel.port2);
        writer.send({ id, path, submissions, now: now.getTime(), extractions: ports } satisfies BatchRequest, ports, {
          id,
          answer(response) {
            if ('slice' in response) {
              results.push(...response.slice);
              onSliceCommitted?.(response.slice);
            } else if ('itemError' in response) {
              onError(new Error(response.itemError.error), response.itemError.index);
            } else if ('done' in response) {
              for (const thread of serving) thread.markWarm();
              settle();
              resolve(results);
            } else if ('error' in response) {
              // Not written, or not made durable: the batch is not acknowledged.
              settle();
              reject(new Error(`the batch failed on the writer thread: ${response.error}`));
            }
          },
          fail: (error) => {
            settle();
            void salvage(error).then(resolve, reject);
          },
        });
      });
    },

    warm(rounds = WARM_ROUNDS) {
      // Threads that finished a warm-up or a batch are warm already.
      const cold = extractions.filter((thread) => !thread.warm);
      if (cold.length === 0) return Promise.resolve();
      // The writer's modules (the database driver, repositories, ingest) load meanwhile. A thread
      // started by a single article is warmed on the samples (they give way to real work), its
      // writer left to start with the first batch.
      if (!extraction.started) writer.running();
      /** Resolves the whole warm-up (when releaseUnused stops it, endWarming). */
      let resolveAll: () => void = () => {};
      const warmings = cold.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const id = nextId++;
            thread.send(
              { kind: 'warm', id, rounds } satisfies WarmRequest,
              [],
              {
                id,
                answer(response) {
                  thread.settle(id);
                  if ('warmed' in response) {
                    // (a warm-up that gave way to real work early is continued by that work)
                    thread.markWarm();
                    resolve();
                  } else if ('error' in response) reject(new Error(`warming the extraction thread failed: ${response.error}`));
                },
                fail: (error) => (endWarming === resolveAll ? resolve() : reject(error)),
              },
            );
          }),
      );
      const all = new Promise<void>((resolve, reject) => {
        resolveAll = resolve;
        Promise.all(warmings).then(() => resolve(), reject);
      });
      warmedUp = true;
      endWarming = resolveAll;
      return all;
    },

    readiness() {
      if (!extraction.started) return 'stopped';
      // (a thread stopped when idle does not count: a large batch starts it again, cold)
      return extractions.every((thread) => !thread.started || thread.warm) ? 'warm' : 'warming';
    },

    releaseUnused() {
      if (!warmedUp || articlesSent || !extraction.started) return false;
      warmedUp = false;
      for (const thread of extractions) thread.stopIfIdle(true); // a warm-up in flight fails, and endWarming resolves it
      writer.stopIfIdle();
      endWarming = undefined;
      return true;
    },

    async close() {
      await Promise.all([...extractions.map((thread) => thread.close()), writer.close()]);
    },
  };
}

let shared: ExtractorThread | undefined;

/**
 * The process's ingest threads, shared by every app it builds (tests build many; each would
 * otherwise load its own copy of the extractor), made with the first caller's options. Idle, they
 * do not keep the process alive, so they need no closing.
 */
export function sharedExtractorThread(options: Pick<ExtractorThreadOptions, 'extractionThreads'> = {}): ExtractorThread {
  shared ??= createExtractorThread(options);
  return shared;
}
