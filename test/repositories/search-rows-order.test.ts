import t from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';
import type { Repositories } from '../../src/repositories/index.js';
import { eventFields, testDatabase } from '../helpers/db.js';
import { searchIndexSegments } from '../helpers/search-segments.js';

const NOW = '2025-07-05T12:00:00.000Z';

/** Article `n` (its title and body differ from every other's). */
const storeArticle = (repos: Repositories, n: number): string =>
  repos.articles.insert({ title: `Report ${n}`, body: `Body ${n}`, url: null, source: null, publishedAt: null, referenceAt: NOW, ingestedAt: NOW, contentHash: contentHash(`Report ${n}`, `Body ${n}`) });

const mention = (quote: string) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence: 0.5 });

t.test("a transaction's search rows, whatever order their events were reported in, are one new segment of the index", async (t) => {
  const { db, repos } = testDatabase(t);
  const events = Array.from({ length: 12 }, (_, n) => repos.events.insert(eventFields({ title: `Call number ${n}` }), NOW));
  repos.transaction(() => {
    const article = storeArticle(repos, 0);
    events.forEach((event, n) => repos.events.addMention(event, article, mention(`first${n} word`), NOW));
  });
  const [before] = searchIndexSegments(db);
  // Reported newest first, then the rest: the search rows of events stored in the other order.
  repos.transaction(() => {
    const article = storeArticle(repos, 1);
    for (const [n, event] of [...events.entries()].reverse()) repos.events.addMention(event, article, mention(`second${n} word`), NOW);
  });
  const [after] = searchIndexSegments(db);
  // FTS5 writes its pending terms as a new segment whenever a row comes with a lower rowid than the
  // one before (then no merge has run yet: fewer than four segments on any level).
  t.equal(after - before, 1, 'one segment for the whole rewrite');
  const matching = (word: string) => repos.events.list({ fts: `"${word}"`, descending: false, limit: 50 }).length;
  t.same([matching('first3'), matching('second3'), matching('word'), matching('call')], [1, 1, 12, 12], 'every row holds every quote');
  db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
});

t.test('an event that loses its last mention loses its search row; one that keeps some has it rewritten', async (t) => {
  const { db, repos } = testDatabase(t);
  const kept = repos.events.insert(eventFields({ title: 'Kept call' }), NOW);
  const gone = repos.events.insert(eventFields({ title: 'Gone call' }), NOW);
  const first = storeArticle(repos, 0);
  const second = storeArticle(repos, 1);
  repos.events.addMention(kept, first, mention('pelican'), NOW);
  repos.events.addMention(kept, second, mention('heron'), NOW);
  repos.events.addMention(gone, second, mention('walrus'), NOW);
  repos.articles.delete(second);
  t.same([repos.events.deleteIfUnmentioned(kept), repos.events.deleteIfUnmentioned(gone)], [false, true]);
  const matching = (word: string) => repos.events.list({ fts: `"${word}"`, descending: false, limit: 50 }).map((event) => event.id);
  // (the deleted article's quote stays in the kept event's row until refresh() recounts it)
  t.same([matching('pelican'), matching('walrus'), matching('gone')], [[kept], [], []]);
  db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
});
