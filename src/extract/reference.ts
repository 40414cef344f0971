import type { DateReference } from './types.js';

/**
 * The reference instant of an article: its publishedAt (offset honoured), else `now`. A module of
 * its own (re-exported by index.ts) so that ingest can store it without loading the extractor.
 */
export function referenceFor(publishedAt: string | null | undefined, now: Date = new Date()): DateReference {
  if (!publishedAt) return { instant: now, offsetMinutes: 0, fromIngestTime: true };
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(publishedAt);
  const offsetMinutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? new Date(`${publishedAt}T00:00:00Z`) : new Date(publishedAt);
  return { instant, offsetMinutes, fromIngestTime: false };
}
