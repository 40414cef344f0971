import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import type { EventFields } from '../../src/repositories/types.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { eventFields } from '../helpers/db.js';

/**
 * Stores one article and the given events citing it through the repositories, so the test is
 * about the API, not about what the extractor finds.
 */
async function seedEvents(app: FastifyInstance, list: Array<Partial<EventFields>>): Promise<{ articleId: string; ids: string[] }> {
  const now = '2025-07-05T12:00:00.000Z';
  const articleId = app.repos.articles.insert({
    title: 'Source article',
    body: 'Alice Example and Bob Example spoke by phone.',
    url: 'https://example.com/source',
    source: 'Example',
    publishedAt: '2025-07-05',
    referenceAt: '2025-07-05T00:00:00.000Z',
    ingestedAt: now,
    contentHash: 'source-article',
  });
  const ids = list.map((fields, i) => {
    const id = app.repos.events.insert(eventFields(fields), now);
    app.repos.events.addMention(id, articleId, { quote: `Quote number ${i} about ${fields.title ?? 'a call'}`, charStart: 0, charEnd: 10, dateText: 'on Thursday', confidence: 0.6 }, now);
    return id;
  });
  return { articleId, ids };
}

const dates = (day: string) => ({ startDate: day, endDate: day });

t.test('GET /v1/events: range overlap, filters, sort, event JSON per SPEC', async (t) => {
  const app = await testApp(t);
  const { articleId, ids } = await seedEvents(app, [
    { ...dates('2025-07-03') },
    { ...dates('2025-07-04'), type: 'drone_strike', title: 'Drone strike on Kyiv', actors: [{ name: 'Russia', kind: 'country' }], places: [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }], confidence: 0.5 },
    { startDate: '2025-07-10', endDate: '2025-08-08', type: 'ceasefire', title: 'Thirty-day moratorium', status: 'planned', actors: [] },
    { ...dates('2024-12-15'), type: 'meeting', title: 'Summit in December', datePrecision: 'day' },
  ]);
  const [call, strike, truce, summit] = ids;
  const get = async (query: string) => {
    const res = await app.inject({ url: `/v1/events${query}` });
    t.equal(res.statusCode, 200, query);
    return res.json() as { data: Array<Record<string, unknown>>; nextCursor: string | null };
  };

  const all = await get('');
  t.same(all.data.map((e) => e.id), [summit, call, strike, truce], 'sorted by startDate then id');
  t.same(Object.keys(all.data[1]), [
    'id', 'type', 'title', 'summary', 'startDate', 'endDate', 'datePrecision', 'dateCertainty', 'status', 'actors',
    'places', 'confidence', 'codes', 'mentionCount', 'sourceCount', 'curated', 'createdAt', 'updatedAt',
  ]);
  t.same(all.data[2].codes, { cameo: '195', acled: 'Air/drone strike' });
  t.same(all.data[2].places, [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }]);
  t.equal(all.data[1].mentionCount, 1);

  t.same((await get('?sort=-date')).data.map((e) => e.id), [truce, strike, call, summit]);
  t.same((await get('?from=2025-07-03&to=2025-07-04')).data.map((e) => e.id), [call, strike]);
  t.same((await get('?from=2025-08')).data.map((e) => e.id), [truce], 'a month overlaps the end of a duration');
  t.same((await get('?from=2024&to=2024')).data.map((e) => e.id), [summit], 'a year');
  t.same((await get('?type=drone_strike,ceasefire')).data.map((e) => e.id), [strike, truce]);
  t.same((await get('?actor=ALICE')).data.map((e) => e.id).sort(), [call, summit].sort());
  t.same((await get('?place=kyiv')).data.map((e) => e.id), [strike]);
  t.same((await get('?q=moratorium')).data.map((e) => e.id), [truce], 'title words');
  t.same((await get('?q=quote%20number%201')).data.map((e) => e.id), [strike], 'quote words');
  t.same((await get('?q=NEAR(%22x%22%20OR')).data, [], 'FTS operators are searched as words, not parsed');
  t.same((await get('?status=planned')).data.map((e) => e.id), [truce]);
  t.same((await get('?minConfidence=0.7')).data.map((e) => e.id), [summit, call, truce]);
  t.same((await get(`?articleId=${articleId}`)).data.length, 4);
  t.same((await get('?articleId=art_unknown')).data, []);
});

