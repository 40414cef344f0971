import { z } from 'zod';
import { parseDateQuery } from '../extract/dates/query.js';
import type { DateSpan } from '../extract/types.js';
import { toFtsQuery } from '../repositories/fts.js';

/** RFC 9457 problem details: the body of every error response. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI identifying the problem type; "about:blank" means the HTTP status says it all.'),
    title: z.string().describe('Short summary of the problem type (the HTTP status phrase).'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, for a human.'),
    instance: z.string().describe('The request path.'),
    requestId: z.string().describe('Quote it when reporting a problem: the server log has the same id.'),
    errors: z
      .array(
        z.object({
          field: z.string().describe('The offending field: a dotted path such as "publishedAt" or "articles.3.title".'),
          in: z.enum(['body', 'query', 'path', 'header']).describe('Where the field was sent.'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('For validation errors (400): one entry per invalid field.'),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details object, served as application/problem+json.',
    examples: [
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'publishedAt: must be an ISO 8601 date (2025-07-05) or date-time with offset (2025-07-05T09:30:00+03:00)',
        instance: '/v1/articles',
        requestId: 'req-1',
        errors: [
          {
            field: 'publishedAt',
            in: 'body',
            message: 'must be an ISO 8601 date (2025-07-05) or date-time with offset (2025-07-05T09:30:00+03:00)',
          },
        ],
      },
    ],
  });

export type Problem = z.infer<typeof ProblemSchema>;

/** Problem responses a route can answer with, keyed by status, for route schemas. */
export function problems<const S extends readonly number[]>(...statuses: S): { [K in S[number]]: typeof ProblemSchema } {
  return Object.fromEntries(statuses.map((status) => [status, ProblemSchema])) as { [K in S[number]]: typeof ProblemSchema };
}

const DATE_QUERY_HINT = 'a date: YYYY-MM-DD, YYYY-MM, YYYY, or words such as "last week" or "March 2025"';

/** A from/to query value, read as a calendar span against the request time. */
export const DateQuerySchema = z
  .string()
  .min(1)
  .max(100)
  .transform((value, ctx): DateSpan => {
    const span = parseDateQuery(value, new Date());
    if (!span) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not ${DATE_QUERY_HINT}` });
      return z.NEVER;
    }
    return span;
  })
  .meta({ description: `Inclusive bound, ${DATE_QUERY_HINT}. A month or year covers all its days.` });

/** `q`: free text, matched word by word (all words must occur). */
export const SearchQuerySchema = z
  .string()
  .min(1)
  .max(500)
  .transform((value, ctx) => {
    const fts = toFtsQuery(value);
    if (fts === null) {
      ctx.addIssue({ code: 'custom', message: 'must contain at least one letter or digit' });
      return z.NEVER;
    }
    return fts;
  });

export const LimitSchema = (defaultLimit: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(defaultLimit).describe(`Page size, 1..${max} (default ${defaultLimit}).`);

export const CursorSchema = z
  .string()
  .min(1)
  .max(1000)
  .describe('Opaque cursor from the previous page\'s nextCursor (or its Link rel="next"); valid only with the same filters.');

/** `from` must not be after `to`. */
export function checkRange(query: { from?: DateSpan; to?: DateSpan }, ctx: z.RefinementCtx): void {
  if (query.from && query.to && query.from.startDate > query.to.endDate) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const IdParamsSchema = (prefix: string, example: string) =>
  z.strictObject({
    id: z.string().min(1).max(100).describe(`An opaque ${prefix} id.`).meta({ examples: [example] }),
  });
