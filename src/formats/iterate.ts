import type { Repositories } from '../repositories/index.js';
import type { EventFilter, EventRecord } from '../repositories/types.js';
import { presentEvent } from '../routes/present.js';
import { serialize, type ExportFormat, type SerializeOptions } from './index.js';
import type { ExportEvent } from './types.js';

/** A filter for a whole result: no page size, no starting position. */
export type ExportFilter = Omit<EventFilter, 'limit' | 'after'>;

/** Rows read per query; a multiple of the API's largest page keeps exports close to page speed. */
export const EXPORT_BATCH_SIZE = 1000;

/**
 * Every event matching `filter`, in API order, read in keyset batches: memory stays at one batch
 * however large the result, and no SQLite statement stays open between batches, so the
 * connection remains free for writes while a slow client downloads.
 */
export function* iterateEvents(
  events: Pick<Repositories['events'], 'page'>,
  filter: ExportFilter,
  batchSize = EXPORT_BATCH_SIZE,
): Generator<EventRecord> {
  yield* keysetRows((after) => events.page({ ...filter, limit: batchSize, after }));
}

/** The rows of every page `readPage` gives, each page starting after the last one's final row. */
function* keysetRows<T>(readPage: (after: EventFilter['after']) => { data: T[]; last?: EventFilter['after'] }): Generator<T> {
  let after: EventFilter['after'];
  do {
    const page = readPage(after);
    yield* page.data;
    after = page.last;
  } while (after);
}

/** Events as the API serves them, with their citations when the format shows sources. */
export function* exportEvents(
  repos: Pick<Repositories, 'events'>,
  filter: ExportFilter,
  options: { withMentions?: boolean; batchSize?: number } = {},
): Generator<ExportEvent> {
  for (const event of iterateEvents(repos.events, filter, options.batchSize)) {
    const presented = presentEvent(event);
    yield options.withMentions ? { ...presented, mentions: repos.events.mentions(event.id) } : presented;
  }
}

/** Every matching event as the API's JSON text, built by the database (no objects in between). */
export function* iterateEventJson(
  events: Pick<Repositories['events'], 'pageJson'>,
  filter: ExportFilter,
  batchSize = EXPORT_BATCH_SIZE,
): Generator<string> {
  yield* keysetRows((after) => events.pageJson({ ...filter, limit: batchSize, after }));
}

function* ndjsonLines(jsonTexts: Iterable<string>): Generator<string> {
  for (const json of jsonTexts) yield json + '\n';
}

/**
 * The text of an export: NDJSON straight from the database's JSON, the other formats through
 * their serializers.
 */
export function exportChunks(
  repos: Pick<Repositories, 'events'>,
  format: ExportFormat,
  filter: ExportFilter,
  options: SerializeOptions = {},
): Iterable<string> {
  if (format === 'ndjson') return ndjsonLines(iterateEventJson(repos.events, filter));
  return serialize(format, exportEvents(repos, filter, { withMentions: format === 'timelinejs' }), options);
}
