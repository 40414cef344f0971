import { z } from 'zod';
import { EVENT_TYPE_IDS } from '../domain/taxonomy.js';
import { RESPONSE_FORMATS } from '../formats/index.js';
import { checkRange, CursorSchema, DateQuerySchema, LimitSchema, SearchQuerySchema } from './common.js';

const isoDay = z.string().describe('ISO calendar day, YYYY-MM-DD.');

export const EventTypeIdSchema = z.enum(EVENT_TYPE_IDS).describe('Event type id (see GET /v1/event-types).');

export const ActorSchema = z
  .object({
    name: z.string().describe('Canonical name ("Vladimir Putin", "Russia").'),
    kind: z.enum(['person', 'country', 'organization', 'group']),
  })
  .meta({ id: 'Actor' });

export const PlaceSchema = z
  .object({
    name: z.string().describe('Gazetteer name ("Kyiv").'),
    countryCode: z.string().nullable().describe('ISO 3166-1 alpha-2; null when unknown.'),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .meta({ id: 'Place' });

export const EXAMPLE_EVENT = {
  id: 'evt_01k0a8m3zq6h7c9d2e4f5g6h7j',
  type: 'phone_call',
  title: 'Phone call between Donald Trump and Vladimir Putin',
  summary: 'Donald Trump and Vladimir Putin spoke by phone for about an hour.',
  startDate: '2025-07-03',
  endDate: '2025-07-03',
  datePrecision: 'day',
  dateCertainty: 'relative',
  status: 'occurred',
  actors: [
    { name: 'Donald Trump', kind: 'person' },
    { name: 'Vladimir Putin', kind: 'person' },
  ],
  places: [],
  confidence: 0.86,
  codes: { cameo: '041', acled: null },
  mentionCount: 2,
  sourceCount: 2,
  curated: false,
  createdAt: '2025-07-04T08:12:09.120Z',
  updatedAt: '2025-07-04T10:40:51.005Z',
} as const;

const eventShape = {
  id: z.string().describe('Opaque event id.'),
  type: EventTypeIdSchema,
  title: z.string(),
  summary: z.string(),
  startDate: isoDay.describe('First day the event covers (YYYY-MM-DD).'),
  endDate: isoDay.describe('Last day the event covers, inclusive (YYYY-MM-DD).'),
  datePrecision: z.enum(['day', 'week', 'month', 'year']).describe('What the text supports; startDate..endDate spans the whole period.'),
  dateCertainty: z
    .enum(['explicit', 'relative', 'inferred'])
    .describe('explicit: an absolute date in the text; relative: resolved from the publication time or another event; inferred: no date words, the publication day.'),
  status: z.enum(['occurred', 'planned']),
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  confidence: z.number().min(0).max(1).describe('How sure the extractor is of the type and the date.'),
  codes: z
    .object({ cameo: z.string(), acled: z.string().nullable() })
    .describe('The CAMEO code(s) and ACLED sub-event type of the event type.'),
  mentionCount: z.number().int().describe('How many articles report the event.'),
  sourceCount: z.number().int().describe('How many distinct sources (publishers) report it.'),
  curated: z.boolean().describe('True once edited through PATCH: the fields edited keep their values when later articles report the event (they add mentions).'),
  createdAt: z.string().describe('ISO 8601 instant (UTC).'),
  updatedAt: z.string().describe('ISO 8601 instant (UTC) of the last change, including new mentions.'),
};

export const EventSchema = z.object(eventShape).meta({ id: 'Event', examples: [EXAMPLE_EVENT] });

export const MentionSchema = z
  .object({
    articleId: z.string(),
    articleTitle: z.string(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable().describe('As the article gave it; null when it had none.'),
    quote: z.string().describe('The sentence that reports the event: the article body between charStart and charEnd.'),
    charStart: z.number().int().describe('UTF-16 offset of the quote in the article body.'),
    charEnd: z.number().int(),
    dateText: z.string().nullable().describe('The date expression the date came from ("on Saturday"), if any.'),
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: 'Mention' });

export const EventDetailSchema = z
  .object({ ...eventShape, mentions: z.array(MentionSchema) })
  .meta({
    id: 'EventDetail',
    examples: [
      {
        ...EXAMPLE_EVENT,
        mentions: [
          {
            articleId: 'art_01k0a8k1b2c3d4e5f6g7h8j9k0',
            articleTitle: 'Trump and Putin speak by phone as strikes go on',
            url: 'https://news.example.com/2025/07/04/trump-putin-call',
            publishedAt: '2025-07-04T09:30:00+03:00',
            quote: 'Donald Trump and Vladimir Putin spoke by phone on Thursday for about an hour.',
            charStart: 0,
            charEnd: 78,
            dateText: 'on Thursday',
            confidence: 0.86,
          },
        ],
      },
    ],
  });

export const EventPageSchema = z
  .object({
    data: z.array(EventSchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .meta({ id: 'EventPage', examples: [{ data: [EXAMPLE_EVENT], nextCursor: null }] });

/** A comma-separated list of type ids, each checked against the taxonomy. */
export const TypeListSchema = z
  .string()
  .min(1)
  .transform((value, ctx) => {
    const ids = value.split(',').map((id) => id.trim()).filter((id) => id.length > 0);
    const unknown = ids.filter((id) => !(EVENT_TYPE_IDS as readonly string[]).includes(id));
    if (unknown.length > 0 || ids.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown event type ${unknown.map((id) => `"${id}"`).join(', ') || '(empty)'}; known: ${EVENT_TYPE_IDS.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(ids)] as Array<(typeof EVENT_TYPE_IDS)[number]>;
  })
  .describe('Comma-separated event type ids, e.g. "drone_strike,missile_strike".');

export const EventQuerySchema = z
  .strictObject({
    from: DateQuerySchema.optional(),
    to: DateQuerySchema.optional(),
    type: TypeListSchema.optional(),
    actor: z.string().min(1).max(200).optional().describe('Part of an actor name, any case ("putin").'),
    place: z.string().min(1).max(200).optional().describe('Part of a place name, any case ("kharkiv").'),
    q: SearchQuerySchema.optional().describe('Words to find in title, summary and quotes (all must occur; word forms match: "strikes" finds "strike").'),
    status: z.enum(['occurred', 'planned']).optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional().describe('Only events at least this confident (0..1).'),
    articleId: z.string().min(1).max(100).optional().describe('Only events reported by this article.'),
    sort: z.enum(['date', '-date']).default('date').describe('date: oldest first (startDate, then id); -date: newest first.'),
    limit: LimitSchema(50, 1000),
    cursor: CursorSchema.optional(),
    format: z
      .enum(RESPONSE_FORMATS)
      .optional()
      .describe(
        'json (default): pages of events. csv, ndjson, geojson, ics, timelinejs: the whole result in that format, streamed (limit and cursor do not apply). Without it, the Accept header chooses (text/csv, application/x-ndjson, application/geo+json, text/calendar).',
      ),
  })
  .superRefine(checkRange)
  .describe('Unknown parameters are rejected with 400.');

export type EventQuery = z.output<typeof EventQuerySchema>;
export type EventPage = z.output<typeof EventPageSchema>;
