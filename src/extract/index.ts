import type { ArticleInput, ExtractionResult } from './types.js';
import { findDates } from './dates/index.js';
import { EVENT_PIPELINE, runPipeline } from './events/pipeline.js';
import { referenceFor } from './reference.js';

export { referenceFor };

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
