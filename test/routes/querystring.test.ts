import fastQuerystring from 'fast-querystring';
import t from 'tap';
import { parseQuerystring } from '../../src/querystring.js';
import { testApp } from '../helpers/app.js';

/** A parse as plain data: own entries in order, and whether the result has Object.prototype. */
const shape = (parsed: object) => ({ entries: Object.entries(parsed), plain: Object.getPrototypeOf(parsed) === Object.prototype });

t.test('parseQuerystring: pairs, bare keys, repeats, escapes', async (t) => {
  const cases: Array<[string, Record<string, string | string[]>]> = [
    ['', {}],
    ['limit=20', { limit: '20' }],
    ['limit=20&sort=-date', { limit: '20', sort: '-date' }],
    ['flag', { flag: '' }],
    ['flag&limit=3', { flag: '', limit: '3' }],
    ['empty=', { empty: '' }],
    ['=orphan', { '': 'orphan' }],
    ['&&limit=3&&', { limit: '3' }],
    ['type=strike&type=truce&type=call', { type: ['strike', 'truce', 'call'] }],
    ['note=a=b', { note: 'a=b' }],
    ['q=peace+talks', { q: 'peace talks' }],
    ['q=caf%C3%A9%20au%20lait', { q: 'café au lait' }],
    ['q=100%', { q: '100%' }],
    ['q=%zz+ok', { q: '%zz ok' }],
    ['a%26b=c%3Dd', { 'a&b': 'c=d' }],
    ['constructor=y&toString=z', { constructor: 'y', toString: 'z' }],
  ];
  for (const [query, expected] of cases) t.same(Object.entries(parseQuerystring(query)), Object.entries(expected), JSON.stringify(query));
  const prototypeless = parseQuerystring('__proto__=x&limit=1');
  t.same(Object.entries(prototypeless), [['__proto__', 'x'], ['limit', '1']], '"__proto__" is a plain key');
  t.equal(({} as Record<string, unknown>).limit, undefined, 'nothing reaches Object.prototype');
});

t.test("parseQuerystring gives what Fastify's default parser (fast-querystring) gives", async (t) => {
  const pieces = ['k', 'v', '=', '&', '+', '%', '%2', '%41', '%20', '%e2%82%ac', '%E2%82', '%zz', '%26', '%3D', '%2B', '&&', '==', 'é', '%ff', '%c0%af', '%F0%9F%98%80', '__proto__', 'pop', 'cursor', 'eyJrIjoiMjAyNS0wMy0wMiJ9'];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let differing = 0;
  for (let round = 0; round < 20_000; round++) {
    let query = '';
    for (let count = next(10); count > 0; count--) query += pieces[next(pieces.length)];
    const expected = query.length === 0 ? {} : fastQuerystring.parse(query);
    if (JSON.stringify(shape(parseQuerystring(query))) !== JSON.stringify(shape(expected)) && differing++ < 5) {
      t.fail(`${JSON.stringify(query)}: ${JSON.stringify(shape(parseQuerystring(query)))} against ${JSON.stringify(shape(expected))}`);
    }
  }
  t.equal(differing, 0, 'every generated query parses alike');
});

t.test('the app reads its query strings with it: a cursor, a repeated and an escaped parameter', async (t) => {
  const app = await testApp(t);
  const first = await app.inject({ url: '/v1/events?limit=1' });
  t.equal(first.statusCode, 200);
  const bad = await app.inject({ url: '/v1/events?limit=1&cursor=bm90LWEtY3Vyc29y' });
  t.equal(bad.statusCode, 400, 'a cursor this API did not issue is refused');
  t.match(bad.json(), { detail: /cursor/ });
  t.equal((await app.inject({ url: '/v1/events?q=peace+talks&limit=2' })).statusCode, 200, '"+" in a value');
  t.equal((await app.inject({ url: '/v1/events?limit=%32' })).statusCode, 200, 'a percent-escape');
  const repeated = await app.inject({ url: '/v1/events?limit=1&limit=2' });
  t.equal(repeated.statusCode, 400, 'a repeated limit is an array, refused as before');
});
