import t, { type Test } from 'tap';
import type { EventFilter } from '../../src/repositories/types.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { createArticleRepository } from '../../src/repositories/articles.js';
import { joinedKey, joinedKeyRange, keyRange, splitKey } from '../../src/repositories/key-range.js';
import { eventFields, testDatabase } from '../helpers/db.js';

/**
 * A page after a cursor seeks to the cursor, however deep in a date window it lies: the window's
 * bound on the cursor's side is left out when the cursor implies it (and the cursor when the bound
 * implies it), so SQLite cannot seek to the window's edge and test the cursor on every row up to it.
 */

const columns = { start: 's', id: 'i' };
const cursor = (key: string) => ({ key, id: 'evt_m' });

t.test('keyRange writes the binding one of the cursor and the bound on its side', async (t) => {
  const cases: Array<[string, Parameters<typeof keyRange>[1], string[], unknown[]]> = [
    ['no bounds, no cursor', {}, [], []],
    ['a window, no cursor', { lower: '2025-01-01', upper: '2025-01-31' }, ['s >= ?', 's <= ?'], ['2025-01-01', '2025-01-31']],
    ['a cursor alone', { after: cursor('2025-01-10') }, ['(s, i) > (?, ?)'], ['2025-01-10', 'evt_m']],
    ['a cursor alone, newest first', { after: cursor('2025-01-10'), descending: true }, ['(s, i) < (?, ?)'], ['2025-01-10', 'evt_m']],
    ['a cursor inside the window', { lower: '2025-01-01', upper: '2025-01-31', after: cursor('2025-01-10') }, ['(s, i) > (?, ?)', 's <= ?'], ['2025-01-10', 'evt_m', '2025-01-31']],
    ['a cursor on the lower bound', { lower: '2025-01-01', after: cursor('2025-01-01') }, ['(s, i) > (?, ?)'], ['2025-01-01', 'evt_m']],
    ['a cursor before the lower bound', { lower: '2025-01-05', upper: '2025-01-31', after: cursor('2024-12-20') }, ['s >= ?', 's <= ?'], ['2025-01-05', '2025-01-31']],
    [
      'newest first, a cursor inside the window',
      { lower: '2025-01-01', upper: '2025-01-31', after: cursor('2025-01-10'), descending: true },
      ['(s, i) < (?, ?)', 's >= ?'],
      ['2025-01-10', 'evt_m', '2025-01-01'],
    ],
    ['newest first, a cursor on the upper bound', { upper: '2025-01-31', after: cursor('2025-01-31'), descending: true }, ['(s, i) < (?, ?)'], ['2025-01-31', 'evt_m']],
    ['newest first, a cursor after the upper bound', { upper: '2025-01-31', after: cursor('2025-02-03'), descending: true }, ['s <= ?'], ['2025-01-31']],
    // The bound away from the cursor is always kept.
    ['oldest first, the upper bound with a cursor before it', { upper: '2025-01-31', after: cursor('2025-01-10') }, ['(s, i) > (?, ?)', 's <= ?'], ['2025-01-10', 'evt_m', '2025-01-31']],
  ];
  for (const [name, range, where, params] of cases) {
    const written = keyRange(columns, range);
    t.same({ where: written.where, params: written.params }, { where, params }, name);
  }
  // The shape names the conditions written: the same shape and direction, the same conditions.
  const byShape = new Map<string, string[]>();
  for (const [name, range, where] of cases) {
    const { shape } = keyRange(columns, range);
    t.equal(shape.length, where.length, `${name}: a letter per condition (${shape})`);
    const key = `${shape} ${range.descending ? 'desc' : 'asc'}`;
    if (byShape.has(key)) t.same(where, byShape.get(key), `${name}: as the other ${key}`);
    else byShape.set(key, where);
  }
  t.ok(byShape.size >= 6, `${byShape.size} shapes among the cases`);
});

