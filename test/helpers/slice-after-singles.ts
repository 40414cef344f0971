// A worker thread that stands for the writer thread starting a slice (asWriting): says when the
// slice's work ran, and whether a single write was still waiting then.
import { parentPort, workerData } from 'node:worker_threads';
import { asWriting, type ReadPressure, singleWritesWaiting } from '../../src/ingest/read-pressure.js';

const { pressure, longestMs } = workerData as { pressure: ReadPressure; longestMs: number };
const singleWaitingInside = asWriting(pressure, () => singleWritesWaiting(pressure), longestMs);
parentPort!.postMessage({ singleWaitingInside });
