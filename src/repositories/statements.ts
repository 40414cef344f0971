import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../db/sqlite.js';

/**
 * Statements prepared once per distinct SQL text. Queries built from optional filters have a
 * small, bounded set of shapes, so caching by text keeps "prepare once" without one method per
 * combination.
 */
export function statementCache(db: SqliteDatabase): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
