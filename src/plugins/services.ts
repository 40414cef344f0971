import { closeSync, fsyncSync, openSync } from 'node:fs';
import fp from 'fastify-plugin';
import type { SqliteDatabase } from '../db/sqlite.js';
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
 * Batch slices committed with synchronous=NORMAL (in WAL mode still atomic and safe from
 * corruption, only not yet synced), then the write-ahead log synced once. Every other
 * transaction keeps the connection's FULL: the setting is back before any other request runs.
 * None for an in-memory database (nothing to sync).
 */
export function deferredSync(db: SqliteDatabase, repos: Repositories): DeferredSync | undefined {
  if (db.memory) return undefined;
  const full = db.pragma('synchronous', { simple: true }) as number;
  return {
    transaction(work) {
      db.pragma('synchronous = NORMAL');
      try {
        return repos.transaction(work);
      } finally {
        db.pragma(`synchronous = ${full}`);
      }
    },
    sync() {
      // fsync makes the file's data durable whichever descriptor asks; frames already moved into
      // the database file by a checkpoint were synced by it.
      let log: number;
      try {
        log = openSync(`${db.name}-wal`, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      try {
        fsyncSync(log);
      } finally {
        closeSync(log);
      }
    },
  };
}

export default fp<{ clock: () => Date }>(
  async (app, options) => {
    app.decorate('clock', options.clock);
    // Requests extract on the extraction thread, so the event loop keeps serving while they do.
    const thread = sharedExtractorThread();
    app.decorate('extractor', thread);
    app.decorate(
      'ingest',
      createIngestService(app.repos, {
        clock: options.clock,
        extractOffThread: thread.extract,
        deferredSync: deferredSync(app.db, app.repos),
      }),
    );
  },
  { name: 'services', dependencies: ['db'] },
);
