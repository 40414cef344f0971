import type { SqliteDatabase } from '../../src/db/sqlite.js';

/** How many segments each search index, events_fts then articles_fts, is stored in (FTS5's %_idx lists every segment). */
export function searchIndexSegments(db: SqliteDatabase): number[] {
  return ['events_fts', 'articles_fts'].map((index) => db.prepare(`SELECT count(DISTINCT segid) FROM ${index}_idx`).pluck().get() as number);
}
