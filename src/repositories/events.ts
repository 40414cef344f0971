import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../db/sqlite.js';
import { EVENT_TYPE_IDS, type EventType } from '../domain/taxonomy.js';
import { containsPattern } from './fts.js';
import { newId } from './ids.js';
import { joinedKey, joinedKeyRange, keyRange, splitKey } from './key-range.js';
import { shapedStatementCache, statementCache } from './statements.js';
import type {
  ActorRecord,
  EventFields,
  EventFilter,
  EventRecord,
  KeysetPosition,
  MentionInput,
  MentionRecord,
  PlaceRecord,
} from './types.js';
import { addDays } from '../domain/days.js';
import { isRegionName, nameKey } from '../domain/names.js';

interface EventRow {
  seq: number;
  id: string;
  type: EventType;
  title: string;
  summary: string;
  start_date: string;
  end_date: string;
  date_precision: EventRecord['datePrecision'];
  date_certainty: EventRecord['dateCertainty'];
  status: EventRecord['status'];
  confidence: number;
  curated: number;
  mention_count: number;
  source_count: number;
  created_at: string;
  updated_at: string;
}

const EVENT_COLUMNS = `e.seq, e.id, e.type, e.title, e.summary, e.start_date, e.end_date, e.date_precision,
  e.date_certainty, e.status, e.confidence, e.curated, e.mention_count, e.source_count, e.created_at, e.updated_at`;

/**
 * How long an event lasts, in classes (see migration 003): written exactly as in the events_window
 * index so that SQLite matches the expression to it. Its columns are unqualified: where other
 * tables are joined, only the events table may have start_date and end_date.
 */
export const SPAN_CLASS = `(CASE WHEN end_date = start_date THEN 0 WHEN julianday(end_date) - julianday(start_date) <= 6 THEN 1 WHEN julianday(end_date) - julianday(start_date) <= 30 THEN 2 WHEN julianday(end_date) - julianday(start_date) <= 91 THEN 3 WHEN julianday(end_date) - julianday(start_date) <= 365 THEN 4 ELSE 5 END)`;
/** The longest span, in days after the start day, of span classes 0..4; class 5 is bounded by event_span_bound. */
const SPAN_CLASS_MAX_DAYS = [0, 6, 30, 91, 365];
/** The shortest span of span classes 0..5. */
const SPAN_CLASS_MIN_DAYS = [0, 1, 7, 31, 92, 366];
/** Above this many matching events, an actor, place or text filter walks the timeline in order against its matches instead of gathering and sorting them (see filterConditions). */
const GATHERED_MATCHES_MAX = 2000;
/**
 * At most this many merge-key ranges (names × types × span classes) read a window filtered by an
 * actor or place: two names of any type, or more names of fewer types (SQLite merges at most 500).
 */
const NAME_KEY_RANGES_MAX = 180;
/** Lookups of filtered pages held at most (see heldLookup): a count or a few ids each. */
const LOOKUPS_HELD_MAX = 1024;
/** Event numbers kept in sets of common search words' matches, over all words (~30 bytes each in a JS Set). */
const TEXT_MATCHES_HELD_MAX = 500_000;
/** Numbers the SQL function of each repository's text-match sets. */
let repositoryCount = 0;

/**
 * A query's LIMIT, written into its SQL: SQLite 3.53 plans with a bound LIMIT's value, so every
 * run with the value bound again prepares the statement again (a window page's four span classes
 * 25 us a run; an actor's 60 merge-key ranges 1 ms, five times the query itself). Statements are
 * cached per text (statementCache, least recently used leaving), so each page size used has its own.
 */
function limitClause(limit: number): string {
  if (!Number.isSafeInteger(limit)) throw new Error(`page limit ${limit} is not an integer`);
  return String(limit);
}

/** A page of event JSON: each event's card (migration 006), in the order of the page's keys. */
const CARD_COLUMNS = 'c.json, c.start_date, c.id';

/** A page as its events' ids and cards (JSON as UTF-8), undefined where the caller holds the card; `last` when more follow. */
export interface PageCards {
  ids: string[];
  cards: Array<Buffer | undefined>;
  last?: KeysetPosition;
}

/** A query's parameters, its SQL written only when asked, and the name of that SQL's shape (see shapedStatementCache). */
interface ShapedQuery {
  shape: string;
  sql: () => string;
  params: unknown[];
}

const START_DATE_FIELD = Buffer.from('"startDate":"');

/**
 * An event card's startDate, found in its bytes: the card is JSON written by SQLite (migration 006)
 * with no startDate but its own (a string's quotes are escaped), and its day is 10 ASCII bytes.
 * JSON.parse of the whole card (~560 bytes) cost ~2 us, this ~0.25 (scratch, 100,000 cards).
 */
export function startDateOf(card: Buffer): string {
  const at = card.indexOf(START_DATE_FIELD);
  if (at < 0) return (JSON.parse(card.toString('utf8')) as { startDate: string }).startDate;
  const start = at + START_DATE_FIELD.byteLength;
  return card.toString('latin1', start, card.indexOf(0x22, start));
}

/** Filters that only event_cards can serve alone: the date window, the position and the order. */
function readsCardsOnly(filter: EventFilter): boolean {
  return (
    (filter.types === undefined || filter.types.length === 0) &&
    filter.actor === undefined &&
    filter.place === undefined &&
    filter.fts === undefined &&
    filter.status === undefined &&
    filter.minConfidence === undefined &&
    filter.articleId === undefined &&
    filter.mergeableWith === undefined
  );
}

/** The days a candidate's dates must overlap, once widened as its own date allows. */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * What a stored event must have to be worth comparing with an incoming report (see
 * mergeCandidateCriteria in src/ingest/merge.ts, which derives it from sameEvent). Names match
 * as sameEvent matches them (nameKey: any case, outer whitespace aside).
 */
export interface MergeCandidateQuery {
  type: EventType;
  /** By how the candidate's date was obtained: inferred, relative to a day, or stated. */
  windows: { inferred: DayRange; relativeDay: DayRange; stated: DayRange };
  /** Candidates naming one of these actors (the report's own names)... */
  sharingActors: string[];
  /**
   * ...or a name the report reaches only through a side (a known person's country, a country's
   * known people), by that side (nameKey): it shares the side, never a person, and under
   * `personOrTwoActors` a side counts once however many of its names a candidate carries...
   */
  sharingSides: Array<{ side: string; names: string[] }>;
  /** ...or one of these places (with `placesOnDays`, only on those days)... */
  sharingPlaces: string[];
  /**
   * ...or a place in one of these first-level divisions (PlaceRecord.division): with `regions`, only a region's
   * (see isRegionName), the region a report's town lies in; without, any, the towns of a region a report names...
   */
  sharingDivisions?: Array<{ division: string; regions: boolean }>;
  placesOnDays?: DayRange;
  /** With true, sharing an actor means sharing a person or two sides (an actor not a person is its own side). */
  personOrTwoActors: boolean;
  /** ...or, when true, naming no actor and no place... */
  orUnnamed: boolean;
  /** ...or, with these days, any event of the type whose dates overlap them. */
  orAnyOnDays?: DayRange;
  /** Only candidates that name no place. */
  placeless: boolean;
}

/**
 * A stored event as far as deciding a merge needs it (sameEvent, findMergeTarget): the merge target
 * itself is then read whole. Actors and places in no particular order.
 */
export interface MergeCandidate {
  id: string;
  /** Storage order (events.seq): among equally good candidates the first stored wins (ids within a millisecond are random). */
  seq: number;
  type: EventType;
  startDate: string;
  endDate: string;
  datePrecision: EventRecord['datePrecision'];
  dateCertainty: EventRecord['dateCertainty'];
  status: EventRecord['status'];
  actors: ActorRecord[];
  places: PlaceRecord[];
}

/**
 * Names SQLite's case-insensitive comparison (ASCII only, untrimmed) may fail to match where
 * nameKey matches: names with characters other than printable ASCII, or outer spaces. Read from
 * the partial indexes of migration 007 (the expression is theirs) and compared in JS.
 */
const UNUSUAL_NAME = `(name GLOB '*[^ -~]*' OR name <> trim(name))`;

/**
 * Merge candidates' rows: only what the merge decision reads, actors and places as JSON arrays,
 * unsorted, so no second query loads them (a whole event per candidate, names sorted, cost about a
 * third more on 1M events). Of the events `@ids`, whatever their dates: mergeCandidates tests
 * those in JS (reachesReport), so that a row read once serves every later report of a batch
 * (see holdingMergeCandidates).
 */
const MERGE_CANDIDATE_ROWS = `SELECT e.id, e.seq, e.type, e.start_date, e.end_date, e.date_precision, e.date_certainty, e.status,
    (SELECT json_group_array(json_array(a.name, a.kind))
      FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS actors,
    (SELECT json_group_array(json_array(p.name, p.country_code, p.lat, p.lon, p.division))
      FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = e.id) AS places
  FROM events e WHERE e.id IN (SELECT value FROM json_each(@ids))`;

/** A stored event a report is folded into: what merging reads and writes of it (see mergeTarget). */
export type MergeTarget = EventFields & Pick<EventRecord, 'id' | 'curated'>;

type MergeCandidateRow = Pick<EventRow, 'id' | 'seq' | 'type' | 'start_date' | 'end_date' | 'date_precision' | 'date_certainty' | 'status'> & { actors: string; places: string };

function mergeCandidateOf(row: MergeCandidateRow): MergeCandidate {
  return {
    id: row.id,
    seq: row.seq,
    type: row.type,
    startDate: row.start_date,
    endDate: row.end_date,
    datePrecision: row.date_precision,
    dateCertainty: row.date_certainty,
    status: row.status,
    actors: (JSON.parse(row.actors) as Array<[string, ActorRecord['kind']]>).map(([name, kind]) => ({ name, kind })),
    places: (JSON.parse(row.places) as Array<[string, string, number | null, number | null, string | null]>).map(([name, countryCode, lat, lon, division]) => ({
      name,
      countryCode: countryCode || null,
      lat,
      lon,
      // (only where known: a place as findById reads it otherwise)
      ...(division ? { division } : {}),
    })),
  };
}

