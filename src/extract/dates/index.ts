/**
 * The date layer: every time expression of an article body, resolved against its publication.
 * Sentences that may hold a date are parsed by Chronicle's chrono configuration
 * (configuration.ts); each result's spec is resolved with the tense of its clause (resolve.ts).
 */
import { asRunningText } from '../capitals.js';
import { allMatches } from '../matches.js';
import type { ParsingResult } from 'chrono-node';
import type { DateMention, DateReference, DateSpan } from '../types.js';
import { addDays, daySpan, formatDay, isCalendarDay, localDay, makeDay, parseDay, weekdayOf, type Day } from './calendar.js';
import { parseDates } from './configuration.js';
import { MONTHS } from './parsers.js';
import { boundaryOf, inDeclaredWindow, isFrame, isTimelineEntry, STAMP_OPENING, tenseOf } from './refiners.js';
import { resolveSpec, type Resolved } from './resolve.js';
import { MAY_HOLD_A_DATE, splitSentences } from './sentences.js';
import { specOf, type DateSpec } from './spec.js';
import type { Tense } from './tense.js';
import { mapped } from '../packed.js';

/** chrono's reference: noon of the publication's own calendar day, on a UTC clock. */
function chronoReference(day: Day): { instant: Date; timezone: number } {
  return { instant: new Date(day.getTime() + 12 * 3_600_000), timezone: 0 };
}

/** How far from the paragraph's dated event a day-month or month may lie to keep its year, in days ("a few months": the eval sets give the same scores from 31 to 365). */
const NARRATIVE_YEAR_REACH_DAYS = 92;
const STATED_YEAR = /\b\d{4}\b/;

/**
 * A narrative keeps its year: "On 19 April 2025, ... until the end of 20 April", "In March 2022
 * ... In April, ...". A day-month or month without a year takes the year of the explicit date
 * told before it in its paragraph when that puts it within about three months of that date, and
 * the date agrees with the tense (a future is not before the publication day, a past or a "since"
 * not after it); else null and the tense decides.
 */
function narrativeYearSpec(spec: DateSpec, tense: Tense, boundary: 'since' | 'until' | null, publicationDay: Day, yearAnchor: DateSpan | null): DateSpec | null {
  if (!yearAnchor || (spec.type !== 'monthDay' && spec.type !== 'month') || spec.year !== null) return null;
  if (spec.type === 'month' && (spec.relativeYear !== undefined || spec.weekOfMonth)) return null;
  const year = Number(yearAnchor.startDate.slice(0, 4));
  const inherited = { ...spec, year };
  const span = resolveSpec(inherited, tense, publicationDay)?.span;
  if (!span) return null;
  const [start, end] = [parseDay(span.startDate), parseDay(span.endDate)];
  const [anchorStart, anchorEnd] = [parseDay(yearAnchor.startDate), parseDay(yearAnchor.endDate)];
  const gapDays = Math.max(start.getTime() - anchorEnd.getTime(), anchorStart.getTime() - end.getTime(), 0) / 86_400_000;
  if (gapDays > NARRATIVE_YEAR_REACH_DAYS) return null;
  if (tense === 'future' && end < publicationDay) return null;
  if ((tense === 'past' || boundary === 'since') && start > publicationDay) return null;
  return inherited;
}

type FigureOrder = 'dayFirst' | 'monthFirst';

/** Dates in figures with a year, slashed or dotted ("14/03/2024", "23.07.2025"): "13/2" may be a score. */
const FIGURE_DATE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/]|\.\d)/g;
/** A note stating the order: "dates are DD/MM/YYYY", "(mm/dd)", "day/month", "written in the American format". */
const STATED_ORDER =
  /\b(?:(dd|DD)[/.-](?:mm|MM)|(mm|MM)[/.-](?:dd|DD)|(day)[/-]month|(month)[/-]day|(?:(European|British|UK)|(American|US|U\.S\.))\s+(?:date\s+)?(?:format|style|order|notation))\b/g;

/**
 * The order of day and month in a document's dates in figures. It is the writer's, fixed for the
 * whole document: a first number above 12 anywhere ("14/03/2024") makes it day first, a second one
 * above 12 month first, as does a note stating it ("Dates in this log are DD/MM/YYYY"). Evidence
 * both ways, or none, leaves it open (null): "12/03/2024" alone is not guessed.
 */
export function figureOrderOf(text: string): FigureOrder | null {
  const seen = new Set<FigureOrder>();
  for (const m of allMatches(FIGURE_DATE, text)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    if (first > 12 && first <= 31 && second >= 1 && second <= 12) seen.add('dayFirst');
    else if (second > 12 && second <= 31 && first >= 1 && first <= 12) seen.add('monthFirst');
  }
  for (const m of allMatches(STATED_ORDER, text)) seen.add(m[1] || m[3] || m[5] ? 'dayFirst' : 'monthFirst');
  return seen.size === 1 ? [...seen][0] : null;
}

/**
 * A date in figures whose numbers could be either day or month, read in the document's order.
 * With none known, a dotted date is day first (the dotted style is European; American dates are
 * slashed); a slashed one is left out.
 */
function inFigureOrder(spec: DateSpec, order: FigureOrder | null): DateSpec | null {
  if (spec.type !== 'monthDay' || !spec.numeric) return spec;
  const reading = order ?? (spec.numeric === 'dot' ? 'dayFirst' : null);
  if (reading === null) return null;
  return reading === 'dayFirst' ? { type: 'monthDay', month: spec.day, day: spec.month, year: spec.year } : { type: 'monthDay', month: spec.month, day: spec.day, year: spec.year };
}

/** The weekday an anchor names ("after Friday's call"), read with the anchor's tense. */
function namedAnchorDay(dated: { weekday: number; start: number; end: number }, result: ParsingResult, offset: number, publicationDay: Day, tense: Tense): DateMention | null {
  const resolved = resolveSpec({ type: 'weekday', weekday: dated.weekday, modifier: null }, tense, publicationDay);
  if (!resolved) return null;
  const text = result.text.slice(dated.start - result.index, dated.end - result.index);
  return { kind: 'date', text, charStart: offset + dated.start, charEnd: offset + dated.end, value: resolved.value, span: resolved.span, certainty: resolved.certainty, tense };
}

function toMention(result: ParsingResult, offset: number, publicationDay: Day, antecedent: DateSpan | null, yearAnchor: DateSpan | null, order: FigureOrder | null): DateMention | DateMention[] | null {
  const stated = specOf(result.start);
  const told = stated && inFigureOrder(stated, order);
  if (!told) return null;
  const tense = tenseOf(result);
  const boundary = boundaryOf(result);
  const spec = narrativeYearSpec(told, tense, boundary, publicationDay, yearAnchor) ?? told;
  // Mentions are built as literals, fields in one order, optional ones added last: spreading a
  // shared base and conditional objects into each (as before) cost a tenth of the date layer.
  // ("KYIV, March 19 (Reuters) -", "the swap – on June 9 – was": chrono's month-day keeps the space before a dash)
  const text = result.text.trimEnd();
  const charStart = offset + result.index;
  const charEnd = charStart + text.length;
  if (spec.type === 'duration') {
    const mention: DateMention = { text, charStart, charEnd, kind: 'duration', value: null, span: null, certainty: 'explicit', tense };
    if (spec.days !== null) mention.durationDays = spec.days;
    return mention;
  }
  if (spec.type === 'anchor') {
    const anchor = { phrase: spec.phrase, offsetDays: spec.offsetDays };
    const named = spec.dated ? namedAnchorDay(spec.dated, result, offset, publicationDay, tense) : null;
    if (!named) return { text, charStart, charEnd, kind: 'anchor', value: null, span: null, certainty: 'relative', tense, anchor };
    // "two days after Friday's call": Friday is a date of its own (the call's), and the anchor resolves from it.
    const day = addDays(parseDay(named.value!), spec.offsetDays);
    return [{ text, charStart, charEnd, kind: 'anchor', value: formatDay(day), span: daySpan(day), certainty: 'relative', tense, anchor }, named];
  }
  const read = resolveSpec(spec, tense, publicationDay, antecedent, boundary, inDeclaredWindow(result));
  if (!read) return null;
  const resolved = spec.type === 'monthDay' && spec.year === null ? yearOfTheWeekday(read, result, publicationDay) : read;
  const mention: DateMention = {
    text,
    charStart,
    charEnd,
    kind: 'date',
    value: resolved.value,
    span: daysThrough(resolved.span, result),
    certainty: resolved.certainty,
    tense: resolved.impliedTense ?? tense,
  };
  if (boundary) mention.boundary = boundary;
  if (isFrame(result)) mention.frame = true;
  return mention;
}

/**
 * "Sunday 20 Apr", "Fri 6 Jan": a day of the month told with its weekday and no year is in the year it falls on that
 * weekday (of the year read and the ones either side, the nearest the publication), whatever the tense or a boundary
 * read forward would have made of it.
 */
function yearOfTheWeekday(resolved: Resolved, result: ParsingResult, publicationDay: Day): Resolved {
  if (!result.start.isCertain('weekday') || resolved.span.precision !== 'day') return resolved;
  const weekday = result.start.get('weekday');
  const day = parseDay(resolved.value);
  if (weekday === null || weekdayOf(day) === weekday) return resolved;
  const [month, date] = [day.getUTCMonth() + 1, day.getUTCDate()];
  const away = (d: Day): number => Math.abs(d.getTime() - publicationDay.getTime());
  const match = [-1, 1, -2, 2]
    .map((shift) => makeDay(day.getUTCFullYear() + shift, month, date))
    .filter((d): d is Day => d !== null && weekdayOf(d) === weekday)
    .sort((a, b) => away(a) - away(b))[0];
  if (!match) return resolved;
  return { ...resolved, value: formatDay(match), span: daysThroughShifted(resolved.span, match) };
}