/** 600 events over 200 days, a fifth of them lasting 10 to 400 days (every span class), and a type, status and actor mix. */
function timeline(t: Test) {
  const { db, repos } = testDatabase(t);
  const spans = [0, 0, 0, 0, 10, 0, 0, 0, 0, 45, 0, 0, 0, 0, 120, 0, 0, 0, 0, 400];
  for (let i = 0; i < 600; i++) {
    const startDate = new Date(Date.UTC(2025, 0, 1) + ((i * 7) % 200) * 86_400_000).toISOString().slice(0, 10);
    const endDate = new Date(Date.parse(startDate) + spans[i % spans.length] * 86_400_000).toISOString().slice(0, 10);
    const id = repos.events.insert(
      eventFields({
        type: i % 3 ? 'phone_call' : 'drone_strike',
        status: i % 4 ? 'occurred' : 'planned',
        startDate,
        endDate,
        actors: [{ name: i % 2 ? 'Alice Example' : 'Bob Example', kind: 'person' }],
      }),
      '2025-01-01T00:00:00.000Z',
    );
    repos.events.refresh(id, '2025-01-01T00:00:00.000Z');
  }
  db.exec('ANALYZE');
  return { db, repos };
}

const deep = { key: '2025-05-20', id: 'evt_m' };
const windows: Array<[string, Partial<EventFilter>]> = [
  ['a window', { from: '2025-02-01', to: '2025-06-30' }],
  ['an open-ended window', { from: '2025-02-01' }],
  ['up to a day', { to: '2025-06-30' }],
];

t.test('joinedKeyRange writes the same choice as one-column conditions on the joined key', async (t) => {
  const cases: Array<[string, Parameters<typeof joinedKeyRange>[1], string[], unknown[]]> = [
    ['no bounds, no cursor', {}, [], []],
    ['a window, no cursor', { lower: '2025-01-01', upper: '2025-01-31' }, ['k >= ?', 'k < ?'], ['2025-01-01', '2025-01-31!']],
    ['a cursor alone', { after: cursor('2025-01-10') }, ['k > @after'], []],
    ['a cursor alone, newest first', { after: cursor('2025-01-10'), descending: true }, ['k < @after'], []],
    ['a cursor inside the window', { lower: '2025-01-01', upper: '2025-01-31', after: cursor('2025-01-10') }, ['k > @after', 'k < ?'], ['2025-01-31!']],
    ['a cursor before the lower bound', { lower: '2025-01-05', after: cursor('2024-12-20') }, ['k >= ?'], ['2025-01-05']],
    ['newest first, a cursor inside the window', { lower: '2025-01-01', upper: '2025-01-31', after: cursor('2025-01-10'), descending: true }, ['k < @after', 'k >= ?'], ['2025-01-01']],
    ['newest first, a cursor after the upper bound', { upper: '2025-01-31', after: cursor('2025-02-03'), descending: true }, ['k < ?'], ['2025-01-31!']],
  ];
  for (const [name, range, where, params] of cases) {
    const written = joinedKeyRange('k', range, 'after');
    t.same({ where: written.where, params: written.params }, { where, params }, name);
    t.equal(written.shape, keyRange(columns, range).shape, `${name}: keyRange's shape`);
  }
});

