import t from 'tap';
import type { EventFilter } from '../../src/repositories/types.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { createEventRepository } from '../../src/repositories/events.js';
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
      // A window of one actor's events is read from its merge keys, one range per type and span
      // class ("town" names twenty places: too many ranges, so the window is probed instead).
      const byNameKeys = window.from !== undefined && name === 'actor';
      t.match(plan.join('\n'), byNameKeys ? /SEARCH k USING PRIMARY KEY \(actor_id=\? AND type=\? AND span_class=\? AND start_date>\?/ : expected, `${label} uses its index`);
      // No index on confidence: that filter walks events_start in date order until the page is full.
      const allowedScan = name === 'minimum confidence' ? /^SCAN e\b(?! USING (COVERING )?INDEX events_start)/ : /^SCAN e\b(?! USING COVERING INDEX)/;
      t.notOk(plan.some((line) => allowedScan.test(line)), `${label} does not read the events table row by row`);
      t.ok(plan.includes('SEARCH e USING INTEGER PRIMARY KEY (rowid=?)'), `${label} reads only the page's rows whole`);
      if (window.from !== undefined && !byNameKeys) {
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

t.test('actor, place and text filters gather rare matches and probe common ones, with the same results', async (t) => {
  const db = openDatabase(':memory:');
  migrate(db);
  t.teardown(() => db.close());
  const gatheredMatchesMax = 40;
  const events = createEventRepository(db, { gatheredMatchesMax });
  const person = (name: string) => ({ name, kind: 'person' as const });
  const town = (name: string) => ({ name, countryCode: 'UA', lat: null, lon: null });
  for (let i = 0; i < 300; i++) {
    const start = new Date(Date.UTC(2025, 0, 1) + ((i * 7) % 120) * 86_400_000).toISOString().slice(0, 10);
    const end = i % 9 === 0 ? new Date(Date.parse(start) + 20 * 86_400_000).toISOString().slice(0, 10) : start;
    const id = events.insert(
      eventFields({
        startDate: start,
        endDate: end,
        title: i % 2 === 0 ? 'Harbour talks' : i % 25 === 0 ? 'Lighthouse summit' : 'Other news',
        // "Common" is named by 150 events, "Rare" by 10; Kyiv by 100, Lviv by 15
        actors: [...(i % 2 === 0 ? [person('Common Person')] : []), ...(i % 30 === 0 ? [person('Rare Person')] : [])],
        places: [...(i % 3 === 0 ? [town('Kyiv')] : []), ...(i % 20 === 0 ? [town('Lviv')] : [])],
      }),
      '2025-01-01T00:00:00.000Z',
    );
    events.refresh(id, '2025-01-01T00:00:00.000Z');
  }
  db.exec('ANALYZE');
  const names = db.prepare(`SELECT e.id, e.start_date, e.title,
      (SELECT group_concat(a.name) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS actors,
      (SELECT group_concat(p.name) FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = e.id) AS places
    FROM events e WHERE e.start_date <= ? AND e.end_date >= ? ORDER BY e.start_date, e.id`);
  const cases: Array<[string, Partial<EventFilter>, 'probe' | 'gather']> = [
    ['common actor', { actor: 'common' }, 'probe'],
    ['rare actor', { actor: 'rare' }, 'gather'],
    ['unknown actor', { actor: 'nobody' }, 'gather'],
    ['common place', { place: 'kyiv' }, 'probe'],
    ['rare place', { place: 'lviv' }, 'gather'],
    ['common words', { fts: 'harbour' }, 'probe'],
    ['rare words', { fts: 'lighthouse' }, 'gather'],
  ];
  for (const [name, filter, way] of cases) {
    const { sql, params } = events.listQuery({ descending: false, limit: 51, ...filter });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    t.comment(`${name}:\n  ${plan.replaceAll('\n', '\n  ')}`);
    if (filter.fts !== undefined) {
      t.match(plan, way === 'probe' ? /SCAN e USING COVERING INDEX events_start/ : /SEARCH e USING INTEGER PRIMARY KEY \(rowid=\?\)\nLIST SUBQUERY/, `${name}: ${way === 'probe' ? 'the timeline walked in order against the matches' : 'the matches gathered'}`);
    } else if (way === 'probe') {
      t.match(plan, /SEARCH e[ap] USING PRIMARY KEY \(event_id=\?\)/, `${name}: each event's links probed by key`);
      t.match(plan, /SCAN e USING COVERING INDEX events_start/, `${name}: the timeline walked in order`);
      t.notMatch(plan, /BLOOM FILTER ON/, `${name}: no filter built over every link`);
    } else {
      t.match(plan, /SEARCH event_(actors|places) USING COVERING INDEX event_(actors_actor|places_place)/, `${name}: its events gathered by name`);
    }
    for (const [from, to] of [[undefined, undefined], ['2025-02-01', '2025-02-07'], ['2025-03-15', undefined]] as const) {
      const text = (row: { title: string; actors: string | null; places: string | null }) =>
        (filter.actor ? row.actors : filter.place ? row.places : row.title) ?? '';
      const wanted = (names.all(to ?? '9999-12-31', from ?? '0000-01-01') as Array<{ id: string; title: string; actors: string | null; places: string | null }>)
        .filter((row) => text(row).toLowerCase().includes(filter.actor ?? filter.place ?? filter.fts!))
        .map((row) => row.id);
      for (const descending of [false, true]) {
        const pages: string[] = [];
        let after: EventFilter['after'];
        do {
          const page = events.list({ descending, limit: 7, from, to, after, ...filter });
          pages.push(...page.map((e) => e.id));
          after = page.length === 7 ? { key: page[6].startDate, id: page[6].id } : undefined;
        } while (after);
        t.same(pages, descending ? [...wanted].reverse() : wanted, `${name}, ${from ?? 'start'}..${to ?? 'end'}${descending ? ', newest first' : ''}: every match once, in order, page by page`);
      }
    }
  }
});

t.test('the set of events that common words match is dropped at the next write', async (t) => {
  const db = openDatabase(':memory:');
  migrate(db);
  t.teardown(() => db.close());
  const events = createEventRepository(db, { gatheredMatchesMax: 5 });
  const add = (title: string, startDate: string) => {
    const id = events.insert(eventFields({ title, startDate, endDate: startDate }), '2025-01-01T00:00:00.000Z');
    events.refresh(id, '2025-01-01T00:00:00.000Z');
    return id;
  };
  for (let day = 10; day < 20; day++) add('Harbour talks', `2025-01-${day}`);
  const found = () => events.list({ descending: false, limit: -1, fts: 'harbour' }).map((e) => e.id);
  t.equal(found().length, 10, 'ten events match');
  const later = add('Harbour talks resume', '2025-01-05');
  t.equal(found()[0], later, 'an event stored since is found, in its place');
  events.deleteIfUnmentioned(later);
  t.equal(found().length, 10, 'and a deleted one is gone');
});
