import { join } from 'node:path';
import t from 'tap';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { deferredSync } from '../../src/plugins/services.js';
import { createRepositories } from '../../src/repositories/index.js';
import type { ExtractedEvent } from '../../src/extract/types.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { tempDir, testDatabase } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

const NOW = new Date('2025-07-05T12:00:00.000Z');

function event(confidence: number): ExtractedEvent {
  return extractedCall({
    actors: [{ name: 'Alice Example', kind: 'person' }],
    confidence,
    mention: { quote: 'They spoke.', charStart: 0, charEnd: 11, dateText: null, confidence },
  });
}

t.test('batch in slices: per-item results as ingestBatch, a failing article undone alone, the event loop served between slices', async (t) => {
  const { repos } = testDatabase(t);
  // confidence 2 breaks a CHECK constraint after the article row is written: its savepoint must undo it.
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: (input) => ({ events: [event(input.title === 'bad row' ? 2 : 0.8)], dates: [] }),
  });
  let turns = 0;
  const ticking = setInterval(() => turns++, 0);
  const errors: number[] = [];
  const submissions = [
    { title: 'a', body: 'x' },
    { title: 'bad row', body: 'y' },
    { title: 'a', body: 'x' },
    ...Array.from({ length: 20 }, (_, i) => ({ title: `more ${i}`, body: `z ${i}` })),
  ];
  const results = await ingest.ingestBatchInSlices(submissions, (_error, index) => errors.push(index), 0);
  clearInterval(ticking);
  t.same(results.slice(0, 3).map((r) => r.status), ['created', 'failed', 'duplicate']);
  t.same(results.map((r) => r.index), submissions.map((_, i) => i), 'results in request order');
  t.same(errors, [1]);
  t.equal(repos.articles.count(), 21, 'every article but the failing one stored, its row undone');
  t.ok(turns > 0, 'timers ran while the batch was being written');
});

t.test('batch with an extraction thread: extraction runs ahead of the writes, copies are not extracted, failures stay per item', async (t) => {
  const { repos } = testDatabase(t);
  const extracted: string[] = [];
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    // Stands in for the extraction thread: answers later, on another turn of the event loop.
    extractOffThread: (input) => {
      extracted.push(input.title);
      if (input.title === 'unreadable') return Promise.reject(new Error('extractor crashed'));
      // confidence 2 breaks a CHECK constraint when the event is written: that article fails to store.
      return new Promise((resolve) => setTimeout(() => resolve({ events: [event(input.title === 'bad row' ? 2 : 0.8)], dates: [] }), 1));
    },
    // In-line extraction, for a copy whose first occurrence failed to store.
    extract: () => ({ events: [event(0.8)], dates: [] }),
  });
  repos.transaction(() => ingest.ingestArticle({ title: 'stored before', body: 'w' }));
  extracted.length = 0;
  const errors: number[] = [];
  const submissions = [
    { title: 'a', body: 'x' },
    { title: 'unreadable', body: 'u' },
    { title: 'a', body: 'x' },
    { title: 'bad row', body: 'y' },
    { title: 'bad row', body: 'y' },
    { title: 'stored before', body: 'w' },
    ...Array.from({ length: 10 }, (_, i) => ({ title: `more ${i}`, body: `z ${i}` })),
  ];
  const results = await ingest.ingestBatchInSlices(submissions, (_error, index) => errors.push(index), 0);
  t.same(
    results.slice(0, 6).map((r) => r.status),
    ['created', 'failed', 'duplicate', 'failed', 'created', 'duplicate'],
    'a copy whose first occurrence failed is stored itself',
  );
  t.same(results.map((r) => r.index), submissions.map((_, i) => i), 'results in request order');
  t.same(errors, [1, 3], 'extraction and write failures both reach the log');
  t.same(
    extracted,
    ['a', 'unreadable', 'bad row', ...Array.from({ length: 10 }, (_, i) => `more ${i}`)],
    'copies within the batch and articles already stored are not sent for extraction',
  );
  t.equal(repos.articles.count(), 13);
});

t.test('deferred sync: slices commit without waiting for the disk, one sync before the batch is answered, FULL again for everything else', async (t) => {
  const db = openDatabase(join(tempDir(t), 'sync.db'));
  migrate(db);
  t.teardown(() => db.close());
  const repos = createRepositories(db);
  t.equal(deferredSync(testDatabase(t).db, repos), undefined, 'nothing to sync in memory');
  let checkpoints = 0;
  let checkpointing = false;
  const thread = {
    request: () => {
      checkpoints++;
      checkpointing = true;
    },
    settled: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      checkpointing = false;
    },
    close: async () => {},
  };
  const deferred = deferredSync(db, repos, thread, 0)!;
  const syncing: number[] = [];
  const autocheckpoint: number[] = [];
  let syncs = 0;
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    // In-line extraction runs inside the slice's transaction: it sees the slice's setting.
    extract: () => {
      t.notOk(checkpointing, 'no slice is written while a checkpoint runs');
      syncing.push(db.pragma('synchronous', { simple: true }) as number);
      autocheckpoint.push(db.pragma('wal_autocheckpoint', { simple: true }) as number);
      return { events: [event(0.8)], dates: [] };
    },
    deferredSync: { ...deferred, sync: () => (syncs++, deferred.sync()) },
  });
  const results = await ingest.ingestBatchInSlices(Array.from({ length: 5 }, (_, i) => ({ title: `t${i}`, body: `b${i}` })), undefined, 0);
  t.same(results.map((r) => r.status), Array(5).fill('created'));
  t.same(syncing, [1, 1, 1, 1, 1], 'slices commit with synchronous=NORMAL');
  t.same(autocheckpoint, [0, 0, 0, 0, 0], 'slices never checkpoint in their commit');
  t.equal(syncs, 1, 'one sync for the batch');
  t.equal(checkpoints, 5, 'a checkpoint between slices (here every time) and one after the batch');
  t.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL again afterwards');
  t.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000, 'automatic checkpoints again for everything else');
  await thread.settled();
  t.equal(ingest.ingestArticle({ title: 'single', body: 'one' }).created, true);
});
