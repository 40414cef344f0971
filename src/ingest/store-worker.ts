/**
 * The writer thread's entry point (see extractor-thread.ts). It writes whole batches, on its own
 * connection to the database file the server uses, with the ingest service the main thread would
 * use (same merge decisions, slices, deferred sync and checkpoints), reporting each committed
 * slice's results, each failed item's error and, after the final sync, the end. It runs the date
 * layer only (datesOf, as it asks for each article's extraction): the event layer runs on the
 * extraction threads, asked over the ports that come with the batch, so the next articles are
 * extracted on one core while these are stored on the other, and the gazetteer is loaded only there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type SqliteDatabase } from '../db/sqlite.js';
import { datesOf } from '../extract/dates-of.js';
import { createRepositories, type Repositories } from '../repositories/index.js';
import { checkpointPassive, deferredSync } from './deferred-sync.js';
import type { BatchRequest, ThreadResponse } from './extractor-thread.js';
import { extractionThrough } from './extraction-lanes.js';
import { createIngestService, type DeferredSync, type SliceSettings } from './ingest.js';
import { asWriting, LONGEST_WAIT_MS, type ReadPressure, restForReads, singleWritesWaiting } from './read-pressure.js';
import { answerThen, errorText, lowerThisThreadsPriority } from './worker.js';

// Reads keep their latency while a batch is written (see extract-worker.ts for what it costs).
lowerThisThreadsPriority();

const port = parentPort;
if (!port) throw new Error('store-worker runs only as a worker thread');
const reply = (response: ThreadResponse) => port.postMessage(response);

interface Connection {
  db: SqliteDatabase;
  repos: Repositories;
  sync: DeferredSync | undefined;
  /** Batches being written through it; closed once none has been for CONNECTION_IDLE_MS. */
  batches: number;
  idleTimer?: NodeJS.Timeout;
}

/**
 * How long the connection stays open after its last batch. A batch on a new connection prepared
 * every statement again and read every merge candidate, merge target and search row again (what a
 * batch holds, see EventRepository.holdingMergeCandidates, is kept for the next one on the same
 * connection while nothing else writes), and its page cache started empty. Closed after this long,
 * the cache (WRITER_CACHE_KIB) and what is held go back; the thread itself stops after
 * IDLE_STOP_MS (extractor-thread.ts), which closes it too.
 */
const CONNECTION_IDLE_MS = 60_000;

/**
 * This connection's page cache, in KiB (better-sqlite3's default is 16 MB too). With 2 MB, the
 * pages a batch rereads (merge keys, cards, the search index's) came back from the OS's file cache
 * one system call each. Measured with a 1,000-article batch on 1M events through the compiled
 * server, two back-to-back pairs at load 8-12: this thread 3.7 / 3.7 ms CPU per article with 2 MB,
 * 3.2 / 3.0 with 16 MB; the batch's wall time 22.9 / 17.4 -> 13.9 / 11.7 ms per article; the
 * server's peak RSS 305 / 298 MB -> 313 / 298 MB.
 */
const WRITER_CACHE_KIB = 16_000;

/**
 * How this thread cuts a batch into slices (IngestOptions.slices). Each slice's commit writes its
 * pages and its search rows (one FTS5 flush and merge step per index) once, whatever the number of
 * articles in it, so long slices cost far less per article; what a slice holds up is only other
 * writers (a PATCH or DELETE waits for the write lock: busy_timeout is 5 s; a single POST does not:
 * the slice gives way to it, asSingleWrite in read-pressure.ts).
 * Readers do not wait for a writer (WAL), and the main thread's event loop does not run here. The
 * slice ends at the first article whose extraction has not come back yet; as many are asked for
 * ahead, so that the extraction thread is never idle while a slice is written (unless reads are in
 * flight: then it waits for the slice, read-pressure.ts).
 */
