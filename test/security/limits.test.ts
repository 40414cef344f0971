import type { LightMyRequestResponse } from 'fastify';
import t, { type Test } from 'tap';
import { BODY_LIMIT } from '../../src/app.js';
import { findDates } from '../../src/extract/dates/index.js';
import { extractArticle, referenceFor } from '../../src/extract/index.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { cpuMs } from '../helpers/cpu-time.js';
import { sampleArticle } from '../helpers/db.js';

const TOKEN = 'limits-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const NO_RATE_LIMITS = { RATE_LIMIT_MAX: '0', RATE_LIMIT_WRITES: '0', RATE_LIMIT_READS: '0' };

function expectProblem(t: Test, response: LightMyRequestResponse, status: number, what: string) {
  t.equal(response.statusCode, status, what);
  t.match(response.headers['content-type'], PROBLEM_TYPE, `${what}: problem+json`);
  t.equal(response.json().status, status, `${what}: status in the body`);
}

t.test('a body over the limit is 413; a body that is not JSON is 415', async (t) => {
  const app = await testApp(t, { API_TOKEN: TOKEN, ...NO_RATE_LIMITS });
  const oversized = JSON.stringify({ ...sampleArticle, body: 'a'.repeat(BODY_LIMIT) });
  for (const url of ['/v1/articles', '/v1/extract']) {
    const response = await app.inject({ method: 'POST', url, headers: { ...AUTH, 'content-type': 'application/json' }, payload: oversized });
    expectProblem(t, response, 413, `${url} with ${oversized.length} bytes`);
  }
  t.equal(app.repos.articles.count(), 0, 'nothing stored');

  const bodies: Array<[string, string]> = [
    ['text/plain', 'title=x'],
    ['application/x-www-form-urlencoded', 'title=x&body=y'],
    ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--'],
    ['application/xml', '<article><title>x</title></article>'],
    ['text/html', '<p>x</p>'],
  ];
  for (const url of ['/v1/articles', '/v1/articles/batch', '/v1/extract']) {
    for (const [type, payload] of bodies) {
      const response = await app.inject({ method: 'POST', url, headers: { ...AUTH, 'content-type': type }, payload });
      expectProblem(t, response, 415, `${url} as ${type}`);
    }
  }
});

t.test('field limits answer 400 naming the field', async (t) => {
  const app = await testApp(t, { API_TOKEN: TOKEN, ...NO_RATE_LIMITS });
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['title over 500 characters', { ...sampleArticle, title: 't'.repeat(501) }, 'title'],
    ['empty title', { ...sampleArticle, title: '   ' }, 'title'],
    ['body over 200,000 characters', { ...sampleArticle, body: 'b'.repeat(200_001) }, 'body'],
    ['empty body', { ...sampleArticle, body: '' }, 'body'],
    ['url over 2,048 characters', { ...sampleArticle, url: `https://example.com/${'u'.repeat(2_048)}` }, 'url'],
    ['url not http(s)', { ...sampleArticle, url: 'javascript:alert(1)' }, 'url'],
    ['source over 200 characters', { ...sampleArticle, source: 's'.repeat(201) }, 'source'],
    ['impossible publishedAt', { ...sampleArticle, publishedAt: '2025-02-30' }, 'publishedAt'],
  ];
  for (const [what, payload, field] of cases) {
    for (const url of ['/v1/articles', '/v1/extract']) {
      const response = await app.inject({ method: 'POST', url, headers: AUTH, payload });
      expectProblem(t, response, 400, `${url}: ${what}`);
      t.ok(response.json().errors.some((e: { field: string }) => e.field === field), `${url}: ${what} names ${field}`);
    }
    const batch = await app.inject({ method: 'POST', url: '/v1/articles/batch', headers: AUTH, payload: { articles: [sampleArticle, payload] } });
    expectProblem(t, batch, 400, `batch: ${what}`);
    t.ok(batch.json().errors.some((e: { field: string }) => e.field === `articles.1.${field}`), `batch: ${what} names articles.1.${field}`);
  }
  const tooMany = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: AUTH,
    payload: { articles: Array.from({ length: 1_001 }, (_, i) => ({ title: `t${i}`, body: 'b' })) },
  });
  expectProblem(t, tooMany, 400, '1,001 articles in a batch');
  t.ok(tooMany.json().errors.some((e: { field: string }) => e.field === 'articles'), 'names articles');
  const none = await app.inject({ method: 'POST', url: '/v1/articles/batch', headers: AUTH, payload: { articles: [] } });
  expectProblem(t, none, 400, 'an empty batch');
  t.equal(app.repos.articles.count(), 0, 'nothing stored from a rejected request');
});

