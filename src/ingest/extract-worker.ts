/**
 * An extraction thread's entry point (see extractor-thread.ts): the threads of the process that
 * load the event layer and its gazetteer (13 MB of heap packed, places.ts; the main thread and the writer load only the date
 * layer). It extracts the single articles the main thread sends, and the articles of each batch the
 * writer thread (store-worker.ts) asks for over the port it is handed for that batch, with their
 * date expressions found there already (the event layer only, extractWithDates), answering each
 * with its result or the error message. A batch's articles are extracted here while the writer
 * stores the ones before them: two cores at work, as long as no read is in flight (then one:
 * read-pressure.ts).
 */
import { readFileSync } from 'node:fs';
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { seedArticleFiles } from '../db/paths.js';
import type { ArticleInput } from '../extract/types.js';
import type { BatchExtractionAnswer, ExtractionAnswer, ExtractionThreadRequest, ExtractRequest, WarmRequest } from './extractor-thread.js';
import { extractionPace, type ReadPressure, restAfterArticle, yieldToReads } from './read-pressure.js';
import { errorText, lowerThisThreadsPriority } from './worker.js';

// Reads keep their latency while a batch is extracted and written: the event loop gets the CPU
// first. The price, on the shared 2-core machine (load average ~10): a batch that readers compete
// with takes longer. Measured with 1,000 articles on 10k events: four clients reading, 151 s niced
// against 55 s at normal priority (reads' p99 during the batch 66 ms, quiet 75 ms; at normal
// priority 109 and 109 ms); npm run bench's 32 connections, 103 s against 58 s, reads' p99 during
// the batch 260 ms (quiet 149 ms) against 666 ms (quiet 322 ms).
lowerThisThreadsPriority();

const port = parentPort;
if (!port) throw new Error('extract-worker runs only as a worker thread');

// Loaded once this thread yields the CPU: compiling the extractor's modules and evaluating their
// tables is most of the thread's start after the gazetteer (requests sent meanwhile wait in the port).
const { extractArticle, extractWithDates } = await import('../extract/index.js');

function extracted({ id, input, now, found }: Pick<ExtractRequest, 'id' | 'input' | 'now' | 'found'>): ExtractionAnswer {
  try {
    return { id, result: found ? extractWithDates(input, found, { now: new Date(now) }) : extractArticle(input, { now: new Date(now) }) };
  } catch (error) {
    return { id, error: errorText(error) };
  }
}

/** A batch article's answer: its events only (BatchExtractionAnswer), not the dates its writer never reads. */
function batchAnswer(answer: ExtractionAnswer): BatchExtractionAnswer {
  return 'result' in answer ? { id: answer.id, result: { events: answer.result.events } } : answer;
}

const readPressure = (workerData as { readPressure?: ReadPressure } | null)?.readPressure;

/** A batch article waiting on this thread, and the writer's port its answer goes to. */
interface Queued {
  writer: MessagePort;
  /** The rest after it while reads are served, as a multiple of its time (extractionPace). */
  pace: number;
  request: Pick<ExtractRequest, 'id' | 'input' | 'now' | 'found'>;
}

/**
 * The batch articles asked for and not extracted yet, oldest first (every batch's writer asks up to
 * WRITER_SLICES.extractionsAhead ahead). They are extracted one per turn of the event loop, so that
 * a single article (POST /v1/articles, /v1/extract) sent meanwhile is extracted after the one being
 * extracted, not after all those queued: a port's messages are handled in one go, and with each
 * article extracted in its handler a single waited behind every article queued before it.
 */
const batchQueue: Queued[] = [];
/** Writers' ports closed: what is still queued for them is dropped (their batch is over). */
const closedWriters = new WeakSet<MessagePort>();
let batchTurnScheduled = false;

function scheduleBatchTurn(): void {
  if (batchTurnScheduled || batchQueue.length === 0) return;
  batchTurnScheduled = true;
  setImmediate(batchTurn);
}

/**
 * One batch article, then the event loop again (singles come in there). While reads are served,
 * the article waits for the writer's slice and rest to end, and is followed by a rest of its own
 * (read-pressure.ts).
 */
function batchTurn(): void {
  batchTurnScheduled = false;
  const next = batchQueue.shift();
  if (next && !closedWriters.has(next.writer)) {
    if (readPressure) yieldToReads(readPressure);
    const started = performance.now();
    next.writer.postMessage(batchAnswer(extracted(next.request)));
    if (readPressure) restAfterArticle(readPressure, performance.now() - started, undefined, next.pace);
  }
  scheduleBatchTurn();
}

/**
 * Answers a batch's writer on its own port until the writer closes it (the batch is over); `threads`
 * extraction threads serve the batch.
 */
function serve(writer: MessagePort, threads: number): void {
  const pace = extractionPace(threads);
  writer.on('message', (request: Pick<ExtractRequest, 'id' | 'input' | 'now' | 'found'>) => {
    batchQueue.push({ writer, pace, request });
    scheduleBatchTurn();
  });
  writer.on('close', () => {
    closedWriters.add(writer);
    writer.close();
  });
}

/**
 * Warming (ExtractorThread.warm): the built-in sample articles (seeds/) extracted `rounds` times,
 * so that the gazetteer is built and V8 has optimized the extractor's hot functions before a batch
 * needs them. One article per turn of the event loop, and none once real work has arrived (a
 * request or a batch to serve, or batch articles waiting: a thread that a single article started
 * is warmed later): the warm-up never holds it up by more than one sample article.
 */
function warm({ id, rounds }: WarmRequest): void {
  const requestsBefore = requestsSeen;
  let samples: ArticleInput[];
  try {
    samples = seedArticleFiles().map((path) => {
      const { title, body, publishedAt } = JSON.parse(readFileSync(path, 'utf8')) as ArticleInput;
      return { title, body, publishedAt };
    });
    if (samples.length === 0) throw new Error('no sample articles in seeds/');
  } catch (error) {
    port!.postMessage({ id, error: errorText(error) });
    return;
  }
  const total = rounds * samples.length;
  const next = (done: number) => {
    if (done === total || requestsSeen !== requestsBefore || batchQueue.length > 0) return port!.postMessage({ id, warmed: done });
    try {
      extractArticle(samples[done % samples.length], { now: new Date() });
    } catch (error) {
      return port!.postMessage({ id, error: errorText(error) });
    }
    setImmediate(next, done + 1);
  };
  next(0);
}

/** Extraction requests and batches served so far: a warm-up gives way to them. */
let requestsSeen = 0;

port.on('message', (request: ExtractionThreadRequest) => {
  if (request.kind !== 'warm') requestsSeen++;
  if (request.kind === 'serve') serve(request.port, request.threads ?? 1);
  else if (request.kind === 'warm') warm(request);
  else port.postMessage(extracted(request));
});
