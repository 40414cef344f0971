import type { ApiEvent } from './types.js';

/** Newline-delimited JSON: one event per line, produced as the events arrive. */
export function* toNdjson(events: Iterable<ApiEvent>): Generator<string> {
  for (const event of events) yield JSON.stringify(event) + '\n';
}
