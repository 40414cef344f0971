import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BodyPool } from '../cache/body-pool.js';
import { PageCache, type PageCards } from '../cache/page-cache.js';
import { notFound } from '../plugins/errors.js';
import { IdParamsSchema, problems } from '../schemas/common.js';
import { pickFormat } from '../formats/index.js';
import { sendExport } from '../formats/http.js';
import type { ExportFilter } from '../formats/iterate.js';
import { EventDetailSchema, EventPageSchema, EventQuerySchema, type EventPage, type EventQuery } from '../schemas/events.js';
import { decodeCursor, digestOfJson, encodeCursor, nextPageUrl } from './cursor.js';
import { etagOf } from './etag.js';
import { presentEvent } from './present.js';

const PAGE_START = Buffer.from('{"data":[');
const CARD_SEPARATOR = ','.charCodeAt(0);

/** What the page cache keeps with a page besides its bytes. */
interface PageExtra {
  nextCursor: string | null;
  /** The Link header last made for the page, and the request URL (with origin) it was made for. */
  link?: { url: string; header: string };
}

/**
 * Request URLs remembered with the page they ask for (see servedUrls): ~250 bytes each, 4 MB at
 * most, four times the 3,646 distinct 7-day windows of the bench timeline.
 */
const SERVED_URLS_MAX = 16_384;

/**
 * A page's key in the page cache: its filters' JSON (written once per request for the cursor's
 * digest too), the limit and the cursor, each after a newline, which JSON text and a limit never
 * hold, so two queries share a key only when they are the same query. It was JSON.stringify of the
 * whole query, which wrote the filters twice a request and escaped the cursor character by character.
 */
function pageCacheKey(filtersJson: string, limit: number, cursor: string | undefined): string {
  return cursor === undefined ? `${filtersJson}\n${limit}` : `${filtersJson}\n${limit}\n${cursor}`;
}

/** from/to values read the same whatever the day: YYYY, YYYY-MM, YYYY-MM-DD (not "last week", read against the clock). */
const CALENDAR_FORM = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The body of a response, given back to the pool once the response has been handed to the socket ('finish'). */
const POOLED_BODY = Symbol('pooled body');
type PooledResponse = ServerResponse & { [POOLED_BODY]?: Buffer };

