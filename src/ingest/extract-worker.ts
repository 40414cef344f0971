/**
 * The extraction thread's entry point (see extractor-thread.ts): extracts the articles it is sent,
 * one message at a time, and answers each with its result or the error message.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import type { ExtractRequest, ExtractResponse } from './extractor-thread.js';
import { lowerThisThreadsPriority } from './worker.js';

// Reads keep their latency while a batch is extracted: the event loop gets the CPU first.
lowerThisThreadsPriority();

const port = parentPort;
if (!port) throw new Error('extract-worker runs only as a worker thread');

port.on('message', ({ id, input, now }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { id, result: extractArticle(input, { now: new Date(now) }) };
  } catch (error) {
    response = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(response);
});
