/**
 * Chronicle's refiners, run after chrono's own: they give chrono's day-of-month results a spec,
 * drop what is not a date, and record the tense and the since/until boundary of each result.
 */
import { allMatches } from '../matches.js';
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { DTG_ZONE } from './parsers.js';
import { specOf, tagSpec } from './spec.js';
import { isPastForm, SentenceTense, type Tense } from './tense.js';
import { mapped } from '../packed.js';

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * chrono's own parsers (ISO, slash dates, "March 3", "24 February 2022") carry no spec: give
 * them one, and drop what is only a time ("at 3 pm") or a lowercase month word ("may 9" as a
 * modal followed by a number). A date in figures whose numbers could be either day or month
 * (3/4/2025, 01.08.2025) is marked so: the document's order decides it (index.ts).
 */
export class ChronoResultSpecRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (specOf(result.start)) return true;
      // "SEP 22" of a group the DTG parser refused ("991400Z SEP 22"): the month and year of no date, not 22 September
      if (DTG_BEFORE.test(context.text.slice(Math.max(0, result.index - 16), result.index))) return false;
      const start = result.start;
      if (!start.isCertain('day') || !start.isCertain('month') || !start.isValidDate()) return false;
      const monthWord = MONTH_WORD.exec(result.text)?.[0];
      if (monthWord && !/^[A-Z]/.test(monthWord)) return false;
      // News writes years in full: the two figures after "June 10," are a count or the next day
      // of a list ("On June 10, 14 drones", "June 10, 11 and 12"), not 2014 or 2011.
      const clipped = monthWord ? COUNT_AFTER_DAY.exec(result.text) : null;
      if (clipped) {
        result.text = clipped[1];
        start.delete('year');
      }
      const numeric = NUMERIC_DATE.exec(result.text.trim());
      const open = numeric !== null && Number(numeric[1]) <= 12 && Number(numeric[3]) <= 12 && numeric[1] !== numeric[3];
      tagSpec(start, {
        type: 'monthDay',
        month: start.get('month') ?? 0,
        day: start.get('day') ?? 0,
        year: start.isCertain('year') ? start.get('year') : null,
        ...(open ? { numeric: numeric[2] === '.' ? 'dot' : 'slash' } : {}),
      } as const);
      return true;
    });
  }
}

/** A military date-time group's figures and zone letter right before a month: "991400Z " of "991400Z SEP 22". */
const DTG_BEFORE = new RegExp(`\\d{6}${DTG_ZONE} ?$`);

/** A month day followed by two figures that chrono reads as the year ("June 10, 14"). */
const COUNT_AFTER_DAY = /^(.*\d),\s*\d{2}$/;

/** A date in figures, day and month in either order: "12/03/2024", "23.07.2025", "3/4". */
const NUMERIC_DATE = /^(\d{1,2})([/.])(\d{1,2})(?:[/.](?:\d{4}|\d{2}))?$/;

/**
 * What the last refiners read around a result. They run after chrono's merging refiners, so
 * nothing clones a result's components after them: the reading is kept by its start components
 * and read without copying chrono's tag set (tags() copies it on each call). As tags would, the
 * first tense and boundary recorded stay, and a mark once set stays set.
 */
interface ResultReading {
  tense: Tense | null;
  boundary: 'since' | 'until' | null;
  /** The tense came from the expression's own clause. */
  clauseTense: boolean;
  declaredWindow: boolean;
  perfect: boolean;
  timelineEntry: boolean;
  frame: boolean;
}
/** Kept on the result's start components under a symbol, as spec.ts keeps the spec (a clone has none). */
const READING = Symbol('ResultReading');
type Read = ParsingComponents & { [READING]?: ResultReading };

function readingOf(result: ParsingResult): ResultReading | undefined {
  return (result.start as Read)[READING];
}

