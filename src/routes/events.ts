import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../plugins/errors.js';
import { IdParamsSchema, problems } from '../schemas/common.js';
import { EventDetailSchema, EventPageSchema, EventQuerySchema } from '../schemas/events.js';
import { decodeCursor, encodeCursor, filterDigest, nextPageUrl } from './cursor.js';
import { etagOf } from './etag.js';
import { presentEvent } from './present.js';

const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/events', {
    schema: {
      tags: ['events'],
      summary: 'Query the timeline',
      description:
        'Events whose [startDate, endDate] overlaps [from, to], filtered, sorted by startDate then id, in keyset pages. ' +
        'from/to take YYYY-MM-DD, YYYY-MM, YYYY or natural language ("last week"), resolved against the current time. ' +
        'The next page is in nextCursor and in the Link header (rel="next").',
      querystring: EventQuerySchema,
      response: { 200: EventPageSchema, ...problems(400, 429) },
    },
    handler: async (request, reply) => {
      const { cursor, limit, ...filters } = request.query;
      const digest = filterDigest(filters);
      const page = app.repos.events.page({
        from: filters.from?.startDate,
        to: filters.to?.endDate,
        types: filters.type,
        actor: filters.actor,
        place: filters.place,
        fts: filters.q,
        status: filters.status,
        minConfidence: filters.minConfidence,
        articleId: filters.articleId,
        descending: filters.sort === '-date',
        limit,
        after: cursor ? decodeCursor(cursor, digest) : undefined,
      });
      const nextCursor = page.last ? encodeCursor(page.last, digest) : null;
      if (nextCursor) reply.header('link', `<${nextPageUrl(request, nextCursor)}>; rel="next"`);
      return { data: page.data.map(presentEvent), nextCursor };
    },
  });

  app.get('/v1/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'Get an event with its citations',
      description:
        'The event and every mention of it: article, quote, character offsets in the article body, date expression. ' +
        'The ETag header is the event\'s version: send it as If-Match to PATCH or DELETE /v1/events/{id}.',
      params: IdParamsSchema('event', 'evt_01k0a8m3zq6h7c9d2e4f5g6h7j'),
      response: { 200: EventDetailSchema, ...problems(400, 404, 429) },
    },
    handler: async (request, reply) => {
      const event = app.repos.events.findById(request.params.id);
      const version = app.repos.changes.ofEvent(request.params.id);
      if (!event || !version) throw notFound(`No event with id "${request.params.id}".`);
      reply.header('etag', etagOf(version.seq));
      return { ...presentEvent(event), mentions: app.repos.events.mentions(event.id) };
    },
  });
};

export default eventRoutes;
