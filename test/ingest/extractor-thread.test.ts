import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { extractArticle } from '../../src/extract/index.js';
import { createExtractorThread } from '../../src/ingest/extractor-thread.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { setWriting, sharedReadPressure, writerWriting } from '../../src/ingest/read-pressure.js';
import type { Repositories } from '../../src/repositories/index.js';
import type { EventRecord } from '../../src/repositories/types.js';
import { databaseFile, devCorpusArticles } from '../helpers/db.js';

/** Writer slices short enough that a batch of a few dozen articles takes several. */
const SHORT_SLICES = { ms: 250, extractionsAhead: 32 };

const NOW = new Date('2025-07-05T12:00:00.000Z');
const seed = JSON.parse(readFileSync(join(SEEDS_DIR, '001-putin-tells-trump-aims-unchanged.json'), 'utf8')) as { title: string; body: string; publishedAt: string };

t.test('the extraction thread returns what extraction on this thread returns', async (t) => {
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  const input = { title: seed.title, body: seed.body, publishedAt: seed.publishedAt };
  const [off, again] = await Promise.all([thread.extract(input, NOW), thread.extract({ ...input, publishedAt: null }, NOW)]);
  t.same(off, extractArticle(input, { now: NOW }));
  t.same(again, extractArticle({ ...input, publishedAt: null }, { now: NOW }), 'the clock reaches the thread: undated articles resolve against it');
  t.ok(off.events.length > 0);
});

t.test('a failing extraction rejects that request only; close rejects what waits and a later request starts a new thread', async (t) => {
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  const broken = thread.extract({ title: 't', body: null as unknown as string }, NOW);
  const fine = thread.extract({ title: 't', body: 'Drones struck Kharkiv on Tuesday.', publishedAt: '2025-07-03' }, NOW);
  await t.rejects(broken, /extraction failed: TypeError/);
  t.ok((await fine).events.length > 0, 'the next article is still extracted');

  const waiting = thread.extract({ title: 't', body: seed.body, publishedAt: seed.publishedAt }, NOW);
  const rejected = t.rejects(waiting, /closed/);
  await thread.close();
  await rejected;
  t.ok((await thread.extract({ title: 't', body: seed.body, publishedAt: seed.publishedAt }, NOW)).events.length > 0, 'started again on demand');
});

/** Every stored event as a comparable line: what merging decided, without ids and timestamps. */
function storedEvents(repos: Repositories): string[] {
  return repos.articles
    .list({ limit: 1000 })
    .data.flatMap((article) => repos.events.byArticle(article.id).map((event) => `${article.title} | ${eventLine(event)}`))
    .sort();
}

function eventLine(event: EventRecord): string {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = event;
  return JSON.stringify(fields);
}

t.test('a batch written on the thread stores what the in-line path stores, with the same merge decisions', async (t) => {
  const articles = devCorpusArticles(12);
  const submissions = [...articles, articles[0]];
  const inLine = databaseFile(t, 'in-line.db');
  const expected = createIngestService(inLine.repos, { clock: () => NOW, extract: extractArticle }).ingestBatch(submissions);

  const offThread = databaseFile(t, 'thread.db');
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  const committed: number[] = [];
  const results = await thread.writeBatch(offThread.path, submissions, NOW, { onSliceCommitted: (slice) => committed.push(...slice.map((r) => r.index)) });
  t.same(
    results.map((r) => [r.index, r.status]),
    expected.map((r) => [r.index, r.status]),
    'same per-item statuses (the copy is a duplicate)',
  );
  t.same(committed, submissions.map((_, i) => i), 'each item reported as its slice committed');
  t.equal(offThread.repos.articles.count(), articles.length);
  t.ok(offThread.repos.events.count() > articles.length, 'the articles report events');
  t.equal(offThread.repos.events.count(), inLine.repos.events.count(), 'as many events after merging');
  t.same(storedEvents(offThread.repos), storedEvents(inLine.repos), 'the same events, mentioned by the same articles');
  const article = results[0].status === 'created' ? results[0].article : undefined;
  t.equal(article?.ingestedAt, NOW.toISOString(), "the caller's clock reaches the thread");
});

