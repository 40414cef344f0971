import { unguarded, type SqliteDatabase } from '../db/sqlite.js';
import { sameContentHash } from './articles.js';
import { SPAN_CLASS } from './events.js';
import type { ActorRecord, EventFields, MentionInput, NewArticle, PlaceRecord } from './types.js';

/**
 * Bulk loading for backfills and benchmark databases: rows whose ids, counts and texts the caller
 * has already worked out (no merging, no duplicate checks), written with statements prepared once.
 * The caller wraps batches in one transaction (`db.transaction`); per-row transactions would cost
 * a journal write each.
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
}

export interface BulkMention extends MentionInput {
  eventId: string;
  articleId: string;
}

type BulkValue = string | number | null;

/**
 * Rows in each table's column order (the *_COLUMNS lists below), flattened into one array per
 * table: what a generator thread hands over cheapest (cloning 100k event rows as one object each
 * took ~1.3x as long to receive as flat arrays). Filled with addArticle, addEvent and addMention.
 */
export interface BulkBatch {
  articles: BulkValue[];
  events: BulkValue[];
  eventActors: BulkValue[];
  eventPlaces: BulkValue[];
  mentions: BulkValue[];
  /** Events in this batch (the caller's unit for transaction sizes). */
  eventCount: number;
}

const ARTICLE_COLUMNS = ['seq', 'id', 'title', 'body', 'url', 'source', 'published_at', 'reference_at', 'ingested_at', 'content_hash'];
const EVENT_COLUMNS = [
  'seq', 'id', 'type', 'title', 'summary', 'start_date', 'end_date', 'date_precision', 'date_certainty', 'status',
  'confidence', 'mention_count', 'source_count', 'created_at', 'updated_at',
];
const LINK_COLUMNS = { event_actors: ['event_id', 'actor_id'], event_places: ['event_id', 'place_id'] };
const MENTION_COLUMNS = ['event_id', 'article_id', 'quote', 'char_start', 'char_end', 'date_text', 'confidence'];

export function emptyBatch(): BulkBatch {
  return { articles: [], events: [], eventActors: [], eventPlaces: [], mentions: [], eventCount: 0 };
}

export function addArticle(batch: BulkBatch, a: BulkArticle): void {
  batch.articles.push(a.seq, a.id, a.title, a.body, a.url, a.source, a.publishedAt, a.referenceAt, a.ingestedAt, a.contentHash);
}

export function addEvent(batch: BulkBatch, e: BulkEvent): void {
  batch.events.push(
    e.seq, e.id, e.type, e.title, e.summary, e.startDate, e.endDate, e.datePrecision, e.dateCertainty, e.status,
    e.confidence, e.mentionCount, e.sourceCount, e.createdAt, e.updatedAt,
  );
  for (const actorId of e.actorIds) batch.eventActors.push(e.id, actorId);
  for (const placeId of e.placeIds) batch.eventPlaces.push(e.id, placeId);
  batch.eventCount++;
}

export function addMention(batch: BulkBatch, m: BulkMention): void {
  batch.mentions.push(m.eventId, m.articleId, m.quote, m.charStart, m.charEnd, m.dateText, m.confidence);
}

/** Rows per INSERT statement: 100k events went in ~12% faster in 50-row statements than one per row (per-call binding and stepping). */
const ROWS_PER_STATEMENT = 64;

/** Tables the writer inserts into: their insert triggers are suspended during a load. */
const LOADED_TABLES = ['articles', 'events', 'mentions', 'event_actors', 'event_places', 'actors', 'places'];

/**
 * The insert triggers a bulk load suspends, each with the set-based statement that does its work
 * for the events loaded (seq > ?) at the end (triggers sharing a statement run it once). A trigger
 * not listed here stops the load (see deferUpkeep): its work would otherwise be silently skipped.
 */
const CARDS_OF_LOADED_EVENTS = `REPLACE INTO event_cards SELECT * FROM event_card_source
  WHERE id IN (SELECT id FROM events WHERE seq > ?) ORDER BY 1, 2, 3`;
/**
 * A load into a table with no events before it: every event's card, read in key order from the
 * events_window index (same key as event_cards), so no sort and densely filled pages.
 */
