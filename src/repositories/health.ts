import type { SqliteDatabase } from '../db/sqlite.js';

export type HealthRepository = ReturnType<typeof createHealthRepository>;

export function createHealthRepository(db: SqliteDatabase) {
  const probe = db.prepare(`INSERT INTO readiness_probe (checked_at) VALUES (?)`);
  return {
    /**
     * Proves the database answers and accepts writes: takes the write lock, writes a row and
     * rolls it back, so probing leaves nothing behind. Throws when either fails.
     */
    checkWritable(now: string): void {
      const writeThenRollBack = db.transaction(() => {
        probe.run(now);
        throw new RollbackProbe();
      });
      try {
        writeThenRollBack();
      } catch (error) {
        if (!(error instanceof RollbackProbe)) throw error;
      }
    },
  };
}

class RollbackProbe extends Error {}
