import type { FastifyInstance } from 'fastify';
import t from 'tap';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';

/** Three reports, in our own words, of one overnight drone strike on Kharkiv. */
const reports = [
  { title: 'Drones strike Kharkiv', body: 'Russian drones struck Kharkiv overnight, the mayor said.', publishedAt: '2025-07-05T09:30:00Z', url: 'https://one.example/kharkiv', source: 'One' },
  { title: 'Kharkiv hit again', body: 'Drones hit Kharkiv overnight into Saturday, local officials reported.', publishedAt: '2025-07-05T12:30:00Z', url: 'https://two.example/kharkiv', source: 'Two' },
  { title: 'Homes damaged in Kharkiv', body: 'Ukrainian officials said a Russian drone attack on Kharkiv overnight damaged homes.', publishedAt: '2025-07-05T15:00:00Z', url: 'https://three.example/kharkiv', source: 'Three' },
];

/** A clock the test moves, so updatedAt changes are visible. */
function steppingClock(start = '2025-07-05T16:00:00.000Z') {
  let now = Date.parse(start);
  return { clock: () => new Date(now), advance: (ms = 60_000) => (now += ms) };
}

async function post(app: FastifyInstance, article: (typeof reports)[number], headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'POST', url: '/v1/articles', payload: article, headers });
  t.equal(res.statusCode, 201, `stored ${article.title}`);
  return res.json() as { article: { id: string }; events: Array<{ id: string; mentionCount: number }> };
}

async function patch(app: FastifyInstance, id: string, payload: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method: 'PATCH', url: `/v1/events/${id}`, payload: payload as Record<string, unknown>, headers });
}

t.test('PATCH sets each field, marks the event curated, bumps updatedAt and the ETag, keeps search in sync', async (t) => {
  const time = steppingClock();
  const app = await testApp(t, {}, { clock: time.clock });
  const [event] = (await post(app, reports[0])).events;
  const before = await app.inject({ url: `/v1/events/${event.id}` });
  t.match(before.headers.etag, /^"\d+"$/, 'GET carries an ETag');
  t.equal(before.json().curated, false);

  const edits: Array<[string, unknown]> = [
    ['type', 'missile_strike'],
    ['title', 'Missile and drone attack on Kharkiv'],
    ['summary', 'A combined overnight attack hit residential districts.'],
    ['startDate', '2025-07-04'],
    ['endDate', '2025-07-06'],
    ['datePrecision', 'week'],
    ['dateCertainty', 'explicit'],
    ['status', 'planned'],
    ['actors', [{ name: 'Russia', kind: 'country' }]],
    ['places', [{ name: 'Kharkiv', countryCode: 'UA', lat: 49.98, lon: 36.25 }, { name: 'Chuhuiv' }]],
  ];
  let etag = before.headers.etag as string;
  let updatedAt = before.json().updatedAt as string;
  for (const [field, value] of edits) {
    time.advance();
    const res = await patch(app, event.id, { [field]: value });
    t.equal(res.statusCode, 200, `patch ${field}`);
    const body = res.json();
    const expected = field === 'places' ? [{ name: 'Chuhuiv', countryCode: null, lat: null, lon: null }, { name: 'Kharkiv', countryCode: 'UA', lat: 49.98, lon: 36.25 }] : value;
    t.same(body[field], expected, `${field} is stored as sent`);
    t.equal(body.curated, true);
    t.ok(body.updatedAt > updatedAt, `${field}: updatedAt moves`);
    t.not(res.headers.etag, etag, `${field}: the ETag moves`);
    t.ok(Array.isArray(body.mentions) && body.mentions.length === 1, 'the detail view with its citations');
    etag = res.headers.etag as string;
    updatedAt = body.updatedAt;
  }
  const stored = (await app.inject({ url: `/v1/events/${event.id}` })).json();
  t.match(stored, { type: 'missile_strike', startDate: '2025-07-04', endDate: '2025-07-06', status: 'planned', codes: { cameo: '195/194' } }, 'every edit persisted');
  t.equal((await app.inject({ url: `/v1/events/${event.id}` })).headers.etag, etag, 'GET and PATCH agree on the ETag');

  const search = async (q: string) => (await app.inject({ url: `/v1/events?q=${q}` })).json().data.map((e: { id: string }) => e.id);
  t.same(await search('residential'), [event.id], 'the new summary is searchable');
  t.same(await search('combined%20attack'), [event.id]);
  t.same(await search('chuhuiv'), [], 'places are not full text');
  t.same((await app.inject({ url: '/v1/events?place=chuhuiv' })).json().data.length, 1, 'replaced places are queryable');
  t.same((await app.inject({ url: '/v1/events?type=drone_strike' })).json().data, [], 'the old type no longer matches');

  const mergePatch = await app.inject({
    method: 'PATCH',
    url: `/v1/events/${event.id}`,
    headers: { 'content-type': 'application/merge-patch+json' },
    payload: JSON.stringify({ title: 'Sent as a merge patch' }),
  });
  t.equal(mergePatch.statusCode, 200, 'application/merge-patch+json is accepted');
  t.equal(mergePatch.json().title, 'Sent as a merge patch');
});

