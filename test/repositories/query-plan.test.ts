import t from 'tap';
import type { EventFilter } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';

/**
 * Every events query reaches the events table through an index (SEARCH), never by reading the
 * whole table (SCAN e): the date range through events_start, each filter through its own index.
 * Actor and place names are matched by substring, which reads the (small) name dictionaries.
 */
t.test('events queries use indexes', async (t) => {
  const { db, repos } = testDatabase(t);
  for (let i = 0; i < 200; i++) {
    const date = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    repos.events.insert(
      eventFields({
        type: i % 2 ? 'phone_call' : 'drone_strike',
        startDate: date,
        endDate: date,
        places: [{ name: `Town ${i % 20}`, countryCode: 'UA', lat: null, lon: null }],
      }),
      '2025-01-01T00:00:00.000Z',
    );
  }
  db.exec('ANALYZE');
  const range = { from: '2025-03-01', to: '2025-03-31', descending: false, limit: 50 };
  const cases: Array<[string, Partial<EventFilter>, RegExp]> = [
    ['date range', {}, /SEARCH e USING INDEX events_start/],
    ['date range, newest first', { descending: true }, /SEARCH e USING INDEX events_start/],
    ['next page', { after: { key: '2025-03-10', id: 'evt_x' } }, /SEARCH e USING INDEX events_start/],
    ['type', { types: ['phone_call'] }, /SEARCH e USING INDEX events_type_start/],
    ['several types', { types: ['phone_call', 'meeting'] }, /SEARCH e USING INDEX events_(type_)?start/],
    ['actor', { actor: 'alice' }, /SEARCH event_actors USING COVERING INDEX event_actors_actor/],
    ['place', { place: 'town' }, /SEARCH event_places USING COVERING INDEX event_places_place/],
    ['full text', { fts: '"call"' }, /VIRTUAL TABLE INDEX/],
    ['status', { status: 'planned' }, /SEARCH e USING INDEX events_(status_)?start/],
    ['minimum confidence', { minConfidence: 0.5 }, /SEARCH e USING INDEX events_start/],
    ['article', { articleId: 'art_x' }, /SEARCH mentions USING COVERING INDEX mentions_article/],
  ];
  for (const [name, filter, expected] of cases) {
    const { sql, params } = repos.events.listQuery({ ...range, ...filter });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>)
      .map((row) => row.detail)
      .join('\n');
    t.match(plan, expected, `${name} uses its index`);
    t.notMatch(plan, /^SCAN e\b/m, `${name} does not scan the events table`);
  }
});
