import t from 'tap';
import { extractArticle, referenceFor } from '../../src/extract/index.js';
import { cpuMs } from '../helpers/cpu-time.js';

t.test('referenceFor honours offsets, bare dates and missing dates', async (t) => {
  t.same(referenceFor('2025-07-04T08:00:00+02:00'), { instant: new Date('2025-07-04T06:00:00Z'), offsetMinutes: 120, fromIngestTime: false });
  t.same(referenceFor('2025-07-04'), { instant: new Date('2025-07-04T00:00:00Z'), offsetMinutes: 0, fromIngestTime: false });
  t.same(referenceFor('2025-07-04T08:00:00-0530').offsetMinutes, -330);
  const now = new Date('2025-01-01T00:00:00Z');
  t.same(referenceFor(null, now), { instant: now, offsetMinutes: 0, fromIngestTime: true });
});

t.test('extractArticle: quotes are exact slices of the body', async (t) => {
  const body = 'Headline\n\nRussian drones hit Kharkiv overnight, officials said. Separately, Ukraine and Russia swapped 84 prisoners.';
  const { events } = extractArticle({ title: 'x', body, publishedAt: '2025-07-04T06:00:00Z' });
  t.same(events.map((e) => e.type).sort(), ['drone_strike', 'prisoner_exchange']);
  for (const e of events) {
    t.equal(body.slice(e.mention.charStart, e.mention.charEnd), e.mention.quote);
    t.ok(e.summary.length > 0 && e.title.length > 0);
  }
});

t.test('extractArticle without publishedAt uses now and marks dates inferred', async (t) => {
  const { events } = extractArticle({ title: 'x', body: 'Russian drones hit Kharkiv.' }, { now: new Date('2025-02-02T10:00:00Z') });
  t.match(events[0], { startDate: '2025-02-02', dateCertainty: 'inferred' });
});

// A guard against quadratic blow-ups, loose enough for a shared CPU: an 8 KB body of nothing but
// events (110 strikes and calls to merge) is the worst case; real 8 KB articles take a few ms.
t.test('extraction stays fast on a body dense with events', async (t) => {
  const paragraph = 'Russian drones hit Kharkiv on Tuesday, and Trump spoke with Putin by phone. ';
  const body = paragraph.repeat(Math.ceil(8192 / paragraph.length));
  extractArticle({ title: 'warm', body, publishedAt: '2025-07-04' });
  const perArticle =
    cpuMs(() => {
      for (let i = 0; i < 5; i++) extractArticle({ title: 'x', body, publishedAt: '2025-07-04' });
    }) / 5;
  t.ok(perArticle < 300, `8 KB article in ${perArticle.toFixed(1)} ms of CPU`);
});

t.test('dates lists each resolved expression once, in text order', async (t) => {
  const body = 'Trump and Putin held a phone call on Thursday. Hours after the call, drones hit Kyiv and Russian missiles hit Odesa.';
  const { dates } = extractArticle({ title: 'x', body, publishedAt: '2025-07-04T12:00:00Z' });
  const keys = dates.map((d) => `${d.charStart}:${d.charEnd}`);
  t.same(keys, [...new Set(keys)].sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0])));
  for (const d of dates) t.equal(body.slice(d.charStart, d.charEnd), d.text);
  t.ok(dates.every((d) => d.value !== null));
});
