import Database from 'better-sqlite3';
import t from 'tap';
import { migrate } from '../../src/db/migrate.js';
import { createEventRepository } from '../../src/repositories/events.js';
import type { EventFilter } from '../../src/repositories/types.js';
import { eventFields } from '../helpers/db.js';

/**
 * A filtered page's lookups before its query (how many events a name or search words match, the
 * names a pattern matches) are held until the next write: the same filter again does not run them,
 * a write lets them go, and the pages are the same either way.
 */
t.test('match counts and matching names are looked up once per filter until the next write', async (t) => {
  const statements: string[] = [];
  const db = new Database(':memory:', { verbose: (sql) => statements.push(String(sql)) });
  t.teardown(() => db.close());
  migrate(db);
  const events = createEventRepository(db, { gatheredMatchesMax: 5 });
  const now = '2025-01-01T00:00:00.000Z';
  const add = (i: number) => {
    const id = events.insert(
      eventFields({
        startDate: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        endDate: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        title: `Ceasefire talks round ${i}`,
        actors: [{ name: i % 2 ? 'Alice Example' : 'Bob Example', kind: 'person' }],
        places: [{ name: 'Kharkiv', countryCode: 'UA', lat: null, lon: null }],
      }),
      now,
    );
    // (its search row)
    events.refresh(id, now);
  };
  for (let i = 0; i < 40; i++) add(i);
  const lookups: Array<[string, Partial<EventFilter>, RegExp]> = [
    ['an actor: its match count', { actor: 'alice' }, /SELECT count\(\*\) FROM \(SELECT 1 FROM event_actors/],
    ['a place: its match count', { place: 'kharkiv' }, /SELECT count\(\*\) FROM \(SELECT 1 FROM event_places/],
    ['search words: their match count', { fts: 'ceasefire' }, /SELECT count\(\*\) FROM \(SELECT 1 FROM events_fts/],
    ['an actor in a window: the names it matches', { actor: 'alice', from: '2025-03-03', to: '2025-03-09' }, /^SELECT id FROM actors WHERE name LIKE/],
    ['a place in a window: the names it matches', { place: 'kharkiv', from: '2025-03-03', to: '2025-03-09' }, /^SELECT id FROM places WHERE name LIKE/],
  ];
  for (const [name, filter, lookup] of lookups) {
    const page = (after?: { key: string; id: string }) => events.pageBody({ ...filter, descending: false, limit: 4, after });
    const runs = () => statements.filter((sql) => lookup.test(sql)).length;
    const before = runs();
    const first = page();
    t.equal(runs(), before + 1, `${name}: looked up for the first page`);
    t.ok(first.ids.length > 0 && first.last, `${name}: a page with a next one`);
    const again = page();
    const next = page(first.last);
    t.equal(runs(), before + 1, `${name}: not again for the same page nor the next one`);
    t.same(again.ids, first.ids, `${name}: the same page`);
    t.notSame(next.ids, first.ids, `${name}: the next page is another`);
    add(100);
    page();
    t.equal(runs(), before + 2, `${name}: looked up again after a write`);
  }
});

t.test('a held count still gives the right page once a write changes the plan', async (t) => {
  const db = new Database(':memory:');
  t.teardown(() => db.close());
  migrate(db);
  const events = createEventRepository(db, { gatheredMatchesMax: 5 });
  const now = '2025-01-01T00:00:00.000Z';
  const add = (day: number) =>
    events.insert(eventFields({ startDate: `2025-03-${String(day).padStart(2, '0')}`, endDate: `2025-03-${String(day).padStart(2, '0')}`, actors: [{ name: 'Carol Example', kind: 'person' }] }), now);
  add(10);
  add(11);
  const ids = () => events.pageBody({ actor: 'carol', descending: false, limit: 50 }).ids;
  t.equal(ids().length, 2, 'few matches (gathered)');
  // Past gatheredMatchesMax, the page walks the timeline instead: the count held for two is let go.
  for (let day = 1; day <= 8; day++) add(day);
  t.equal(ids().length, 10, 'every match after the write');
});
