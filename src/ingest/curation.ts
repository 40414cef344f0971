import type { Repositories } from '../repositories/index.js';
import type { CuratableField } from '../repositories/curation.js';
import type { EventFields, EventRecord } from '../repositories/types.js';

/** The fields a PATCH sets; absent fields keep their value. */
export type EventPatch = Partial<Pick<EventFields, CuratableField>>;

/**
 * An If-Match precondition, given the event's current version: true when the write may go ahead.
 * Undefined when the request set no precondition.
 */
export type Precondition = (version: number) => boolean;

export type CurationResult =
  | { outcome: 'done'; event: EventRecord; version: number }
  | { outcome: 'deleted'; deletedAt: string }
  | { outcome: 'missing'; deletedAt?: string }
  | { outcome: 'stale'; version: number }
  | { outcome: 'invalid'; field: CuratableField; message: string };

export type CurationService = ReturnType<typeof createCurationService>;

/** Hand edits of events: PATCH (curated fields) and DELETE (tombstone and suppression). */
export function createCurationService(repos: Repositories, clock: () => Date) {
  /** The event and its version, or why the write cannot go ahead. */
  function current(eventId: string, precondition?: Precondition): { event: EventRecord; version: number } | CurationResult {
    const event = repos.events.findById(eventId);
    const change = repos.changes.ofEvent(eventId);
    if (!event || !change) return { outcome: 'missing', deletedAt: change?.deleted ? change.changedAt : undefined };
    if (precondition && !precondition(change.seq)) return { outcome: 'stale', version: change.seq };
    return { event, version: change.seq };
  }

  return {
    /**
     * Applies a merge patch: the patched fields replace the stored ones (actors and places as whole
     * lists) and are recorded as curated, so later articles cannot overwrite them.
     */
    patch(eventId: string, patch: EventPatch, precondition?: Precondition): CurationResult {
      const now = clock().toISOString();
      return repos.transaction((): CurationResult => {
        const found = current(eventId, precondition);
        if ('outcome' in found) return found;
        const { event } = found;
        const fields: EventFields = { ...event, ...patch };
        if (fields.startDate > fields.endDate) {
          const field = patch.endDate !== undefined ? 'endDate' : 'startDate';
          return { outcome: 'invalid', field, message: `the event would end (${fields.endDate}) before it starts (${fields.startDate})` };
        }
        repos.curation.keepExtractedIdentity(eventId, event);
        if (patch.actors) repos.curation.unlinkActors(eventId);
        if (patch.places) repos.curation.unlinkPlaces(eventId);
        repos.events.update(eventId, fields, now);
        patch.places?.forEach((place) => repos.curation.locatePlace(place));
        const curated = new Set([...repos.curation.curatedFields(eventId), ...(Object.keys(patch) as CuratableField[])]);
        repos.curation.markCurated(eventId, [...curated]);
        // Title and summary are searchable; updatedAt moves.
        repos.events.refresh(eventId, now);
        const updated = current(eventId);
        if ('outcome' in updated) throw new Error(`event ${eventId} vanished while being patched`);
        return { outcome: 'done', ...updated };
      });
    },

    /**
     * Deletes the event with its mentions and links. Its tombstone stays in the change feed, and
     * later reports of the same event are not stored again.
     */
    delete(eventId: string, precondition?: Precondition): CurationResult {
      return repos.transaction((): CurationResult => {
        const found = current(eventId, precondition);
        if ('outcome' in found) return found;
        repos.curation.deleteAndSuppress(eventId, found.event);
        const tombstone = repos.changes.ofEvent(eventId);
        return { outcome: 'deleted', deletedAt: tombstone?.changedAt ?? clock().toISOString() };
      });
    },
  };
}
