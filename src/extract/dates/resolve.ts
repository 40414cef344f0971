/**
 * From what was said (a DateSpec) and how (its tense) to a calendar value, against the
 * publication day. Past tense and unmarked narrative resolve backwards, future forwards.
 */
import type { DateSpan } from '../types.js';
import {
  addDays, daysInMonth, daySpan, easterSunday, formatDay, formatMonth, isoWeekValue, makeDay, monthSpan, shiftMonth, weekSpan,
  parseDay, weekdayOf, yearSpan, type Day,
} from './calendar.js';
import type { DateSpec, Season } from './spec.js';
import type { Tense } from './tense.js';

export interface Resolved {
  value: string;
  span: DateSpan;
  certainty: 'explicit' | 'relative';
  /** The tense implied by the words themselves ("next week", "yesterday"), when they imply one. */
  impliedTense?: 'past' | 'future';
}

function dayValue(day: Day, certainty: Resolved['certainty']): Resolved {
  return { value: formatDay(day), span: daySpan(day), certainty };
}

function weekValue(day: Day): Resolved {
  return { value: isoWeekValue(day), span: weekSpan(day), certainty: 'relative' };
}

function monthValue(year: number, month: number, certainty: Resolved['certainty']): Resolved {
  return { value: formatMonth(year, month), span: monthSpan(year, month), certainty };
}

function yearValue(year: number, certainty: Resolved['certainty']): Resolved {
  return { value: String(year).padStart(4, '0'), span: yearSpan(year), certainty };
}

/** The day `count` units before `ref`, the same day of the month for months and years (the month's last when it has fewer days). */
function agoDay(ref: Day, unit: 'day' | 'week' | 'month' | 'year', count: number): Day {
  if (unit === 'day' || unit === 'week') return addDays(ref, -(unit === 'week' ? 7 : 1) * count);
  const { year, month } = shiftMonth(ref.getUTCFullYear(), ref.getUTCMonth() + 1, -(unit === 'year' ? 12 : 1) * count);
  return makeDay(year, month, Math.min(ref.getUTCDate(), daysInMonth(year, month)))!;
}

/** The weekday on or before `ref` (past) or strictly after it (future). */
function weekdayNear(ref: Day, weekday: number, forward: boolean, includeRef: boolean): Day {
  const delta = (weekday - weekdayOf(ref) + 7) % 7;
  if (forward) return addDays(ref, delta === 0 && !includeRef ? 7 : delta);
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  return addDays(ref, back === 0 && !includeRef ? -7 : -back);
}

/**
 * "last Thursday": strictly before the day it is told from, and never the day before it. Yesterday is "yesterday"
 * (or "on Thursday"); a writer who puts "last" before the name of yesterday's weekday means the week before's
 * ("spoke last Thursday" in a Friday piece is eight days back), as "last Friday" in a Friday piece is seven.
 */
function lastWeekday(ref: Day, weekday: number): Day {
  const day = weekdayNear(ref, weekday, false, false);
  return (weekdayOf(ref) - weekday + 7) % 7 === 1 ? addDays(day, -7) : day;
}

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

function seasonSpan(season: Season, startYear: number): { start: Day; end: Day; span: DateSpan } {
  const span = monthSpan(startYear, SEASON_START[season], 3);
  return { start: parseDay(span.startDate), end: parseDay(span.endDate), span };
}

function resolveSeason(spec: Extract<DateSpec, { type: 'season' }>, ref: Day, tense: Tense): Resolved {
  const refYear = ref.getUTCFullYear();
  let startYear: number;
  if (spec.year !== null) {
    startYear = spec.year;
  } else {
    const candidates = [refYear - 2, refYear - 1, refYear, refYear + 1].map((year) => ({ year, ...seasonSpan(spec.season, year) }));
    const forward = spec.modifier === 'next' || (spec.modifier !== 'last' && tense === 'future');
    const pick =
      spec.modifier === 'last'
        ? candidates.filter((c) => c.end < ref).at(-1)
        : spec.modifier === 'this'
          ? candidates.find((c) => c.start <= ref && ref <= c.end) ?? candidates.find((c) => c.start.getUTCFullYear() === refYear && c.year === refYear)
          : forward
            ? candidates.find((c) => (spec.modifier === 'next' ? c.start > ref : c.end >= ref))
            : candidates.filter((c) => c.start <= ref).at(-1);
    startYear = pick ? pick.year : refYear;
  }
  const { span } = seasonSpan(spec.season, startYear);
  const month = SEASON_START[spec.season];
  return { value: formatMonth(startYear, month), span, certainty: spec.year !== null ? 'explicit' : 'relative' };
}

