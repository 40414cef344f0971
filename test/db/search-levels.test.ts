import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { migrate } from '../../src/db/migrate.js';
import { decodeStructure, encodeStructure, levelOf, levelOfSize, liftOldestSegment } from '../../src/db/search-levels.js';
import { openDatabase, type SqliteDatabase } from '../../src/db/sqlite.js';

const WORDS = ['drone', 'missile', 'ceasefire', 'kyiv', 'odesa', 'talks', 'sanctions', 'prisoner', 'exchange', 'strike', 'energy', 'port', 'grain', 'envoy', 'summit'];
/** Row n's text: a few words and a number word of its own, so that the index has many terms. */
const text = (n: number) => `${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]} report${n} item${n % 97} batch${n % 13}`;

/** Every segment of `table`'s index as [level, segment id, first page, last page]. */
function segments(db: SqliteDatabase, table: string): number[][] {
  const { block } = db.prepare(`SELECT block FROM ${table}_data WHERE id = 10`).get() as { block: Buffer };
  return decodeStructure(block).levels.flatMap((level, index) => level.segments.map(([id, first, last]) => [index, Number(id), Number(first), Number(last)]));
}

const dir = mkdtempSync(join(tmpdir(), 'chronicle-levels-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/**
 * An FTS5 table of `rows` rows written in one commit (one segment, of many pages), in a file: the
 * lift is made through another connection (lift), as migrate makes it, for this one to read it.
 */
function bulkIndex(options: string, rows = 8000): SqliteDatabase {
  const db = openDatabase(join(dir, `t${files++}.db`));
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (body${options})`);
  const insert = db.prepare(`INSERT INTO t (rowid, body) VALUES (?, ?)`);
  db.transaction(() => {
    for (let n = 1; n <= rows; n++) insert.run(n, text(n));
  })();
  return db;
}

/** liftOldestSegment of `db`'s table t, through a connection of its own: the level it moved to. */
function lift(db: SqliteDatabase): number | null {
  const other = openDatabase(db.name);
  try {
    return liftOldestSegment(other, 't')?.to ?? null;
  } finally {
    other.close();
  }
}

const found = (db: SqliteDatabase, word: string) => db.prepare(`SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid`).pluck().all(word);
const check = (db: SqliteDatabase) => db.exec(`INSERT INTO t (t, rank) VALUES ('integrity-check', 1)`);

/** `commits` commits of 20 rows each after the bulk rows (rowids from 100,000). */
function commitRows(db: SqliteDatabase, commits: number): void {
  const insert = db.prepare(`INSERT INTO t (rowid, body) VALUES (?, ?)`);
  const from = 100_000 + ((db.prepare(`SELECT count(*) FROM t WHERE rowid >= 100000`).pluck().get() as number) ?? 0);
  for (let c = 0; c < commits; c++) db.transaction(() => {
    for (let n = from + 20 * c; n < from + 20 * (c + 1); n++) insert.run(n, text(n));
  })();
}

for (const [kind, options] of [
  ['an ordinary index', ''],
  ['a contentless index with deletes (tombstone fields)', ", content = '', contentless_delete = 1"],
] as const) {
  t.test(`${kind}: the bulk segment moves to the level of its size and is not rewritten by later commits`, async (t) => {
    const db = bulkIndex(options);
    t.teardown(() => db.close());
    const [[level, id, first, last]] = segments(db, 't');
    t.equal(level, 0, 'one segment on level 0 after the bulk commit');
    t.ok(last - first + 1 >= 16, `many pages (${last - first + 1})`);
    const before = WORDS.map((word) => found(db, word));
    t.equal(lift(db), levelOfSize(last - first + 1));
    t.same(segments(db, 't'), [[levelOfSize(last - first + 1), id, first, last]], 'the same segment, higher');
    check(db);
    t.same(WORDS.map((word) => found(db, word)), before, 'every word finds the same rows');
    commitRows(db, 40);
    t.ok(segments(db, 't').some(([, segid, f, l]) => segid === id && f === first && l === last), 'the bulk segment kept as it was');
    t.ok(segments(db, 't').length > 1, 'the commits left small segments of their own');
    check(db);
    t.same(found(db, 'report100799'), [100799], 'a row of a later commit is found');
    t.same(found(db, 'report17'), [17], 'a bulk row still is');
    if (options) {
      db.prepare(`DELETE FROM t WHERE rowid = ?`).run(17);
      t.same(found(db, 'report17'), [], 'a bulk row deleted after the lift is gone');
      check(db);
    }
  });
}

t.test('without the lift, the same commits rewrite the bulk segment (what the lift saves)', async (t) => {
  const db = bulkIndex('');
  t.teardown(() => db.close());
  const [[, id, first, last]] = segments(db, 't');
  commitRows(db, 40);
  // (its id may be given to a new small segment)
  t.notOk(segments(db, 't').some(([, segid, f, l]) => segid === id && f === first && l === last), 'the bulk segment was merged into a new one');
  t.ok(segments(db, 't').some(([, , f, l]) => l - f + 1 > last - first + 1), 'one larger than it holds its rows now');
});

t.test('the oldest segment is lifted from under the small segments of later commits; one high enough is left', async (t) => {
  const db = bulkIndex('');
  t.teardown(() => db.close());
  commitRows(db, 12);
  const before = segments(db, 't');
  // the oldest: the first of the highest level
  const top = Math.max(...before.map(([level]) => level));
  const oldestAt = before.findIndex(([level]) => level === top);
  const [, id, first, last] = before[oldestAt];
  t.equal(last - first + 1, Math.max(...before.map(([, , f, l]) => l - f + 1)), 'the oldest is the bulk segment');
  t.ok(before.length > 1, `small segments besides (${before.length - 1})`);
  const words = [...WORDS, 'report100011', 'report5'].map((word) => found(db, word));
  const level = lift(db)!;
  t.equal(level, levelOfSize(last - first + 1));
  const after = segments(db, 't');
  t.same(after.slice(0, -1), before.filter((_, i) => i !== oldestAt), 'every younger segment where it was, in its order');
  t.same(after.at(-1), [level, id, first, last], 'the oldest on a level of its own above them');
  check(db);
  t.same([...WORDS, 'report100011', 'report5'].map((word) => found(db, word)), words, 'every word finds the same rows');
  t.equal(lift(db), null, 'a second lift changes nothing');
  commitRows(db, 40);
  t.ok(segments(db, 't').some(([, segid, f, l]) => segid === id && f === first && l === last), 'the bulk segment kept through 40 more commits');
  check(db);
});

t.test('the structure record is read and written back byte for byte', async (t) => {
  for (const options of ['', ", content = '', contentless_delete = 1"]) {
    const db = bulkIndex(options, 300);
    commitRows(db, 9);
    const { block } = db.prepare(`SELECT block FROM t_data WHERE id = 10`).get() as { block: Buffer };
    t.ok(encodeStructure(decodeStructure(block)).equals(block), `round trip${options}`);
    db.close();
  }
});

t.test("migrate lifts a file database's lone event search segment, through a connection of its own", async (t) => {
  const path = join(dir, 'migrated.db');
  const db = openDatabase(path);
  migrate(db);
  const insert = db.prepare(`INSERT INTO events_fts (rowid, title, summary, quotes) VALUES (?, ?, ?, ?)`);
  db.transaction(() => {
    for (let n = 1; n <= 3000; n++) insert.run(n, text(n), text(n + 1), text(n + 2));
  })();
  t.equal(levelOf(db, 'events_fts'), 0, 'one segment on level 0');
  migrate(db);
  const level = levelOf(db, 'events_fts')!;
  t.ok(level > 0, `lifted to level ${level}`);
  // this connection, which wrote the index, reads the new record (another connection committed it)
  insert.run(100_001, 'walrus', 'walrus', 'walrus');
  t.equal(segments(db, 'events_fts').find(([, id]) => id === 1)?.[0], level, 'its own next commit keeps the lifted level');
  t.same(db.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH 'walrus OR report17'`).pluck().all(), [15, 16, 17, 100_001]);
  db.exec(`INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`);
  db.close();
});
