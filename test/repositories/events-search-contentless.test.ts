import t from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { createRepositories } from '../../src/repositories/index.js';
import { eventFields, migrateForTodaysRepositories } from '../helpers/db.js';

// Migration 012: the event search index keeps no copy of its text (contentless, with deletes). The
// same words find the same events as before, rewritten and deleted rows included.

const NOW = '2025-07-05T12:00:00.000Z';
const WORDS = ['truce', 'geneva', '"spoke by phone"', 'alice', 'harbour OR grain', 'ceasefire NOT phone', 'quotes', 'nothing'];

t.test('the index rebuilt without its text answers every search as before', (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const migrations = migrateForTodaysRepositories(db, loadMigrations(), 11);
  const repos = createRepositories(db);
  const article = (n: number) =>
    repos.articles.insert({
      title: `Report ${n}`,
      body: 'Body',
      url: null,
      source: null,
      publishedAt: '2025-07-04',
      referenceAt: '2025-07-04T00:00:00.000Z',
      ingestedAt: NOW,
      contentHash: `hash-${n}`,
    });
  const quotes = ['Alice Example and Bob Example spoke by phone about a truce.', 'They met in Geneva on the grain corridor.', 'A ceasefire at the harbour was discussed.'];
  const events = [
    repos.events.insert(eventFields(), NOW),
    repos.events.insert(eventFields({ type: 'meeting', title: 'Meeting in Geneva', summary: 'A meeting about grain.' }), NOW),
    repos.events.insert(eventFields({ type: 'ceasefire', title: 'Harbour ceasefire', summary: 'A local ceasefire.' }), NOW),
  ];
  events.forEach((event, n) => repos.events.addMention(event, article(n), { quote: quotes[n], charStart: 0, charEnd: quotes[n].length, dateText: null, confidence: 0.7 }, NOW));
  // the first event reported again in other words
  repos.events.addMention(events[0], article(9), { quote: 'The call went on for quotes and hours.', charStart: 0, charEnd: 38, dateText: null, confidence: 0.7 }, NOW);
  const answers = () => WORDS.map((words) => db.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid`).pluck().all(words));
  const before = answers();
  t.ok(before.filter((rows) => rows.length > 0).length >= 6, 'most searches find something');

  t.same(migrate(db, migrations.slice(0, 12)), [12]);
  t.same(answers(), before, 'the same events for every search');
  t.equal(db.prepare(`SELECT count(*) FROM events_fts WHERE quotes IS NOT NULL OR title IS NOT NULL`).pluck().get(), 0, 'no text kept');
  db.exec(`INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`);

  // rewritten (a new report) and deleted (an event with no mention left) after the migration
  const repos12 = createRepositories(db);
  repos12.events.addMention(events[1], article(10), { quote: 'Delegates returned to Montreux.', charStart: 0, charEnd: 31, dateText: null, confidence: 0.7 }, NOW);
  const seqOf = (id: string) => db.prepare(`SELECT seq FROM events WHERE id = ?`).pluck().get(id);
  const find = (words: string) => db.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid`).pluck().all(words);
  t.same(find('montreux'), [seqOf(events[1])], 'a new quote is found');
  t.same(find('geneva'), [seqOf(events[1])], 'and the old words still are');
  const orphan = repos12.events.insert(eventFields({ type: 'sanctions', title: 'Walrus sanctions', summary: 'Sanctions.' }), NOW);
  repos12.events.refresh(orphan, NOW);
  t.same(find('walrus'), [seqOf(orphan)]);
  t.ok(repos12.events.deleteIfUnmentioned(orphan));
  t.same(find('walrus'), [], 'a deleted event is no longer found');
  db.exec(`INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`);
  t.end();
});
