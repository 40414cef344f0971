import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createCurationService, type CurationResult } from '../ingest/curation.js';
import { invalidField, notFound, ProblemError } from '../plugins/errors.js';
import { IdParamsSchema, problems, ProblemSchema } from '../schemas/common.js';
import { EventPatchSchema, IfMatchHeadersSchema } from '../schemas/curation.js';
import { EventDetailSchema } from '../schemas/events.js';
import { etagOf, ifMatchPrecondition } from './etag.js';
import { betweenWriterSlices } from '../ingest/read-pressure.js';
import { presentEvent } from './present.js';

const WRITE_SECURITY = [{ bearerAuth: [] }];
const EVENT_ID = IdParamsSchema('event', 'evt_01k0a8m3zq6h7c9d2e4f5g6h7j');
const STALE = ProblemSchema.describe('If-Match named an ETag the event no longer has: someone changed it since; GET it again.');

/** The 404/412/400 a curation result stands for; nothing for success. */
function failure(eventId: string, result: CurationResult): ProblemError | undefined {
  switch (result.outcome) {
    case 'missing':
      return notFound(
        result.deletedAt
          ? `Event "${eventId}" was deleted at ${result.deletedAt}.`
          : `No event with id "${eventId}".`,
      );
    case 'stale':
      return new ProblemError(412, `Event "${eventId}" has changed: its ETag is now ${etagOf(result.version)}.`, undefined, {
        etag: etagOf(result.version),
      });
    case 'invalid':
      return invalidField(result.field, 'body', result.message);
    default:
      return undefined;
  }
}

const curationRoutes: FastifyPluginAsyncZod = async (app) => {
  const curation = createCurationService(app.repos, app.clock);
  // RFC 7396's media type, as well as plain JSON; this plugin's routes only.
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.patch('/v1/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'Curate an event',
      description:
        'A JSON merge patch (application/merge-patch+json or application/json): the fields sent replace the stored ones; ' +
        '`actors` and `places` replace the whole list (places are shared: lat/lon sent for a place correct it for every event naming it). The event becomes `curated: true` and the fields sent stay as set: ' +
        'later articles that report the event add mentions (mentionCount, sourceCount grow) but never overwrite them ' +
        '(the four date fields count as one: curating any keeps all). Fields not curated still improve from later reports. ' +
        'Send `If-Match` with the ETag from GET /v1/events/{id} to avoid overwriting someone else\'s edit: 412 when the event changed since.',
      security: WRITE_SECURITY,
      params: EVENT_ID,
      headers: IfMatchHeadersSchema,
      consumes: ['application/merge-patch+json', 'application/json'],
      body: EventPatchSchema,
      response: {
        200: EventDetailSchema.describe('The curated event with its citations; the ETag header has its new version.'),
        ...problems(400, 401, 403, 404, 415, 429),
        412: STALE,
      },
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      const result = await betweenWriterSlices(() => curation.patch(id, request.body, ifMatchPrecondition(request.headers['if-match'])));
      const problem = failure(id, result);
      if (problem) throw problem;
      if (result.outcome !== 'done') throw new Error(`unexpected curation outcome ${result.outcome}`);
      reply.header('etag', etagOf(result.version));
      return { ...presentEvent(result.event), mentions: app.repos.events.mentions(id) };
    },
  });

  app.delete('/v1/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'Delete an event',
      description:
        'Removes the event with its mentions and actor/place links. A tombstone stays in GET /v1/events/changes so mirrors delete it too. ' +
        'Later articles that report the same event (same type, overlapping dates, matching actors or places) do not bring it back: ' +
        'a curator\'s deletion holds (articles stay stored; they just cite nothing for it). ' +
        'Optional `If-Match` as for PATCH. Deleting an already deleted event is 404.',
      security: WRITE_SECURITY,
      params: EVENT_ID,
      headers: IfMatchHeadersSchema,
      response: { 204: z.null().describe('Deleted.'), ...problems(400, 401, 403, 404, 429), 412: STALE },
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      const problem = failure(id, await betweenWriterSlices(() => curation.delete(id, ifMatchPrecondition(request.headers['if-match']))));
      if (problem) throw problem;
      return reply.code(204).send(null);
    },
  });
};

export default curationRoutes;
