/**
 * Calendar arithmetic on civil days (no time of day, no time zone): a day is a UTC-midnight Date
 * used only for its year/month/day, so adding days never crosses a DST edge.
 */
import type { DateSpan } from '../types.js';

export type Day = Date;

export function makeDay(year: number, month: number, day: number): Day | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March: a rolled date is not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

export function addDays(day: Day, days: number): Day {
  return new Date(day.getTime() + days * 86_400_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(day: Day): string {
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The day an ISO date names ("2025-03-14"): formatDay's inverse. */
export function parseDay(isoDay: string): Day {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** Whether an ISO day string names a real calendar day ("2025-02-30" does not: it would parse into March). */
export function isCalendarDay(isoDay: string): boolean {
  return formatDay(parseDay(isoDay)) === isoDay;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** The calendar day of `instant` on a clock `offsetMinutes` ahead of UTC. */
export function localDay(instant: Date, offsetMinutes: number): Day {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** 0 = Sunday .. 6 = Saturday, as JavaScript and chrono number weekdays. */
export function weekdayOf(day: Day): number {
  return day.getUTCDay();
}

/** The Monday of the ISO week containing `day`. */
export function isoWeekMonday(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** ISO-8601 week value (week-numbering year): 2025-W27. */
export function isoWeekValue(day: Day): string {
  const thursday = addDays(isoWeekMonday(day), 3);
  const weekYear = thursday.getUTCFullYear();
  const firstThursday = addDays(isoWeekMonday(new Date(Date.UTC(weekYear, 0, 4))), 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${pad(weekYear, 4)}-W${pad(week)}`;
}

export function daySpan(day: Day): DateSpan {
  const iso = formatDay(day);
  return { startDate: iso, endDate: iso, precision: 'day' };
}

export function weekSpan(day: Day): DateSpan {
  const monday = isoWeekMonday(day);
  return { startDate: formatDay(monday), endDate: formatDay(addDays(monday, 6)), precision: 'week' };
}

export function monthSpan(year: number, month: number, months = 1): DateSpan {
  const endMonthIndex = month - 1 + months - 1;
  const endYear = year + Math.floor(endMonthIndex / 12);
  const endMonth = (endMonthIndex % 12) + 1;
  return {
    startDate: `${formatMonth(year, month)}-01`,
    endDate: `${formatMonth(endYear, endMonth)}-${pad(daysInMonth(endYear, endMonth))}`,
    precision: 'month',
  };
}

export function yearSpan(year: number): DateSpan {
  return { startDate: `${pad(year, 4)}-01-01`, endDate: `${pad(year, 4)}-12-31`, precision: 'year' };
}

/** Month arithmetic: (2025, 1) shifted by -1 is (2024, 12). */
export function shiftMonth(year: number, month: number, shift: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + shift;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Easter Sunday of `year`: the Gregorian computus (the "anonymous Gregorian algorithm") for the
 * Western churches; for the Orthodox, the Julian computus (Meeus) moved to the Gregorian calendar
 * (13 days from 1900 to 2099, 14 after).
 */
export function easterSunday(year: number, orthodox: boolean): Day {
  if (orthodox) {
    const a = year % 4;
    const b = year % 7;
    const c = year % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
    return addDays(new Date(Date.UTC(year, month - 1, day)), julianToGregorian);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}
