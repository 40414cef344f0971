import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { deferredSync } from '../../src/ingest/deferred-sync.js';
import { createRepositories } from '../../src/repositories/index.js';
import type { ExtractedEvent } from '../../src/extract/types.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { databaseFile, testDatabase } from '../helpers/db.js';
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
  const results = await ingest.ingestBatchInSlices(submissions, { onError: (_error, index) => errors.push(index) }, 0);
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
      // confidence 2 breaks a CHECK constraint when the event is written: that article fails to
      // store (the first time: a failure of the moment, which its copy does not meet).
      const failing = input.title === 'bad row' && extracted.filter((title) => title === 'bad row').length === 1;
      return new Promise((resolve) => setTimeout(() => resolve({ events: [event(failing ? 2 : 0.8)] }), 1));
    },
    // In-line extraction: the single article stored first; with an extraction thread, a batch's
    // copy whose first occurrence failed to store is extracted there too.
    extract: (input) => {
      extracted.push(`in-line ${input.title}`);
      return { events: [event(0.8)], dates: [] };
    },
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
  const results = await ingest.ingestBatchInSlices(submissions, { onError: (_error, index) => errors.push(index) }, 0);
  t.same(
    results.slice(0, 6).map((r) => r.status),
    ['created', 'failed', 'duplicate', 'failed', 'created', 'duplicate'],
    'a copy whose first occurrence failed is stored itself',
  );
  t.same(results.map((r) => r.index), submissions.map((_, i) => i), 'results in request order');
  t.same(errors, [1, 3], 'extraction and write failures both reach the log');
  t.same(
    [...extracted].sort(),
    ['a', 'bad row', 'bad row', ...Array.from({ length: 10 }, (_, i) => `more ${i}`), 'unreadable'],
    'copies within the batch and articles already stored are not sent for extraction; a copy is, once its first occurrence failed to store, never extracted in-line',
  );
  t.equal(repos.articles.count(), 13);
});

t.test('deferred sync: slices commit without waiting for the disk, each takes the write lock first, one sync before the batch is answered, FULL again for everything else', async (t) => {
  const { path, db, repos } = databaseFile(t);
  const memory = testDatabase(t);
  t.equal(deferredSync(memory.db, memory.repos), undefined, 'nothing to sync in memory');
  // Another connection to the same file: while a slice is open, it cannot take the write lock.
  const other = openDatabase(path);
  other.pragma('busy_timeout = 0');
  t.teardown(() => other.close());
  let checkpoints = 0;
  const deferred = deferredSync(db, repos, { checkpoint: () => checkpoints++, everyMs: 0 })!;
  const syncing: number[] = [];
  const autocheckpoint: number[] = [];
  const lockedOut: boolean[] = [];
  let syncs = 0;
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    // In-line extraction runs inside the slice's transaction: it sees the slice's setting.
    extract: () => {
      syncing.push(db.pragma('synchronous', { simple: true }) as number);
      autocheckpoint.push(db.pragma('wal_autocheckpoint', { simple: true }) as number);
      try {
        other.prepare('BEGIN IMMEDIATE').run();
        other.prepare('ROLLBACK').run();
        lockedOut.push(false);
      } catch (error) {
        lockedOut.push((error as { code?: string }).code === 'SQLITE_BUSY');
      }
      return { events: [event(0.8)], dates: [] };
    },
    deferredSync: { ...deferred, sync: () => (syncs++, deferred.sync()) },
  });
  const committed: number[][] = [];
  const results = await ingest.ingestBatchInSlices(
    Array.from({ length: 5 }, (_, i) => ({ title: `t${i}`, body: `b${i}` })),
    { onSliceCommitted: (slice) => committed.push(slice.map((r) => r.index)) },
    0,
  );
  t.same(results.map((r) => r.status), Array(5).fill('created'));
  t.same(committed, [[0], [1], [2], [3], [4]], 'each slice reported once committed');
  t.same(syncing, [1, 1, 1, 1, 1], 'slices commit with synchronous=NORMAL');
  t.same(autocheckpoint, [0, 0, 0, 0, 0], 'slices never checkpoint in their commit');
  t.same(lockedOut, [true, true, true, true, true], 'a slice holds the write lock from its start');
  t.equal(syncs, 1, 'one sync for the batch');
  t.equal(checkpoints, 4, 'a checkpoint between slices (here every time)');
  t.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL again afterwards');
  t.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000, 'automatic checkpoints again for everything else');
  t.equal(ingest.ingestArticle({ title: 'single', body: 'one' }).created, true);
});

