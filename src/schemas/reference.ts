import { z } from 'zod';
import { EVENT_TYPE_IDS } from '../domain/taxonomy.js';
import { checkRange, DateQuerySchema, LimitSchema } from './common.js';
import { ActorSchema, EventTypeIdSchema, PlaceSchema, TypeListSchema } from './events.js';

export const EventTypeListSchema = z
  .object({
    data: z.array(
      z.object({
        id: EventTypeIdSchema,
        label: z.string(),
        description: z.string(),
        cameo: z.string().describe('CAMEO code(s), "/"-separated.'),
        acled: z.string().nullable().describe('ACLED sub-event type, when ACLED codes this kind of event.'),
        eventCount: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'EventTypeList',
    examples: [
      {
        data: [
          {
            id: 'drone_strike',
            label: 'Drone strike',
            description: 'Attack by drones or UAVs.',
            cameo: '195',
            acled: 'Air/drone strike',
            eventCount: 12,
          },
        ],
      },
    ],
  });

export const NameQuerySchema = z.strictObject({
  q: z.string().max(200).default('').describe('Part of the name, any case; empty lists all.'),
  limit: LimitSchema(100, 1000),
});

export const ActorListSchema = z
  .object({ data: z.array(ActorSchema.extend({ eventCount: z.number().int() })) })
  .meta({ id: 'ActorList', examples: [{ data: [{ name: 'Vladimir Putin', kind: 'person', eventCount: 7 }] }] });

export const PlaceListSchema = z
  .object({ data: z.array(PlaceSchema.extend({ eventCount: z.number().int() })) })
  .meta({
    id: 'PlaceList',
    examples: [{ data: [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45466, lon: 30.5238, eventCount: 4 }] }],
  });

export const TIMELINE_MAX_BUCKETS = 1000;

export const TimelineQuerySchema = z.strictObject({
  interval: z.enum(['day', 'week', 'month']).default('day').describe('Bucket size; weeks start on Monday (ISO 8601).'),
  from: DateQuerySchema.optional().describe('First day covered; default: the first event.'),
  to: DateQuerySchema.optional().describe('Last day covered; default: the last event.'),
  type: TypeListSchema.optional().describe('Comma-separated event type ids to count; default: all.'),
}).superRefine(checkRange);

export const TimelineSchema = z
  .object({
    interval: z.enum(['day', 'week', 'month']),
    from: z.string().nullable().describe('First day of the first bucket; null when there is nothing to count.'),
    to: z.string().nullable().describe('Last day of the last bucket.'),
    buckets: z.array(
      z.object({
        start: z.string().describe('First day of the bucket (YYYY-MM-DD).'),
        end: z.string().describe('Last day of the bucket, inclusive.'),
        total: z.number().int(),
        counts: z.partialRecord(z.enum(EVENT_TYPE_IDS), z.number().int()).describe('Events per type id; types with none are left out.'),
      }),
    ),
  })
  .meta({
    id: 'Timeline',
    description: 'Events overlapping [from, to], each counted once, in the bucket of its start day (or the first bucket when it began earlier).',
    examples: [
      {
        interval: 'week',
        from: '2025-06-30',
        to: '2025-07-13',
        buckets: [
          { start: '2025-06-30', end: '2025-07-06', total: 3, counts: { phone_call: 1, drone_strike: 2 } },
          { start: '2025-07-07', end: '2025-07-13', total: 0, counts: {} },
        ],
      },
    ],
  });

export const ExtractResultSchema = z
  .object({
    events: z.array(
      z.object({
        type: EventTypeIdSchema,
        title: z.string(),
        summary: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        datePrecision: z.enum(['day', 'week', 'month', 'year']),
        dateCertainty: z.enum(['explicit', 'relative', 'inferred']),
        status: z.enum(['occurred', 'planned']),
        actors: z.array(ActorSchema),
        places: z.array(PlaceSchema),
        confidence: z.number(),
        codes: z.object({ cameo: z.string(), acled: z.string().nullable() }),
        mention: z.object({
          quote: z.string(),
          charStart: z.number().int(),
          charEnd: z.number().int(),
          dateText: z.string().nullable(),
          confidence: z.number(),
        }),
      }),
    ),
    dates: z.array(
      z.object({
        text: z.string().describe('The expression as written.'),
        charStart: z.number().int().describe('UTF-16 offset in the body.'),
        charEnd: z.number().int(),
        value: z.string().describe('ISO day (2025-07-03), week (2025-W27), month (2025-07) or year (2025).'),
        precision: z.enum(['day', 'week', 'month', 'year']),
      }),
    ),
  })
  .meta({
    id: 'ExtractResult',
    examples: [
      {
        events: [],
        dates: [{ text: 'on Thursday', charStart: 48, charEnd: 59, value: '2025-07-03', precision: 'day' }],
      },
    ],
  });

export const HealthSchema = z.object({ status: z.literal('ok') }).meta({ examples: [{ status: 'ok' }] });
export const ReadySchema = z
  .object({
    status: z.literal('ready'),
    extraction: z
      .enum(['stopped', 'warming', 'warm'])
      .describe(
        "The extraction thread: 'warm' once it has finished its warm-up (the server starts it after listening, once no read has been served for a second) or a batch; 'warming' while it starts; 'stopped' when it is not running (not started yet, or stopped after five minutes unused: the next article starts it). A backfill waits for 'warm' before its first batch, which otherwise also pays the thread's start (seconds of CPU). Informational: readiness is the database's.",
      ),
  })
  .meta({ examples: [{ status: 'ready', extraction: 'warm' }] });
