import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EVENT_TYPES, type EventType } from '../domain/taxonomy.js';
import { invalidField } from '../plugins/errors.js';
import { problems } from '../schemas/common.js';
import {
  ActorListSchema,
  EventTypeListSchema,
  NameQuerySchema,
  PlaceListSchema,
  TIMELINE_MAX_BUCKETS,
  TimelineQuerySchema,
  TimelineSchema,
} from '../schemas/reference.js';
import { bucketsBetween, bucketStart } from './buckets.js';

const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/event-types', {
    schema: {
      tags: ['reference'],
      summary: 'The event taxonomy',
      description: 'Every event type id with its label, description, CAMEO and ACLED codes, and how many events it has.',
      response: { 200: EventTypeListSchema, ...problems(429) },
    },
    handler: async () => {
      const counts = app.repos.reference.eventTypeCounts();
      return { data: EVENT_TYPES.map((type) => ({ ...type, eventCount: counts.get(type.id) ?? 0 })) };
    },
  });

  app.get('/v1/actors', {
    schema: {
      tags: ['reference'],
      summary: 'Actors with event counts',
      description: 'People, countries, organisations and groups named in events, most frequent first.',
      querystring: NameQuerySchema,
      response: { 200: ActorListSchema, ...problems(400, 429) },
    },
    handler: async (request) => ({ data: app.repos.reference.actors(request.query.q, request.query.limit) }),
  });

  app.get('/v1/places', {
    schema: {
      tags: ['reference'],
      summary: 'Places with event counts',
      description: 'Places named in events with country code and coordinates (null when unknown), most frequent first.',
      querystring: NameQuerySchema,
      response: { 200: PlaceListSchema, ...problems(400, 429) },
    },
    handler: async (request) => ({ data: app.repos.reference.places(request.query.q, request.query.limit) }),
  });

  app.get('/v1/timeline', {
    schema: {
      tags: ['reference'],
      summary: 'Event counts per day, week or month, by type',
      description: `For charts. Empty buckets are included. At most ${TIMELINE_MAX_BUCKETS} buckets per request.`,
      querystring: TimelineQuerySchema,
      response: { 200: TimelineSchema, ...problems(400, 429) },
    },
    handler: async (request) => {
      const { interval, type } = request.query;
      const bounds = app.repos.reference.dateBounds();
      const from = request.query.from?.startDate ?? bounds.first;
      const to = request.query.to?.endDate ?? bounds.last;
      // No events, or a one-sided range that misses them all: nothing to count.
      if (from === null || to === null || from > to) return { interval, from: null, to: null, buckets: [] };
      const buckets = bucketsBetween(from, to, interval, TIMELINE_MAX_BUCKETS);
      if (buckets.length > TIMELINE_MAX_BUCKETS) {
        throw invalidField('interval', 'query', `gives more than ${TIMELINE_MAX_BUCKETS} buckets for this range; use a longer interval or a shorter range`);
      }
      const byStart = new Map(buckets.map((b) => [b.start, { ...b, total: 0, counts: {} as Partial<Record<EventType, number>> }]));
      for (const row of app.repos.reference.countsByDayAndType(from, to, type)) {
        // An event that began before the window is counted in the first bucket.
        const bucket = byStart.get(bucketStart(row.startDate < from ? from : row.startDate, interval))!;
        bucket.total += row.count;
        bucket.counts[row.type] = (bucket.counts[row.type] ?? 0) + row.count;
      }
      return { interval, from: buckets[0].start, to: buckets[buckets.length - 1].end, buckets: [...byStart.values()] };
    },
  });
};

export default referenceRoutes;