/** A span of days moved to start on `start`, its length kept. */
function daysThroughShifted(span: DateSpan, start: Day): DateSpan {
  const length = Math.round((parseDay(span.endDate).getTime() - parseDay(span.startDate).getTime()) / 86_400_000);
  return { startDate: formatDay(start), endDate: formatDay(addDays(start, length)), precision: span.precision };
}

/**
 * "May 23-25", "23–25 May 2025": chrono reads the last day of a range of days in one month as the
 * result's end; the span runs to it (the value stays the first day, as TIMEX gives it).
 */
function daysThrough(span: DateSpan, result: ParsingResult): DateSpan {
  const end = result.end;
  if (!end || span.precision !== 'day' || !end.isCertain('day') || end.get('month') !== result.start.get('month')) return span;
  const last = `${span.startDate.slice(0, 8)}${String(end.get('day')).padStart(2, '0')}`;
  return last > span.startDate ? { ...span, endDate: last } : span;
}

const NIGHT_OF = /\bnight\s+(?:of|from)\s+(?:the\s+)?$/i;
/** "from midnight on 7-8 May", "until midnight of 10-11 May": the midnight between two days. */
const MIDNIGHT_OF = /\bmidnight\s+(?:(?:on|of)\s+(?:the\s+)?)?$/i;
const ENDS_AT = /\b(?:to|until|till|through|up\s+to)\s+midnight\s+(?:(?:on|of)\s+)?(?:the\s+)?(?:night\s+(?:of|from)\s+(?:the\s+)?)?$/i;

/**
 * A two-day range told as a night ("on the night of November 18 to 19", "the night of 18-19 November")
 * is the night into its second day, as "overnight into Sunday" is Sunday. The midnight between two days
 * ("a truce from midnight on 7-8 May to midnight on 10-11 May") opens the second day, or ends the first
 * when it ends a window: 8 to 10 May.
 */
function nightInto(mention: DateMention, before: string): DateMention {
  const span = mention.span;
  // (a one-day span, the common case, is no two days: told without formatting the day after)
  if (!span || span.precision !== 'day' || span.endDate === span.startDate || span.endDate !== formatDay(addDays(parseDay(span.startDate), 1))) return mention;
  const midnight = MIDNIGHT_OF.test(before);
  if (!midnight && !NIGHT_OF.test(before)) return mention;
  // ("until midnight on the night of 10 to 11 May": the end of the 10th)
  const day = ENDS_AT.test(before) ? span.startDate : span.endDate;
  return { ...mention, value: day, span: { ...span, startDate: day, endDate: day } };
}

/** "the night of 31 May to 1 June": what stands between the two days of a night across a month's end. */
const NIGHT_TO_NEXT_DAY = /^\s*(?:to|into|-|–|—)\s*$/;

/**
 * "during the night of 31 May to 1 June", "the night from 30 September into 1 October": chrono reads two days when
 * the night crosses a month's end; it is one, the night into the second day (as "the night of 5 to 6 June" is).
 */
function nightsAcrossMonths(text: string, mentions: DateMention[]): DateMention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, second] = [mentions[i], mentions[i + 1]];
    if (first.kind !== 'date' || second.kind !== 'date' || !isOneDay(first.span) || !isOneDay(second.span)) continue;
    if (!NIGHT_TO_NEXT_DAY.test(text.slice(first.charEnd, second.charStart))) continue;
    const before = text.slice(Math.max(0, first.charStart - 40), first.charStart);
    if (!NIGHT_OF.test(before.slice(-20))) continue;
    const next = formatDay(addDays(parseDay(first.span.startDate), 1));
    // "on the night of Friday to Saturday": two weekday names in a row, each read on its own by tense; the night is
    // into the day after the first ("until midnight on the night from Sunday to Monday" ends a window on the first)
    const weekdays = WEEKDAY_NAME.test(first.text) && WEEKDAY_NAME.test(second.text) && !/\d/.test(first.text + second.text);
    const namesNext = weekdays && weekdayOf(parseDay(second.span.startDate)) === weekdayOf(parseDay(next));
    const calendar = first.certainty === 'explicit' && second.certainty === 'explicit' && second.span.startDate === next;
    if (!calendar && !namesNext) continue;
    const ends = ENDS_AT_NIGHT.test(before);
    const merged: DateMention = ends
      ? { ...first, text: text.slice(first.charStart, second.charEnd), charEnd: second.charEnd }
      : { ...second, text: text.slice(first.charStart, second.charEnd), charStart: first.charStart, value: next, span: daySpan(parseDay(next)) };
    if (first.boundary) merged.boundary = first.boundary;
    mentions.splice(i, 2, merged);
  }
  return mentions;
}
/** "until midnight on the night from Sunday to Monday": the night's midnight ends a window. */
const ENDS_AT_NIGHT = /\b(?:to|until|till|through)\s+midnight\s+(?:on|of)\s+the\s+night\s+(?:of|from)\s+(?:the\s+)?$/i;

/** "the 28th": a day whose month was itself guessed by tense gives no month to the next ("... on the 28th. It took place on the 3rd"). */
const DAY_OF_MONTH_ALONE = /^the\s+\d{1,2}(?:st|nd|rd|th)$/i;

/** "since the start of the war in ", "since Russia invaded in ": a comparison's frame, open up to the date. */
const SINCE_FRAME_BEFORE = /\bsince\b[^,;:.!?—–()]*$/i;
const WEEKDAY_NAME = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/;
// ("from the start of May 8", "from the first minute of 8 May": the window opens with that day)
const FROM_BEFORE = /\bfrom\s+(?:(?:the\s+)?(?:start|beginning|first\s+(?:minute|hour))\s+of\s+)?(?:(?:noon|midnight|dawn|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})\s+(?:on\s+)?)?$/i;

/** Whether "from" (or "from noon on", "from the start of") opens the window `start` is the first day of. */
function openedByFrom(text: string, start: DateMention): boolean {
  return FROM_BEFORE.test(text.slice(Math.max(0, start.charStart - 30), start.charStart));
}

/** "from <start> until <end>" in one sentence: two dates told one after the other as a window's ends. */
function isWindow(text: string, start: DateMention, end: DateMention): boolean {
  if (start.kind !== 'date' || end.kind !== 'date' || end.boundary !== 'until') return false;
  if (!openedByFrom(text, start)) return false;
  return !/[.!?]\s/.test(text.slice(start.charEnd, end.charStart)); // the same sentence
}

/**
 * "from noon on Friday until midnight on Saturday": a range starts on or before its end. When the
 * end resolved forward (an until-boundary) the start, a weekday, is the one just before it.
 */
function alignRangeStarts(text: string, mentions: DateMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [start, end] = [mentions[i], mentions[i + 1]];
    if (start.span?.precision !== 'day' || end.span?.precision !== 'day' || !WEEKDAY_NAME.test(start.text)) continue;
    if (!isWindow(text, start, end)) continue;
    const startDay = parseDay(start.value!);
    const endDay = parseDay(end.value!);
    const back = (weekdayOf(endDay) - weekdayOf(startDay) + 7) % 7;
    const aligned = addDays(endDay, -back);
    if (aligned.getTime() === startDay.getTime()) continue;
    mentions[i] = { ...start, value: formatDay(aligned), span: daySpan(aligned), tense: end.tense };
  }
}

/** What joins a window's first day to its last: "8 May to 10 May", "May 8 until midnight on May 10", "8 May – 10 May". */
const WINDOW_LINK = /^[^.;!?\n]{0,30}?(?:\s(?:to|until|till|through)\s|\s?[-–]\s?)[^.;!?\n]{0,30}$/;

/** How many days after its last day a window told in the present or future is still this year's, not next year's: the week. */
const DAYS_JUST_OVER = 7;

/** The same day of the month a year earlier, or null when that year has no such day (29 February). */
function yearEarlier(day: string): string | null {
  const earlier = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return isCalendarDay(earlier) ? earlier : null;
}

/** A day written by its day and month alone (no year, no weekday): "8 May", "May 8", "8 to 10 May". */
function dayWithoutYear(m: DateMention | undefined): m is DateMention & { span: DateSpan } {
  return m?.kind === 'date' && m.certainty === 'explicit' && m.span?.precision === 'day' && !STATED_YEAR.test(m.text) && !WEEKDAY_NAME.test(m.text);
}

/**
 * "The truce runs from 8 May to 10 May", "will last May 8-10", told on 9 May: a window of days without a year, read ahead
 * because its verb is a present of timetable or a future, is the one running now when this year's holds the publication
 * day, or ended within the week before it, not next year's (its first day has passed: a window still to come a year
 * ahead is written with its year). A window told as one mention ("8 to 10 May") or as two ("from 8 May to 10 May", "from May 8 until May 10").
 */