const CARDS_OF_ALL_EVENTS = `INSERT INTO event_cards SELECT * FROM event_card_source ORDER BY 1, 2, 3`;
/** The index CARDS_OF_ALL_EVENTS reads events through, in the cards' key order. */
const CARD_ORDER_INDEX = 'events_window';

/**
 * Derived data a second connection (in a second thread) can compute while the loading one writes
 * rows and builds indexes, into the same tables of a database made by the same migrations, which
 * the loading connection then copies in (see deferUpkeep's `elsewhere`): article search, event
 * search and merge keys from the loaded database's committed rows (`reader`'s main; see
 * writeArticleSearch, writeEventSearch, writeMergeKeys), in that order. Only for a load into empty
 * tables. The event cards are not among them: computed there, written into a scratch file and
 * copied in, the cards of 1M events cost 11.1 CPU-s there and 2.8 s copying here, against 8.5 s
 * written here straight from the rows (1M builds at load ~13).
 */
export type DerivedElsewhere = 'articles_fts' | 'events_fts' | 'merge_keys';

/**
 * Every loaded article's search row (the table takes its content from the articles table, so only
 * the index is written), with the larger buffer. Read back from the rows rather than added one by
 * one as the articles are generated, which made the generating thread the rows stage's bottleneck:
 * on 1M events its rows took 25.2 CPU-s with article search, 16.9 without, and this 4.8 s after.
 */
export function writeArticleSearch(reader: SqliteDatabase, schema: string): void {
  withLargeSearchBuffer(reader, schema, 'articles_fts', () =>
    reader.exec(`INSERT INTO "${schema}".articles_fts (rowid, title, body) SELECT seq, title, body FROM main.articles`),
  );
}

/** Every loaded event's search row, as the loading connection would write it (see fillEventSearch). */
export function writeEventSearch(reader: SqliteDatabase, schema: string): void {
  fillEventSearch(reader, schema, 0);
}

/**
 * Terms FTS5 gathers in memory before writing them out as a segment (its 'hashsize' setting, 1 MB
 * by default) while a search index is filled in one pass: fewer, larger segments to merge. On a
 * 200k-event database, filling article search took ~40% less CPU with 64 MB, event search ~20%.
 */
const BULK_SEARCH_BUFFER_BYTES = 64 * 1024 * 1024;
/** FTS5's own default (FTS5_DEFAULT_HASHSIZE in sqlite3.c), which applies while no setting is stored. */
const DEFAULT_SEARCH_BUFFER_BYTES = 1024 * 1024;

/**
 * Runs `fill` on search table `table` of `schema` with the larger buffer, then puts the default back
 * for this connection and removes the stored setting, leaving the table's config as the migrations
 * made it.
 */
function withLargeSearchBuffer(db: SqliteDatabase, schema: string, table: string, fill: () => void): void {
  // Written into the statement: FTS5 takes only an integer, and a bound JS number is a double.
  const setBuffer = (bytes: number) => db.exec(`INSERT INTO "${schema}".${table} (${table}, rank) VALUES ('hashsize', ${bytes})`);
  setBuffer(BULK_SEARCH_BUFFER_BYTES);
  fill();
  // One segment above level 0, as migration 010 leaves an index: the few huge level-0 segments the
  // large buffer flushes would be merged with each other by the first commits after the load.
  db.exec(`INSERT INTO "${schema}".${table} (${table}) VALUES ('optimize')`);
  setBuffer(DEFAULT_SEARCH_BUFFER_BYTES);
  unguarded(db, () => db.exec(`DELETE FROM "${schema}".${table}_config WHERE k = 'hashsize'`));
}

/**
 * The tables FTS5 keeps each search index in (its shadow tables; neither keeps a copy of its text:
 * article search reads it from the articles table, event search is contentless): copied whole,
 * they are the index built elsewhere. The config tables are not copied: both databases come from
 * one migration.
 */
const SEARCH_INDEX_TABLES = {
  articles_fts: ['articles_fts_data', 'articles_fts_idx', 'articles_fts_docsize'],
  // (contentless since migration 012: no %_content table)
  events_fts: ['events_fts_data', 'events_fts_idx', 'events_fts_docsize'],
};

