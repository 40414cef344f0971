import t from 'tap';
import type { EventType } from '../../src/domain/taxonomy.js';
import type { EventFilter } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';

/**
 * A date window filtered by an actor or place is read from the name's merge keys, one range per
 * name, type and span class, merged in timeline order: the same events, in the same order, page by
 * page, as the plain definition (the event overlaps the window and names a matching actor or
 * place), whatever the name's frequency, the window's width, the order or the other filters.
 */
function timeline(t: Parameters<typeof testDatabase>[0]) {
  const { db, repos } = testDatabase(t);
  const person = (name: string) => ({ name, kind: 'person' as const });
  const town = (name: string) => ({ name, countryCode: 'UA', lat: null, lon: null });
  const types: EventType[] = ['phone_call', 'drone_strike', 'meeting'];
  // Spans of every class: one day, under a week, a month, a quarter, a year, longer.
  const spans = [0, 0, 0, 3, 0, 20, 0, 80, 0, 200, 0, 400];
  for (let i = 0; i < 420; i++) {
    const start = new Date(Date.UTC(2025, 0, 1) + ((i * 11) % 150) * 86_400_000);
    const end = new Date(start.getTime() + spans[i % spans.length] * 86_400_000);
    repos.events.insert(
      eventFields({
        type: types[i % 3],
        status: i % 5 === 0 ? 'planned' : 'occurred',
        startDate: start.toISOString().slice(0, 10),
        endDate: end.toISOString().slice(0, 10),
        // "Common Person" named by half the events, "Rare Person" by one in 25, both by some;
        // "Other Person" by one in 7.
        actors: [
          ...(i % 2 === 0 ? [person('Common Person')] : []),
          ...(i % 25 === 0 ? [person('Rare Person')] : []),
          ...(i % 7 === 0 ? [person('Other Person')] : []),
        ],
        places: [...(i % 4 === 0 ? [town('Kharkiv')] : []), ...(i % 6 === 0 ? [town('Lviv')] : [])],
      }),
      '2025-01-01T00:00:00.000Z',
    );
  }
  db.exec('ANALYZE');
  const rows = db.prepare(`SELECT e.id, e.type, e.status, e.start_date AS startDate, e.end_date AS endDate,
      (SELECT group_concat(a.name, '|') FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS actors,
      (SELECT group_concat(p.name, '|') FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = e.id) AS places
    FROM events e ORDER BY e.start_date, e.id`).all() as Array<{
    id: string;
    type: EventType;
    status: string;
    startDate: string;
    endDate: string;
    actors: string | null;
    places: string | null;
  }>;
  /** The plain definition of a filter's result, in timeline order. */
  const expected = (filter: Partial<EventFilter>) =>
    rows
      .filter(
        (row) =>
          (filter.to === undefined || row.startDate <= filter.to) &&
          (filter.from === undefined || row.endDate >= filter.from) &&
          (filter.actor === undefined || (row.actors ?? '').toLowerCase().includes(filter.actor)) &&
          (filter.place === undefined || (row.places ?? '').toLowerCase().includes(filter.place)) &&
          (filter.types === undefined || filter.types.includes(row.type)) &&
          (filter.status === undefined || row.status === filter.status),
      )
      .map((row) => row.id);
  return { db, repos, expected };
}

const planOf = (db: ReturnType<typeof testDatabase>['db'], query: { sql: string; params: unknown[] }) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');

