import type { SqliteDatabase } from '../db/sqlite.js';
import { createArticleRepository } from './articles.js';
import { createChangeRepository } from './changes.js';
import { createCurationRepository } from './curation.js';
import { createEventRepository } from './events.js';
import { createHealthRepository } from './health.js';
import { createReferenceRepository } from './reference.js';

/**
 * True when a write failed because the row already exists (a unique key). Callers treat it as
 * "someone stored this first", without knowing which database raised it.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Every repository over one database, plus the unit-of-work boundary ingest needs. */
export function createRepositories(db: SqliteDatabase) {
  const articles = createArticleRepository(db);
  const events = createEventRepository(db);
  return {
    articles,
    events,
    curation: createCurationRepository(db),
    changes: createChangeRepository(db),
    reference: createReferenceRepository(db),
    health: createHealthRepository(db),
    /**
     * Runs `work` atomically: all its writes commit together or none do. It takes the write lock
     * when it begins (BEGIN IMMEDIATE, waiting up to busy_timeout): begun deferred, a transaction
     * that reads before it writes fails with SQLITE_BUSY_SNAPSHOT when another connection (the
     * ingest thread's) commits in between. Search rows the repositories leave to the end of the
     * outermost transaction are written just before it commits.
     */
    transaction<T>(work: () => T): T {
      if (db.inTransaction) return db.transaction(work).immediate();
      try {
        return db
          .transaction(() => {
            const result = work();
            articles.writePendingSearch();
            events.writePendingSearch();
            return result;
          })
          .immediate();
      } catch (error) {
        articles.dropPendingSearch();
        events.dropPendingSearch();
        throw error;
      }
    },
  };
}
