/**
 * What a parser understood, kept by chrono's components that carry it, and as a tag (chrono's
 * date-time merging copies a date's tags onto the merged components; its clone() copies none).
 * The resolver turns a spec into a value once the tense of the sentence is known.
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

/**
 * Specs by the components that carry them: kept when tagged, and when read from a tag. A read
 * from a tag rebuilds chrono's tag set and parses the JSON; most components are never cloned,
 * so their spec is found here without either. Only found specs are kept: components without one
 * may be given one later (ChronoResultSpecRefiner). Readers never modify a spec.
 */
const specsRead = new WeakMap<ParsingComponents, DateSpec>();

/** Gives components that carry no spec yet (a parser's new result, or one specOf found none on) their spec. */
export function tagSpec(components: ParsingComponents, spec: DateSpec): ParsingComponents {
  // The tag goes where chrono copies tags to; the map entry does not.
  specsRead.set(components, spec);
  return components.addTag(PREFIX + JSON.stringify(spec));
}

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
