import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase, type SqliteDatabase } from '../../src/db/sqlite.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { contentHash, createIngestService, type ArticleSubmission } from '../../src/ingest/ingest.js';
import { createRepositories, isUniqueViolation } from '../../src/repositories/index.js';
import { databaseFile, migrateForTodaysRepositories, tempDir, testDatabase } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

// Migration 013: the duplicate lookup by content hash is keyed by the hash's first 12 hex digits
// (articles_content_key); the whole hash is compared, and a trigger keeps it unique as the UNIQUE
// constraint the table was rebuilt without did.

const NOW = new Date('2025-07-05T12:00:00.000Z');
const AT = '2025-07-05T12:00:00.000Z';

function insertArticle(db: SqliteDatabase, id: string, hash: string, url: string | null = null): void {
  db.prepare(`INSERT INTO articles (id, title, body, url, reference_at, ingested_at, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(id, `Title ${id}`, `Ministers met in Vienna (${id}).`, url, AT, AT, hash);
}

const hashOf = (prefix: string, rest: string) => prefix.padEnd(12, '0') + rest.padEnd(52, '0');

t.test('the content key: one 12-digit prefix holds two hashes, each found by its whole hash; a stored hash is refused again', async (t) => {
  const { db, repos } = testDatabase(t);
  const first = hashOf('abc', 'd');
  const sharedPrefix = hashOf('abc', 'e');
  insertArticle(db, 'art_a', first);
  insertArticle(db, 'art_b', sharedPrefix);
  t.equal(repos.articles.findDuplicate(null, first), 'art_a');
  t.equal(repos.articles.findDuplicate(null, sharedPrefix), 'art_b');
  t.equal(repos.articles.findDuplicate(null, hashOf('abc', 'f')), undefined, 'same prefix, another hash: no duplicate');
  t.equal(repos.articles.findDuplicate(null, hashOf('abd', 'd')), undefined, 'same tail, another prefix: no duplicate');
  const refused = (write: () => void) => {
    try {
      write();
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const again = refused(() => insertArticle(db, 'art_c', first));
  t.match(String(again), /UNIQUE constraint failed: articles\.content_hash/);
  t.ok(isUniqueViolation(again), 'told as a unique key, as the UNIQUE constraint was');
  const updated = refused(() => db.prepare(`UPDATE articles SET content_hash = ? WHERE id = 'art_b'`).run(first));
  t.ok(isUniqueViolation(updated), 'an update onto a stored hash is refused too');
  t.equal(refused(() => db.prepare(`UPDATE articles SET content_hash = ? WHERE id = 'art_b'`).run(hashOf('0ff', ''))), undefined);
  t.equal(refused(() => db.prepare(`UPDATE articles SET title = 'Renamed' WHERE id = 'art_a'`).run()), undefined, 'other columns update freely');
  t.equal(repos.articles.count(), 2);
});

t.test('the duplicate lookup and the trigger are served by the content key', async (t) => {
  const { db } = testDatabase(t);
  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join('; ');
  t.match(
    plan(`SELECT id FROM articles WHERE substr(content_hash, 1, 12) = substr(@hash, 1, 12) AND content_hash = @hash`, { hash: 'x' }),
    /SEARCH articles USING INDEX articles_content_key/,
  );
  // the trigger's lookup, as SQLite plans it in a statement of its own
  t.match(
    plan(`SELECT 1 FROM articles WHERE substr(content_hash, 1, 12) = substr(?, 1, 12) AND content_hash = ?`, 'x', 'x'),
    /USING INDEX articles_content_key/,
  );
  const indexes = db.prepare(`SELECT name FROM pragma_index_list('articles')`).pluck().all();
  t.notOk(indexes.some((name) => String(name).startsWith('sqlite_autoindex_articles_2')), 'no index of the whole hash');
});

t.test('an article another connection stores with the same text under another url: answered as a copy', async (t) => {
  const { path, repos } = databaseFile(t);
  const other = openDatabase(path);
  t.teardown(() => other.close());
  const otherIngest = createIngestService(createRepositories(other), { clock: () => NOW, extract: () => ({ events: [], dates: [] }) });
  const submission = (n: number, url: string): ArticleSubmission => ({ title: `Envoys report ${n}`, body: `The envoys reported progress (${n}).`, url });
  const extract = async (input: { title: string }): Promise<ExtractionResult> => {
    // the other writer stores the same text under its own url while it is extracted here
    if (input.title === 'Envoys report 2') otherIngest.ingestArticle(submission(2, 'https://mirror.example.net/2'));
    return { events: [extractedCall()], dates: [] };
  };
  const ingest = createIngestService(repos, { clock: () => NOW, extractOffThread: extract });
  const results = await ingest.ingestBatchInSlices([submission(1, 'https://example.org/1'), submission(2, 'https://example.org/2'), submission(3, 'https://example.org/3')]);
  t.same(results.map((result) => result.status), ['created', 'duplicate', 'created']);
  const stored = repos.articles.findDuplicate(null, contentHash('Envoys report 2', 'The envoys reported progress (2).'));
  t.equal(results[1].status !== 'failed' && results[1].article.id, stored, 'the other connection’s article');
  t.equal(repos.articles.count(), 3);
});

t.test('upgrading a version-12 database keeps every article, its seq, its mentions and its search rows', async (t) => {
  const db = openDatabase(join(tempDir(t), 'v12.db'));
  t.teardown(() => db.close());
  const all = migrateForTodaysRepositories(db, loadMigrations(), 12);
  const repos = createRepositories(db);
  const ingest = createIngestService(repos, { clock: () => NOW, extract: () => ({ events: [extractedCall()], dates: [] }) });
  for (let n = 1; n <= 5; n++) ingest.ingestArticle({ title: `Talks round ${n}`, body: `Delegations met in Geneva, round ${n}.`, url: `https://example.org/${n}` });
  const before = db.prepare(`SELECT seq, id, title, body, url, source, published_at, reference_at, ingested_at, content_hash FROM articles ORDER BY seq`).all();
  const mentions = db.prepare(`SELECT event_id, article_id FROM mentions ORDER BY id`).all();
  t.same(migrate(db, all), all.slice(12).map((m) => m.version));
  t.same(db.prepare(`SELECT seq, id, title, body, url, source, published_at, reference_at, ingested_at, content_hash FROM articles ORDER BY seq`).all(), before);
  t.same(db.prepare(`SELECT event_id, article_id FROM mentions ORDER BY id`).all(), mentions);
  t.equal(db.pragma('foreign_keys', { simple: true }), 1, 'foreign keys on again');
  t.same(db.pragma('foreign_key_check'), []);
  t.equal(db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'geneva'`).pluck().get(), 5);
  // deleting an article still takes its mentions with it (the references to the rebuilt table)
  const upgraded = createRepositories(db);
  const first = (before[0] as { id: string }).id;
  t.ok(upgraded.articles.delete(first));
  t.equal(db.prepare(`SELECT count(*) FROM mentions WHERE article_id = ?`).pluck().get(first), 0);
  t.equal(upgraded.articles.findDuplicate(null, (before[1] as { content_hash: string }).content_hash), (before[1] as { id: string }).id);
  t.equal(upgraded.articles.findDuplicate(null, (before[0] as { content_hash: string }).content_hash), undefined);
});

t.test('a migration that leaves a broken reference is rolled back, and foreign keys are on again', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, '001_tables.sql'), 'CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));');
  writeFileSync(join(dir, '002_orphan.sql'), 'INSERT INTO child VALUES (7);');
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  t.throws(() => migrate(db, loadMigrations(dir)), /002_orphan\.sql leaves 1 broken references \(child -> parent\)/);
  t.equal(db.pragma('user_version', { simple: true }), 1);
  t.equal(db.prepare(`SELECT count(*) FROM child`).pluck().get(), 0);
  t.equal(db.pragma('foreign_keys', { simple: true }), 1);
});
