import { type FileHandle, open } from 'node:fs/promises';
import fp from 'fastify-plugin';
import type { SqliteDatabase } from '../db/sqlite.js';
import { createCheckpointThread, type CheckpointThread } from '../ingest/checkpoint-thread.js';
import { sharedExtractorThread, type ExtractorThread } from '../ingest/extractor-thread.js';
import { createIngestService, type DeferredSync, type IngestService } from '../ingest/ingest.js';
import type { Repositories } from '../repositories/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    ingest: IngestService;
    /** The process's extraction thread: the main thread never loads the extractor and its gazetteer. */
    extractor: ExtractorThread;
    /** The clock relative dates are resolved against (tests pin it). */
    clock: () => Date;
  }
}

/**
 * While a batch is written, the checkpoint thread copies the write-ahead log into the database file
 * about this often, and the next slice waits for it: a checkpoint that races the writer never
 * catches up, so the log could never start again from its beginning and would grow by the whole
 * batch (387 MB for 1,000 articles on 1M events), and every page a read looks for in the database
 * file is first looked for in each 4,096-frame part of the log.
 */
const BATCH_CHECKPOINT_EVERY_MS = 1000;

/**
 * Batch slices committed with synchronous=NORMAL (in WAL mode still atomic and safe from
 * corruption, only not yet synced), then the write-ahead log synced once, off the event loop.
 * Slices never checkpoint in their commit (wal_autocheckpoint=0): the checkpoint thread copies the
 * log into the database file, between slices and after the batch. Every other transaction keeps
 * the connection's settings: they are back before any other request runs. None for an in-memory
 * database (nothing to sync).
 */
export function deferredSync(
  db: SqliteDatabase,
  repos: Repositories,
  checkpoints?: CheckpointThread,
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
      if (!checkpoints || performance.now() - checkpointedAt < checkpointEveryMs) return;
      checkpoints.request();
      await checkpoints.settled();
      checkpointedAt = performance.now();
    },
    async sync() {
      // fsync makes the file's data durable whichever descriptor asks; frames already moved into
      // the database file by a checkpoint were synced by it. On the thread pool: the event loop
      // serves reads meanwhile.
      let log: FileHandle;
      try {
        log = await open(`${db.name}-wal`, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      try {
        await log.sync();
      } finally {
        await log.close();
      }
      checkpoints?.request();
    },
  };
}

export default fp<{ clock: () => Date }>(
  async (app, options) => {
    app.decorate('clock', options.clock);
    // Requests extract on the extraction thread, so the event loop keeps serving while they do.
    const thread = sharedExtractorThread();
    app.decorate('extractor', thread);
    const checkpoints = app.db.memory ? undefined : createCheckpointThread(app.db.name, (error) => app.log.error({ err: error }, 'checkpoint failed'));
    if (checkpoints) app.addHook('onClose', () => checkpoints.close());
    app.decorate(
      'ingest',
      createIngestService(app.repos, {
        clock: options.clock,
        extractOffThread: thread.extract,
        deferredSync: deferredSync(app.db, app.repos, checkpoints),
      }),
    );
  },
  { name: 'services', dependencies: ['db'] },
);