t.test('windows filtered by a name give the plain result, page by page, both ways', async (t) => {
  const { repos, expected } = timeline(t);
  const filters: Array<[string, Partial<EventFilter>]> = [
    ['common actor', { actor: 'common' }],
    ['rare actor', { actor: 'rare' }],
    ['unknown actor', { actor: 'nobody' }],
    ['several actors of one type (an event naming two is listed once)', { actor: 'person', types: ['phone_call'] }],
    ['several actors of every type (too many ranges: probed)', { actor: 'person' }],
    ['place', { place: 'kharkiv' }],
    ['actor of two types', { actor: 'common', types: ['drone_strike', 'meeting'] }],
    ['actor and status', { actor: 'common', status: 'planned' }],
    ['actor and place', { actor: 'rare', place: 'lviv' }],
  ];
  const windows: Array<[string | undefined, string | undefined]> = [
    ['2025-02-01', '2025-02-07'],
    ['2025-03-10', '2025-03-10'],
    ['2025-01-15', '2025-05-01'],
    ['2025-04-01', undefined],
  ];
  for (const [name, filter] of filters) {
    for (const [from, to] of windows) {
      const wanted = expected({ from, to, ...filter });
      for (const descending of [false, true]) {
        const listed: string[] = [];
        const bodies: string[] = [];
        let after: EventFilter['after'];
        do {
          const query: EventFilter = { descending, limit: 10, from, to, after, ...filter };
          const page = repos.events.list(query);
          listed.push(...page.map((e) => e.id));
          bodies.push(...repos.events.pageBody(query).ids);
          after = page.length === 10 ? { key: page[9].startDate, id: page[9].id } : undefined;
        } while (after);
        const label = `${name}, ${from}..${to ?? 'end'}${descending ? ', newest first' : ''}`;
        t.same(listed, descending ? [...wanted].reverse() : wanted, `${label}: every match once, in order`);
        t.same(bodies, listed, `${label}: the JSON pages list the same events`);
      }
    }
  }
});

t.test('a window of one name is merged from its key ranges in order, not gathered and sorted', async (t) => {
  const { db, repos } = timeline(t);
  const window = { from: '2025-02-01', to: '2025-02-07', descending: false, limit: 51 };
  for (const [name, filter, keys] of [
    ['actor', { actor: 'common' }, /SEARCH k USING PRIMARY KEY \(actor_id=\? AND type=\? AND span_class=\? AND start_date>\? AND start_date<\?\)/],
    ['place', { place: 'kharkiv' }, /SEARCH k USING PRIMARY KEY \(place_id=\? AND type=\? AND span_class=\? AND start_date>\? AND start_date<\?\)/],
  ] as const) {
    for (const select of ['rows', 'json'] as const) {
      const plan = planOf(db, repos.events.listQuery({ ...window, ...filter }, select));
      t.comment(`${name}, ${select}:\n  ${plan.replaceAll('\n', '\n  ')}`);
      t.match(plan, keys, `${name} (${select}): ranges of its merge keys`);
      t.match(plan, /MERGE \(UNION ALL\)/, `${name} (${select}): merged in timeline order`);
      // Only the page's own rows are sorted (outside the merge), once.
      t.equal(plan.match(/TEMP B-TREE/g)?.length, 1, `${name} (${select}): nothing sorted but the page`);
      t.notMatch(plan, /events_window/, `${name} (${select}): no walk along the window`);
    }
  }
  // Another filter reads only the matched keys' events.
  const withStatus = planOf(db, repos.events.listQuery({ ...window, actor: 'common', status: 'planned' }, 'json'));
  t.match(withStatus, /SEARCH e USING INDEX sqlite_autoindex_events_1 \(id=\?\)/, 'a further filter looks each keyed event up by id');
  const tooMany = planOf(db, repos.events.listQuery({ ...window, actor: 'person' }, 'json'));
  t.match(tooMany, /events_window/, 'a text naming too many names for its ranges walks the window instead');
});

t.test('a page limit is written into the query, which a non-integer would break', async (t) => {
  const { repos } = testDatabase(t);
  const { sql, params } = repos.events.listQuery({ from: '2025-01-01', to: '2025-01-07', actor: 'x', descending: false, limit: 51 });
  t.match(sql, /LIMIT 51\b/, 'the limit is in the SQL');
  t.notOk(params.includes(51), 'not a parameter');
  t.throws(() => repos.events.cardQuery({ descending: false, limit: 1.5 }), /not an integer/);
});
