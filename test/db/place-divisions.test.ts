import t from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { mergeCandidateCriteria } from '../../src/ingest/merge.js';
import { createRepositories } from '../../src/repositories/index.js';
import { eventFields } from '../helpers/db.js';

// Migration 015: places keep the first-level division the extractor gives them (NULL where unknown), so that the
// merge, in the writer, can nest a town in the region another report names.

const NOW = '2025-07-05T12:00:00.000Z';
const strike = (date: string, place: { name: string; division?: string | null }) =>
  eventFields({ type: 'drone_strike', startDate: date, endDate: date, actors: [], places: [{ countryCode: 'RU', lat: null, lon: null, ...place }] });

t.test('a database before 015 keeps its places, with no division, and fills one in when a report brings it', async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const migrations = loadMigrations();
  const before = migrations.filter((m) => m.version < 15);
  migrate(db, before);
  db.prepare(`INSERT INTO places (name, country_code, lat, lon) VALUES ('Klintsy', 'RU', NULL, NULL)`).run();
  t.same(migrate(db, migrations), migrations.filter((m) => m.version >= 15).map((m) => m.version));
  t.same(db.prepare(`SELECT name, division FROM places`).all(), [{ name: 'Klintsy', division: null }], 'the place kept, its division unknown');
  const repos = createRepositories(db);
  const region = strike('2025-02-03', { name: 'Bryansk Oblast', division: 'RU-10' });
  // a report without the division leaves it unknown: the region's report finds no town in it
  repos.events.insert(strike('2025-02-03', { name: 'Klintsy' }), NOW);
  t.same(repos.events.mergeCandidates(mergeCandidateCriteria(region)), []);
  // a report with it fills it in
  repos.events.insert(strike('2025-02-03', { name: 'Klintsy', division: 'RU-10' }), NOW);
  t.same(db.prepare(`SELECT division FROM places WHERE name = 'Klintsy'`).pluck().all(), ['RU-10']);
  t.same(
    repos.events.mergeCandidates(mergeCandidateCriteria(region)).map((candidate) => candidate.id).sort(),
    db.prepare(`SELECT id FROM events WHERE type = 'drone_strike' ORDER BY id`).pluck().all(),
    'both strikes at the town are the region report\'s candidates now',
  );
  // a division is never overwritten by another report's
  repos.events.insert(strike('2025-02-04', { name: 'Klintsy', division: 'RU-99' }), NOW);
  t.same(db.prepare(`SELECT division FROM places WHERE name = 'Klintsy'`).pluck().all(), ['RU-10']);
});

t.test("the merge-candidate lookup reads a division's places through the index", async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  migrate(db);
  const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id, name FROM places INDEXED BY places_division WHERE division = ?`).all('RU-10') as Array<{ detail: string }>;
  t.match(plan.map((row) => row.detail).join('\n'), /USING (?:COVERING )?INDEX places_division/);
});
