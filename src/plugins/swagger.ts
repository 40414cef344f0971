import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_TAGS = [
  { name: 'articles', description: 'Submit news articles; Chronicle extracts and stores their events.' },
  { name: 'events', description: 'The timeline: dated events merged across articles, with citations.' },
  { name: 'reference', description: 'Event types, actors, places and counts for charts.' },
  { name: 'extract', description: 'Try the extractor without storing anything.' },
  { name: 'health', description: 'Liveness and readiness probes.' },
];

const DESCRIPTION = `Chronicle turns news articles into a queryable timeline of dated events.

**Errors** are RFC 9457 \`application/problem+json\` objects (see the Problem schema); 400s list each
invalid field in \`errors\`. Unknown query parameters and unknown body fields are rejected with 400.

**Writes** (POST, PATCH, DELETE) need \`Authorization: Bearer <token>\` when the server has an
API_TOKEN; without one, they are accepted only from the server's own machine (loopback). POST
/v1/extract stores nothing and is open like a read.

**Pagination** is by keyset: follow \`nextCursor\` (or the \`Link: <...>; rel="next"\` header) with the
same filters.

**Limits**: 1 MiB per request body (16 MiB for /v1/articles/batch), 1,000 articles per batch, and a
per-client request rate (429 with Retry-After when exceeded).`;

type JsonObject = Record<string, unknown>;

/**
 * Swagger UI loads only its own files (no inline script: its page links every script), fetches
 * the document from this server, and cannot be framed. Its React components set inline styles,
 * which Chromium refuses without 'unsafe-inline' for styles (scripts stay strict).
 */
const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const DOCS_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** What each status means in this API, for responses whose route gave no description. */
const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  200: 'OK.',
  201: 'Created.',
  204: 'No content.',
  400: 'Invalid request: `errors` names each invalid field and where it was sent.',
  401: 'Missing or wrong `Authorization: Bearer` token (the server has an API_TOKEN).',
  403: 'A write from a non-loopback client while the server has no API_TOKEN.',
  404: 'No such resource.',
  413: 'The request body is larger than this endpoint accepts.',
  415: 'The request body is not application/json.',
  429: 'Too many requests from this client; retry after the Retry-After header\'s seconds.',
  503: 'The database is not reachable or not writable.',
};

/**
 * Finishing touches on the generated document: error responses are declared with the media type
 * they are really served as (application/problem+json), and the component schemas no route refers
 * to (the generator registers an input and an output variant of each) are dropped.
 */
export function finishDocument(document: JsonObject): JsonObject {
  const paths = (document.paths ?? {}) as Record<string, Record<string, { responses?: Record<string, JsonObject> }>>;
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.description === 'Default Response' && RESPONSE_DESCRIPTIONS[status]) {
          response.description = RESPONSE_DESCRIPTIONS[status];
        }
        const content = response.content as JsonObject | undefined;
        if (Number(status) >= 400 && content?.['application/json']) {
          response.content = { 'application/problem+json': content['application/json'] };
        }
      }
    }
  }
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  if (components?.schemas) {
    const schemas = components.schemas;
    const referenced = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
            const name = child.slice('#/components/schemas/'.length);
            if (!referenced.has(name)) {
              referenced.add(name);
              collect(schemas[name]);
            }
          } else collect(child);
        }
      }
    };
    collect(document.paths);
    components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => referenced.has(name)));
  }
  return document;
}

/** The OpenAPI 3.1 document built from the routes' zod schemas, at /openapi.json, and Swagger UI at /docs. */
export default fp<{ version: string }>(
  async (app, options) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Chronicle API', version: options.version, description: DESCRIPTION },
        tags: API_TAGS,
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', description: 'The API_TOKEN the server was started with.' },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (input) => finishDocument(jsonSchemaTransformObject(input) as JsonObject),
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: DOCS_CONTENT_SECURITY_POLICY,
      uiHooks: {
        onRequest: (_request, reply, done) => {
          reply.headers(DOCS_SECURITY_HEADERS);
          done();
        },
      },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'swagger' },
);
