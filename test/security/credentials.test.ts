import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import { projectRoot } from '../../src/db/paths.js';
import { tokenMatches } from '../../src/plugins/auth.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { sampleArticle } from '../helpers/db.js';

const TOKEN = 'sixteen-char-tok-9f8e7d';
const REMOTE = '203.0.113.9';
const OTHER_REMOTE = '198.51.100.23';
/** Writes that store nothing and so are open like reads (documented without `security`). */
const OPEN_WRITES = new Set(['post /v1/extract']);
const NO_LIMITS = { RATE_LIMIT_MAX: '0', RATE_LIMIT_WRITES: '0', RATE_LIMIT_READS: '0' };

interface Operation {
  method: string;
  path: string;
  key: string;
  security?: unknown[];
}

/** Every non-GET operation of the app's own OpenAPI document, so routes added later are covered too. */
async function writeOperations(app: FastifyInstance): Promise<Operation[]> {
  await app.ready();
  const paths = (app.swagger() as { paths: Record<string, Record<string, { security?: unknown[] }>> }).paths;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => !['get', 'head', 'options'].includes(method))
      .map(([method, operation]) => ({ method, path, key: `${method} ${path}`, security: operation.security })),
  );
}

/** A request for the operation: path ids filled in, a plausible body for the article routes. */
function requestFor(operation: Operation, headers: Record<string, string>, remoteAddress: string) {
  const url = operation.path.replace(/\{[^}]+\}/g, 'evt_00000000000000000000000000');
  const payload =
    operation.path === '/v1/articles/batch' ? { articles: [sampleArticle] } : operation.path === '/v1/articles' ? sampleArticle : {};
  return {
    method: operation.method.toUpperCase() as 'POST',
    url,
    headers,
    remoteAddress,
    ...(operation.method === 'delete' ? {} : { payload }),
  };
}

