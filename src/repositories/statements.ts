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
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (statement) {
      // Map order is insertion order: re-inserting marks it most recently used.
      cache.delete(sql);
    } else {
      statement = db.prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
}
