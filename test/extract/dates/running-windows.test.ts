/**
 * A window of days told without a year, read ahead by its verb (a timetable present or a future), is the one running
 * when it is told if this year's holds the publication day (or ended within the week before it): its first day has passed.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

// [sentence, publication time, [text, start day, end day] of each mention expected]
const cases: [string, string, [string, string, string][]][] = [
  // two mentions, "from ... to", told on the window's middle day
  ['The holiday pause runs from 8 May to 10 May, the ministry says.', '2025-05-09T09:00:00Z', [['8 May', '2025-05-08', '2025-05-08'], ['10 May', '2025-05-10', '2025-05-10']]],
  ['Border crossings will stay shut from June 3 until June 6.', '2025-06-04T09:00:00Z', [['June 3', '2025-06-03', '2025-06-03'], ['June 6', '2025-06-06', '2025-06-06']]],
  // told on the last day
  ['The curfew lasts from 12 August through 15 August.', '2025-08-15T09:00:00Z', [['12 August', '2025-08-12', '2025-08-12'], ['15 August', '2025-08-15', '2025-08-15']]],
  // one mention holding the window
  ['The fair runs from 8 to 10 May in the old market hall.', '2025-05-09T09:00:00Z', [['8 to 10 May', '2025-05-08', '2025-05-10']]],
  ['The drills run May 8-10 off the coast.', '2025-05-10T09:00:00Z', [['May 8-10', '2025-05-08', '2025-05-10']]],
  // across a new year, told in the new year's first days
  ['The holiday shutdown runs from 28 December to 3 January.', '2026-01-02T09:00:00Z', [['28 December', '2025-12-28', '2025-12-28'], ['3 January', '2026-01-03', '2026-01-03']]],
  ['The holiday shutdown runs from 28 December to 3 January.', '2025-12-30T09:00:00Z', [['28 December', '2025-12-28', '2025-12-28'], ['3 January', '2026-01-03', '2026-01-03']]],
  // just over: told within the week after its last day, in the timetable present
  ['The pause, which runs from 8 May to 10 May, began on Thursday.', '2025-05-12T09:00:00Z', [['8 May', '2025-05-08', '2025-05-08'], ['10 May', '2025-05-10', '2025-05-10'], ['Thursday', '2025-05-08', '2025-05-08']]],
];

// what must stay as it was read
const unchanged: [string, string, [string, string, string][]][] = [
  // a window still wholly ahead
  ['The holiday pause runs from 8 May to 10 May, the ministry says.', '2025-05-05T09:00:00Z', [['8 May', '2025-05-08', '2025-05-08'], ['10 May', '2025-05-10', '2025-05-10']]],
  // a window told in the past, over before it is told
  ['The fair ran from 8 to 10 May in the old market hall.', '2025-05-20T09:00:00Z', [['8 to 10 May', '2025-05-08', '2025-05-10']]],
  // over for more than a week: next year's, as the verb reads
  ['The fair runs from 8 to 10 May in the old market hall.', '2025-05-20T09:00:00Z', [['8 to 10 May', '2026-05-08', '2026-05-10']]],
  // a day alone, with no last day told: nothing says it is running
  ['The pause will run from 8 May, the ministry says.', '2025-05-09T09:00:00Z', [['8 May', '2026-05-08', '2026-05-08']]],
  // a year stated: as stated
  ['The drills run from 8 May 2026 to 10 May 2026.', '2025-05-09T09:00:00Z', [['8 May 2026', '2026-05-08', '2026-05-08'], ['10 May 2026', '2026-05-10', '2026-05-10']]],
];

for (const [name, table] of [['a running window', cases], ['not moved', unchanged]] as const) {
  for (const [text, publishedAt, expected] of table) {
    t.test(`${name}: ${text} (${publishedAt.slice(0, 10)})`, async (t) => {
      const mentions = findDates(text, referenceOf(publishedAt));
      t.same(
        mentions.map((m) => [m.text, m.span?.startDate, m.span?.endDate]),
        expected,
      );
    });
  }
}