t.test('invalid patches are 400 problems naming the field', async (t) => {
  const app = await testApp(t);
  const [event] = (await post(app, reports[0])).events;
  const cases: Array<[string, unknown, string]> = [
    ['empty title', { title: '  ' }, 'title'],
    ['title too long', { title: 'x'.repeat(501) }, 'title'],
    ['null title', { title: null }, 'title'],
    ['unknown type', { type: 'bombing' }, 'type'],
    ['impossible day', { startDate: '2025-02-30' }, 'startDate'],
    ['not a day', { endDate: 'next week' }, 'endDate'],
    ['end before start', { startDate: '2025-07-05', endDate: '2025-07-01' }, 'endDate'],
    ['start after the stored end', { startDate: '2025-07-09' }, 'startDate'],
    ['precision', { datePrecision: 'hour' }, 'datePrecision'],
    ['certainty', { dateCertainty: 'sure' }, 'dateCertainty'],
    ['status', { status: 'rumoured' }, 'status'],
    ['country code', { places: [{ name: 'Kharkiv', countryCode: 'ukr' }] }, 'places.0.countryCode'],
    ['latitude', { places: [{ name: 'Kharkiv', lat: 123 }] }, 'places.0.lat'],
    ['actor kind', { actors: [{ name: 'Russia', kind: 'state' }] }, 'actors.0.kind'],
    ['actor without a name', { actors: [{ kind: 'country' }] }, 'actors.0.name'],
    ['unknown field', { colour: 'red' }, 'colour'],
    ['read-only field', { mentionCount: 9 }, 'mentionCount'],
    ['nothing to change', {}, '(root)'],
  ];
  for (const [name, payload, field] of cases) {
    const res = await patch(app, event.id, payload);
    t.equal(res.statusCode, 400, name);
    t.match(res.headers['content-type'], PROBLEM_TYPE);
    t.same(res.json().errors.map((e: { field: string }) => e.field), [field], `${name} names ${field}`);
    t.equal(res.json().errors[0].in, 'body');
  }
  const unchanged = (await app.inject({ url: `/v1/events/${event.id}` })).json();
  t.equal(unchanged.curated, false, 'a rejected patch changes nothing');
  t.equal(unchanged.startDate, '2025-07-05');
  const text = await app.inject({ method: 'PATCH', url: `/v1/events/${event.id}`, headers: { 'content-type': 'text/plain' }, payload: 'title=x' });
  t.equal(text.statusCode, 415);
});

t.test('writes need the token when API_TOKEN is set; unknown and deleted events are 404', async (t) => {
  const app = await testApp(t, { API_TOKEN: 'curator-secret' });
  const auth = { authorization: 'Bearer curator-secret' };
  const [event] = (await post(app, reports[0], auth)).events;
  for (const [method, payload] of [['PATCH', { title: 'x' }], ['DELETE', undefined]] as const) {
    const anonymous = await app.inject({ method, url: `/v1/events/${event.id}`, payload });
    t.equal(anonymous.statusCode, 401, `${method} without a token`);
    t.match(anonymous.headers['content-type'], PROBLEM_TYPE);
    const wrong = await app.inject({ method, url: `/v1/events/${event.id}`, payload, headers: { authorization: 'Bearer nope' } });
    t.equal(wrong.statusCode, 401, `${method} with a wrong token`);
  }
  t.equal((await app.inject({ url: `/v1/events/${event.id}` })).json().curated, false, 'nothing changed');

  const unknownPatch = await patch(app, 'evt_unknown', { title: 'x' }, auth);
  t.equal(unknownPatch.statusCode, 404);
  t.match(unknownPatch.json(), { status: 404, detail: /evt_unknown/ });
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/events/evt_unknown', headers: auth })).statusCode, 404);

  const deleted = await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}`, headers: auth });
  t.equal(deleted.statusCode, 204);
  t.equal(deleted.body, '');
  const again = await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}`, headers: auth });
  t.equal(again.statusCode, 404, 'deleting twice');
  t.match(again.json().detail, /was deleted at \d{4}-/);
  t.equal((await patch(app, event.id, { title: 'x' }, auth)).statusCode, 404, 'patching a deleted event');
  t.equal((await app.inject({ url: `/v1/events/${event.id}` })).statusCode, 404);
});

