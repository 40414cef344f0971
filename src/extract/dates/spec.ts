/**
 * What a parser understood, carried on chrono's components as a tag (tags survive chrono's
 * merging refiners, which clone components). The resolver turns a spec into a value once the
 * tense of the sentence is known.
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
  /** "N days/weeks/months/years ago". */
  | { type: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  /** A month name, with or without a year ("in December", "March 2022", "late March"). */
  /** weekOfMonth: "the first week of March" (1..4, -1 for the last): an ISO week, by its Thursday. */
  | { type: 'month'; month: number; year: number | null; relativeYear?: Shift; weekOfMonth?: number }
  /**
   * A day of a month named in the text, with or without a year ("March 3", "24 February 2022").
   * numeric: written in figures whose order the numbers alone do not fix ("12/03/2024", "01.08.2025"):
   * month and day are read month first, and the document's order decides (index.ts).
   */
  | { type: 'monthDay'; month: number; day: number; year: number | null; numeric?: 'slash' | 'dot' }
  | { type: 'season'; season: Season; year: number | null; modifier: 'last' | 'next' | 'this' | null }
  | { type: 'year'; year: number }
  /** "the same month a year ago", "the same period last year": the preceding date, years back. */
  | { type: 'samePeriod'; yearsBack: number }
  /** "on the 10th": a day of the month in focus (the month told last), else by tense. */
  | { type: 'dayOfMonth'; day: number }
  /** "later in the day", "to end the day", "for a third straight day": the day the story is on. */
  | { type: 'focusDay' }
  /** "over the past 24 hours", "in the last two days": the days up to and including the publication day. */
  | { type: 'pastWindow'; days: number }
  /** days null: a stretch of time of no stated length ("in the coming weeks"). */
  | { type: 'duration'; days: number | null }
  /** dated: the anchor names its own weekday ("after Friday's call"): where it is in the sentence. */
  | { type: 'anchor'; phrase: string; offsetDays: number; dated?: { weekday: number; start: number; end: number } };

const PREFIX = 'chronicle/spec=';

export function tagSpec(components: ParsingComponents, spec: DateSpec): ParsingComponents {
  return components.addTag(PREFIX + JSON.stringify(spec));
}

/**
 * Specs already read, by the components that carry them: the refiners and the resolution read a
 * result's spec several times, and each read would rebuild chrono's tag set and parse the JSON.
 * Only found specs are kept: a result without one may be given one later (ChronoResultSpecRefiner),
 * and the first spec tag, once there, stays the first. Readers never modify a spec.
 */
const specsRead = new WeakMap<ParsingComponents, DateSpec>();

export function specOf(components: ParsingComponents): DateSpec | null {
  const known = specsRead.get(components);
  if (known) return known;
  for (const tag of components.tags()) {
    if (!tag.startsWith(PREFIX)) continue;
    const spec = JSON.parse(tag.slice(PREFIX.length)) as DateSpec;
    specsRead.set(components, spec);
    return spec;
  }
  return null;
}