/** The merge key tables (migration 008): each with the links it is made from and their name column. */
const MERGE_KEY_TABLES = [
  { keys: 'event_actor_keys', links: 'event_actors', nameColumn: 'actor_id' },
  { keys: 'event_place_keys', links: 'event_places', nameColumn: 'place_id' },
] as const;

/** The merge keys of the loaded events' (seq > ?) actor or place links into `target`, in key order. */
function mergeKeysOfLoadedEvents({ keys, links, nameColumn }: (typeof MERGE_KEY_TABLES)[number], target: string = keys): string {
  return `INSERT INTO ${target} (${nameColumn}, type, span_class, start_date, event_id, end_date)
    SELECT l.${nameColumn}, e.type, ${SPAN_CLASS}, e.start_date, e.id, e.end_date
    FROM main.${links} l JOIN main.events e ON e.id = l.event_id WHERE e.seq > ? ORDER BY 1, 2, 3, 4, 5`;
}

/** Both merge key tables' statements, standing in for both link triggers (one step, one part computed elsewhere). */
const MERGE_KEYS_OF_LOADED_EVENTS = MERGE_KEY_TABLES.map((table) => mergeKeysOfLoadedEvents(table)).join(';\n');

/** Every loaded event's merge keys, as the loading connection would write them (in key order: the copy appends). */
export function writeMergeKeys(reader: SqliteDatabase, schema: string): void {
  for (const table of MERGE_KEY_TABLES) reader.prepare(mergeKeysOfLoadedEvents(table, `"${schema}".${table.keys}`)).run(0);
}

const SUSPENDED_TRIGGERS: Record<string, string> = {
  // The sync feed: loaded events enter it in the order they were last updated (as migration 004
  // backfilled it), rather than all stamped with the moment of the load.
  events_change_on_insert: `INSERT OR REPLACE INTO event_changes (event_id, changed_at, deleted)
    SELECT id, updated_at, 0 FROM events WHERE seq > ? ORDER BY updated_at, id`,
  events_span_bound_insert: `UPDATE event_span_bound SET max_days = max(max_days,
    coalesce((SELECT max(CAST(julianday(end_date) - julianday(start_date) AS INTEGER)) FROM events WHERE seq > ?), 0))
    WHERE id = 1`,
  // One card per event once its actors and places are linked, instead of one per row inserted.
  event_cards_on_insert: CARDS_OF_LOADED_EVENTS,
  event_cards_on_actor_link: CARDS_OF_LOADED_EVENTS,
  event_cards_on_place_link: CARDS_OF_LOADED_EVENTS,
  event_actor_keys_on_link: MERGE_KEYS_OF_LOADED_EVENTS,
  event_place_keys_on_link: MERGE_KEYS_OF_LOADED_EVENTS,
};

/**
 * Indexes kept in order row by row during a load, as a UNIQUE one is. The content hash's key
 * (migration 013; it stands in for the UNIQUE index on the whole hash) takes entries in no order of
 * arrival: built at the end by one sort, its pages were packed full and the first batch after the
 * load split most of them (1.75 pages written per article against 1.30, bench/writer.ts --pages).
 */
const KEPT_INDEXES = ['articles_content_key'];

/**
 * Insert triggers that only refuse rows (no work to do set-wise): suspended too, and each stands in
 * for by a query finding a loaded article (seq > ?) it would have refused, run once the indexes are
 * built; the load fails on the first found.
 */
const SUSPENDED_GUARDS: Record<string, string> = {
  articles_content_unique: `SELECT a.id FROM articles a WHERE a.seq > ? AND EXISTS (SELECT 1 FROM articles b
    WHERE ${sameContentHash('b.content_hash', 'a.content_hash')} AND b.seq <> a.seq) LIMIT 1`,
};

/**
 * Writes the search rows of the events after seq `loadedAfter` into events_fts of `schema`, with the
 * larger buffer: title, summary and their mentions' quotes (as the events repository writes them).
 */
function fillEventSearch(db: SqliteDatabase, schema: string, loadedAfter: number): void {
  const fill = `INSERT INTO "${schema}".events_fts (rowid, title, summary, quotes)
    SELECT e.seq, e.title, e.summary, (SELECT group_concat(quote, ' ') FROM mentions WHERE event_id = e.id)
    FROM events e WHERE e.seq > ?`;
  withLargeSearchBuffer(db, schema, 'events_fts', () => db.prepare(fill).run(loadedAfter));
}