function recordedReading(result: ParsingResult): ResultReading {
  const start = result.start as Read;
  let reading = start[READING];
  if (!reading) {
    reading = { tense: null, boundary: null, clauseTense: false, declaredWindow: false, perfect: false, timelineEntry: false, frame: false };
    start[READING] = reading;
  }
  return reading;
}

/**
 * A date heading a line, then a dash or a colon: an entry of a timeline ("12 February — Trump
 * and Putin speak by phone", "16 May — delegations meet in Istanbul"), or of a liveblog, the time
 * between ("Saturday 19 April, 17:20 GMT — ..."). Timelines tell what happened in the historical
 * present: an unmarked or simple-present entry is in the past.
 */
const TIMELINE_ENTRY_AFTER = /^,?\s*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?\s*)?(?:\([A-Z][a-z]{1,8}\.?\)\s*)?[—–:|-]\s/;
/** A post's stamp opens with a bracket, a label in capitals before it or not: "[20 May, 17:40]", "CHANNEL 2 [13.03, 14:20]". */
export const STAMP_OPENING = String.raw`(?:[A-Z][A-Z0-9]*(?:\s+[A-Z0-9]+)*\s+)?\[`;
/**
 * What may come before an entry's date on its line: a list mark ("* 20 April –", "• 20 April:"), a
 * heading mark ("## 3 March"), or a stamp's opening bracket, with a label in capitals before it
 * ("[20 May, 17:40] ...", "CHANNEL 2 [7 August, 13:40] ...").
 */
const ENTRY_LEAD = new RegExp(String.raw`^\s*(?:[*•·▪◦‣>#-]+\s*|${STAMP_OPENING})?$`);
/**
 * Other ends of an entry's date: a stamp's time and closing bracket ("[20 May, 17:40]"), or the
 * date being the whole sentence, as a diary, a letter or a caption heads its entry ("10 October,
 * Monday. Missiles on Kyiv this morning", "3 June. Dear Mum, ...", "Photo 7. 2025-08-21, Lviv,
 * a warehouse district."): a weekday or a place may follow it, a name first, a few short parts after.
 */
const ENTRY_STAMP_AFTER = /^(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?\s*\]/;
const ENTRY_SENTENCE_AFTER = /^(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}){0,2})?[.:]?\s*$/u;

/** A date heading its line: a timeline's or a log's entry, a diary's day, a post's stamp. */
function headsEntry(text: string, index: number, end: number): boolean {
  if (!ENTRY_LEAD.test(text.slice(0, index))) return false;
  const after = text.slice(end);
  return TIMELINE_ENTRY_AFTER.test(after.slice(0, 24)) || ENTRY_STAMP_AFTER.test(after) || ENTRY_SENTENCE_AFTER.test(after);
}

/** A date heading its line, as a log or a timeline entry: "31.07.2025 — ...", "2024-10-02 | ...", "3 Feb 2023: ...". */
export function isTimelineEntry(result: ParsingResult): boolean {
  return readingOf(result)?.timelineEntry ?? false;
}

/** "before the end of August", "by 31 August": a deadline's month or day ("until" is a boundary, read by tenseOf). */
const DEADLINE_BEFORE = /\b(?:before|by)\s+$/i;
/** "By 10 September, ...", "Before May ...": a time limit opening the sentence frames what had happened by then. */
const FRONTED_LIMIT = /^[\s"“'‘(]*(?:by|before)\s+$/i;
/** A past perfect: "had reached", "had been taken", "had already withdrawn". */
const PAST_PERFECT = /\bhad\s+(?:(?:already|not|never|been|largely|all|finally)\s+)*\p{L}+(?:ed|en|t|wn|ne|ght)\b/u;
/** An infinitive of a plan: "agreed to adopt it by", "ordered troops to withdraw by". */
const PLAN_INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|be\s+\p{Lu})\b)[a-z]+\b/u;

/**
 * A limit by which something was done, not one set for it ahead: "By 10 September Ukrainian troops had reached
 * Kupiansk", "forces had recaptured Izium by 10 September" (not "agreed on Monday to adopt it before the end of August").
 */
