import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ArticleInputSchema } from '../schemas/articles.js';
import { problems } from '../schemas/common.js';
import { ExtractResultSchema } from '../schemas/reference.js';
import { presentExtractedEvent } from './present.js';

const extractRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/v1/extract', {
    // Stores nothing, so it needs no token: it is a computation, like a GET with a body.
    config: { storesNothing: true },
    schema: {
      tags: ['extract'],
      summary: 'Extract events and dates without storing',
      description:
        'Runs the extractor on an article (same body as POST /v1/articles) and returns the events and every date expression found. ' +
        'Nothing is stored, so no token is needed.',
      body: ArticleInputSchema,
      response: { 200: ExtractResultSchema, ...problems(400, 413, 415, 429) },
    },
    handler: async (request) => {
      const { title, body, publishedAt } = request.body;
      // On the extraction thread, like ingest: the event loop keeps serving, and the main thread
      // never loads the extractor's gazetteer (a second copy of ~100 MB).
      const result = await app.extractor.extract({ title, body, publishedAt }, app.clock());
      return {
        events: result.events.map(presentExtractedEvent),
        dates: result.dates
          .filter((date) => date.value !== null && date.span !== null)
          .map((date) => ({
            text: date.text,
            charStart: date.charStart,
            charEnd: date.charEnd,
            value: date.value!,
            precision: date.span!.precision,
          })),
      };
    },
  });
};

export default extractRoutes;
