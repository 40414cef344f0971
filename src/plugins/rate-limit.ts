import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { pickFormat, type ResponseFormat } from '../formats/index.js';
import { WRITE_METHODS } from './auth.js';
import { ProblemError } from './errors.js';

export interface RateLimitOptions {
  /** Requests per minute per client on any route; 0 = unlimited. */
  max: number;
  /** Writes per minute per client; 0 = unlimited. */
  writes: number;
  /** Expensive reads per minute per client; 0 = unlimited. */
  reads: number;
}

type Category = 'write' | 'read' | 'any';

/** Reads that cost far more than a keyed lookup: full-text search, whole-range aggregation, extraction. */
const ALWAYS_EXPENSIVE = new Set(['/v1/timeline', '/v1/extract']);
const EXPENSIVE_WITH_SEARCH = new Set(['/v1/events', '/v1/articles']);

export function categoryOf(request: FastifyRequest): Category {
  const route = request.routeOptions.url;
  if (route !== undefined && WRITE_METHODS.has(request.method) && !request.routeOptions.config.storesNothing) return 'write';
  if (route !== undefined && ALWAYS_EXPENSIVE.has(route)) return 'read';
  const query = request.query as Record<string, unknown> | undefined;
  if (route !== undefined && EXPENSIVE_WITH_SEARCH.has(route) && query?.q !== undefined) return 'read';
  // An export in another format reads the whole result, not a page.
  if (route === '/v1/events' && pickFormat(query?.format as ResponseFormat | undefined, request.headers.accept) !== 'json') return 'read';
  return 'any';
}

/**
 * Per-client request budgets over a one-minute window, counted separately for writes, expensive
 * reads and everything else, so a client searching hard does not use up its write budget. Runs as
 * the first onRequest hook, before authentication, so guessing tokens is rate limited too. Routes
 * with `config: { rateLimit: false }` (the probes) are exempt. Over budget: 429 problem+json with
 * Retry-After in seconds.
 */
export default fp<RateLimitOptions>(
  async (app, options) => {
    const budget: Record<Category, number> = { write: options.writes, read: options.reads, any: options.max };
    // Every budget unlimited: nothing to count, so no hook on any request.
    if (Object.values(budget).every((max) => max === 0)) return;
    // The key starts with the request's category: computed once per request, by keyGenerator.
    const categoryOfKey = (key: string) => key.slice(0, key.indexOf(':')) as Category;
    await app.register(rateLimit, {
      global: false,
      timeWindow: '1 minute',
      keyGenerator: (request) => `${categoryOf(request)}:${request.ip}`,
      max: (_request, key) => budget[categoryOfKey(key)],
      allowList: (request, key) => request.routeOptions.config.rateLimit === false || budget[categoryOfKey(key)] === 0,
      errorResponseBuilder: (request, context) =>
        new ProblemError(
          429,
          `More than ${context.max} ${categoryOf(request) === 'any' ? '' : `${categoryOf(request)} `}requests per minute from this client; retry in ${context.after}.`,
        ),
    });
    app.addHook('onRequest', app.rateLimit());
  },
  { name: 'rate-limit', dependencies: ['errors'] },
);