t.test('limit is 1..1000 on every listing', async (t) => {
  const app = await testApp(t, NO_RATE_LIMITS);
  await app.ready();
  const paths = (app.swagger() as { paths: Record<string, { get?: { parameters?: Array<{ name: string; in: string }> } }> }).paths;
  // Values for the required parameters of a listing, so that only limit is wrong.
  const requiredValues: Record<string, string> = { since: '1970-01-01T00:00:00Z' };
  const listings = Object.entries(paths)
    .filter(([, methods]) => methods.get?.parameters?.some((p) => p.name === 'limit' && p.in === 'query'))
    .map(([path, methods]) => {
      const required = (methods.get!.parameters as Array<{ name: string; in: string; required?: boolean }>).filter((p) => p.required && p.in === 'query');
      for (const p of required) if (!(p.name in requiredValues)) throw new Error(`add a value for the required parameter ${p.name} of ${path}`);
      return { path, base: `${path}?${required.map((p) => `${p.name}=${encodeURIComponent(requiredValues[p.name])}&`).join('')}` };
    });
  t.ok(['/v1/events', '/v1/articles'].every((path) => listings.some((l) => l.path === path)), `listings with limit: ${listings.map((l) => l.path).join(', ')}`);
  for (const { path, base } of listings) {
    for (const limit of ['1', '1000']) t.equal((await app.inject({ url: `${base}limit=${limit}` })).statusCode, 200, `${path}?limit=${limit}`);
    for (const limit of ['0', '-1', '1001', '1000000', '1e309', '1.5', 'NaN', 'ten', '']) {
      const response = await app.inject({ url: `${base}limit=${encodeURIComponent(limit)}` });
      expectProblem(t, response, 400, `${path}?limit=${limit}`);
      t.ok(response.json().errors?.some((e: { field: string }) => e.field === 'limit'), `${path}?limit=${limit} names limit`);
    }
  }
});

/**
 * Extraction time on pathological text. This is a correctness guard against super-linear blow-up
 * (catastrophic regex backtracking, scans inside scans), not a speed benchmark: the bound is many
 * times what these bodies take (tens to hundreds of milliseconds each on a 2-core machine), while
 * the blow-ups this guards against took from 8 s (200,000 characters of weekday names) to 346 s
 * (200,000 dots) before they were fixed.
 */
t.test('extraction time is bounded on adversarial bodies of the maximum length', async (t) => {
  const BOUND_MS = 5_000;
  const LENGTH = 200_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const bodies: Record<string, string> = {
    'repeated "a "': fill('a '),
    'one 200,000-character word': 'a'.repeat(LENGTH),
    'nested quotes': fill('"\'“‘'),
    'quoted clauses': fill('He said "she said \'they said "it\'s '),
    'a run of digits': '9'.repeat(LENGTH),
    'digit groups': fill('2025 '),
    'commas': ','.repeat(LENGTH),
    'comma lists': fill('Kyiv, '),
    '"on on on"': fill('on '),
    'capitalised names': fill('Vladimir Putin Donald Trump '),
    'capitalised words': fill('Aaaa '),
    'dots': '.'.repeat(LENGTH),
    'periods without spaces': fill('a.'),
    'abbreviations': fill('a.m. p.m. U.S. e.g. '),
    'dense dates': fill('on Monday, 3 March 2025, '),
    'weekday soup': fill('Monday Tuesday last next week '),
    'durations and anchors': fill('30 days after 3 days before '),
    'open parentheses': fill('('),
    'mixed punctuation': fill('The the THE, 12:00 a.m. p.m. — “quoted” ‘x’ '),
    'newlines': fill('\n'),
  };
  const reference = referenceFor('2025-07-05T09:30:00+03:00');
  for (const [name, body] of Object.entries(bodies)) {
    const datesMs = cpuMs(() => findDates(body, reference));
    const extractMs = cpuMs(() =>
      extractArticle({ title: 'Adversarial', body, publishedAt: '2025-07-05T09:30:00+03:00' }, { now: new Date('2025-07-06T00:00:00Z') }),
    );
    t.ok(datesMs < BOUND_MS, `findDates on ${name}: ${datesMs.toFixed(0)} ms`);
    t.ok(extractMs < BOUND_MS, `extractArticle on ${name}: ${extractMs.toFixed(0)} ms`);
  }
});