t.test('checkpoints between slices: timed from the first slice, not from the connection; earlier when the writer waits for extractions anyway', async (t) => {
  const { db, repos } = databaseFile(t);
  let clock = 0;
  const checkpoints: number[] = [];
  const deferred = deferredSync(db, repos, { checkpoint: () => checkpoints.push(clock), everyMs: 1000, idleAfterMs: 250, now: () => clock })!;
  // The connection opened long before its first slice (the extraction thread was starting).
  clock = 5000;
  await deferred.betweenSlices(true);
  deferred.transaction(() => repos.articles.count());
  clock = 5100;
  await deferred.betweenSlices(false);
  await deferred.betweenSlices(true);
  t.same(checkpoints, [], 'none before the first slice, none a moment after it, idle or not');
  clock = 5300;
  await deferred.betweenSlices(false);
  t.same(checkpoints, [], 'busy: not yet due');
  await deferred.betweenSlices(true);
  t.same(checkpoints, [5300], 'idle: one now');
  clock = 6200;
  await deferred.betweenSlices(false);
  clock = 6300;
  await deferred.betweenSlices(false);
  t.same(checkpoints, [5300, 6300], 'the next a whole interval after it');
});

t.test('between slices, the writer is idle when the next slice waits for an extraction still running', async (t) => {
  const { repos } = testDatabase(t);
  const idle: boolean[] = [];
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    // 'slow' comes back long after the others (asked for at once, with two ahead).
    extractOffThread: (input) =>
      new Promise((resolve) => setTimeout(() => resolve({ events: [event(0.8)] }), input.body === 'slow' ? 500 : 0)),
    slices: { ms: 0, extractionsAhead: 2 },
    deferredSync: { transaction: repos.transaction, betweenSlices: async (writerIdle) => void idle.push(writerIdle ?? false), sync: async () => {} },
  });
  const results = await ingest.ingestBatchInSlices(['fast', 'slow', 'after'].map((body) => ({ title: body, body })));
  t.same(results.map((r) => r.status), ['created', 'created', 'created']);
  t.same(idle, [true, false], "after 'fast', the next slice waits for 'slow'; after 'slow', 'after' is back already");
});

t.test('a batch written by another connection: its commits are seen here at once, each slice and the whole batch', async (t) => {
  const { path, repos } = databaseFile(t);
  // Stands in for the ingest thread: a second connection to the same file stores the articles.
  const writer = openDatabase(path);
  t.teardown(() => writer.close());
  const writerIngest = createIngestService(createRepositories(writer), { clock: () => NOW, extract: () => ({ events: [event(0.8)], dates: [] }) });
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: () => ({ events: [event(0.8)], dates: [] }),
    writeBatchOffThread: async (submissions, now, { onSliceCommitted }) => {
      t.same(now, NOW, "the batch takes this thread's clock");
      const results = writerIngest.ingestBatch(submissions);
      onSliceCommitted?.(results);
      return results;
    },
  });
  const before = repos.events.writeGeneration();
  let duringSlice = before;
  const results = await ingest.ingestBatchInSlices([{ title: 'a', body: 'x' }], {
    onSliceCommitted: () => (duringSlice = repos.events.writeGeneration()),
  });
  const after = repos.events.writeGeneration();
  t.same(results.map((r) => r.status), ['created']);
  t.not(duringSlice, before, 'a committed slice changes the write generation at once');
  t.not(after, before, 'so does the end of the batch');
  t.equal(repos.articles.count(), 1, 'and this connection reads the article');
});

t.test('slices option: as many articles extracted ahead bound a slice, by default four ahead', async (t) => {
  const sliceSizes = async (slices?: { ms: number; extractionsAhead: number }) => {
    const { repos } = testDatabase(t);
    const ingest = createIngestService(repos, {
      clock: () => NOW,
      // As the ingest thread extracts: on a later turn of the event loop, between slices.
      extractOffThread: () => new Promise((resolve) => setImmediate(() => resolve({ events: [event(0.8)] }))),
      slices,
    });
    const sizes: number[] = [];
    const results = await ingest.ingestBatchInSlices(
      Array.from({ length: 40 }, (_, i) => ({ title: `t${i}`, body: `b${i}` })),
      { onSliceCommitted: (slice) => sizes.push(slice.length) },
    );
    t.same(results.map((r) => r.status), Array(40).fill('created'));
    return sizes;
  };
  // A generous time bound, so that only the extractions ahead cut the slices.
  const long = await sliceSizes({ ms: 60_000, extractionsAhead: 15 });
  t.ok(Math.max(...long) > 5 && Math.max(...long) <= 16, `up to 16 articles a slice (${long})`);
  const byDefault = await sliceSizes();
  t.ok(Math.max(...byDefault) <= 5, `up to 5 by default (${byDefault})`);
});