function runningWindows(text: string, mentions: DateMention[], publicationDay: Day): void {
  const today = formatDay(publicationDay);
  const justOver = formatDay(addDays(publicationDay, -DAYS_JUST_OVER));
  for (let i = 0; i < mentions.length; i++) {
    const start = mentions[i];
    if (!dayWithoutYear(start) || start.span.startDate <= today) continue;
    const next = mentions[i + 1];
    // (the last day of a window of two mentions: read ahead too, or already in this year)
    const pairEnd =
      isOneDay(start.span) &&
      dayWithoutYear(next) &&
      isOneDay(next.span) &&
      openedByFrom(text, start) &&
      WINDOW_LINK.test(text.slice(start.charEnd, next.charStart))
        ? next
        : undefined;
    const from = yearEarlier(start.span.startDate);
    if (!from || from > today) continue;
    const lastDay = pairEnd ? pairEnd.span!.startDate : start.span.endDate;
    // the last day in the year that puts it on or after the (moved) first day
    const sameYear = `${from.slice(0, 4)}${lastDay.slice(4)}`;
    const to = sameYear >= from ? sameYear : `${Number(from.slice(0, 4)) + 1}${lastDay.slice(4)}`;
    // (or just over: "the ceasefire, which runs from May 8 to May 10, began on Thursday", told on 11 May, is that one)
    if (!isCalendarDay(to) || to < justOver || to === from) continue;
    if (pairEnd) {
      mentions[i] = { ...start, value: from, span: daySpan(parseDay(from)) };
      mentions[i + 1] = { ...pairEnd, value: to, span: daySpan(parseDay(to)) };
    } else {
      mentions[i] = { ...start, value: from, span: { ...start.span, startDate: from, endDate: to } };
    }
  }
}

/**
 * "from 18:00 on 19 April until midnight on 20 April": an end without a year told after a day that starts the
 * window lies on the first such day from that start on (an until-boundary alone resolves forward from the
 * publication day, which put a past truce's end a year later).
 */
const BARE_WEEKDAY_END = /^(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(?:\s+(?:morning|afternoon|evening|night))?$/i;

function alignRangeEnds(text: string, mentions: DateMention[], publicationDay: Day): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    let [start, end] = [mentions[i], mentions[i + 1]];
    // "a truce from noon on 6 January until midnight on 7 January 2023": the year the end states is the start's too
    if (STATED_YEAR.test(end.text) && !STATED_YEAR.test(start.text) && isOneDay(start.span) && isOneDay(end.span) && start.certainty === 'explicit' && isWindow(text, start, end)) {
      const endYear = Number(end.span.startDate.slice(0, 4));
      const sameYear = `${endYear}${start.span.startDate.slice(4)}`;
      const day = sameYear <= end.span.startDate ? sameYear : `${endYear - 1}${start.span.startDate.slice(4)}`;
      if (day !== start.span.startDate && isCalendarDay(day)) mentions[i] = { ...start, value: day, span: daySpan(parseDay(day)), tense: end.tense };
      continue;
    }
    if (STATED_YEAR.test(end.text) || !isOneDay(start.span) || !isOneDay(end.span) || !isWindow(text, start, end)) continue;
    // "has ordered a ceasefire ..., running from the start of May 8 until the end of May 10", told on 28 April: neither
    // end states its year, and the clause's past put the start a year back while the until-boundary read its end
    // forward; of the window read in the start's year and in the end's, the one nearer the telling is the one meant
    if (!STATED_YEAR.test(start.text) && start.span.startDate.slice(0, 4) < end.span.startDate.slice(0, 4)) {
      const moved = `${end.span.startDate.slice(0, 4)}${start.span.startDate.slice(4)}`;
      const away = (day: string) => Math.abs(parseDay(day).getTime() - publicationDay.getTime());
      if (moved <= end.span.startDate && isCalendarDay(moved) && away(moved) < away(start.span.startDate)) {
        start = mentions[i] = { ...start, value: moved, span: { startDate: moved, endDate: moved, precision: 'day' }, tense: end.tense };
      }
    }
    if (!isOneDay(start.span)) continue;
    // "from 18:00 today until midnight on Sunday": a weekday that ends the window is the first such day from its start
    // on (a year on for a day-month; a weekday read back past the start was put a year on, on another weekday)
    const weekday = BARE_WEEKDAY_END.exec(end.text);
    if (weekday) {
      const from = parseDay(start.span.startDate);
      const day = formatDay(addDays(from, (weekdayOf(parseDay(end.span.startDate)) - weekdayOf(from) + 7) % 7));
      if (day !== end.span.startDate) mentions[i + 1] = { ...end, value: day, span: { startDate: day, endDate: day, precision: 'day' } };
      continue;
    }
    const startYear = Number(start.span.startDate.slice(0, 4));
    const sameYear = `${startYear}${end.span.startDate.slice(4)}`;
    const day = sameYear >= start.span.startDate ? sameYear : `${startYear + 1}${end.span.startDate.slice(4)}`;
    if (day === end.span.startDate || !isCalendarDay(day)) continue;
    mentions[i + 1] = { ...end, value: day, span: { startDate: day, endDate: day, precision: 'day' } };
  }
}

/** "last week, on Wednesday", "next week on Tuesday": what stands between a week and the weekday told after it. */
const WEEK_TO_WEEKDAY = /^,?\s+(?:on\s+)?$/;
/** "Wednesday last week", "Tuesday of next week": what stands between a weekday and the week told after it. */
const WEEKDAY_TO_WEEK = /^\s+(?:of\s+)?$/;

/**
 * "went to Moscow last week, on Wednesday", "on Wednesday of last week": a weekday told with the week it falls in
 * is that weekday of that week, not the latest such day before publication (Friday's "last week, on Wednesday" is
 * nine days back, not two).
 */
function weekdaysOfNamedWeeks(text: string, mentions: DateMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, second] = [mentions[i], mentions[i + 1]];
    const between = text.slice(first.charEnd, second.charStart);
    const [week, weekday] =
      first.span?.precision === 'week' && WEEK_TO_WEEKDAY.test(between) ? [first, i + 1] : second.span?.precision === 'week' && WEEKDAY_TO_WEEK.test(between) ? [second, i] : [null, -1];
    const day = mentions[weekday];
    if (!week || day.kind !== 'date' || !isOneDay(day.span) || !WEEKDAY_NAME.test(day.text)) continue;
    const start = parseDay(week.span!.startDate);
    const monday = addDays(start, -((weekdayOf(start) + 6) % 7));
    const aligned = addDays(monday, (weekdayOf(parseDay(day.span.startDate)) + 6) % 7);
    mentions[weekday] = { ...day, value: formatDay(aligned), span: daySpan(aligned) };
  }
}

const DAY_BEFORE_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
const MONTH_OF_A_RELATIVE_YEAR = /^[A-Z][a-z]+\.?\s+(?:of\s+(?:the\s+)?)?(?:last|this|next|current|present)\s+year$/;
const RELATIVE_YEAR = /^(?:last|this|next|current|present)\s+year$/i;
/** What stands between a day and its relative year: "22 July last year", "12 March of the current year". */
const DAY_TO_ITS_YEAR = /^\s+(?:of\s+(?:the\s+)?)?$/;

/**
 * "on 22 July last year", "on March 3 last year", "on 12 March of the current year" (a translated communiqué's
 * "of this year"): a day of a month in the year a relative year names.
 * The month parser reads "July last year" (leaving the day before it), chrono reads "March 3" and
 * leaves "last year" as a date of its own: either way, one day.
 */
function daysOfRelativeYears(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    const dayBefore = m.kind === 'date' && m.span?.precision === 'month' && MONTH_OF_A_RELATIVE_YEAR.test(m.text) ? DAY_BEFORE_MONTH.exec(text.slice(Math.max(0, m.charStart - 12), m.charStart)) : null;
    const yearAfter =
      m.kind === 'date' && m.span?.precision === 'day' && !STATED_YEAR.test(m.text) && next?.kind === 'date' && next.span?.precision === 'year' && RELATIVE_YEAR.test(next.text) && DAY_TO_ITS_YEAR.test(text.slice(m.charEnd, next.charStart))
        ? next
        : null;
    const day = dayBefore ? `${m.value}-${dayBefore[1].padStart(2, '0')}` : yearAfter ? `${yearAfter.value}${m.value!.slice(4)}` : null;
    // An impossible day ("31 June") reads back as another day, or as none.
    if (!day || !isCalendarDay(day)) {
      out.push(m);
      continue;
    }
    const charStart = dayBefore ? m.charStart - dayBefore[0].length : m.charStart;
    const charEnd = yearAfter ? yearAfter.charEnd : m.charEnd;
    out.push({ ...m, text: text.slice(charStart, charEnd), charStart, charEnd, value: day, span: { startDate: day, endDate: day, precision: 'day' }, certainty: 'relative' });
    if (yearAfter) i++;
  }
  return out;
}

/** "between 1 and ", "from the 3rd to ": the first day of a range whose last day is a date of the month. */
const FIRST_DAY_OF_RANGE = /\b(?:between|from)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|till|through|[-–])\s+$/i;

/**
 * "between 1 and 30 June", "from 3 to 9 March": chrono reads only the day that carries the month; the
 * range starts on the bare day before it, in the same month.
 */
function daysFromBareStart(text: string, mentions: DateMention[]): DateMention[] {
  return mapped(mentions, (m) => {
    if (m.kind !== 'date' || m.span?.precision !== 'day' || m.span.startDate !== m.span.endDate) return m;
    const first = FIRST_DAY_OF_RANGE.exec(text.slice(Math.max(0, m.charStart - 30), m.charStart));
    const day = first && `${m.span.startDate.slice(0, 8)}${first[1].padStart(2, '0')}`;
    if (!first || !day || day >= m.span.startDate || !isCalendarDay(day)) return m;
    const charStart = m.charStart - first[0].length + first[0].indexOf(first[1]);
    return { ...m, text: text.slice(charStart, m.charEnd), charStart, value: day, span: { ...m.span, startDate: day } };
  });
}

