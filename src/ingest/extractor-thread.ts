import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import { syncLog } from './deferred-sync.js';
import { FAILED_ITEM, type ArticleSubmission, type BatchItemResult, type BatchListeners } from './ingest.js';
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
}

/** The extraction thread is to answer a batch's writer on `port` (extraction requests without `kind`). */
export interface ServeRequest {
  kind: 'serve';
  port: MessagePort;
}

export type ExtractionThreadRequest = ExtractRequest | ServeRequest;

/** The extraction thread's answer to one extraction request. */
export type ExtractionAnswer = { id: number; result: ExtractionResult } | { id: number; error: string };

/**
 * A batch to write on the writer thread's own connection to the database file at `path`, its
 * articles extracted by the extraction thread at the other end of `extractions`.
 */
export interface BatchRequest {
  id: number;
  path: string;
  submissions: ArticleSubmission[];
  /** Epoch milliseconds of the ingest clock when the batch was received. */
  now: number;
  extractions: MessagePort;
}

export type ThreadResponse =
  | ExtractionAnswer
  | { id: number; slice: BatchItemResult[] }
  | { id: number; itemError: { index: number; error: string } }
  | { id: number; done: true };

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
  /** Stops both threads; requests still waiting are rejected. */
  close(): Promise<void>;
}

export interface ExtractorThreadOptions {
  /** Told each time a thread starts (the first, and one after each crash), and which: for the log. */
  onStart?: (worker: Worker, role: ThreadRole) => void;
}

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

  function failAll(error: Error): void {
    const failing = [...waiting.values()];
    waiting.clear();
    for (const request of failing) request.fail(error);
  }

  function start(): Worker {
    // (the read-pressure signal: a batch's threads yield to the reads the main thread serves)
    const thread = compilingOnItsOwnThread(() => startWorker(entry, { resourceLimits: HEAP_LIMITS, workerData: { readPressure: sharedReadPressure() } }));
    thread.on('message', (response: ThreadResponse) => waiting.get(response.id)?.answer(response));
    thread.on('error', (error) => failAll(error));
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      // A writer ended mid-slice never cleared its flag: the extraction thread would wait on it.
      if (role === 'writer') setWriting(sharedReadPressure(), false);
      failAll(new Error(`the ${role} thread exited (code ${code})`));
    });
    options.onStart?.(thread, role);
    return thread;
  }

  return {
    /** Sends `request`; the thread is kept alive until it is settled (`settle(handler.id)`). */
    send(request: object, transfer: MessagePort[], handler: { id: number } & Waiting): void {
      worker ??= start();
      worker.ref();
      waiting.set(handler.id, handler);
      worker.postMessage(request, transfer);
    },
    /** The request `id` needs no more answers: an idle thread does not keep the process alive. */
    settle(id: number): void {
      waiting.delete(id);
      if (waiting.size === 0) worker?.unref();
    },
    async close(): Promise<void> {
      const thread = worker;
      worker = undefined;
      failAll(new Error(`the ${role} thread was closed`));
      if (thread) await thread.terminate();
    },
  };
}

/**
 * The ingest threads: extraction and batch writes away from the event loop, which keeps answering
 * requests meanwhile (storing one article can take tens of milliseconds of CPU on a large
 * database). The extraction thread loads the extractor and its gazetteer (~100 MB) only if
 * articles arrive; the writer thread, started by the first batch, loads neither. During a batch
 * the writer asks the extraction thread for its articles directly (a port of their own), so on two
 * cores the next articles are extracted while these are stored.
 */
export function createExtractorThread(options: ExtractorThreadOptions = {}): ExtractorThread {
  const extraction = restartingThread('extract-worker', 'extraction', options);
  const writer = restartingThread('store-worker', 'writer', options);
  let nextId = 0;

  return {
    extract(input, now) {
      const id = nextId++;
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
      const results: BatchItemResult[] = [];
      const { port1: served, port2: extractions } = new MessageChannel();
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
          extraction.settle(id);
        };
        // The extraction thread serves the batch until the writer closes the port; its crash fails
        // only the articles not extracted yet (the writer sees the port close).
        extraction.send({ kind: 'serve', port: served } satisfies ServeRequest, [served], { id, answer: () => {}, fail: () => {} });
        writer.send({ id, path, submissions, now: now.getTime(), extractions } satisfies BatchRequest, [extractions], {
          id,
          answer(response) {
            if ('slice' in response) {
              results.push(...response.slice);
              onSliceCommitted?.(response.slice);
            } else if ('itemError' in response) {
              onError(new Error(response.itemError.error), response.itemError.index);
            } else if ('done' in response) {
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

    async close() {
      await Promise.all([extraction.close(), writer.close()]);
    },
  };
}

let shared: ExtractorThread | undefined;

/**
 * The process's ingest thread, shared by every app it builds (tests build many; each would
 * otherwise load its own copy of the extractor). Idle, it does not keep the process alive, so it
 * needs no closing.
 */
export function sharedExtractorThread(): ExtractorThread {
  shared ??= createExtractorThread();
  return shared;
}
