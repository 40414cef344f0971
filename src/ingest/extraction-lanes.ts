import type { MessagePort } from 'node:worker_threads';
import type { ArticleInput, DateMention } from '../extract/types.js';
import type { BatchExtractionAnswer } from './extractor-thread.js';
import type { OffThreadExtractor, StoredExtraction } from './ingest.js';
import { errorText } from './worker.js';

/**
 * Extraction by the extraction threads at the other ends of `extractions`, each article sent to the
 * one with the fewest waiting (the first among equals), so that a thread that is slower (cold, or
 * given less of the CPU) is given fewer; the results come back in any order and the batch takes
 * them in its own. Requests still waiting on a thread when it goes (it crashed) reject, so those
 * articles fail; the next go to the threads left, and with none left they fail at once.
 *
 * With `datesOf` (extract/dates-of.ts), each article's date expressions are found here, on the
 * calling thread, and sent with it: the extraction threads run the event layer only. Extraction is
 * a batch's bound (a thread ran or waited for the CPU 0.92-0.97 of the batch's wall time while the
 * writer needed about half of it, bench/thread-cpu.ts); the date layer is about a quarter of
 * extraction's CPU, and the writer has the other core's time to spare for it. A `datesOf` that
 * throws rejects that article's extraction, as extraction throwing on the other thread would.
 */
export function extractionThrough(extractions: MessagePort[], datesOf?: (input: ArticleInput, options: { now: Date }) => DateMention[]): OffThreadExtractor {
  let nextId = 0;
  const stoppedError = () => new Error('the extraction thread stopped');
  const lanes = extractions.map((port) => {
    const lane = { port, stopped: false, waiting: new Map<number, { resolve: (result: StoredExtraction) => void; reject: (error: Error) => void }>() };
    port.on('message', (answer: BatchExtractionAnswer) => {
      const request = lane.waiting.get(answer.id);
      lane.waiting.delete(answer.id);
      if ('result' in answer) request?.resolve(answer.result);
      else request?.reject(new Error(`extraction failed: ${answer.error}`));
    });
    port.on('close', () => {
      lane.stopped = true;
      for (const request of lane.waiting.values()) request.reject(stoppedError());
      lane.waiting.clear();
    });
    return lane;
  });
  return (input: ArticleInput, now: Date) =>
    new Promise((resolve, reject) => {
      let lane: (typeof lanes)[number] | undefined;
      for (const candidate of lanes) if (!candidate.stopped && (!lane || candidate.waiting.size < lane.waiting.size)) lane = candidate;
      if (!lane) return reject(stoppedError());
      const article = { title: input.title, body: input.body, publishedAt: input.publishedAt };
      let found: DateMention[] | undefined;
      try {
        found = datesOf?.(article, { now });
      } catch (error) {
        return reject(new Error(`extraction failed: ${errorText(error)}`));
      }
      const id = nextId++;
      lane.waiting.set(id, { resolve, reject });
      lane.port.postMessage({ id, input: article, now: now.getTime(), found });
    });
}