function reachedBy(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  if (FRONTED_LIMIT.test(before)) return true;
  return PAST_PERFECT.test(sentence) && !PLAN_INFINITIVE.test(before);
}

/** A month or a day of a month ("August", "31 August"): the calendar dates a deadline and the end of an "until" are read for. */
const isCalendarDate = (result: ParsingResult): boolean => {
  const type = specOf(result.start)?.type;
  return type === 'month' || type === 'monthDay' || type === 'easter';
};

/** The tense of the clause around each result (see tense.ts). */
export class TenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length === 0) return results;
    const sentence = new SentenceTense(context.text);
    for (const result of results) {
      const end = result.index + result.text.length;
      const reading = sentence.read(result.index, end);
      const timelineEntry = headsEntry(context.text, result.index, end);
      const recorded = recordedReading(result);
      if (timelineEntry) recorded.timelineEntry = true;
      const historicalPresent = reading.tense === 'unknown' || (reading.tense === 'future' && reading.simplePresent);
      // "agreed on Monday to adopt it before the end of August": a deadline lies near the act that set it, on
      // either side of publication, though that act is told in the past
      // ("By 10 September Ukrainian troops had reached Kupiansk", "forces had retaken the town by 3 May": a time by which
      // something was done, fronted or with a past perfect and no plan's infinitive, is the past's)
      const deadline =
        reading.tense === 'past' && DEADLINE_BEFORE.test(context.text.slice(Math.max(0, result.index - 16), result.index)) && !reachedBy(context.text, result.index);
      if (deadline && isCalendarDate(result)) recorded.tense ??= 'unknown';
      recorded.tense ??= timelineEntry && historicalPresent ? 'past' : reading.tense;
      if (reading.scope === 'clause') recorded.clauseTense = true;
      if (reading.declaredWindow) recorded.declaredWindow = true;
      if (reading.perfect) recorded.perfect = true;
    }
    return results;
  }
}

// ("until midnight on the night from Sunday to Monday": the night's first day ends the window)
const BOUNDARY_GAP = '(?:the\\s+)?(?:(?:midnight|noon|dawn|dusk|the\\s+end|the\\s+start|the\\s+beginning)\\s+(?:on\\s+|of\\s+|after\\s+)?(?:the\\s+night\\s+(?:of|from)\\s+)?)?';
const SINCE_BEFORE = new RegExp(`\\bsince\\s+${BOUNDARY_GAP}$`, 'i');
const UNTIL_BEFORE = new RegExp(`\\b(?:until|till|up\\s+to|through)\\s+${BOUNDARY_GAP}$`, 'i');

/** "since 2022", "until 2030": the edge of a state, not an event date. */
export class BoundaryRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      // "until midnight on Sunday", "since the start of": a time of day between is still the boundary.
      const boundary = SINCE_BEFORE.test(before)
        ? 'since'
        : UNTIL_BEFORE.test(before)
          ? 'until'
          : null;
      if (boundary) recordedReading(result).boundary ??= boundary;
    }
    return results;
  }
}

/**
 * Ordinals and superlatives that rank an event within a period: "his fourth meeting this year". "most recently"
 * ranks no event: it picks the last of several ("have met twice, most recently in Alaska in August"), and the
 * period is that one's date.
 */
const RANKING_WORD =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|largest|biggest|deadliest|heaviest|bloodiest|worst|highest|lowest|longest|greatest|fiercest|most(?!\s+recently\b)|fewest)\b/gi;
/** The period words of a frame: "this year", "this month", "this autumn", "2024"; never a day. */
const FRAME_PERIOD_TYPES = new Set(['relativePeriod', 'year', 'month', 'season']);

/**
 * "his fourth meeting with the Russian leader this year", "the deadliest attack on the city this
 * month", "the largest exchange in 2024", "so far this year": a period that frames a count or a
 * ranking, within a few words of the ordinal or superlative in the same clause.
 */
