import t from 'tap';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { sampleArticle } from '../helpers/db.js';

t.test('unknown routes are 404 problem+json; every response carries its request id', async (t) => {
  const app = await testApp(t);
  for (const [method, url] of [['GET', '/v2/events'], ['POST', '/v1/nothing'], ['DELETE', '/v1/events']] as const) {
    const res = await app.inject({ method, url, remoteAddress: '198.51.100.7' });
    t.equal(res.statusCode, 404, `${method} ${url}`);
    t.match(res.headers['content-type'], PROBLEM_TYPE);
    t.match(res.json(), { type: 'about:blank', title: 'Not Found', status: 404, instance: url });
    t.equal(res.json().requestId, res.headers['x-request-id']);
  }
});

t.test('an unexpected error is a 500 problem without stack, SQL or message', async (t) => {
  const app = await testApp(t);
  app.get('/boom', async () => {
    throw new Error('SQLITE_ERROR: no such column: secret in SELECT secret FROM users');
  });
  const res = await app.inject({ url: '/boom' });
  t.equal(res.statusCode, 500);
  t.match(res.headers['content-type'], PROBLEM_TYPE);
  t.match(res.json(), { status: 500, title: 'Internal Server Error', requestId: String });
  t.notMatch(res.body, /SQLITE|SELECT|secret|\.ts:\d+|at /);
});

t.test('auth with API_TOKEN: writes need the bearer token, reads do not', async (t) => {
  const app = await testApp(t, { API_TOKEN: 'correct-horse' });
  const post = (headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/v1/articles', payload: sampleArticle, headers, remoteAddress: '203.0.113.5' });
  for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong' }, { authorization: 'Bearer correct-horse-battery' }, { authorization: 'Basic Y29ycmVjdC1ob3JzZQ==' }]) {
    const res = await post(headers);
    t.equal(res.statusCode, 401, JSON.stringify(headers));
    t.match(res.headers['content-type'], PROBLEM_TYPE);
    t.equal(res.headers['www-authenticate'], 'Bearer realm="chronicle"');
  }
  t.equal(app.repos.articles.count(), 0, 'nothing stored');
  const ok = await post({ authorization: 'Bearer correct-horse' });
  t.equal(ok.statusCode, 201, 'the right token from anywhere');
  const del = await app.inject({ method: 'DELETE', url: `/v1/articles/${ok.json().article.id}`, remoteAddress: '127.0.0.1' });
  t.equal(del.statusCode, 401, 'loopback is no substitute for the token when one is configured');
  t.equal((await app.inject({ url: '/v1/articles', remoteAddress: '203.0.113.5' })).statusCode, 200, 'reads are open');
});

t.test('auth without API_TOKEN: a warning at start, writes only from loopback', async (t) => {
  const logged: string[] = [];
  const app = await testApp(t, { LOG_LEVEL: 'warn' }, { logStream: { write: (line) => logged.push(line) } });
  t.match(logged.join(''), /API_TOKEN is not set/);
  const quiet: string[] = [];
  await testApp(t, { LOG_LEVEL: 'warn', API_TOKEN: 'x' }, { logStream: { write: (line) => quiet.push(line) } });
  t.notMatch(quiet.join(''), /API_TOKEN/, 'no warning when a token is set');
  const remote = await app.inject({ method: 'POST', url: '/v1/articles', payload: sampleArticle, remoteAddress: '192.0.2.10' });
  t.equal(remote.statusCode, 403);
  t.match(remote.headers['content-type'], PROBLEM_TYPE);
  const batch = await app.inject({ method: 'POST', url: '/v1/articles/batch', payload: { articles: [sampleArticle] }, remoteAddress: '2001:db8::1' });
  t.equal(batch.statusCode, 403);
  t.equal(app.repos.articles.count(), 0);
  for (const [i, address] of ['127.0.0.1', '::1', '::ffff:127.0.0.1'].entries()) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', payload: { ...sampleArticle, url: `https://example.com/${i}`, body: `${sampleArticle.body} ${i}` }, remoteAddress: address });
    t.equal(res.statusCode, 201, address);
  }
  t.equal((await app.inject({ url: '/v1/events', remoteAddress: '192.0.2.10' })).statusCode, 200, 'reads are open');
});

t.test('CORS only for configured origins', async (t) => {
  const app = await testApp(t, { CORS_ORIGINS: 'https://timeline.example' });
  const allowed = await app.inject({ url: '/v1/events', headers: { origin: 'https://timeline.example' } });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://timeline.example');
  const other = await app.inject({ url: '/v1/events', headers: { origin: 'https://evil.example' } });
  t.equal(other.headers['access-control-allow-origin'], undefined);
  const noCors = await testApp(t);
  t.equal((await noCors.inject({ url: '/v1/events', headers: { origin: 'https://timeline.example' } })).headers['access-control-allow-origin'], undefined);
});

t.test('rate limit: 429 problem with Retry-After', async (t) => {
  const app = await testApp(t, { RATE_LIMIT_MAX: '2' });
  await app.inject({ url: '/v1/events' });
  await app.inject({ url: '/v1/events' });
  const limited = await app.inject({ url: '/v1/events' });
  t.equal(limited.statusCode, 429);
  t.match(limited.headers['content-type'], PROBLEM_TYPE);
  t.match(limited.json(), { status: 429, title: 'Too Many Requests' });
  t.ok(limited.headers['retry-after'], 'Retry-After header');
  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'probes are not limited');
});