/** A date in figures, day first or ISO: "25.03.2025", "25/03/2025", "2025-03-23". */
const FIGURE_DAY = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})$/;
/** The first day of a range of days told before a date in figures: "23-" in "23-25.03.2025", "23.–" in "23.–25.03.2025". */
const FIGURE_RANGE_START = /(?<![\d./-])(\d{1,2})\.?[^\S\n]?[-–][^\S\n]?$/;
/** The last day of a range told after an ISO date: "/25" in "2025-03-23/25", "–25" in "2025-03-23–25". */
const ISO_RANGE_END = /^[/–](\d{1,2})(?![\d./-])/;

/**
 * A coder's range of days in figures: "23-25.03.2025", "2025-03-23/25", "23–25/03/2025" are 23 to 25 March (chrono
 * reads only the day that carries the month and year). The value is the first day.
 */
function figureDayRanges(text: string, mentions: DateMention[]): DateMention[] {
  return mapped(mentions, (m) => {
    if (m.kind !== 'date' || !isOneDay(m.span) || !FIGURE_DAY.test(m.text)) return m;
    const monthOf = m.span.startDate.slice(0, 8);
    const day = Number(m.span.startDate.slice(8));
    const before = /^\d{1,2}[./]/.test(m.text) ? FIGURE_RANGE_START.exec(text.slice(Math.max(0, m.charStart - 6), m.charStart)) : null;
    const after = before ? null : /^\d{4}-/.test(m.text) ? ISO_RANGE_END.exec(text.slice(m.charEnd, m.charEnd + 4)) : null;
    const other = Number((before ?? after)?.[1] ?? NaN);
    if (!(before ? other < day : other > day)) return m;
    const [first, last] = before ? [other, day] : [day, other];
    const [startDate, endDate] = [first, last].map((d) => `${monthOf}${String(d).padStart(2, '0')}`);
    if (!isCalendarDay(endDate)) return m;
    const charStart = before ? m.charStart - before[0].length : m.charStart;
    const charEnd = after ? m.charEnd + after[0].length : m.charEnd;
    // ("the night of 11-12.03.2024": the night into the 12th)
    const range: DateMention = { ...m, text: text.slice(charStart, charEnd), charStart, charEnd, value: startDate, span: { startDate, endDate, precision: 'day' } };
    return nightInto(range, text.slice(Math.max(0, charStart - 40), charStart));
  });
}

/** What joins "overnight" to the days of its night: "Overnight 11-12 March", "overnight on 11/12 March", "overnight into 12 March". */
const OVERNIGHT_TO_ITS_DAY = /^[^\S\n]+(?:(?:on|into|of)[^\S\n]+(?:the[^\S\n]+)?)?(?:\d{1,2}[/-])?$/;

/**
 * "Overnight 11-12 March, drones hit Kharkiv", "overnight on 11/12 March", "overnight into 12 March": "overnight" told
 * with the days of its night is that night (into the second of two days), not the publication day's.
 */
function overnightOfDates(text: string, mentions: DateMention[]): DateMention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [overnight, dated] = [mentions[i], mentions[i + 1]];
    if (overnight.kind !== 'date' || !OVERNIGHT.test(overnight.text) || dated.kind !== 'date' || dated.certainty !== 'explicit' || dated.span?.precision !== 'day') continue;
    if (!OVERNIGHT_TO_ITS_DAY.test(text.slice(overnight.charEnd, dated.charStart))) continue;
    const { startDate, endDate } = dated.span;
    if (endDate !== startDate && endDate !== formatDay(addDays(parseDay(startDate), 1))) continue;
    const day = parseDay(endDate);
    mentions.splice(i, 2, { ...dated, text: text.slice(overnight.charStart, dated.charEnd), charStart: overnight.charStart, value: endDate, span: daySpan(day) });
  }
  return mentions;
}

/** "on 23, 24 and ", "on the 23rd, 24th and ": the days listed before the one that carries the month. */
const DAYS_LISTED_BEFORE = /\b(?:on|of)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?((?:,\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|&)\s+(?:the\s+)?$/i;
/** "May 23 and 24", "May 23, 24 and 25": the days listed after the one that carries the month, ending the clause. */
const DAYS_LISTED_AFTER = /^((?:,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*[,.;:)—–]|\s+(?:in|at|when|as|with|after|before|while|but|and)\b|\s*$)/i;

const WEEKDAY_ABBREVIATIONS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** "16.08 (Sat)", "3/11 (Mon.)": a day and month in figures, no year, its weekday in brackets after it. */
const FIGURES_WITH_WEEKDAY = /(?<![\d/.])(\d{1,2})[./](\d{1,2})\.?\s*\((Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\.?\)/gi;

/**
 * "| 16.08 (Sat) | by phone | ...": a day and month in figures with its weekday is a date (a "16.08" alone may be
 * a number). The weekday settles the year (the publication's, or the one before or after, nearest first) and, when
 * the document's order does not, which number is the day.
 */
function figureDaysWithWeekday(text: string, mentions: DateMention[], order: FigureOrder | null, publicationDay: Day): DateMention[] {
  if (!text.includes('(')) return mentions;
  const found: DateMention[] = [];
  for (const m of allMatches(FIGURES_WITH_WEEKDAY, text)) {
    const [charStart, charEnd] = [m.index!, m.index! + m[0].length];
    if (mentions.some((d) => d.charStart < charEnd && d.charEnd > charStart)) continue;
    const weekday = WEEKDAY_ABBREVIATIONS.indexOf(m[3].toLowerCase());
    const [first, second] = [Number(m[1]), Number(m[2])];
    const readings = order === 'monthFirst' ? [[first, second]] : order === 'dayFirst' ? [[second, first]] : [[second, first], [first, second]];
    const year = publicationDay.getUTCFullYear();
    const days = readings
      .flatMap(([month, day]) => [year, year - 1, year + 1].map((y) => makeDay(y, month, day)))
      .filter((d): d is Day => d !== null && weekdayOf(d) === weekday)
      .sort((a, b) => Math.abs(a.getTime() - publicationDay.getTime()) - Math.abs(b.getTime() - publicationDay.getTime()));
    if (!days.length) continue;
    found.push({ text: m[0], charStart, charEnd, kind: 'date', value: formatDay(days[0]), span: daySpan(days[0]), certainty: 'explicit', tense: days[0] <= publicationDay ? 'past' : 'future' });
  }
  return found.length ? [...mentions, ...found].sort((a, b) => a.charStart - b.charStart) : mentions;
}

/** "Thursday (", "Saturday, (": a weekday, then the bracket that opens the calendar day it names. */
const WEEKDAY_THEN_BRACKET = /^,?[^\S\n]*\([^\S\n]*$/;
/** "8 May)", "(Nov. 20)" closed: only spaces before the bracket that closes the day. */
const BRACKET_CLOSES = /^[^\S\n]*\)/;

/**
 * "from midnight on Thursday (8 May)", "the Kremlin said on Monday (28 April)", "Last Saturday (February 26)": a
 * weekday with its calendar day in brackets after it is one day, the bracketed one (a weekday alone is read by tense
 * and window, which put "Thursday (8 May)" told on a Monday three days ahead on the 1st). The year is the one the day
 * falls on that weekday in (of the day's own reading and the years either side, the nearest the publication); a day
 * that falls on the weekday in none of them is taken as written. The pairs are merged in `mentions` itself.
 */
function weekdaysWithBracketedDays(text: string, mentions: DateMention[], publicationDay: Day): void {
  if (!text.includes('(')) return;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [weekday, dated] = [mentions[i], mentions[i + 1]];
    if (weekday.kind !== 'date' || dated.kind !== 'date' || !isOneDay(weekday.span) || !isOneDay(dated.span) || dated.certainty !== 'explicit') continue;
    if (/\d/.test(weekday.text) || !WEEKDAY_NAME.test(weekday.text) || WEEKDAY_NAME.test(dated.text)) continue;
    if (!WEEKDAY_THEN_BRACKET.test(text.slice(weekday.charEnd, dated.charStart))) continue;
    const close = BRACKET_CLOSES.exec(text.slice(dated.charEnd, dated.charEnd + 8));
    if (!close) continue;
    const named = weekdayOf(parseDay(weekday.span.startDate));
    const read = parseDay(dated.span.startDate);
    const [month, date] = [read.getUTCMonth() + 1, read.getUTCDate()];
    const stated = STATED_YEAR.test(dated.text);
    const day = (stated ? [read] : [0, -1, 1].map((shift) => makeDay(read.getUTCFullYear() + shift, month, date)))
      .filter((d): d is Day => d !== null && weekdayOf(d) === named)
      .sort((a, b) => Math.abs(a.getTime() - publicationDay.getTime()) - Math.abs(b.getTime() - publicationDay.getTime()))[0] ?? read;
    const charEnd = dated.charEnd + close[0].length;
    const merged: DateMention = { ...dated, text: text.slice(weekday.charStart, charEnd), charStart: weekday.charStart, charEnd, value: formatDay(day), span: daySpan(day) };
    if (weekday.boundary) merged.boundary = weekday.boundary;
    else delete merged.boundary;
    mentions.splice(i, 2, merged);
  }
}

/** The last day of a range told after a month-day: "through 10" in "May 8 through 10", "and 10" after "between May 8". */
const RANGE_END_AFTER = /^[^\S\n]+(through|thru|and)[^\S\n]+(\d{1,2})(?:st|nd|rd|th)?(?=\s*[,.;:)—–]|\s+(?:in|at|when|as|with|after|before|while|but|and|for)\b|\s*$)/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/**
 * "a truce for May 8 through 10", "between May 8 and 10": a month-day and the bare last day of its range after it
 * (chrono reads the range only with a hyphen or "to"). The value stays the first day.
 */
