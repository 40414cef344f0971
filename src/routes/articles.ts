import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../plugins/errors.js';
import {
  ArticleBatchInputSchema,
  ArticleBatchResultSchema,
  ArticleDetailSchema,
  ArticleIngestResultSchema,
  ArticleInputSchema,
  ArticlePageSchema,
  ArticleQuerySchema,
} from '../schemas/articles.js';
import { IdParamsSchema, problems } from '../schemas/common.js';
import { decodeCursor, encodeCursor, filterDigest, nextPageUrl } from './cursor.js';
import { presentEvent } from './present.js';
import { betweenWriterSlices } from '../ingest/read-pressure.js';

const MIB = 1024 * 1024;
/** A batch may carry up to 1,000 articles; this bounds the request, not each article. */
export const BATCH_BODY_LIMIT = 16 * MIB;

const WRITE_SECURITY = [{ bearerAuth: [] }];

const articleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/v1/articles', {
    schema: {
      tags: ['articles'],
      summary: 'Submit an article',
      description:
        'Stores the article, extracts its events and merges them with events other articles already reported. ' +
        'The same article again (same url, or same title and body) returns the stored one with 200 and created: false; nothing is duplicated.',
      security: WRITE_SECURITY,
      body: ArticleInputSchema,
      response: {
        200: ArticleIngestResultSchema.describe('Already stored: nothing changed.'),
        201: ArticleIngestResultSchema.describe('Stored, with the events found.'),
        ...problems(400, 401, 403, 413, 415, 429),
      },
    },
    handler: async (request, reply) => {
      const result = await app.ingest.ingestArticleAsync(request.body);
      return reply.code(result.created ? 201 : 200).send({
        article: result.article,
        events: result.events.map(presentEvent),
        created: result.created,
      });
    },
  });

  app.post('/v1/articles/batch', {
    bodyLimit: BATCH_BODY_LIMIT,
    schema: {
      tags: ['articles'],
      summary: 'Submit up to 1,000 articles',
      description:
        'Each article is stored in its own transaction, so one failure does not undo the others; results come per item, in request order. ' +
        'The whole request is validated first: an invalid article rejects the request with 400 naming it (e.g. articles.3.publishedAt).',
      security: WRITE_SECURITY,
      body: ArticleBatchInputSchema,
      response: { 200: ArticleBatchResultSchema, ...problems(400, 401, 403, 413, 415, 429) },
    },
    handler: async (request) => {
      const results = await app.ingest.ingestBatchInSlices(request.body.articles, {
        onError: (error, index) => request.log.error({ err: error, index }, 'batch item failed'),
      });
      const count = (status: string) => results.filter((r) => r.status === status).length;
      return { results, summary: { created: count('created'), duplicate: count('duplicate'), failed: count('failed') } };
    },
  });

  app.get('/v1/articles', {
    schema: {
      tags: ['articles'],
      summary: 'List articles',
      description: 'Newest first (by publishedAt, else ingest time). from/to bound the publication day. Keyset pages: follow nextCursor.',
      querystring: ArticleQuerySchema,
      response: { 200: ArticlePageSchema, ...problems(400, 429) },
    },
    handler: async (request, reply) => {
      const { cursor, limit, ...filters } = request.query;
      const digest = filterDigest(filters);
      const page = app.repos.articles.list({
        fromInstant: filters.from ? `${filters.from.startDate}T00:00:00.000Z` : undefined,
        toInstant: filters.to ? `${filters.to.endDate}T23:59:59.999Z` : undefined,
        fts: filters.q,
        limit,
        after: cursor ? decodeCursor(cursor, digest) : undefined,
      });
      const nextCursor = page.last ? encodeCursor(page.last, digest) : null;
      if (nextCursor) reply.header('link', `<${nextPageUrl(request, nextCursor)}>; rel="next"`);
      return { data: page.data, nextCursor };
    },
  });

  app.get('/v1/articles/:id', {
    schema: {
      tags: ['articles'],
      summary: 'Get an article',
      description: 'The article with its body and the events it reports.',
      params: IdParamsSchema('article', 'art_01k0a8k1b2c3d4e5f6g7h8j9k0'),
      response: { 200: ArticleDetailSchema, ...problems(400, 404, 429) },
    },
    handler: async (request) => {
      const article = app.repos.articles.findById(request.params.id);
      if (!article) throw notFound(`No article with id "${request.params.id}".`);
      return { ...article, events: app.repos.events.byArticle(article.id).map(presentEvent) };
    },
  });

  app.delete('/v1/articles/:id', {
    schema: {
      tags: ['articles'],
      summary: 'Delete an article',
      description:
        'Removes the article and its mentions. Events no other article reports are deleted; the others keep their data and lose this citation.',
      security: WRITE_SECURITY,
      params: IdParamsSchema('article', 'art_01k0a8k1b2c3d4e5f6g7h8j9k0'),
      response: { 204: z.null().describe('Deleted.'), ...problems(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => {
      // Between the writer thread's slices, as curation writes are (betweenWriterSlices).
      if (!(await betweenWriterSlices(() => app.ingest.deleteArticle(request.params.id)))) throw notFound(`No article with id "${request.params.id}".`);
      return reply.code(204).send(null);
    },
  });
};

export default articleRoutes;
