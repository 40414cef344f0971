import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { tempDir } from '../helpers/db.js';
import { articleNumber, postArticle, SERVER_TOKEN, startServer } from '../helpers/server.js';

/** What must hold in a database file whatever happened to the process that wrote it. */
function checkConsistency(t: Test, file: string): void {
  const db = new Database(file);
  try {
    t.equal(db.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check');
    t.same(db.pragma('foreign_key_check'), [], 'no dangling references');
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    t.equal(count('SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)'), 0, 'no mention without its event');
    t.equal(count('SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)'), 0, 'no mention without its article');
    t.equal(count('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)'), 0, 'no event without a mention');
    t.equal(
      count('SELECT count(*) AS n FROM events e WHERE e.mention_count != (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)'),
      0,
      'stored mention counts agree with the mentions',
    );
    t.equal(count('SELECT count(*) AS n FROM events_fts'), count('SELECT count(*) AS n FROM events'), 'one search row per event');
    t.equal(count('SELECT count(*) AS n FROM events e WHERE e.seq NOT IN (SELECT rowid FROM events_fts)'), 0, 'every event is searchable');
    t.doesNotThrow(() => db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')"), 'event search index intact');
    t.doesNotThrow(() => db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"), 'article search index agrees with the articles');
  } finally {
    db.close();
  }
}

t.test('an acknowledged write is durable: WAL with synchronous=FULL', async (t) => {
  const db = openDatabase(join(tempDir(t), 'pragmas.db'));
  t.teardown(() => db.close());
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  t.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL: the WAL is synced at every commit, before the 201');
});

t.test('SIGKILL in the middle of a stream of writes loses nothing acknowledged and leaves nothing half-written', async (t) => {
  const databaseUrl = join(tempDir(t), 'crash.db');
  const first = await startServer(t, databaseUrl);

  const acknowledged = new Map<string, number>(); // article id -> events in its 201
  let next = 0;
  let killed = false;
  const WRITERS = 4;
  const KILL_AFTER = 40;
  // Writers post distinct articles until the server dies under them; bounded by KILL_AFTER + slack.
  const writer = async () => {
    while (!killed && next < KILL_AFTER * 10) {
      const i = next++;
      try {
        const response = await postArticle(first.base, articleNumber(i, 1 + (i % 5)));
        if (response.status === 201) {
          const body = (await response.json()) as { article: { id: string }; events: unknown[] };
          acknowledged.set(body.article.id, body.events.length);
          if (acknowledged.size >= KILL_AFTER && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      } catch {
        // The connection died with the server: this write was never acknowledged.
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  t.equal(await first.exited, 'null SIGKILL', 'killed mid-stream');
  t.ok(acknowledged.size >= KILL_AFTER, `${acknowledged.size} writes acknowledged before the kill (${next} attempted)`);
  t.ok(existsSync(`${databaseUrl}-wal`) && statSync(`${databaseUrl}-wal`).size > 0, 'the kill left a write-ahead log to recover from');

  const second = await startServer(t, databaseUrl);
  for (const [id, eventCount] of acknowledged) {
    const response = await fetch(`${second.base}/v1/articles/${id}`);
    t.equal(response.status, 200, `acknowledged article ${id} survived`);
    const article = (await response.json()) as { events: unknown[] };
    t.equal(article.events.length, eventCount, `${id} has all its events`);
  }
  // The restarted server takes writes again.
  const after = await postArticle(second.base, articleNumber(10_000));
  t.equal(after.status, 201, 'writable after recovery');
  second.child.kill('SIGTERM');
  t.equal(await second.exited, '0 null');
  checkConsistency(t, databaseUrl);
});

t.test('SIGTERM lets a slow request finish, exits 0 and closes the database cleanly', async (t) => {
  const databaseUrl = join(tempDir(t), 'drain.db');
  const server = await startServer(t, databaseUrl);
  const articles = Array.from({ length: 600 }, (_, i) => articleNumber(i, 8));
  // One keep-alive connection carries the slow batch, then a read sent after the signal.
  const { hostname: host, port } = new URL(server.base);
  const socket = connect(Number(port), host);
  let received = '';
  let receivedAt = 0;
  socket.on('data', (chunk) => {
    received += chunk;
    receivedAt = Date.now();
  });
  const socketClosed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const payload = JSON.stringify({ articles });
  socket.write(
    `POST /v1/articles/batch HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
      `Authorization: Bearer ${SERVER_TOKEN}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
  );
  // Wait until the server is storing the batch: its articles start to appear in the file.
  const sent = Date.now();
  const watcher = new Database(databaseUrl, { readonly: true });
  const stored = () => (watcher.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  while (stored() === 0 && Date.now() - sent < 30_000) await new Promise((resolve) => setTimeout(resolve, 20));
  watcher.close();
  const signalled = Date.now();
  server.child.kill('SIGTERM');
  // A request on the same (busy, so not closed) connection once shutdown has begun: as soon as the
  // server says so, not after a fixed pause the rest of the batch may take less than.
  while (!server.output().includes('"msg":"closing"') && Date.now() - signalled < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  socket.write(`GET /v1/events HTTP/1.1\r\nHost: ${host}\r\n\r\n`);

  await socketClosed;
  const [batchResponse, lateResponse] = received.split(/(?=HTTP\/1\.1 )/);
  t.ok(receivedAt >= signalled, 'the responses came after the signal: the batch was in flight');
  t.match(batchResponse, /^HTTP\/1\.1 200 /, 'the in-flight batch completed');
  t.match(batchResponse, new RegExp(`"summary":\\{"created":${articles.length},`), 'every article of it stored');
  t.match(lateResponse, /^HTTP\/1\.1 503 /, 'a request reaching the server during shutdown is refused');
  t.match(lateResponse, /content-type: application\/problem\+json/i, 'as a problem');
  t.match(lateResponse, /retry-after: 1/i);
  t.equal(await server.exited, '0 null', `exit code 0 after SIGTERM:\n${server.output().slice(-1500)}`);
  t.notOk(existsSync(`${databaseUrl}-wal`), 'the database was closed cleanly: the write-ahead log was checkpointed and removed');

  const db = new Database(databaseUrl, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  t.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, articles.length);
  checkConsistency(t, databaseUrl);
});
