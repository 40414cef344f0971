import t from 'tap';
import type { EventFilter } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';

/**
 * Every events query reaches the events table through an index (SEARCH), never by reading the
 * whole table: a date window through events_window (one range scan per span class, merged in
 * (startDate, id) order), the whole timeline through events_start, and each filter through its own
 * index. Actor and place names are matched by substring, which reads the (small) name
 * dictionaries. The plans are printed as test comments.
 */
t.test('events queries use indexes', async (t) => {
  const { db, repos } = testDatabase(t);
  const articleId = repos.articles.insert({
    title: 'Source',
    body: 'Alice Example and Bob Example spoke by phone.',
    url: null,
    source: null,
    publishedAt: null,
    referenceAt: '2025-01-01T00:00:00.000Z',
    ingestedAt: '2025-01-01T00:00:00.000Z',
    contentHash: 'source',
  });
  for (let i = 0; i < 400; i++) {
    const date = new Date(Date.UTC(2025, 0, 1) + (i % 200) * 86_400_000).toISOString().slice(0, 10);
    const end = i % 10 === 0 ? new Date(Date.parse(date) + (i % 3) * 40 * 86_400_000).toISOString().slice(0, 10) : date;
    const id = repos.events.insert(
      eventFields({
        type: i % 2 ? 'phone_call' : 'drone_strike',
        startDate: date,
        endDate: end,
        status: i % 7 ? 'occurred' : 'planned',
        places: [{ name: `Town ${i % 20}`, countryCode: 'UA', lat: null, lon: null }],
      }),
      '2025-01-01T00:00:00.000Z',
    );
    if (i % 50 === 0) {
      repos.events.addMention(id, articleId, { quote: 'A call.', charStart: 0, charEnd: 7, dateText: null, confidence: 0.5 }, '2025-01-01T00:00:00.000Z');
    }
  }
  db.exec('ANALYZE');
  const filters: Array<[string, Partial<EventFilter>, RegExp]> = [
    ['no filter', {}, /events_(start|window)/],
    ['newest first', { descending: true }, /events_(start|window)/],
    ['next page (cursor)', { after: { key: '2025-03-10', id: 'evt_x' } }, /events_(start|window)/],
    ['type', { types: ['phone_call'] }, /USING (COVERING )?INDEX events_(type_start|window)/],
    ['several types', { types: ['phone_call', 'meeting'] }, /USING (COVERING )?INDEX events_(type_start|start|window)/],
    ['actor', { actor: 'alice' }, /SEARCH event_actors USING COVERING INDEX event_actors_actor/],
    ['place', { place: 'town' }, /SEARCH event_places USING COVERING INDEX event_places_place/],
    ['full text', { fts: '"call"' }, /SCAN events_fts VIRTUAL TABLE INDEX/],
    ['status', { status: 'planned' }, /USING (COVERING )?INDEX events_(status_start|window)/],
    ['minimum confidence', { minConfidence: 0.5 }, /events_(start|window)/],
    ['article', { articleId }, /SEARCH mentions USING COVERING INDEX mentions_article/],
  ];
  const windows: Array<[string, Partial<EventFilter>]> = [
    ['whole timeline', {}],
    ['window', { from: '2025-03-01', to: '2025-03-07' }],
    ['open-ended window', { from: '2025-06-01' }],
    ['up to a day', { to: '2025-02-01' }],
  ];
  for (const [windowName, window] of windows) {
    for (const [name, filter, expected] of filters) {
      const { sql, params } = repos.events.listQuery({ descending: false, limit: 51, ...window, ...filter });
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
      const label = `${windowName}, ${name}`;
      t.comment(`${label}:\n  ${plan.join('\n  ')}`);
      t.match(plan.join('\n'), expected, `${label} uses its index`);
      // No index on confidence: that filter walks events_start in date order until the page is full.
      const allowedScan = name === 'minimum confidence' ? /^SCAN e\b(?! USING (COVERING )?INDEX events_start)/ : /^SCAN e\b(?! USING COVERING INDEX)/;
      t.notOk(plan.some((line) => allowedScan.test(line)), `${label} does not read the events table row by row`);
      t.ok(plan.includes('SEARCH e USING INTEGER PRIMARY KEY (rowid=?)'), `${label} reads only the page's rows whole`);
      if (window.from !== undefined) {
        t.match(plan.join('\n'), /USING (COVERING )?INDEX events_window/, `${label} reads the window from events_window`);
      }
    }
  }
});

t.test('window queries return what the plain overlap test returns', async (t) => {
  const { repos, db } = testDatabase(t);
  const spans = [0, 0, 0, 3, 6, 9, 29, 45, 88, 150, 364, 500];
  for (let i = 0; i < 600; i++) {
    const start = new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 700) * 86_400_000);
    const end = new Date(start.getTime() + spans[i % spans.length] * 86_400_000);
    repos.events.insert(
      eventFields({ startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) }),
      '2025-01-01T00:00:00.000Z',
    );
  }
  const plain = db.prepare(`SELECT id FROM events WHERE start_date <= ? AND end_date >= ? ORDER BY start_date, id`);
  for (const [from, to] of [['2024-03-01', '2024-03-07'], ['2025-01-01', '2025-01-31'], ['2023-06-01', '2024-01-02'], ['2025-11-20', '2025-12-31']]) {
    const expected = (plain.all(to, from) as Array<{ id: string }>).map((row) => row.id);
    t.same(repos.events.list({ from, to, descending: false, limit: -1 }).map((e) => e.id), expected, `${from}..${to}`);
    t.same(repos.events.list({ from, to, descending: true, limit: -1 }).map((e) => e.id), [...expected].reverse(), `${from}..${to}, newest first`);
  }
});

t.test('unfiltered pages read event_cards in key order, one range per span class', async (t) => {
  const { db, repos } = testDatabase(t);
  for (let i = 0; i < 200; i++) {
    const date = new Date(Date.UTC(2025, 0, 1) + (i % 100) * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(date) + (i % 5) * 50 * 86_400_000).toISOString().slice(0, 10);
    repos.events.insert(eventFields({ startDate: date, endDate: end }), '2025-01-01T00:00:00.000Z');
  }
  db.exec('ANALYZE');
  const positions: Array<[string, Partial<EventFilter>]> = [
    ['whole timeline', {}],
    ['window', { from: '2025-03-01', to: '2025-03-07' }],
    ['open-ended window', { from: '2025-03-01' }],
    ['up to a day', { to: '2025-02-01' }],
    ['next page of a window', { from: '2025-03-01', to: '2025-03-07', after: { key: '2025-03-02', id: 'evt_x' } }],
    ['next page', { after: { key: '2025-03-02', id: 'evt_x' } }],
  ];
  for (const [name, position] of positions) {
    for (const descending of [false, true]) {
      const { sql, params } = repos.events.cardQuery({ descending, limit: 51, ...position });
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
      const label = `${name}${descending ? ', newest first' : ''}`;
      t.comment(`${label}:\n  ${plan.join('\n  ')}`);
      const reads = plan.filter((line) => /^(SEARCH|SCAN) /.test(line));
      t.ok(reads.length > 0 && reads.every((line) => /^SEARCH event_cards USING PRIMARY KEY \(span_class=\?/.test(line)), `${label}: range scans of event_cards`);
      t.notOk(plan.some((line) => /TEMP B-TREE/.test(line)), `${label}: merged in key order, not sorted`);
    }
  }
});
