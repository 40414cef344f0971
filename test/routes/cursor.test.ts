import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import t from 'tap';
import { decodeCursor, encodeCursor, filterDigest, nextPageUrl } from '../../src/routes/cursor.js';

/** The next page's URL as the URL API writes it: what nextPageUrl must give for every URL. */
function byUrlApi(url: string, protocol: string, host: string, cursor: string): string {
  const rewritten = new URL(url, `${protocol}://${host}`);
  rewritten.searchParams.set('cursor', cursor);
  return rewritten.toString();
}

const request = (url: string, host = '127.0.0.1:3000', protocol = 'http') => ({ url, host, protocol }) as FastifyRequest;

t.test('nextPageUrl gives what the URL API gives, plain URLs or not', async (t) => {
  const cursor = encodeCursor({ key: '2025-03-02', id: 'evt_01k0a8m3zq6h7c9d2e4f5g6h7j' }, 'Ab-_0123456789xy');
  const urls = [
    // plain: rewritten as strings
    '/v1/events',
    '/v1/events?',
    '/v1/events?limit=50',
    `/v1/events?limit=50&cursor=${cursor}`,
    `/v1/events?cursor=${cursor}&limit=50&from=2025-03`,
    '/v1/events?cursor=old&limit=2&cursor=older',
    '/v1/events?from=2025-01-01&to=2025-01-07&limit=2&type=drone_strike',
    '/v1/events?minConfidence=0.8&sort=-date',
    '/v1/events?q=cease*&actor=',
    '/v1/articles?limit=2',
    '/v1/changes?since=x&limit=5',
    // not plain: the URL API's own rewrite (encodings, empty and bare parameters, "=" in a value, dot segments, "//")
    '/v1/events?q=peace%20talks&limit=5',
    '/v1/events?q=peace+talks',
    '/v1/events?type=drone_strike,missile_strike',
    '/v1/events?from=last week',
    '/v1/events?actor=Zelens%CA%B9kyi',
    '/v1/events?limit=2&&sort=date',
    '/v1/events?limit=2&',
    '/v1/events?flag&limit=2',
    '/v1/events?q=a=b',
    '/v1/events?from=2025-01-01#top',
    '/v1/./events?limit=2',
    '//v1/events?limit=2',
    '/v1/events%2F?limit=2',
    '/v1/events?curs%6Fr=x&limit=2',
    // an old cursor, replaced whatever it holds; the rest plain or not
    '/v1/events?limit=2&cursor=1abc%2Edef.ghi',
    '/v1/events?cursor=two+words&limit=2',
    '/v1/events?cursor=a b&limit=2&cursor=c%ZZ',
    '/v1/events?cursor=Zelens%CA%B9kyi&from=2025',
    '/v1/events?cursor=x#y&limit=2',
    '/v1/events?limit=2&cursor=x#',
    '/v1/events?cursor=&limit=2',
    '/v1/events?cursor=a=b&q=c+d',
  ];
  const hosts: Array<[string, string]> = [
    ['http', '127.0.0.1:3000'],
    ['http', 'localhost:80'],
    ['https', 'Chronicle.Example.ORG:443'],
    ['https', 'chronicle.example.org:8443'],
    ['http', '[::1]:3000'],
  ];
  for (const url of urls) {
    for (const [protocol, host] of hosts) {
      t.equal(nextPageUrl(request(url, host, protocol), cursor), byUrlApi(url, protocol, host, cursor), `${protocol}://${host} ${url}`);
    }
  }
  // Twice, as a page read twice asks it (the origin is remembered).
  t.equal(nextPageUrl(request('/v1/events?limit=5', 'LOCALHOST:80'), 'c'), 'http://localhost/v1/events?limit=5&cursor=c');
  t.equal(nextPageUrl(request('/v1/events?limit=5', 'LOCALHOST:80'), 'c'), 'http://localhost/v1/events?limit=5&cursor=c');
});

t.test('filterDigest is the first 10 characters of the filters JSON SHA-256, asked once or many times', async (t) => {
  const filters = [{ sort: 'date' }, { sort: '-date' }, { from: { startDate: '2025-03-01' }, type: ['drone_strike'] }, {}];
  for (let round = 0; round < 2; round++) {
    for (const filter of filters) {
      t.equal(filterDigest(filter), createHash('sha256').update(JSON.stringify(filter)).digest('base64url').slice(0, 10), JSON.stringify(filter));
    }
  }
  t.not(filterDigest({ sort: 'date' }), filterDigest({ sort: '-date' }));
  // More filters than are remembered: every digest stays right.
  for (let i = 0; i < 2100; i++) t.equal(filterDigest({ q: `w${i % 1500}` }), createHash('sha256').update(JSON.stringify({ q: `w${i % 1500}` })).digest('base64url').slice(0, 10));
});

/** The status of the error `work` throws (undefined when it throws none). */
function thrownStatus(work: () => unknown): number | undefined {
  try {
    work();
  } catch (error) {
    return (error as { statusCode?: number }).statusCode;
  }
  return undefined;
}