/** How far ahead of publication a day with no year told in the past tense still lies: within the week. */
const DAYS_AHEAD_OF_A_PAST_VERB = 7;

/** The candidate before the reference (past tense), after it (future), or the nearer (unmarked). */
function tenseChoice<T>(back: T | undefined, backDistance: number, ahead: T | undefined, aheadDistance: number, tense: Tense): T | undefined {
  if (back === undefined || ahead === undefined) return back ?? ahead;
  if (tense === 'past') return back;
  if (tense === 'future') return ahead;
  return aheadDistance < backDistance ? ahead : back;
}

/** A day that comes once a year (`dayIn` a year), told without its year: of last year's, this year's and next year's, the one the tense points to. */
function yearlyDay(dayIn: (year: number) => Day | null, ref: Day, tense: Tense): Resolved | null {
  const refYear = ref.getUTCFullYear();
  const candidates = [refYear - 1, refYear, refYear + 1].map(dayIn).filter((d): d is Day => d !== null);
  if (candidates.length === 0) return null;
  const back = candidates.filter((d) => d <= ref).at(-1);
  const ahead = candidates.find((d) => d >= ref);
  const daysAway = (d: Day | undefined): number => (d ? Math.abs(d.getTime() - ref.getTime()) / 86_400_000 : Infinity);
  // "August 29 was declared a day of mourning" on 28 August: a day a few days ahead is this year's, whatever
  // the tense; a day almost a year back is written with its year
  const pick = daysAway(ahead) <= DAYS_AHEAD_OF_A_PAST_VERB ? ahead : tenseChoice(back, daysAway(back), ahead, daysAway(ahead), tense);
  return pick ? dayValue(pick, 'explicit') : null;
}

/** A month or day of month without a year after "since": the latest one on or before the reference; null otherwise. */
function resolveSince(spec: Extract<DateSpec, { type: 'month' | 'monthDay' }>, ref: Day): Resolved | null {
  const refYear = ref.getUTCFullYear();
  if (spec.type === 'month') {
    if (spec.year !== null || spec.relativeYear !== undefined || spec.weekOfMonth) return null;
    return monthValue(spec.month <= ref.getUTCMonth() + 1 ? refYear : refYear - 1, spec.month, 'explicit');
  }
  if (spec.year !== null) return null;
  const thisYear = makeDay(refYear, spec.month, spec.day);
  const day = thisYear && thisYear <= ref ? thisYear : makeDay(refYear - 1, spec.month, spec.day);
  return day ? dayValue(day, 'explicit') : null;
}

/** The n-th (or last, n = -1) week of a month: ISO weeks belong to the month of their Thursday. */
function weekOfMonth(year: number, month: number, n: number): Resolved {
  const first = makeDay(year, month, 1) as Day;
  const firstThursday = addDays(first, (4 - weekdayOf(first) + 7) % 7);
  const thursdays = [0, 1, 2, 3, 4].map((k) => addDays(firstThursday, 7 * k)).filter((d) => d.getUTCMonth() === month - 1);
  const thursday = n < 0 ? thursdays[thursdays.length - 1] : thursdays[Math.min(n, thursdays.length) - 1];
  return { ...weekValue(thursday), certainty: 'explicit' };
}

/** The period `antecedent` covers, `years` earlier, at the same precision. */
function yearsBefore(antecedent: DateSpan, years: number): Resolved {
  const start = parseDay(antecedent.startDate);
  const year = start.getUTCFullYear() - years;
  const month = start.getUTCMonth() + 1;
  switch (antecedent.precision) {
    case 'day':
      return dayValue(makeDay(year, month, start.getUTCDate()) ?? makeDay(year, month, 28) as Day, 'relative');
    case 'week':
      return weekValue(addDays(start, -364 * years));
    case 'month':
      return monthValue(year, month, 'relative');
    default:
      return yearValue(year, 'relative');
  }
}

