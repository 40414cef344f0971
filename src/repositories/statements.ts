import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../db/sqlite.js';

/**
 * Statements kept per cache: a few hundred shapes of filtered pages (filters × page sizes, whose
 * LIMIT is written into the SQL) cover what clients ask for; more are prepared again when used.
 */
const STATEMENTS_MAX = 256;

/**
 * Statements prepared once per distinct SQL text. Queries built from optional filters have a
 * small set of shapes, so caching by text keeps "prepare once" without one method per
 * combination; the least recently used leave beyond `max`, so a client cycling through page sizes
 * cannot grow it without bound.
 */
export function statementCache(db: SqliteDatabase, max = STATEMENTS_MAX): (sql: string) => Statement {
  const shaped = shapedStatementCache(db, max);
  return (sql) => shaped(sql, () => sql);
}

/**
 * Statements prepared once per shape: `shape` names the SQL that `sql()` writes (the same shape,
 * the same text), which is written only when no statement of that shape is held. A page query's
 * SQL is about a kilobyte: written and hashed as a key for every page it cost ~2 us of a page's
 * CPU, more for a page after a cursor (longer arms), where a shape of a few dozen characters costs
 * a small part of that. Least recently used leave beyond `max`, as in statementCache.
 */
export function shapedStatementCache(db: SqliteDatabase, max = STATEMENTS_MAX): (shape: string, sql: () => string) => Statement {
  const cache = new Map<string, Statement>();
  return (shape, sql) => {
    let statement = cache.get(shape);
    if (statement) {
      // Map order is insertion order: re-inserting marks it most recently used.
      cache.delete(shape);
    } else {
      statement = db.prepare(sql());
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(shape, statement);
    return statement;
  };
}
