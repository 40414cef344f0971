import t from 'tap';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';

t.test('GET /health and /ready', async (t) => {
  const app = await testApp(t);
  const health = await app.inject({ url: '/health' });
  t.equal(health.statusCode, 200);
  t.same(health.json(), { status: 'ok' });
  const ready = await app.inject({ url: '/ready' });
  t.equal(ready.statusCode, 200);
  t.match(ready.json(), { status: 'ready', extraction: /^(stopped|warming|warm)$/ });
  t.same(Object.keys(ready.json()).sort(), ['extraction', 'status']);
  t.equal(ready.json().extraction, app.extractor.readiness(), 'the extraction thread as it is');

  app.db.pragma('query_only = ON'); // the database now refuses writes
  const notReady = await app.inject({ url: '/ready' });
  t.equal(notReady.statusCode, 503);
  t.match(notReady.headers['content-type'], PROBLEM_TYPE);
  t.match(notReady.json(), { status: 503, title: 'Service Unavailable' });
  t.notMatch(notReady.body, /SQLITE|readonly|query_only/i, 'no database internals');
  app.db.pragma('query_only = OFF');
  t.equal((await app.inject({ url: '/ready' })).statusCode, 200);
});
