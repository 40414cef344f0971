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
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  // A content hash is kept unique by a trigger (articles_content_unique), which raises the same words.
  return code === 'SQLITE_CONSTRAINT_TRIGGER' && typeof message === 'string' && message.startsWith('UNIQUE constraint failed');
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Every repository over one database, plus the unit-of-work boundary ingest needs. */
export function createRepositories(db: SqliteDatabase) {
  // Search rows are left to the end of a transaction only while transaction() below runs one: it
  // alone writes them before committing (another transaction would leave them pending after it).
  let searchDeferred = false;
  const deferSearch = () => searchDeferred;
  const articles = createArticleRepository(db, { deferSearch });
  const events = createEventRepository(db, { deferSearch });
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
      if (db.inTransaction) {
        // a savepoint: rolled back, it takes back the counts its work left pending
        const mark = events.pendingCountsMark();
        try {
          return db.transaction(work).immediate();
        } catch (error) {
          events.rollbackPendingCounts(mark);
          events.forgetHeldSearch();
          throw error;
        }
      }
      try {
        return db
          .transaction(() => {
            searchDeferred = true;
            try {
              const result = work();
              events.writePendingCounts();
              articles.writePendingSearch();
              events.writePendingSearch();
              return result;
            } finally {
              searchDeferred = false;
            }
          })
          .immediate();
      } catch (error) {
        events.dropPendingCounts();
        articles.dropPendingSearch();
        events.dropPendingSearch();
        throw error;
      }
    },
  };
}
