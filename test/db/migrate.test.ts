import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { tempDir } from '../helpers/db.js';

t.test('migrations bring a new database to the latest user_version, and re-running is a no-op', async (t) => {
  const dir = tempDir(t);
  const db = openDatabase(join(dir, 'chronicle.db'));
  t.teardown(() => db.close());
  const migrations = loadMigrations();
  t.ok(migrations.length >= 1);
  t.same(migrate(db), migrations.map((m) => m.version));
  t.equal(db.pragma('user_version', { simple: true }), migrations.length);
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
  for (const table of ['articles', 'events', 'mentions', 'actors', 'event_actors', 'places', 'event_places', 'events_fts']) {
    t.ok(tables.includes(table), `table ${table} exists`);
  }
  t.same(migrate(db), [], 'nothing to apply the second time');
  t.equal(db.pragma('user_version', { simple: true }), migrations.length);
});

t.test('the file database is durable: WAL journal, synchronous FULL, foreign keys on', async (t) => {
  const db = openDatabase(join(tempDir(t), 'x.db'));
  t.teardown(() => db.close());
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  t.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL');
  t.equal(db.pragma('foreign_keys', { simple: true }), 1);
  t.equal(db.pragma('busy_timeout', { simple: true }), 5000);
});

t.test('a failing migration rolls back and leaves the previous version', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, '001_ok.sql'), 'CREATE TABLE a (x INTEGER);');
  writeFileSync(join(dir, '002_bad.sql'), 'CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);');
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  t.throws(() => migrate(db, loadMigrations(dir)), /missing/);
  t.equal(db.pragma('user_version', { simple: true }), 1);
  const tableB = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'`).get() as { n: number };
  t.equal(tableB.n, 0, 'the failed migration left no table behind');
});

t.test('a gap in migration numbers and a newer database are refused', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, '001_a.sql'), 'SELECT 1;');
  writeFileSync(join(dir, '003_c.sql'), 'SELECT 1;');
  t.throws(() => loadMigrations(dir), /expected version 2/);
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  db.pragma('user_version = 99');
  t.throws(() => migrate(db), /newer than this build/);
});

t.test('upgrading a version-1 database keeps its articles searchable', async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const all = loadMigrations();
  migrate(db, all.slice(0, 1));
  db.prepare(`INSERT INTO articles (id, title, body, reference_at, ingested_at, content_hash)
    VALUES ('art_1', 'Talks', 'Delegations met in Geneva.', '2025-07-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z', 'h')`).run();
  db.prepare(`INSERT INTO articles_fts (rowid, title, body) SELECT seq, title, body FROM articles`).run();
  migrate(db, all);
  const hits = db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"geneva"'`).all();
  t.equal(hits.length, 1);
});
