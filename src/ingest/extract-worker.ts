/**
 * The ingest thread's entry point (see extractor-thread.ts). It extracts the single articles it is
 * sent and answers each with its result or the error message; and it writes whole batches, on its
 * own connection to the database file the server uses, with the ingest service the main thread
 * would use (same extraction, merge decisions, slices, deferred sync and checkpoints), reporting
 * each committed slice's results, each failed item's error and, after the final sync, the end.
 */
import { parentPort } from 'node:worker_threads';
import { openDatabase, type SqliteDatabase } from '../db/sqlite.js';
import { extractArticle } from '../extract/index.js';
import type { ArticleInput, ExtractionResult } from '../extract/types.js';
import { createRepositories, type Repositories } from '../repositories/index.js';
import { checkpointPassive, deferredSync } from './deferred-sync.js';
import type { ThreadRequest, ThreadResponse, BatchRequest } from './extractor-thread.js';
import { createIngestService, type DeferredSync } from './ingest.js';
import { lowerThisThreadsPriority } from './worker.js';

// Reads keep their latency while a batch is extracted and written: the event loop gets the CPU
// first. The price, on the shared 2-core machine (load average ~10): a batch that readers compete
// with takes longer. Measured with 1,000 articles on 10k events: four clients reading, 151 s niced
// against 55 s at normal priority (reads' p99 during the batch 66 ms, quiet 75 ms; at normal
// priority 109 and 109 ms); npm run bench's 32 connections, 103 s against 58 s, reads' p99 during
// the batch 260 ms (quiet 149 ms) against 666 ms (quiet 322 ms).
lowerThisThreadsPriority();

const port = parentPort;
if (!port) throw new Error('extract-worker runs only as a worker thread');
const reply = (response: ThreadResponse) => port.postMessage(response);

interface Connection {
  db: SqliteDatabase;
  repos: Repositories;
  sync: DeferredSync | undefined;
  /** Batches being written through it; closed when the last one ends. */
  batches: number;
}

/**
 * This connection's page cache, in KiB, instead of better-sqlite3's 16 MB: the pages the merge
 * candidate searches reread stay in the OS's file cache anyway. Measured with a 1,000-article
 * batch on 1M events (no readers): 2 MB 21.5 s and 332 MB peak server RSS, 16 MB 21.4 s and 371 MB.
 */
const WRITER_CACHE_KIB = 2000;

/**
 * How this thread cuts a batch into slices (IngestOptions.slices). Each slice's commit writes its
 * pages and its search rows (one FTS5 flush and merge step per index) once, whatever the number of
 * articles in it, so long slices cost far less per article; what a slice holds up is only other
 * writers (a single POST, a PATCH or DELETE waits for the write lock: busy_timeout is 5 s) and
 * single-article extractions sent to this thread. Readers do not wait for a writer (WAL), and the
 * main thread's event loop does not run here. The slice ends at the first article not extracted
 * yet, so as many are extracted ahead (they are extracted between slices, on this thread).
 */
const WRITER_SLICES = { ms: 250, extractionsAhead: 32 };

/** One connection per database file, open only while a batch for it is being written. */
const connections = new Map<string, Connection>();

function connect(path: string): Connection {
  let connection = connections.get(path);
  if (!connection) {
    // The main thread opened the file and applied the migrations before any batch could arrive.
    const db = openDatabase(path);
    db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    const repos = createRepositories(db);
    connection = { db, repos, sync: deferredSync(db, repos), batches: 0 };
    connections.set(path, connection);
  }
  connection.batches++;
  return connection;
}

function release(path: string, connection: Connection): void {
  if (--connection.batches > 0) return;
  connections.delete(path);
  try {
    // What the batch's last slices left in the log goes into the database file now, not in some
    // later commit of the main thread's.
    checkpointPassive(connection.db);
  } finally {
    connection.db.close();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Extraction ahead of the writes, on a later turn of this thread's event loop: outside the slice's
 * transaction, so the write lock is held only while articles are stored, never while one is read.
 */
function extractSoon(input: ArticleInput, now: Date): Promise<ExtractionResult> {
  return new Promise((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(extractArticle(input, { now }));
      } catch (error) {
        reject(error);
      }
    }),
  );
}

async function writeBatch({ id, path, submissions, now }: BatchRequest): Promise<void> {
  let connection: Connection | undefined;
  let outcome: ThreadResponse;
  try {
    connection = connect(path);
    const ingest = createIngestService(connection.repos, {
      extract: extractArticle,
      extractOffThread: extractSoon,
      deferredSync: connection.sync,
      slices: WRITER_SLICES,
      clock: () => new Date(now),
    });
    await ingest.ingestBatchInSlices(submissions, {
      onError: (error, index) => reply({ id, itemError: { index, error: errorText(error) } }),
      onSliceCommitted: (results) => reply({ id, slice: results }),
    });
    outcome = { id, done: true };
  } catch (error) {
    outcome = { id, error: errorText(error) };
  }
  // Closed before the batch is answered: a server that shuts down once it has answered closes
  // the last connection, which removes the write-ahead log.
  try {
    if (connection) release(path, connection);
  } finally {
    reply(outcome);
  }
}

port.on('message', (request: ThreadRequest) => {
  if (request.kind === 'batch') {
    void writeBatch(request);
    return;
  }
  const { id, input, now } = request;
  try {
    reply({ id, result: extractArticle(input, { now: new Date(now) }) });
  } catch (error) {
    reply({ id, error: errorText(error) });
  }
});