/** Whether a candidate's own dates, widened as its date was obtained, reach the report (MergeCandidateQuery.windows). */
function reachesReport(candidate: Pick<MergeCandidate, 'startDate' | 'endDate' | 'datePrecision' | 'dateCertainty'>, { inferred, relativeDay, stated }: MergeCandidateQuery['windows']): boolean {
  const window =
    candidate.dateCertainty === 'inferred' ? inferred : candidate.dateCertainty === 'relative' && candidate.datePrecision === 'day' ? relativeDay : stated;
  return candidate.startDate <= window.to && candidate.endDate >= window.from;
}

/** What deciding whether a held answer may hold an event reads of it (see answerMayHold). */
type AnswerForm = Pick<MergeCandidate, 'type' | 'startDate' | 'endDate' | 'datePrecision' | 'dateCertainty' | 'actors' | 'places'>;

/** A held answer of mergeCandidates, with the names (nameKey) its query matches actors and places by. */
interface HeldAnswer {
  candidates: MergeCandidate[];
  query: MergeCandidateQuery;
  actorKeys: ReadonlySet<string>;
  placeKeys: ReadonlySet<string>;
  /** The query's sharingDivisions, whether regions' or any place's. */
  divisions: ReadonlySet<string>;
}

/**
 * Whether an event as `event` describes it may be one of the candidates `held` answers (a superset
 * of mergeCandidates' rule: names shared in any way the query matches them count, whatever the rule
 * of the type asks of them, and places whatever their days).
 */
function answerMayHold({ query, actorKeys, placeKeys, divisions }: HeldAnswer, event: AnswerForm): boolean {
  if (event.type !== query.type || !reachesReport(event, query.windows)) return false;
  if (query.placeless && event.places.length > 0) return false;
  if (query.orAnyOnDays) return true;
  if (query.orUnnamed && event.actors.length === 0 && event.places.length === 0) return true;
  return (
    event.actors.some((actor) => actorKeys.has(nameKey(actor.name))) ||
    event.places.some((place) => placeKeys.has(nameKey(place.name))) ||
    // (a place told without its division but with coordinates, as a curator gives it, may have one stored; countries
    // and sites beyond the gazetteer have neither)
    (divisions.size > 0 && event.places.some((place) => (place.division ? divisions.has(place.division) : place.lat !== null)))
  );
}

/** An event's search row as heldSearch holds it: the distinct `words` of its quotes (addSearchWords); `indexed` false for an event stored in this transaction and not indexed yet. */
interface HeldSearchRow {
  title: string;
  summary: string;
  words: Set<string>;
  indexed: boolean;
}
/** Events whose search rows are held at most (see heldSearch); past that, all are let go. */
const HELD_SEARCH_MAX = 25_000;

/**
 * The runs of text between ASCII characters other than letters and digits (and whitespace of any
 * script): FTS5's unicode61 tokenizer ends a token at each of those, so every token of the text lies
 * inside one run and the runs, written apart, are tokenized into the same tokens. Non-ASCII
 * characters stay inside a run (unicode61 reads some as separators, some not; the run keeps them as
 * they were).
 */
