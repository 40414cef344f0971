import type { Precondition } from '../ingest/curation.js';

/**
 * Event ETags: the event's position in the change feed, which moves on every change of the event
 * (fields, actors, places, mentions). Strong, so If-Match can compare them.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The If-Match header (RFC 9110 §13.1.1) as a precondition: "*" matches any current event, a list
 * matches when one of its tags is the event's ETag (weak tags never match). Undefined: no header.
 */
export function ifMatchPrecondition(header: string | undefined): Precondition | undefined {
  if (header === undefined) return undefined;
  const tags = header.split(',').map((tag) => tag.trim());
  if (tags.includes('*')) return () => true;
  return (version) => tags.includes(etagOf(version));
}
