/**
 * The checkpoint thread's entry point (see checkpoint-thread.ts): its own connection to the
 * database, copying the write-ahead log into the database file whenever it is asked. (At normal
 * priority: a batch waits for it, and it needs little CPU.)
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort;
if (!port) throw new Error('checkpoint-worker runs only as a worker thread');

const db = new Database((workerData as { path: string }).path, { fileMustExist: true });
// The database file is synced before the log may be reused: a power loss cannot lose a checkpointed commit.
db.pragma('synchronous = FULL');
// Never copies the log back on its own when it closes: that is the main connection's job.
db.pragma('wal_autocheckpoint = 0');

port.on('message', () => {
  // PASSIVE: copies what it can without waiting for readers or the writer, so it blocks no one.
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  port.postMessage(result);
});
