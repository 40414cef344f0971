import { join } from 'node:path';
import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { createRepositories } from '../../src/repositories/index.js';
import { eventFields } from '../helpers/db.js';
import { testApp } from '../helpers/app.js';

const NOW = '2025-07-05T12:00:00.000Z';
const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * DAY_MS).toISOString().slice(0, 10);
const windowPath = (start: number, limit = 20) => `/v1/events?from=${day(start)}&to=${day(start + 6)}&limit=${limit}`;

/** What a client sees of a response: status, the headers the route sets, and the body. */
async function seen(response: Response): Promise<Record<string, string | null>> {
  return {
    status: String(response.status),
    type: response.headers.get('content-type'),
    length: response.headers.get('content-length'),
    link: response.headers.get('link'),
    vary: response.headers.get('vary'),
    body: await response.text(),
  };
}

t.test('over HTTP, cached pages (many in flight at once) are the bytes and headers of a fresh read', async (t) => {
  const app = await testApp(t);
  for (let i = 0; i < 400; i++) {
    const start = (i * 13) % 90;
    app.repos.events.insert(
      eventFields({
        title: `Event ${i} in Kyiv “quoted” ${'x'.repeat(i % 50)}`,
        startDate: day(start),
        endDate: day(start + [0, 0, 2, 12, 40][i % 5]),
        places: [{ name: `Town ${i % 7}`, countryCode: 'UA', lat: 50 + i / 1000, lon: 30 }],
      }),
      NOW,
    );
  }
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const paths = Array.from({ length: 60 }, (_, i) => windowPath(i + 10, [20, 50, 3][i % 3]));
  const all = (headers: Record<string, string> = {}) => Promise.all(paths.map(async (path) => seen(await fetch(`${base}${path}`, { headers }))));
  const firstVisits = await all();
  const hits = await all();
  const fresh = await all({ 'cache-control': 'no-cache' });
  for (const [index, path] of paths.entries()) {
    t.same(firstVisits[index], fresh[index], `${path}: first visit (cards held for other pages left unread) as a fresh read`);
    t.same(hits[index], fresh[index], `${path}: cached as a fresh read`);
  }
  t.ok(fresh.every((response) => response.link?.startsWith(`<${base}/v1/events?`)), 'every window has a next page');
  const body = JSON.parse(fresh[1].body ?? '') as { data: Array<{ startDate: string }>; nextCursor: string };
  t.equal(body.data.length, 50);
});

t.test('pages that differ only in limit, cursor, order or a filter are cached apart', async (t) => {
  const app = await testApp(t);
  for (let i = 0; i < 30; i++) {
    app.repos.events.insert(eventFields({ title: `Meeting ${i}`, startDate: day(i % 8), endDate: day(i % 8), places: [{ name: `Village ${i % 3}`, countryCode: 'UA', lat: 48 + i / 100, lon: 35 }] }), NOW);
  }
  // Each page's cursor walk from several first pages, then every page asked again from the cache.
  const firstPages = ['/v1/events?limit=2', '/v1/events?limit=3', '/v1/events?limit=2&sort=-date', `/v1/events?limit=2&from=${day(2)}`, '/v1/events?limit=2&place=village%201'];
  const paths: string[] = [];
  for (const first of firstPages) {
    let path: string | undefined = first;
    for (let page = 0; page < 4 && path; page++) {
      paths.push(path);
      const { nextCursor } = (await app.inject({ url: path })).json() as { nextCursor: string | null };
      path = nextCursor ? `${first}&cursor=${nextCursor}` : undefined;
    }
  }
  t.equal(paths.length, firstPages.length * 4);
  for (const path of paths) {
    const cached = await app.inject({ url: path });
    const fresh = await app.inject({ url: path, headers: { 'cache-control': 'no-cache' } });
    t.equal(cached.body, fresh.body, `${path}: cached as a fresh read`);
    t.equal(cached.headers.link, fresh.headers.link, `${path}: its Link`);
  }
  // The same cursor with another limit is another page, not the one cached for the first limit.
  const { nextCursor } = (await app.inject({ url: '/v1/events?limit=2' })).json() as { nextCursor: string };
  const sizes = [];
  for (const limit of [2, 3, 2, 3]) sizes.push(((await app.inject({ url: `/v1/events?limit=${limit}&cursor=${nextCursor}` })).json() as { data: unknown[] }).data.length);
  t.same(sizes, [2, 3, 2, 3]);
});

t.test('the Link header follows each request URL and host, cached or not', async (t) => {
  const app = await testApp(t);
  for (let i = 0; i < 10; i++) app.repos.events.insert(eventFields({ startDate: day(i % 3), endDate: day(i % 3) }), NOW);
  const linkOf = async (url: string, host = 'localhost:80') => (await app.inject({ url, headers: { host } })).headers.link;
  const ordered = `/v1/events?from=${day(0)}&to=${day(6)}&limit=2`;
  const reordered = `/v1/events?limit=2&to=${day(6)}&from=${day(0)}`;
  const first = await linkOf(ordered);
  t.match(first, /^<http:\/\/localhost\/v1\/events\?from=2025-01-01&to=2025-01-07&limit=2&cursor=[\w.-]+>; rel="next"$/);
  t.equal(await linkOf(ordered), first, 'cached: the same');
  t.match(await linkOf(reordered), /^<http:\/\/localhost\/v1\/events\?limit=2&to=2025-01-07&from=2025-01-01&cursor=[\w.-]+>; rel="next"$/, 'the same page asked another way');
  t.match(await linkOf(ordered, 'api.example.com'), /^<http:\/\/api\.example\.com\/v1\/events\?from=/, 'another host');
  t.equal(await linkOf(ordered), first);
});

