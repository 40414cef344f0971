import type { Worker } from 'node:worker_threads';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import { startWorker } from './worker.js';

/** What the main thread sends the extraction thread: one article and the instant to resolve against. */
export interface ExtractRequest {
  id: number;
  input: ArticleInput;
  /** Epoch milliseconds of the ingest clock (relative dates without a publication time). */
  now: number;
}

export type ExtractResponse = { id: number; result: ExtractionResult } | { id: number; error: string };

export interface ExtractorThread {
  /** Extracts `input` on the extraction thread; rejects when extraction throws or the thread dies. */
  extract(input: ArticleInput, now: Date): Promise<ExtractionResult>;
  /** Stops the thread; requests still waiting are rejected. */
  close(): Promise<void>;
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

/**
 * Extraction on a worker thread: the event loop keeps answering requests while articles are
 * extracted, and the extraction of one article overlaps the database writes of the one before.
 * The thread starts on first use (it loads the extractor and its gazetteer, ~100 MB, only if
 * articles arrive) and is started again after a crash; a crash fails only the requests in flight.
 */
export function createExtractorThread(): ExtractorThread {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (result: ExtractionResult) => void; reject: (error: Error) => void }>();

  function failAll(error: Error): void {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  }

  function start(): Worker {
    const thread = startWorker('extract-worker', { resourceLimits: EXTRACTION_HEAP_LIMITS });
    thread.on('message', ({ id, ...answer }: ExtractResponse) => {
      const request = waiting.get(id);
      if (!request) return;
      waiting.delete(id);
      if ('result' in answer) request.resolve(answer.result);
      else request.reject(new Error(`extraction failed: ${answer.error}`));
      // An idle thread does not keep the process alive.
      if (waiting.size === 0) thread.unref();
    });
    thread.on('error', (error) => failAll(error));
    thread.on('exit', (code) => {
      if (worker === thread) worker = undefined;
      failAll(new Error(`the extraction thread exited (code ${code})`));
    });
    return thread;
  }

  return {
    extract(input, now) {
      worker ??= start();
      worker.ref();
      const id = nextId++;
      const request: ExtractRequest = { id, input: { title: input.title, body: input.body, publishedAt: input.publishedAt }, now: now.getTime() };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage(request);
      });
    },

    async close() {
      const thread = worker;
      worker = undefined;
      failAll(new Error('the extraction thread was closed'));
      if (thread) await thread.terminate();
    },
  };
}

let shared: ExtractorThread | undefined;

/**
 * The process's extraction thread, shared by every app it builds (tests build many; each would
 * otherwise load its own copy of the extractor). Idle, it does not keep the process alive, so it
 * needs no closing.
 */
export function sharedExtractorThread(): ExtractorThread {
  shared ??= createExtractorThread();
  return shared;
}
