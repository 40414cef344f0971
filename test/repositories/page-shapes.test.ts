import t from 'tap';
import type { EventFilter } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';

/**
 * Unfiltered pages are prepared by the shape of their SQL (statements.ts shapedStatementCache), not
 * by its text, which is written only for a shape not held: a shape must name exactly one SQL text,
 * for either selection, any order, limit, window and cursor position.
 */
t.test('each shape of an unfiltered page query names one SQL text, and each text one shape', async (t) => {
  const { repos } = testDatabase(t);
  // Events of every span class, so that every arm is there.
  for (const [i, days] of [0, 3, 20, 60, 200, 500].entries()) {
    const start = `2025-0${1 + i}-10`;
    const end = new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
    repos.events.insert(eventFields({ startDate: start, endDate: end }), '2025-01-01T00:00:00.000Z');
  }
  const after = (key: string) => ({ key, id: 'evt_m' });
  const windows: Array<Partial<EventFilter>> = [
    {},
    { from: '2025-03-01' },
    { to: '2025-03-31' },
    { from: '2025-03-01', to: '2025-03-07' },
    { from: '2025-03-02', to: '2025-03-09' },
  ];
  // Cursors before, inside and after the windows, and far enough before them that only the
  // long span classes' lower bounds (from - the class's longest span) come before the cursor.
  const cursors = [undefined, after('2024-01-01'), after('2025-02-20'), after('2025-02-28'), after('2025-03-03'), after('2025-04-30')];
  const shapes = new Map<string, string>();
  const texts = new Map<string, string>();
  let queries = 0;
  for (const select of ['json', 'keys'] as const) {
    for (const descending of [false, true]) {
      for (const limit of [11, 51]) {
        for (const window of windows) {
          for (const cursor of cursors) {
            const { sql, shape } = repos.events.cardQuery({ ...window, after: cursor, descending, limit }, select);
            queries++;
            const seen = shapes.get(shape);
            if (seen !== undefined && seen !== sql) t.fail(`shape ${shape} names two texts:\n${seen}\n${sql}`);
            shapes.set(shape, sql);
            const seenShape = texts.get(sql);
            if (seenShape !== undefined && seenShape !== shape) t.fail(`one text has shapes ${seenShape} and ${shape}`);
            texts.set(sql, shape);
          }
        }
      }
    }
  }
  t.equal(shapes.size, texts.size, `${queries} queries: ${shapes.size} shapes, one text each`);
  t.ok(shapes.size > 40, 'many shapes among them');
});

t.test('pages read through statements by shape are the pages of the SQL text', async (t) => {
  const { repos } = testDatabase(t);
  for (let i = 0; i < 120; i++) {
    const start = new Date(Date.UTC(2025, 0, 1) + (i % 40) * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(start) + [0, 2, 10, 45, 120, 400][i % 6] * 86_400_000).toISOString().slice(0, 10);
    repos.events.insert(eventFields({ startDate: start, endDate: end }), '2025-01-01T00:00:00.000Z');
  }
  const all = repos.events.list({ descending: false, limit: -1 }).map((event) => event.id);
  for (const window of [{}, { from: '2025-01-15', to: '2025-01-21' }] as Array<Partial<EventFilter>>) {
    for (const descending of [false, true]) {
      // Walk by cursor: every page the same statement shape after the first; the walk gives each event once.
      const seen: string[] = [];
      let page = repos.events.pageBody({ ...window, descending, limit: 7 });
      seen.push(...page.ids);
      while (page.last) {
        page = repos.events.pageBody({ ...window, descending, limit: 7, after: page.last });
        seen.push(...page.ids);
      }
      const expected = repos.events.list({ ...window, descending, limit: -1 }).map((event) => event.id);
      t.same(seen, expected, `${JSON.stringify(window)}${descending ? ', newest first' : ''}: every event once, in order`);
      t.ok(expected.length > 0 && expected.length <= all.length);
    }
  }
});
