import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { tempDir } from '../helpers/db.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { articleNumber, SERVER_TOKEN, startServer } from '../helpers/server.js';

const BATCH = 1_000;

/**
 * Concurrent reads over HTTP, and reads through a second connection in another process (this
 * test), while the server stores a 1,000-article batch: every read succeeds, the batch stores
 * every article, and the database never reports SQLITE_BUSY (WAL: readers do not block the writer).
 */
t.test('reads during a 1,000-article batch write: no errors, no SQLITE_BUSY', async (t) => {
  const databaseUrl = join(tempDir(t), 'load.db');
  const server = await startServer(t, databaseUrl);
  const articles = Array.from({ length: BATCH }, (_, i) => articleNumber(i));
  let batchDone = false;
  const batch = fetch(`${server.base}/v1/articles/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVER_TOKEN}` },
    body: JSON.stringify({ articles }),
  }).then(async (response) => {
    batchDone = true;
    return { status: response.status, body: (await response.json()) as { summary: { created: number; failed: number } } };
  });

  const urls = [
    '/v1/events?limit=100',
    '/v1/events?from=2031-02&to=2031-02&limit=1000',
    '/v1/events?q=talks&limit=50',
    '/v1/events?type=meeting&sort=-date',
    '/v1/articles?limit=100',
    '/v1/timeline?interval=week',
    '/v1/actors',
    '/v1/places',
    '/v1/event-types',
    '/ready',
  ];
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let waves = 0;
  const reader = new Database(databaseUrl, { readonly: true });
  t.teardown(() => reader.close());
  let directReads = 0;
  // Until the batch has answered (bounded: the batch takes seconds, a wave milliseconds).
  while (!batchDone && waves < 2_000) {
    const responses = await Promise.all(
      urls.map((url) =>
        fetch(`${server.base}${url}`).then(
          async (response) => ({ url, status: response.status, body: await response.text() }),
          (error: Error) => ({ url, status: 0, body: error.message }),
        ),
      ),
    );
    for (const { url, status, body } of responses) {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status !== 200) failures.push(`${url}: ${status} ${body.slice(0, 200)}`);
    }
    // Another connection reads the file while the server writes it.
    reader.prepare('SELECT count(*) AS n FROM articles').get();
    reader.prepare('SELECT count(*) AS n FROM events WHERE start_date >= ?').get('2031-01-01');
    directReads++;
    waves++;
  }
  const result = await batch;
  t.equal(result.status, 200, 'the batch succeeded');
  t.equal(result.body.summary.created, BATCH, 'every article of the batch stored');
  t.equal(result.body.summary.failed, 0);
  t.ok(waves >= 1, `${waves} waves of ${urls.length} concurrent reads, ${directReads} direct reads`);
  t.same(failures, [], `every read answered 200: ${JSON.stringify(Object.fromEntries(statuses))}`);
  t.notMatch(server.output(), /SQLITE_BUSY|database is locked/i, 'no SQLITE_BUSY in the server log');

  const after = (await (await fetch(`${server.base}/v1/articles?limit=1000`)).json()) as { data: unknown[] };
  t.equal(after.data.length, BATCH, 'all of them listed');
  server.child.kill('SIGTERM');
  t.equal(await server.exited, '0 null');
});

t.test('/ready is a 503 problem when the database cannot be written', async (t) => {
  const dir = tempDir(t);
  const app = await testApp(t, { DATABASE_URL: join(dir, 'ready.db') });
  t.equal((await app.inject({ url: '/ready' })).statusCode, 200);

  // Another connection holds the write lock past the busy timeout.
  const other = new Database(join(dir, 'ready.db'));
  t.teardown(() => other.close());
  other.exec('BEGIN IMMEDIATE');
  const locked = await app.inject({ url: '/ready' });
  t.equal(locked.statusCode, 503, 'write lock held elsewhere');
  t.match(locked.headers['content-type'], PROBLEM_TYPE);
  t.match(locked.json(), { status: 503, title: 'Service Unavailable' });
  t.notMatch(locked.body, /SQLITE|locked|BEGIN/i, 'no database internals in the answer');
  other.exec('ROLLBACK');
  t.equal((await app.inject({ url: '/ready' })).statusCode, 200, 'ready again once the lock is released');
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'liveness does not depend on the database');

  // The connection is gone.
  app.db.close();
  const closed = await app.inject({ url: '/ready' });
  t.equal(closed.statusCode, 503, 'closed connection');
  t.match(closed.headers['content-type'], PROBLEM_TYPE);
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'the process is still live');
});
