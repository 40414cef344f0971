import type {
  ActorKind,
  DateCertainty,
  DatePrecision,
  EventStatus,
  EventType,
} from '../domain/taxonomy.js';

/** What the repositories hand out: storage-neutral records, camelCase, no SQL types. */

export interface ActorRecord {
  name: string;
  kind: ActorKind;
}

export interface PlaceRecord {
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  /** The first-level division it lies in ("RU-41", a region's own; see ExtractedPlace): what merging nests a town in its region by. */
  division?: string | null;
}

/** The fields of an event that ingest and merging decide. */
export interface EventFields {
  type: EventType;
  title: string;
  summary: string;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  dateCertainty: DateCertainty;
  status: EventStatus;
  confidence: number;
  actors: ActorRecord[];
  places: PlaceRecord[];
}

export interface EventRecord extends EventFields {
  id: string;
  mentionCount: number;
  sourceCount: number;
  curated: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MentionInput {
  quote: string;
  charStart: number;
  charEnd: number;
  dateText: string | null;
  confidence: number;
}

export interface MentionRecord extends MentionInput {
  articleId: string;
  articleTitle: string;
  url: string | null;
  publishedAt: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  eventCount: number;
}

export interface ArticleDetailRecord extends ArticleRecord {
  body: string;
}

export interface NewArticle {
  title: string;
  body: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  /** UTC instant (ISO) the article's dates were resolved against. */
  referenceAt: string;
  ingestedAt: string;
  contentHash: string;
}

/** Position after which a keyset page starts: the sort key and id of the last row served. */
export interface KeysetPosition {
  key: string;
  id: string;
}

export interface EventFilter {
  /** Overlap window on [startDate, endDate], inclusive ISO days. */
  from?: string;
  to?: string;
  types?: EventType[];
  /** Substring of an actor name, case-insensitive. */
  actor?: string;
  /** Substring of a place name, case-insensitive. */
  place?: string;
  /** A sanitised FTS5 query (see toFtsQuery). */
  fts?: string;
  status?: EventStatus;
  minConfidence?: number;
  articleId?: string;
  /**
   * Only events that name one of these actors or places (by name, any case), or that name no
   * actor and no place at all: the events a report naming them could be merged into.
   */
  mergeableWith?: { actors: string[]; places: string[] };
  descending: boolean;
  limit: number;
  after?: KeysetPosition;
}

export interface ArticleFilter {
  /** Inclusive UTC instants bounding the article's publication (or ingest) time. */
  fromInstant?: string;
  toInstant?: string;
  fts?: string;
  limit: number;
  after?: KeysetPosition;
}

export interface NamedCount {
  name: string;
  eventCount: number;
}
