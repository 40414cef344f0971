import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalidField } from '../plugins/errors.js';
import { problems } from '../schemas/common.js';
import { ChangesPageSchema, ChangesQuerySchema } from '../schemas/curation.js';
import { decodeCursor, encodeCursor, filterDigest, nextPageUrl } from './cursor.js';
import { presentEvent } from './present.js';

const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/events/changes', {
    schema: {
      tags: ['events'],
      summary: 'Incremental sync: what changed since an instant',
      description:
        'One ordered stream of changes for mirroring the timeline: `upsert` items carry the whole event as it is now ' +
        '(created, merged with a later report, given a new mention, curated), `delete` items are tombstones of deleted events. ' +
        'Each event appears once, at its latest change; apply items in order. Loop: request with `since`; while `nextCursor` ' +
        'is not null, request again with `cursor` (same `since`; the Link header has the URL); store `syncedUntil` and pass it ' +
        'as `since` on the next poll. Changes at exactly `since` are served again, so a resumed sync may repeat a few items: ' +
        'both kinds are idempotent. Tombstones are kept indefinitely.',
      querystring: ChangesQuerySchema,
      response: { 200: ChangesPageSchema, ...problems(400, 429) },
    },
    handler: async (request, reply) => {
      const { since, limit, cursor } = request.query;
      const digest = filterDigest({ since });
      // Cursor positions are (change_seq, changedAt): the feed's commit order and its instant.
      const resumed = cursor ? decodeCursor(cursor, digest) : undefined;
      if (resumed && !/^\d+$/.test(resumed.key)) throw invalidField('cursor', 'query', 'is not a cursor this API issued');
      const start = resumed ? Number(resumed.key) : app.repos.changes.positionBefore(since);
      const changes = start === undefined ? [] : app.repos.changes.after(start, limit + 1);
      const page = changes.slice(0, limit);
      const events = new Map(app.repos.events.findMany(page.filter((c) => !c.deleted).map((c) => c.eventId)).map((e) => [e.id, e]));
      const data = page.map((change) => {
        const event = events.get(change.eventId);
        return event
          ? { kind: 'upsert' as const, id: change.eventId, changedAt: change.changedAt, event: presentEvent(event) }
          : { kind: 'delete' as const, id: change.eventId, changedAt: change.changedAt, deletedAt: change.changedAt };
      });
      const last = page[page.length - 1];
      const nextCursor =
        changes.length > limit && last ? encodeCursor({ key: String(last.seq), id: last.changedAt }, digest) : null;
      if (nextCursor) reply.header('link', `<${nextPageUrl(request, nextCursor)}>; rel="next"`);
      return { data, nextCursor, syncedUntil: last?.changedAt ?? resumed?.id ?? since };
    },
  });
};

export default changeRoutes;
