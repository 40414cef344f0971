import t, { type Test } from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import type { EventRepository } from '../../src/repositories/events.js';
import { createRepositories } from '../../src/repositories/index.js';
import type { EventFilter } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-01-01T00:00:00.000Z';
const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * DAY_MS).toISOString().slice(0, 10);

/** 240 events over 120 days, lasting from one day to several months (every span class but the longest). */
function fillTimeline(events: EventRepository): void {
  for (let i = 0; i < 240; i++) {
    const start = (i * 37) % 120;
    events.insert(eventFields({ title: `Event ${i} “quoted”`, startDate: day(start), endDate: day(start + [0, 0, 3, 20, 60, 200][i % 6]) }), NOW);
  }
}

const PAGES: Array<Omit<EventFilter, 'descending'>> = [
  { limit: 50 },
  { from: day(30), to: day(36), limit: 50 },
  { from: day(30), to: day(36), limit: 5 },
  { from: day(100), limit: 7 },
  { to: day(10), limit: 3 },
  { from: day(30), to: day(60), limit: 10, after: { key: day(40), id: 'evt_m' } },
  { from: day(400), limit: 5 },
];

t.test('a page read from its keys, with the cards held left out, is the page read whole', async (t) => {
  const { repos } = testDatabase(t);
  fillTimeline(repos.events);
  for (const page of PAGES) {
    for (const descending of [false, true]) {
      const filter = { ...page, descending };
      const label = JSON.stringify(filter);
      const whole = repos.events.pageBody(filter);
      const text = (cards: Array<Buffer | undefined>) => cards.map((card) => card?.toString('utf8'));
      const noneHeld = repos.events.pageBody(filter, () => false);
      t.same(noneHeld.ids, whole.ids, `${label}: same events`);
      t.same(text(noneHeld.cards), text(whole.cards), `${label}: same bytes`);
      t.same(noneHeld.last, whole.last, `${label}: same next position`);
      const held = new Set(whole.ids.filter((_, index) => index % 3 !== 1));
      const someHeld = repos.events.pageBody(filter, (id) => held.has(id));
      t.same(someHeld.ids, whole.ids);
      t.same(
        text(someHeld.cards),
        whole.ids.map((id, index) => (held.has(id) ? undefined : whole.cards[index]?.toString('utf8'))),
        `${label}: only the cards not held are read`,
      );
      t.same(someHeld.last, whole.last);
    }
  }
});

t.test('pages with other filters, or a card gone between the two reads, are read whole', async (t) => {
  const { db, repos } = testDatabase(t);
  fillTimeline(repos.events);
  const filtered = { from: day(30), to: day(36), limit: 5, descending: false, types: ['phone_call' as const] };
  t.same(repos.events.pageBody(filtered, () => true).cards.map(String), repos.events.pageBody(filtered).cards.map(String), 'a type filter reads every card');
  const window = { from: day(30), to: day(36), limit: 5, descending: false };
  const whole = repos.events.pageBody(window);
  // Another process deleting an event after the keys were read: its card is not found by key.
  const gone = whole.ids[3];
  let deleted = false;
  const read = repos.events.pageBody(window, (id) => {
    if (!deleted) {
      db.prepare('DELETE FROM events WHERE id = ?').run(gone);
      deleted = true;
    }
    return id === whole.ids[0];
  });
  t.notOk(read.ids.includes(gone), 'read again whole, without the deleted event');
  t.ok(read.cards.every((card) => card !== undefined), 'every card read');
  t.same(read.ids, repos.events.pageBody(window).ids);
});

