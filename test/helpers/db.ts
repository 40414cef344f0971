import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { migrate, type Migration } from '../../src/db/migrate.js';
import { projectRoot } from '../../src/db/paths.js';
import { openDatabase, type SqliteDatabase } from '../../src/db/sqlite.js';
import { createRepositories, type Repositories } from '../../src/repositories/index.js';
import type { EventFields } from '../../src/repositories/types.js';
import type { ArticleSubmission } from '../../src/ingest/ingest.js';

/** A fresh, migrated in-memory database for one test, closed when the test ends. */
export function testDatabase(t: Test): { db: SqliteDatabase; repos: Repositories } {
  const db = openDatabase(':memory:');
  migrate(db);
  t.teardown(() => db.close());
  return { db, repos: createRepositories(db) };
}

/** Later migrations adding columns today's repositories read and write (015: places.division). */
const READ_BY_TODAYS_REPOSITORIES = new Set(['015_place_divisions.sql']);

/**
 * Brings `db` to its first `version` migrations for an upgrade test whose old data today's repositories write: the
 * later migrations adding what they read are applied ahead (they touch nothing the older ones do). Returns the
 * migrations to upgrade with, those applied ahead left empty.
 */
export function migrateForTodaysRepositories(db: SqliteDatabase, migrations: Migration[], version: number): Migration[] {
  migrate(db, migrations.slice(0, version));
  const ahead = migrations.filter((m) => m.version > version && READ_BY_TODAYS_REPOSITORIES.has(m.name));
  for (const m of ahead) db.exec(m.sql);
  return migrations.map((m) => (ahead.includes(m) ? { ...m, sql: '' } : m));
}

/** A temporary directory removed when the test ends. */
export function tempDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated database file in a temporary directory (as the server leaves it before any write), closed when the test ends. */
export function databaseFile(t: Test, name = 'chronicle.db'): { path: string; db: SqliteDatabase; repos: Repositories } {
  const path = join(tempDir(t), name);
  const db = openDatabase(path);
  migrate(db);
  t.teardown(() => db.close());
  return { path, db, repos: createRepositories(db) };
}

/** Stores a new article each call ("Report 1", "Report 2" ..., each its own publisher), returning its id. */
export function articleMaker(repos: Repositories, ingestedAt: string, body = 'They spoke.'): () => string {
  let articles = 0;
  return () =>
    repos.articles.insert({
      title: `Report ${++articles}`,
      body,
      url: null,
      source: `source-${articles}.example`,
      publishedAt: '2025-07-04',
      referenceAt: '2025-07-04T00:00:00.000Z',
      ingestedAt,
      contentHash: `hash-${articles}`,
    });
}

export function eventFields(overrides: Partial<EventFields> = {}): EventFields {
  return {
    type: 'phone_call',
    title: 'Phone call between Alice Example and Bob Example',
    summary: 'Alice Example and Bob Example spoke by phone about a truce.',
    startDate: '2025-07-03',
    endDate: '2025-07-03',
    datePrecision: 'day',
    dateCertainty: 'relative',
    status: 'occurred',
    confidence: 0.8,
    actors: [
      { name: 'Alice Example', kind: 'person' },
      { name: 'Bob Example', kind: 'person' },
    ],
    places: [],
    ...overrides,
  };
}

/** A writer's corpus kept unread through a session (its README says so): no test reads its text, so none can print it. */
export const UNREAD_CORPORA = new Set<string>(['dev-za']);

/** The body of every article of every development corpus (dev, dev-b ...; never a held-out or unread set), set and file order. */
export function devCorpusBodies(): string[] {
  const root = join(projectRoot(), 'test/fixtures/corpus');
  return readdirSync(root)
    .filter((set) => set.startsWith('dev') && !UNREAD_CORPORA.has(set))
    .sort()
    .flatMap((set) =>
      readdirSync(join(root, set))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => (JSON.parse(readFileSync(join(root, set, file), 'utf8')) as { body: string }).body),
    );
}

/** The first `count` articles of the dev corpus (file order), as submitted to the API. */
export function devCorpusArticles(count: number): ArticleSubmission[] {
  const dir = join(projectRoot(), 'test/fixtures/corpus/dev');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .slice(0, count)
    .map((file) => {
      const { title, body, publishedAt, url, source } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ArticleSubmission;
      return { title, body, publishedAt, url, source };
    });
}

export const sampleArticle = {
  title: 'Leaders speak by phone as strikes continue',
  body: 'Alice Example and Bob Example spoke by phone on Thursday. Drones hit Kharkiv overnight.',
  publishedAt: '2025-07-05T09:30:00+03:00',
  url: 'https://news.example.com/2025/07/05/leaders-call',
  source: 'Example News',
};