t.test('joined keys sort as (day, id) do, and day bounds on them select the same days', async (t) => {
  // Ids as newId writes them and some that are not (shorter, longer, digits and underscores), days
  // alike and adjacent: every pair compares as its (day, id) pair does.
  const days = ['2024-12-31', '2025-01-01', '2025-01-02', '2025-10-01'];
  const ids = ['evt_01jc0000000000000000000000', 'evt_01jc0000000000000000000001', 'evt_0', 'evt_', 'evt_m', 'evt_m_2', 'evt_z9', 'e'];
  const positions = days.flatMap((key) => ids.map((id) => ({ key, id })));
  const sign = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  let pairs = 0;
  for (const a of positions) {
    t.same(splitKey(joinedKey(a)), a, 'split gives the position back');
    for (const b of positions) {
      const byPair = sign(a.key, b.key) || sign(a.id, b.id);
      if (sign(joinedKey(a), joinedKey(b)) !== byPair) t.fail(`${joinedKey(a)} against ${joinedKey(b)}`);
      pairs++;
    }
    for (const day of days) {
      if (joinedKey(a) >= day !== a.key >= day) t.fail(`${joinedKey(a)} >= ${day}`);
      if (joinedKey(a) < `${day}!` !== a.key <= day) t.fail(`${joinedKey(a)} <= ${day}`);
    }
  }
  t.equal(pairs, positions.length ** 2, 'every pair compared');
});

t.test('a page deep in a window seeks to its cursor', async (t) => {
  const { db, repos } = timeline(t);
  const planOf = (query: { sql: string; params: unknown[] }) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>).map((row) => row.detail);
  for (const [name, window] of windows) {
    for (const descending of [false, true]) {
      // Newest first, the cursor's side is the window's end: an open-ended window has none to drop.
      const after = descending ? { key: '2025-03-10', id: 'evt_m' } : deep;
      const label = `${name}${descending ? ', newest first' : ''}`;
      const seek = descending ? '(start_date,id)<(?,?)' : '(start_date,id)>(?,?)';
      // The cards' one-column key (migration 014): the cursor is the range's start, one comparison.
      const keySeek = descending ? 'key<?' : 'key>?';
      const cards = planOf(repos.events.cardQuery({ ...window, descending, after, limit: 51 }));
      t.comment(`${label}, unfiltered:\n  ${cards.join('\n  ')}`);
      const reads = cards.filter((line) => /^(SEARCH|SCAN) /.test(line));
      t.ok(
        reads.length > 0 && reads.every((line) => line.startsWith('SEARCH event_cards USING PRIMARY KEY (span_class=? AND ') && line.includes(keySeek)),
        `${label}, unfiltered: every range starts at the cursor`,
      );
      for (const [filterName, filter] of [
        ['type', { types: ['drone_strike'] }],
        ['status', { status: 'planned' }],
      ] as Array<[string, Partial<EventFilter>]>) {
        const plan = planOf(repos.events.listQuery({ ...window, ...filter, descending, after, limit: 51 }));
        t.comment(`${label}, ${filterName}:\n  ${plan.join('\n  ')}`);
        const searches = plan.filter((line) => /^SEARCH e USING (COVERING )?INDEX /.test(line));
        t.ok(searches.length > 0 && searches.every((line) => line.includes(seek)), `${label}, ${filterName}: every index range starts at the cursor`);
      }
    }
  }
});

t.test('pages read after a cursor are the events after it, whichever of cursor and bound binds', async (t) => {
  const { db, repos } = timeline(t);
  const overlapping = db.prepare(
    `SELECT e.id FROM events e WHERE e.start_date <= ? AND e.end_date >= ? AND (? IS NULL OR e.type = ?) AND (? IS NULL OR e.status = ?)
       AND (? IS NULL OR e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE a.name LIKE ?))
     ORDER BY e.start_date, e.id`,
  );
  const filters: Array<[string, Partial<EventFilter>]> = [
    ['no filter', {}],
    ['type', { types: ['drone_strike'] }],
    ['status', { status: 'planned' }],
    ['actor', { actor: 'alice' }],
  ];
  for (const [name, window] of windows) {
    for (const [filterName, filter] of filters) {
      const type = filter.types?.[0] ?? null;
      const status = filter.status ?? null;
      const actor = filter.actor ? `%${filter.actor}%` : null;
      const wanted = (
        overlapping.all(window.to ?? '9999-12-31', window.from ?? '0000-01-01', type, type, status, status, actor, actor) as Array<{ id: string }>
      ).map((row) => row.id);
      for (const descending of [false, true]) {
        // Pages of 9: cursors land on long events that began before the window, before some span classes' bounds.
        const pages: string[] = [];
        const cards: string[] = [];
        let after: EventFilter['after'];
        let afterCards: EventFilter['after'];
        do {
          const page = repos.events.page({ ...window, ...filter, descending, after, limit: 9 });
          pages.push(...page.data.map((event) => event.id));
          after = page.last;
        } while (after);
        do {
          const page = repos.events.pageBody({ ...window, ...filter, descending, after: afterCards, limit: 9 });
          cards.push(...page.ids);
          afterCards = page.last;
        } while (afterCards);
        const label = `${name}, ${filterName}${descending ? ', newest first' : ''}`;
        t.same(pages, descending ? [...wanted].reverse() : wanted, `${label}: every event once, in order`);
        t.same(cards, pages, `${label}: the same pages as JSON`);
      }
    }
  }
});

