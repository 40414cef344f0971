import type { Worker } from 'node:worker_threads';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import { syncLog } from './deferred-sync.js';
import { FAILED_ITEM, type ArticleSubmission, type BatchItemResult, type BatchListeners } from './ingest.js';
import { startWorker } from './worker.js';

/** What the main thread sends to have one article extracted, and the instant to resolve it against. */
export interface ExtractRequest {
  kind: 'extract';
  id: number;
  input: ArticleInput;
  /** Epoch milliseconds of the ingest clock (relative dates without a publication time). */
  now: number;
}

/** A batch to write on the thread's own connection to the database file at `path`. */
export interface BatchRequest {
  kind: 'batch';
  id: number;
  path: string;
  submissions: ArticleSubmission[];
  /** Epoch milliseconds of the ingest clock when the batch was received. */
  now: number;
}

export type ThreadRequest = ExtractRequest | BatchRequest;

export type ThreadResponse =
  | { id: number; result: ExtractionResult }
  | { id: number; error: string }
  | { id: number; slice: BatchItemResult[] }
  | { id: number; itemError: { index: number; error: string } }
  | { id: number; done: true };

export interface ExtractorThread {
  /** Extracts `input` on the thread; rejects when extraction throws or the thread dies. */
  extract(input: ArticleInput, now: Date): Promise<ExtractionResult>;
  /**
   * Extracts and stores a batch on the thread, on its own connection to the database file at
   * `path` (migrated already), and resolves with the per-item results once the final sync is done;
   * rejects when the batch could not be written or made durable. Should the thread die meanwhile,
   * what its committed slices stored is synced and reported as stored, and the items not reached fail.
   */
  writeBatch(path: string, submissions: ArticleSubmission[], now: Date, listeners?: BatchListeners): Promise<BatchItemResult[]>;
  /** Stops the thread; requests still waiting are rejected. */
  close(): Promise<void>;
}

export interface ExtractorThreadOptions {
  /** Told each time a thread starts (the first, and one after each crash): for the log. */
  onStart?: (worker: Worker) => void;
}

/**
 * Extraction allocates short-lived objects (tokens, matches, candidate events) per article, and by
 * default V8 lets the thread's young generation grow to tens of MB between scavenges, on top of the
 * ~85 MB gazetteer it keeps. Measured with a 1,000-article batch on bench/data/events-10000.db
 * (server peak RSS, batch wall time on the shared machine): no cap 303-305 MB, 12.3-12.5 s;
 * 16 MB 275-278 MB, 13.4-14.2 s; 8 MB 271-277 MB, 15.8-18.5 s. 16 MB keeps most of the saving for
 * less of the extra scavenging.
 */
const EXTRACTION_HEAP_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** How a request in flight takes the thread's answers, and how it fails when the thread goes. */
interface Waiting {
  answer(response: ThreadResponse): void;
  fail(error: Error): void;
}

/**
 * The ingest thread: extraction and batch writes away from the event loop, which keeps answering
 * requests meanwhile (storing one article can take half a second of CPU on a large database). The
 * thread starts on first use (it loads the extractor and its gazetteer, ~100 MB, only if articles
 * arrive) and is started again after a crash; a crash fails only the requests in flight.
 */
export function createExtractorThread(options: ExtractorThreadOptions = {}): ExtractorThread {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  function failAll(error: Error): void {
    const failing = [...waiting.values()];
    waiting.clear();
    for (const request of failing) request.fail(error);
  }

  function start(): Worker {
    const thread = startWorker('extract-worker', { resourceLimits: EXTRACTION_HEAP_LIMITS });
    thread.on('message', (response: ThreadResponse) => {
      waiting.get(response.id)?.answer(response);
      // An idle thread does not keep the process alive.
      if (waiting.size === 0) thread.unref();
    });
    thread.on('error', (error) => failAll(error));
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      failAll(new Error(`the ingest thread exited (code ${code})`));
    });
    options.onStart?.(thread);
    return thread;
  }

  function send(request: ThreadRequest, handler: Waiting): void {
    worker ??= start();
    worker.ref();
    waiting.set(request.id, handler);
    worker.postMessage(request);
  }

  return {
    extract(input, now) {
      const id = nextId++;
      return new Promise((resolve, reject) =>
        send(
          { kind: 'extract', id, input: { title: input.title, body: input.body, publishedAt: input.publishedAt }, now: now.getTime() },
          {
            answer(response) {
              waiting.delete(id);
              if ('result' in response) resolve(response.result);
              else if ('error' in response) reject(new Error(`extraction failed: ${response.error}`));
            },
            fail: reject,
          },
        ),
      );
    },

    writeBatch(path, submissions, now, { onError = () => {}, onSliceCommitted } = {}) {
      const id = nextId++;
      const results: BatchItemResult[] = [];
      return new Promise((resolve, reject) => {
        /** The thread is gone: the committed slices are kept (made durable here), the rest fail. */
        const salvage = async (error: Error) => {
          await syncLog(path);
          for (let index = results.length; index < submissions.length; index++) {
            onError(error, index);
            results.push({ index, status: 'failed', error: FAILED_ITEM });
          }
          return results;
        };
        send(
          { kind: 'batch', id, path, submissions, now: now.getTime() },
          {
            answer(response) {
              if ('slice' in response) {
                results.push(...response.slice);
                onSliceCommitted?.(response.slice);
              } else if ('itemError' in response) {
                onError(new Error(response.itemError.error), response.itemError.index);
              } else if ('done' in response) {
                waiting.delete(id);
                resolve(results);
              } else if ('error' in response) {
                // Not written, or not made durable: the batch is not acknowledged.
                waiting.delete(id);
                reject(new Error(`the batch failed on the ingest thread: ${response.error}`));
              }
            },
            fail: (error) => void salvage(error).then(resolve, reject),
          },
        );
      });
    },

    async close() {
      const thread = worker;
      worker = undefined;
      failAll(new Error('the ingest thread was closed'));
      if (thread) await thread.terminate();
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
