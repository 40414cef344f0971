import { join } from 'node:path';
import t from 'tap';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { createRepositories } from '../../src/repositories/index.js';
import { extractArticle } from '../../src/extract/index.js';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/types.js';
import { contentHash, createIngestService, sourceOf } from '../../src/ingest/ingest.js';
import { sampleArticle, tempDir, testDatabase } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

const NOW = new Date('2025-07-05T12:00:00.000Z');

/** An extractor that returns what the test scripted for each article title. */
function scripted(byTitle: Record<string, ExtractedEvent[]>) {
  return (input: { title: string }): ExtractionResult => ({ events: byTitle[input.title] ?? [], dates: [] });
}

t.test('content hash ignores whitespace and title case; source defaults to the url host', async (t) => {
  t.equal(contentHash('A  Title', 'Body\n text '), contentHash('a title', 'Body text'));
  t.not(contentHash('A title', 'Body'), contentHash('A title', 'Body!'));
  t.equal(sourceOf({ title: 't', body: 'b', url: 'https://www.example.org/x' }), 'example.org');
  t.equal(sourceOf({ title: 't', body: 'b', url: 'https://www.example.org/x', source: 'Wire' }), 'Wire');
  t.equal(sourceOf({ title: 't', body: 'b' }), null);
});

t.test('an article is stored once; re-posting by url or by content changes nothing', async (t) => {
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: scripted({ [sampleArticle.title]: [extractedCall()] }),
  });
  const first = ingest.ingestArticle(sampleArticle);
  t.equal(first.created, true);
  t.match(first.article, { title: sampleArticle.title, url: sampleArticle.url, source: 'Example News', publishedAt: sampleArticle.publishedAt, eventCount: 1 });
  t.equal(first.article.ingestedAt, NOW.toISOString());
  t.equal(first.events.length, 1);
  t.equal(first.events[0].mentionCount, 1);

  const again = ingest.ingestArticle(sampleArticle);
  t.equal(again.created, false);
  t.equal(again.article.id, first.article.id);
  t.same(again.events.map((e) => e.id), first.events.map((e) => e.id));
  const sameUrl = ingest.ingestArticle({ ...sampleArticle, title: 'Updated headline' });
  t.equal(sameUrl.article.id, first.article.id, 'same url is the same article');
  const sameText = ingest.ingestArticle({ ...sampleArticle, url: 'https://mirror.example.net/copy' });
  t.equal(sameText.article.id, first.article.id, 'same title and body is the same article');
  t.equal(repos.articles.count(), 1);
  t.equal(repos.events.count(), 1);
  t.equal(repos.events.findById(first.events[0].id)!.mentionCount, 1);
});

t.test('reports of one event from several articles merge into one event with one mention each', async (t) => {
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: scripted({
      first: [extractedCall({ dateCertainty: 'inferred', startDate: '2025-07-05', endDate: '2025-07-05', confidence: 0.4 })],
      second: [
        // the same pair and a third person on the call (a report naming another pair is another call)
        extractedCall({ actors: [{ name: 'Alice Example', kind: 'person' }, { name: 'Bob Example', kind: 'person' }, { name: 'Carol Example', kind: 'person' }], confidence: 0.9 }),
        extractedCall({
          type: 'drone_strike',
          title: 'Drone strike on Kyiv',
          actors: [],
          places: [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }],
        }),
      ],
      third: [
        extractedCall({
          type: 'drone_strike',
          title: 'Drone strike on Kharkiv',
          actors: [],
          places: [{ name: 'Kharkiv', countryCode: 'UA', lat: 49.99, lon: 36.23 }],
        }),
      ],
    }),
  });
  const a = ingest.ingestArticle({ title: 'first', body: 'one', source: 'Wire A' });
  const b = ingest.ingestArticle({ title: 'second', body: 'two', source: 'Wire B' });
  const c = ingest.ingestArticle({ title: 'third', body: 'three', source: 'Wire B' });
  t.equal(a.article.publishedAt, null, 'no publishedAt stays null');
  t.equal(repos.events.count(), 3, 'one call, two strikes on two places');
  const call = repos.events.findById(a.events[0].id)!;
  t.equal(b.events.find((e) => e.type === 'phone_call')?.id, call.id, 'the second report joined the first');
  t.equal(call.startDate, '2025-07-03', 'the relative date replaced the inferred one');
  t.equal(call.dateCertainty, 'relative');
  t.equal(call.confidence, 0.9);
  t.same(call.actors.map((x) => x.name).sort(), ['Alice Example', 'Bob Example', 'Carol Example']);
  t.equal(call.mentionCount, 2);
  t.equal(call.sourceCount, 2);
  t.not(c.events[0].id, b.events.find((e) => e.type === 'drone_strike')?.id, 'a strike elsewhere is another event');

  t.ok(ingest.deleteArticle(b.article.id));
  t.notOk(ingest.deleteArticle(b.article.id), 'already gone');
  t.equal(repos.events.count(), 2, 'the strike only b reported is gone');
  t.equal(repos.events.findById(call.id)!.mentionCount, 1, 'the call keeps a\'s mention');
  t.equal(repos.events.findById(c.events[0].id)!.mentionCount, 1);
});

