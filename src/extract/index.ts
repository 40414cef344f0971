import type { ArticleInput, DateMention, ExtractionResult } from './types.js';
import { EVENT_PIPELINE, runPipeline } from './events/pipeline.js';
import { datesOf } from './dates-of.js';
import { referenceFor } from './reference.js';

export { datesOf, referenceFor };

/** Events and date expressions of one article. Pure: stores nothing. */
export function extractArticle(input: ArticleInput, options: { now?: Date } = {}): ExtractionResult {
  // (one clock for both layers: an undated article resolves against the same instant in each)
  const now = options.now ?? new Date();
  return extractWithDates(input, datesOf(input, { now }), { now });
}

/**
 * The event layer's part of extractArticle: what it returns for `input` when `found` is what
 * datesOf returned for the same input and clock (or a structured clone of it; the event layer adds
 * to it). extractArticle(input, options) is extractWithDates(input, datesOf(input, options), options).
 */
export function extractWithDates(input: ArticleInput, found: DateMention[], options: { now?: Date } = {}): ExtractionResult {
  const ref = referenceFor(input.publishedAt, options.now);
  const ctx = runPipeline(input.body, ref, found, EVENT_PIPELINE, input.title);
  // resolved anchors were added by the event layer; unresolved ones and durations are not dates
  const seen = new Set<string>();
  const dates = ctx.dates
    .filter((d) => d.value !== null && !seen.has(`${d.charStart}:${d.charEnd}`) && seen.add(`${d.charStart}:${d.charEnd}`))
    .sort((a, b) => a.charStart - b.charStart);
  return { events: ctx.events, dates };
}
