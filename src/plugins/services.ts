import fp from 'fastify-plugin';
import { sharedExtractorThread } from '../ingest/extractor-thread.js';
import { createIngestService, type IngestService } from '../ingest/ingest.js';

declare module 'fastify' {
  interface FastifyInstance {
    ingest: IngestService;
    /** The clock relative dates are resolved against (tests pin it). */
    clock: () => Date;
  }
}

export default fp<{ clock: () => Date }>(
  async (app, options) => {
    app.decorate('clock', options.clock);
    // Requests extract on the extraction thread, so the event loop keeps serving while they do.
    const thread = sharedExtractorThread();
    app.decorate('ingest', createIngestService(app.repos, { clock: options.clock, extractOffThread: thread.extract }));
  },
  { name: 'services', dependencies: ['db'] },
);
