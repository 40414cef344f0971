import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { extractArticle } from '../../src/extract/index.js';
import { createExtractorThread } from '../../src/ingest/extractor-thread.js';
import { databaseFile, devCorpusArticles } from '../helpers/db.js';

// The ingest threads' life: warmed before the first article, stopped when idle, started again.
// (Apart from extractor-thread.test.ts, whose crash and batch tests took ~125 s at load 22: each
// file has tap's 120 s.)
const NOW = new Date('2025-07-05T12:00:00.000Z');
const seed = JSON.parse(readFileSync(join(SEEDS_DIR, '001-putin-tells-trump-aims-unchanged.json'), 'utf8')) as { title: string; body: string; publishedAt: string };

t.test('warm starts both threads and extracts the samples; it does nothing when the extraction thread runs already', async (t) => {
  const started: string[] = [];
  const thread = createExtractorThread({ extractionThreads: 1, onStart: (_worker, role) => void started.push(role) });
  t.teardown(() => thread.close());
  await thread.warm(1);
  t.same([...started].sort(), ['extraction', 'writer'], 'both threads, before any article');
  const input = { title: seed.title, body: seed.body, publishedAt: seed.publishedAt };
  t.same(await thread.extract(input, NOW), extractArticle(input, { now: NOW }), 'the warm thread extracts as before');
  await thread.warm(1);
  t.same([...started].sort(), ['extraction', 'writer'], 'no new thread');

  const cold = createExtractorThread({ extractionThreads: 1, onStart: (_worker, role) => void started.push(`cold ${role}`) });
  t.teardown(() => cold.close());
  await cold.extract(seed, NOW);
  await cold.warm();
  t.same(started.filter((role) => role.startsWith('cold')), ['cold extraction'], 'a running extraction thread is not warmed again (nor the writer started)');
});

t.test('a warm-up gives way to the first request: it ends after the sample being extracted', async (t) => {
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  // A million rounds would take hours; the request ends them.
  const warming = thread.warm(1_000_000);
  t.ok((await thread.extract(seed, NOW)).events.length > 0);
  await warming;
  t.pass('the warm-up ended');
});

t.test('an idle thread is stopped after idleStopMs and started again by the next request; a batch in flight is not idle', async (t) => {
  const started: Array<{ worker: Worker; role: string }> = [];
  const thread = createExtractorThread({ extractionThreads: 1, idleStopMs: 50, onStart: (worker, role) => void started.push({ worker, role }) });
  t.teardown(() => thread.close());
  await thread.extract(seed, NOW);
  // (an idle thread and its timer keep no process alive: this test's does)
  const alive = setInterval(() => {}, 1000);
  t.teardown(() => clearInterval(alive));
  await once(started[0].worker, 'exit');
  t.pass('the idle extraction thread exited');
  t.ok((await thread.extract(seed, NOW)).events.length > 0, 'the next request is answered');
  t.same(started.map(({ role }) => role), ['extraction', 'extraction'], 'on a new thread');

  const { path, repos } = databaseFile(t, 'idle.db');
  const articles = devCorpusArticles(12);
  const batchStarts: string[] = [];
  const batchThreads = createExtractorThread({ extractionThreads: 1, idleStopMs: 1, onStart: (_worker, role) => void batchStarts.push(role) });
  t.teardown(() => batchThreads.close());
  const results = await batchThreads.writeBatch(path, articles, NOW);
  t.same(results.map((r) => r.status), articles.map(() => 'created'), 'a whole batch, far longer than idleStopMs');
  t.equal(repos.articles.count(), articles.length);
  t.same(batchStarts.sort(), ['extraction', 'writer'], 'neither thread stopped under it');
});

t.test('a request sent while an idle thread is being stopped is answered by the new thread, not failed by the old one exiting', async (t) => {
  const started: Worker[] = [];
  let requestedWhileStopping: Promise<unknown> | undefined;
  const thread = createExtractorThread({
    idleStopMs: 1,
    onStart: (worker) => {
      started.push(worker);
      if (started.length > 1) return;
      // The idle stop has let go of the first thread and is terminating it; its 'exit' comes later.
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        requestedWhileStopping = thread.extract(seed, NOW);
        return terminate();
      };
    },
  });
  t.teardown(() => thread.close());
  await thread.extract(seed, NOW);
  const alive = setInterval(() => {}, 1000);
  t.teardown(() => clearInterval(alive));
  await once(started[0], 'exit');
  t.ok(requestedWhileStopping, 'a request came while the idle thread was stopping');
  const result = (await requestedWhileStopping) as { events: unknown[] };
  t.ok(result.events.length > 0, 'it is answered');
  t.equal(started.length, 2, 'on a new thread');
});
