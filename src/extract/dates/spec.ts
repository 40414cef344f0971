/**
 * What a parser understood, kept by the chrono components that carry it. The resolver turns a
 * spec into a value once the tense of the sentence is known.
 */
import type { ParsingComponents } from 'chrono-node';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Shift = -1 | 0 | 1;

export type DateSpec =
  /** A weekday name; modifier "last"/"next"/"this" or none (then the tense decides). */
  | { type: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null }
  /** A day counted from the publication day: today/overnight 0, yesterday -1. */
  | { type: 'publicationDay'; shiftDays: number }
  /** "last week", "this month", "next year", "over the weekend"; part: "earlier this month", "later this week". */
  | { type: 'relativePeriod'; unit: 'week' | 'weekend' | 'month' | 'year'; shift: Shift | null; part?: 'earlier' | 'later' }
  /**
   * "N days/weeks/months/years ago"; on: an anniversary's period ("a year ago today", "two years ago this
   * week", "a year ago to the day"): that day, week or month, N units back.
   */
  | { type: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number; on?: 'day' | 'week' | 'month' }
  /** A month name, with or without a year ("in December", "March 2022", "late March"). */
  /** weekOfMonth: "the first week of March" (1..4, -1 for the last): an ISO week, by its Thursday. */
  | { type: 'month'; month: number; year: number | null; relativeYear?: Shift; weekOfMonth?: number }
  /**
   * A day of a month named in the text, with or without a year ("March 3", "24 February 2022").
   * numeric: written in figures whose order the numbers alone do not fix ("12/03/2024", "01.08.2025"):
   * month and day are read month first, and the document's order decides (index.ts).
   */
  | { type: 'monthDay'; month: number; day: number; year: number | null; numeric?: 'slash' | 'dot' }
  /** A day counted from Easter Sunday ("Palm Sunday" -7, "Good Friday" -2, "Easter Monday" +1); orthodox: the Julian computus. */
  | { type: 'easter'; offsetDays: number; orthodox: boolean }
  | { type: 'season'; season: Season; year: number | null; modifier: 'last' | 'next' | 'this' | null }
  | { type: 'year'; year: number }
  /** "the following week", "the next month", "later that week": the week or month of the date told last, shifted. */
  | { type: 'toldPeriod'; unit: 'week' | 'month'; shift: Shift }
  /** "the same month a year ago", "the same period last year": the preceding date, years back. */
  | { type: 'samePeriod'; yearsBack: number }
  /** "on the 10th": a day of the month in focus (the month told last), else by tense; monthShift: "the 26th of last month". */
  | { type: 'dayOfMonth'; day: number; monthShift?: Shift }
  /** "later in the day", "to end the day", "for a third straight day": the day the story is on; `told` ("that day"): only a day told before it counts, never the publication's. */
  | { type: 'focusDay'; told?: true }
  /** "over the past 24 hours", "in the last two days": the days up to and including the publication day. */
  | { type: 'pastWindow'; days: number }
  /** days null: a stretch of time of no stated length ("in the coming weeks"). */
  | { type: 'duration'; days: number | null }
  /** dated: the anchor names its own weekday ("after Friday's call"): where it is in the sentence. */
  | { type: 'anchor'; phrase: string; offsetDays: number; dated?: { weekday: number; start: number; end: number } };

/**
 * Specs by the chrono components that carry them. chrono's refiners that merge results clone
 * components without their tags (clone() copies none) and keep what they did not clone, so a
 * spec goes where the components go; only date-time merging copies tags, and the configuration
 * leaves it out (no time parser is left to merge with; a test checks). Readers never modify a spec.
 * The spec is an own property of the components under a symbol, which clone() does not copy (it
 * copies the known and implied values only): as a WeakMap entry did, at the cost of a property
 * store instead of a WeakMap entry and the collector's work on it.
 */
const SPEC = Symbol('DateSpec');
type Tagged = ParsingComponents & { [SPEC]?: DateSpec };

/** Gives components their spec; the first one given stays. */
export function tagSpec(components: ParsingComponents, spec: DateSpec): ParsingComponents {
  const tagged = components as Tagged;
  if (tagged[SPEC] === undefined) tagged[SPEC] = spec;
  return components;
}

export function specOf(components: ParsingComponents): DateSpec | null {
  return (components as Tagged)[SPEC] ?? null;
}