t.test('a curated event keeps its curated fields; the others still merge', async (t) => {
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: scripted({ first: [extractedCall()], second: [extractedCall({ startDate: '2025-07-04', endDate: '2025-07-04', dateCertainty: 'explicit', confidence: 1 })] }),
  });
  const first = ingest.ingestArticle({ title: 'first', body: 'one' });
  repos.curation.markCurated(first.events[0].id, ['startDate', 'title']);
  ingest.ingestArticle({ title: 'second', body: 'two' });
  const event = repos.events.findById(first.events[0].id)!;
  t.equal(event.curated, true);
  t.equal(event.startDate, '2025-07-03', 'the curated date stays although the new one is explicit');
  t.equal(event.dateCertainty, 'relative', 'the date moves as a whole or not at all');
  t.equal(event.title, first.events[0].title);
  t.equal(event.confidence, 1, 'uncurated fields still merge');
  t.equal(event.mentionCount, 2, 'the new report is cited');
});

t.test('batch: one transaction per article, per-item results, failures isolated', async (t) => {
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: (input) => {
      if (input.title === 'broken') throw new Error('SQLITE internal detail');
      return { events: [extractedCall()], dates: [] };
    },
  });
  const errors: number[] = [];
  const results = ingest.ingestBatch(
    [
      { title: 'a', body: 'x' },
      { title: 'broken', body: 'y' },
      { title: 'a', body: 'x' },
    ],
    (_error, index) => errors.push(index),
  );
  t.same(results.map((r) => r.status), ['created', 'failed', 'duplicate']);
  t.same(errors, [1]);
  t.notMatch(JSON.stringify(results[1]), /SQLITE/, 'no internals in the result');
  t.equal(repos.articles.count(), 1);
});

t.test('with the real extractor: structure and idempotency', async (t) => {
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, { clock: () => NOW, extract: extractArticle });
  const first = ingest.ingestArticle(sampleArticle);
  t.equal(first.created, true);
  t.equal(first.article.eventCount, first.events.length);
  const eventsAfterFirst = repos.events.count();
  const again = ingest.ingestArticle(sampleArticle);
  t.equal(again.created, false);
  t.equal(repos.events.count(), eventsAfterFirst, 're-ingesting adds no events');
  for (const event of first.events) t.equal(event.mentionCount, 1);
});

t.test('an article stored by another process meanwhile is returned, not duplicated or failed', async (t) => {
  const path = join(tempDir(t), 'shared.db');
  const connect = () => {
    const db = openDatabase(path);
    migrate(db);
    t.teardown(() => db.close());
    return createRepositories(db);
  };
  const otherProcess = createIngestService(connect(), { clock: () => NOW, extract: () => ({ events: [], dates: [] }) });
  const repos = connect();
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    // The other writer stores the same article while this one is still extracting.
    extract: (input) => {
      otherProcess.ingestArticle({ ...input, url: sampleArticle.url });
      return { events: [extractedCall()], dates: [] };
    },
  });
  const result = ingest.ingestArticle(sampleArticle);
  t.equal(result.created, false);
  t.equal(repos.articles.count(), 1);
  t.equal(repos.events.count(), 0, 'the losing writer stored none of its events');

  const failing = createIngestService(repos, {
    extract: () => ({ events: [extractedCall({ startDate: '2025-07-03', endDate: '2025-07-01' })], dates: [] }),
  });
  t.throws(() => failing.ingestArticle({ title: 'bad dates', body: 'x' }), /CHECK/, 'other storage errors propagate');
  t.equal(repos.articles.count(), 1, 'and roll the article back');
});
