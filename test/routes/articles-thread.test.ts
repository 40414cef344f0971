/**
 * The batch route on a database file: batches are written on the ingest thread, on a connection of
 * its own, while this thread keeps answering (and writing single articles).
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { testApp } from '../helpers/app.js';
import { devCorpusArticles, sampleArticle, tempDir } from '../helpers/db.js';

t.test('after POST /v1/articles/batch returns, a GET sees its events at once, even a cached page', async (t) => {
  const app = await testApp(t, { DATABASE_URL: join(tempDir(t), 'chronicle.db') });
  // A first batch starts the thread and loads the extractor: the next one is answered within
  // the 100 ms in which other connections' commits may otherwise go unseen.
  const first = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: { articles: [sampleArticle] } });
  t.equal(first.statusCode, 200);
  const week = '/v1/events?from=2025-07-01&to=2025-07-10';
  const before = (await app.inject({ method: 'GET', url: week })).json().data.length;
  t.ok(before > 0, 'the first batch is visible');

  const article = { title: 'Port struck', body: 'Missiles struck the port of Odesa on Friday, officials said.', publishedAt: '2025-07-05T08:00:00Z' };
  const started = performance.now();
  const batch = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: { articles: [article] } });
  t.equal(batch.json().summary.created, 1);
  const after = await app.inject({ method: 'GET', url: week });
  t.comment(`batch and GET in ${Math.round(performance.now() - started)} ms`);
  t.ok(after.json().data.length > before, 'the new event is in the page served right after the batch');
  t.match(after.body, /Odesa/, 'the strike on Odesa is there');
});

t.test('a single POST /v1/articles during a batch is stored and answered before the batch ends', async (t) => {
  const app = await testApp(t, { DATABASE_URL: join(tempDir(t), 'chronicle.db') });
  // More articles than one writer slice can hold (WRITER_SLICES asks at most 128 extractions ahead),
  // so the batch is still being written after its first commit whatever the threads' timing: the
  // dev articles twice over, the second copy under its own titles and URLs.
  const dev = devCorpusArticles(100);
  const articles = [...dev, ...dev.map((a, i) => ({ ...a, title: `${a.title} (again ${i})`, url: `https://example.com/again/${i}` }))];
  t.ok(articles.length > 128, `${articles.length} articles`);
  let batchDone = false;
  const batch = app.inject({ method: 'POST', url: '/v1/articles/batch', payload: { articles } }).then((res) => {
    batchDone = true;
    return res;
  });
  // Once the batch has committed something, it is writing.
  while (app.repos.articles.count() === 0) await sleep(5);
  const single = await app.inject({ method: 'POST', url: '/v1/articles', payload: sampleArticle });
  t.equal(single.statusCode, 201);
  t.notOk(batchDone, 'answered while the batch was still being written');
  const res = await batch;
  t.equal(res.statusCode, 200);
  t.same(res.json().summary, { created: articles.length, duplicate: 0, failed: 0 });
  t.equal(app.repos.articles.count(), articles.length + 1, 'both writers stored everything');
});
