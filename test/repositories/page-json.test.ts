import t from 'tap';
import { presentEvent } from '../../src/routes/present.js';
import { eventFields, testDatabase } from '../helpers/db.js';

t.test('pageJson serves exactly what presentEvent makes of page()', async (t) => {
  const { db, repos } = testDatabase(t);
  const now = '2025-07-05T12:00:00.000Z';
  repos.events.insert(eventFields({ startDate: '2025-07-01', endDate: '2025-07-01' }), now);
  const strike = repos.events.insert(
    eventFields({
      type: 'drone_strike',
      title: 'Drone strike on "Kyiv" \\ O\'Brien',
      startDate: '2025-07-02',
      endDate: '2025-07-31',
      confidence: 0.1 + 0.2,
      actors: [
        { name: 'Zeta Force', kind: 'group' },
        { name: 'alpha Ministry', kind: 'organization' },
      ],
      places: [
        { name: 'Kyiv', countryCode: 'UA', lat: 50.4501, lon: 30.5234 },
        { name: 'Nowhere', countryCode: null, lat: null, lon: null },
      ],
    }),
    now,
  );
  db.prepare('UPDATE events SET curated = 1 WHERE id = ?').run(strike);
  repos.events.insert(eventFields({ type: 'sanctions', startDate: '2025-07-03', endDate: '2025-07-03', actors: [] }), now);
  for (const filter of [
    { descending: false, limit: 2 },
    { descending: true, limit: 10 },
    { from: '2025-07-02', to: '2025-07-10', descending: false, limit: 10 },
  ]) {
    const rows = repos.events.page(filter);
    const json = repos.events.pageJson(filter);
    t.same(json.data.map((text) => JSON.parse(text)), rows.data.map(presentEvent), JSON.stringify(filter));
    t.same(json.data.map((text) => Object.keys(JSON.parse(text))), rows.data.map((e) => Object.keys(presentEvent(e))), 'field order');
    t.same(json.last, rows.last);
  }
});

t.test('pageBody is pageJson as each card and id, with the same next position', async (t) => {
  const { repos } = testDatabase(t);
  for (let i = 0; i < 30; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    repos.events.insert(
      eventFields({ title: `Événement ${i} “quoted”`, startDate: `2025-03-${day}`, endDate: i % 4 ? `2025-03-${day}` : '2025-04-02' }),
      '2025-07-05T12:00:00.000Z',
    );
  }
  for (const filter of [
    { descending: false, limit: 1 },
    { descending: false, limit: 7 },
    { descending: true, limit: 7 },
    { descending: false, limit: 100 },
    { from: '2025-03-10', to: '2025-03-12', descending: false, limit: 3 },
    { from: '2025-03-10', descending: true, limit: 4, after: { key: '2025-03-20', id: 'evt_z' } },
    { from: '2025-04-01', to: '2025-04-01', descending: false, limit: 3, actor: 'alice' },
    { from: '2026-01-01', descending: false, limit: 3 },
  ]) {
    const json = repos.events.pageJson(filter);
    const body = repos.events.pageBody(filter);
    t.same(body.last, json.last, `${JSON.stringify(filter)}: next position`);
    t.same(body.cards.map((card) => card?.toString('utf8')), json.data, `${JSON.stringify(filter)}: each card cut at its own bytes`);
    t.same(body.ids, json.data.map((text) => (JSON.parse(text) as { id: string }).id), 'ids in page order');
  }
});
