import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import t, { type Test } from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';
import { PROBLEM_TYPE, testApp } from '../helpers/app.js';
import { eventFields } from '../helpers/db.js';

const NOW = '2025-07-20T10:00:00.000Z';
/** More events than the largest JSON page (1,000), so whole-result exports are visible. */
const STRIKES = 1205;

async function seededApp(t: Test) {
  const app = await testApp(t);
  const { repos } = app;
  repos.transaction(() => {
    for (let i = 0; i < STRIKES; i++) {
      const day = new Date(Date.parse('2025-01-01T00:00:00Z') + (i % 200) * 86_400_000).toISOString().slice(0, 10);
      repos.events.insert(
        eventFields({
          type: 'drone_strike',
          title: `Drone strike ${i}`,
          startDate: day,
          endDate: day,
          places: [{ name: `Town ${i % 7}`, countryCode: 'UA', lat: 48 + (i % 7) / 10, lon: 35 + (i % 7) / 10 }],
        }),
        NOW,
      );
    }
  });
  const callId = repos.events.insert(eventFields({ title: '=Phone call, "quoted"', startDate: '2025-03-18', endDate: '2025-03-18' }), NOW);
  const articleId = repos.articles.insert({
    title: 'Leaders speak',
    body: 'Alice Example and Bob Example spoke by phone on Tuesday.',
    url: 'https://news.example.com/call',
    source: 'Example News',
    publishedAt: '2025-03-19',
    referenceAt: '2025-03-19T00:00:00.000Z',
    ingestedAt: NOW,
    contentHash: contentHash('Leaders speak', 'x'),
  });
  repos.events.addMention(callId, articleId, { quote: 'Alice Example and Bob Example spoke by phone on Tuesday.', charStart: 0, charEnd: 55, dateText: 'on Tuesday', confidence: 0.9 }, NOW);
  return app;
}

t.test('GET /v1/events in every format', async (t) => {
  const app = await seededApp(t);
  const get = (url: string, accept?: string) => app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });

  const json = await get('/v1/events');
  t.equal(json.statusCode, 200);
  t.match(json.headers['content-type'], /^application\/json/);
  t.equal(json.json().data.length, 50, 'JSON stays paged');
  t.match(json.headers.vary, /accept/i, 'caches keep formats apart');

  const ndjson = await get('/v1/events?format=ndjson');
  t.equal(ndjson.statusCode, 200);
  t.match(ndjson.headers['content-type'], /^application\/x-ndjson/);
  const lines = ndjson.body.trimEnd().split('\n').map((line) => JSON.parse(line));
  t.equal(lines.length, STRIKES + 1, 'the whole result, past any page limit');
  t.same(Object.keys(lines[0]), Object.keys(json.json().data[0]), 'each line is the API event');
  t.ok(lines.every((event, i) => i === 0 || lines[i - 1].startDate <= event.startDate), 'in date order');
  t.equal((await get('/v1/events?type=phone_call', 'application/x-ndjson')).body.trimEnd().split('\n').length, 1, 'by Accept, filtered');

  const csv = await get('/v1/events?from=2025-03&to=2025-03', 'text/csv');
  t.match(csv.headers['content-type'], /^text\/csv/);
  t.equal(csv.headers['content-disposition'], 'attachment; filename="chronicle-events-2025-03-01-to-2025-03-31.csv"');
  const rows = parseCsv(csv.body, { columns: true }) as Array<Record<string, string>>;
  const march = app.repos.events.list({ from: '2025-03-01', to: '2025-03-31', descending: false, limit: STRIKES + 10 });
  t.equal(rows.length, march.length, 'every event of March, not a page of them');
  t.ok(rows.length > 50);
  t.ok(rows.every((row) => row.startDate.startsWith('2025-03')));
  t.equal(rows.find((row) => row.type === 'phone_call')?.title, `'=Phone call, "quoted"`, 'formula-safe and quoted');

  const geojson = await get('/v1/events?format=geojson&type=drone_strike');
  t.match(geojson.headers['content-type'], /^application\/geo\+json/);
  const collection = geojson.json();
  t.equal(collection.type, 'FeatureCollection');
  t.equal(collection.features.length, STRIKES, 'one point per located strike');

  const ics = await get('/v1/events?format=ics&type=phone_call');
  t.match(ics.headers['content-type'], /^text\/calendar/);
  t.match(ics.headers['content-disposition'], /^attachment; filename="chronicle-events\.ics"$/);
  const vevents = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
  t.equal(vevents.length, 1);
  t.equal(new ICAL.Event(vevents[0]).startDate.toString(), '2025-03-18');

  const timeline = await get('/v1/events?format=timelinejs&type=phone_call');
  t.match(timeline.headers['content-type'], /^application\/json/);
  const slides = timeline.json().events;
  t.equal(slides.length, 1);
  t.same(slides[0].start_date, { year: 2025, month: 3, day: 18 });
  t.equal(slides[0].group, 'phone_call');
  t.equal(slides[0].media.url, 'https://news.example.com/call', 'the source is the media link');

  const bad = await get('/v1/events?format=xlsx');
  t.equal(bad.statusCode, 400);
  t.match(bad.headers['content-type'], PROBLEM_TYPE);
  t.equal(bad.json().errors[0].field, 'format');
});

t.test('format does not change what a cursor means', async (t) => {
  const app = await seededApp(t);
  const first = (await app.inject({ method: 'GET', url: '/v1/events?format=json&limit=10' })).json();
  const second = await app.inject({ method: 'GET', url: `/v1/events?limit=10&cursor=${first.nextCursor}` });
  t.equal(second.statusCode, 200);
  t.equal(second.json().data.length, 10);
});

t.test('exports count against the budget of expensive reads', async (t) => {
  const app = await testApp(t, { RATE_LIMIT_READS: '2' });
  const exportCsv = () => app.inject({ method: 'GET', url: '/v1/events', headers: { accept: 'text/csv' } });
  t.equal((await exportCsv()).statusCode, 200);
  t.equal((await app.inject({ method: 'GET', url: '/v1/events?format=ndjson' })).statusCode, 200);
  const third = await exportCsv();
  t.equal(third.statusCode, 429, 'the third export in a minute is refused');
  t.match(third.headers['content-type'], PROBLEM_TYPE);
  t.equal((await app.inject({ method: 'GET', url: '/v1/events' })).statusCode, 200, 'JSON pages are not expensive reads');
});