t.test('with API_TOKEN, every write route refuses a missing or wrong token and accepts the right one', async (t) => {
  const app = await testApp(t, { API_TOKEN: TOKEN, ...NO_LIMITS });
  const operations = await writeOperations(app);
  t.ok(operations.some((o) => o.key === 'post /v1/articles'), 'the document lists the write routes');
  t.ok(operations.some((o) => o.key === 'delete /v1/articles/{id}'));
  const wrongTokens: Array<Record<string, string>> = [
    {},
    { authorization: '' },
    { authorization: 'Bearer' },
    { authorization: 'Bearer wrong' },
    { authorization: `Bearer ${TOKEN}x` },
    { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
    { authorization: `Bearer ${TOKEN} extra` },
    { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` },
    { authorization: TOKEN },
    { 'x-api-token': TOKEN },
  ];
  for (const operation of operations) {
    if (OPEN_WRITES.has(operation.key)) {
      t.notOk(operation.security, `${operation.key} stores nothing and is documented without security`);
      const open = await app.inject(requestFor(operation, {}, REMOTE));
      t.not(open.statusCode, 401, `${operation.key} is open`);
      continue;
    }
    t.same(operation.security, [{ bearerAuth: [] }], `${operation.key} documents the bearer token`);
    for (const headers of wrongTokens) {
      for (const remoteAddress of [REMOTE, '127.0.0.1']) {
        const res = await app.inject(requestFor(operation, headers, remoteAddress));
        t.equal(res.statusCode, 401, `${operation.key} ${JSON.stringify(headers)} from ${remoteAddress}`);
        t.match(res.headers['content-type'], PROBLEM_TYPE);
        t.equal(res.json().status, 401);
        t.equal(res.headers['www-authenticate'], 'Bearer realm="chronicle"');
      }
    }
    const right = await app.inject(requestFor(operation, { authorization: `Bearer ${TOKEN}` }, REMOTE));
    t.notOk([401, 403].includes(right.statusCode), `${operation.key} with the right token: ${right.statusCode}`);
    t.ok(right.statusCode < 500, `${operation.key} with the right token is no server error`);
  }
  t.equal(app.repos.articles.count(), 1, 'only the authorised writes stored anything (the batch repeats the same article)');
});

t.test('without API_TOKEN, writes come only from loopback clients', async (t) => {
  const app = await testApp(t, NO_LIMITS);
  const operations = (await writeOperations(app)).filter((o) => !OPEN_WRITES.has(o.key));
  for (const operation of operations) {
    for (const remoteAddress of [REMOTE, '2001:db8::7', '10.0.0.1', '::ffff:203.0.113.9', '128.0.0.1']) {
      const res = await app.inject(requestFor(operation, { authorization: 'Bearer anything' }, remoteAddress));
      t.ok([401, 403].includes(res.statusCode), `${operation.key} from ${remoteAddress}: ${res.statusCode}`);
      t.match(res.headers['content-type'], PROBLEM_TYPE);
    }
    for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const res = await app.inject(requestFor(operation, {}, remoteAddress));
      t.notOk([401, 403].includes(res.statusCode), `${operation.key} from ${remoteAddress}: ${res.statusCode}`);
    }
  }
});

t.test('the token is compared in constant time over equal-length digests', async (t) => {
  const source = readFileSync(join(projectRoot(), 'src', 'plugins', 'auth.ts'), 'utf8');
  t.match(source, /timingSafeEqual\(digest\(presented\), digest\(expected\)\)/, 'timingSafeEqual over digests of both sides');
  t.match(source, /createHash\('sha256'\)/, 'fixed-length digests, so lengths do not leak or throw');
  t.notMatch(source, /presented\s*===|===\s*expected|presented\s*==|\.startsWith\(/, 'no short-circuit comparison of the token');
  t.equal(tokenMatches(TOKEN, TOKEN), true);
  t.equal(tokenMatches('', TOKEN), false, 'an empty token, of another length, neither matches nor throws');
  t.equal(tokenMatches('x'.repeat(10_000), TOKEN), false);
  t.equal(tokenMatches(TOKEN.toUpperCase(), TOKEN), false, 'case matters');
});

t.test('rate limits are per client: writes and expensive reads each have their own budget', async (t) => {
  const app = await testApp(t, { API_TOKEN: TOKEN, RATE_LIMIT_WRITES: '3', RATE_LIMIT_READS: '2', RATE_LIMIT_MAX: '0' });
  const write = (remoteAddress: string, i: number, token = TOKEN) =>
    app.inject({
      method: 'POST',
      url: '/v1/articles',
      payload: { ...sampleArticle, url: `https://news.example.com/${remoteAddress}/${i}`, body: `${sampleArticle.body} (${remoteAddress} ${i})` },
      headers: { authorization: `Bearer ${token}` },
      remoteAddress,
    });
  for (let i = 0; i < 3; i++) t.equal((await write(REMOTE, i)).statusCode, 201, `write ${i + 1} of 3`);
  const limited = await write(REMOTE, 3);
  t.equal(limited.statusCode, 429, 'the fourth write in a minute is refused');
  t.match(limited.headers['content-type'], PROBLEM_TYPE);
  t.match(limited.json(), { status: 429, title: 'Too Many Requests' });
  t.match(limited.headers['retry-after'], /^\d+$/, 'Retry-After in seconds');
  t.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 60);
  t.equal((await write(OTHER_REMOTE, 0)).statusCode, 201, 'another client has its own budget');
  t.equal((await app.inject({ url: '/v1/events', remoteAddress: REMOTE })).statusCode, 200, 'cheap reads are not in the write budget');

  // Expensive reads: full-text search, the timeline, extraction.
  const expensive = [
    { method: 'GET' as const, url: '/v1/events?q=phone' },
    { method: 'GET' as const, url: '/v1/timeline' },
    { method: 'POST' as const, url: '/v1/extract', payload: { title: 'x', body: 'Talks were held on Monday.' } },
  ];
  for (const request of expensive) {
    const fresh = await testApp(t, { RATE_LIMIT_READS: '2', RATE_LIMIT_WRITES: '0', RATE_LIMIT_MAX: '0' });
    for (let i = 0; i < 2; i++) t.equal((await fresh.inject({ ...request, remoteAddress: REMOTE })).statusCode, 200, `${request.url} ${i + 1} of 2`);
    const over = await fresh.inject({ ...request, remoteAddress: REMOTE });
    t.equal(over.statusCode, 429, `${request.url} over the read budget`);
    t.ok(over.headers['retry-after']);
    t.equal((await fresh.inject({ ...request, remoteAddress: OTHER_REMOTE })).statusCode, 200, `${request.url} from another client`);
    t.equal((await fresh.inject({ url: '/v1/events', remoteAddress: REMOTE })).statusCode, 200, 'a plain listing is not an expensive read');
    t.equal((await fresh.inject({ url: '/health', remoteAddress: REMOTE })).statusCode, 200, 'probes are never limited');
  }

  // Limiting comes before authentication: guessing tokens spends the write budget.
  const guesser = '192.0.2.44';
  for (let i = 0; i < 3; i++) t.equal((await write(guesser, i, 'guess')).statusCode, 401);
  t.equal((await write(guesser, 3, 'guess')).statusCode, 429, 'token guessing is rate limited');
});

