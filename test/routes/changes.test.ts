import type { FastifyInstance } from 'fastify';
import t from 'tap';
import { encodeCursor, filterDigest } from '../../src/routes/cursor.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { eventFields } from '../helpers/db.js';

type Change = { kind: 'upsert' | 'delete'; id: string; changedAt: string; event?: Record<string, unknown>; deletedAt?: string };
type ChangesPage = { data: Change[]; nextCursor: string | null; syncedUntil: string };

const NOW = '2025-07-05T12:00:00.000Z';

/** Stores `count` events citing one article, through the repositories; returns their ids in insertion order. */
function seed(app: FastifyInstance, count: number): { articleId: string; ids: string[] } {
  const articleId = app.repos.articles.insert({
    title: 'Source', body: 'Body.', url: null, source: null, publishedAt: null,
    referenceAt: NOW, ingestedAt: NOW, contentHash: `hash-${count}-${Math.random()}`,
  });
  const ids = Array.from({ length: count }, (_, i) => {
    const id = app.repos.events.insert(eventFields({ title: `Event ${i}`, actors: [{ name: `Person ${i}`, kind: 'person' }] }), NOW);
    app.repos.events.addMention(id, articleId, { quote: `Quote ${i}`, charStart: 0, charEnd: 5, dateText: null, confidence: 0.5 }, NOW);
    return id;
  });
  return { articleId, ids };
}

async function changes(app: FastifyInstance, query: string): Promise<ChangesPage & { link?: string }> {
  const res = await app.inject({ url: `/v1/events/changes?${query}` });
  t.equal(res.statusCode, 200, query);
  return { ...(res.json() as ChangesPage), link: res.headers.link as string | undefined };
}

/** Follows nextCursor (via the Link header) until caught up; returns every item and the last page. */
async function drain(app: FastifyInstance, since: string, limit: number) {
  const items: Change[] = [];
  let page = await changes(app, `since=${encodeURIComponent(since)}&limit=${limit}`);
  items.push(...page.data);
  let pages = 1;
  while (page.nextCursor) {
    t.ok(page.data.length === limit, 'a page that is not the last is full');
    const next = new URL(page.link!.slice(1, page.link!.indexOf('>')));
    t.equal(next.searchParams.get('cursor'), page.nextCursor, 'the Link header carries the cursor');
    page = await changes(app, next.searchParams.toString());
    items.push(...page.data);
    pages++;
  }
  return { items, last: page, pages };
}

t.test('a full sync pages through every event once, in change order, and resumes from syncedUntil', async (t) => {
  const app = await testApp(t, {}, { clock: () => new Date(NOW) });
  const { ids } = seed(app, 23);
  const full = await drain(app, '1970-01-01T00:00:00Z', 5);
  t.equal(full.pages, 5);
  t.same(full.items.map((c) => c.id), ids, 'every event once, in the order they last changed');
  t.ok(full.items.every((c) => c.kind === 'upsert'));
  t.match(full.items[0].event, { id: ids[0], title: 'Event 0', mentionCount: 1, actors: [{ name: 'Person 0', kind: 'person' }] }, 'the whole event');
  t.equal(full.last.nextCursor, null);
  t.equal(full.last.link, undefined, 'no Link once caught up');
  t.equal(full.last.syncedUntil, full.items.at(-1)!.changedAt, 'the watermark is the last change served');
  const changedAts = full.items.map((c) => c.changedAt);
  t.same(changedAts, [...changedAts].sort(), 'changedAt never goes back in the stream');

  // Later: one event gains a mention, one is curated, one is deleted, one is new.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const { articleId } = seed(app, 0);
  app.repos.events.addMention(ids[3], articleId, { quote: 'Another report', charStart: 0, charEnd: 7, dateText: null, confidence: 0.9 }, NOW);
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/events/${ids[7]}`, payload: { title: 'Curated' } })).statusCode, 200);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/events/${ids[11]}` })).statusCode, 204);
  const [added] = seed(app, 1).ids;

  const delta = await drain(app, full.last.syncedUntil, 100);
  const fresh = delta.items.filter((c) => c.changedAt > full.last.syncedUntil);
  t.same(fresh.map((c) => [c.kind, c.id]), [
    ['upsert', ids[3]],
    ['upsert', ids[7]],
    ['delete', ids[11]],
    ['upsert', added],
  ], 'only what changed since, in the order it changed');
  t.ok(
    delta.items.filter((c) => !fresh.includes(c)).every((c) => c.changedAt === full.last.syncedUntil),
    'only changes at exactly `since` are served again',
  );
  t.equal(fresh[0].event!.mentionCount, 2, 'a new mention is a change');
  t.match(fresh[1].event, { title: 'Curated', curated: true });
  t.equal(fresh[2].deletedAt, fresh[2].changedAt);
  t.equal(fresh[2].event, undefined, 'a tombstone carries no event');

  // A mirror built from both syncs equals the timeline.
  const mirror = new Map<string, Record<string, unknown>>();
  for (const change of [...full.items, ...delta.items]) {
    if (change.kind === 'upsert') mirror.set(change.id, change.event!);
    else mirror.delete(change.id);
  }
  const timeline = (await app.inject({ url: '/v1/events?limit=1000' })).json().data as Array<Record<string, unknown>>;
  t.same([...mirror.keys()].sort(), timeline.map((e) => e.id as string).sort());
  for (const event of timeline) t.same(mirror.get(event.id as string), event, `mirror of ${event.id} is current`);
});

