/**
 * The extraction thread's entry point (see extractor-thread.ts): extracts the articles it is sent,
 * one message at a time, and answers each with its result or the error message.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import type { ExtractRequest, ExtractResponse } from './extractor-thread.js';

/**
 * Extraction is background work next to the requests the main thread serves: on Linux a thread has
 * its own nice value, so this one yields the CPU to the event loop (reads keep their latency while
 * a batch is extracted) and takes whatever is left. Elsewhere it runs at normal priority.
 */
const BACKGROUND_NICE = 10;
try {
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(threadId)) setPriority(threadId, BACKGROUND_NICE);
} catch {
  // no /proc (not Linux) or not allowed: normal priority
}

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
