import t from 'tap';
import { testApp } from '../helpers/app.js';
import { sampleArticle } from '../helpers/db.js';

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
