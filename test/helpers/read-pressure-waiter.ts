// A worker thread that stands for an ingest thread: the extraction thread yielding to reads once, or
// (with `sliceMs`) the writer resting after a slice; says how long it waited.
import { parentPort, workerData } from 'node:worker_threads';
import { type ReadPressure, restForReads, yieldToReads } from '../../src/ingest/read-pressure.js';

const { pressure, longestMs, sliceMs } = workerData as { pressure: ReadPressure; longestMs: number; sliceMs?: number };
parentPort!.postMessage({ waited: sliceMs === undefined ? yieldToReads(pressure, longestMs) : restForReads(pressure, sliceMs, longestMs) });
