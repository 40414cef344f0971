import t from 'tap';
import type { Worker } from 'node:worker_threads';
import { extractArticle } from '../../src/extract/index.js';
import { createExtractorThread, PARALLEL_BATCH_MIN } from '../../src/ingest/extractor-thread.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { databaseFile, devCorpusArticles } from '../helpers/db.js';

// A large batch dealt out to two extraction threads (extractor-thread.ts EXTRACTION_THREADS): written
// in the batch's order with the merge decisions of one thread, and a crash of one of them fails only
// the articles it had not extracted. (A file of its own: each thread start costs seconds under load.)
const NOW = new Date('2025-07-05T12:00:00.000Z');
// Slices of one article each: the crash below comes at the first commit, while extraction may run 32 articles
// ahead of the writer, so the thread that dies mostly has articles waiting on it. (With 250 ms slices a quiet
// machine wrote the whole batch in one slice, extraction being faster than the writer, and the crash came after the end.)
const ONE_ARTICLE_SLICES = { ms: 0, extractionsAhead: 32 };

t.test('a large batch on two extraction threads: both work, every article stored in order, as one thread stores them', async (t) => {
  const articles = devCorpusArticles(PARALLEL_BATCH_MIN + 8);
  const submissions = [...articles, articles[3]];
  const inLine = databaseFile(t, 'in-line.db');
  const expected = createIngestService(inLine.repos, { clock: () => NOW, extract: extractArticle }).ingestBatch(submissions);

  const started: string[] = [];
  const thread = createExtractorThread({ extractionThreads: 2, onStart: (_worker, role) => void started.push(role) });
  t.teardown(() => thread.close());
  const small = databaseFile(t, 'small.db');
  await thread.writeBatch(small.path, articles.slice(0, 3), NOW);
  t.same([...started].sort(), ['extraction', 'writer'], 'a small batch starts one extraction thread');

  const { path, repos } = databaseFile(t, 'two.db');
  const committed: number[] = [];
  const results = await thread.writeBatch(path, submissions, NOW, { onSliceCommitted: (slice) => committed.push(...slice.map((r) => r.index)) });
  t.same([...started].sort(), ['extraction', 'extraction', 'writer'], 'a large one starts the second');
  t.same(results.map((r) => [r.index, r.status]), expected.map((r) => [r.index, r.status]), 'the statuses of the in-line path, in order (the copy a duplicate)');
  t.same(committed, submissions.map((_, i) => i), 'committed in the batch order');
  t.same(
    results.map((r) => (r.status === 'created' ? r.article.title : r.status)),
    expected.map((r) => (r.status === 'created' ? r.article.title : r.status)),
    'each result is its own article',
  );
  t.equal(repos.articles.count(), articles.length);
  t.equal(repos.events.count(), inLine.repos.events.count(), 'as many events after merging');
});

t.test('a crash of one of two extraction threads mid-batch fails only what it had not extracted; the other extracts the rest', async (t) => {
  // The crash comes from the main thread when it hears of the first commit, while the threads run on: if the
  // second extraction thread had already answered everything dealt to it by then, nothing fails and the path
  // under test is not taken (1 run in ~15 under load: the clean-clone CI of 626c3cb, 'some failed with the
  // thread (0)', and again at 10:55Z on 2026-11-24). Each run's outcome is checked; up to three runs are made
  // until one crash finds articles waiting.
  let failedInSomeRun = 0;
  for (let run = 0; run < 3 && failedInSomeRun === 0; run++) {
    const { path, repos } = databaseFile(t, `one-crash-${run}.db`);
    const extraction: Worker[] = [];
    const thread = createExtractorThread({ extractionThreads: 2, writerSlices: ONE_ARTICLE_SLICES, onStart: (worker, role) => void (role === 'extraction' && extraction.push(worker)) });
    t.teardown(() => thread.close());
    const articles = devCorpusArticles(78);
    const errors: number[] = [];
    const results = await thread.writeBatch(path, articles, NOW, {
      onError: (_error, index) => errors.push(index),
      // The first commit reported: the second extraction thread dies while the writer waits for more.
      onSliceCommitted: () => void extraction[1]?.terminate(),
    });
    t.equal(extraction.length, 2);
    const created = results.filter((r) => r.status === 'created').length;
    const failed = results.filter((r) => r.status === 'failed').map((r) => r.index);
    t.same(results.map((r) => r.index), articles.map((_, i) => i), 'a result for every item, in order');
    if (failed.length > 0) {
      t.ok(results.slice(failed[failed.length - 1] + 1).length > 0, 'articles after the last failure were still stored, by the other thread');
      t.ok(results.slice(failed[failed.length - 1] + 1).every((r) => r.status === 'created'));
    }
    t.same(errors, failed, 'each failure reaches the log');
    t.equal(repos.articles.count(), created, 'exactly the articles reported stored are stored');
    failedInSomeRun = failed.length;
  }
  t.ok(failedInSomeRun > 0, `some failed with the thread (${failedInSomeRun})`);
});

t.test('warm starts and warms every extraction thread; releaseUnused stops them all', async (t) => {
  const started: string[] = [];
  const thread = createExtractorThread({ extractionThreads: 2, onStart: (_worker, role) => void started.push(role) });
  t.teardown(() => thread.close());
  await thread.warm(1);
  t.same([...started].sort(), ['extraction', 'extraction', 'writer'], 'both extraction threads and the writer');
  t.equal(thread.readiness(), 'warm', 'warm once both are');
  t.ok(thread.releaseUnused(), 'unused since: stopped');
  t.equal(thread.readiness(), 'stopped');
});
