/**
 * The contract between the extraction pipeline and the rest of Chronicle.
 * The date layer (src/extract/dates), the event layer (src/extract/events) and the
 * storage/API side (src/ingest, src/routes) meet only through these types.
 */
import type {
  ActorKind,
  DateCertainty,
  DatePrecision,
  EventStatus,
  EventType,
} from '../domain/taxonomy.js';

/** What relative expressions are resolved against. */
export interface DateReference {
  /** The article's publication instant (or its ingest time when it has none). */
  instant: Date;
  /**
   * The publication's UTC offset in minutes (from an ISO offset such as +02:00; 0 for Z or a bare
   * date). Calendar days ("today", "overnight") are those of the publication's own clock.
   */
  offsetMinutes: number;
  /** True when the article had no publishedAt and `instant` is its ingest time. */
  fromIngestTime: boolean;
}

/** A calendar period: inclusive ISO days. */
export interface DateSpan {
  startDate: string; // YYYY-MM-DD
  endDate: string; // YYYY-MM-DD, inclusive
  precision: DatePrecision;
}

/**
 * One time expression found in a text by the date layer.
 * - kind 'date': a calendar date, week, month or year ("on Saturday", "last week", "in 2022").
 * - kind 'duration': a length of time ("for 30 days", "a 72-hour truce"); never a date by itself,
 *   it gives an event its endDate.
 * - kind 'anchor': a date stated relative to another event ("hours after the call",
 *   "a day before the talks", "three days earlier"); the event layer resolves it.
 */
export interface DateMention {
  kind: 'date' | 'duration' | 'anchor';
  text: string;
  /** UTF-16 offsets into the text given to the date layer; text === input.slice(charStart, charEnd). */
  charStart: number;
  charEnd: number;
  /** ISO value: 2025-07-03 (day), 2025-W27 (week), 2025-07 (month), 2025 (year); null for durations and unresolved anchors. */
  value: string | null;
  /** The period the value covers; null for durations and unresolved anchors. */
  span: DateSpan | null;
  /** explicit: an absolute date in the text; relative: resolved from the reference or an anchor. */
  certainty: Exclude<DateCertainty, 'inferred'>;
  /** The tense/modality the expression was read with: future expressions resolve forward. */
  tense: 'past' | 'future' | 'unknown';
  /** For durations: the length in whole days (a 72-hour truce = 3). */
  durationDays?: number;
  /** For anchors: the anchor phrase ("the call"), and the signed day offset from the anchor's date. */
  anchor?: { phrase: string; offsetDays: number };
  /** "since 2022", "until 2030": a boundary of a state, not the date of an event. */
  boundary?: 'since' | 'until';
  /**
   * The period an event is counted or ranked in ("his fourth meeting this year", "the deadliest
   * attack this month", "so far this year"): it frames a count, it does not date the event.
   */
  frame?: true;
}

export interface ExtractedActor {
  name: string; // canonical: "Vladimir Putin", "Russia"
  kind: ActorKind;
}

export interface ExtractedPlace {
  name: string; // canonical gazetteer name: "Kyiv"
  countryCode: string | null; // ISO 3166-1 alpha-2
  lat: number | null;
  lon: number | null;
  /**
   * The first-level division the place lies in, as the gazetteer codes it (country and GeoNames admin1: "RU-41"); a
   * region's own. Absent for countries and places the gazetteer does not hold. Ingest stores it so that the merge can
   * tell a town ("Sudzha") in the region another report names ("the Kursk region").
   */
  division?: string;
}

/** Where an event was read: one sentence of the article body. */
export interface ExtractedMention {
  quote: string; // the sentence, exactly body.slice(charStart, charEnd)
  charStart: number;
  charEnd: number;
  dateText: string | null; // the date expression the date came from, if any
  confidence: number; // 0..1
}

export interface ExtractedEvent {
  type: EventType;
  title: string; // short, human: "Phone call between Donald Trump and Vladimir Putin"
  summary: string; // the quote, trimmed to a sentence
  startDate: string; // YYYY-MM-DD
  endDate: string; // YYYY-MM-DD, inclusive
  datePrecision: DatePrecision;
  dateCertainty: DateCertainty;
  status: EventStatus;
  actors: ExtractedActor[];
  places: ExtractedPlace[];
  confidence: number; // 0..1: how sure the extractor is of the type and date
  /** One per article: the same event said twice in one article is one event with its best mention. */
  mention: ExtractedMention;
}

export interface ArticleInput {
  title: string;
  body: string;
  /** ISO 8601; an offset is honoured; a bare date means 00:00 UTC. Absent: the ingest time. */
  publishedAt?: string | null;
}

export interface ExtractionResult {
  events: ExtractedEvent[];
  /** Every date expression found (kind 'date' and resolved anchors), with body offsets. */
  dates: DateMention[];
}
