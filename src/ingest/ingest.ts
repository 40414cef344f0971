import { createHash } from 'node:crypto';
import { extractArticle, referenceFor } from '../extract/index.js';
import type { ArticleInput, ExtractedEvent, ExtractionResult } from '../extract/types.js';
import { isUniqueViolation, type Repositories } from '../repositories/index.js';
import type { ArticleRecord, EventFields, EventRecord } from '../repositories/types.js';
import { findMergeTarget, INFERRED_WIDENING_DAYS, mergeCurated, mergeEvent, plausibleInterval } from './merge.js';
import { addDays } from '../domain/days.js';

export interface ArticleSubmission {
  title: string;
  body: string;
  publishedAt?: string | null;
  url?: string | null;
  source?: string | null;
}

export interface IngestResult {
  article: ArticleRecord;
  events: EventRecord[];
  created: boolean;
}

export type BatchItemResult =
  | { index: number; status: 'created' | 'duplicate'; created: boolean; article: ArticleRecord }
  | { index: number; status: 'failed'; error: string };

export type Extractor = (input: ArticleInput, options: { now?: Date }) => ExtractionResult;

export interface IngestOptions {
  extract?: Extractor;
  clock?: () => Date;
}

/** Same text, same article: whitespace and case of the title do not make a new one. */
export function contentHash(title: string, body: string): string {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(normalise(title).toLowerCase())
    .update('\n')
    .update(normalise(body))
    .digest('hex');
}

/** The publisher when the client named none: the URL's host without "www.". */
export function sourceOf(submission: ArticleSubmission): string | null {
  if (submission.source) return submission.source;
  if (!submission.url) return null;
  return new URL(submission.url).hostname.replace(/^www\./, '');
}

function fieldsOf(event: ExtractedEvent): EventFields {
  return {
    type: event.type,
    title: event.title,
    summary: event.summary,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    dateCertainty: event.dateCertainty,
    status: event.status,
    confidence: event.confidence,
    actors: event.actors,
    places: event.places,
  };
}

export type IngestService = ReturnType<typeof createIngestService>;

/**
 * How long a batch holds the event loop (and the write lock) before letting other requests in:
 * about one article's extraction, so a read waits at most that long behind a batch.
 */
const BATCH_SLICE_MS = 10;

