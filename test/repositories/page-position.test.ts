import t from 'tap';
import { startDateOf } from '../../src/repositories/events.js';
import { eventFields, testDatabase } from '../helpers/db.js';

/** A page's last position (its next cursor) is read from its last card's bytes, not by parsing it. */
t.test('startDateOf reads the card\'s own startDate, whatever its strings say', async (t) => {
  const card = (fields: Record<string, unknown>) => Buffer.from(JSON.stringify(fields));
  t.equal(startDateOf(card({ id: 'evt_a', title: 'plain', startDate: '2025-03-04', endDate: '2025-03-05' })), '2025-03-04');
  t.equal(startDateOf(card({ id: 'evt_a', title: '"startDate":"1999-12-31"', summary: 'startDate', startDate: '2025-03-04' })), '2025-03-04', 'a quoted field in the title');
  t.equal(startDateOf(card({ id: 'evt_a', title: 'Київ, "quoted"', startDate: '2025-03-04' })), '2025-03-04', 'non-ASCII before it');
  t.equal(startDateOf(Buffer.from('{"id":"evt_a", "startDate" : "2025-03-04"}')), '2025-03-04', 'other spacing: parsed');
});

t.test('cursor walks over events whose text names startDate give every event once', async (t) => {
  const { repos } = testDatabase(t);
  for (let i = 0; i < 30; i++) {
    const day = `2025-02-${String(1 + (i % 20)).padStart(2, '0')}`;
    repos.events.insert(eventFields({ startDate: day, endDate: day, title: `"startDate":"1999-12-${String(10 + (i % 20))}" and more`, summary: '{"startDate":"2030-01-01"}' }), '2025-01-01T00:00:00.000Z');
  }
  for (const descending of [false, true]) {
    const seen: string[] = [];
    let page = repos.events.pageBody({ descending, limit: 4 });
    seen.push(...page.ids);
    while (page.last) {
      t.match(page.last.key, /^2025-02-\d\d$/, 'the position is the event\'s own day');
      page = repos.events.pageBody({ descending, limit: 4, after: page.last });
      seen.push(...page.ids);
    }
    t.same(seen, repos.events.list({ descending, limit: -1 }).map((event) => event.id), descending ? 'newest first' : 'oldest first');
  }
});
