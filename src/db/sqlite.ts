import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/**
 * Opens the embedded store. WAL lets readers run while one writer commits; synchronous=FULL
 * fsyncs the WAL on every commit, so an acknowledged write survives a power loss (NORMAL would
 * only survive a process crash). busy_timeout makes a second process wait for the write lock
 * instead of failing at once.
 */
export function openDatabase(path: string): SqliteDatabase {
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs `work` with defensive mode (better-sqlite3's default) off: SQL may then write FTS5's shadow tables. */
export function unguarded(db: SqliteDatabase, work: () => void): void {
  db.unsafeMode(true);
  try {
    work();
  } finally {
    db.unsafeMode(false);
  }
}