t.test('an event changed while a consumer pages moves to the end of the stream', async (t) => {
  const app = await testApp(t, {}, { clock: () => new Date(NOW) });
  const { ids } = seed(app, 6);
  const first = await changes(app, 'since=1970-01-01&limit=3');
  t.same(first.data.map((c) => c.id), ids.slice(0, 3));
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/events/${ids[1]}`, payload: { summary: 'Edited mid-sync' } })).statusCode, 200);
  const second = await changes(app, `since=1970-01-01&limit=3&cursor=${first.nextCursor}`);
  const third = await changes(app, `since=1970-01-01&limit=3&cursor=${second.nextCursor}`);
  t.same([...second.data, ...third.data].map((c) => c.id), [...ids.slice(3), ids[1]]);
  t.equal(third.nextCursor, null);
  t.match(third.data.at(-1)!.event, { summary: 'Edited mid-sync' });
});

t.test('deleting an article leaves tombstones for the events only it reported', async (t) => {
  const app = await testApp(t);
  const since = new Date().toISOString();
  const article = await app.inject({
    method: 'POST', url: '/v1/articles',
    payload: { title: 'Drones over Kharkiv', body: 'Russian drones struck Kharkiv overnight, the mayor said.', publishedAt: '2025-07-05T09:30:00Z' },
  });
  const eventId = article.json().events[0].id as string;
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${article.json().article.id}` })).statusCode, 204);
  const page = await changes(app, `since=${since}`);
  t.same(page.data.map((c) => [c.kind, c.id]), [['delete', eventId]], 'created then deleted: one tombstone');
  const again = await app.inject({
    method: 'POST', url: '/v1/articles',
    payload: { title: 'Drones over Kharkiv, again', body: 'Drones hit Kharkiv overnight into Saturday, local officials reported.', publishedAt: '2025-07-05T12:30:00Z' },
  });
  t.equal(again.json().events.length, 1, 'an event that went with its article (not deleted by a curator) can be reported again');
});

t.test('since in the future is empty; since is required and must be an instant; cursors are checked', async (t) => {
  const app = await testApp(t);
  seed(app, 2);
  const future = await changes(app, 'since=2999-01-01T00:00:00Z');
  t.same(future.data, []);
  t.equal(future.nextCursor, null);
  t.equal(future.syncedUntil, '2999-01-01T00:00:00.000Z', 'nothing served: resume from since');
  const offset = await changes(app, `since=${encodeURIComponent('1970-01-01T03:00:00+03:00')}`);
  t.equal(offset.data.length, 2, 'an offset is honoured');

  const cases: Array<[string, string]> = [
    ['', 'since'],
    ['since=', 'since'],
    ['since=yesterday', 'since'],
    ['since=2025-13-01', 'since'],
    ['since=2025-07-05T10:00:00', 'since'],
    ['since=2025-07-05&limit=0', 'limit'],
    ['since=2025-07-05&limit=1001', 'limit'],
    ['since=2025-07-05&cursor=garbage', 'cursor'],
    ['since=2025-07-05&colour=red', 'colour'],
  ];
  for (const [query, field] of cases) {
    const res = await app.inject({ url: `/v1/events/changes?${query}` });
    t.equal(res.statusCode, 400, query);
    t.match(res.headers['content-type'], PROBLEM_TYPE);
    t.equal(res.json().errors[0].field, field, `${query} names ${field}`);
  }
  const first = await changes(app, 'since=1970-01-01&limit=1');
  const otherSince = await app.inject({ url: `/v1/events/changes?since=2000-01-01&limit=1&cursor=${first.nextCursor}` });
  t.equal(otherSince.statusCode, 400, 'a cursor is valid only with its since');
  t.equal(otherSince.json().errors[0].field, 'cursor');
  const forged = encodeCursor({ key: 'latest', id: '2025-07-05T00:00:00.000Z' }, filterDigest({ since: '1970-01-01T00:00:00.000Z' }));
  const forgedRes = await app.inject({ url: `/v1/events/changes?since=1970-01-01&cursor=${forged}` });
  t.equal(forgedRes.statusCode, 400, 'a cursor whose position is not a feed position');
  t.equal(forgedRes.json().errors[0].field, 'cursor');
});
