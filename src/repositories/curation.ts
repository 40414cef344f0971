import type { SqliteDatabase } from '../db/sqlite.js';
import type { EventType } from '../domain/taxonomy.js';
import type { EventFields, PlaceRecord } from './types.js';

/** The event fields PATCH /v1/events/{id} may set, by their API names. */
export const CURATABLE_FIELDS = [
  'type',
  'title',
  'summary',
  'startDate',
  'endDate',
  'datePrecision',
  'dateCertainty',
  'status',
  'places',
  'actors',
] as const;
export type CuratableField = (typeof CURATABLE_FIELDS)[number];

/** What decides whether two reports are one event (see ingest/merge.ts). */
export type MergeIdentity = Pick<
  EventFields,
  'type' | 'startDate' | 'endDate' | 'datePrecision' | 'dateCertainty' | 'actors' | 'places'
>;

export type IdentityRole = 'alias' | 'suppressed';

export interface StoredIdentity extends MergeIdentity {
  eventId: string;
  role: IdentityRole;
}

interface IdentityRow {
  eventId: string;
  role: IdentityRole;
  type: EventType;
  startDate: string;
  endDate: string;
  datePrecision: EventFields['datePrecision'];
  dateCertainty: EventFields['dateCertainty'];
  actors: string;
  places: string;
}

export type CurationRepository = ReturnType<typeof createCurationRepository>;

/** Curated fields, merge identities kept beside events (aliases, suppressions), and event deletion. */
export function createCurationRepository(db: SqliteDatabase) {
  const selectCuratedFields = db.prepare(`SELECT curated_fields AS fields FROM events WHERE id = ?`);
  const markCurated = db.prepare(`UPDATE events SET curated = 1, curated_fields = ? WHERE id = ?`);
  const unlinkActors = db.prepare(`DELETE FROM event_actors WHERE event_id = ?`);
  const unlinkPlaces = db.prepare(`DELETE FROM event_places WHERE event_id = ?`);
  const placeCoordinates = db.prepare(`UPDATE places SET lat = ?, lon = ? WHERE name = ? AND country_code = ?`);
  const insertIdentity = db.prepare(`INSERT INTO event_identities
    (event_id, role, type, start_date, end_date, date_precision, date_certainty, actors, places)
    VALUES (@eventId, @role, @type, @startDate, @endDate, @datePrecision, @dateCertainty, @actors, @places)`);
  const hasAlias = db.prepare(`SELECT 1 FROM event_identities WHERE event_id = ? AND role = 'alias'`);
  const suppressAliases = db.prepare(`UPDATE event_identities SET role = 'suppressed' WHERE event_id = ? AND role = 'alias'`);
  const overlapping = db.prepare(`SELECT event_id AS eventId, role, type, start_date AS startDate, end_date AS endDate,
      date_precision AS datePrecision, date_certainty AS dateCertainty, actors, places
    FROM event_identities WHERE type = ? AND start_date <= ? AND end_date >= ?`);
  const deleteFts = db.prepare(`DELETE FROM events_fts WHERE rowid = (SELECT seq FROM events WHERE id = ?)`);
  // Mentions and actor/place links go by ON DELETE CASCADE; the trigger on events leaves the tombstone.
  const deleteEvent = db.prepare(`DELETE FROM events WHERE id = ?`);

  function addIdentity(eventId: string, role: IdentityRole, identity: MergeIdentity): void {
    insertIdentity.run({
      eventId,
      role,
      type: identity.type,
      startDate: identity.startDate,
      endDate: identity.endDate,
      datePrecision: identity.datePrecision,
      dateCertainty: identity.dateCertainty,
      actors: JSON.stringify(identity.actors),
      places: JSON.stringify(identity.places),
    });
  }

  return {
    /** The fields a curator set on the event (empty for an uncurated or unknown event). */
    curatedFields(eventId: string): CuratableField[] {
      const row = selectCuratedFields.get(eventId) as { fields: string } | undefined;
      return row ? (JSON.parse(row.fields) as CuratableField[]) : [];
    },

    /** Marks the event curated with exactly these fields curated. */
    markCurated(eventId: string, fields: CuratableField[]): void {
      markCurated.run(JSON.stringify(fields), eventId);
    },

    /** Drops the event's actor links (before they are replaced). */
    unlinkActors(eventId: string): void {
      unlinkActors.run(eventId);
    },

    /** Drops the event's place links (before they are replaced). */
    unlinkPlaces(eventId: string): void {
      unlinkPlaces.run(eventId);
    },

    /**
     * Sets a place's coordinates. Places are shared by every event that names them, so a
     * curator's correction of where a place is applies to all of them.
     */
    locatePlace(place: PlaceRecord): void {
      if (place.lat !== null && place.lon !== null) placeCoordinates.run(place.lat, place.lon, place.name, place.countryCode ?? '');
    },

    /** Keeps how the extractor read the event before its first edit; later edits keep the first. */
    keepExtractedIdentity(eventId: string, identity: MergeIdentity): void {
      if (!hasAlias.get(eventId)) addIdentity(eventId, 'alias', identity);
    },

    /**
     * Deletes the event (mentions, links, search row) and remembers its identities, current and
     * as first extracted, so later reports of it are not stored again. False when there was none.
     */
    deleteAndSuppress(eventId: string, identity: MergeIdentity): boolean {
      suppressAliases.run(eventId);
      addIdentity(eventId, 'suppressed', identity);
      deleteFts.run(eventId);
      return deleteEvent.run(eventId).changes > 0;
    },

    /** Aliases and suppressions of `type` whose [startDate, endDate] overlaps [from, to]. */
    identitiesOverlapping(type: EventType, from: string, to: string): StoredIdentity[] {
      return (overlapping.all(type, to, from) as IdentityRow[]).map((row) => ({
        ...row,
        actors: JSON.parse(row.actors) as MergeIdentity['actors'],
        places: JSON.parse(row.places) as MergeIdentity['places'],
      }));
    },
  };
}