function daysThroughBareEnd(text: string, mentions: DateMention[]): DateMention[] {
  return mapped(mentions, (m) => {
    if (m.kind !== 'date' || !isOneDay(m.span) || !/[A-Za-z]/.test(m.text) || /^\d/.test(m.text.replace(/^on\s+/i, ''))) return m;
    const end = RANGE_END_AFTER.exec(text.slice(m.charEnd, m.charEnd + 24));
    if (!end || (end[1].toLowerCase() === 'and' && !BETWEEN_BEFORE.test(text.slice(Math.max(0, m.charStart - 10), m.charStart)))) return m;
    const last = `${m.span.startDate.slice(0, 8)}${end[2].padStart(2, '0')}`;
    if (last <= m.span.startDate || !isCalendarDay(last)) return m;
    const charEnd = m.charEnd + end[0].length;
    return { ...m, text: text.slice(m.charStart, charEnd), charEnd, span: { ...m.span, endDate: last } };
  });
}

/** Whether listed day numbers follow each other: "23, 24 and 25". */
function consecutive(days: number[]): boolean {
  return days.every((day, i) => i === 0 || day === days[i - 1] + 1);
}

/**
 * "on 23, 24 and 25 May", "on the 23rd, 24th and 25th of May", "on May 23 and 24": consecutive days listed with
 * one month are one stretch of days, from the first to the last (chrono reads only the day next to the month).
 * Mentions inside the stretch ("the 23rd" read alone) give way to it.
 */
function daysOfALists(text: string, mentions: DateMention[]): DateMention[] {
  const stretches: DateMention[] = [];
  const out = mapped(mentions, (m) => {
    if (m.kind !== 'date' || !isOneDay(m.span)) return m;
    const monthDay = m.span.startDate.slice(0, 8);
    const last = Number(m.span.startDate.slice(8));
    const before = DAYS_LISTED_BEFORE.exec(text.slice(Math.max(0, m.charStart - 40), m.charStart));
    const after = before ? null : DAYS_LISTED_AFTER.exec(text.slice(m.charEnd, m.charEnd + 30));
    const days = before
      ? [Number(before[1]), ...[...before[2].matchAll(/\d{1,2}/g)].map((d) => Number(d[0])), last]
      : after
        ? [last, ...[...after[1].matchAll(/\d{1,2}/g)].map((d) => Number(d[0])), Number(after[2])]
        : null;
    if (!days || !consecutive(days)) return m;
    const [startDate, endDate] = [days[0], days[days.length - 1]].map((d) => `${monthDay}${String(d).padStart(2, '0')}`);
    if (!isCalendarDay(endDate)) return m;
    const charStart = before ? m.charStart - before[0].length + before[0].search(/\d/) : m.charStart;
    const charEnd = after ? m.charEnd + after[0].length : m.charEnd;
    const stretch: DateMention = { ...m, text: text.slice(charStart, charEnd), charStart, charEnd, value: startDate, span: { startDate, endDate, precision: 'day' } };
    stretches.push(stretch);
    return stretch;
  });
  return stretches.length ? out.filter((m) => !stretches.some((s) => s !== m && m.charStart < s.charEnd && m.charEnd > s.charStart)) : out;
}

/** A span of exactly one day ("on Friday", not "over the past week" or "June 2-4"). */
function isOneDay(span: DateSpan | null | undefined): span is DateSpan {
  return span?.precision === 'day' && span.startDate === span.endDate;
}

/** "the same Sunday", "that Monday", "It was Palm Sunday": words before a weekday that point back to a day already told. */
const SAME_BEFORE = /(?:\bsame|\bthat|\b(?:it|this|that)\s+was(?:\s+(?:a|an|the))?(?:\s+\p{Lu}\p{Ll}+)?)\s+$/iu;
const OVERNIGHT = /^overnight$/i;
/** "Palm Sunday", "Easter Monday": a weekday named from Easter is its own day ("It was Palm Sunday"), not the one told last. */
const EASTER_DAY_NAME = /\b(?:Palm|Easter|Good|Holy|Maundy)\s/;

/**
 * "The same Sunday, ...", "It was Palm Sunday": the Sunday the article has already told (the last day told before it that
 * fell on that weekday), not the latest Sunday before publication; unchanged when none was told.
 */
function sameWeekday(m: DateMention, before: string, told: DateMention[]): DateMention {
  if (m.kind !== 'date' || m.span?.precision !== 'day' || !WEEKDAY_NAME.test(m.text) || EASTER_DAY_NAME.test(m.text) || !SAME_BEFORE.test(before)) return m;
  const weekday = weekdayOf(parseDay(m.value!));
  const same = told.findLast((d) => d.kind === 'date' && isOneDay(d.span) && weekdayOf(parseDay(d.span.startDate)) === weekday);
  return same ? { ...m, value: same.span!.startDate, span: same.span!, certainty: 'relative' } : m;
}

function yearSpan(year: string): DateSpan {
  return { startDate: `${year}-01-01`, endDate: `${year}-12-31`, precision: 'year' };
}

/**
 * The one year a document's title is about ("Timeline of the invasion (2024)", "Pages from a Kyiv
 * diary, February to April 2022"): the year of its entries that state none. Not a year counted
 * from or to ("Key dates since 2022"); null when the title names none or several.
 */
function titleYear(title: string | undefined, ref: DateReference): DateSpan | null {
  if (!title || !STATED_YEAR.test(title)) return null;
  const years = new Set<string>();
  for (const d of findDates(title, ref)) if (d.kind === 'date' && d.span && !d.boundary && STATED_YEAR.test(d.text)) years.add(d.span.startDate.slice(0, 4));
  return years.size === 1 ? yearSpan([...years][0]) : null;
}