t.test('a crash of the thread mid-batch keeps the committed slices, fails the rest, releases the write lock, and the next batch starts a new thread', async (t) => {
  const { path, repos } = databaseFile(t, 'crash.db');
  const started: Worker[] = [];
  // (slices of 250 ms, 32 ahead, as the writer's were before 1 s / 128: 40 articles would be one slice)
  const thread = createExtractorThread({ onStart: (worker, role) => void (role === 'writer' && started.push(worker)), writerSlices: SHORT_SLICES });
  t.teardown(() => thread.close());
  const articles = devCorpusArticles(40);
  const errors: number[] = [];
  const results = await thread.writeBatch(path, articles, NOW, {
    onError: (_error, index) => errors.push(index),
    // The first commit reported: the thread dies while it writes the rest.
    onSliceCommitted: () => void started[0].terminate(),
  });
  const created = results.filter((r) => r.status === 'created').length;
  t.ok(created > 0 && created < articles.length, `some articles stored before the crash (${created})`);
  t.same(results.map((r) => r.index), articles.map((_, i) => i), 'a result for every item, in order');
  t.same(results.slice(created).map((r) => r.status), Array(articles.length - created).fill('failed'), 'the stored ones first, then the failures');
  t.same(errors, articles.map((_, i) => i).slice(created), 'each failure reaches the log');
  t.equal(repos.articles.count(), created, 'exactly the articles reported stored are stored');

  // The crashed connection's lock is gone: this connection writes at once, without waiting it out.
  const single = createIngestService(repos, { clock: () => NOW, extract: () => ({ events: [], dates: [] }) });
  t.equal(single.ingestArticle({ title: 'after the crash', body: 'Text.' }).created, true);

  const again = await thread.writeBatch(path, articles, NOW);
  t.equal(started.length, 2, 'a new writer thread');
  t.same(
    again.map((r) => r.status),
    articles.map((_, i) => (i < created ? 'duplicate' : 'created')),
    'the rest is stored by the next batch',
  );
});

t.test('a writer thread that ends in the middle of a slice leaves no flag for the extraction thread to wait on', async (t) => {
  const { path } = databaseFile(t, 'flag.db');
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  await thread.writeBatch(path, devCorpusArticles(1), NOW);
  const pressure = sharedReadPressure();
  // Stands for the slice the writer was writing when it was terminated: its finally never ran.
  setWriting(pressure, true);
  await thread.close();
  t.notOk(writerWriting(pressure), 'cleared once the writer is gone');
});

t.test('a crash of the extraction thread mid-batch fails the articles not extracted yet; the batch ends, and the next extraction starts a new thread', async (t) => {
  const { path, repos } = databaseFile(t, 'extraction-crash.db');
  const started: Array<{ worker: Worker; role: string }> = [];
  const thread = createExtractorThread({ extractionThreads: 1, onStart: (worker, role) => void started.push({ worker, role }), writerSlices: SHORT_SLICES });
  t.teardown(() => thread.close());
  // All 78 dev articles: the crash reaches the extraction thread through this thread's event loop,
  // and with 40 a loaded machine let the writer finish the whole batch before it did (all stored).
  const articles = devCorpusArticles(78);
  const errors: number[] = [];
  const extractionThread = () => started.find(({ role }) => role === 'extraction')!.worker;
  const results = await thread.writeBatch(path, articles, NOW, {
    onError: (_error, index) => errors.push(index),
    // The first commit reported: the extraction thread dies while the writer waits for the rest.
    onSliceCommitted: () => void extractionThread().terminate(),
  });
  const created = results.filter((r) => r.status === 'created').length;
  t.ok(created > 0 && created < articles.length, `some articles stored before the crash (${created})`);
  t.same(results.map((r) => r.index), articles.map((_, i) => i), 'a result for every item, in order');
  t.ok(results.slice(created).every((r) => r.status === 'failed'), 'the stored ones first, then the failures');
  t.same(errors, articles.map((_, i) => i).slice(created), 'each failure reaches the log');
  t.equal(repos.articles.count(), created, 'exactly the articles reported stored are stored');
  t.ok((await thread.extract({ title: 't', body: seed.body, publishedAt: seed.publishedAt }, NOW)).events.length > 0, 'extraction works again');
  t.same(started.map(({ role }) => role).sort(), ['extraction', 'extraction', 'writer'], 'on a new extraction thread; the writer kept');
});