t.test('decodeCursor gives the position back, and refuses a cursor every time it is asked', async (t) => {
  const digest = filterDigest({ sort: 'date' });
  const cursor = encodeCursor({ key: '2025-03-02', id: 'evt_a' }, digest);
  for (let round = 0; round < 3; round++) {
    t.same(decodeCursor(cursor, digest), { key: '2025-03-02', id: 'evt_a' }, `round ${round}`);
    t.equal(thrownStatus(() => decodeCursor(cursor, filterDigest({ sort: '-date' }))), 400, `round ${round}: other filters`);
    for (const bad of ['garbage', Buffer.from('{"k":1}').toString('base64url'), Buffer.from('[1,2').toString('base64url'), Buffer.from('null').toString('base64url')]) {
      t.equal(thrownStatus(() => decodeCursor(bad, digest)), 400, `round ${round}: ${bad}`);
    }
  }
  // More cursors than are remembered: each still decodes to its own position.
  for (let i = 0; i < 2100; i++) {
    const position = { key: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, id: `evt_${i % 1500}` };
    t.same(decodeCursor(encodeCursor(position, digest), digest), position);
  }
});

/** A version 0 cursor (base64url JSON, the 16-character digest), as this API issued before version 1. */
function versionZero(position: { key: string; id: string }, filters: unknown): string {
  const f = createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 16);
  return Buffer.from(JSON.stringify({ k: position.key, i: position.id, f })).toString('base64url');
}

t.test('a cursor is "1", the digest, the key and the id: plain ones as they are, others in base64url; both forms decode', async (t) => {
  const filters = { sort: 'date' };
  const digest = filterDigest(filters);
  const cases: Array<{ position: { key: string; id: string }; cursor?: string }> = [
    // an event page's position: a day and an id, as they are
    { position: { key: '2031-11-30', id: 'evt_01b2c3d4e5f6g7h8j9k0m1n2p3' }, cursor: `1${digest}.2031-11-30.evt_01b2c3d4e5f6g7h8j9k0m1n2p3` },
    // an article's (an instant) and a change's (a sequence number and an instant)
    { position: { key: '2024-02-29T23:59:59.999Z', id: 'art_0000000000aaaaaaaaaaaaaaaa' } },
    { position: { key: '987654', id: '2024-02-29T00:00:00.000Z' }, cursor: `1${digest}.987654.*${Buffer.from('2024-02-29T00:00:00.000Z').toString('base64url')}` },
    // what a plain field cannot hold: nothing, a dot, a star, a space, letters beyond ASCII
    { position: { key: '', id: '.' } },
    { position: { key: '*x', id: 'a b' } },
    { position: { key: 'día', id: 'ключ_7' } },
  ];
  for (const { position, cursor } of cases) {
    const issued = encodeCursor(position, digest);
    if (cursor) t.equal(issued, cursor, JSON.stringify(position));
    t.match(issued, /^[\w\-.*]+$/, 'characters a URL carries as they are');
    t.same(decodeCursor(issued, digest), position, `version 1 ${issued}`);
    t.same(decodeCursor(versionZero(position, filters), digest), position, `version 0 of ${JSON.stringify(position)}`);
    t.equal(thrownStatus(() => decodeCursor(issued, filterDigest({ sort: '-date' }))), 400, 'version 1, other filters');
    t.equal(thrownStatus(() => decodeCursor(versionZero(position, { sort: '-date' }), digest)), 400, 'version 0, other filters');
  }
  const event = encodeCursor({ key: '2031-11-30', id: 'evt_01b2c3d4e5f6g7h8j9k0m1n2p3' }, digest);
  const before = versionZero({ key: '2031-11-30', id: 'evt_01b2c3d4e5f6g7h8j9k0m1n2p3' }, filters);
  t.same([event.length, before.length], [53, 104], "an event page's cursor: 53 characters, where the JSON form took 104");
});

t.test('a malformed version 1 cursor is refused with 400, every time it is asked', async (t) => {
  const digest = filterDigest({ sort: 'date' });
  const bad = [
    `2${digest}.2031-11-30.evt_a`, // another version
    `1${digest.slice(1)}.2031-11-30.evt_a`, // a short digest
    `1${digest}x.2031-11-30.evt_a`, // a long one
    `1${digest}.2031-11-30`, // no id
    `1${digest}.2031-11-30.evt_a.more`, // a field too many
    `1${digest}..evt_a`, // an empty plain field
    `1${digest}.2031 11 30.evt_a`, // a character a plain field does not hold
    `1${digest}.*a+b.evt_a`, // base64, not base64url
    '.',
    '1.',
  ];
  for (let round = 0; round < 2; round++) {
    for (const cursor of bad) t.equal(thrownStatus(() => decodeCursor(cursor, digest)), 400, `round ${round}: ${cursor}`);
  }
});