/** A year opening its line before a dash, a colon or a bar, then the entry: "2022 — Ukrainian forces retook Lyman". */
const YEAR_ENTRY_BEFORE = /^[^\S\n]*(?:[*•·▪#>-][^\S\n]*)*$/;
const YEAR_ENTRY_AFTER = /^[^\S\n]*(?:[—–:|]|-[^\S\n])[^\S\n]*\S/;
const YEAR_ALONE = /^(?:18|19|20)\d{2}$/;

/** A year heading an entry of a chronology or an almanac: "2022 — ...", "* 2014: ...", "2024 | ...". */
function isYearEntry(text: string, lineStart: number, mention: DateMention): boolean {
  return (
    mention.kind === 'date' &&
    mention.span?.precision === 'year' &&
    !mention.boundary &&
    YEAR_ALONE.test(mention.text) &&
    YEAR_ENTRY_BEFORE.test(text.slice(lineStart, mention.charStart)) &&
    YEAR_ENTRY_AFTER.test(text.slice(mention.charEnd, mention.charEnd + 8))
  );
}

/** An almanac's own words: "On this day", "This day in history", "Today in history". */
const ON_THIS_DAY = /\b(?:on\s+this\s+day|this\s+day\s+in\s+history|today\s+in\s+history)\b/i;

/**
 * The day an almanac is about: the day-month told on the line naming it ("ON THIS DAY · 1 October"), in the text
 * before its first year entry or else in the title; null when no such line tells a day.
 */
function almanacDayOf(opening: string, title: string | undefined, ref: DateReference): { month: number; day: number } | null {
  for (const source of [opening, title ?? '']) {
    const at = source.search(ON_THIS_DAY);
    if (at < 0) continue;
    const lineEnd = source.indexOf('\n', at);
    const line = source.slice(source.lastIndexOf('\n', at) + 1, lineEnd < 0 ? source.length : lineEnd);
    const told = findDates(line, ref).find((d) => d.kind === 'date' && isOneDay(d.span) && !STATED_YEAR.test(d.text));
    if (told?.span) return { month: Number(told.span.startDate.slice(5, 7)), day: Number(told.span.startDate.slice(8)) };
  }
  return null;
}

/** List and heading marks, brackets, punctuation and spaces: what a heading line holds around its date. */
const LINE_MARKS = String.raw`[\s*•·▪◦‣>#()[\]\-–—:.,|]*`;
/**
 * What a heading line holds besides its dates: marks, and a letter's place or greeting before the date ("Kyiv, 3 June
 * 2023", "Dear Mum, 3 June"), or a weekday in capitals, which the weekday parser leaves to labels ("SATURDAY 10 MAY").
 */
const HEADING_MARKS = new RegExp(
  String.raw`^(?:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},|${LINE_MARKS}(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?)?${LINE_MARKS}$`,
  'u',
);
/** A line that is nothing but a year ("2024", "## 2023:"): running text's year parser wants words around a year. */
const YEAR_LINE = new RegExp(String.raw`^${LINE_MARKS}((?:18|19|20)\d{2})${LINE_MARKS}$`);

interface SectionHeading {
  day: DateSpan | null;
  year: DateSpan | null;
}

/** Nothing but spaces from here to the end of the line (read from `lastIndex`). */
const REST_OF_LINE_BLANK = /[^\S\n]*(?:\n|$)/y;

/**
 * A line that is nothing but a date ("2024", "## April", "Tuesday 14 March 2023", "March 2024:")
 * heads a section: the day and the year it names, else null. `sentence` opens its line; `own` are
 * its date mentions.
 */
function sectionHeading(text: string, sentence: { start: number; end: number }, sentenceText: string, own: DateMention[]): SectionHeading | null {
  REST_OF_LINE_BLANK.lastIndex = sentence.end;
  if (!REST_OF_LINE_BLANK.test(text)) return null;
  const yearLine = YEAR_LINE.exec(sentenceText);
  if (yearLine) return { day: null, year: yearSpan(yearLine[1]) };
  if (own.length === 0) return null;
  let rest = '';
  let at = sentence.start;
  for (const m of own) [rest, at] = [rest + text.slice(at, m.charStart), Math.max(at, m.charEnd)];
  if (!HEADING_MARKS.test(rest + text.slice(at, sentence.end))) return null;
  const day = own.find((m) => m.kind === 'date' && isOneDay(m.span));
  const year = own.find((m) => m.kind === 'date' && m.span && STATED_YEAR.test(m.text));
  return { day: day?.span ?? null, year: year ? yearSpan(year.span!.startDate.slice(0, 4)) : null };
}

/**
 * A post's stamp in figures with no year, heading its line: "[07.08, 09:12] ...", "CHANNEL 2 [13.03,
 * 14:20] ...". The time after the day and the bracket make it a stamp (a "7.08" of running text may be
 * a number).
 */
const YEARLESS_STAMP = new RegExp(String.raw`^(\s*${STAMP_OPENING})(\d{1,2})([./])(\d{1,2}),?\s*\d{1,2}[:.]\d{2}\s*\]`);

/** A stamp's day, in the document's order of day and month, on or before the publication day (a post already written). */
function stampDay(sentenceText: string, offset: number, order: FigureOrder | null, publicationDay: Day): DateMention | null {
  const stamp = YEARLESS_STAMP.exec(sentenceText);
  if (!stamp) return null;
  const spec = inFigureOrder({ type: 'monthDay', month: Number(stamp[2]), day: Number(stamp[4]), year: null, numeric: stamp[3] === '.' ? 'dot' : 'slash' }, order);
  const resolved = spec && resolveSpec(spec, 'past', publicationDay);
  if (!resolved) return null;
  const charStart = offset + stamp[1].length;
  const text = `${stamp[2]}${stamp[3]}${stamp[4]}`;
  return { text, charStart, charEnd: charStart + text.length, kind: 'date', value: resolved.value, span: resolved.span, certainty: resolved.certainty, tense: 'past' };
}

/** A day counted from the publication day ("today", "yesterday", "this morning"), counted from `day` instead. */
function countedFrom(mention: DateMention, day: DateSpan, shiftDays: number): DateMention {
  if (shiftDays === 0) return { ...mention, value: day.startDate, span: day };
  const shifted = addDays(parseDay(day.startDate), shiftDays);
  return { ...mention, value: formatDay(shifted), span: daySpan(shifted) };
}

/** A line opening with a clock time, then a separator: an alert's or a log's timed entry ("22:47 · ...", "08:18 — ...", "[14:05 GMT] ..."). */
const TIMED_LINE = /^[^\S\n]*\[?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[A-Z]{2,5}|[ap]\.?m\.?)|\s+(?:\p{Lu}\p{Ll}+|local)\s+time)?\]?\s*(?:[·•|—–-]\s|\]\s)/u;
/** A line opening with a clock time, whatever follows. */
const CLOCK_OPENING = /^[^\S\n]*\[?\d{1,2}[:.]\d{2}\b/;
/** A later line opening with a clock time: the run has at least two. */
const ANOTHER_TIMED_LINE = /\n[^\S\n]*\[?(?:[01]?\d|2[0-3])[:.][0-5]\d\b/;
/** How far before publication a lead may date the timed lines below it: a digest of the last days. */
const TIMED_RUN_LEAD_REACH_DAYS = 7;

/**
 * A digest of timed lines with no heading of their own ("These are the alerts our app sent on Tuesday, 11
 * March, newest first.", then "22:47 · ...", "20:15 · ... tonight"): the one day its lead paragraph names last
 * is the day of the lines, as a heading line's would be. Only a day already past and recent (a digest is of
 * the last days), not a boundary or a future, and only when a second timed line follows.
 */
function leadDayOfTimedRun(lead: DateMention | null, text: string, runStart: number, publicationDay: Day): DateSpan | null {
  if (!lead || lead.kind !== 'date' || !isOneDay(lead.span) || lead.boundary || lead.tense === 'future' || lead.frame) return null;
  // a lead is no timed line itself: a liveblog's "13:40 Kyiv time – ... yesterday's strike" dates only its own line
  if (CLOCK_OPENING.test(text.slice(text.lastIndexOf('\n', lead.charStart) + 1, lead.charStart + 1))) return null;
  const day = parseDay(lead.span.startDate);
  if (day > publicationDay || day < addDays(publicationDay, -TIMED_RUN_LEAD_REACH_DAYS)) return null;
  return ANOTHER_TIMED_LINE.test(text.slice(runStart, runStart + 2000)) ? lead.span : null;
}

/** A line's last words stamping who wrote it and when, a clock time before the day: "— Ostap.K (talk) 09:12, 14 April 2025 (UTC)", "-- Anna, 6:40 pm, March 3, 2024". */
const SIGNATURE = /(?:[—–]|--|~~)[^\S\n]*(?:[^\n—–.!?]|\.(?=\S)|(?<=\b[A-Z])\.){1,60}?\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?,?\s+(?:(\d{1,2})\s+([A-Z][a-z]+)\.?|([A-Z][a-z]+)\.?\s+(\d{1,2}),?)\s+(\d{4})(?:\s*\((?:UTC|GMT|[A-Z]{3,4})\))?[^\S\n]*$/;
/** The cheap test first: a line ending in a year, perhaps a zone in brackets after it. */
const ENDS_IN_YEAR = /\d{4}(?:\s*\([A-Z]{3,4}\))?[^\S\n]*$/;

/**
 * The day a signed comment was written ("... Moving it unless someone objects. — Ostap.K (talk) 09:12, 14
 * April 2025 (UTC)"): the signature closing its line, after a dash; null for a line without one. Its
 * "yesterday", "today", "on Saturday" count from that day, not from the page's last edit.
 */
export function signatureDay(line: string): { day: Day; at: number } | null {
  if (!ENDS_IN_YEAR.test(line.slice(-16))) return null;
  const m = SIGNATURE.exec(line.slice(-140));
  if (!m) return null;
  const month = MONTHS[(m[2] ?? m[3]).toLowerCase()];
  const day = month ? makeDay(Number(m[5]), month, Number(m[1] ?? m[4])) : null;
  return day ? { day, at: line.length - m[0].length } : null;
}

/**
 * A lead dating a text it goes on to quote: "wrote this letter to his mother ... on the morning of 18 February", "the
 * message, sent on Sunday, reads", "posted these lines on 3 June". The quoted paragraphs after it (each opening with a
 * quotation mark) are told on that day: their "yesterday" and "on Friday" count from it.
 */
export const WRITING_TOLD =
  /\b(?:wrote|written|sent|posted|penned|typed|dictated)\b[^.;]{0,60}?\b(?:this|these|the following|the|that)\s+(?:letter|message|note|lines|entry|post|text|e-?mail|words)\b|\b(?:letter|message|note|entry|post|e-?mail)\b[^.;]{0,30}?\b(?:was\s+)?(?:written|sent|posted|dated)\b/i;
/**
 * What every match of WRITING_TOLD holds, a verb of writing (wrote, written, sent, posted, penned, typed, dictated,
 * dated): a test about a third as dear, which nineteen sentences in twenty with a date fail.
 */
export const WRITING_VERB = /wr[oi]t|sent|post|penned|typed|dictat|dated/i;
/** A paragraph opening with a quotation mark. */
const QUOTED_PARAGRAPH = /^[^\S\n]*["“«„]/;

/**
 * The date "the following week" or "later that month" counts from: the last one told at a day's, a week's or (for a
 * month) a month's precision ("on May 16, the first meeting since the spring of 2022 ... the following week": May 16).
 */
function toldBefore(mentions: DateMention[], unit: 'week' | 'month'): DateMention | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.kind !== 'date' || !m.span || m.boundary) continue;
    const { precision, startDate, endDate } = m.span;
    // a season is three months, not one
    if (precision === 'day' || precision === 'week' || (unit === 'month' && precision === 'month' && startDate.slice(0, 7) === endDate.slice(0, 7))) return m;
  }
  return null;
}

/**
 * A record's header naming the day it was held or written, the first thing on one of the document's first lines: a
 * form's "Date: Monday, 14 April 2025 · Place: ...", minutes' "Session of Monday 4 April 2022 · ...", "Meeting held
 * on 3 March 2025", "Dated 12 May 2025". Up to the date, with a weekday between allowed.
 */
const RECORD_DATE_LABEL =
  /^[^\S\n]*(?:(?:(?:meeting|session|sitting|hearing|memo|letter|release)\s+)?date(?:\s+of\s+(?:the\s+)?(?:meeting|session|sitting|hearing))?\s*:|dated\s*:?|(?:(?:minutes|record|extract|transcript)\s+of\s+the\s+)?(?:(?!(?:the|a|an|this|that|their|its|our)\s)\p{L}+\s+){0,2}(?:session|sitting|meeting|hearing)\s+(?:held\s+)?(?:of|on))\s*$/iu;
