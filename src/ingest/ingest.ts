import { createHash } from 'node:crypto';
import { referenceFor } from '../extract/reference.js';
import type { ArticleInput, ExtractedEvent, ExtractionResult } from '../extract/types.js';
import { isUniqueViolation, type Repositories } from '../repositories/index.js';
import type { MergeTarget } from '../repositories/events.js';
import type { ArticleRecord, EventFields, EventRecord } from '../repositories/types.js';
import { daysApart, mergeOverlap, NO_TARGET, type TargetDistance, findMergeTarget, findMergeTargetIn, mergeCandidateCriteria, mergeChanges, mergeCurated, mergeEvent, storageOrder } from './merge.js';

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
/** What storing an article reads of its extraction: the events (the date expressions are not stored). */
export type StoredExtraction = Pick<ExtractionResult, 'events'>;
export type OffThreadExtractor = (input: ArticleInput, now: Date) => Promise<StoredExtraction>;

/** What a batch's caller hears while it is written: item failures (for the log) and each committed slice. */
export interface BatchListeners {
  onError?: (error: unknown, index: number) => void;
  /** The results of the items a slice's commit has just stored (or failed), in order. */
  onSliceCommitted?: (results: BatchItemResult[]) => void;
}

/**
 * Writes a whole batch somewhere else than on this thread (the server's ingest thread, with its own
 * connection to the same database file), `now` being the instant its articles were received.
 */
export type OffThreadBatchWriter = (submissions: ArticleSubmission[], now: Date, listeners: BatchListeners) => Promise<BatchItemResult[]>;

/**
 * How the service extracts: on the calling thread (`extract`, e.g. extract/index.ts's
 * extractArticle), away from it (`extractOffThread`), or both. The writer thread gives only
 * `extractOffThread`, so it never loads the extractor's code (an idle writer thread: 70-78 MB of
 * RSS with it, 30-38 MB without, under tsx); its in-line methods (ingestArticle, ingestBatch) would
 * then throw.
 */
export type IngestOptions = IngestSettings & ({ extract: Extractor } | { extractOffThread: OffThreadExtractor });

/** A batch's slices: a slice's longest run of writes (ms), and how many articles are handed to extraction ahead. */
export interface SliceSettings {
  ms: number;
  extractionsAhead: number;
}

interface IngestSettings {
  /** Extraction on the calling thread (the synchronous methods; the async ones without `extractOffThread`). */
  extract?: Extractor;
  /**
   * Extraction away from the event loop (the server's extraction thread), used by the async
   * methods: requests are answered while articles are extracted, and a batch's next article is
   * extracted while the one before is written.
   */
  extractOffThread?: OffThreadExtractor;
  /**
   * Commits that do not wait for the disk, for the slices of a batch, and the sync that makes them
   * all durable at once, before the batch is acknowledged (see ingestBatchInSlices). Without it
   * every slice commits with the database's own setting.
   */
  deferredSync?: DeferredSync;
  /**
   * Batches written away from this thread and its connection (ingestBatchInSlices): storing an
   * article can take half a second of CPU on a large database, during which an event loop would
   * answer nothing.
   */
  writeBatchOffThread?: OffThreadBatchWriter;
  /**
   * How a batch is cut into slices (ingestBatchInSlices): a slice's longest run of writes, and how
   * many articles are handed to extraction ahead of the one being written, which also bounds a
   * slice (it ends at an article not extracted yet). By default BATCH_SLICE_MS and
   * EXTRACTIONS_AHEAD, for a batch written on the thread that serves requests.
   */
  slices?: SliceSettings & {
    /** Asked before each article after a slice's first: true ends the slice there (a single article waits to be written). */
    giveWay?: () => boolean;
  };
  /**
   * How a single article's write (ingestArticleAsync) takes its turn once it is extracted: the
   * server's waits for the writer thread to end its slice (read-pressure.ts asSingleWrite).
   */
  singleWrite?: <T>(write: () => T) => Promise<T>;
  clock?: () => Date;
}

export interface DeferredSync {
  /** Runs `work` as one transaction whose commit is not synced to disk (it still is atomic). */
  transaction<T>(work: () => T): T;
  /**
   * Between two slices: resolves when the next may be written (now and then, once the write-ahead
   * log has been checkpointed, off the event loop, so that it can start again from the beginning).
   * `writerIdle`: the next slice would wait for extractions anyway.
   */
  betweenSlices(writerIdle?: boolean): Promise<void>;
  /** Makes every commit so far durable. */
  sync(): Promise<void>;
}

