import type { InjectOptions } from 'fastify';
import t from 'tap';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { sampleArticle } from '../helpers/db.js';

const TOKEN = 'errors-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

interface LogLine {
  level: number;
  reqId?: string;
  msg?: string;
  err?: { message?: string; stack?: string };
  res?: { statusCode?: number };
}

t.test('every error status is problem+json carrying the request id; a 500 shows no internals and is logged once', async (t) => {
  const lines: LogLine[] = [];
  const app = await testApp(
    t,
    { API_TOKEN: TOKEN, LOG_LEVEL: 'info', RATE_LIMIT_WRITES: '3', RATE_LIMIT_READS: '0', RATE_LIMIT_MAX: '0' },
    { logStream: { write: (line) => lines.push(JSON.parse(line) as LogLine) } },
  );
  // Test-only routes that fail the way a bug would: a database error with SQL in its message.
  app.get('/test/boom', async () => {
    throw new Error('SQLITE_ERROR: no such column: secret_column in SELECT secret_column FROM users WHERE 1=1');
  });
  app.get('/test/throws-string', async () => {
    throw 'a thrown string with SELECT * FROM secrets'; // eslint-disable-line no-throw-literal
  });
  app.get('/test/sync-type-error', () => (undefined as unknown as { field: string }).field);

  const cases: Array<[number, InjectOptions, string]> = [
    [400, { url: '/v1/events?limit=0' }, 'validation'],
    [400, { method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'application/json' }, payload: '{"title":' }, 'malformed JSON'],
    [401, { method: 'POST', url: '/v1/articles', payload: sampleArticle }, 'missing token'],
    [404, { url: '/v1/nothing-here' }, 'unknown route'],
    [404, { method: 'PUT', url: '/v1/events' }, 'a method the path does not have'],
    [404, { url: '/v1/articles/art_missing' }, 'unknown id'],
    [413, { method: 'POST', url: '/v1/extract', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ title: 't', body: 'b'.repeat(2 * 1024 * 1024) }) }, 'body too large'],
    [415, { method: 'POST', url: '/v1/extract', headers: { 'content-type': 'text/plain' }, payload: 'hello' }, 'not JSON'],
    [201, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: sampleArticle }, 'the last write the budget allows (malformed and unauthorised attempts count too)'],
    [429, { method: 'POST', url: '/v1/articles', headers: AUTH, payload: sampleArticle }, 'over the write budget'],
    [500, { url: '/test/boom' }, 'an unexpected error'],
    [500, { url: '/test/throws-string' }, 'a thrown non-error'],
    [500, { url: '/test/sync-type-error' }, 'a TypeError'],
  ];
  for (const [status, options, what] of cases) {
    const response = await app.inject({ remoteAddress: '203.0.113.20', ...options });
    t.equal(response.statusCode, status, what);
    if (status < 400) continue;
    const requestId = response.headers['x-request-id'];
    t.ok(requestId, `${what}: x-request-id header`);
    t.match(response.headers['content-type'], PROBLEM_TYPE, `${what}: problem+json`);
    const problem = response.json();
    t.match(problem, { type: 'about:blank', title: String, status, detail: String, instance: String(options.url).split('?')[0] }, what);
    t.equal(problem.requestId, requestId, `${what}: the body carries the request id`);
    t.notMatch(response.body, /SQLITE|SELECT|secret|\.(ts|js):\d+|\n\s+at |TypeError|Cannot read/, `${what}: no stack, SQL or internal message`);

    const forRequest = lines.filter((line) => line.reqId === requestId);
    const errors = forRequest.filter((line) => line.level >= 50);
    const completed = forRequest.filter((line) => line.msg === 'request completed');
    t.equal(completed.length, 1, `${what}: one completion line with the request id`);
    t.equal(completed[0]?.res?.statusCode, status, `${what}: the log has the status`);
    if (status >= 500) {
      t.equal(errors.length, 1, `${what}: logged once at error level with the request id`);
      // A thrown string has no stack; every Error's is in the log.
      if (options.url !== '/test/throws-string') t.ok(errors[0]?.err?.stack, `${what}: the log (not the response) has the stack`);
    } else {
      t.equal(errors.length, 0, `${what}: a client error is not logged as a server error`);
    }
  }
  const boom = lines.find((line) => line.level >= 50 && line.err?.message?.includes('secret_column'));
  t.ok(boom, 'the log has the real message for whoever operates the server');
});

t.test('without a token configured, a remote write is a 403 problem', async (t) => {
  const app = await testApp(t);
  const response = await app.inject({ method: 'DELETE', url: '/v1/articles/art_x', remoteAddress: '198.51.100.1' });
  t.equal(response.statusCode, 403);
  t.match(response.headers['content-type'], PROBLEM_TYPE);
  t.equal(response.json().requestId, response.headers['x-request-id']);
});

t.test('a 503 from /ready is logged once with its request id', async (t) => {
  const lines: LogLine[] = [];
  const app = await testApp(t, { LOG_LEVEL: 'info' }, { logStream: { write: (line) => lines.push(JSON.parse(line) as LogLine) } });
  app.db.pragma('query_only = ON');
  const response = await app.inject({ url: '/ready' });
  t.equal(response.statusCode, 503);
  t.match(response.headers['content-type'], PROBLEM_TYPE);
  const requestId = response.headers['x-request-id'];
  t.equal(response.json().requestId, requestId);
  t.equal(lines.filter((line) => line.reqId === requestId && line.level >= 50).length, 1, 'one error line');
});