/** The items that pass `test`, then those that fail it. */
function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

export type BulkWriter = ReturnType<typeof createBulkWriter>;

/** Runs one step of bringing derived data up to date (a caller timing the steps wraps `work`). */
export type UpkeepStep = (name: string, work: () => void) => void;

export function createBulkWriter(db: SqliteDatabase) {
  const insertActor = db.prepare(`INSERT INTO actors (name, kind) VALUES (?, ?)
    ON CONFLICT (name) DO UPDATE SET kind = kind RETURNING id`);
  const insertPlace = db.prepare(`INSERT INTO places (name, country_code, lat, lon) VALUES (?, ?, ?, ?)
    ON CONFLICT (name, country_code) DO UPDATE SET lat = coalesce(lat, excluded.lat) RETURNING id`);
  /** Writes one table's flattened rows, ROWS_PER_STATEMENT at a time, the rest one by one. */
  function inserter(table: string, columns: string[]): (values: BulkValue[]) => void {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const insert = (rows: number) =>
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`);
    const many = insert(ROWS_PER_STATEMENT);
    const one = insert(1);
    const chunk = ROWS_PER_STATEMENT * columns.length;
    return (values) => {
      let at = 0;
      for (; at + chunk <= values.length; at += chunk) many.run(values.slice(at, at + chunk));
      for (; at < values.length; at += columns.length) one.run(values.slice(at, at + columns.length));
    };
  }
  const insertArticles = inserter('articles', ARTICLE_COLUMNS);
  const insertEvents = inserter('events', EVENT_COLUMNS);
  const linkActors = inserter('event_actors', LINK_COLUMNS.event_actors);
  const linkPlaces = inserter('event_places', LINK_COLUMNS.event_places);
  const insertMentions = inserter('mentions', MENTION_COLUMNS);

  return {
    /**
     * Suspends everything derived from the loaded rows until the returned function brings it up to
     * date in one pass each: the search indexes (filled once from the tables), the insert triggers
     * (their work done set-wise, see SUSPENDED_TRIGGERS) and the secondary indexes (one sort each
     * instead of keeping every index ordered row by row). Indexes enforcing UNIQUE stay: the writes
     * depend on them. Row by row, each insert on a table with triggers would also flush the search
     * indexes' pending terms (a statement savepoint does), leaving thousands of tiny segments to merge.
     */
    deferUpkeep(): (step?: UpkeepStep, elsewhere?: (part: DerivedElsewhere) => string) => void {
      const triggers = db
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '% INSERT ON %'
          AND tbl_name IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(LOADED_TABLES)) as Array<{ name: string; sql: string }>;
      const [guards, derived] = partition(triggers, ({ name }) => name in SUSPENDED_GUARDS);
      const unknown = derived.filter(({ name }) => !(name in SUSPENDED_TRIGGERS));
      if (unknown.length > 0) {
        throw new Error(`bulk load: no set-based replacement for trigger ${unknown.map((t) => t.name).join(', ')}`);
      }
      const indexes = db
        .prepare(`SELECT name, sql, tbl_name AS tableName FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
          AND name NOT IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(KEPT_INDEXES)) as Array<{ name: string; sql: string; tableName: string }>;
      // Only the index the card statement reads events through (in key order) is built before the
      // deferred work; the others after it, grouped by table so each table is read while its pages
      // are still cached. Built before, their pages filled the cache the card statement reads the
      // events table through, and the cards' own index (event_cards_keys) was kept in order row by
      // row: one sort of the finished table costs less (100k cards: 0.85 CPU-s with that index,
      // 0.65 without and 0.05-0.1 s for the index after; 1M cards: 10.9 CPU-s after the other
      // indexes, 9.5 before them).
      const [cardIndex, otherIndexes] = partition(indexes, ({ name }) => name === CARD_ORDER_INDEX);
      otherIndexes.sort((a, b) => a.tableName.localeCompare(b.tableName));
      const loadedAfter = (db.prepare(`SELECT coalesce(max(seq), 0) FROM events`).pluck().get() as number);
      const articlesLoadedAfter = db.prepare(`SELECT coalesce(max(seq), 0) FROM articles`).pluck().get() as number;
      const intoEmptyTables = loadedAfter === 0 && articlesLoadedAfter === 0;
      for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
      for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
      // Each statement once, named by the first trigger it stands in for.
      const deferred = new Map<string, string>();
      for (const { name } of derived) if (!deferred.has(SUSPENDED_TRIGGERS[name])) deferred.set(SUSPENDED_TRIGGERS[name], name);
      /**
       * `elsewhere`, for a load into empty events and articles tables: the name of an attached database
       * holding a part of the derived data computed by another connection (see DerivedElsewhere);
       * called when that part is due, so it may wait for the connection computing it.
       */
      return (step: UpkeepStep = (_name, work) => work(), elsewhere?: (part: DerivedElsewhere) => string) => {
        if (elsewhere && !intoEmptyTables) throw new Error('bulk load: data derived elsewhere needs a load into empty events and articles tables');
        const run = (statement: string) => {
          if (statement === MERGE_KEYS_OF_LOADED_EVENTS) {
            for (const table of MERGE_KEY_TABLES) db.prepare(mergeKeysOfLoadedEvents(table)).run(loadedAfter);
          } else if (statement !== CARDS_OF_LOADED_EVENTS || loadedAfter > 0) db.prepare(statement).run(loadedAfter);
          // Into an empty table, every event's card at once in key order (see CARDS_OF_ALL_EVENTS).
          else db.exec(CARDS_OF_ALL_EVENTS);
        };
        const copySearchIndex = (search: keyof typeof SEARCH_INDEX_TABLES, schema: string) =>
          unguarded(db, () => {
            for (const table of SEARCH_INDEX_TABLES[search]) db.exec(`DELETE FROM main.${table}; INSERT INTO main.${table} SELECT * FROM "${schema}".${table}`);
          });
        // Copied in key order, as computed there: the copy appends.
        const copyMergeKeys = (schema: string) => {
          for (const table of MERGE_KEY_TABLES) db.exec(`INSERT INTO ${table.keys} SELECT * FROM "${schema}".${table.keys}`);
        };
        const keysElsewhere = (statement: string) => elsewhere !== undefined && statement === MERGE_KEYS_OF_LOADED_EVENTS;
        // One transaction, begun and committed here rather than by db.transaction, so the commit
        // (every page the upkeep wrote, ~2.4 GB on 1M events) is timed as a step of its own.
        db.exec('BEGIN');
        try {
          step('card index', () => cardIndex.forEach(({ sql }) => db.exec(sql)));
          // This connection's own work before the parts computed elsewhere, which it would otherwise
          // wait for while its own work waits too; those are then taken in the order they are made.
          if (!elsewhere) {
            step('articles_fts', () =>
              withLargeSearchBuffer(db, 'main', 'articles_fts', () => db.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')`)),
            );
            step('events_fts', () => fillEventSearch(db, 'main', loadedAfter));
          }
          for (const [statement, name] of deferred) if (!keysElsewhere(statement)) step(name, () => run(statement));
          step('indexes', () => otherIndexes.forEach(({ sql }) => db.exec(sql)));
          for (const { name } of guards) {
            const refused = db.prepare(SUSPENDED_GUARDS[name]!).pluck().get(articlesLoadedAfter);
            if (refused !== undefined) throw new Error(`bulk load: article ${String(refused)} is refused by trigger ${name}`);
          }
          if (elsewhere) {
            step('articles_fts', () => copySearchIndex('articles_fts', elsewhere('articles_fts')));
            step('events_fts', () => copySearchIndex('events_fts', elsewhere('events_fts')));
            for (const [statement, name] of deferred) if (keysElsewhere(statement)) step(name, () => copyMergeKeys(elsewhere('merge_keys')));
          }
          for (const { sql } of triggers) db.exec(sql);
          step('commit', () => db.exec('COMMIT'));
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
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

    /** Writes a batch's rows: articles and events before the mentions and links that name them. */
    write(batch: BulkBatch): void {
      insertArticles(batch.articles);
      insertEvents(batch.events);
      linkActors(batch.eventActors);
      linkPlaces(batch.eventPlaces);
      insertMentions(batch.mentions);
    },
  };
}
