import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { createExtractorThread } from '../../src/ingest/extractor-thread.js';
import { databaseFile, devCorpusArticles } from '../helpers/db.js';

// Whether a batch posted now meets a warm extraction thread (GET /ready's `extraction`).
// (A file of its own: each thread start costs seconds under load, and each file has tap's 120 s.)
const NOW = new Date('2025-07-05T12:00:00.000Z');
const seed = JSON.parse(readFileSync(join(SEEDS_DIR, '001-putin-tells-trump-aims-unchanged.json'), 'utf8')) as { title: string; body: string; publishedAt: string };

t.test('readiness: stopped until started, warming until a warm-up or a batch is done, warm after, stopped again when idle', async (t) => {
  const started: Worker[] = [];
  const thread = createExtractorThread({ extractionThreads: 1, idleStopMs: 50, onStart: (worker, role) => void (role === 'extraction' && started.push(worker)) });
  t.teardown(() => thread.close());
  t.equal(thread.readiness(), 'stopped', 'not started');
  const warming = thread.warm(1);
  t.equal(thread.readiness(), 'warming', 'started, warming');
  const exited = once(started[0], 'exit');
  await warming;
  t.equal(thread.readiness(), 'warm', 'the warm-up done');
  const alive = setInterval(() => {}, 1000);
  t.teardown(() => clearInterval(alive));
  await exited;
  t.equal(thread.readiness(), 'stopped', 'stopped when idle: the next article starts it cold');

  // Started by a single article: that article does not warm it; the warm-up that follows does.
  t.ok((await thread.extract(seed, NOW)).events.length > 0);
  t.equal(thread.readiness(), 'warming', 'one article extracted: not warm');
  await thread.warm(1);
  t.equal(thread.readiness(), 'warm', 'a running thread is warmed by warm()');

  // Started by a batch: warm once the batch is done.
  const { path } = databaseFile(t, 'readiness.db');
  const batchThread = createExtractorThread();
  t.teardown(() => batchThread.close());
  const batch = batchThread.writeBatch(path, devCorpusArticles(3), NOW);
  t.equal(batchThread.readiness(), 'warming', 'during its first batch');
  await batch;
  t.equal(batchThread.readiness(), 'warm', 'after it');
  t.equal(started.length, 2, 'the first extraction thread was started again once');
});

t.test('releaseUnused stops threads a warm-up started and nothing used since, and keeps used ones', async (t) => {
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  t.notOk(thread.releaseUnused(), 'not started: nothing to stop');
  await thread.warm(1);
  t.equal(thread.readiness(), 'warm');
  t.ok(thread.releaseUnused(), 'warmed and unused: stopped');
  t.equal(thread.readiness(), 'stopped', 'the next article starts it again');
  await thread.warm(1);
  t.ok((await thread.extract(seed, NOW)).events.length > 0);
  t.notOk(thread.releaseUnused(), 'an article was extracted since the warm-up: kept');
  t.equal(thread.readiness(), 'warm');

  // A warm-up still running is stopped too, and its promise resolves.
  const other = createExtractorThread();
  t.teardown(() => other.close());
  const warming = other.warm(5);
  t.ok(other.releaseUnused(), 'stopped while warming');
  await warming;
  t.equal(other.readiness(), 'stopped');
  t.ok((await other.extract(seed, NOW)).events.length > 0, 'the next article starts it again');
});

t.test('releaseUnused keeps the threads of a batch in flight, though a warm-up began after it', async (t) => {
  // Under load a batch's reads can pause for a second, and the server then starts a warm-up while the
  // batch runs; the next read asks to release threads nothing used since that warm-up.
  const { path } = databaseFile(t, 'release-during-batch.db');
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  const articles = devCorpusArticles(40);
  const batch = thread.writeBatch(path, articles, NOW);
  const warming = thread.warm(1);
  t.notOk(thread.releaseUnused(), 'a batch was sent: kept');
  const results = await batch;
  await warming;
  t.equal(results.filter((r) => r.status === 'created').length, articles.length, 'every article of the batch stored');
  t.notOk(thread.releaseUnused(), 'after the batch: still kept');
});
