import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { datesOf, extractArticle } from '../../src/extract/index.js';
import { startWorker } from '../../src/ingest/worker.js';

// What the extraction thread answers a batch's writer (extract-worker.ts): the events it stores, not the date
// expressions, which the writer found itself and never reads back; a single article's answer keeps them.
const NOW = new Date('2025-07-05T12:00:00.000Z');
const seed = JSON.parse(readFileSync(join(SEEDS_DIR, '003-sixth-call-no-progress.json'), 'utf8')) as { title: string; body: string; publishedAt: string };

t.test("a batch article's answer holds its events, as extractArticle finds them, and no dates", async (t) => {
  const worker = startWorker('extract-worker');
  t.teardown(() => worker.terminate());
  const { port1: writer, port2: served } = new MessageChannel();
  t.teardown(() => writer.close());
  worker.postMessage({ kind: 'serve', port: served }, [served]);
  const input = { title: seed.title, body: seed.body, publishedAt: seed.publishedAt };
  const expected = extractArticle(input, { now: NOW });
  t.ok(expected.events.length > 0 && expected.dates.length > 0, 'the sample has events and dates');

  const batch = new Promise<{ id: number; result?: Record<string, unknown> }>((resolve) => writer.once('message', resolve));
  writer.postMessage({ id: 7, input, now: NOW.getTime(), found: datesOf(input, { now: NOW }) });
  const answer = await batch;
  t.equal(answer.id, 7);
  t.same(Object.keys(answer.result ?? {}), ['events'], 'the events only');
  t.same(answer.result?.events, expected.events);

  const single = new Promise<{ id: number; result?: Record<string, unknown> }>((resolve) => worker.once('message', resolve));
  worker.postMessage({ kind: 'extract', id: 8, input, now: NOW.getTime() });
  t.same((await single).result, expected, 'a single article: events and dates');
});