/** What follows a header's date: the next field's separator or the line's end. */
const FIELD_END = /^[^\S\n]*(?:[,·|•;—–(-]|\n|$)/;
/** How far into the text a record's header may stand: its first lines. */
const RECORD_HEAD_CHARS = 400;

/** The day a record's header names, when the sentence opening a line of the head is such a header. */
function recordDay(text: string, lineStart: number, own: DateMention[]): DateSpan | null {
  if (lineStart > RECORD_HEAD_CHARS) return null;
  const first = own.find((m) => m.kind === 'date' && m.certainty === 'explicit' && isOneDay(m.span));
  // a header goes on to its next field or ends its line ("· Place:", ", 18:30"); "of 2 May approved the budget" is a sentence
  return first && RECORD_DATE_LABEL.test(text.slice(lineStart, first.charStart)) && FIELD_END.test(text.slice(first.charEnd, first.charEnd + 3)) ? first.span : null;
}

/** The publication's time of day on its own clock, in minutes. */
function localMinutes(ref: DateReference): number {
  const local = new Date(ref.instant.getTime() + ref.offsetMinutes * 60_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/**
 * A liveblog's post stamp opening its line: a clock time, a zone or am/pm, then a separator or the line's end
 * ("23:50 BST", "22:15 EEST: ...", "11.40pm —", "[06:05]").
 */
const POST_STAMP = /^[^\S\n]*\[?([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*([ap])\.?m\.?)?(?:\s*[A-Z]{2,5}|\s+(?:\p{Lu}\p{Ll}+|local)\s+time)?\]?[^\S\n]*(?:[·•|—–:-]\s|\]\s|\n|$)/u;
const NOON = 12 * 60;
/** How far back the clock must jump for two posts to lie either side of a midnight. */
const MIDNIGHT_JUMP_MINUTES = 6 * 60;

/** From a morning post to an evening one: going back across a midnight. */
const crossesMidnightBack = (later: number, earlier: number): boolean => later < NOON && earlier >= NOON && earlier - later >= MIDNIGHT_JUMP_MINUTES;

/**
 * The day of each post stamp of a liveblog, by the start of its line, when the posts run across a midnight: its
 * newest post is of the publication day, and each jump of the clock from a morning back to an evening between two
 * posts is a day earlier ("01:20 BST ... 00:45 BST ... 23:50 BST — Putin and Trump met in Anchorage today": the day
 * before; newest first or oldest first, whichever most steps follow). Null when no post lies on another day.
 */
function postStampDays(text: string, publicationDay: Day, publicationMinutes: number): Map<number, DateSpan> | null {
  if (!/\n[^\S\n]*\[?\d{1,2}[:.]\d{2}/.test(text)) return null;
  const stamps: Array<{ line: number; minutes: number }> = [];
  for (let line = 0; line < text.length; ) {
    const m = POST_STAMP.exec(text.slice(line, line + 40));
    if (m) stamps.push({ line, minutes: ((m[3] ? Number(m[1]) % 12 : Number(m[1])) + (m[3] === 'p' ? 12 : 0)) * 60 + Number(m[2]) });
    const next = text.indexOf('\n', line);
    if (next < 0) break;
    line = next + 1;
  }
  // which way the posts run: each step down the page within a few hours votes by the clock's direction (a jump of
  // more may be a midnight either way); with no such step, only an evening post later on the clock than the
  // publication (newest first: "01:20 ... 23:50", published at 01:30) shows a midnight between
  let down = 0;
  for (let i = 1; i < stamps.length; i++) {
    const [above, below] = [stamps[i - 1].minutes, stamps[i].minutes];
    if (Math.abs(above - below) < MIDNIGHT_JUMP_MINUTES) down += Math.sign(above - below);
  }
  if (down === 0 && !stamps.some((s) => s.minutes > publicationMinutes)) return null;
  const newestFirst = down >= 0;
  // days back from the newest post, walking from it to the oldest
  const order = newestFirst ? stamps : [...stamps].reverse();
  const back: number[] = [];
  for (let i = 0, days = 0; i < order.length; i++) {
    if (i > 0 && crossesMidnightBack(order[i - 1].minutes, order[i].minutes)) days++;
    back.push(days);
  }
  if (!back.some((d) => d > 0)) return null;
  return new Map(order.map((s, i) => [s.line, daySpan(addDays(publicationDay, -back[i]))]));
}

/**
 * An agency dateline opening the copy: the place in capitals or capitalised words (several joined by "/", a region
 * or country after a comma), then the day, an agency in brackets and a dash: "KYIV/MOSCOW, March 19 (Reuters) -",
 * "BRUSSELS, July 18 -", "POLTAVA, Ukraine, Sept 3 —", "Washington, April 28 (dpa) -", "Kyiv, 28 April 2025 (UNIAN) –".
 */
const DATELINE_PLACE = /^[^\S\n]*\p{Lu}[\p{L}'’.-]*(?:(?:[^\S\n]+|[^\S\n]*\/[^\S\n]*)\p{Lu}[\p{L}'’.-]*){0,4}(?:,[^\S\n]*\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2})?,[^\S\n]*$/u;
const DATELINE_AFTER = /^[^\S\n]*(?:,[^\S\n]*\d{4}[^\S\n]*)?(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:--?|–|—)[^\S\n]/;
/** How far into the text a dateline may stand: after a headline or a byline line at most. */
const DATELINE_HEAD_CHARS = 300;

/**
 * The day of a dateline: the day the copy was filed, near its publication whatever the clock ("BRUSSELS, July 18 -" in
 * a paper published on 19 July in Tokyo; "TOKYO, July 19 -" sent at 23:30 UTC on 18 July). Without a year, the
 * nearest such day to the publication day.
 */
function datelineDay(text: string, lineStart: number, first: DateMention, publicationDay: Day): DateMention | null {
  if (lineStart > DATELINE_HEAD_CHARS || first.kind !== 'date' || first.certainty !== 'explicit' || !isOneDay(first.span)) return null;
  if (!DATELINE_PLACE.test(text.slice(lineStart, first.charStart)) || !DATELINE_AFTER.test(text.slice(first.charEnd, first.charEnd + 48))) return null;
  if (STATED_YEAR.test(first.text)) return first;
  const year = publicationDay.getUTCFullYear();
  const [month, date] = [Number(first.span.startDate.slice(5, 7)), Number(first.span.startDate.slice(8))];
  const away = (d: Day) => Math.abs(d.getTime() - publicationDay.getTime());
  const nearest = [year, year - 1, year + 1]
    .map((y) => makeDay(y, month, date))
    .filter((d): d is Day => d !== null)
    .sort((a, b) => away(a) - away(b))[0];
  return nearest ? { ...first, value: formatDay(nearest), span: daySpan(nearest) } : null;
}

/**
 * Every time expression in `text`, resolved against `ref`, in text order. `title`, the document's
 * own heading, may give its entries their year.
 */
export function findDates(text: string, ref: DateReference, title?: string): DateMention[] {
  const publicationDay = localDay(ref.instant, ref.offsetMinutes);
  const reference = chronoReference(publicationDay);
  const publicationDate = formatDay(publicationDay);
  // the title's year, read only for an entry without a year of its own (most articles have none): undefined until asked
  let documentYear: DateSpan | null | undefined;
  // the day an almanac is about ("On this day, 1 October"), read only for a year heading an entry: undefined until asked
  let almanacDay: { month: number; day: number } | null | undefined;
  const order = /\d[/.]\d/.test(text) ? figureOrderOf(text) : null;
  const mentions: DateMention[] = [];
  let lastDate: DateMention | null = null;
  let lastDateParagraph = -1;
  // Each paragraph starts these three afresh.
  // The day the story is on: the last day told in the current paragraph.
  let lastDay: DateMention | null = null;
  // The day a log or timeline entry heads its paragraph with: its "overnight" and "today" are that day's.
  let entryDay: DateSpan | null = null;
  // The last date of the paragraph that states its year (or kept one from such a date).
  let yearAnchor: DateSpan | null = null;
  // A heading line's day and year hold over the paragraphs below it, until the next heading line.
  let sectionDay: DateSpan | null = null;
  let sectionYear: DateSpan | null = null;
  // The first run of lines opening with a clock time ("22:47 · ...") has been met (a run opening the text has no lead).
  let timedRunSeen = TIMED_LINE.test(text.slice(0, 40));
  // The day a lead gave the text it quotes in the paragraphs after it ("wrote this letter on 18 February").
  let quotedDay: DateSpan | null = null;
  // The line whose signature was last looked for.
  let signedLine = -1;
  // A dateline was looked for ("KYIV, March 19 (Reuters) -"): only the copy's first dated sentence may open with one.
  let datelineSought = false;
  // A liveblog's posts across a midnight: the day of each post stamp, and of the post being read.
  const postDays = postStampDays(text, publicationDay, localMinutes(ref));
  let postDay: DateSpan | null = postDays?.get(0) ?? null;
  entryDay = postDay;
  // Sentences never span a newline: a newline between two sentences starts a new paragraph.
  let paragraph = 0;
  let previousEnd = 0;
  // Where the current line starts: only the space between two sentences holds a newline.
  let lineStart = 0;
  for (const sentence of splitSentences(text)) {
    // (the last newline between the two sentences, found without copying the space between them)
    const breakAt = sentence.start > previousEnd ? text.lastIndexOf('\n', sentence.start - 1) : -1;
    const lastBreak = breakAt >= previousEnd ? breakAt - previousEnd : -1;
    if (lastBreak !== -1) {
      paragraph++;
      [lastDay, entryDay, yearAnchor] = [null, sectionDay, sectionYear];
      lineStart = previousEnd + lastBreak + 1;
      // "23:50 BST\nPutin and Trump met in Anchorage today": a post's paragraphs are told on its stamp's day
      if (postDays) {
        postDay = postDays.get(lineStart) ?? postDay;
        entryDay ??= postDay;
      }
      // the quoted letter's paragraphs are told on the day its lead gave; the first unquoted one ends it
      if (quotedDay && QUOTED_PARAGRAPH.test(text.slice(lineStart, sentence.start + 1))) entryDay = quotedDay;
      else quotedDay = null;
      // "These are the alerts we sent on Tuesday, 11 March.\n\n22:47 · ...": a lead's day heads the timed lines below it
      if (!timedRunSeen && TIMED_LINE.test(text.slice(lineStart, lineStart + 40))) {
        timedRunSeen = true;
        const lead: DateSpan | null = sectionDay === null && lastDateParagraph === paragraph - 1 ? leadDayOfTimedRun(lastDate, text, sentence.start, publicationDay) : null;
        if (lead) [sectionDay, entryDay] = [lead, lead];
      }
    }
    previousEnd = sentence.end;
    // a comment signed at the end of its line is told on its signature's day
    if (lineStart !== signedLine) {
      signedLine = lineStart;
      const end = text.indexOf('\n', lineStart);
      const signed = signatureDay(text.slice(lineStart, end < 0 ? text.length : end));
      if (signed) entryDay = daySpan(signed.day);
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!MAY_HOLD_A_DATE.test(sentenceText)) continue;
    // A line in capitals ("STRIKES ON KHARKIV ON FRIDAY") is parsed as running text writes it, the
    // same length: the mentions keep the body's own words.
    const parsedText = withLongGapsClosed(asRunningText(sentenceText));
    const sentenceMentionsFrom = mentions.length;
    // a stamp or a heading is the first thing on its line
    const opensLine = !/\S/.test(text.slice(lineStart, sentence.start));
    const stamp = opensLine ? stampDay(sentenceText, sentence.start, order, publicationDay) : null;
    if (stamp) {
      mentions.push(stamp);
      [entryDay, lastDay, lastDate, lastDateParagraph] = [stamp.span, stamp, stamp, paragraph];
    }
    for (const result of parseDates(parsedText, reference)) {
      const spec = specOf(result.start);
      // "the day" and "the 10th" take the day or month told last in their own paragraph only.
      // ("later in the day" with no day told in its paragraph: the day of its entry, section or dateline, if any)
      const antecedent =
        spec?.type === 'focusDay'
          ? (lastDay?.span ?? entryDay)
          : spec?.type === 'toldPeriod'
            ? (toldBefore(mentions, spec.unit)?.span ?? null)
          : spec?.type === 'dayOfMonth' && (lastDateParagraph !== paragraph || (lastDate !== null && DAY_OF_MONTH_ALONE.test(lastDate.text)))
            ? null
            : (lastDate?.span ?? null);
      // an entry with no year of its own ("* 20 April – ...", "11 November. We are in Kherson") is of its section's or document's year
      const paragraphYear = yearAnchor ?? (isTimelineEntry(result) ? (documentYear === undefined ? (documentYear = titleYear(title, ref)) : documentYear) : null);
      // "April 19 - Putin declares a truce from Saturday until Sunday": an entry's weekdays are of the entry's week (and its
      // "until Easter Sunday" of the entry's year)
      const weekdayReference = (spec?.type === 'weekday' || spec?.type === 'easter') && entryDay ? parseDay(entryDay.startDate) : publicationDay;
      const found = toMention(result, sentence.start, weekdayReference, antecedent, paragraphYear, order);
      for (const read of Array.isArray(found) ? found : found ? [found] : []) {
        if (parsedText !== sentenceText) read.text = text.slice(read.charStart, read.charEnd);
        // "today", "yesterday" in an entry are counted from the entry's day
        const shiftDays = spec?.type === 'publicationDay' && read.kind === 'date' ? spec.shiftDays : null;
        // "The same Sunday, the air force said 472 drones came overnight": the night of the day its sentence told
        const nightOfToldDay = shiftDays === 0 && OVERNIGHT.test(read.text) && lastDay && lastDay.charStart >= sentence.start ? lastDay.span : null;
        const day = nightOfToldDay ?? entryDay;
        const before = sentenceText.slice(Math.max(0, result.index - 40), result.index);
        let mention: DateMention = shiftDays !== null && day ? countedFrom(read, day, shiftDays) : sameWeekday(nightInto(read, before), before, mentions);
        // "KYIV, March 19 (Reuters) - ...": the copy is told on its dateline's day: its "today", "overnight" and
        // weekdays count from that day, not from the publication's (a paper out the next morning, another zone's clock)
        if (!datelineSought && opensLine && mention.kind === 'date') {
          datelineSought = true;
          const dateline = datelineDay(text, lineStart, mention, publicationDay);
          if (dateline) {
            mention = dateline;
            [sectionDay, entryDay] = [dateline.span, dateline.span];
          }
        }
        // only a calendar date heads an entry: "Yesterday." alone is a sentence of the entry
        if (isTimelineEntry(result) && mention.certainty === 'explicit' && isOneDay(mention.span)) entryDay = mention.span;
        // "2022 — Ukrainian forces retook Lyman": a year heading its line is a chronology's entry; its year holds over
        // the paragraphs below it until the next heading, and an almanac's year is of the day it is about ("On this day,
        // 1 October")
        if (opensLine && isYearEntry(text, lineStart, mention)) {
          const year = mention.span!.startDate.slice(0, 4);
          if (almanacDay === undefined) almanacDay = almanacDayOf(text.slice(0, lineStart), title, ref);
          const day = almanacDay && makeDay(Number(year), almanacDay.month, almanacDay.day);
          if (day) mention = { ...mention, value: formatDay(day), span: daySpan(day) };
          [sectionDay, sectionYear, yearAnchor] = [day ? mention.span : null, yearSpan(year), yearSpan(year)];
          if (day) entryDay = mention.span;
        }
        mentions.push(mention);
        if (mention.kind !== 'date') continue;
        const keptYear = paragraphYear !== null && mention.value?.startsWith(paragraphYear.startDate.slice(0, 4)) && !STATED_YEAR.test(mention.text);
        // Only a date already past anchors a narrative: a plan's date ("launch in November 2006") does not.
        const told = mention.span !== null && mention.span.startDate <= publicationDate;
        // "A year ago today ... earlier that month; on 11 June": a month counted from the narrative's day keeps its year
        // (antecedent is toldBefore of the mentions before this one: a told period reads as one mention)
        const toldFromNarrative = spec?.type === 'toldPeriod' && antecedent !== null;
        // "the largest raid since the start of the war in February 2022. It comes three months after ... in May": a day a
        // comparison counts from is no narrative's day (it gives May no year)
        const sinceFrame = SINCE_FRAME_BEFORE.test(sentenceText.slice(Math.max(0, result.index - 80), result.index));
        if (told && mention.boundary !== 'since' && !sinceFrame && mention.span?.precision !== 'year' && ((mention.certainty === 'explicit' && (STATED_YEAR.test(mention.text) || keptYear)) || toldFromNarrative)) {
          yearAnchor = mention.span;
        }
        [lastDate, lastDateParagraph] = [mention, paragraph];
        // One day told: not a window of several ("over the past 24 hours").
        const oneDay = isOneDay(mention.span);
        if (oneDay && !mention.boundary && mention.tense !== 'future') lastDay = mention;
      }
    }
    // (only a date of this sentence can be the day written: no need to look for the writing without one)
    if (mentions.length > sentenceMentionsFrom && WRITING_VERB.test(sentenceText) && WRITING_TOLD.test(sentenceText)) {
      const written = mentions.slice(sentenceMentionsFrom).filter((m) => m.kind === 'date' && isOneDay(m.span) && m.tense !== 'future' && !m.boundary).pop();
      if (written) quotedDay = written.span;
    }
    const heading = opensLine ? sectionHeading(text, sentence, sentenceText, mentions.slice(sentenceMentionsFrom)) : null;
    // "## April" ends the day of the section above; "2024", "March 2024" set the year below
    if (heading) [sectionDay, sectionYear] = [heading.day, heading.year ?? sectionYear];
    // minutes headed "Date: Monday, 14 April 2025": their "yesterday" and "on Saturday" count from the sitting's day
    const record = !heading && sectionDay === null && opensLine ? recordDay(text, lineStart, mentions.slice(sentenceMentionsFrom)) : null;
    if (record) sectionDay = record;
  }
  weekdaysWithBracketedDays(text, mentions, publicationDay);
  runningWindows(text, mentions, publicationDay);
  alignRangeStarts(text, mentions);
  alignRangeEnds(text, mentions, publicationDay);
  weekdaysOfNamedWeeks(text, mentions);
  return figureDaysWithWeekday(text, daysThroughBareEnd(text, daysOfALists(text, daysFromBareStart(text, daysOfRelativeYears(text, overnightOfDates(text, figureDayRanges(text, nightsAcrossMonths(text, mentions))))))), order, publicationDay);
}

/**
 * No date expression runs across a long gap of white space, and chrono's patterns, tried at every
 * position, cost time quadratic in one (a day and month, then 40,000 spaces: 1.8 s of CPU; then
 * 200,000, the longest body the API takes: 46 s, the extraction thread stalled meanwhile). Past
 * the first two characters of a gap longer than LONG_GAP, each is replaced by a character no
 * pattern reads, keeping the text's length and so every offset.
 */
const LONG_GAP = 16;
const LONG_GAP_PATTERN = new RegExp(`\\s{${LONG_GAP + 1},}`, 'gu');
function withLongGapsClosed(text: string): string {
  if (text.length <= LONG_GAP) return text;
  return text.replace(LONG_GAP_PATTERN, (gap) => gap.slice(0, 2) + '\u0000'.repeat(gap.length - 2));
}