t.test('extraction slower than the writes: a slice starts once half the articles asked for ahead are extracted, not one article at a time', async (t) => {
  const { repos } = testDatabase(t);
  // One article after the other, 2 ms each, as a single extraction thread returns them.
  let busyUntil = performance.now();
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extractOffThread: () => {
      busyUntil = Math.max(busyUntil, performance.now()) + 2;
      return new Promise((resolve) => setTimeout(() => resolve({ events: [event(0.8)] }), busyUntil - performance.now()));
    },
    slices: { ms: 60_000, extractionsAhead: 8 },
  });
  const sizes: number[] = [];
  const results = await ingest.ingestBatchInSlices(
    Array.from({ length: 30 }, (_, i) => ({ title: `t${i}`, body: `b${i}` })),
    { onSliceCommitted: (slice) => sizes.push(slice.length) },
  );
  t.same(results.map((r) => r.status), Array(30).fill('created'));
  // at least half the articles asked for ahead, or half of what is left near the end
  let written = 0;
  const enough = sizes.slice(0, -1).every((size) => {
    const ok = size >= Math.min(4, Math.ceil((30 - written) / 2));
    written += size;
    return ok;
  });
  t.ok(enough, `every slice but the last holds at least 4 articles, or half of those left (${sizes})`);
});

t.test("a batch's tail: near the end a slice waits for half of what is left, so little is written after the last extraction", async (t) => {
  const { repos } = testDatabase(t);
  // Extractions come back one per turn of the event loop, in order (no clock: the same slices under any load).
  const waiting: Array<() => void> = [];
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extractOffThread: () => new Promise((resolve) => waiting.push(() => resolve({ events: [event(0.8)] }))),
    slices: { ms: 60_000, extractionsAhead: 16 },
  });
  let done = false;
  const extracting = (async () => {
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      waiting.shift()?.();
    }
  })();
  const sizes: number[] = [];
  await ingest.ingestBatchInSlices(
    Array.from({ length: 40 }, (_, i) => ({ title: `t${i}`, body: `b${i}` })),
    { onSliceCommitted: (slice) => sizes.push(slice.length) },
  );
  done = true;
  await extracting;
  t.equal(sizes.reduce((sum, size) => sum + size, 0), 40);
  // (waiting for 8 at a time to the end, the last slice held the last 8, written after all were extracted)
  t.ok(sizes[sizes.length - 1] <= 2, `the last slice is short (${sizes})`);
  t.ok(sizes[0] >= 8, `the first slice waits for half the articles asked for ahead (${sizes})`);
});

t.test('with an extraction thread, a copy close behind its first occurrence is not extracted: it is a copy once that one is written', async (t) => {
  const { repos } = testDatabase(t);
  const extracted: string[] = [];
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extractOffThread: (input) => {
      extracted.push(input.title);
      return new Promise((resolve) => setTimeout(() => resolve({ events: [event(0.8)] }), 1));
    },
    slices: { ms: 60_000, extractionsAhead: 32 },
  });
  const results = await ingest.ingestBatchInSlices([
    { title: 'a', body: 'x' },
    { title: 'a', body: 'x' },
    { title: 'b', body: 'y' },
    { title: 'b', body: 'y' },
  ]);
  t.same(results.map((r) => r.status), ['created', 'duplicate', 'created', 'duplicate']);
  t.same(extracted, ['a', 'b'], 'each article extracted once');
});

t.test('slices option giveWay: true ends each slice after its first article; the single write goes through singleWrite', async (t) => {
  const sliceSizes = async (giveWay: () => boolean) => {
    const { repos } = testDatabase(t);
    const ingest = createIngestService(repos, {
      clock: () => NOW,
      extractOffThread: () => new Promise((resolve) => setImmediate(() => resolve({ events: [event(0.8)] }))),
      slices: { ms: 60_000, extractionsAhead: 15, giveWay },
    });
    const sizes: number[] = [];
    await ingest.ingestBatchInSlices(
      Array.from({ length: 40 }, (_, i) => ({ title: `t${i}`, body: `b${i}` })),
      { onSliceCommitted: (slice) => sizes.push(slice.length) },
    );
    return sizes;
  };
  const kept = await sliceSizes(() => false);
  t.ok(Math.max(...kept) > 1, `without a single waiting, slices of several articles (${kept})`);
  let asked = 0;
  const givingWay = await sliceSizes(() => (asked++, true));
  t.same(givingWay, Array(40).fill(1), 'a single waiting: one article a slice');
  t.ok(asked > 0, 'asked between articles');

  // (the server's singleWrite waits for the writer thread's slice to end: read-pressure.ts asSingleWrite)
  const { repos } = testDatabase(t);
  const turns: string[] = [];
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extractOffThread: async () => ({ events: [event(0.8)], dates: [] }),
    singleWrite: async (write) => {
      turns.push('waited for its turn');
      const written = write();
      turns.push(`written: ${repos.articles.count()} stored`);
      return written;
    },
  });
  const result = await ingest.ingestArticleAsync({ title: 'single', body: 'text' });
  t.equal(result.created, true);
  t.same(turns, ['waited for its turn', 'written: 1 stored'], 'the write ran inside singleWrite');
});
