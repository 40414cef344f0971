import type { ArticleInput, DateReference, ExtractionResult } from './types.js';
import { findDates } from './dates/index.js';
import { EVENT_PIPELINE, runPipeline } from './events/pipeline.js';

/** The reference instant of an article: its publishedAt (offset honoured), else `now`. */
export function referenceFor(publishedAt: string | null | undefined, now: Date = new Date()): DateReference {
  if (!publishedAt) return { instant: now, offsetMinutes: 0, fromIngestTime: true };
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(publishedAt);
  const offsetMinutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? new Date(`${publishedAt}T00:00:00Z`) : new Date(publishedAt);
  return { instant, offsetMinutes, fromIngestTime: false };
}

/** Events and date expressions of one article. Pure: stores nothing. */
export function extractArticle(input: ArticleInput, options: { now?: Date } = {}): ExtractionResult {
  const ref = referenceFor(input.publishedAt, options.now);
  const found = findDates(input.body, ref, input.title);
  const ctx = runPipeline(input.body, ref, found, EVENT_PIPELINE, input.title);
  // resolved anchors were added by the event layer; unresolved ones and durations are not dates
  const seen = new Set<string>();
  const dates = ctx.dates
    .filter((d) => d.value !== null && !seen.has(`${d.charStart}:${d.charEnd}`) && seen.add(`${d.charStart}:${d.charEnd}`))
    .sort((a, b) => a.charStart - b.charStart);
  return { events: ctx.events, dates };
}
