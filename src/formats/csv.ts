import type { ApiEvent } from './types.js';

/** Columns in order; actors and places are joined with "; " so a row stays one event. */
const COLUMNS: Array<[header: string, value: (event: ApiEvent) => string | number | boolean | null]> = [
  ['id', (e) => e.id],
  ['type', (e) => e.type],
  ['title', (e) => e.title],
  ['summary', (e) => e.summary],
  ['startDate', (e) => e.startDate],
  ['endDate', (e) => e.endDate],
  ['datePrecision', (e) => e.datePrecision],
  ['dateCertainty', (e) => e.dateCertainty],
  ['status', (e) => e.status],
  ['actors', (e) => e.actors.map((actor) => actor.name).join('; ')],
  ['places', (e) => e.places.map((place) => place.name).join('; ')],
  ['confidence', (e) => e.confidence],
  ['cameo', (e) => e.codes.cameo],
  ['acled', (e) => e.codes.acled],
  ['mentionCount', (e) => e.mentionCount],
  ['sourceCount', (e) => e.sourceCount],
  ['curated', (e) => e.curated],
  ['createdAt', (e) => e.createdAt],
  ['updatedAt', (e) => e.updatedAt],
];

export const CSV_HEADERS = COLUMNS.map(([header]) => header);

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula (leading =, +, -, @, or a tab or
 * carriage return that some spreadsheets strip first) gets a leading single quote (OWASP's advice
 * against CSV injection); the quote shows, the formula never runs.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: Array<string | number | boolean | null>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** A header line, then one CRLF-terminated line per event, produced as the events arrive. */
export function* toCsv(events: Iterable<ApiEvent>): Generator<string> {
  yield csvLine(CSV_HEADERS);
  for (const event of events) yield csvLine(COLUMNS.map(([, value]) => value(event)));
}
