import { join } from 'node:path';
import t from 'tap';
import Database from 'better-sqlite3';
import { buildBenchDatabase } from '../bench/data.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase, type SqliteDatabase } from '../src/db/sqlite.js';
import { createRepositories } from '../src/repositories/index.js';
import { tempDir } from './helpers/db.js';

const EVENTS = 1_500;

const rows = (db: SqliteDatabase, sql: string) => db.prepare(sql).raw().all();

/**
 * The bench database's base rows written again the way the API writes them: each row inserted
 * with every trigger in place (event cards, change feed, span bound), articles' search rows as the
 * article repository adds them, and each event's counts and search row from the event
 * repository's refresh.
 */
function replayThroughRepositories(bench: string): SqliteDatabase {
  const db = openDatabase(':memory:');
  migrate(db);
  db.prepare(`ATTACH DATABASE ? AS bench`).run(bench);
  const repos = createRepositories(db);
  db.transaction(() => {
    db.exec(`INSERT INTO actors SELECT * FROM bench.actors ORDER BY id;
      INSERT INTO places SELECT * FROM bench.places ORDER BY id`);
    const articleSearch = db.prepare(`INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`);
    const insertArticle = db.prepare(`INSERT INTO articles SELECT * FROM bench.articles WHERE seq = ?`);
    for (const { seq, title, body } of db.prepare(`SELECT seq, title, body FROM bench.articles ORDER BY seq`).all() as Array<{ seq: number; title: string; body: string }>) {
      insertArticle.run(seq);
      articleSearch.run(seq, title, body);
    }
    const insertEvent = db.prepare(`INSERT INTO events SELECT * FROM bench.events WHERE seq = ?`);
    const linkActors = db.prepare(`INSERT INTO event_actors SELECT * FROM bench.event_actors WHERE event_id = ?`);
    const linkPlaces = db.prepare(`INSERT INTO event_places SELECT * FROM bench.event_places WHERE event_id = ?`);
    const events = db.prepare(`SELECT seq, id, updated_at AS updatedAt FROM bench.events ORDER BY seq`).all() as Array<{ seq: number; id: string; updatedAt: string }>;
    for (const { seq, id } of events) {
      insertEvent.run(seq);
      linkActors.run(id);
      linkPlaces.run(id);
    }
    db.exec(`INSERT INTO mentions SELECT * FROM bench.mentions ORDER BY id`);
    // Recounts mentions and sources and rewrites the search row; keeps the update time it is given.
    for (const { id, updatedAt } of events) repos.events.refresh(id, updatedAt);
  })();
  return db;
}

/** Every term occurrence (term, row, column, offset) of a search index. */
function searchInstances(db: SqliteDatabase, table: string): unknown[] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_instances USING fts5vocab(main, ${table}, instance)`);
  return rows(db, `SELECT term, doc, col, offset FROM temp.${table}_instances ORDER BY term, doc, col, offset`);
}

t.test('a bench database holds what the API would have stored for the same rows', async (t) => {
  const path = join(tempDir(t), 'bench.db');
  const summary = buildBenchDatabase(EVENTS, path);
  t.equal(summary.events, EVENTS);
  t.ok(summary.articles > EVENTS / 10 && summary.mentions >= EVENTS, 'articles and mentions generated alongside');

  const bench = openDatabase(path);
  t.teardown(() => bench.close());
  const replayed = replayThroughRepositories(path);
  t.teardown(() => replayed.close());

  t.equal(bench.pragma('journal_mode', { simple: true }), 'wal', 'left as a normal WAL database');
  t.equal(bench.pragma('integrity_check', { simple: true }), 'ok');
  t.same(
    rows(bench, `SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name`),
    rows(replayed, `SELECT type, name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name`),
    'the schema the migrations create: every index and trigger in place',
  );
  // The search tables' settings too: the load fills them with a larger term buffer, which must not stay behind.
  const tables = ['events', 'articles', 'mentions', 'event_actors', 'event_places', 'event_cards', 'event_span_bound', 'events_fts_config', 'articles_fts_config', 'event_actor_keys', 'event_place_keys'];
  for (const table of tables) {
    const order = table === 'event_cards' ? '1, 2, 3' : table.endsWith('_keys') ? '1, 2, 3, 4, 5' : '1, 2';
    t.same(rows(bench, `SELECT * FROM ${table} ORDER BY ${order}`), rows(replayed, `SELECT * FROM main.${table} ORDER BY ${order}`), `${table}: same rows`);
  }
  t.equal(rows(bench, `SELECT * FROM event_cards`).length, EVENTS, 'one card per event');
  // (the event search index keeps no text since migration 012: its rows, then its terms below)
  t.same(
    rows(bench, `SELECT rowid FROM events_fts ORDER BY rowid`),
    rows(replayed, `SELECT rowid FROM main.events_fts ORDER BY rowid`),
    'event search rows: one per event, as the event repository writes them',
  );
  for (const table of ['events_fts', 'articles_fts']) {
    t.doesNotThrow(() => bench.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`), `${table} agrees with its rows`);
    t.same(searchInstances(bench, table), searchInstances(replayed, table), `${table}: the same terms at the same places`);
  }
  // The feed: every event once, in the order of its last update (the API stamps the time of the
  // write instead, which a load of past events cannot have).
  t.same(
    rows(bench, `SELECT event_id, changed_at, deleted FROM event_changes ORDER BY change_seq`),
    rows(bench, `SELECT id, updated_at, 0 FROM events ORDER BY updated_at, id`),
    'change feed in update order, stamped with the update time',
  );
  t.equal(
    (bench.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'event_changes'`).pluck().get() as number),
    EVENTS,
    'the feed sequence continues after the loaded events',
  );
});

t.test('the same seed builds the same database', async (t) => {
  const dir = tempDir(t);
  const dump = (path: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return ['events', 'articles', 'mentions', 'event_cards'].map((table) => rows(db, `SELECT * FROM ${table} ORDER BY 1, 2`));
    } finally {
      db.close();
    }
  };
  buildBenchDatabase(300, join(dir, 'a.db'));
  buildBenchDatabase(300, join(dir, 'b.db'));
  t.same(dump(join(dir, 'a.db')), dump(join(dir, 'b.db')));
});