const SEARCH_WORD_SEPARATORS = /[\s\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Adds the runs of `quote` to `words`, ASCII letters in lower case (unicode61 folds them so, wherever
 * they stand: the tokens stay the same); returns whether any was new. A quote with characters
 * beyond ASCII keeps those as they are (toLowerCase could change how unicode61 folds them).
 */
export function addSearchWords(words: Set<string>, quote: string): boolean {
  const size = words.size;
  const folded = NON_ASCII.test(quote) ? quote.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : quote.toLowerCase();
  for (const word of folded.split(SEARCH_WORD_SEPARATORS)) if (word !== '') words.add(word);
  return words.size > size;
}

/** daysBefore's answers, by days and day (a batch's reports ask for the same few hundred days). */
const shiftedDays = new Map<string, string>();
/** addDays(day, -days), remembered: six per merge-candidate query, ~2 us each as dates parsed and printed. */
function daysBefore(day: string, days: number): string {
  const key = `${days} ${day}`;
  let shifted = shiftedDays.get(key);
  if (shifted === undefined) {
    if (shiftedDays.size >= 100_000) shiftedDays.clear();
    shifted = addDays(day, -days);
    shiftedDays.set(key, shifted);
  }
  return shifted;
}

type NamedActor = [id: number, kind: ActorRecord['kind'], name: string];
/** Counts added to an event and not written yet, and the instant of the last report adding them. */
interface PendingCount {
  mentions: number;
  sources: number;
  now: string;
}
type MergeFieldsRow = Pick<EventRow, 'title' | 'summary' | 'status' | 'confidence' | 'curated'>;
interface UnusualNames {
  actors: Array<{ actor: NamedActor; key: string }>;
  places: Array<{ id: number; key: string }>;
}

/**
 * Merge candidates held between the reports of a batch at most (see holdingMergeCandidates): about
 * 800 bytes of heap each (the candidates of 300 bench articles, 8,235 events, held 6.6 MB), so
 * ~20 MB at most; past that, all are let go.
 */
const HELD_CANDIDATES_MAX = 25_000;
/**
 * Answers of merge-candidate queries held at most (see heldAnswers): each a query's text (~400
 * bytes) and an array of candidates held anyway, so ~5 MB at most; past that, all are let go.
 */
const HELD_ANSWERS_MAX = 10_000;

/**
 * The events of one type naming one actor (or place) whose dates may reach a window: one range of
 * the merge keys (migration 008) by (name, type, span class, start day) for each of the span
 * classes 0..`classes`-1, in one statement (run once per name: as six statements, the runs cost
 * more than the ranges, most of them empty).
 */
function mergeKeyScan(keys: 'event_actor_keys' | 'event_place_keys', nameColumn: 'actor_id' | 'place_id', classes: number): string {
  return Array.from(
    { length: classes },
    (_, spanClass) => `SELECT event_id FROM ${keys} WHERE ${nameColumn} = @nameId AND type = @type AND span_class = ${spanClass}
    AND start_date >= @lowest${spanClass} AND start_date <= @highest${spanClass > 0 ? ' AND end_date >= @lowestEnd' : ''}
    AND start_date <= @onDaysTo AND end_date >= @onDaysFrom`,
  ).join('\n    UNION ALL ');
}

/**
 * Events of one type (with `unnamedOnly`, those that name no actor and no place), one arm per span
 * class of events_window_type.
 */
function eventsOfTypeSql(unnamedOnly: boolean): string {
  const unnamed = `
      AND NOT EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM event_places ep WHERE ep.event_id = e.id)`;
  const arms = [0, 1, 2, 3, 4, 5].map(
    (spanClass) => `SELECT e.id FROM events e WHERE ${SPAN_CLASS} = ${spanClass} AND e.type = @type
      AND e.start_date >= @lowest${spanClass} AND e.start_date <= @highest${spanClass > 0 ? ' AND e.end_date >= @lowest0' : ''}${unnamedOnly ? unnamed : ''}`,
  );
  return arms.join('\n    UNION ALL ');
}

export type EventRepository = ReturnType<typeof createEventRepository>;

/** `deferSearch`: as for createArticleRepository. */
export function createEventRepository(
  db: SqliteDatabase,
  { gatheredMatchesMax = GATHERED_MATCHES_MAX, deferSearch = () => false }: { gatheredMatchesMax?: number; deferSearch?: () => boolean } = {},
) {
  const prepare = statementCache(db);
  const prepareShaped = shapedStatementCache(db);

  const insertEvent = db.prepare(`INSERT INTO events
    (id, type, title, summary, start_date, end_date, date_precision, date_certainty, status, confidence,
     curated, created_at, updated_at)
    VALUES (@id, @type, @title, @summary, @startDate, @endDate, @datePrecision, @dateCertainty, @status,
     @confidence, 0, @now, @now)`);
  // An event's own fields, and the counts a report adds when it is folded in with a mention: one
  // UPDATE (one card rewrite and one change-feed row, triggers of migrations 004 and 006) per merge.
  const updateEvent = db.prepare(`UPDATE events SET type = @type, title = @title, summary = @summary,
    start_date = @startDate, end_date = @endDate, date_precision = @datePrecision,
    date_certainty = @dateCertainty, status = @status, confidence = @confidence,
    mention_count = mention_count + @addedMentions, source_count = source_count + @addedSources, updated_at = @now
    WHERE id = @id`);
  // Counts moved by one mention, rather than recounted; the UPDATE also rewrites the event's card and
  // change-feed row (triggers of migrations 004 and 006).
  const countReport = db.prepare(`UPDATE events SET mention_count = mention_count + @addedMentions,
    source_count = source_count + @addedSources, updated_at = @now WHERE id = @id`);
  const mentionConfidence = db.prepare(`SELECT confidence FROM mentions WHERE event_id = ? AND article_id = ?`).pluck();
  // Whether another article reporting the event has this article's publisher (refreshCounts' key).
  const sourceReported = db.prepare(`SELECT EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.event_id = @eventId AND m.article_id <> @articleId
        AND coalesce(a.source, a.id) = (SELECT coalesce(source, id) FROM articles WHERE id = @articleId))`).pluck();
  const selectById = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`);
  // What a merge target adds to its merge candidate (see mergeTarget).
  const selectMergeFields = db.prepare(`SELECT title, summary, status, confidence, curated FROM events WHERE id = ?`);
  const selectByIds = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`);
  // Looked up before inserting rather than upserted: an upsert's no-op DO UPDATE still runs the
  // UPDATE triggers of actors and places (event_cards, migration 006) for every link.
  const findActor = db.prepare(`SELECT id FROM actors WHERE name = ?`).pluck();
  const insertActor = db.prepare(`INSERT INTO actors (name, kind) VALUES (?, ?) RETURNING id`).pluck();
  const linkActor = db.prepare(`INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)`);
  const findPlace = db.prepare(`SELECT id, lat, lon, division FROM places WHERE name = ? AND country_code = ?`);
  const insertPlace = db.prepare(`INSERT INTO places (name, country_code, lat, lon, division) VALUES (?, ?, ?, ?, ?) RETURNING id`).pluck();
  const fillPlaceCoordinates = db.prepare(`UPDATE places SET lat = coalesce(lat, ?), lon = coalesce(lon, ?), division = coalesce(division, ?) WHERE id = ?`);
  const linkPlace = db.prepare(`INSERT OR IGNORE INTO event_places (event_id, place_id) VALUES (?, ?)`);
  const actorsOf = db.prepare(`SELECT ea.event_id AS eventId, a.name, a.kind
    FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
    WHERE ea.event_id IN (SELECT value FROM json_each(?)) ORDER BY a.name`);
  const placesOf = db.prepare(`SELECT ep.event_id AS eventId, p.name, p.country_code AS countryCode, p.lat, p.lon
    FROM event_places ep JOIN places p ON p.id = ep.place_id
    WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY p.name`);
  // A second report of the same event by the same article keeps the more confident mention.
  const upsertMention = db.prepare(`INSERT INTO mentions
    (event_id, article_id, quote, char_start, char_end, date_text, confidence)
    VALUES (@eventId, @articleId, @quote, @charStart, @charEnd, @dateText, @confidence)
    ON CONFLICT (event_id, article_id) DO UPDATE SET quote = excluded.quote, char_start = excluded.char_start,
      char_end = excluded.char_end, date_text = excluded.date_text, confidence = excluded.confidence
    WHERE excluded.confidence > mentions.confidence`);
  const mentionsOf = db.prepare(`SELECT m.article_id AS articleId, a.title AS articleTitle, a.url,
      a.published_at AS publishedAt, m.quote, m.char_start AS charStart, m.char_end AS charEnd,
      m.date_text AS dateText, m.confidence
    FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id = ? ORDER BY a.reference_at, a.id`);
  // sourceCount counts distinct publishers; an article without a source counts as its own.
  const refreshCounts = db.prepare(`UPDATE events SET
      mention_count = (SELECT count(*) FROM mentions WHERE event_id = @id),
      source_count = (SELECT count(DISTINCT coalesce(a.source, a.id)) FROM mentions m
                      JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id),
      updated_at = @now
    WHERE id = @id`);
  // The search rows of the events whose ids are in a JSON array: set-wise, since every statement
  // that writes to an FTS5 table first flushes its pending terms to disk (and merges segments).
  const deleteFts = db.prepare(`DELETE FROM events_fts WHERE rowid IN (SELECT seq FROM events WHERE id IN (SELECT value FROM json_each(?)))`);
  // Each row replaced where it stands (FTS5 deletes the old one first), in rowid order: FTS5 also
  // flushes its pending terms, as a new segment of the index, whenever a rowid comes lower than the
  // one before. Written in the order of the ids (deleted all, then inserted all), a slice's search
  // rows were one segment each, whose merges soon reached the index's one big segment and rewrote it
  // whole (on 1M events, ~1 s of CPU and 140 MB of log in one slice, every few dozen slices).
  const writeFts = db.prepare(`INSERT OR REPLACE INTO events_fts (rowid, title, summary, quotes)
    SELECT e.seq, e.title, e.summary, (SELECT group_concat(quote, ' ') FROM mentions WHERE event_id = e.id)
    FROM events e WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.seq`);
  /**
   * Events whose search text a mention changed in the open transaction, written once each before it
   * commits (writePendingSearch): rewritten per mention, the search rows cost ~3.7 ms of CPU per
   * mention on 1M events (the flush and segment merges each FTS5 write starts with), and a batch
   * slice reports the same event many times.
   */
  const pendingSearch = new Set<string>();
  /**
   * What each event's search row indexes, held while merge candidates are (holdingMergeCandidates)
   * and kept up by this repository's writes: its title, summary and the distinct words of its quotes
   * (searchWordsOf). A report whose quote brings no word the row lacks, and whose merge leaves title
   * and summary as they were, leaves the row as it is; a row that must change is written from the
   * held words, not from every quote of the event again (the row's rewrite was the writer's largest
   * statement: 75-129 us per article on 1M events, tokenizing all the quotes of each touched event
   * in every slice). A `q` filter matches word by word (toFtsQuery: each word its own phrase), so a
   * row of distinct words finds the same events as one of every quote.
   */
  const heldSearch = new Map<string, HeldSearchRow>();
  /** Events whose row is written from heldSearch (a subset of pendingSearch; the others from their stored quotes). */
  const pendingFromHeld = new Set<string>();
  const searchFieldsOf = db.prepare(`SELECT title, summary FROM events WHERE id = ?`);
  const quotesOfEvent = db.prepare(`SELECT quote FROM mentions WHERE event_id = ?`).pluck();
  // writeFts for pairs [id, words]: words null for a row written from its stored quotes (one statement,
  // in rowid order, as writeFts; the title and summary from the event's row, as the held ones are).
  const writePendingFts = db.prepare(`INSERT OR REPLACE INTO events_fts (rowid, title, summary, quotes)
    SELECT e.seq, e.title, e.summary, coalesce(j.value ->> 1, (SELECT group_concat(quote, ' ') FROM mentions WHERE event_id = e.id))
    FROM json_each(?) j JOIN events e ON e.id = j.value ->> 0 ORDER BY e.seq`);
  /**
   * The counts reports added to events in the open transaction, written once per event before it
   * commits (writePendingCounts), with the instant of the last: each count UPDATE also rewrites the
   * event's card and change-feed row (triggers of migrations 004 and 011), and a batch slice reports
   * the same event many times (on the bench's batches, 2,640 reports of ~250 events).
   */
  const pendingCounts = new Map<string, PendingCount>();
  /** Each change to pendingCounts, as (event id, its entry before), so a rolled-back savepoint takes its own back (rollbackPendingCounts). */
  const countJournal: Array<[string, PendingCount | undefined]> = [];
  function setPendingCount(eventId: string, count: PendingCount | undefined): void {
    countJournal.push([eventId, pendingCounts.get(eventId)]);
    if (count) pendingCounts.set(eventId, count);
    else pendingCounts.delete(eventId);
  }
  /**
   * Merge target fields of held candidates (see mergeTarget), by id, held and let go of with them:
   * only this repository's writes change them meanwhile (updateEvent, which drops the candidate).
   */
  const heldMergeFields = new Map<string, MergeFieldsRow>();
  /** event_span_bound's longest span, held likewise (see spanClasses). */
  let heldLongestSpan: number | undefined;
  /**
   * The publishers (coalesce(source, article id), sourceReported's key) of each event's mentions,
   * held while its candidates are and kept up by addMention, the one writer of mentions meanwhile:
   * sourceReported joins every mention of the event to its article, once per report, and a batch
   * reports the same events again and again (on 1M events, ~50-75 us of CPU per article).
   */
  const heldSources = new Map<string, Set<string>>();
  const sourcesOfEvent = db.prepare(`SELECT DISTINCT coalesce(a.source, a.id) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?`).pluck();
  const sourceOfArticle = db.prepare(`SELECT coalesce(source, id) FROM articles WHERE id = ?`).pluck();
  /** The last article's publisher (an article's reports come one after another). */
  let lastSource: { articleId: string; source: string } | undefined;
  const deleteIfUnmentioned = db.prepare(`DELETE FROM events
    WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = events.id)`);
  const eventIdsOfArticle = db.prepare(`SELECT event_id AS id FROM mentions WHERE article_id = ?`);
  const eventsOfArticle = db.prepare(`SELECT ${EVENT_COLUMNS} FROM mentions m JOIN events e ON e.id = m.event_id
    WHERE m.article_id = ? ORDER BY e.start_date, e.id`);
  const countAll = db.prepare(`SELECT count(*) AS n FROM events`);
  const changesOfThisConnection = db.prepare(`SELECT total_changes()`).pluck();
  const dataVersion = db.prepare(`PRAGMA data_version`).pluck();
  let otherWriters = { version: 0, checkedAt: -Infinity };
  /** The generation writeGeneration last gave, and the two counts it was made of. */
  let lastGeneration = { version: NaN, changes: NaN, text: '' };
  const longestSpan = db.prepare(`SELECT max_days FROM event_span_bound WHERE id = 1`).pluck();
  // An event's card by its key, as the UTF-8 bytes of its JSON.
  // Prepared at its first use: a repository opened on a database not migrated to 014 yet (a test of
  // an older migration) can write events before it is.
  let cardByKey: Statement | undefined;
  // Actor and place filters: the link table (and its alias), the link's key, the name dictionary,
  // and how many events a name pattern matches, counted only up to gatheredMatchesMax.
  // The merge keys (migration 008) list the same links by (name, type, span class, start day), so
  // a name's events in a date window are one short range per type and span class.
  function nameFilter(links: string, alias: string, key: string, names: string, keys: string) {
    const named = `(SELECT id FROM ${names} WHERE name LIKE ? ESCAPE '\\')`;
    const countMatches = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM ${links} WHERE ${key} IN ${named} LIMIT ${gatheredMatchesMax})`).pluck();
    const matching = db.prepare(`SELECT id FROM ${names} WHERE name LIKE ? ESCAPE '\\'`).pluck();
    return { links, alias, key, named, keys, countMatches, matching };
  }
  const nameFilters = {
    actor: nameFilter('event_actors', 'ea', 'actor_id', 'actors', 'event_actor_keys'),
    place: nameFilter('event_places', 'ep', 'place_id', 'places', 'event_place_keys'),
  };
  // How many events search words match, counted likewise.
  const countTextMatches = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? LIMIT ${gatheredMatchesMax})`).pluck();
  // Merge candidates (see mergeCandidates): names to ids, key scans, the candidates' rows.
  const actorsNamed = db.prepare(`SELECT id, kind, name FROM actors WHERE name = ?`).raw();
  const unusualActors = db.prepare(`SELECT id, kind, name FROM actors INDEXED BY actors_unusual_names WHERE ${UNUSUAL_NAME}`).raw();
  const placesNamed = db.prepare(`SELECT id FROM places WHERE name = ?`).pluck();
  const placesInDivision = db.prepare(`SELECT id, name FROM places INDEXED BY places_division WHERE division = ?`).raw();
  const unusualPlaces = db.prepare(`SELECT id, name FROM places INDEXED BY places_unusual_names WHERE ${UNUSUAL_NAME}`).raw();
  const spanClassNumbers = [0, 1, 2, 3, 4, 5];
  // by the number of span classes scanned, less one
  const actorKeyScans = spanClassNumbers.map((spanClass) => db.prepare(mergeKeyScan('event_actor_keys', 'actor_id', spanClass + 1)).pluck());
  const placeKeyScans = spanClassNumbers.map((spanClass) => db.prepare(mergeKeyScan('event_place_keys', 'place_id', spanClass + 1)).pluck());
  const unnamedEvents = db.prepare(eventsOfTypeSql(true)).pluck();
  const eventsOfType = db.prepare(eventsOfTypeSql(false)).pluck();
  const mergeCandidateRows = db.prepare(MERGE_CANDIDATE_ROWS);
  /** Merge candidates read by earlier slices of a batch, by id; used while holdingCandidates (see holdingMergeCandidates). */
  const heldCandidates = new Map<string, MergeCandidate>();
  /** The actors and places with unusual names, likewise held (every merge-candidate query reads them all). */
  let heldUnusualNames: UnusualNames | undefined;
  /**
   * The stored actors and places each name of a report matches (by nameKey, as SQLite compares
   * names), likewise held: a batch's reports name the same few hundred actors and places again and
   * again, and a lookup per report cost ~30 us of SQLite and JSON per report.
   */
  const heldActorsNamed = new Map<string, NamedActor[]>();
  const heldPlacesNamed = new Map<string, number[]>();
  /** The stored places of each division (id, name), likewise held. */
  const heldPlacesInDivision = new Map<string, Array<[number, string]>>();
  /**
   * Whole answers of mergeCandidates, likewise held, by the query's type, then the query (and the
   * span classes scanned): a batch reports each event again and again in the same words, so the
   * same query comes back, and most reports only add a mention (counts change, no field a query
   * reads). An answer is let go with what it was read from: when an event is stored or its fields
   * change, the answers holding it (answersHolding) and those its new form may belong to
   * (answerMayHold: same type, dates reaching the report, a name the query matches, or a query
   * that takes unnamed or any events); all of them with the names held (a new actor or place) and
   * the held candidates (new coordinates, a deletion, a rollback). Before, every answer of the
   * event's type went: on the bench's next batch (bench/writer.ts, 1,000 articles on 1M events)
   * 968 of 2,640 queries were read again though only 259 differed.
   */
  const heldAnswers = new Map<EventType, Map<string, HeldAnswer>>();
  /** How many answers are held, over all types (at most HELD_ANSWERS_MAX). */
  let heldAnswerCount = 0;
  /** The held answers each event is in, by event id, as (type, query key): entries may outlive their answer (let go of another way). */
  const answersHolding = new Map<string, Array<[EventType, string]>>();
  let holdingCandidates = false;
  /** The write generation at which what is held is known to be true (see heldTrueAt). */
  let heldGeneration: string | undefined;
  /** Lets go of the held answers of `type`'s queries (of every type's when undefined). */
  function forgetAnswers(type?: EventType): void {
    if (type === undefined) {
      heldAnswers.clear();
      answersHolding.clear();
      heldAnswerCount = 0;
      return;
    }
    const answers = heldAnswers.get(type);
    if (!answers) return;
    heldAnswerCount -= answers.size;
    heldAnswers.delete(type);
  }
  /** Lets go of one held answer, if it is still held. */
  function forgetAnswer(type: EventType, key: string): void {
    if (heldAnswers.get(type)?.delete(key)) heldAnswerCount--;
  }
  /**
   * Lets go of the held answers a write to one event may have changed: those holding the event
   * (`eventId`, when it was stored before), and those its form after the write (`event`) may now
   * belong to.
   */
  function forgetAnswersReaching(eventId: string | undefined, event: AnswerForm): void {
    if (eventId !== undefined) {
      for (const [type, key] of answersHolding.get(eventId) ?? []) forgetAnswer(type, key);
      answersHolding.delete(eventId);
    }
    const answers = heldAnswers.get(event.type);
    if (!answers) return;
    for (const [key, held] of answers) if (answerMayHold(held, event)) forgetAnswer(event.type, key);
  }
  /** Holds `answer` to `key`, a query of `type` (see heldAnswers). */
  function holdAnswer(type: EventType, key: string, held: HeldAnswer): void {
    if (heldAnswerCount >= HELD_ANSWERS_MAX) forgetAnswers();
    let answers = heldAnswers.get(type);
    if (!answers) heldAnswers.set(type, (answers = new Map()));
    if (!answers.has(key)) heldAnswerCount++;
    answers.set(key, held);
    for (const candidate of held.candidates) {
      const holding = answersHolding.get(candidate.id);
      if (holding) holding.push([type, key]);
      else answersHolding.set(candidate.id, [[type, key]]);
    }
  }
  /** Lets go of what is held of the names stored (a new actor or place). */
  function forgetNames(): void {
    heldUnusualNames = undefined;
    heldActorsNamed.clear();
    heldPlacesNamed.clear();
    heldPlacesInDivision.clear();
    forgetAnswers();
  }
  function forgetHeld(): void {
    heldCandidates.clear();
    heldMergeFields.clear();
    heldLongestSpan = undefined;
    heldSources.clear();
    forgetSearch();
    forgetNames();
  }

  /** Lets go of the held search rows; rows pending from them are written from their stored quotes instead. */
  function forgetSearch(): void {
    heldSearch.clear();
    pendingFromHeld.clear();
  }

  /**
   * Records in heldSearch what the event's row will index once this report is stored (its quote,
   * and with `merged` the merged title and summary), and whether the row must be written again.
   * Asked before the mention is written, while candidates are held. `replaces`: the mention
   * replaces this article's earlier one, whose words may go: the row is then written from the
   * stored quotes, and no longer held.
   */
  function searchChanged(eventId: string, quote: string, merged: EventFields | undefined, replaces: boolean): boolean {
    let row = heldSearch.get(eventId);
    if (replaces) {
      heldSearch.delete(eventId);
      pendingFromHeld.delete(eventId);
      return true;
    }
    if (!row) {
      const fields = searchFieldsOf.get(eventId) as { title: string; summary: string } | undefined;
      if (!fields) return true;
      if (heldSearch.size >= HELD_SEARCH_MAX) forgetSearch();
      const quotes = quotesOfEvent.all(eventId) as string[];
      // (an event with no mention yet may have no row: stored outside a batch)
      row = { ...fields, words: new Set(), indexed: quotes.length > 0 };
      for (const stored of quotes) addSearchWords(row.words, stored);
      heldSearch.set(eventId, row);
    }
    let changed = !row.indexed;
    if (merged && (merged.title !== row.title || merged.summary !== row.summary)) {
      row.title = merged.title;
      row.summary = merged.summary;
      changed = true;
    }
    if (addSearchWords(row.words, quote)) changed = true;
    if (changed) {
      row.indexed = true;
      pendingFromHeld.add(eventId);
    }
    return changed;
  }

  /** The stored actors (`actors`) or places' ids (`places`) whose name matches `name` (a nameKey), from memory where held. */
  function named<T>(held: Map<string, T[]>, lookup: { all: (name: string) => unknown[] }, name: string): T[] {
    let rows = holdingCandidates ? held.get(name) : undefined;
    if (!rows) {
      rows = lookup.all(name) as T[];
      if (holdingCandidates) held.set(name, rows);
    }
    return rows;
  }

  /** Actors and places whose names SQLite may fail to match (UNUSUAL_NAME), each with its nameKey. */
  function unusualNames(): UnusualNames {
    if (holdingCandidates && heldUnusualNames) return heldUnusualNames;
    const names: UnusualNames = {
      actors: (unusualActors.all() as NamedActor[]).map((actor) => ({ actor, key: nameKey(actor[2]) })),
      places: (unusualPlaces.all() as Array<[number, string]>).map(([id, name]) => ({ id, key: nameKey(name) })),
    };
    if (holdingCandidates) heldUnusualNames = names;
    return names;
  }

  /** The merge candidates among `ids` (stored events: missing ids are skipped), from memory where held. */
  function readMergeCandidates(ids: Set<string>): MergeCandidate[] {
    const candidates: MergeCandidate[] = [];
    const unread: string[] = [];
    for (const id of ids) {
      const held = holdingCandidates ? heldCandidates.get(id) : undefined;
      if (held) candidates.push(held);
      else unread.push(id);
    }
    if (unread.length === 0) return candidates;
    // a read larger than the bound by itself is used, not held: the bound is on what stays in memory
    const hold = holdingCandidates && unread.length <= HELD_CANDIDATES_MAX;
    if (hold && heldCandidates.size + unread.length > HELD_CANDIDATES_MAX) forgetHeld();
    for (const row of mergeCandidateRows.all({ ids: JSON.stringify(unread) }) as MergeCandidateRow[]) {
      const candidate = mergeCandidateOf(row);
      if (hold) heldCandidates.set(candidate.id, candidate);
      candidates.push(candidate);
    }
    return candidates;
  }

  /**
   * What a filtered page looks up before its query, held until the next write (writeGeneration,
   * as the text-match sets below): how many events a name pattern or search words match (up to
   * gatheredMatchesMax: it only chooses how to read them, see filterConditions), and the names a
   * pattern matches (nameKeyArms). Looked up afresh, the counts cost 75-117 us a page on the 1M
   * bench copy ('putin' as an actor, 'kharkiv' as a place, 'ceasefire') and the names 9-29 us.
   * Keyed by what was looked up and its input; at most LOOKUPS_HELD_MAX, then all are let go.
   */
  const heldLookups = new Map<string, unknown>();
  let heldLookupsGeneration = '';
  function heldLookup<T>(key: string, look: () => T): T {
    const generation = writeGeneration();
    if (generation !== heldLookupsGeneration) {
      heldLookups.clear();
      heldLookupsGeneration = generation;
    }
    if (heldLookups.has(key)) return heldLookups.get(key) as T;
    const value = look();
    if (heldLookups.size >= LOOKUPS_HELD_MAX) heldLookups.clear();
    heldLookups.set(key, value);
    return value;
  }

  // Sets of the events (seq) that common search words match, most recently used last, dropped at
  // the next write. SQL reads them through a function named per repository (two repositories on
  // one connection keep their own sets).
  const textMatchRowids = db.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH ?`).pluck();
  const textMatchSets = new Map<string, Set<number>>();
  let textMatchGeneration = '';
  const textMatchFunction = `chronicle_text_matches_${++repositoryCount}`;
  db.function(textMatchFunction, { deterministic: false, directOnly: true }, (query, seq) =>
    textMatchSets.get(query as string)?.has(seq as number) ? 1 : 0,
  );

  function loadTextMatches(query: string): void {
    const generation = writeGeneration();
    if (generation !== textMatchGeneration) {
      textMatchSets.clear();
      textMatchGeneration = generation;
    }
    const set = textMatchSets.get(query) ?? new Set(textMatchRowids.all(query) as number[]);
    textMatchSets.delete(query);
    textMatchSets.set(query, set);
    let held = 0;
    for (const kept of textMatchSets.values()) held += kept.size;
    for (const [oldest, kept] of textMatchSets) {
      if (held <= TEXT_MATCHES_HELD_MAX || oldest === query) break;
      textMatchSets.delete(oldest);
      held -= kept.size;
    }
  }

  function record(row: EventRow, actors: ActorRecord[], places: PlaceRecord[]): EventRecord {
    return {
      id: row.id,
      type: row.type,
      title: row.title,
      summary: row.summary,
      startDate: row.start_date,
      endDate: row.end_date,
      datePrecision: row.date_precision,
      dateCertainty: row.date_certainty,
      status: row.status,
      actors,
      places,
      confidence: row.confidence,
      mentionCount: row.mention_count,
      sourceCount: row.source_count,
      curated: row.curated === 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Rows with their actors and places, each loaded in one query for the whole page. */
  function hydrate(rows: EventRow[]): EventRecord[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((row) => row.id));
    const actors = new Map<string, ActorRecord[]>();
    for (const a of actorsOf.all(ids) as Array<ActorRecord & { eventId: string }>) {
      const list = actors.get(a.eventId) ?? [];
      list.push({ name: a.name, kind: a.kind });
      actors.set(a.eventId, list);
    }
    const places = new Map<string, PlaceRecord[]>();
    for (const p of placesOf.all(ids) as Array<PlaceRecord & { eventId: string }>) {
      const list = places.get(p.eventId) ?? [];
      list.push({ name: p.name, countryCode: p.countryCode || null, lat: p.lat, lon: p.lon });
      places.set(p.eventId, list);
    }
    return rows.map((row) => record(row, actors.get(row.id) ?? [], places.get(row.id) ?? []));
  }

  /**
   * Whether an article other than `articleId` with its publisher reports the event already, and,
   * while candidates are held, that publisher counted for the mention about to be stored (see
   * heldSources). Asked only for an article's first report of the event.
   */
  function publisherCounted(eventId: string, articleId: string): boolean {
    if (!holdingCandidates) return sourceReported.get({ eventId, articleId }) === 1;
    if (lastSource?.articleId !== articleId) lastSource = { articleId, source: sourceOfArticle.get(articleId) as string };
    let sources = heldSources.get(eventId);
    if (!sources) heldSources.set(eventId, (sources = new Set(sourcesOfEvent.all(eventId) as string[])));
    if (sources.has(lastSource.source)) return true;
    sources.add(lastSource.source);
    return false;
  }

  function addActors(eventId: string, list: ActorRecord[]): void {
    for (const actor of list) {
      let id = findActor.get(actor.name) as number | undefined;
      if (id === undefined) {
        forgetNames();
        id = insertActor.get(actor.name, actor.kind) as number;
      }
      linkActor.run(eventId, id);
    }
  }

  /** The place's row id, stored if new; coordinates and a division it lacked are filled from `place`. */
  function placeId(place: PlaceRecord): number {
    const countryCode = place.countryCode ?? '';
    const division = place.division ?? null;
    const stored = findPlace.get(place.name, countryCode) as { id: number; lat: number | null; lon: number | null; division: string | null } | undefined;
    if (!stored) {
      forgetNames();
      return insertPlace.get(place.name, countryCode, place.lat, place.lon, division) as number;
    }
    if ((stored.lat === null && place.lat !== null) || (stored.lon === null && place.lon !== null) || (stored.division === null && division !== null)) {
      // every held candidate naming the place would show it without them; a division's places are held by name
      forgetHeld();
      if (stored.division === null && division !== null) forgetNames();
      fillPlaceCoordinates.run(place.lat, place.lon, division, stored.id);
    }
    return stored.id;
  }

  function addPlaces(eventId: string, list: PlaceRecord[]): void {
    for (const place of list) {
      const id = placeId(place);
      linkPlace.run(eventId, id);
    }
  }

  function refreshFts(eventIds: string[]): void {
    writeFts.run(JSON.stringify(eventIds));
  }

  /**
   * Changes whenever the stored data may have changed, for caches of query results: rows written
   * through this connection (every write path, triggers included), and commits by other
   * processes on the same file (PRAGMA data_version). The latter costs tens of microseconds,
   * so it is read at most every `otherWritersMs` milliseconds: another process's write shows
   * after at most that long; this process's own writes show at once.
   */
  function writeGeneration(otherWritersMs = 100): string {
    const now = performance.now();
    if (now - otherWriters.checkedAt >= otherWritersMs) {
      otherWriters = { version: dataVersion.get() as number, checkedAt: now };
    }
    const changes = changesOfThisConnection.get() as number;
    // The same string while nothing was written: callers compare generations with ===, which for
    // two strings of equal text built apart compares their characters (the page cache compares one
    // per card: V8's StringEqual 13.4k -> 10.0k instructions a no-cache page, callgrind), and for
    // one string with itself is a pointer comparison.
    if (otherWriters.version !== lastGeneration.version || changes !== lastGeneration.changes) {
      lastGeneration = { version: otherWriters.version, changes, text: `${otherWriters.version}.${changes}` };
    }
    return lastGeneration.text;
  }

  /** Filters other than the date window and the position (see keyRange), as SQL conditions on `e` with their parameters. */
  function filterConditions(filter: EventFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.types && filter.types.length > 0) {
      where.push(`e.type IN (${filter.types.map(() => '?').join(', ')})`);
      params.push(...filter.types);
    }
    // An actor or place named by few events: gather those events and sort them (cost grows with the
    // matches: every event naming "Russia" took ~0.6 s on 1M events). Named by many: walk the
    // timeline in order and probe each event's links by primary key until the page is full (cost
    // grows with events ÷ matches per result, so it suits only common names).
    for (const kind of ['actor', 'place'] as const) {
      const text = filter[kind];
      if (text === undefined) continue;
      const pattern = containsPattern(text);
      const { links, alias, key, named, countMatches } = nameFilters[kind];
      where.push(
        heldLookup(`${kind} count ${pattern}`, () => countMatches.get(pattern) as number) < gatheredMatchesMax
          ? `e.id IN (SELECT event_id FROM ${links} WHERE ${key} IN ${named})`
          : // a scalar subquery, not EXISTS: SQLite would turn EXISTS into a join and first build a
            // Bloom filter over every link; "+" keeps the probe on the (event_id, name) key
            `(SELECT 1 FROM ${links} ${alias} WHERE ${alias}.event_id = e.id AND +${alias}.${key} IN ${named}) IS NOT NULL`,
      );
      params.push(pattern);
    }
    // Search words likewise: few matches are gathered and sorted. Many (37,794 events say
    // "ceasefire" on 1M) are read once into a set kept until the next write, and the timeline is
    // walked in order against it: gathered and sorted they cost ~0.5 s a page, and FTS5 answers a
    // per-event probe in ~50 µs.
    if (filter.fts !== undefined) {
      const fts = filter.fts;
      if (heldLookup(`text count ${fts}`, () => countTextMatches.get(fts) as number) < gatheredMatchesMax) {
        where.push('e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
      } else {
        loadTextMatches(filter.fts);
        where.push(`${textMatchFunction}(?, e.seq)`);
      }
      params.push(filter.fts);
    }
    if (filter.status !== undefined) {
      where.push('e.status = ?');
      params.push(filter.status);
    }
    if (filter.minConfidence !== undefined) {
      where.push('e.confidence >= ?');
      params.push(filter.minConfidence);
    }
    if (filter.articleId !== undefined) {
      where.push('e.id IN (SELECT event_id FROM mentions WHERE article_id = ?)');
      params.push(filter.articleId);
    }
    if (filter.mergeableWith) {
      // Correlated probes of the link tables' primary keys: cheap per candidate however common the
      // actor (an IN list of every event naming "Russia" would not be).
      const { actors, places } = filter.mergeableWith;
      const list = (values: string[]) => values.map(() => '?').join(', ');
      where.push(`(EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id
            AND ea.actor_id IN (SELECT id FROM actors WHERE name IN (${list(actors)})))
        OR EXISTS (SELECT 1 FROM event_places ep WHERE ep.event_id = e.id
            AND ep.place_id IN (SELECT id FROM places WHERE name IN (${list(places)})))
        OR (NOT EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id)
            AND NOT EXISTS (SELECT 1 FROM event_places ep WHERE ep.event_id = e.id)))`);
      params.push(...actors, ...places);
    }
    return { where, params };
  }

  /** The span classes that can hold an event overlapping `from` (classes longer than any stored event are empty). */
  function spanClasses(): number[] {
    const classesUpTo = (longestDays: number) => [...SPAN_CLASS_MAX_DAYS, longestDays].filter((_, spanClass) => SPAN_CLASS_MIN_DAYS[spanClass] <= longestDays);
    // While a batch holds its merge candidates, held until this repository's next event write (each
    // lets go of it; every merge-candidate query asks, held answer or not, and every write of the
    // batch would end a heldLookup).
    if (holdingCandidates) return classesUpTo((heldLongestSpan ??= longestSpan.get() as number));
    // Held until the next write, as a filtered page's lookups are (read afresh, 2.5 us a page).
    return heldLookup('span classes', () => classesUpTo(longestSpan.get() as number));
  }

  /**
   * A window filtered by an actor or place, read from the name's merge keys (migration 008): one
   * range per name the text matches, type and span class, each already in (start_date, id) order,
   * so that merged they yield the page's events first, however many events the name has or the
   * window holds. The other filters are tested on each keyed event's row, read only when there is
   * one (or whole rows are asked for). The arms of the merge (a key's columns as events_window's
   * arms give them) and their parameters, and whether several names (then an event may have a key
   * in two ranges); undefined when the text matches no name, or so many that the ranges would be
   * too many.
   */
  function nameKeyArms(
    kind: 'actor' | 'place',
    filter: EventFilter & { from: string },
    select: 'rows' | 'json',
  ): { arms: string[]; params: unknown[]; severalNames: boolean } | undefined {
    const { key, keys, matching } = nameFilters[kind];
    const pattern = containsPattern(filter[kind]!);
    const ids = heldLookup(`${kind} names ${pattern}`, () => matching.all(pattern) as number[]);
    const types = filter.types && filter.types.length > 0 ? filter.types : EVENT_TYPE_IDS;
    const classes = spanClasses();
    if (ids.length === 0 || ids.length * types.length * classes.length > NAME_KEY_RANGES_MAX) return undefined;
    const rest = filterConditions({ ...filter, [kind]: undefined, types: undefined });
    const joinEvents = select === 'rows' || rest.where.length > 0;
    // Each span class's arm and the parameters after its name and type, written once for all of them.
    const classArms = classes.map((maxDays, spanClass) => {
      const range = keyRange(
        { start: 'k.start_date', id: 'k.event_id' },
        { lower: addDays(filter.from, -maxDays), upper: filter.to, after: filter.after, descending: filter.descending },
      );
      const where = [`k.${key} = ?`, 'k.type = ?', `k.span_class = ${spanClass}`, ...range.where];
      const params: unknown[] = [...range.params];
      if (spanClass > 0) {
        where.push('k.end_date >= ?');
        params.push(filter.from);
      }
      const sql = `SELECT ${joinEvents ? 'e.seq' : 'NULL AS seq'}, k.start_date, k.event_id AS id, ${spanClass} AS span_class
          FROM ${keys} k${joinEvents ? ' CROSS JOIN events e ON e.id = k.event_id' : ''} WHERE ${[...where, ...rest.where].join(' AND ')}`;
      return { sql, params: [...params, ...rest.params] };
    });
    const arms: string[] = [];
    const params: unknown[] = [];
    for (const id of ids) {
      for (const type of types) {
        for (const arm of classArms) {
          arms.push(arm.sql);
          params.push(id, type, ...arm.params);
        }
      }
    }
    return { arms, params, severalNames: ids.length > 1 };
  }

  /**
   * SQL and parameters of a filtered event query; also used by the query-plan test. Without `from`
   * the rows come in (start_date, id) order from events_start (or a filter's index). With `from`,
   * each span class is read from events_window between (from - the class's longest span) and `to`,
   * and the classes are merged in (start_date, id) order, so a window reads about the rows it
   * returns, wherever it lies in the timeline; an actor or place with few events in the window is
   * read from its merge keys instead (see nameKeyArms). Only the page's rows are then read from
   * the table (or, as JSON, their cards).
   */
  function listQuery(filter: EventFilter, select: 'rows' | 'json' = 'rows'): { sql: string; params: unknown[] } {
    const direction = filter.descending ? 'DESC' : 'ASC';
    // The page's rows are chosen on (seq, start_date, id) alone; only they are then read whole (and
    // serialized), so a filter whose matches must be sorted sorts small keys, not whole events.
    // CROSS JOIN keeps the page as the outer loop: otherwise SQLite may prefer to walk all events
    // in date order (to skip sorting 50 rows) and probe the page for each.
    // Window arms know each key's span class (4th column), so a card is one lookup; other keys
    // probe the six classes.
    const pageOf = (keys: string, keyedBySpanClass: boolean) =>
      select === 'json'
        ? `SELECT ${CARD_COLUMNS} FROM (
        ${keys}
        ORDER BY 2 ${direction}, 3 ${direction} LIMIT ${limitClause(filter.limit)}
      ) AS w CROSS JOIN event_cards c ON ${keyedBySpanClass ? 'c.span_class = w.span_class' : 'c.span_class IN (0, 1, 2, 3, 4, 5)'} AND c.key = w.start_date || ' ' || w.id
      ORDER BY c.start_date ${direction}, c.id ${direction}`
        : `SELECT ${EVENT_COLUMNS} FROM (
        ${keys}
        ORDER BY 2 ${direction}, 3 ${direction} LIMIT ${limitClause(filter.limit)}
      ) AS w CROSS JOIN events e ON e.seq = w.seq
      ORDER BY e.start_date ${direction}, e.id ${direction}`;
    if (filter.from === undefined) {
      const range = keyRange({ start: 'e.start_date', id: 'e.id' }, { upper: filter.to, after: filter.after, descending: filter.descending });
      const filters = filterConditions(filter);
      const where = [...range.where, ...filters.where];
      const sql = pageOf(`SELECT e.seq, e.start_date, e.id FROM events e ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`, false);
      return { sql, params: [...range.params, ...filters.params] };
    }
    const from = filter.from;
    const byName = (['actor', 'place'] as const).find((kind) => filter[kind] !== undefined);
    const keyed = byName && nameKeyArms(byName, { ...filter, from }, select);
    if (keyed) {
      // UNION, not UNION ALL, when an event may name two of the names: merged in order, its two
      // identical rows are adjacent and kept once.
      return { sql: pageOf(keyed.arms.join(`\n        ${keyed.severalNames ? 'UNION' : 'UNION ALL'} `), true), params: keyed.params };
    }
    const filters = filterConditions(filter);
    const params: unknown[] = [];
    const arms = spanClasses().map((maxDays, spanClass) => {
      const range = keyRange(
        { start: 'e.start_date', id: 'e.id' },
        { lower: addDays(from, -maxDays), upper: filter.to, after: filter.after, descending: filter.descending },
      );
      const where = [`${SPAN_CLASS} = ${spanClass}`, ...range.where];
      params.push(...range.params);
      // One-day events start inside the window when they overlap it; longer ones may start before.
      if (spanClass > 0) {
        where.push('e.end_date >= ?');
        params.push(from);
      }
      params.push(...filters.params);
      return `SELECT e.seq, e.start_date, e.id, ${spanClass} AS span_class FROM events e WHERE ${[...where, ...filters.where].join(' AND ')}`;
    });
    return { sql: pageOf(arms.join('\n        UNION ALL '), true), params };
  }

  /**
   * A page with no filter but the window, position and order, straight from event_cards: one range
   * scan per span class (bounded below by from - the class's longest span when there is a `from`,
   * by the cursor otherwise), merged in key order (migration 014: as (start_date, id)); the JSON is
   * in the rows scanned. With `keys`, each row's (span_class, key) alone, from event_cards_keys.
   */
  function cardQuery(filter: EventFilter, select: 'json' | 'keys' = 'json'): { sql: string; params: unknown[]; shape: string } {
    const { sql, params, shape } = shapedCardQuery(filter, select);
    return { sql: sql(), params, shape };
  }

  /** The name cardQuery's arms give the cursor (see joinedKeyRange). */
  const CURSOR_NAME = 'after';

  /**
   * cardQuery's parameters, and its SQL written only when asked (sql): `shape` names that SQL (the
   * selection, order, limit and each arm's conditions), for a cache of statements by shape.
   */
  function shapedCardQuery(filter: EventFilter, select: 'json' | 'keys'): ShapedQuery {
    const direction = filter.descending ? 'DESC' : 'ASC';
    const limit = limitClause(filter.limit);
    // Named, not left to the planner: for the JSON it would take the narrower event_cards_keys for
    // the range and look each row up again, ~40% slower on 1M events (bench/scratch measurement);
    // for keys, on a small table it takes the primary key for some span classes.
    // Rows in key order (migration 014: key sorts as (start_date, id)), merged by key.
    const source =
      select === 'json'
        ? 'json, start_date, id, key FROM event_cards INDEXED BY sqlite_autoindex_event_cards_1'
        : 'span_class, key FROM event_cards INDEXED BY event_cards_keys';
    const params: unknown[] = [];
    let cursorNamed = false;
    const arms = spanClasses().map((maxDays, spanClass) => {
      const range = joinedKeyRange(
        'key',
        {
          lower: filter.from !== undefined ? addDays(filter.from, -maxDays) : undefined,
          upper: filter.to,
          after: filter.after,
          descending: filter.descending,
        },
        CURSOR_NAME,
      );
      cursorNamed ||= range.shape.includes('c');
      params.push(...range.params);
      const ends = filter.from !== undefined && spanClass > 0;
      if (ends) params.push(filter.from);
      return { range, ends };
    });
    // Every arm's cursor bound as one named parameter: each string bound is converted to UTF-8 and
    // copied by better-sqlite3 and SQLite, ~700 instructions a string (callgrind).
    if (cursorNamed) params.push({ [CURSOR_NAME]: joinedKey(filter.after!) });
    const sql = () =>
      `${arms
        .map(({ range, ends }, spanClass) => `SELECT ${source} WHERE ${[`span_class = ${spanClass}`, ...range.where, ...(ends ? ['end_date >= ?'] : [])].join(' AND ')}`)
        .join('\n      UNION ALL ')}\n      ORDER BY ${select === 'json' ? 4 : 2} ${direction} LIMIT ${limit}`;
    return { shape: `cards ${select} ${direction} ${limit} ${arms.map(({ range, ends }) => (ends ? `${range.shape}e` : range.shape)).join(',')}`, sql, params };
  }

  /**
   * pageBody's page for a caller holding the cards `held` says it holds: the page's keys (one row
   * more, to tell whether another page follows) from event_cards_keys (migration 008), then by key
   * only the cards not held. undefined when a card is gone by then (another process wrote between
   * the two reads).
   */
  function pageFromKeys(filter: EventFilter, held: (id: string) => boolean): PageCards | undefined {
    const { shape, sql, params } = shapedCardQuery({ ...filter, limit: filter.limit + 1 }, 'keys');
    const keys = prepareShaped(shape, sql).raw(true).all(...params) as Array<[number, string]>;
    const pageKeys = keys.slice(0, filter.limit);
    const ids: string[] = [];
    const cards: Array<Buffer | undefined> = [];
    for (const [spanClass, key] of pageKeys) {
      const { id } = splitKey(key);
      ids.push(id);
      if (held(id)) cards.push(undefined);
      else {
        cardByKey ??= db.prepare(`SELECT CAST(json AS BLOB) FROM event_cards WHERE span_class = ? AND key = ?`).pluck();
        const card = cardByKey.get(spanClass, key) as Buffer | undefined;
        if (card === undefined) return undefined;
        cards.push(card);
      }
    }
    const lastKey = pageKeys[pageKeys.length - 1];
    return { ids, cards, last: keys.length > filter.limit && lastKey ? splitKey(lastKey[1]) : undefined };
  }

  /** A page of event JSON with one row more than the page (to tell whether another follows). */
  function jsonPageQuery(filter: EventFilter): ShapedQuery {
    const query = { ...filter, limit: filter.limit + 1 };
    if (readsCardsOnly(query)) return shapedCardQuery(query, 'json');
    // (a filtered query's SQL is its own shape: its arms vary with the filter's matches)
    const { sql, params } = listQuery(query, 'json');
    return { shape: sql, sql: () => sql, params };
  }

  return {
    /** Inserts a new event with its actors and places; returns its id. */
    insert(fields: EventFields, now: string): string {
      const id = newId('evt');
      forgetAnswersReaching(undefined, fields);
      insertEvent.run({ ...fields, id, now });
      // no search row until its first mention
      if (holdingCandidates && deferSearch()) {
        if (heldSearch.size >= HELD_SEARCH_MAX) forgetSearch();
        heldSearch.set(id, { title: fields.title, summary: fields.summary, words: new Set(), indexed: false });
      }
      heldLongestSpan = undefined;
      addActors(id, fields.actors);
      addPlaces(id, fields.places);
      return id;
    },

    /** Rewrites the event's own fields and adds (never removes) actors and places. */
    update(id: string, fields: EventFields, now: string): void {
      heldCandidates.delete(id);
      heldMergeFields.delete(id);
      heldSearch.delete(id);
      pendingFromHeld.delete(id);
      forgetAnswers();
      updateEvent.run({ ...fields, id, now, addedMentions: 0, addedSources: 0 });
      heldLongestSpan = undefined;
      addActors(id, fields.actors);
      addPlaces(id, fields.places);
    },

    /**
     * Records that `articleId` reports event `eventId`; with `merged`, the event's fields once the
     * report is folded in (as update() writes them), in the same UPDATE as the counts. Counts go up
     * by what this mention adds (a second report of the event by the same article keeps the more
     * confident mention and adds nothing); the search text is rewritten only when a quote changed.
     * Inside Repositories.transaction, counts alone are written once per event before it commits
     * (pendingCounts); with `merged`, the UPDATE writing the fields takes the counts pending too.
     * `firstByArticle`: the caller knows the article has not reported the event before (ingest:
     * the article is new in this transaction), so no stored mention of it is looked up.
     */
    addMention(eventId: string, articleId: string, mention: MentionInput, now: string, merged?: EventFields, firstByArticle = false): void {
      if (merged) {
        // The answers holding it as it was, and those it may belong to now: its links are only ever
        // added to, so it names what it named (held, or else unknown: all answers of its type go).
        const was = heldCandidates.get(eventId);
        if (was) forgetAnswersReaching(eventId, { ...merged, actors: [...was.actors, ...merged.actors], places: [...was.places, ...merged.places] });
        else {
          forgetAnswersReaching(eventId, merged);
          forgetAnswers(merged.type);
        }
        heldCandidates.delete(eventId);
        heldMergeFields.delete(eventId);
        heldLongestSpan = undefined;
        addActors(eventId, merged.actors);
        addPlaces(eventId, merged.places);
      }
      const previous = firstByArticle ? undefined : (mentionConfidence.get(eventId, articleId) as number | undefined);
      const stronger = previous === undefined || mention.confidence > previous;
      // (decided before anything is written: a row not held is read as it stands)
      const searchHeld = holdingCandidates && deferSearch();
      const rewriteSearch = searchHeld ? searchChanged(eventId, stronger ? mention.quote : '', merged, stronger && previous !== undefined) : stronger;
      const added = previous === undefined;
      const counts = { id: eventId, now, addedMentions: added ? 1 : 0, addedSources: added && !publisherCounted(eventId, articleId) ? 1 : 0 };
      if (stronger) upsertMention.run({ eventId, articleId, ...mention });
      const pending = pendingCounts.get(eventId);
      if (merged) {
        if (pending) setPendingCount(eventId, undefined);
        updateEvent.run({ ...merged, ...counts, addedMentions: counts.addedMentions + (pending?.mentions ?? 0), addedSources: counts.addedSources + (pending?.sources ?? 0) });
      } else if (added) {
        if (deferSearch()) {
          setPendingCount(eventId, { mentions: (pending?.mentions ?? 0) + counts.addedMentions, sources: (pending?.sources ?? 0) + counts.addedSources, now });
        } else countReport.run(counts);
      }
      if (!rewriteSearch) return;
      if (deferSearch()) pendingSearch.add(eventId);
      else refreshFts([eventId]);
    },

    /**
     * Writes the search rows addMention left to the end of the open transaction; the caller runs it
     * last in every transaction that may add mentions (Repositories.transaction does). Rows of
     * events a rolled-back savepoint removed are simply not written.
     */
    writePendingSearch(): void {
      if (pendingSearch.size === 0) return;
      const rows: Array<[string, string | null]> = [];
      for (const eventId of pendingSearch) {
        const held = pendingFromHeld.has(eventId) ? heldSearch.get(eventId) : undefined;
        rows.push([eventId, held ? [...held.words].join(' ') : null]);
      }
      pendingSearch.clear();
      pendingFromHeld.clear();
      writePendingFts.run(JSON.stringify(rows));
    },

    /** Forgets the search rows pending when their transaction was rolled back, and the rows held. */
    dropPendingSearch(): void {
      pendingSearch.clear();
      forgetSearch();
    },

    /**
     * A savepoint was rolled back: the rows held may hold what it undid (a quote's words, a title).
     * Rows pending are written from their stored quotes.
     */
    forgetHeldSearch(): void {
      forgetSearch();
    },

    /** Writes the counts addMention left to the end of the open transaction (Repositories.transaction runs it before committing). */
    writePendingCounts(): void {
      for (const [id, { mentions, sources, now }] of pendingCounts) countReport.run({ id, now, addedMentions: mentions, addedSources: sources });
      pendingCounts.clear();
      countJournal.length = 0;
    },

    /** Forgets the counts pending when their transaction was rolled back. */
    dropPendingCounts(): void {
      pendingCounts.clear();
      countJournal.length = 0;
    },

    /** Where a savepoint begins in the pending counts' history (see rollbackPendingCounts). */
    pendingCountsMark(): number {
      return countJournal.length;
    },

    /** Takes back the pending counts added since `mark`: their savepoint was rolled back. */
    rollbackPendingCounts(mark: number): void {
      while (countJournal.length > mark) {
        const [eventId, before] = countJournal.pop()!;
        if (before) pendingCounts.set(eventId, before);
        else pendingCounts.delete(eventId);
      }
    },

    /** Recomputes mention/source counts and the full-text row of an event. */
    refresh(eventId: string, now: string): void {
      // recounted from its mentions: what was pending is in them
      if (pendingCounts.has(eventId)) setPendingCount(eventId, undefined);
      heldSearch.delete(eventId);
      pendingFromHeld.delete(eventId);
      refreshCounts.run({ id: eventId, now });
      refreshFts([eventId]);
    },

    /**
     * The stored event a report merges into, as merging reads and writes it (EventFields, id,
     * curated), from its merge candidate (type, dates, actors and places, which mergeCandidates keeps
     * true) and one row of its own fields: findById read the same with its actors and places again,
     * sorted, in three statements (merging does not depend on their order). Undefined when the event
     * is gone.
     */
    mergeTarget(candidate: MergeCandidate): MergeTarget | undefined {
      // held while the candidate is (the same lifetime: only a write that drops the candidate changes them)
      const held = holdingCandidates && heldCandidates.get(candidate.id) === candidate;
      let row = held ? heldMergeFields.get(candidate.id) : undefined;
      if (!row) {
        row = selectMergeFields.get(candidate.id) as MergeFieldsRow | undefined;
        if (!row) return undefined;
        if (held) heldMergeFields.set(candidate.id, row);
      }
      return {
        id: candidate.id,
        type: candidate.type,
        title: row.title,
        summary: row.summary,
        startDate: candidate.startDate,
        endDate: candidate.endDate,
        datePrecision: candidate.datePrecision,
        dateCertainty: candidate.dateCertainty,
        status: row.status,
        confidence: row.confidence,
        actors: candidate.actors,
        places: candidate.places,
        curated: row.curated === 1,
      };
    },

    findById(id: string): EventRecord | undefined {
      const row = selectById.get(id) as EventRow | undefined;
      return row ? hydrate([row])[0] : undefined;
    },

    /** The stored events among `ids`, in no particular order (missing ids are skipped). */
    findMany(ids: string[]): EventRecord[] {
      return hydrate(selectByIds.all(JSON.stringify(ids)) as EventRow[]);
    },

    mentions(eventId: string): MentionRecord[] {
      return mentionsOf.all(eventId) as MentionRecord[];
    },

    /**
     * Stored events of `type` whose [startDate, endDate] overlaps [from, to]; with `mergeableWith`,
     * only those sharing an actor or place name with it or naming neither (merge candidates).
     */
    overlapping(type: EventType, from: string, to: string, mergeableWith?: EventFilter['mergeableWith']): EventRecord[] {
      const { sql, params } = listQuery({ types: [type], from, to, mergeableWith, descending: false, limit: -1 });
      return hydrate(prepare(sql).all(...params) as EventRow[]);
    },

    /**
     * Stored events that could be the same event as a report, as `query` describes them, by
     * (startDate, id): for each stored actor and place whose name matches one of the report's, the
     * events of the report's type naming it in the widest window (merge keys, one range per span
     * class), kept when the rule of the type holds (a shared person, two shared actors, a place);
     * then, of those, the ones whose own widened dates reach the report, read with their names.
     */
    mergeCandidates(query: MergeCandidateQuery): MergeCandidate[] {
      // Each span class's lowest start day, the same for every name scanned.
      const classMaxDays = spanClasses();
      const answerKey = holdingCandidates ? `${classMaxDays.join()}|${JSON.stringify(query)}` : undefined;
      const heldAnswer = answerKey === undefined ? undefined : heldAnswers.get(query.type)?.get(answerKey);
      if (heldAnswer) return heldAnswer.candidates;
      const { inferred, relativeDay, stated } = query.windows;
      const lowest = [inferred.from, relativeDay.from, stated.from].reduce((a, b) => (a < b ? a : b));
      const highest = [inferred.to, relativeDay.to, stated.to].reduce((a, b) => (a > b ? a : b));
      const lowestStarts = classMaxDays.map((maxDays) => daysBefore(lowest, maxDays));
      // Events sharing what identifies them alone, and (rule personOrTwoActors) the sides each other one shares.
      const identified = new Set<string>();
      const sidesShared = new Map<string, Set<string>>();
      const scanWindow = { type: query.type, highest, lowestEnd: lowest, ...Object.fromEntries(lowestStarts.map((start, spanClass) => [`lowest${spanClass}`, start])) };
      const scan = (scans: typeof actorKeyScans, nameId: number, onDays?: DayRange) =>
        scans[lowestStarts.length - 1].all({ ...scanWindow, nameId, onDaysFrom: onDays?.from ?? '', onDaysTo: onDays?.to ?? highest }) as string[];
      // each name's sides: its own for a name the report gives, the side it was reached through otherwise
      const sidesOfName = new Map(query.sharingActors.map((name) => [nameKey(name), new Set([nameKey(name)])]));
      const reportNames = new Set(sidesOfName.keys());
      for (const { side, names } of query.sharingSides) for (const name of names) sidesOfName.set(nameKey(name), (sidesOfName.get(nameKey(name)) ?? new Set()).add(side));
      const actors = new Map<number, NamedActor>();
      for (const name of sidesOfName.keys()) for (const actor of named(heldActorsNamed, actorsNamed, name)) actors.set(actor[0], actor);
      const unusual = sidesOfName.size > 0 || query.sharingPlaces.length > 0 ? unusualNames() : { actors: [], places: [] };
      for (const { actor, key } of unusual.actors) if (sidesOfName.has(key)) actors.set(actor[0], actor);
      for (const [id, kind, name] of actors.values()) {
        const eventIds = scan(actorKeyScans, id);
        if (!query.personOrTwoActors || (kind === 'person' && reportNames.has(nameKey(name)))) eventIds.forEach((eventId) => identified.add(eventId));
        else {
          const sides = sidesOfName.get(nameKey(name))!;
          for (const eventId of eventIds) {
            const shared = sidesShared.get(eventId);
            if (shared) for (const side of sides) shared.add(side);
            else sidesShared.set(eventId, new Set(sides));
          }
        }
      }
      const placeKeys = new Set(query.sharingPlaces.map(nameKey));
      const places = new Set<number>();
      for (const name of placeKeys) for (const id of named(heldPlacesNamed, placesNamed, name)) places.add(id);
      for (const { id, key } of unusual.places) if (placeKeys.has(key)) places.add(id);
      const divisions = query.sharingDivisions ?? [];
      for (const { division, regions } of divisions)
        for (const [id, name] of named(heldPlacesInDivision, placesInDivision, division) as Array<[number, string]>) if (!regions || isRegionName(name)) places.add(id);
      for (const id of places) scan(placeKeyScans, id, query.placesOnDays).forEach((eventId) => identified.add(eventId));
      const ids = [...identified, ...[...sidesShared].filter(([eventId, sides]) => sides.size >= 2 && !identified.has(eventId)).map(([eventId]) => eventId)];
      // the events of the type whose dates may reach [from, to], by each span class's lowest start day
      // (a class no stored event is long enough for is empty: bound to `from`)
      const ofTypeReaching = (from: string, to: string, classLowest: string[]) => ({
        type: query.type,
        ...Object.fromEntries(spanClassNumbers.map((spanClass) => [`lowest${spanClass}`, classLowest[spanClass] ?? from])),
        highest: to,
      });
      if (query.orUnnamed) ids.push(...(unnamedEvents.all(ofTypeReaching(lowest, highest, lowestStarts)) as string[]));
      if (query.orAnyOnDays) {
        const { from, to } = query.orAnyOnDays;
        ids.push(...(eventsOfType.all(ofTypeReaching(from, to, classMaxDays.map((maxDays) => addDays(from, -maxDays)))) as string[]));
      }
      const candidates = readMergeCandidates(new Set(ids));
      const answer = candidates
        .filter((candidate) => reachesReport(candidate, query.windows) && (!query.placeless || candidate.places.length === 0))
        .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.seq - b.seq));
      if (answerKey !== undefined) holdAnswer(query.type, answerKey, { candidates: answer, query, actorKeys: new Set(sidesOfName.keys()), placeKeys, divisions: new Set(divisions.map(({ division }) => division)) });
      return answer;
    },

    /**
     * Runs `work` (a slice of a batch, inside its transaction) with the merge candidates read by the
     * slices before it held in memory, and the unusual names: a batch's reports are compared with
     * the same stored events again and again (in the bench's batch, 79% of candidate reads over 300
     * articles were of an event read before), and whole answers of the same queries (heldAnswers).
     * Held rows and answers stay true because only this repository's writes change them meanwhile:
     * what each write lets go of is said at heldAnswers and forgetNames; a rolled-back write must let
     * go of all (forgetMergeCandidates, which the caller also runs when anything else may have
     * written to the database since the last slice).
     */
    holdingMergeCandidates<T>(work: () => T): T {
      holdingCandidates = true;
      try {
        return work();
      } catch (error) {
        forgetHeld();
        throw error;
      } finally {
        holdingCandidates = false;
      }
    },

    /**
     * The publisher of article `articleId` as stored (`source`, null for none), told by its writer
     * so that its reports do not read it back (publisherCounted: ~30 us of CPU per article on 1M events).
     */
    publisherOf(articleId: string, source: string | null): void {
      lastSource = { articleId, source: source ?? articleId };
    },

    /** Lets go of every merge candidate held (see holdingMergeCandidates). */
    forgetMergeCandidates(): void {
      heldGeneration = undefined;
      forgetHeld();
    },

    /**
     * What is held stays true as long as the database stays at `generation` (writeGeneration, read
     * once a batch slice has committed, or undefined when that cannot be known): the next slice, of
     * this batch or of the next one on this connection, keeps it only if nothing was written since
     * (keepHeldIfAt). Between batches the server's writer thread keeps its connection, so a batch
     * after another starts with what the last one read (store-worker.ts).
     */
    heldTrueAt(generation: string | undefined): void {
      heldGeneration = generation;
    },

    /** Lets go of everything held unless the database is still at the generation heldTrueAt was told. */
    keepHeldIfAt(generation: string): void {
      if (generation !== heldGeneration) {
        heldGeneration = undefined;
        forgetHeld();
      }
    },

    list(filter: EventFilter): EventRecord[] {
      const { sql, params } = listQuery(filter);
      return hydrate(prepare(sql).all(...params) as EventRow[]);
    },

    /** One page in (startDate, id) order, with the keyset position of its last row when more follow. */
    page(filter: EventFilter): { data: EventRecord[]; last?: KeysetPosition } {
      const { sql, params } = listQuery({ ...filter, limit: filter.limit + 1 });
      const rows = prepare(sql).all(...params) as EventRow[];
      const pageRows = rows.slice(0, filter.limit);
      const lastRow = pageRows[pageRows.length - 1];
      return {
        data: hydrate(pageRows),
        last: rows.length > filter.limit && lastRow ? { key: lastRow.start_date, id: lastRow.id } : undefined,
      };
    },

    /** page() with each event as JSON text in the API's Event shape (its card, see migration 006). */
    pageJson(filter: EventFilter): { data: string[]; last?: KeysetPosition } {
      const { shape, sql, params } = jsonPageQuery(filter);
      const rows = prepareShaped(shape, sql).all(...params) as Array<{ json: string; start_date: string; id: string }>;
      const pageRows = rows.slice(0, filter.limit);
      const lastRow = pageRows[pageRows.length - 1];
      return {
        data: pageRows.map((row) => row.json),
        last: rows.length > filter.limit && lastRow ? { key: lastRow.start_date, id: lastRow.id } : undefined,
      };
    },

    /**
     * pageJson()'s page as the UTF-8 bytes of each event (`cards`, views into one buffer SQLite
     * joined) with its id, for a cache that keeps each event once (ids, from newId, hold no commas).
     * The subquery yields rows in page order (its ORDER BY ... LIMIT), which the aggregates keep.
     * With `held` (the caller holds those events' cards), a page with no filter but the window and
     * position reads its keys, then only the cards not held, leaving those undefined (see
     * pageFromKeys): a cached window shares all but a few events with its neighbours.
     */
    pageBody(filter: EventFilter, held?: (id: string) => boolean): PageCards {
      const fromKeys = held && readsCardsOnly(filter) ? pageFromKeys(filter, held) : undefined;
      if (fromKeys) return fromKeys;
      const { shape, sql, params } = jsonPageQuery(filter);
      const row = prepareShaped(
        `body ${shape}`,
        () => `SELECT CAST(group_concat(json, ',') AS BLOB) AS events, group_concat(octet_length(json)) AS lengths, group_concat(id) AS ids FROM (${sql()})`,
      ).get(...params) as { events: Buffer | null; lengths: string | null; ids: string | null };
      if (row.events === null || row.lengths === null || row.ids === null) return { ids: [], cards: [] };
      const lengths = row.lengths.split(',').map(Number);
      // One row more than the page was read to learn whether another page follows.
      const more = lengths.length > filter.limit;
      const ids = row.ids.split(',').slice(0, filter.limit);
      const cards: Buffer[] = [];
      let offset = 0;
      for (const length of lengths.slice(0, filter.limit)) {
        cards.push(row.events.subarray(offset, offset + length));
        offset += length + 1;
      }
      if (!more) return { ids, cards };
      // The position of the page's last event: its id, and the start date in its own JSON.
      return { ids, cards, last: { key: startDateOf(cards[cards.length - 1]), id: ids[ids.length - 1] } };
    },

    listQuery,

    /** The SQL of pageJson's unfiltered pages (and the name of its shape), for the query-plan and shape tests. */
    cardQuery,

    byArticle(articleId: string): EventRecord[] {
      return hydrate(eventsOfArticle.all(articleId) as EventRow[]);
    },

    idsByArticle(articleId: string): string[] {
      return (eventIdsOfArticle.all(articleId) as Array<{ id: string }>).map((row) => row.id);
    },

    /** Deletes the event when no mention is left; returns whether it did. */
    deleteIfUnmentioned(eventId: string): boolean {
      heldCandidates.delete(eventId);
      heldMergeFields.delete(eventId);
      heldSources.delete(eventId);
      heldSearch.delete(eventId);
      pendingFromHeld.delete(eventId);
      forgetAnswers();
      const ids = JSON.stringify([eventId]);
      deleteFts.run(ids);
      const deleted = deleteIfUnmentioned.run(eventId).changes > 0;
      if (!deleted) writeFts.run(ids);
      return deleted;
    },

    count(): number {
      return (countAll.get() as { n: number }).n;
    },

    writeGeneration,

    /**
     * PRAGMA data_version, read now: it changes when another connection commits, never with this
     * connection's own commits. Read in a transaction holding the write lock, it holds until that commits.
     */
    otherWritersVersion(): number {
      return dataVersion.get() as number;
    },
  };
}
