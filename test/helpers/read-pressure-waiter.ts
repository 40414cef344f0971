// A worker thread that stands for the extraction thread: yields to reads once and says how long it waited.
import { parentPort, workerData } from 'node:worker_threads';
import { type ReadPressure, yieldToReads } from '../../src/ingest/read-pressure.js';

const { pressure, longestMs } = workerData as { pressure: ReadPressure; longestMs: number };
parentPort!.postMessage({ waited: yieldToReads(pressure, longestMs) });
