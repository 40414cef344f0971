import t from 'tap';
import { EVENT_TYPES } from '../../src/domain/taxonomy.js';
import { bucketsBetween, bucketStart, nextBucketStart } from '../../src/routes/buckets.js';
import { testApp } from '../helpers/app.js';
import { eventFields } from '../helpers/db.js';

const NOW = '2025-07-05T12:00:00.000Z';

t.test('bucket arithmetic: ISO weeks start on Monday, months on the 1st', async (t) => {
  t.equal(bucketStart('2025-07-06', 'week'), '2025-06-30', 'a Sunday belongs to the week of the Monday before');
  t.equal(bucketStart('2025-06-30', 'week'), '2025-06-30');
  t.equal(bucketStart('2025-07-19', 'month'), '2025-07-01');
  t.equal(nextBucketStart('2025-12-01', 'month'), '2026-01-01');
  t.equal(nextBucketStart('2024-02-28', 'day'), '2024-02-29');
  t.same(bucketsBetween('2025-01-31', '2025-03-01', 'month', 10), [
    { start: '2025-01-01', end: '2025-01-31' },
    { start: '2025-02-01', end: '2025-02-28' },
    { start: '2025-03-01', end: '2025-03-31' },
  ]);
  t.equal(bucketsBetween('2025-01-01', '2025-12-31', 'day', 100).length, 101, 'stops one past the limit');
});

t.test('GET /v1/timeline counts per bucket and type, with empty buckets', async (t) => {
  const app = await testApp(t);
  const empty = await app.inject({ url: '/v1/timeline' });
  t.same(empty.json(), { interval: 'day', from: null, to: null, buckets: [] }, 'nothing to count');
  app.repos.events.insert(eventFields({ startDate: '2025-07-01', endDate: '2025-07-01' }), NOW);
  app.repos.events.insert(eventFields({ startDate: '2025-07-03', endDate: '2025-07-03', type: 'drone_strike' }), NOW);
  app.repos.events.insert(eventFields({ startDate: '2025-07-03', endDate: '2025-07-03', type: 'drone_strike' }), NOW);
  app.repos.events.insert(eventFields({ startDate: '2025-06-20', endDate: '2025-07-20', type: 'ceasefire' }), NOW);

  const daily = await app.inject({ url: '/v1/timeline?interval=day&from=2025-07-01&to=2025-07-03' });
  t.equal(daily.statusCode, 200);
  t.same(daily.json(), {
    interval: 'day',
    from: '2025-07-01',
    to: '2025-07-03',
    buckets: [
      { start: '2025-07-01', end: '2025-07-01', total: 2, counts: { phone_call: 1, ceasefire: 1 } },
      { start: '2025-07-02', end: '2025-07-02', total: 0, counts: {} },
      { start: '2025-07-03', end: '2025-07-03', total: 2, counts: { drone_strike: 2 } },
    ],
  });
  const weekly = (await app.inject({ url: '/v1/timeline?interval=week&type=drone_strike' })).json();
  t.equal(weekly.from, '2025-06-16', 'default range: all events, aligned to weeks');
  t.same(weekly.buckets.find((b: { total: number }) => b.total > 0), { start: '2025-06-30', end: '2025-07-06', total: 2, counts: { drone_strike: 2 } });
  const before = (await app.inject({ url: '/v1/timeline?to=2020-01-01' })).json();
  t.same(before.buckets, [], 'a range ending before every event');
  const monthly = (await app.inject({ url: '/v1/timeline?interval=month&from=2025-07&to=2025-07' })).json();
  t.same(monthly.buckets, [{ start: '2025-07-01', end: '2025-07-31', total: 4, counts: { phone_call: 1, drone_strike: 2, ceasefire: 1 } }]);

  for (const [query, field] of [
    ['?interval=year', 'interval'],
    ['?interval=day&from=2020-01-01&to=2025-12-31', 'interval'],
    ['?type=nope', 'type'],
    ['?from=2025-07-05&to=2025-07-01', 'to'],
    ['?from=later', 'from'],
  ]) {
    const res = await app.inject({ url: `/v1/timeline${query}` });
    t.equal(res.statusCode, 400, query);
    t.equal(res.json().errors[0].field, field);
  }
});

t.test('GET /v1/event-types, /v1/actors, /v1/places', async (t) => {
  const app = await testApp(t);
  app.repos.events.insert(eventFields(), NOW);
  app.repos.events.insert(
    eventFields({ type: 'shelling', actors: [{ name: 'Russia', kind: 'country' }], places: [{ name: 'Kherson', countryCode: 'UA', lat: 46.64, lon: 32.61 }] }),
    NOW,
  );
  const types = (await app.inject({ url: '/v1/event-types' })).json().data;
  t.equal(types.length, EVENT_TYPES.length);
  t.same(types[0], { ...EVENT_TYPES[0], eventCount: 1 });
  t.equal(types.find((x: { id: string }) => x.id === 'shelling').eventCount, 1);
  t.equal(types.find((x: { id: string }) => x.id === 'sanctions').eventCount, 0);

  const actors = (await app.inject({ url: '/v1/actors' })).json().data;
  t.same(actors.map((a: { name: string }) => a.name), ['Alice Example', 'Bob Example', 'Russia']);
  t.same((await app.inject({ url: '/v1/actors?q=rus' })).json().data, [{ name: 'Russia', kind: 'country', eventCount: 1 }]);
  t.same((await app.inject({ url: '/v1/actors?q=rus&limit=0' })).statusCode, 400);
  t.same((await app.inject({ url: '/v1/places?q=KHER' })).json().data, [
    { name: 'Kherson', countryCode: 'UA', lat: 46.64, lon: 32.61, eventCount: 1 },
  ]);
  t.same((await app.inject({ url: '/v1/places?q=nowhere' })).json().data, []);
});