/** "last week", "this month", "next year", "over the weekend" against the publication day. */
function resolveRelativePeriod(spec: Extract<DateSpec, { type: 'relativePeriod' }>, ref: Day, forward: boolean): Resolved {
  const implied = spec.shift === -1 ? { impliedTense: 'past' as const } : spec.shift === 1 ? { impliedTense: 'future' as const } : {};
  if (spec.unit === 'week') return { ...weekValue(addDays(ref, 7 * (spec.shift ?? 0))), ...implied };
  if (spec.unit === 'weekend') {
    const saturday =
      spec.shift === -1
        ? weekdayNear(addDays(ref, -((weekdayOf(ref) + 6) % 7) - 1), 6, false, true)
        : spec.shift === 1 || forward
          ? weekdayNear(ref, 6, true, spec.shift !== 1)
          : weekdayNear(weekdayOf(ref) === 0 ? addDays(ref, -1) : ref, 6, false, true);
    const span: DateSpan = { startDate: formatDay(saturday), endDate: formatDay(addDays(saturday, 1)), precision: 'week' };
    return { value: isoWeekValue(saturday), span, certainty: 'relative', ...implied };
  }
  if (spec.unit === 'month') {
    const { year, month } = shiftMonth(ref.getUTCFullYear(), ref.getUTCMonth() + 1, spec.shift ?? 0);
    return { ...monthValue(year, month, 'relative'), ...implied };
  }
  return { ...yearValue(ref.getUTCFullYear() + (spec.shift ?? 0), 'relative'), ...implied };
}

/**
 * "the following week" after a day, "the next month" after a day or a month: that period of the date told last,
 * shifted; with none told (or only a year), the publication's, as "next week" is.
 */
function toldPeriod(spec: Extract<DateSpec, { type: 'toldPeriod' }>, antecedent: DateSpan | null, ref: Day, forward: boolean): Resolved {
  const fine = spec.unit === 'week' ? ['day', 'week'] : ['day', 'week', 'month'];
  if (!antecedent || !fine.includes(antecedent.precision)) return resolveRelativePeriod({ type: 'relativePeriod', unit: spec.unit, shift: spec.shift }, ref, forward);
  const told = parseDay(antecedent.startDate);
  if (spec.unit === 'week') return weekValue(addDays(told, 7 * spec.shift));
  const { year, month } = shiftMonth(told.getUTCFullYear(), told.getUTCMonth() + 1, spec.shift);
  return monthValue(year, month, 'relative');
}

/**
 * "later this week": the days of the period after the publication day; "earlier this month": those
 * before it. The value stays the period's; a period with no day left on that side is kept whole.
 */
function partOf(span: DateSpan, part: 'earlier' | 'later', ref: Day): DateSpan {
  const edge = formatDay(addDays(ref, part === 'later' ? 1 : -1));
  if (edge < span.startDate || edge > span.endDate) return span;
  return part === 'later' ? { ...span, startDate: edge } : { ...span, endDate: edge };
}

/**
 * Resolve `spec` read with `tense` against the publication day `ref`; null when it is no calendar
 * date. `antecedent` is the date mentioned last before it, for "the same period last year".
 */