t.test('0 turns a limit off', async (t) => {
  const app = await testApp(t, { RATE_LIMIT_WRITES: '0', RATE_LIMIT_READS: '0', RATE_LIMIT_MAX: '0' });
  for (let i = 0; i < 30; i++) {
    t.equal((await app.inject({ url: '/v1/timeline', remoteAddress: REMOTE })).statusCode, 200);
  }
});

t.test('the HTML pages carry security headers; the API allows only CORS_ORIGINS', async (t) => {
  const app = await testApp(t, { CORS_ORIGINS: 'https://timeline.example' });
  for (const url of ['/', '/docs', '/docs/']) {
    const page = await app.inject({ url });
    t.equal(page.statusCode, 200, url);
    t.match(page.headers['content-type'], /^text\/html/, url);
    const csp = String(page.headers['content-security-policy'] ?? '');
    t.match(csp, /default-src 'none'|default-src 'self'/, `${url} has a content security policy`);
    t.match(csp, /frame-ancestors 'none'/, `${url} cannot be framed`);
    t.notMatch(csp, /script-src[^;]*'unsafe-(inline|eval)'/, `${url} runs no inline script`);
    t.equal(page.headers['x-content-type-options'], 'nosniff', url);
    t.equal(page.headers['referrer-policy'], 'no-referrer', url);
  }

  const allowed = await app.inject({ url: '/v1/events', headers: { origin: 'https://timeline.example' } });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://timeline.example');
  const other = await app.inject({ url: '/v1/events', headers: { origin: 'https://evil.example' } });
  t.equal(other.headers['access-control-allow-origin'], undefined, 'another origin gets no CORS header');
  const preflight = (origin: string) =>
    app.inject({
      method: 'OPTIONS',
      url: '/v1/articles',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
  t.equal((await preflight('https://timeline.example')).headers['access-control-allow-origin'], 'https://timeline.example');
  t.equal((await preflight('https://evil.example')).headers['access-control-allow-origin'], undefined, 'no preflight for another origin');
  const closed = await testApp(t);
  const none = await closed.inject({ url: '/v1/events', headers: { origin: 'https://timeline.example' } });
  t.equal(none.headers['access-control-allow-origin'], undefined, 'no CORS without CORS_ORIGINS');
});

t.test('X-Forwarded-For counts only from a trusted proxy (TRUST_PROXY)', async (t) => {
  const post = (app: Awaited<ReturnType<typeof testApp>>, remoteAddress: string, forwardedFor: string, i: number) =>
    app.inject({
      method: 'POST',
      url: '/v1/articles',
      payload: { ...sampleArticle, url: `https://news.example.com/xff/${i}`, body: `${sampleArticle.body} (xff ${i})` },
      headers: { 'x-forwarded-for': forwardedFor },
      remoteAddress,
    });

  // No trusted proxy: the header is the client's word and changes nothing.
  const direct = await testApp(t, NO_LIMITS);
  t.equal((await post(direct, REMOTE, '127.0.0.1', 0)).statusCode, 403, 'a remote client cannot pass as loopback by header');

  const proxied = await testApp(t, { TRUST_PROXY: '127.0.0.1', RATE_LIMIT_WRITES: '1', RATE_LIMIT_READS: '0', RATE_LIMIT_MAX: '0' });
  t.equal((await post(proxied, '127.0.0.1', REMOTE, 1)).statusCode, 403, 'behind the proxy, a remote client is remote although the socket is loopback');
  t.equal((await post(proxied, OTHER_REMOTE, '127.0.0.1', 2)).statusCode, 403, 'an untrusted sender of the header is not believed');
  t.equal((await post(proxied, '127.0.0.1', '127.0.0.1', 3)).statusCode, 201, 'a loopback client through the proxy may write');
  t.equal((await post(proxied, '127.0.0.1', '127.0.0.1', 4)).statusCode, 429, 'and has its own write budget');
  t.equal((await post(proxied, '127.0.0.1', '192.0.2.77', 5)).statusCode, 403, 'another forwarded client has a budget of its own (403, not 429)');
});
