import fp from 'fastify-plugin';
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
    app.decorate('ingest', createIngestService(app.repos, { clock: options.clock }));
  },
  { name: 'services', dependencies: ['db'] },
);
