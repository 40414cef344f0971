import type { SqliteDatabase } from '../../src/db/sqlite.js';

/** Every merge key (migration 008) as its links and events say it should be, and as stored. */
export function mergeKeys(db: SqliteDatabase) {
  const span = `CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1
    WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3
    WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END`;
  const derived = (links: string, column: string) =>
    db.prepare(`SELECT l.${column} AS name, e.type, ${span} AS spanClass, e.start_date AS startDate, e.id AS eventId, e.end_date AS endDate
      FROM ${links} l JOIN events e ON e.id = l.event_id ORDER BY 1, 2, 3, 4, 5`).all();
  const stored = (keys: string, column: string) =>
    db.prepare(`SELECT ${column} AS name, type, span_class AS spanClass, start_date AS startDate, event_id AS eventId, end_date AS endDate
      FROM ${keys} ORDER BY 1, 2, 3, 4, 5`).all();
  return {
    actors: { stored: stored('event_actor_keys', 'actor_id'), derived: derived('event_actors', 'actor_id') },
    places: { stored: stored('event_place_keys', 'place_id'), derived: derived('event_places', 'place_id') },
  };
}