export class FrameRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!FRAME_PERIOD_TYPES.has(specOf(result.start)?.type ?? '')) continue;
      const before = context.text.slice(Math.max(0, result.index - 80), result.index);
      const clause = before.slice(Math.max(...mapped(allMatches(/[,;:()—–]/g, before), (m) => m.index + 1), 0));
      const soFar = /\bso\s+far\s+(?:in\s+)?$/i.test(clause);
      const ranking = allMatches(RANKING_WORD, clause).at(-1);
      const between = ranking ? clause.slice(ranking.index + ranking[0].length).split(/\s+/).filter(Boolean) : [];
      // "the first meeting took place in 2023": a verb between makes the period the event's own date.
      const ranked = ranking !== undefined && between.length <= FRAME_REACH_WORDS && !between.some((w) => isPastForm(w.toLowerCase()) || PRESENT_VERB.test(w));
      // "the EU adopted its 18th package of sanctions last week": a period already over dates the act a past verb governs
      const actDone = ranking !== undefined && isLastPeriod(result) && pastVerbGoverns(clause.slice(0, ranking.index));
      if (soFar || (ranked && !actDone)) recordedReading(result).frame = true;
    }
    return results;
  }
}
const PRESENT_VERB = /^(?:is|are|will|has|have|takes|comes|begins|opens|starts)$/i;
/** The verb right before a ranked noun phrase: "adopted its", "held their", "signed the". */
const PAST_VERB_BEFORE = /\b([a-z]+)\s+(?:(?:its|their|his|her|the|a|an)\s+)?$/i;

function pastVerbGoverns(before: string): boolean {
  const verb = PAST_VERB_BEFORE.exec(before)?.[1];
  return verb !== undefined && isPastForm(verb.toLowerCase());
}

/** "last week", "last month", "last year": a period over before the publication day. */
function isLastPeriod(result: ParsingResult): boolean {
  const spec = specOf(result.start);
  return spec?.type === 'relativePeriod' && spec.shift === -1;
}
/** How far a ranking word reaches its period: "fourth meeting with the Russian leader this year" is six words. */
const FRAME_REACH_WORDS = 7;

export function isFrame(result: ParsingResult): boolean {
  return readingOf(result)?.frame ?? false;
}

/**
 * The tense to resolve a result with. "until Sunday" with no verb of its own in its clause ends a
 * state that runs now ("closed until Friday", "a truce from today until Sunday"): forward; so
 * does one whose verb is a present perfect ("has kept the markets closed until Friday"). In a
 * sentence told in the past ("announced a truce from 18:00 that day until the end of 20 April")
 * a calendar date ending the window is a window of that narrative, declared just before it came
 * or reported after it passed: unmarked, the nearer.
 */
export function tenseOf(result: ParsingResult): Tense {
  const reading = readingOf(result);
  const tense = reading?.tense ?? 'unknown';
  if (reading?.boundary === 'until' && (!reading.clauseTense || reading.perfect)) {
    // A weekday ending a declared window ("announced a truce from Saturday until midnight on Sunday") is the nearest such day.
    if (reading.declaredWindow && specOf(result.start)?.type === 'weekday') return 'unknown';
    // A past declaration's window ("announced a truce from 20:00 that day until the end of 14 March") is told in the past too.
    const toldInPast = tense === 'past' || reading.declaredWindow;
    return isCalendarDate(result) && toldInPast && !reading.perfect ? 'unknown' : 'future';
  }
  return tense;
}

/** In the window a past declaration declared ("announced a truce from Friday until Saturday"). */
export function inDeclaredWindow(result: ParsingResult): boolean {
  return readingOf(result)?.declaredWindow ?? false;
}

export function boundaryOf(result: ParsingResult): 'since' | 'until' | null {
  return readingOf(result)?.boundary ?? null;
}
