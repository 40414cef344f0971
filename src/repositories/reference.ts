import type { SqliteDatabase } from '../db/sqlite.js';
import type { ActorKind, EventType } from '../domain/taxonomy.js';
import { containsPattern } from './fts.js';

export interface ActorCount {
  name: string;
  kind: ActorKind;
  eventCount: number;
}

export interface PlaceCount {
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  eventCount: number;
}

export interface DayTypeCount {
  startDate: string;
  type: EventType;
  count: number;
}

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;

/** Read-only aggregates behind the reference lists and the timeline. */
export function createReferenceRepository(db: SqliteDatabase) {
  const typeCounts = db.prepare(`SELECT type, count(*) AS count FROM events GROUP BY type`);
  // Actors and places no event refers to any more (after deletions) are left out.
  const actorCounts = db.prepare(`SELECT a.name, a.kind, count(*) AS eventCount
    FROM actors a JOIN event_actors ea ON ea.actor_id = a.id
    WHERE a.name LIKE ? ESCAPE '\\'
    GROUP BY a.id ORDER BY eventCount DESC, a.name LIMIT ?`);
  const placeCounts = db.prepare(`SELECT p.name, p.country_code AS countryCode, p.lat, p.lon, count(*) AS eventCount
    FROM places p JOIN event_places ep ON ep.place_id = p.id
    WHERE p.name LIKE ? ESCAPE '\\'
    GROUP BY p.id ORDER BY eventCount DESC, p.name LIMIT ?`);
  const dayTypeCounts = db.prepare(`SELECT start_date AS startDate, type, count(*) AS count FROM events
    WHERE start_date <= @to AND end_date >= @from
      AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
    GROUP BY start_date, type ORDER BY start_date`);
  const dateBounds = db.prepare(`SELECT min(start_date) AS first, max(end_date) AS last FROM events`);

  return {
    eventTypeCounts(): Map<EventType, number> {
      const rows = typeCounts.all() as Array<{ type: EventType; count: number }>;
      return new Map(rows.map((row) => [row.type, row.count]));
    },

    actors(query: string, limit: number): ActorCount[] {
      return actorCounts.all(containsPattern(query), limit) as ActorCount[];
    },

    places(query: string, limit: number): PlaceCount[] {
      const rows = placeCounts.all(containsPattern(query), limit) as PlaceCount[];
      return rows.map((row) => ({ ...row, countryCode: row.countryCode || null }));
    },

    /** Events overlapping [from, to] counted per start date and type. */
    countsByDayAndType(from: string, to: string, types?: EventType[]): DayTypeCount[] {
      return dayTypeCounts.all({
        from,
        to,
        types: types && types.length > 0 ? JSON.stringify(types) : null,
      }) as DayTypeCount[];
    },

    /** The earliest start and latest end of all events; nulls when there are none. */
    dateBounds(): { first: string | null; last: string | null } {
      return dateBounds.get() as { first: string | null; last: string | null };
    },
  };
}