const eventRoutes: FastifyPluginAsyncZod<{ pageCacheBytes: number }> = async (app, { pageCacheBytes }) => {
  const pages = new PageCache<PageExtra>(pageCacheBytes, PAGE_START, CARD_SEPARATOR);
  // Free bodies kept: 128 pages of 32 KB (a window of the 1M bench timeline is 31 KB), four times
  // what 32 connections can have in flight.
  const bodies = new BodyPool(4 * 1024 * 1024);
  const take = (length: number) => bodies.take(length);
  function giveBack(this: PooledResponse): void {
    const body = this[POOLED_BODY];
    this[POOLED_BODY] = undefined;
    if (body) bodies.give(body);
  }

  /** The repository filter of a validated query, without its page position. */
  function filterOf(filters: Omit<EventQuery, 'cursor' | 'limit' | 'format'>): ExportFilter {
    return {
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
    };
  }

  /**
   * A page read from the database, leaving out the cards `held` says the cache holds; `filtersJson`
   * is `JSON.stringify(filters)` (the page's cache key starts with it, see pageCacheKey).
   */
  function readPage(
    filters: Omit<EventQuery, 'cursor' | 'limit' | 'format'>,
    filtersJson: string,
    limit: number,
    cursor: string | undefined,
    held?: (id: string) => boolean,
  ): PageCards<PageExtra> {
    const digest = digestOfJson(filtersJson);
    const page = app.repos.events.pageBody({ ...filterOf(filters), limit, after: cursor ? decodeCursor(cursor, digest) : undefined }, held);
    const nextCursor = page.last ? encodeCursor(page.last, digest) : null;
    // Sent as UTF-8 bytes: the events as SQLite stored them.
    return { ids: page.ids, cards: page.cards, tail: Buffer.from(`],"nextCursor":${JSON.stringify(nextCursor)}}`), extra: { nextCursor } };
  }

  /**
   * The Link header of a page that has a next one, made once per page and request URL: a URL
   * parse and rewrite per request cost ~5% of serving a cached page (bench/scratch CPU profile).
   */
  function nextLink(request: FastifyRequest, page: PageExtra): string | undefined {
    if (page.nextCursor === null) return undefined;
    const url = `${request.protocol}://${request.host}${request.url}`;
    if (page.link?.url !== url) page.link = { url, header: `<${nextPageUrl(request, page.nextCursor)}>; rel="next"` };
    return page.link.header;
  }

  /** Sends a page as JSON (after the Vary header): its Link when another page follows, its body given back to the pool once written. */
  function sendPage(request: FastifyRequest, reply: FastifyReply, served: { body: Buffer; extra: PageExtra }): FastifyReply {
    const link = nextLink(request, served.extra);
    if (link) reply.header('link', link);
    (reply.raw as PooledResponse)[POOLED_BODY] = served.body;
    reply.raw.on('finish', giveBack);
    // Serialized by the repository (EVENT_JSON, the shape presentEvent gives), not by the zod
    // response schema: re-validating 50 events would cost more than the query.
    // Fastify sends a Buffer as it is; the schema still documents the shape.
    return reply.type('application/json; charset=utf-8').send(served.body);
  }

  /** Answers vary with Accept (the format it may choose). */
  function varyOnAccept(reply: FastifyReply): void {
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${vary}, Accept` : 'Accept');
  }

  /** "Cache-Control: no-cache" asks for a fresh read. */
  const asksFresh = (request: FastifyRequest) => /no-cache/i.test(request.headers['cache-control'] ?? '');

  /**
   * Request URLs whose page was served as JSON, with its cache key and the format parameter they
   * gave, oldest first: the same URL validates to the same query when its dates are calendar forms,
   * so its page can be served from the cache before validation (see the onRequest hook).
   */
  const servedUrls = new Map<string, { cacheKey: string; format: EventQuery['format'] }>();
  function rememberUrl(request: FastifyRequest, cacheKey: string, format: EventQuery['format']): void {
    if (servedUrls.has(request.url)) return;
    const raw = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1));
    if (!['from', 'to'].every((name) => raw.getAll(name).every((value) => CALENDAR_FORM.test(value)))) return;
    servedUrls.set(request.url, { cacheKey, format });
    if (servedUrls.size > SERVED_URLS_MAX) servedUrls.delete(servedUrls.keys().next().value!);
  }

  app.get('/v1/events', {
    // A URL served before is served from the cache here, before the query is validated: zod's
    // validation and the handler's promise chain cost about a quarter of the CPU of a cached page
    // (bench/scratch A/B, 1M events). Only onRequest hooks run before it, as they do before the
    // handler; preValidation and preHandler hooks (there are none) would be skipped.
    onRequest: (request, reply, done) => {
      const remembered = servedUrls.get(request.url);
      const served =
        remembered && !asksFresh(request) && pickFormat(remembered.format, request.headers.accept) === 'json'
          ? pages.get(app.repos.events.writeGeneration(), remembered.cacheKey, take)
          : undefined;
      if (!served) return done();
      varyOnAccept(reply);
      sendPage(request, reply, served);
    },
    schema: {
      tags: ['events'],
      summary: 'Query the timeline',
      description:
        'Events whose [startDate, endDate] overlaps [from, to], filtered, sorted by startDate then id, in keyset pages. ' +
        'from/to take YYYY-MM-DD, YYYY-MM, YYYY or natural language ("last week"), resolved against the current time. ' +
        'The next page is in nextCursor and in the Link header (rel="next").\n\n' +
        '**Formats.** `format` (or, without it, the Accept header) returns the whole result, streamed, in another format; ' +
        'limit and cursor do not apply:\n' +
        '- `csv` (text/csv): a header row and one event per row, actors and places joined with "; "; cells that a spreadsheet would run as a formula start with a quote. Downloaded as chronicle-events[-from-to-to].csv.\n' +
        '- `ndjson` (application/x-ndjson): one event per line, exactly as in `data`; constant memory on both ends for any size.\n' +
        '- `geojson` (application/geo+json): a FeatureCollection with one Point per (event, place with coordinates).\n' +
        '- `ics` (text/calendar): an iCalendar (RFC 5545) with one all-day VEVENT per event over startDate..endDate; downloaded as chronicle-events[...].ics.\n' +
        '- `timelinejs` (application/json): Knight Lab TimelineJS JSON, dates to the precision known, `group` = type, the first cited source as media.\n\n' +
        'Examples: `curl -OJ "$HOST/v1/events?format=csv&from=2025-03"`, `curl -H "Accept: application/x-ndjson" "$HOST/v1/events?type=drone_strike"`.',
      querystring: EventQuerySchema,
      response: { 200: EventPageSchema, ...problems(400, 429) },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      varyOnAccept(reply);
      const responseFormat = pickFormat(format, request.headers.accept);
      // filterOf leaves out cursor and limit: an export is the whole result.
      if (responseFormat !== 'json') return sendExport(reply, app.repos, responseFormat, filterOf(query)) as unknown as EventPage;
      // Pages are cached serialized, keyed by the validated (normalised) query, for the current
      // write generation; "Cache-Control: no-cache" asks for a fresh read (the cache is refilled).
      const generation = app.repos.events.writeGeneration();
      const { cursor, limit, ...filters } = query;
      const filtersJson = JSON.stringify(filters);
      const cacheKey = pageCacheKey(filtersJson, limit, cursor);
      const fresh = asksFresh(request);
      let served = fresh ? undefined : pages.get(generation, cacheKey, take);
      if (!served) {
        // A fresh read reads every card; otherwise the cards held for other pages are not read again.
        const page = readPage(filters, filtersJson, limit, cursor, fresh || pageCacheBytes === 0 ? undefined : (id) => pages.holds(generation, id));
        served = { body: pages.set(generation, cacheKey, page, take), extra: page.extra };
      }
      rememberUrl(request, cacheKey, format);
      return sendPage(request, reply, served) as unknown as EventPage;
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
