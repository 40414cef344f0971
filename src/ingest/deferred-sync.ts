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

/** When the checkpoints between a batch's slices run (see deferredSync). */
export interface CheckpointTiming {
  /** Copies the log into the database file (by default a PASSIVE checkpoint on the connection). */
  checkpoint?: () => void;
  /** The longest stretch of slices without one. */
  everyMs?: number;
  /** Once this long has passed, one runs early when the writer would otherwise wait for extractions. */
  idleAfterMs?: number;
  /** The clock (performance.now by default). */
  now?: () => number;
}

/**
 * While the writer waits for extractions anyway (the extraction thread's start, or extraction
 * slower than writing), a checkpoint costs the batch no time: one runs then once this much of the
 * interval has passed, and the next is due a whole interval later. Not at once: every checkpoint
 * syncs the database file, whatever the size of the log.
 */
const IDLE_CHECKPOINT_AFTER_MS = BATCH_CHECKPOINT_EVERY_MS / 4;

/**
 * Batch slices committed with synchronous=NORMAL (in WAL mode still atomic and safe from
 * corruption, only not yet synced), then the write-ahead log synced once. Slices never checkpoint
 * in their commit (wal_autocheckpoint=0); a checkpoint runs between slices at most every
 * `everyMs`, counted from the first slice (the log is empty before it), and earlier when the writer
 * is idle (`idleAfterMs`), so the log starts again from its beginning. Each slice is a
 * `repos.transaction`, which takes the write lock when it begins. Every other transaction keeps the
 * connection's settings. None for an in-memory database (nothing to sync).
 *
 * The writer is the ingest thread (store-worker.ts), so the checkpoint blocks no request: it runs
 * on the writer's own connection, and the batch waits for it as it would for any checkpoint.
 */
export function deferredSync(
  db: SqliteDatabase,
  repos: Repositories,
  {
    checkpoint = () => checkpointPassive(db),
    everyMs = BATCH_CHECKPOINT_EVERY_MS,
    idleAfterMs = IDLE_CHECKPOINT_AFTER_MS,
    now = () => performance.now(),
  }: CheckpointTiming = {},
): DeferredSync | undefined {
  if (db.memory) return undefined;
  const full = db.pragma('synchronous', { simple: true }) as number;
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  // (from the first slice: a connection opened for a batch waits for the extraction thread's start)
  let checkpointedAt: number | undefined;
  return {
    transaction(work) {
      checkpointedAt ??= now();
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_autocheckpoint = 0');
      try {
        return repos.transaction(work);
      } finally {
        db.pragma(`synchronous = ${full}`);
        db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      }
    },
    async betweenSlices(writerIdle = false) {
      if (checkpointedAt === undefined) return;
      const since = now() - checkpointedAt;
      if (since < everyMs && !(writerIdle && since >= idleAfterMs)) return;
      checkpoint();
      checkpointedAt = now();
    },
    sync: () => syncLog(db.name),
  };
}
