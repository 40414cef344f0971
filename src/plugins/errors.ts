import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../schemas/common.js';

type FieldError = NonNullable<Problem['errors']>[number];

/** An error that already knows its HTTP status and what to tell the client. */
export class ProblemError extends Error {
  constructor(
    readonly statusCode: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** 400 for one bad field that schema validation cannot judge (e.g. a cursor from another query). */
export function invalidField(field: string, location: FieldError['in'], message: string): ProblemError {
  return new ProblemError(400, `${field}: ${message}`, [{ field, in: location, message }]);
}

export function notFound(detail: string): ProblemError {
  return new ProblemError(404, detail);
}

const LOCATIONS: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Fastify's own client errors (body parsing) keep their message; it names no internals. */
const CLIENT_ERROR_DETAILS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than this endpoint accepts.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The JSON body is empty.',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const problem: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(errors ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json').send(problem);
}

/** Errors Fastify raises before any route is found, told without echoing the offending URL. */
const FRAMEWORK_ERROR_DETAILS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is malformed (invalid percent-encoding).',
  FST_ERR_MAX_PARAM_LENGTH: 'A path segment is longer than this API accepts.',
};

/**
 * Fastify's `frameworkErrors` option: a malformed URL (400) or an over-long path parameter (414)
 * as problem+json too. These replies run no route hooks, so the request id is set here.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const detail = FRAMEWORK_ERROR_DETAILS[error.code];
  const status = detail && error.statusCode ? error.statusCode : 400;
  reply.header('x-request-id', request.id);
  sendProblem(request, reply, status, detail ?? 'The request could not be routed.');
}

/**
 * Every error leaves as RFC 9457 problem+json: validation (400, naming the fields), the client
 * errors Fastify raises while reading a body (400/413/415), our own ProblemErrors, unknown routes
 * (404), and anything unexpected as a 500 that shows no stack, SQL or message (the log has them).
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const location = LOCATIONS[error.validationContext ?? 'body'] ?? 'body';
        const errors = error.validation.flatMap((issue): FieldError[] => {
          const path = issue.instancePath.split('/').filter(Boolean).join('.');
          const keys = (issue.params as { keys?: string[] }).keys;
          if (issue.keyword === 'unrecognized_keys' && keys) {
            return keys.map((key) => ({ field: path ? `${path}.${key}` : key, in: location, message: 'is not a known field' }));
          }
          return [{ field: path || '(root)', in: location, message: issue.message ?? 'is invalid' }];
        });
        return sendProblem(request, reply, 400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
      }
      if (error instanceof ProblemError) {
        reply.headers(error.headers);
        return sendProblem(request, reply, error.statusCode, error.detail, error.errors);
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const detail = CLIENT_ERROR_DETAILS[error.code] ?? (error.code?.startsWith('FST_') ? error.message : STATUS_CODES[status]);
        return sendProblem(request, reply, status, detail ?? 'Bad request.');
      }
      request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, 500, 'An unexpected error occurred; the server log has the details under this requestId.');
    });

    // Once shutdown has begun, a request that reaches a still-open connection is told so as a
    // problem (Fastify's own 503 for this case is plain JSON); requests already in flight finish.
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async () => {
      if (closing) {
        throw new ProblemError(503, 'The server is shutting down; retry in a moment.', undefined, { connection: 'close', 'retry-after': '1' });
      }
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, 404, `No route ${request.method} ${request.url.split('?')[0]}. See /docs for the API.`),
    );
  },
  { name: 'errors' },
);