export function resolveSpec(
  spec: DateSpec,
  tense: Tense,
  ref: Day,
  antecedent: DateSpan | null = null,
  boundary: 'since' | 'until' | null = null,
  declaredWindow = false,
): Resolved | null {
  // "since February": the start of a state that lasts until now is never after now.
  if (boundary === 'since' && (spec.type === 'month' || spec.type === 'monthDay')) {
    const since = resolveSince(spec, ref);
    if (since) return since;
  }
  const forward = tense === 'future';
  switch (spec.type) {
    case 'publicationDay':
      return {
        ...dayValue(addDays(ref, spec.shiftDays), 'relative'),
        ...(spec.shiftDays < 0 ? { impliedTense: 'past' as const } : spec.shiftDays > 0 ? { impliedTense: 'future' as const } : {}),
      };
    case 'weekday': {
      if (spec.modifier === 'last') return { ...dayValue(lastWeekday(ref, spec.weekday), 'relative'), impliedTense: 'past' };
      if (spec.modifier === 'next') return { ...dayValue(weekdayNear(ref, spec.weekday, true, false), 'relative'), impliedTense: 'future' };
      // A declared window ("announced a truce from Friday until Saturday") is the nearest such
      // days: declared just before they come, or reported just after they passed.
      if (declaredWindow && tense === 'unknown') {
        const back = (weekdayOf(ref) - spec.weekday + 7) % 7;
        return back <= 3 ? dayValue(addDays(ref, -back), 'relative') : { ...dayValue(addDays(ref, 7 - back), 'relative'), impliedTense: 'future' };
      }
      // The publication day itself counts both ways: "on Monday" in a Monday article is that day.
      return dayValue(weekdayNear(ref, spec.weekday, forward, true), 'relative');
    }
    case 'relativePeriod': {
      const period = resolveRelativePeriod(spec, ref, forward);
      return spec.part ? { ...period, span: partOf(period.span, spec.part, ref) } : period;
    }
    case 'ago': {
      const back = agoDay(ref, spec.unit, spec.count);
      // TimeML reads "two weeks ago" as the day fourteen days back; an anniversary names its own period.
      const period = spec.on ?? (spec.unit === 'week' ? 'day' : spec.unit);
      const resolved =
        period === 'day'
          ? dayValue(back, 'relative')
          : period === 'week'
            ? weekValue(back)
            : period === 'month'
              ? monthValue(back.getUTCFullYear(), back.getUTCMonth() + 1, 'relative')
              : yearValue(back.getUTCFullYear(), 'relative');
      return { ...resolved, impliedTense: 'past' };
    }
    case 'month': {
      const refYear = ref.getUTCFullYear();
      const refMonth = ref.getUTCMonth() + 1;
      const resolvedMonth = (year: number, certainty: Resolved['certainty']): Resolved =>
        spec.weekOfMonth ? weekOfMonth(year, spec.month, spec.weekOfMonth) : monthValue(year, spec.month, certainty);
      if (spec.year !== null) return resolvedMonth(spec.year, 'explicit');
      if (spec.relativeYear !== undefined) return resolvedMonth(refYear + spec.relativeYear, 'relative');
      const back = spec.month <= refMonth ? refYear : refYear - 1;
      const ahead = spec.month >= refMonth ? refYear : refYear + 1;
      const monthsAway = (year: number): number => Math.abs((year - refYear) * 12 + spec.month - refMonth);
      return resolvedMonth(tenseChoice(back, monthsAway(back), ahead, monthsAway(ahead), tense) ?? back, 'explicit');
    }
    case 'monthDay': {
      if (spec.year !== null) {
        const day = makeDay(spec.year, spec.month, spec.day);
        return day ? dayValue(day, 'explicit') : null;
      }
      return yearlyDay((year) => makeDay(year, spec.month, spec.day), ref, tense);
    }
    case 'easter':
      return yearlyDay((year) => addDays(easterSunday(year, spec.orthodox), spec.offsetDays), ref, tense);
    case 'season':
      return resolveSeason(spec, ref, tense);
    case 'year':
      return yearValue(spec.year, 'explicit');
    case 'dayOfMonth': {
      if (spec.monthShift !== undefined) {
        const { year, month } = shiftMonth(ref.getUTCFullYear(), ref.getUTCMonth() + 1, spec.monthShift);
        const day = makeDay(year, month, spec.day);
        return day ? dayValue(day, 'relative') : null;
      }
      // "In March ... on the 10th": the month told last; else the month by tense.
      if (antecedent && (antecedent.precision === 'month' || antecedent.precision === 'day')) {
        const [year, month, told] = antecedent.startDate.split('-').map(Number);
        const day = makeDay(year, month, spec.day);
        // "crossed on the 26th of last month ... on the morning of the 4th": a narrative told on from a day goes
        // forward, into the next month, as far as the publication day
        const onwards = antecedent.precision === 'day' && spec.day < told ? shiftMonth(year, month, 1) : null;
        const next = onwards && makeDay(onwards.year, onwards.month, spec.day);
        if (next && next <= ref) return dayValue(next, 'relative');
        return day ? dayValue(day, 'relative') : null;
      }
      const candidates = [-2, -1, 0, 1, 2]
        .map((shift) => shiftMonth(ref.getUTCFullYear(), ref.getUTCMonth() + 1, shift))
        .map(({ year, month }) => makeDay(year, month, spec.day))
        .filter((d): d is Day => d !== null);
      const pick = forward ? candidates.find((d) => d >= ref) : candidates.filter((d) => d <= ref).at(-1);
      return pick ? dayValue(pick, 'relative') : null;
    }
    case 'focusDay':
      // The day told last (index.ts passes a day of the same paragraph), else the publication day.
      return antecedent?.precision === 'day'
        ? dayValue(parseDay(antecedent.startDate), 'relative')
        : spec.told
          ? null
          : dayValue(ref, 'relative');
    case 'pastWindow': {
      const span: DateSpan = { startDate: formatDay(addDays(ref, -spec.days)), endDate: formatDay(ref), precision: 'day' };
      return { value: formatDay(ref), span, certainty: 'relative', impliedTense: 'past' };
    }
    case 'samePeriod':
      return antecedent ? yearsBefore(antecedent, spec.yearsBack) : yearValue(ref.getUTCFullYear() - spec.yearsBack, 'relative');
    case 'toldPeriod':
      return toldPeriod(spec, antecedent, ref, forward);
    default:
      return null;
  }
}