/**
 * Runs of whitespace as one space: what `text.replace(/\s+/g, ' ')` gives, but a lone space (most of
 * an article's whitespace) is no match, so a body's replace makes a match per line break or double
 * space instead of one per word.
 */
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Same text, same article: whitespace and case of the title do not make a new one. */
export function contentHash(title: string, body: string): string {
  const normalise = (text: string) => text.replace(WHITESPACE_TO_FOLD, ' ').trim();
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
 * How long a batch holds the write lock and the event loop at a time: the articles whose
 * extraction is done are written in one transaction (one commit) until this much time has passed,
 * then requests waiting behind the batch are served. An article is never cut in two, so one that
 * takes longer holds them that long (on 1M events a meeting dated over three years is compared with
 * 4,800 candidates: 100-200 ms of CPU).
 */
const BATCH_SLICE_MS = 10;
/**
 * Articles of a batch handed to the extraction thread ahead of the one being written: it always
 * has the next article queued while the event loop writes, and a few more absorb the spread of
 * article lengths; more would only hold more extractions in memory.
 */
const EXTRACTIONS_AHEAD = 4;

/** An article written (or found stored): its id, whether this call stored it, and then its summary. */
interface Written {
  articleId: string;
  created: boolean;
  /** What findSummary would read back, when this call stored it. */
  summary?: ArticleRecord;
}

/** What ingest works out about a submission before extracting it. */
interface Submitted {
  submission: ArticleSubmission;
  url: string | null;
  hash: string;
  /** The ingest time: ingestedAt, and the reference of an article without publishedAt. */
  now: Date;
}

/**
 * A batch item's extraction: done (or failed) on the extraction thread, still running there, or
 * to run in-line when the item is written (no extraction thread, or the item looked like a
 * duplicate when the batch started, so it will most likely need none).
 */
type ExtractionState =
  | { state: 'done'; result: StoredExtraction }
  | { state: 'failed'; error: unknown }
  | { state: 'running'; settled: Promise<void> }
  | { state: 'in-line' };

/** What the client is told of a batch item that failed (its details, which may hold SQL, go to the log). */
export const FAILED_ITEM = 'This article could not be stored; the server log has the cause.';

/** Article ingest, batch ingest and article deletion: the write paths of Chronicle. */
export function createIngestService(repos: Repositories, options: IngestOptions) {
  const extract: Extractor =
    options.extract ??
    (() => {
      throw new Error('this ingest service extracts only off the thread (IngestOptions.extract not given)');
    });
  const extractOffThread = options.extractOffThread;
  const sliceTransaction = options.deferredSync ? options.deferredSync.transaction : repos.transaction;
  const clock = options.clock ?? (() => new Date());

  /**
   * Stores one extracted event: folded into the stored event it reports, else a new one. Never into
   * an event `reportedHere` (those this article's earlier events went into): the extractor already
   * folded what the article tells twice, so two of its events are two events ("spoke on Tuesday" and
   * "expects to speak again on Wednesday").
   */
  function storeEvent(event: ExtractedEvent, articleId: string, now: string, reportedHere: Set<string>): void {
    const incoming = fieldsOf(event);
    const criteria = mergeCandidateCriteria(incoming);
    const offered = repos.events.mergeCandidates(criteria);
    // The held list itself when the article reported none of them: its target is remembered by list.
    // A list filtered here is new each time, so remembering its target would never pay.
    const match =
      reportedHere.size > 0 && offered.some((candidate) => reportedHere.has(candidate.id))
        ? findMergeTarget(incoming, offered.filter((candidate) => !reportedHere.has(candidate.id)))
        : findMergeTargetIn(incoming, offered);
    let target: MergeTarget | undefined = match && repos.events.mergeTarget(match);
    if (!target) {
      // No live event matches as it stands now: maybe one a curator edited (as first extracted)
      // or deleted (then this report is not stored again: the curator's deletion holds). The
      // widest window: any identity whose own widening could still reach this event.
      const { from, to } = criteria.windows.inferred;
      const identities = repos.curation.identitiesOverlapping(incoming.type, from, to).filter((identity) => !reportedHere.has(identity.eventId));
      const identity = findMergeTarget(incoming, identities);
      if (identity?.role === 'suppressed') return;
      if (identity) target = repos.events.findById(identity.eventId);
    }
    let eventId: string;
    let changed: EventFields | undefined;
    if (!target) {
      eventId = repos.events.insert(incoming, now);
    } else {
      eventId = target.id;
      // A curated event keeps the fields a curator set; the others still merge.
      const merged = target.curated
        ? mergeCurated(target, incoming, new Set(repos.curation.curatedFields(eventId)))
        : mergeEvent(target, incoming);
      // Most reports of a known event add nothing to it; the mention below still updates it.
      if (mergeChanges(target, merged)) changed = merged;
    }
    // The mention, and the merged fields with it in one UPDATE. (scripts/eval.ts learns from this
    // call which event each mention was stored in.)
    // (the article is new in this transaction: it reported only the events in reportedHere)
    repos.events.addMention(eventId, articleId, event.mention, now, changed, !reportedHere.has(eventId));
    reportedHere.add(eventId);
  }

  /**
   * How far an extracted event lies from the stored event it would fold into before its article wrote anything
   * (days between their spans, then what they share), for storageOrder: two events of one article may find the same stored event.
   */
  function toTarget(event: ExtractedEvent): TargetDistance {
    const incoming = fieldsOf(event);
    const target = findMergeTargetIn(incoming, repos.events.mergeCandidates(mergeCandidateCriteria(incoming)));
    return target ? { days: daysApart(target, incoming), shared: mergeOverlap(target, incoming) } : NO_TARGET;
  }

  function summaryOf(articleId: string): ArticleRecord {
    const summary = repos.articles.findSummary(articleId);
    if (!summary) throw new Error(`article ${articleId} vanished during ingest`);
    return summary;
  }

  function existing(articleId: string): IngestResult {
    return { article: summaryOf(articleId), events: repos.events.byArticle(articleId), created: false };
  }

  function submitted(submission: ArticleSubmission): Submitted {
    return { submission, url: submission.url ?? null, hash: contentHash(submission.title, submission.body), now: clock() };
  }

  function duplicateOf({ url, hash }: Submitted): string | undefined {
    return repos.articles.findDuplicate(url, hash);
  }

  const extractionInput = ({ submission }: Submitted): ArticleInput => ({
    title: submission.title,
    body: submission.body,
    publishedAt: submission.publishedAt ?? null,
  });

  /**
   * Stores the article and its events in one transaction (nested in a batch's, a savepoint).
   * Returns the stored article's id, and whether this call stored it (false: another writer, a
   * second process on the same database, stored it first).
   */
  function store(item: Submitted, extraction: StoredExtraction): Written {
    const { submission, url, hash } = item;
    const now = item.now.toISOString();
    const publishedAt = submission.publishedAt ?? null;
    try {
      const summary = repos.transaction((): ArticleRecord => {
        const source = sourceOf(submission);
        const id = repos.articles.insert({
          title: submission.title,
          body: submission.body,
          url,
          source,
          publishedAt,
          referenceAt: referenceFor(publishedAt, item.now).instant.toISOString(),
          ingestedAt: now,
          contentHash: hash,
        });
        // (its reports count its publisher: not read back from the row just written)
        repos.events.publisherOf(id, source);
        const reportedHere = new Set<string>();
        for (const event of storageOrder(extraction.events, toTarget)) storeEvent(event, id, now, reportedHere);
        // The row as findSummary would read it back: the values just written, and one mention for
        // each event reported here (storeEvent adds exactly one to each, never two to one event).
        return { id, title: submission.title, url, source, publishedAt, ingestedAt: now, eventCount: reportedHere.size };
      });
      return { articleId: summary.id, created: true, summary };
    } catch (error) {
      // its writes were rolled back: merge candidates held since may show them
      repos.events.forgetMergeCandidates();
      const winner = isUniqueViolation(error) ? duplicateOf(item) : undefined;
      if (winner) return { articleId: winner, created: false };
      throw error;
    }
  }

  function stored({ articleId, created }: { articleId: string; created: boolean }): IngestResult {
    return { ...existing(articleId), created };
  }

  function extractInLine(item: Submitted): ExtractionResult {
    return extract(extractionInput(item), { now: item.now });
  }

  /** Stores a submission with the extraction `extraction()` gives, or finds the stored copy of it (then nothing is extracted). */
  function writeUnlessStored(item: Submitted, extraction: () => StoredExtraction): Written {
    const duplicate = duplicateOf(item);
    if (duplicate) return { articleId: duplicate, created: false };
    return store(item, extraction());
  }

  /** Stores a submission extracted on this thread, or finds the stored copy of it. */
  function writeInLine(item: Submitted): Written {
    return writeUnlessStored(item, () => extractInLine(item));
  }

  function batchItemResult(index: number, write: () => Written, onError: (error: unknown, index: number) => void): BatchItemResult {
    try {
      const { articleId, created, summary } = write();
      // (an article this call stored is not read back: one SELECT per article of a batch)
      return { index, status: created ? 'created' : 'duplicate', created, article: summary ?? summaryOf(articleId) };
    } catch (error) {
      onError(error, index);
      return { index, status: 'failed', error: FAILED_ITEM };
    }
  }

  return {
    /**
     * Stores an article and its events in one transaction, extracting on this thread. The same
     * article again (same url, or same title and body) changes nothing and returns the stored one
     * with created: false.
     */
    ingestArticle(submission: ArticleSubmission): IngestResult {
      return stored(writeInLine(submitted(submission)));
    },

    /** ingestArticle for the server: extraction on the extraction thread, when there is one. */
    async ingestArticleAsync(submission: ArticleSubmission): Promise<IngestResult> {
      if (!extractOffThread) return this.ingestArticle(submission);
      const item = submitted(submission);
      const duplicate = duplicateOf(item);
      if (duplicate) return existing(duplicate);
      const extraction = await extractOffThread(extractionInput(item), item.now);
      // Stored by another request while this one was being extracted: store() finds it.
      const write = () => stored(store(item, extraction));
      return options.singleWrite ? options.singleWrite(write) : write();
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
      return submissions.map((submission, index) => batchItemResult(index, () => writeInLine(submitted(submission)), onError));
    },

    /**
     * ingestBatch for the server: the same per-item results, but the event loop stays free. With
     * `writeBatchOffThread` (the server on a database file), everything below happens on the ingest
     * thread, which runs this same method, and this thread only waits for its results. With an
     * extraction thread, articles are extracted there a few ahead of the one being written; the
     * written ones go in slices of about `sliceMs`, each slice one transaction (one commit), each
     * article inside it its own nested transaction, so a failure undoes only that article.
     * Between slices, waiting requests are served. With `deferredSync`, the slices' commits do not
     * wait for the disk (one fsync per slice was a quarter of a batch's time) and one sync at the
     * end makes them all durable: nothing is acknowledged before the last slice has committed and
     * the log is on disk. (Readers may see a slice before it is durable; a power loss before the
     * final sync would take back a batch that was never acknowledged.) About once a second, the
     * next slice waits for the log to be checkpointed (DeferredSync.betweenSlices).
     */
    async ingestBatchInSlices(
      submissions: ArticleSubmission[],
      { onError = () => {}, onSliceCommitted }: BatchListeners = {},
      sliceMs = options.slices?.ms ?? BATCH_SLICE_MS,
    ): Promise<BatchItemResult[]> {
      const extractionsAhead = options.slices?.extractionsAhead ?? EXTRACTIONS_AHEAD;
      const giveWay = options.slices?.giveWay ?? (() => false);
      if (options.writeBatchOffThread) {
        // Commits of another connection reach this connection's caches within 100 ms
        // (writeGeneration); a client that reads after the batch (or a slice) must see it at once.
        const seeOtherWriters = () => void repos.events.writeGeneration(0);
        const results = await options.writeBatchOffThread(submissions, clock(), {
          onError,
          onSliceCommitted: (slice) => {
            seeOtherWriters();
            onSliceCommitted?.(slice);
          },
        });
        seeOtherWriters();
        return results;
      }
      // Worked out as items are reached, not all before the first write: that pass alone would
      // hold the event loop for a large batch.
      const items: Submitted[] = [];
      const extractions: ExtractionState[] = [];
      const seen = new Set<string>();
      const startExtractions = (upTo: number) => {
        for (let index = items.length; index < Math.min(upTo, submissions.length); index++) {
          const item = submitted(submissions[index]);
          items.push(item);
          // Copies within the batch, and articles already stored, most likely need no extraction.
          const keys = [`hash:${item.hash}`, ...(item.url ? [`url:${item.url}`] : [])];
          const repeated = keys.some((key) => seen.has(key));
          keys.forEach((key) => seen.add(key));
          if (!extractOffThread || repeated || duplicateOf(item) !== undefined) extractions.push({ state: 'in-line' });
          else extractions.push(extractionOffThread(extractOffThread, index));
        }
      };
      const extractionOffThread = (extractor: OffThreadExtractor, index: number): ExtractionState => {
        const settled = extractor(extractionInput(items[index]), items[index].now).then(
          (result) => void (extractions[index] = { state: 'done', result }),
          (error: unknown) => void (extractions[index] = { state: 'failed', error }),
        );
        return { state: 'running', settled };
      };
      const running = (index: number): Promise<void> | undefined => {
        const extraction = extractions[index];
        return extraction?.state === 'running' ? extraction.settled : undefined;
      };
      /**
       * The extraction the next item to write (`index`, inside the slice's transaction) is still
       * waiting for, if any. A copy that was not sent for extraction but is not stored after all
       * (its first occurrence failed) is sent now: with an extraction thread, this thread never
       * extracts (the writer thread has no extractor). Asked only of the next item, once the items
       * before it are written: a copy further ahead is not stored yet, as its first occurrence is not.
       */
      const awaitedExtraction = (index: number): Promise<void> | undefined => {
        if (extractions[index]?.state === 'in-line' && extractOffThread && duplicateOf(items[index]) === undefined) {
          extractions[index] = extractionOffThread(extractOffThread, index);
        }
        return running(index);
      };
      /**
       * The extractions the next slice waits for: it starts once half the articles asked for ahead
       * are extracted (or the rest of the batch), since when extraction is the slower side (another
       * thread), slices of an article or two would each pay a commit and a flush of the search indexes.
       * Near the batch's end, half of what is left: the writer writes those while the rest is
       * extracted, instead of waiting for all of it and then writing it alone (the batch's tail).
       */
      const extractionsBeforeSlice = (): Promise<void>[] => {
        const left = submissions.length - results.length;
        const filled = results.length + Math.min(Math.ceil(extractionsAhead / 2), Math.ceil(left / 2));
        const waiting: Promise<void>[] = [];
        for (let index = results.length; index < filled; index++) {
          const extraction = running(index);
          if (extraction) waiting.push(extraction);
        }
        return waiting;
      };
      const write = (index: number) => {
        const extraction = extractions[index];
        // Extracted, it was no copy of a stored article or of one before it in the batch when it
        // was sent (startExtractions, awaitedExtraction): it is not looked up again (two lookups,
        // 25-65 us of CPU per article on 1M events), since an article another writer stored
        // meanwhile fails to insert (url and content hash are unique) and store() returns that one.
        if (extraction.state === 'done') return store(items[index], extraction.result);
        return writeUnlessStored(items[index], () => {
          if (extraction.state === 'failed') throw extraction.error;
          return extractInLine(items[index]);
        });
      };

      const results: BatchItemResult[] = [];
      // What the database looked like to this connection when the last slice committed (this
      // batch's, or the last batch's on this connection, heldTrueAt): when anything else wrote since
      // (another connection, or another caller of this one between slices or batches), the merge
      // candidates held from the slices before may be out of date.
      let completed = false;
      try {
        while (results.length < submissions.length) {
          startExtractions(results.length + 1 + extractionsAhead);
          for (const extraction of extractionsBeforeSlice()) await extraction;
          const sliceStart = results.length;
          let versionInSlice: number | undefined;
          sliceTransaction(() => {
            repos.events.keepHeldIfAt(repos.events.writeGeneration(0));
            // (no other connection commits while this slice holds the write lock)
            versionInSlice = repos.events.otherWritersVersion();
            const started = performance.now();
            // (A slice can end before its first item: a copy whose first occurrence failed, sent
            // for extraction now.)
            repos.events.holdingMergeCandidates(() => {
              while (
                results.length < submissions.length &&
                awaitedExtraction(results.length) === undefined &&
                (results.length === sliceStart || (performance.now() - started < sliceMs && !giveWay()))
              ) {
                const index = results.length;
                results.push(batchItemResult(index, () => write(index), onError));
                delete extractions[index];
                startExtractions(results.length + 1 + extractionsAhead);
              }
            });
          });
          // Another connection may commit as soon as this slice has released the lock, before the
          // generation is read here: then it would count as seen, though no held candidate shows it.
          const afterSlice = repos.events.writeGeneration(0);
          repos.events.heldTrueAt(repos.events.otherWritersVersion() === versionInSlice ? afterSlice : undefined);
          if (results.length > sliceStart) onSliceCommitted?.(results.slice(sliceStart));
          if (results.length < submissions.length) {
            await new Promise((resolve) => setImmediate(resolve));
            // (the extractions that came back meanwhile were taken in before the immediate ran)
            await options.deferredSync?.betweenSlices(extractionsBeforeSlice().length > 0);
          }
        }
        completed = true;
      } finally {
        // (a slice that failed to commit took back what they were read from; a batch that ended
        // keeps them for the next, which lets go of them if anything was written meanwhile)
        if (!completed) repos.events.forgetMergeCandidates();
      }
      await options.deferredSync?.sync();
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