t.test('keys come from the narrow event_cards_keys index, whole cards from the table in key order', async (t) => {
  const { db, repos } = testDatabase(t);
  fillTimeline(repos.events);
  db.exec('ANALYZE');
  for (const page of PAGES) {
    for (const descending of [false, true]) {
      const filter = { ...page, descending, limit: page.limit + 1 };
      const label = JSON.stringify(filter);
      const planOf = (query: { sql: string; params: unknown[] }) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((row) => row.detail);
      const keys = planOf(repos.events.cardQuery(filter, 'keys'));
      const reads = keys.filter((line) => /^(SEARCH|SCAN) /.test(line));
      t.ok(reads.length > 0 && reads.every((line) => /^SEARCH event_cards USING COVERING INDEX event_cards_keys \(span_class=\?/.test(line)), `${label}: keys from the index`);
      t.notOk(keys.some((line) => /TEMP B-TREE/.test(line)), `${label}: keys merged in order`);
      const cards = planOf(repos.events.cardQuery(filter)).filter((line) => /^(SEARCH|SCAN) /.test(line));
      t.ok(cards.every((line) => /^SEARCH event_cards USING PRIMARY KEY \(span_class=\?/.test(line)), `${label}: cards from the table`);
    }
  }
});

/**
 * A database left at the version before `migrationName` holding fillTimeline's events (copied row
 * by row from a database at the newest version: the repositories are the newest version's), and
 * that newest database.
 */
function timelineBefore(t: Test, migrationName: string) {
  const { db: newest } = testDatabase(t);
  fillTimeline(createRepositories(newest).events);
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const migrations = loadMigrations();
  const index = migrations.findIndex((migration) => migration.name.endsWith(migrationName));
  t.ok(index > 0, `migration ${migrationName} exists`);
  migrate(db, migrations.slice(0, index));
  for (const table of ['actors', 'places', 'events', 'event_actors', 'event_places']) {
    const rows = newest.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][];
    if (rows.length === 0) continue;
    const insert = db.prepare(`INSERT INTO ${table} VALUES (${rows[0].map(() => '?').join(', ')})`);
    for (const row of rows) insert.run(...row);
  }
  return { db, newest, migrations };
}

t.test('the keys index is built when an existing database is migrated', async (t) => {
  const { db, newest, migrations } = timelineBefore(t, '_event_cards_keys.sql');
  migrate(db, migrations);
  const indexed = db.prepare(`SELECT count(*) FROM event_cards INDEXED BY event_cards_keys`).pluck().get();
  t.equal(indexed, 240, 'every card has its key in the index');
  const window = { from: day(30), to: day(36), limit: 20, descending: false };
  const after = createRepositories(db).events.pageBody(window, () => false);
  t.same(after.cards.map(String), createRepositories(newest).events.pageBody(window).cards.map(String), 'the same page, read from keys');
});

t.test('migration 014 keys the cards of an existing database by one column, every page as before', async (t) => {
  const { db, newest, migrations } = timelineBefore(t, '_event_cards_one_key.sql');
  const before = db.prepare(`SELECT span_class, start_date, id, end_date, json FROM event_cards ORDER BY 1, 2, 3`).raw().all();
  migrate(db, migrations);
  t.same(db.prepare(`SELECT span_class, start_date, id, end_date, json FROM event_cards ORDER BY span_class, key`).raw().all(), before, 'the same cards, in the same order by key');
  t.equal(db.prepare(`SELECT count(*) FROM event_cards WHERE key IS NOT start_date || ' ' || id`).pluck().get(), 0, 'each key joins its day and id');
  t.equal(db.prepare(`SELECT count(*) FROM event_cards INDEXED BY event_cards_keys`).pluck().get(), 240, 'every card in the keys index');
  const migrated = createRepositories(db).events;
  const built = createRepositories(newest).events;
  for (const page of PAGES) {
    for (const descending of [false, true]) {
      const filter = { ...page, descending };
      const text = (cards: Array<Buffer | undefined>) => cards.map(String);
      t.same(text(migrated.pageBody(filter).cards), text(built.pageBody(filter).cards), `${JSON.stringify(filter)}: the page of a database built at the newest version`);
      t.same(text(migrated.pageBody(filter, () => false).cards), text(built.pageBody(filter).cards), `${JSON.stringify(filter)}: read from keys`);
    }
  }
  // The triggers find a card by its key: a changed event, a new link and a deletion reach its card.
  const [first] = migrated.pageJson({ limit: 1, descending: false }).data.map((json) => JSON.parse(json) as { id: string });
  const source = db.prepare(`SELECT json FROM event_card_source WHERE id = ?`).pluck();
  const card = db.prepare(`SELECT json FROM event_cards WHERE id = ?`).pluck();
  db.prepare(`UPDATE events SET title = 'Renamed', start_date = '2025-01-03', end_date = '2025-01-05' WHERE id = ?`).run(first.id);
  t.equal(card.get(first.id), source.get(first.id), 'an event moved: its card rebuilt under its new key');
  db.prepare(`UPDATE events SET mention_count = mention_count + 1 WHERE id = ?`).run(first.id);
  t.equal(card.get(first.id), source.get(first.id), 'counts patched in place');
  db.prepare(`DELETE FROM events WHERE id = ?`).run(first.id);
  t.equal(db.prepare(`SELECT count(*) FROM event_cards WHERE id = ?`).pluck().get(first.id), 0, 'a deleted event: its card gone');
});
