import type { SqliteDatabase } from '../db/sqlite.js';
import type { ActorRecord, EventFields, MentionInput, NewArticle, PlaceRecord } from './types.js';

/**
 * Bulk loading for backfills and benchmark databases: rows whose ids, counts and texts the caller
 * has already worked out (no merging, no duplicate checks), written with statements prepared once.
 * The caller wraps batches of calls in one transaction (`db.transaction`); per-row transactions
 * would cost a journal write each.
 */

export interface BulkArticle extends NewArticle {
  id: string;
  /** The row key the article search index joins on; assigned by the caller so no read-back is needed. */
  seq: number;
}

export interface BulkEvent extends Omit<EventFields, 'actors' | 'places'> {
  id: string;
  seq: number;
  actorIds: number[];
  placeIds: number[];
  mentionCount: number;
  sourceCount: number;
  createdAt: string;
  updatedAt: string;
  /** Every mention's quote, space-separated, for the full-text index. */
  quotes: string;
}

export interface BulkMention extends MentionInput {
  eventId: string;
  articleId: string;
}

export type BulkWriter = ReturnType<typeof createBulkWriter>;

export function createBulkWriter(db: SqliteDatabase) {
  const insertActor = db.prepare(`INSERT INTO actors (name, kind) VALUES (?, ?)
    ON CONFLICT (name) DO UPDATE SET kind = kind RETURNING id`);
  const insertPlace = db.prepare(`INSERT INTO places (name, country_code, lat, lon) VALUES (?, ?, ?, ?)
    ON CONFLICT (name, country_code) DO UPDATE SET lat = coalesce(lat, excluded.lat) RETURNING id`);
  const insertArticle = db.prepare(`INSERT INTO articles
    (seq, id, title, body, url, source, published_at, reference_at, ingested_at, content_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertArticleFts = db.prepare(`INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`);
  const insertEvent = db.prepare(`INSERT INTO events
    (seq, id, type, title, summary, start_date, end_date, date_precision, date_certainty, status, confidence,
     curated, mention_count, source_count, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`);
  const insertEventFts = db.prepare(`INSERT INTO events_fts (rowid, title, summary, quotes) VALUES (?, ?, ?, ?)`);
  const linkActor = db.prepare(`INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?)`);
  const linkPlace = db.prepare(`INSERT INTO event_places (event_id, place_id) VALUES (?, ?)`);
  const insertMention = db.prepare(`INSERT INTO mentions
    (event_id, article_id, quote, char_start, char_end, date_text, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)`);

  return {
    /**
     * Drops the secondary indexes until the returned function rebuilds them: one sort per index
     * after the load costs far less than keeping every index ordered row by row during it.
     * (Indexes that enforce UNIQUE constraints stay: the writes depend on them.)
     */
    deferIndexes(): () => void {
      const indexes = db
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`)
        .all() as Array<{ name: string; sql: string }>;
      for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
      return () => {
        for (const { sql } of indexes) db.exec(sql);
      };
    },

    /** Stores (or finds) each actor by name; returns their row ids in the same order. */
    actors(list: ActorRecord[]): number[] {
      return list.map((actor) => (insertActor.get(actor.name, actor.kind) as { id: number }).id);
    },

    places(list: PlaceRecord[]): number[] {
      return list.map(
        (place) => (insertPlace.get(place.name, place.countryCode ?? '', place.lat, place.lon) as { id: number }).id,
      );
    },

    article(a: BulkArticle): void {
      insertArticle.run(a.seq, a.id, a.title, a.body, a.url, a.source, a.publishedAt, a.referenceAt, a.ingestedAt, a.contentHash);
      insertArticleFts.run(a.seq, a.title, a.body);
    },

    event(e: BulkEvent): void {
      insertEvent.run(
        e.seq, e.id, e.type, e.title, e.summary, e.startDate, e.endDate, e.datePrecision, e.dateCertainty, e.status,
        e.confidence, e.mentionCount, e.sourceCount, e.createdAt, e.updatedAt,
      );
      insertEventFts.run(e.seq, e.title, e.summary, e.quotes);
      for (const actorId of e.actorIds) linkActor.run(e.id, actorId);
      for (const placeId of e.placeIds) linkPlace.run(e.id, placeId);
    },

    mention(m: BulkMention): void {
      insertMention.run(m.eventId, m.articleId, m.quote, m.charStart, m.charEnd, m.dateText, m.confidence);
    },
  };
}
