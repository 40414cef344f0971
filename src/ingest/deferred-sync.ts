import { type FileHandle, open } from 'node:fs/promises';
import type { SqliteDatabase } from '../db/sqlite.js';
import type { Repositories } from '../repositories/index.js';
import type { DeferredSync } from './ingest.js';

/**
 * While a batch is written, the write-ahead log is copied into the database file about this often,
 * and the next slice waits for it: a checkpoint that races the writer never catches up, so the log
 * could never start again from its beginning and would grow by the whole batch (387 MB for 1,000
 * articles on 1M events), and every page a read looks for in the database file is first looked for
 * in each 4,096-frame part of the log.
 */
const BATCH_CHECKPOINT_EVERY_MS = 1000;

/** Copies what it can of the log into the database file without waiting for readers or writers. */
export function checkpointPassive(db: SqliteDatabase): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}

/**
 * Makes every commit in the write-ahead log of the database at `path` durable: fsync makes a file's
 * data durable whichever descriptor (or thread) asks, and frames already moved into the database
 * file by a checkpoint were synced by it. On the thread pool, so the calling event loop is free.
 */
export async function syncLog(path: string): Promise<void> {
  let log: FileHandle;
  try {
    log = await open(`${path}-wal`, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await log.sync();
  } finally {
    await log.close();
  }
}

/**
 * Batch slices committed with synchronous=NORMAL (in WAL mode still atomic and safe from
 * corruption, only not yet synced), then the write-ahead log synced once. Slices never checkpoint
 * in their commit (wal_autocheckpoint=0); `checkpoint` runs between slices about every
 * `checkpointEveryMs` instead, so the log starts again from its beginning. Each slice is a
 * `repos.transaction`, which takes the write lock when it begins. Every other transaction keeps the
 * connection's settings. None for an in-memory database (nothing to sync).
 *
 * The writer is the ingest thread (extract-worker.ts), so the checkpoint blocks no request: it runs
 * on the writer's own connection, and the batch waits for it as it would for any checkpoint.
 */
export function deferredSync(
  db: SqliteDatabase,
  repos: Repositories,
  checkpoint: () => void = () => checkpointPassive(db),
  checkpointEveryMs = BATCH_CHECKPOINT_EVERY_MS,
): DeferredSync | undefined {
  if (db.memory) return undefined;
  const full = db.pragma('synchronous', { simple: true }) as number;
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  let checkpointedAt = performance.now();
  return {
    transaction(work) {
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_autocheckpoint = 0');
      try {
        return repos.transaction(work);
      } finally {
        db.pragma(`synchronous = ${full}`);
        db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      }
    },
    async betweenSlices() {
      if (performance.now() - checkpointedAt < checkpointEveryMs) return;
      checkpoint();
      checkpointedAt = performance.now();
    },
    sync: () => syncLog(db.name),
  };
}
