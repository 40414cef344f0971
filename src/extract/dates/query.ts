/**
 * `from`/`to` query values of the API as calendar spans: ISO forms, validated, and natural
 * language read by the same date layer as articles, with `now` as the publication instant.
 */
import type { DateSpan } from '../types.js';
import { makeDay, monthSpan, yearSpan, daySpan } from './calendar.js';
import { findDates } from './index.js';

const CALENDAR_NAME =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/** Words a query may wrap around its date expression ("in March 2022", "since last week"). */
const FILLER = /^(?:\s|[.,;:]|\b(?:in|on|at|during|since|from|until|to|of|the|by|around)\b)*$/i;

/**
 * A `from`/`to` query value as a calendar span: YYYY-MM-DD, YYYY-MM, YYYY, or natural language
 * ("last week", "yesterday", "March 2022") resolved against `now`. null when it is not a date.
 */
export function parseDateQuery(input: string, now: Date = new Date()): DateSpan | null {
  const text = input.trim();
  if (!text || text.length > 200) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const day = makeDay(Number(match[1]), Number(match[2]), Number(match[3]));
    return day ? daySpan(day) : null;
  }
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? monthSpan(Number(match[1]), month) : null;
  }
  match = /^(\d{4})$/.exec(text);
  if (match) return yearSpan(Number(match[1]));
  // A query is typed casually ("march 2022", "december"): capitalise calendar names, and give a
  // lone month name the "in" that tells the date layer it is a month and not a word.
  const phrase = `in ${text.replace(CALENDAR_NAME, (name) => name[0].toUpperCase() + name.slice(1).toLowerCase())}`;
  const mention = findDates(phrase, { instant: now, offsetMinutes: 0, fromIngestTime: false }).find((m) => m.kind === 'date' && m.span);
  if (!mention?.span) return null;
  // The expression must be the query, not a date-like word inside other text.
  const rest = phrase.slice(0, mention.charStart) + ' ' + phrase.slice(mention.charEnd);
  return FILLER.test(rest) ? mention.span : null;
}
