import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemError } from '../plugins/errors.js';
import { problems } from '../schemas/common.js';
import { HealthSchema, ReadySchema } from '../schemas/reference.js';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', {
    config: { rateLimit: false },
    schema: {
      tags: ['health'],
      summary: 'Liveness',
      description: 'The process is up and serving requests.',
      response: { 200: HealthSchema },
    },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/ready', {
    config: { rateLimit: false },
    schema: {
      tags: ['health'],
      summary: 'Readiness',
      description:
        "The database answers and accepts writes (a write is made and rolled back). 503 otherwise. `extraction` says whether the extraction thread is warm: a batch posted before it is also pays the thread's start.",
      response: { 200: ReadySchema, ...problems(503) },
    },
    handler: async (request) => {
      try {
        app.repos.health.checkWritable(app.clock().toISOString());
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        throw new ProblemError(503, 'The database is not reachable or not writable.');
      }
      return { status: 'ready' as const, extraction: app.extractor.readiness() };
    },
  });
};

export default healthRoutes;