t.test('If-Match: a stale ETag is 412 and changes nothing; the current one, "*", or none go ahead', async (t) => {
  const app = await testApp(t);
  const [event] = (await post(app, reports[0])).events;
  const etag = (await app.inject({ url: `/v1/events/${event.id}` })).headers.etag as string;
  const first = await patch(app, event.id, { title: 'First curator' }, { 'if-match': etag });
  t.equal(first.statusCode, 200, 'the current ETag');
  const stale = await patch(app, event.id, { title: 'Second curator' }, { 'if-match': etag });
  t.equal(stale.statusCode, 412, 'the ETag read before the first edit');
  t.match(stale.headers['content-type'], PROBLEM_TYPE);
  t.equal(stale.headers.etag, first.headers.etag, 'the 412 tells the current ETag');
  t.equal((await app.inject({ url: `/v1/events/${event.id}` })).json().title, 'First curator', 'the stale write did not happen');
  t.equal((await patch(app, event.id, { title: 'Weak' }, { 'if-match': `W/${first.headers.etag}` })).statusCode, 412, 'weak tags never match');
  t.equal((await patch(app, event.id, { title: 'Listed' }, { 'if-match': `"0", ${first.headers.etag}` })).statusCode, 200, 'one of a list');
  t.equal((await patch(app, event.id, { title: 'Any' }, { 'if-match': '*' })).statusCode, 200, '"*" matches an existing event');

  // A new mention changes the event, so an ETag read before it is stale.
  const current = (await app.inject({ url: `/v1/events/${event.id}` })).headers.etag as string;
  t.equal((await post(app, reports[1])).events[0].id, event.id, 'the second report merges');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}`, headers: { 'if-match': current } })).statusCode, 412);
  const fresh = (await app.inject({ url: `/v1/events/${event.id}` })).headers.etag as string;
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}`, headers: { 'if-match': fresh } })).statusCode, 204);
});

t.test('curated fields survive later reports of the event while its mentions grow (through POST /v1/articles)', async (t) => {
  const app = await testApp(t);
  const [event] = (await post(app, reports[0])).events;
  const curated = await patch(app, event.id, {
    title: 'Overnight drone attack on Kharkiv (verified)',
    summary: 'Curated summary.',
    actors: [{ name: 'Russia', kind: 'country' }],
    places: [{ name: 'Kharkiv', countryCode: 'UA', lat: 50, lon: 36.25 }],
  });
  t.equal(curated.statusCode, 200);

  for (const report of reports.slice(1)) {
    const res = await post(app, report);
    t.same(res.events.map((e) => e.id), [event.id], `${report.title} merges into the curated event`);
  }
  const after = (await app.inject({ url: `/v1/events/${event.id}` })).json();
  t.equal(after.mentionCount, 3, 'every report is cited');
  t.equal(after.sourceCount, 3);
  t.equal(after.mentions.length, 3);
  t.match(after, {
    curated: true,
    title: 'Overnight drone attack on Kharkiv (verified)',
    summary: 'Curated summary.',
    actors: [{ name: 'Russia', kind: 'country' }],
    places: [{ name: 'Kharkiv', countryCode: 'UA', lat: 50, lon: 36.25 }],
  });
  t.equal((await app.inject({ url: '/v1/events' })).json().data.length, 1, 'no second event');
});

t.test('a deleted event leaves a tombstone and later reports of it do not bring it back', async (t) => {
  const app = await testApp(t);
  const since = new Date().toISOString();
  const [event] = (await post(app, reports[0])).events;
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/events/${event.id}` })).statusCode, 204);
  const changes = (await app.inject({ url: `/v1/events/changes?since=${since}` })).json();
  t.match(changes.data, [{ kind: 'delete', id: event.id, deletedAt: String }], 'only the tombstone: the event is gone');

  const later = await post(app, reports[1]);
  t.same(later.events, [], 'the re-report is stored as an article but creates no event');
  t.same((await app.inject({ url: '/v1/events' })).json().data, []);
  const article = (await app.inject({ url: `/v1/articles/${later.article.id}` })).json();
  t.equal(article.eventCount, 0);

  // Other events of the same type elsewhere are not suppressed.
  const elsewhere = await post(app, { ...reports[0], title: 'Odesa struck', body: 'Russian drones struck Odesa overnight, the governor said.', url: 'https://one.example/odesa' });
  t.equal(elsewhere.events.length, 1, 'a strike on another city is a new event');
});

t.test('/v1/events/changes is its own route, not an event id', async (t) => {
  const app = await testApp(t);
  const res = await app.inject({ url: '/v1/events/changes' });
  t.equal(res.statusCode, 400, 'the changes route validates since (an id lookup would be 404)');
  t.equal(res.json().errors[0].field, 'since');
  t.equal((await app.inject({ url: '/v1/events/changes?since=2025-01-01' })).statusCode, 200);
});
