import { toCsv } from './csv.js';
import { toGeoJson } from './geojson.js';
import { toIcs } from './ics.js';
import { toNdjson } from './ndjson.js';
import { toTimelineJs } from './timelinejs.js';
import type { ExportEvent } from './types.js';

export type { ApiEvent, ApiMention, ExportEvent } from './types.js';

/** The export formats of GET /v1/events and `chronicle export`, besides the paged JSON. */
export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', attachment: true },
  ndjson: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson', attachment: false },
  geojson: { contentType: 'application/geo+json; charset=utf-8', extension: 'geojson', attachment: false },
  ics: { contentType: 'text/calendar; charset=utf-8', extension: 'ics', attachment: true },
  timelinejs: { contentType: 'application/json; charset=utf-8', extension: 'json', attachment: false },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export type ResponseFormat = 'json' | ExportFormat;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** Every value of the `format` parameter. */
export const RESPONSE_FORMATS = ['json', 'csv', 'ndjson', 'geojson', 'ics', 'timelinejs'] as const satisfies readonly ResponseFormat[];

/** Media types in an Accept header that select a format (timelinejs only by name: it is JSON). */
const ACCEPTED_MEDIA_TYPES: Record<string, ResponseFormat> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/geo+json': 'geojson',
  'text/calendar': 'ics',
};

/**
 * The response format: `format=` when given, else the acceptable media type with the highest
 * q-value (ties: the order the client listed them), else JSON. Wildcards and media types we do
 * not serve fall back to JSON rather than a 406, as browsers and curl send `*\/*`.
 */
export function pickFormat(format: ResponseFormat | undefined, accept: string | undefined): ResponseFormat {
  if (format) return format;
  if (!accept) return 'json';
  const offers = accept
    .split(',')
    .map((part, order) => {
      const [mediaType, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const qParam = params.find((param) => param.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { format: ACCEPTED_MEDIA_TYPES[mediaType], q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((offer): offer is { format: ResponseFormat; q: number; order: number } => offer.format !== undefined && offer.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return offers[0]?.format ?? 'json';
}

export interface SerializeOptions {
  /** A title for formats that carry one (the calendar name, the TimelineJS title slide). */
  title?: string;
}

/** The events in `format`, as a sequence of text chunks (constant memory for any number of events). */
export function serialize(format: ExportFormat, events: Iterable<ExportEvent>, options: SerializeOptions = {}): Iterable<string> {
  switch (format) {
    case 'csv':
      return toCsv(events);
    case 'ndjson':
      return toNdjson(events);
    case 'geojson':
      return toGeoJson(events);
    case 'ics':
      return toIcs(events, { name: options.title });
    case 'timelinejs':
      return toTimelineJs(events, options.title ? { title: { headline: options.title, text: '' } } : {});
  }
}

/**
 * Joins small chunks into pieces of at least `minLength` characters: one write per piece instead
 * of one per event, which is what makes a large export fast (see the report in the commit).
 */
export function* coalesce(chunks: Iterable<string>, minLength = 64 * 1024): Generator<string> {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= minLength) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}

/** A download name such as `chronicle-events-2025-07-01-to-2025-07-31.csv`. */
export function exportFilename(format: ExportFormat, range: { from?: string; to?: string } = {}): string {
  const span = [range.from, range.to].some(Boolean) ? `-${range.from ?? 'start'}-to-${range.to ?? 'end'}` : '';
  return `chronicle-events${span}.${EXPORT_FORMATS[format].extension}`;
}