t.test('GET /v1/events: keyset pages with nextCursor and Link, tampered cursors refused', async (t) => {
  const app = await testApp(t);
  const days = ['2025-07-01', '2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04'];
  const { ids } = await seedEvents(app, days.map((day) => dates(day)));
  const expected = [...ids].sort((a, b) => {
    const da = days[ids.indexOf(a)];
    const db = days[ids.indexOf(b)];
    return da === db ? (a < b ? -1 : 1) : da < db ? -1 : 1;
  });
  const seen: string[] = [];
  let url = '/v1/events?limit=2&type=phone_call';
  for (let pages = 0; pages < 10; pages++) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 200);
    const body = res.json();
    seen.push(...body.data.map((e: { id: string }) => e.id));
    if (!body.nextCursor) {
      t.equal(res.headers.link, undefined, 'no Link on the last page');
      break;
    }
    const link = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link));
    t.ok(link, 'RFC 8288 Link header');
    const next = new URL(link![1]);
    t.equal(next.searchParams.get('cursor'), body.nextCursor);
    t.equal(next.searchParams.get('type'), 'phone_call', 'filters carried over');
    url = `${next.pathname}${next.search}`;
  }
  t.same(seen, expected, 'every event exactly once, in order');

  const first = (await app.inject({ url: '/v1/events?limit=2' })).json();
  const descending = await app.inject({ url: `/v1/events?limit=2&sort=-date&cursor=${first.nextCursor}` });
  t.equal(descending.statusCode, 400, 'a cursor from another sort order');
  t.match(descending.json(), { errors: [{ field: 'cursor', in: 'query' }] });
  for (const cursor of ['garbage', Buffer.from('{"k":1}').toString('base64url'), Buffer.from('[1,2').toString('base64url')]) {
    const res = await app.inject({ url: `/v1/events?cursor=${cursor}` });
    t.equal(res.statusCode, 400, `cursor ${cursor}`);
    t.equal(res.json().errors[0].field, 'cursor');
  }
  // A cursor of the JSON form this API issued before (version 0, a 16-character digest) still pages.
  const second = (await app.inject({ url: `/v1/events?limit=2&cursor=${first.nextCursor}` })).json();
  const [, key, id] = /^1[\w-]{10}\.([\w-]+)\.([\w-]+)$/.exec(first.nextCursor)!;
  const digest = createHash('sha256').update(JSON.stringify({ sort: 'date' })).digest('base64url').slice(0, 16);
  const old = Buffer.from(JSON.stringify({ k: key, i: id, f: digest })).toString('base64url');
  const byOld = await app.inject({ url: `/v1/events?limit=2&cursor=${old}` });
  t.equal(byOld.statusCode, 200, 'a version 0 cursor');
  t.same(byOld.json(), second, 'the same page as by the version 1 cursor');
  const desc = (await app.inject({ url: '/v1/events?limit=3&sort=-date' })).json();
  const rest = (await app.inject({ url: `/v1/events?limit=3&sort=-date&cursor=${desc.nextCursor}` })).json();
  t.same([...desc.data, ...rest.data].map((e: { id: string }) => e.id), [...expected].reverse());
});

t.test('GET /v1/events: invalid parameters are 400 naming the parameter', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, string]> = [
    ['?from=someday', 'from'],
    ['?to=2025-02-30', 'to'],
    ['?from=2025-07-05&to=2025-07-01', 'to'],
    ['?type=phone_call,bombing', 'type'],
    ['?type=,', 'type'],
    ['?status=rumoured', 'status'],
    ['?minConfidence=2', 'minConfidence'],
    ['?minConfidence=high', 'minConfidence'],
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=2.5', 'limit'],
    ['?sort=title', 'sort'],
    ['?q=%22%22', 'q'],
    ['?colour=red', 'colour'],
  ];
  for (const [query, field] of cases) {
    const res = await app.inject({ url: `/v1/events${query}` });
    t.equal(res.statusCode, 400, query);
    t.match(res.headers['content-type'], PROBLEM_TYPE);
    t.equal(res.json().errors[0].field, field, `${query} names ${field}`);
    t.equal(res.json().errors[0].in, 'query');
  }
  t.equal((await app.inject({ url: '/v1/events?limit=1000' })).statusCode, 200);
});

t.test('GET /v1/events/{id}: detail with mentions; 404 problem for unknown ids', async (t) => {
  const app = await testApp(t);
  const { articleId, ids } = await seedEvents(app, [dates('2025-07-03')]);
  const res = await app.inject({ url: `/v1/events/${ids[0]}` });
  t.equal(res.statusCode, 200);
  const event = res.json();
  t.equal(event.id, ids[0]);
  t.same(event.mentions, [
    {
      articleId,
      articleTitle: 'Source article',
      url: 'https://example.com/source',
      publishedAt: '2025-07-05',
      quote: 'Quote number 0 about a call',
      charStart: 0,
      charEnd: 10,
      dateText: 'on Thursday',
      confidence: 0.6,
    },
  ]);
  const missing = await app.inject({ url: '/v1/events/evt_missing' });
  t.equal(missing.statusCode, 404);
  t.match(missing.headers['content-type'], PROBLEM_TYPE);
  t.match(missing.json(), { status: 404, detail: /evt_missing/ });
});