t.test('a window read after a write shows the write, also in cards other cached pages hold', async (t) => {
  const app = await testApp(t);
  const ids = Array.from({ length: 30 }, (_, i) => app.repos.events.insert(eventFields({ title: `Call ${i}`, startDate: day(i % 10), endDate: day((i % 10) + 5) }), NOW));
  const titles = async (start: number, headers: Record<string, string> = {}) =>
    ((await app.inject({ url: windowPath(start, 50), headers })).json() as { data: Array<{ id: string; title: string }> }).data.map((event) => `${event.id} ${event.title}`);
  // Neighbouring windows share most events: the second is read from keys with cards the first left.
  const before = [await titles(2), await titles(3)];
  t.ok(before[1].some((line) => line.startsWith(ids[5])));
  app.repos.events.update(ids[5], eventFields({ title: 'Renamed call', startDate: day(5), endDate: day(10) }), NOW);
  const after = [await titles(3), await titles(2)];
  t.ok(after[0].includes(`${ids[5]} Renamed call`), 'the window read after the write shows the new title');
  t.notOk(after[0].includes(`${ids[5]} Call 5`), 'not the card held before the write');
  t.same(after[0], await titles(3, { 'cache-control': 'no-cache' }));
  t.same(after[1], await titles(2, { 'cache-control': 'no-cache' }));
});

t.test("another connection's commits (a batch's writer) show in every page read after them, cards other pages share included", async (t) => {
  const path = join(t.testdir(), 'events.db');
  const app = await testApp(t, { DATABASE_URL: path });
  const ids = Array.from({ length: 12 }, (_, i) => app.repos.events.insert(eventFields({ title: `Strike ${i}`, startDate: day(i), endDate: day(i) }), NOW));
  const writer = openDatabase(path);
  t.teardown(() => writer.close());
  const other = createRepositories(writer);
  const titles = async (start: number) =>
    ((await app.inject({ url: windowPath(start, 50) })).json() as { data: Array<{ title: string }> }).data.map((event) => event.title);
  t.same(await titles(0), ['Strike 0', 'Strike 1', 'Strike 2', 'Strike 3', 'Strike 4', 'Strike 5', 'Strike 6']);
  t.same(await titles(3), ['Strike 3', 'Strike 4', 'Strike 5', 'Strike 6', 'Strike 7', 'Strike 8', 'Strike 9']);
  for (const round of [1, 2, 3]) {
    other.events.update(ids[5], eventFields({ title: `Strike 5, revised ${round}`, startDate: day(5), endDate: day(5) }), NOW);
    // As the batch route does when a slice is reported: count the other connection's commit now.
    app.repos.events.writeGeneration(0);
    const window = await titles(3);
    t.equal(window[2], `Strike 5, revised ${round}`, `commit ${round}: the window read after it shows it`);
    t.same(await titles(0), ['Strike 0', 'Strike 1', 'Strike 2', 'Strike 3', 'Strike 4', `Strike 5, revised ${round}`, 'Strike 6'], 'so does the neighbour sharing the card');
    const fresh = await app.inject({ url: windowPath(3, 50), headers: { 'cache-control': 'no-cache' } });
    t.equal((await app.inject({ url: windowPath(3, 50) })).body, fresh.body, 'cached as a fresh read');
  }
});

t.test('with the page cache off, pages are read whole and served the same', async (t) => {
  const app = await testApp(t, { PAGE_CACHE_MB: '0' });
  for (let i = 0; i < 20; i++) app.repos.events.insert(eventFields({ startDate: day(i % 9), endDate: day(i % 9) }), NOW);
  const first = await app.inject({ url: windowPath(0, 5) });
  const again = await app.inject({ url: windowPath(0, 5) });
  t.equal(again.body, first.body);
  t.equal(again.headers.link, first.headers.link);
  t.equal((first.json() as { data: unknown[] }).data.length, 5);
});


t.test('a URL served before is served again without validation when its dates are calendar forms, as the handler serves it', async (t) => {
  const app = await testApp(t);
  for (let i = 0; i < 10; i++) app.repos.events.insert(eventFields({ startDate: day(i % 3), endDate: day(i % 3) }), NOW);
  const validated: string[] = [];
  app.addHook('preValidation', async (request) => {
    validated.push(request.url);
  });
  const calendar = `/v1/events?from=${day(0)}&to=2025-01&limit=2`;
  const natural = '/v1/events?from=2020&to=today&limit=2';
  const first = await app.inject({ url: calendar });
  const again = await app.inject({ url: calendar });
  t.same(validated, [calendar], 'validated once');
  t.equal(again.body, first.body);
  // Headers that change with every request (the id, the rate limit's count and reset time) aside.
  const stable = (headers: Record<string, unknown>) =>
    Object.entries(headers).filter(([name]) => name !== 'x-request-id' && !/^x-ratelimit-(remaining|reset)$/.test(name));
  t.same(stable(again.headers), stable(first.headers), 'the same headers, in the same order');
  t.not(again.headers['x-request-id'], first.headers['x-request-id']);
  await app.inject({ url: natural });
  await app.inject({ url: natural });
  t.same(validated, [calendar, natural, natural], '"today" is read against the clock each time');
  const csv = await app.inject({ url: calendar, headers: { accept: 'text/csv' } });
  t.match(csv.headers['content-type'], /^text\/csv/, 'another format asked by Accept');
  const fresh = await app.inject({ url: calendar, headers: { 'cache-control': 'no-cache' } });
  t.equal(fresh.body, first.body);
  t.equal(validated.length, 5, 'Accept and no-cache requests go through the handler');
  const head = await app.inject({ method: 'HEAD', url: calendar });
  t.equal(head.statusCode, 200);
  t.equal(head.headers['content-length'], first.headers['content-length']);
  t.equal(head.body, '');
});
