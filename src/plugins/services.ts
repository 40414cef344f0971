import fp from 'fastify-plugin';
import { sharedExtractorThread, type ExtractorThread } from '../ingest/extractor-thread.js';
import { createIngestService, type IngestService } from '../ingest/ingest.js';
import { betweenWriterSlices } from '../ingest/read-pressure.js';

declare module 'fastify' {
  interface FastifyInstance {
    ingest: IngestService;
    /**
     * The process's ingest threads: the main thread never loads the event layer and its gazetteer
     * (only the date layer, which parses date query parameters), so `ingest` is given no in-line
     * extractor here: the synchronous ingestArticle/ingestBatch are the CLI's.
     */
    extractor: ExtractorThread;
    /** The clock relative dates are resolved against (tests pin it). */
    clock: () => Date;
  }
}

export default fp<{ clock: () => Date; extractionThreads?: number }>(
  async (app, options) => {
    app.decorate('clock', options.clock);
    // Requests extract on the ingest thread, and batches are written there on its own connection,
    // so the event loop keeps serving while they are. (An in-memory database exists only on this
    // connection: its batches are written here, in slices.)
    const thread = sharedExtractorThread({ extractionThreads: options.extractionThreads });
    app.decorate('extractor', thread);
    const path = app.db.name;
    app.decorate(
      'ingest',
      createIngestService(app.repos, {
        clock: options.clock,
        extractOffThread: thread.extract,
        // A single article is written between the writer thread's slices, not behind them.
        singleWrite: betweenWriterSlices,
        writeBatchOffThread: app.db.memory ? undefined : (submissions, now, listeners) => thread.writeBatch(path, submissions, now, listeners),
      }),
    );
  },
  { name: 'services', dependencies: ['db'] },
);