// Longer since singles go first (aeb4bf6: a single POST is written between slices, its extraction
// ahead of the batch's): 250 ms / 32 ahead -> 1 s / 128 ahead. bench/writer.ts on 200k events (the
// batch path alone, extractions handed back at once, load 16-19), this thread's CPU per article:
// first batch 1.35 / 1.34 / 1.40 / 1.35 -> 1.07 / 1.07 ms; next batch 1.01 / 0.87 / 0.86 / 0.92 ->
// 1.03 / 0.98 (no gain there: a 16 MB cache holds a long slice's pages less well; 32 MB did not
// clearly help, 0.91 / 1.02, and costs RSS).
// (a slice lasts the longest any wait on it does, read-pressure.ts LONGEST_WAIT_MS)
// 128 -> 384 ahead (a slice waits for 192 extracted, or half of what is left near the end): fewer,
// longer slices write a page that several articles change once per commit, and fewer checkpoints
// copy it. bench/thread-cpu.ts on 1M events, two interleaved pairs, load 15-19: WAL frames per two
// 1,000-article batches 30,009 / 30,672 -> 24,395 / 26,017, checkpoints 34 / 40 -> 22 / 25, the
// writer's CPU per article on the first batch 2.02 / 1.98 -> 1.86 / 1.81 ms, next 0.85 / 0.80 -> 0.73 / 0.78.
const WRITER_SLICES: SliceSettings = { ms: LONGEST_WAIT_MS, extractionsAhead: 384 };

const readPressure = (workerData as { readPressure?: ReadPressure } | null)?.readPressure;
/** The slices the thread's creator asked for, if any (ExtractorThreadOptions.writerSlices). */
const slices = (workerData as { slices?: SliceSettings } | null)?.slices ?? WRITER_SLICES;

/**
 * Each slice flagged as being written, so that the extraction thread yields to reads meanwhile, and
 * followed by a rest while reads are in flight (read-pressure.ts).
 */
function flaggingSlices(sync: DeferredSync | undefined): DeferredSync | undefined {
  const pressure = readPressure;
  if (!sync || !pressure) return sync;
  return {
    ...sync,
    transaction: (work) => {
      const started = performance.now();
      const result = asWriting(pressure, () => sync.transaction(work));
      restForReads(pressure, performance.now() - started);
      return result;
    },
  };
}

/** One connection per database file, open only while a batch for it is being written. */
const connections = new Map<string, Connection>();

function connect(path: string): Connection {
  let connection = connections.get(path);
  if (!connection) {
    // The main thread opened the file and applied the migrations before any batch could arrive.
    const db = openDatabase(path);
    db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    const repos = createRepositories(db);
    connection = { db, repos, sync: flaggingSlices(deferredSync(db, repos)), batches: 0 };
    connections.set(path, connection);
  }
  clearTimeout(connection.idleTimer);
  connection.idleTimer = undefined;
  connection.batches++;
  return connection;
}

function close(path: string, connection: Connection): void {
  if (connections.get(path) === connection) connections.delete(path);
  connection.db.close();
}

function release(path: string, connection: Connection): void {
  if (--connection.batches > 0) return;
  try {
    // What the batch's last slices left in the log goes into the database file now, not in some
    // later commit of the main thread's.
    checkpointPassive(connection.db);
  } catch (error) {
    close(path, connection);
    throw error;
  }
  connection.idleTimer = setTimeout(() => {
    if (connection.batches === 0) close(path, connection);
  }, CONNECTION_IDLE_MS);
  // (an idle connection does not keep the thread alive; the thread's end closes it)
  connection.idleTimer.unref();
}

async function writeBatch({ id, path, submissions, now, extractions }: BatchRequest): Promise<void> {
  let connection: Connection | undefined;
  let outcome: ThreadResponse;
  try {
    connection = connect(path);
    const ingest = createIngestService(connection.repos, {
      // (the date layer here, the event layer on the extraction threads: extraction-lanes.ts)
      extractOffThread: extractionThrough(extractions, datesOf),
      deferredSync: connection.sync,
      // A single article waiting to be written ends the slice (read-pressure.ts asSingleWrite).
      slices: { ...slices, giveWay: readPressure ? () => singleWritesWaiting(readPressure) : undefined },
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
  for (const port of extractions) port.close();
  // The answer first, then the log checkpointed (release): every slice has committed and the log is
  // synced by now (ingestBatchInSlices' last step), so the batch is durable without the checkpoint,
  // which only copies the last slices' pages into the database file (and syncs it) and took 9-56 ms
  // after a 1,000-article batch on 1M events (3 batches, load 10-12) that the client waited for.
  // It still runs on this thread before any next batch: messages are handled one at a time. (A
  // server that shuts down closes its own connection; this thread's, kept open, is closed when the
  // process ends, and the last to close removes the write-ahead log.)
  answerThen(
    () => reply(outcome),
    () => {
      if (connection) release(path, connection);
    },
  );
}

port.on('message', (request: BatchRequest) => void writeBatch(request));
