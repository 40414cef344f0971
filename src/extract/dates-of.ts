import { findDates } from './dates/index.js';
import { referenceFor } from './reference.js';
import type { ArticleInput, DateMention } from './types.js';

/**
 * The date layer's part of extractArticle (index.ts): the date expressions the event layer starts
 * from. A module of its own, loading the date layer only: a batch's writer thread finds them and
 * hands them to the extraction thread with the article (src/ingest/store-worker.ts). Pure, and a
 * structured clone of it serves as well (extractWithDates).
 */
export function datesOf(input: ArticleInput, options: { now?: Date } = {}): DateMention[] {
  return findDates(input.body, referenceFor(input.publishedAt, options.now), input.title);
}