/** Article ingest, batch ingest and article deletion: the write paths of Chronicle. */
export function createIngestService(repos: Repositories, options: IngestOptions = {}) {
  const extract = options.extract ?? extractArticle;
  const clock = options.clock ?? (() => new Date());

  /** Stores one extracted event: folded into the stored event it reports, else a new one. */
  function storeEvent(event: ExtractedEvent, articleId: string, now: string): void {
    const incoming = fieldsOf(event);
    // Candidates: any stored event whose own widening could still reach this one's interval.
    const interval = plausibleInterval(incoming);
    // Only events that could pass sameEvent: sharing an actor or place name, or naming neither.
    const candidates = repos.events.overlapping(
      incoming.type,
      addDays(interval.from, -INFERRED_WIDENING_DAYS),
      addDays(interval.to, INFERRED_WIDENING_DAYS),
      { actors: incoming.actors.map((actor) => actor.name), places: incoming.places.map((place) => place.name) },
    );
    let target = findMergeTarget(incoming, candidates);
    if (!target) {
      // No live event matches as it stands now: maybe one a curator edited (as first extracted)
      // or deleted (then this report is not stored again: the curator's deletion holds).
      const identity = findMergeTarget(
        incoming,
        repos.curation.identitiesOverlapping(
          incoming.type,
          addDays(interval.from, -INFERRED_WIDENING_DAYS),
          addDays(interval.to, INFERRED_WIDENING_DAYS),
        ),
      );
      if (identity?.role === 'suppressed') return;
      if (identity) target = repos.events.findById(identity.eventId);
    }
    let eventId: string;
    if (!target) {
      eventId = repos.events.insert(incoming, now);
    } else {
      eventId = target.id;
      // A curated event keeps the fields a curator set; the others still merge.
      const merged = target.curated
        ? mergeCurated(target, incoming, new Set(repos.curation.curatedFields(eventId)))
        : mergeEvent(target, incoming);
      repos.events.update(eventId, merged, now);
    }
    repos.events.addMention(eventId, articleId, event.mention, now);
  }

  function existing(articleId: string): IngestResult {
    const article = repos.articles.findById(articleId);
    if (!article) throw new Error(`article ${articleId} vanished during ingest`);
    const { body: _body, ...summary } = article;
    return { article: summary, events: repos.events.byArticle(articleId), created: false };
  }

  return {
    /**
     * Stores an article and its events in one transaction. The same article again (same url, or
     * same title and body) changes nothing and returns the stored one with created: false.
     */
    ingestArticle(submission: ArticleSubmission): IngestResult {
      const url = submission.url ?? null;
      const hash = contentHash(submission.title, submission.body);
      const duplicate = repos.articles.findDuplicate(url, hash);
      if (duplicate) return existing(duplicate);

      const nowDate = clock();
      const now = nowDate.toISOString();
      const publishedAt = submission.publishedAt ?? null;
      const extraction = extract({ title: submission.title, body: submission.body, publishedAt }, { now: nowDate });
      const referenceAt = referenceFor(publishedAt, nowDate).instant.toISOString();

      const store = () => repos.transaction(() => {
        const articleId = repos.articles.insert({
          title: submission.title,
          body: submission.body,
          url,
          source: sourceOf(submission),
          publishedAt,
          referenceAt,
          ingestedAt: now,
          contentHash: hash,
        });
        for (const event of extraction.events) storeEvent(event, articleId, now);
        const result = existing(articleId);
        return { ...result, created: true };
      });
      try {
        return store();
      } catch (error) {
        // Another writer (a second process on the same database) stored the article first.
        const winner = isUniqueViolation(error) ? repos.articles.findDuplicate(url, hash) : undefined;
        if (winner) return existing(winner);
        throw error;
      }
    },

    /**
     * Each article in its own transaction: one failure does not undo the others. A failure is
     * reported to `onError` (the server log) and to the client only as a generic message, since
     * its details may hold SQL.
     */
    ingestBatch(
      submissions: ArticleSubmission[],
      onError: (error: unknown, index: number) => void = () => {},
    ): BatchItemResult[] {
      return submissions.map((submission, index) => this.ingestBatchItem(submission, index, onError));
    },

    ingestBatchItem(submission: ArticleSubmission, index: number, onError: (error: unknown, index: number) => void): BatchItemResult {
      try {
        const { article, created } = this.ingestArticle(submission);
        return { index, status: created ? 'created' : 'duplicate', created, article };
      } catch (error) {
        onError(error, index);
        return { index, status: 'failed', error: 'This article could not be stored; the server log has the cause.' };
      }
    },

    /**
     * ingestBatch for the server: the same per-item results, but the work runs in slices of about
     * `sliceMs` milliseconds with the event loop free in between, so reads are answered while a
     * large batch is written. A slice commits once; each article inside it still runs in its own
     * (nested) transaction, so a failure undoes only that article. Nothing is acknowledged before
     * the last slice has committed.
     */
    async ingestBatchInSlices(
      submissions: ArticleSubmission[],
      onError: (error: unknown, index: number) => void = () => {},
      sliceMs = BATCH_SLICE_MS,
    ): Promise<BatchItemResult[]> {
      const results: BatchItemResult[] = [];
      while (results.length < submissions.length) {
        repos.transaction(() => {
          const started = performance.now();
          do {
            const index = results.length;
            results.push(this.ingestBatchItem(submissions[index], index, onError));
          } while (results.length < submissions.length && performance.now() - started < sliceMs);
        });
        if (results.length < submissions.length) await new Promise((resolve) => setImmediate(resolve));
      }
      return results;
    },

    /**
     * Removes an article and its mentions. Events no other article reports go with it; the others
     * get their counts and search text recomputed. False when the article does not exist.
     */
    deleteArticle(articleId: string): boolean {
      const now = clock().toISOString();
      return repos.transaction(() => {
        const eventIds = repos.events.idsByArticle(articleId);
        if (!repos.articles.delete(articleId)) return false;
        for (const eventId of eventIds) {
          if (!repos.events.deleteIfUnmentioned(eventId)) repos.events.refresh(eventId, now);
        }
        return true;
      });
    },
  };
}
