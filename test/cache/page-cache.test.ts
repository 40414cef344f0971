import t from 'tap';
import { PageCache } from '../../src/cache/page-cache.js';
import { testApp } from '../helpers/app.js';
import { eventFields } from '../helpers/db.js';

t.test('LRU by bytes: the least recently used entries leave first, oversized entries are not kept', async (t) => {
  const cache = new PageCache<{ body: Buffer }>(30);
  cache.set('a', { body: Buffer.from('x'.repeat(10)) });
  cache.set('b', { body: Buffer.from('x'.repeat(10)) });
  t.ok(cache.get('a'), 'a is used, so b is now the oldest');
  cache.set('c', { body: Buffer.from('x'.repeat(10)) });
  t.equal(cache.get('b'), undefined, 'b evicted to make room');
  t.ok(cache.get('a'));
  t.ok(cache.get('c'));
  t.equal(cache.byteSize, 24, 'body bytes and two bytes per key character');
  cache.set('a', { body: Buffer.from('y') });
  t.equal(cache.byteSize, 15, 'replacing an entry counts its new size only');
  cache.set('huge', { body: Buffer.from('x'.repeat(100)) });
  t.equal(cache.get('huge'), undefined);
  t.equal(cache.size, 2);
  t.equal(cache.hits, 3);
  t.equal(cache.misses, 2);
});

t.test('GET /v1/events never serves a page older than the last write', async (t) => {
  const app = await testApp(t);
  const now = '2025-07-05T12:00:00.000Z';
  const first = app.repos.events.insert(eventFields({ startDate: '2025-07-03', endDate: '2025-07-03' }), now);
  const ids = async (headers: Record<string, string> = {}) =>
    ((await app.inject({ url: '/v1/events?from=2025-07-01&to=2025-07-07', headers })).json() as { data: Array<{ id: string }> }).data.map((e) => e.id);
  t.same(await ids(), [first]);
  t.same(await ids(), [first], 'served again (from the cache)');
  const second = app.repos.events.insert(eventFields({ startDate: '2025-07-04', endDate: '2025-07-04' }), now);
  t.same(await ids(), [first, second], 'a write makes the cached page unreachable');
  app.repos.events.update(second, eventFields({ startDate: '2025-08-04', endDate: '2025-08-04' }), now);
  t.same(await ids(), [first], 'an update too');
  t.same(await ids({ 'cache-control': 'no-cache' }), [first], 'no-cache reads the database');
  const res = await app.inject({ url: '/v1/events?from=2025-07-01&to=2025-07-07&limit=1' });
  t.match(res.headers['content-type'], /^application\/json/);
  t.equal(res.headers.link, undefined, 'one event, one page: no next link');
});
