import t from 'tap';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import type { ExtractedEvent } from '../../src/extract/types.js';
import { contentHash, createIngestService } from '../../src/ingest/ingest.js';
import type { Repositories } from '../../src/repositories/index.js';
import { eventFields, testDatabase } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

const NOW = '2025-07-05T12:00:00.000Z';

/** FTS5's own check that each search index holds exactly what its rows say (throws otherwise). */
function checkSearchIndexes(db: SqliteDatabase): void {
  db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
  db.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`);
}

function storeArticle(repos: Repositories, n: number, body = `Body ${n}`): string {
  return repos.articles.insert({
    title: `Report ${n}`,
    body,
    url: `https://example.com/${n}`,
    source: null,
    publishedAt: '2025-07-05',
    referenceAt: '2025-07-05T00:00:00.000Z',
    ingestedAt: NOW,
    contentHash: contentHash(`Report ${n}`, body),
  });
}

const mention = (quote: string, confidence = 0.5) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence });

t.test('in a transaction, search rows are written once at its end: searchable after the commit', async (t) => {
  const { db, repos } = testDatabase(t);
  const eventMatches = (word: string) => repos.events.list({ fts: `"${word}"`, descending: false, limit: 10 }).length;
  const articleMatches = (word: string) => repos.articles.list({ fts: `"${word}"`, limit: 10 }).data.length;
  const event = repos.events.insert(eventFields(), NOW);
  let inside: number[] = [];
  repos.transaction(() => {
    const article = storeArticle(repos, 1, 'The walrus spoke.');
    repos.events.addMention(event, article, mention('A pelican reported it.'), NOW);
    repos.events.addMention(event, storeArticle(repos, 2), mention('A heron confirmed it.'), NOW);
    inside = [eventMatches('pelican'), articleMatches('walrus')];
  });
  t.same(inside, [0, 0], 'not written while the transaction is open');
  t.same([eventMatches('pelican'), eventMatches('heron'), articleMatches('walrus')], [1, 1, 1], 'written before it committed');
  checkSearchIndexes(db);
});

t.test('outside a transaction, search rows are written at once', async (t) => {
  const { db, repos } = testDatabase(t);
  const event = repos.events.insert(eventFields(), NOW);
  repos.events.addMention(event, storeArticle(repos, 1, 'The walrus spoke.'), mention('A pelican reported it.'), NOW);
  t.equal(repos.events.list({ fts: '"pelican"', descending: false, limit: 10 }).length, 1);
  t.equal(repos.articles.list({ fts: '"walrus"', limit: 10 }).data.length, 1);
  checkSearchIndexes(db);
});

t.test('a rolled-back transaction leaves no search row pending for the next one', async (t) => {
  const { db, repos } = testDatabase(t);
  const event = repos.events.insert(eventFields(), NOW);
  t.throws(() =>
    repos.transaction(() => {
      repos.events.addMention(event, storeArticle(repos, 1, 'The walrus spoke.'), mention('A pelican reported it.'), NOW);
      throw new Error('undone');
    }),
  );
  // Outside a transaction the undone article's row number is taken again, and indexed at once.
  storeArticle(repos, 2, 'The heron spoke.');
  repos.transaction(() => repos.events.addMention(event, storeArticle(repos, 3), mention('A heron confirmed it.'), NOW));
  t.equal(repos.events.list({ fts: '"pelican"', descending: false, limit: 10 }).length, 0);
  t.equal(repos.events.list({ fts: '"heron"', descending: false, limit: 10 }).length, 1);
  t.equal(repos.articles.list({ fts: '"walrus"', limit: 10 }).data.length, 0);
  checkSearchIndexes(db);
});

t.test('an article stored and deleted in one transaction never reaches the external-content index', async (t) => {
  const { db, repos } = testDatabase(t);
  repos.transaction(() => {
    const article = storeArticle(repos, 1, 'The walrus spoke.');
    repos.articles.delete(article);
    storeArticle(repos, 2, 'The heron spoke.');
  });
  t.same(repos.articles.list({ fts: '"spoke"', limit: 10 }).data.map((a) => a.title), ['Report 2']);
  checkSearchIndexes(db);
});

t.test('a batch slice with a failing article (its savepoint undone, its row number taken by the next): search matches the rows', async (t) => {
  const { db, repos } = testDatabase(t);
  const call = (confidence: number, quote: string): ExtractedEvent =>
    extractedCall({ confidence, mention: { quote, charStart: 0, charEnd: quote.length, dateText: null, confidence: 0.7 } });
  // confidence 2 breaks a CHECK constraint once the article row and a first event are written.
  const ingest = createIngestService(repos, {
    clock: () => new Date(NOW),
    extract: (input) => ({
      events: input.title === 'bad' ? [call(0.8, 'A pelican saw it.'), call(2, 'Never stored.')] : [call(0.8, `Quote of ${input.title}.`)],
      dates: [],
    }),
  });
  const results = await ingest.ingestBatchInSlices(
    [
      { title: 'first', body: 'The walrus spoke.' },
      { title: 'bad', body: 'The pelican spoke.' },
      { title: 'third', body: 'The heron spoke.' },
    ],
    {},
    1000,
  );
  t.same(results.map((r) => r.status), ['created', 'failed', 'created']);
  t.same(repos.articles.list({ fts: '"spoke"', limit: 10 }).data.map((a) => a.title).sort(), ['first', 'third']);
  t.equal(repos.events.list({ fts: '"pelican"', descending: false, limit: 10 }).length, 0, 'the undone mention is not searchable');
  t.equal(repos.events.list({ fts: '"third"', descending: false, limit: 10 }).length, 1);
  checkSearchIndexes(db);
});

t.test('a transaction not begun by Repositories.transaction writes search rows at once: none left pending after it', async (t) => {
  const { db, repos } = testDatabase(t);
  const event = repos.events.insert(eventFields(), NOW);
  db.transaction(() => {
    repos.events.addMention(event, storeArticle(repos, 1, 'The walrus spoke.'), mention('A pelican reported it.'), NOW);
  })();
  t.equal(repos.events.list({ fts: '"pelican"', descending: false, limit: 10 }).length, 1, 'searchable after its commit');
  t.equal(repos.articles.list({ fts: '"walrus"', limit: 10 }).data.length, 1);
  t.throws(() =>
    db.transaction(() => {
      storeArticle(repos, 2, 'The heron spoke.');
      throw new Error('undone');
    })(),
  );
  // The undone article's row number is taken again outside a transaction (indexed at once); the
  // next Repositories.transaction must not index it a second time.
  storeArticle(repos, 3, 'The egret spoke.');
  repos.transaction(() => repos.events.addMention(event, storeArticle(repos, 4), mention('A crane confirmed it.'), NOW));
  t.same(repos.articles.list({ fts: '"spoke"', limit: 10 }).data.map((a) => a.title).sort(), ['Report 1', 'Report 3']);
  checkSearchIndexes(db);
});
