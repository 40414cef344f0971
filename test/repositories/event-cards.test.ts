import t, { type Test } from 'tap';
import { EVENT_TYPE_IDS } from '../../src/domain/taxonomy.js';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import type { Repositories } from '../../src/repositories/index.js';
import { presentEvent } from '../../src/routes/present.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-07-05T12:00:00.000Z';

/** Every stored event has exactly one card, and it is presentEvent of the event, field order included. */
function checkCards(t: Test, db: SqliteDatabase, repos: Repositories, label: string): void {
  const cards = db.prepare('SELECT id, json FROM event_cards').all() as Array<{ id: string; json: string }>;
  const ids = (db.prepare('SELECT id FROM events ORDER BY id').pluck().all() as string[]);
  t.same(cards.map((card) => card.id).sort(), ids, `${label}: one card per event`);
  for (const card of cards) {
    const event = repos.events.findById(card.id)!;
    t.equal(card.json, JSON.stringify(presentEvent(event)), `${label}: card of ${event.type} ${event.startDate}..${event.endDate}`);
  }
}

t.test('every event type has its codes in its card', async (t) => {
  const { db, repos } = testDatabase(t);
  for (const type of EVENT_TYPE_IDS) repos.events.insert(eventFields({ type }), NOW);
  checkCards(t, db, repos, 'all types');
});

t.test('cards follow every write to events, their actors and places', async (t) => {
  const { db, repos } = testDatabase(t);
  const articleId = repos.articles.insert({
    title: 'Source',
    body: 'Alice Example and Bob Example spoke by phone.',
    url: null,
    source: 'wire',
    publishedAt: null,
    referenceAt: '2025-01-01T00:00:00.000Z',
    ingestedAt: '2025-01-01T00:00:00.000Z',
    contentHash: 'source',
  });
  const call = repos.events.insert(eventFields(), NOW);
  const strike = repos.events.insert(
    eventFields({
      type: 'drone_strike',
      title: 'Strike on "Kyiv" \\ O\'Brien',
      places: [
        { name: 'Kyiv', countryCode: 'UA', lat: null, lon: null },
        { name: 'Nowhere', countryCode: null, lat: null, lon: null },
      ],
    }),
    NOW,
  );
  checkCards(t, db, repos, 'inserted');

  repos.events.addMention(call, articleId, { quote: 'A call.', charStart: 0, charEnd: 7, dateText: null, confidence: 0.5 }, NOW);
  checkCards(t, db, repos, 'mention counted');

  // A longer span moves the card to another span class.
  repos.events.update(strike, eventFields({ type: 'drone_strike', startDate: '2025-06-01', endDate: '2025-06-30', actors: [{ name: 'Carol Example', kind: 'person' }] }), NOW);
  checkCards(t, db, repos, 'dates and actors updated');

  db.prepare('UPDATE events SET curated = 1 WHERE id = ?').run(strike);
  db.prepare('DELETE FROM event_actors WHERE event_id = ?').run(call);
  db.prepare('DELETE FROM event_places WHERE event_id = ?').run(strike);
  checkCards(t, db, repos, 'curated, unlinked');

  repos.events.update(call, eventFields({ places: [{ name: 'Kyiv', countryCode: 'UA', lat: null, lon: null }] }), NOW);
  db.prepare("UPDATE places SET lat = 50.45, lon = 30.52 WHERE name = 'Kyiv'").run();
  db.prepare("UPDATE actors SET kind = 'group', name = 'ALICE EXAMPLE' WHERE name = 'Alice Example'").run();
  checkCards(t, db, repos, 'place and actor changed');

  db.prepare('DELETE FROM events WHERE id = ?').run(strike);
  checkCards(t, db, repos, 'deleted');
});

t.test('card pages list what the plain overlap test lists, page by page', async (t) => {
  const { repos, db } = testDatabase(t);
  const spans = [0, 0, 0, 3, 6, 9, 29, 45, 88, 150, 364, 500];
  for (let i = 0; i < 400; i++) {
    const start = new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 700) * 86_400_000);
    const end = new Date(start.getTime() + spans[i % spans.length] * 86_400_000);
    repos.events.insert(
      eventFields({ startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) }),
      NOW,
    );
  }
  const plain = db.prepare(`SELECT id FROM events WHERE start_date <= ? AND end_date >= ? ORDER BY start_date, id`);
  const windows: Array<{ from?: string; to?: string }> = [
    { from: '2024-03-01', to: '2024-03-07' },
    { from: '2025-01-01', to: '2025-01-31' },
    { from: '2023-06-01', to: '2024-01-02' },
    { from: '2025-11-20' },
    { to: '2024-02-01' },
    {},
  ];
  for (const window of windows) {
    const expected = (plain.all(window.to ?? '9999-12-31', window.from ?? '0000-01-01') as Array<{ id: string }>).map((row) => row.id);
    for (const descending of [false, true]) {
      const ids: string[] = [];
      let after: { key: string; id: string } | undefined;
      do {
        const page = repos.events.pageJson({ ...window, descending, limit: 17, after });
        ids.push(...page.data.map((json) => (JSON.parse(json) as { id: string }).id));
        after = page.last;
      } while (after);
      t.same(ids, descending ? [...expected].reverse() : expected, `${JSON.stringify(window)}${descending ? ', newest first' : ''}`);
    }
  }
});
