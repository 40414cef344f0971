/**
 * Curation writes (PATCH and DELETE of an event) and DELETE of an article on a database file wait
 * for the writer thread's slice to end without holding up the event loop (read-pressure.ts betweenWriterSlices), as
 * a single article's write does (read-pressure.ts asSingleWrite). Here the writer thread's slice is
 * played by a second connection holding the write lock, flagged as the writer thread flags its
 * slices: before, the write waited for the lock in SQLite's busy handler, which sleeps on the main
 * thread, so no request was answered until it gave up (busy_timeout, 5 s) and the write failed.
 */
import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import t, { type Test } from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { setWriting, sharedReadPressure } from '../../src/ingest/read-pressure.js';
import { testApp } from '../helpers/app.js';
import { tempDir } from '../helpers/db.js';

const TOKEN = 'curation-turn-token';
const auth = { authorization: `Bearer ${TOKEN}` };

const articles = [
  { title: 'Drones strike Kharkiv', body: 'Russian drones struck Kharkiv overnight, the mayor said.', publishedAt: '2025-07-05T09:30:00Z', url: 'https://one.example/kharkiv' },
  { title: 'Missiles hit Odesa port', body: 'Missiles struck the port of Odesa on Friday, officials said.', publishedAt: '2025-07-05T08:00:00Z', url: 'https://two.example/odesa' },
];

/**
 * Sends `write` while another connection holds the write lock as the writer thread's slice; asserts
 * that /health answers meanwhile and that the write is answered only after the slice ends.
 */
async function behindASlice(t: Test, app: FastifyInstance, path: string, write: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const slice = openDatabase(path);
  const pressure = sharedReadPressure();
  slice.exec('BEGIN IMMEDIATE');
  setWriting(pressure, true);
  let answered = false;
  let sliceEnded = false;
  const pending = write().then((res) => {
    answered = true;
    t.ok(sliceEnded, 'the write is answered after the slice ended');
    return res;
  });
  try {
    // Let the write request reach its handler (and, before, block there).
    for (let i = 0; i < 20; i++) await turn();
    const health = await app.inject({ url: '/health' });
    t.equal(health.statusCode, 200, '/health answers while the write waits for the slice');
    t.notOk(answered, 'the write is still waiting when /health has been answered');
  } finally {
    slice.exec('COMMIT');
    slice.close();
    sliceEnded = true;
    setWriting(pressure, false);
  }
  return pending;
}

t.test('PATCH, DELETE of an event and DELETE of an article wait for the writer slice off the event loop', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'chronicle.db');
  const app = await testApp(t, { DATABASE_URL: path, API_TOKEN: TOKEN });
  const stored = [];
  for (const article of articles) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', payload: article, headers: auth });
    t.equal(res.statusCode, 201, `stored ${article.title}`);
    stored.push(res.json() as { article: { id: string }; events: Array<{ id: string }> });
  }
  const [first, second] = stored;
  t.ok(first.events.length > 0 && second.events.length > 0, 'each article reports an event');

  const patched = await behindASlice(t, app, path, () =>
    app.inject({ method: 'PATCH', url: `/v1/events/${first.events[0].id}`, payload: { title: 'Drone strike on Kharkiv' }, headers: auth }),
  );
  t.equal(patched.statusCode, 200, 'PATCH done');
  t.equal(patched.json().title, 'Drone strike on Kharkiv');

  const deleted = await behindASlice(t, app, path, () => app.inject({ method: 'DELETE', url: `/v1/events/${first.events[0].id}`, headers: auth }));
  t.equal(deleted.statusCode, 204, 'DELETE of the event done');
  t.equal((await app.inject({ url: `/v1/events/${first.events[0].id}` })).statusCode, 404, 'the event is gone');

  const articleDeleted = await behindASlice(t, app, path, () => app.inject({ method: 'DELETE', url: `/v1/articles/${second.article.id}`, headers: auth }));
  t.equal(articleDeleted.statusCode, 204, 'DELETE of the article done');
  t.equal((await app.inject({ url: `/v1/articles/${second.article.id}` })).statusCode, 404, 'the article is gone');
});
