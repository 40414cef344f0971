import Database from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite.js';

/** Pages copied per step: better-sqlite3's default, which keeps each lock on the source short. */
const BACKUP_STEP_PAGES = 100;

export interface BackupResult {
  /** Database pages copied. */
  pages: number;
}

/**
 * Copies a live database to `destination` with SQLite's online backup API: pages are copied in
 * steps, so a server can keep reading and writing the source meanwhile, and the copy is a
 * consistent snapshot. `destination` is overwritten.
 */
export async function backupDatabase(
  db: SqliteDatabase,
  destination: string,
  onProgress?: (copied: number, total: number) => void,
): Promise<BackupResult> {
  const { totalPages } = await db.backup(destination, {
    progress: ({ totalPages: total, remainingPages }) => {
      onProgress?.(total - remainingPages, total);
      return BACKUP_STEP_PAGES;
    },
  });
  // better-sqlite3 reports only the steps before the last one.
  onProgress?.(totalPages, totalPages);
  return { pages: totalPages };
}

/**
 * Backs up the database file at `source` without changing it: opened read-only, and it must
 * exist (a mistyped path would otherwise create and back up an empty database).
 */
export async function backupFile(
  source: string,
  destination: string,
  onProgress?: (copied: number, total: number) => void,
): Promise<BackupResult> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    return await backupDatabase(db, destination, onProgress);
  } finally {
    db.close();
  }
}
