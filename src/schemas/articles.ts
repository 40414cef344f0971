import { z } from 'zod';
import { checkRange, CursorSchema, DateQuerySchema, LimitSchema, SearchQuerySchema } from './common.js';
import { EventSchema } from './events.js';

const PUBLISHED_AT_HINT =
  'must be an ISO 8601 date (2025-07-05) or date-time with offset (2025-07-05T09:30:00+03:00)';
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

const EXAMPLE_INPUT = {
  title: 'Trump and Putin speak by phone as strikes go on',
  body: 'Donald Trump and Vladimir Putin spoke by phone on Thursday for about an hour. Hours after the call, Russian drones struck Kyiv overnight.',
  publishedAt: '2025-07-04T09:30:00+03:00',
  url: 'https://news.example.com/2025/07/04/trump-putin-call',
  source: 'Example News',
};

/** The article a client submits. Unknown fields are rejected (400), so typos do not pass silently. */
export const ArticleInputSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(500),
    body: z.string().min(1).max(200_000).describe('Plain text. Quote offsets in mentions are UTF-16 offsets into it.'),
    publishedAt: z
      .string()
      .refine((value) => isoDate.safeParse(value).success || isoDateTime.safeParse(value).success, PUBLISHED_AT_HINT)
      .nullish()
      .describe('Publication time, ISO 8601; an offset is honoured, a bare date means 00:00 UTC. Absent: the ingest time, and undated events become "inferred".'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2048)
      .nullish()
      .describe('Canonical article URL; posting the same URL again returns the stored article.'),
    source: z.string().trim().min(1).max(200).nullish().describe('Publisher name; defaults to the URL host.'),
  })
  .meta({ examples: [EXAMPLE_INPUT] });

const articleShape = {
  id: z.string().describe('Opaque article id.'),
  title: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable().describe('As submitted; null when the article had none.'),
  ingestedAt: z.string().describe('ISO 8601 instant (UTC) the article was stored.'),
  eventCount: z.number().int().describe('Events this article reports.'),
};

const EXAMPLE_ARTICLE = {
  id: 'art_01k0a8k1b2c3d4e5f6g7h8j9k0',
  title: EXAMPLE_INPUT.title,
  url: EXAMPLE_INPUT.url,
  source: EXAMPLE_INPUT.source,
  publishedAt: EXAMPLE_INPUT.publishedAt,
  ingestedAt: '2025-07-04T08:12:09.120Z',
  eventCount: 2,
};

export const ArticleSchema = z.object(articleShape).meta({ id: 'Article', examples: [EXAMPLE_ARTICLE] });

export const ArticleDetailSchema = z
  .object({ ...articleShape, body: z.string(), events: z.array(EventSchema) })
  .meta({ id: 'ArticleDetail', examples: [{ ...EXAMPLE_ARTICLE, body: EXAMPLE_INPUT.body, events: [] }] });

export const ArticleIngestResultSchema = z
  .object({
    article: ArticleSchema,
    events: z.array(EventSchema).describe('The events this article reports, new or merged into existing ones.'),
    created: z.boolean().describe('false when the article was already stored (same url or same content): nothing changed.'),
  })
  .meta({ id: 'ArticleIngestResult', examples: [{ article: EXAMPLE_ARTICLE, events: [], created: true }] });

export const BATCH_MAX = 1000;

export const ArticleBatchInputSchema = z
  .strictObject({
    articles: z.array(ArticleInputSchema).min(1).max(BATCH_MAX),
  })
  .meta({ examples: [{ articles: [EXAMPLE_INPUT] }] });

export const BatchItemSchema = z
  .object({
    index: z.number().int().describe('Position of the article in the request.'),
    status: z.enum(['created', 'duplicate', 'failed']),
    created: z.boolean().optional(),
    article: ArticleSchema.optional(),
    error: z.string().optional().describe('Why a failed item was not stored.'),
  })
  .meta({ id: 'BatchItemResult' });

export const ArticleBatchResultSchema = z
  .object({
    results: z.array(BatchItemSchema),
    summary: z.object({ created: z.number().int(), duplicate: z.number().int(), failed: z.number().int() }),
  })
  .meta({
    id: 'ArticleBatchResult',
    examples: [
      {
        results: [{ index: 0, status: 'created', created: true, article: EXAMPLE_ARTICLE }],
        summary: { created: 1, duplicate: 0, failed: 0 },
      },
    ],
  });

export const ArticlePageSchema = z
  .object({
    data: z.array(ArticleSchema),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .meta({ id: 'ArticlePage', examples: [{ data: [EXAMPLE_ARTICLE], nextCursor: null }] });

export const ArticleQuerySchema = z
  .strictObject({
    from: DateQuerySchema.optional().describe('Published on or after this day, month or year (UTC days; articles without publishedAt count by ingest time).'),
    to: DateQuerySchema.optional().describe('Published on or before this day, month or year (inclusive, UTC days).'),
    q: SearchQuerySchema.optional().describe('Words to find in title and body (all must occur).'),
    limit: LimitSchema(50, 1000),
    cursor: CursorSchema.optional(),
  })
  .superRefine(checkRange);

export type ArticleQuery = z.output<typeof ArticleQuerySchema>;