t.test('articles, newest first: a page after a cursor in a time window seeks to the cursor, and pages give every article once', async (t) => {
  const db = openDatabase(':memory:');
  migrate(db);
  t.teardown(() => db.close());
  const sqls: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    sqls.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  const articles = createArticleRepository(db);
  for (let i = 0; i < 300; i++) {
    const referenceAt = new Date(Date.UTC(2025, 0, 1) + ((i * 37) % 100) * 86_400_000 + i * 60_000).toISOString();
    articles.insert({ title: `Article ${i}`, body: 'Text.', url: null, source: null, publishedAt: null, referenceAt, ingestedAt: referenceAt, contentHash: `h${i}` });
  }
  db.exec('ANALYZE');
  const plain = prepare(`SELECT id FROM articles WHERE reference_at >= ? AND reference_at <= ? ORDER BY reference_at DESC, id DESC`);
  const windows: Array<[string, string | undefined, string | undefined]> = [
    ['a window', '2025-01-20T00:00:00.000Z', '2025-03-10T23:59:59.999Z'],
    ['up to an instant', undefined, '2025-03-10T23:59:59.999Z'],
    ['from an instant', '2025-01-20T00:00:00.000Z', undefined],
    ['no window', undefined, undefined],
  ];
  for (const [name, fromInstant, toInstant] of windows) {
    const wanted = (plain.all(fromInstant ?? '', toInstant ?? '9999') as Array<{ id: string }>).map((row) => row.id);
    const seen: string[] = [];
    let after: EventFilter['after'];
    do {
      const page = articles.list({ fromInstant, toInstant, after, limit: 7 });
      seen.push(...page.data.map((article) => article.id));
      after = page.last;
    } while (after);
    t.same(seen, wanted, `${name}: every article once, newest first`);
  }
  // A repository of its own prepares the page query again, where it is seen.
  sqls.length = 0;
  createArticleRepository(db).list({ fromInstant: '2025-01-20T00:00:00.000Z', toInstant: '2025-03-10T23:59:59.999Z', after: { key: '2025-02-15T00:00:00.000Z', id: 'art_m' }, limit: 7 });
  const listSql = sqls.find((sql) => sql.includes('ORDER BY a.reference_at DESC'));
  if (!listSql) return t.fail('no page query prepared');
  t.notOk(listSql.includes('a.reference_at <= ?'), 'no upper bound beside a cursor inside the window');
  t.ok(listSql.includes('(a.reference_at, a.id) < (?, ?)'), 'the cursor as the upper bound');
  const plan = (prepare(`EXPLAIN QUERY PLAN ${listSql}`).all(...(listSql.match(/\?/g) ?? []).map(() => null)) as Array<{ detail: string }>).map((row) => row.detail);
  t.comment(plan.join('\n'));
  t.ok(plan.some((line) => line.startsWith('SEARCH a USING INDEX articles_reference_at (') && line.includes('(reference_at,id)<(?,?)')), 'the index is searched from the cursor');
});
