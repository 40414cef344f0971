// A worker thread that stands for an ingest thread: the extraction thread yielding to reads once, or
// (with `sliceMs`) the writer resting after a slice, or (with `articleMs`) the extraction thread
// resting after an article; says how long it waited.
import { parentPort, workerData } from 'node:worker_threads';
import { type ReadPressure, restAfterArticle, restForReads, yieldToReads } from '../../src/ingest/read-pressure.js';

const { pressure, longestMs, sliceMs, articleMs } = workerData as { pressure: ReadPressure; longestMs: number; sliceMs?: number; articleMs?: number };
const waited =
  articleMs !== undefined
    ? restAfterArticle(pressure, articleMs, longestMs)
    : sliceMs === undefined
      ? yieldToReads(pressure, longestMs)
      : restForReads(pressure, sliceMs, longestMs);
parentPort!.postMessage({ waited });
