/**
 * A worker thread of scripts/fit-confidence.ts: fits the models it is given (writers left out, penalties) and
 * posts them back by key. fitModel is deterministic, so each is the model the main thread would have fitted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fitWithoutWriters, type Regularisation, type Sample } from '../src/extract/events/confidence-fit.js';

export interface FitTask {
  key: string;
  without: string[];
  reg: Regularisation;
}

if (parentPort) {
  const { writers, tasks } = workerData as { writers: [string, Sample[]][]; tasks: FitTask[] };
  const byWriter = new Map(writers);
  parentPort.postMessage(tasks.map(({ key, without, reg }) => [key, fitWithoutWriters(byWriter, without, reg)]));
}
