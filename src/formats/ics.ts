import { EVENT_TYPE_BY_ID } from '../domain/taxonomy.js';
import type { ApiEvent } from './types.js';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines are escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF + one space. Octets
 * are counted in UTF-8 and a character is never split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines begin with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF + ' ') + CRLF;
}

/** YYYY-MM-DD → YYYYMMDD (a DATE value). */
function icsDate(day: string): string {
  return day.replace(/-/g, '');
}

/** The day after an ISO day: DTEND of an all-day event is exclusive. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An ISO instant → a UTC DATE-TIME (YYYYMMDDTHHMMSSZ). */
function icsInstant(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function describe(event: ApiEvent): string {
  const lines = [event.summary];
  if (event.actors.length > 0) lines.push(`Actors: ${event.actors.map((actor) => actor.name).join(', ')}`);
  if (event.places.length > 0) lines.push(`Places: ${event.places.map((place) => place.name).join(', ')}`);
  lines.push(
    `Date: ${event.datePrecision} precision, ${event.dateCertainty}; ${event.status}`,
    `Reported by ${event.mentionCount} article(s) from ${event.sourceCount} source(s); confidence ${event.confidence}`,
  );
  return lines.join('\n');
}

export interface IcsOptions {
  /** The calendar's display name (X-WR-CALNAME). */
  name?: string;
}

/** The VEVENT lines of one event: an all-day event over [startDate, endDate]. */
export function eventLines(event: ApiEvent): string[] {
  const located = event.places.find((place) => place.lat !== null && place.lon !== null);
  const label = EVENT_TYPE_BY_ID.get(event.type)?.label ?? event.type;
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@chronicle`,
    // Without a METHOD, DTSTAMP is the last revision of the event (RFC 5545 §3.8.7.2).
    `DTSTAMP:${icsInstant(event.updatedAt)}`,
    `CREATED:${icsInstant(event.createdAt)}`,
    `LAST-MODIFIED:${icsInstant(event.updatedAt)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.startDate)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.endDate))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(describe(event))}`,
    `CATEGORIES:${escapeText(event.type)},${escapeText(label)}`,
    ...(event.places.length > 0 ? [`LOCATION:${escapeText(event.places.map((place) => place.name).join(', '))}`] : []),
    ...(located ? [`GEO:${located.lat!.toFixed(6)};${located.lon!.toFixed(6)}`] : []),
    `STATUS:${event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** An RFC 5545 VCALENDAR, folded and CRLF-terminated, produced event by event. */
export function* toIcs(events: Iterable<ApiEvent>, options: IcsOptions = {}): Generator<string> {
  const header = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chronicle//Chronicle timeline//EN', 'CALSCALE:GREGORIAN'];
  if (options.name) header.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  yield header.map(foldLine).join('');
  for (const event of events) yield eventLines(event).map(foldLine).join('');
  yield foldLine('END:VCALENDAR');
}
