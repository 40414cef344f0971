import t from 'tap';
import { parseDateQuery } from '../../../src/extract/dates/query.js';

// 2025-07-09 is a Wednesday.
const NOW = new Date('2025-07-09T10:00:00Z');

const cases: [string, [string, string, string] | null][] = [
  ['2025-07-03', ['2025-07-03', '2025-07-03', 'day']],
  ['2025-02-30', null],
  ['2025-13', null],
  ['2025-00', null],
  ['2025-07', ['2025-07-01', '2025-07-31', 'month']],
  ['2024-02', ['2024-02-01', '2024-02-29', 'month']],
  ['2025', ['2025-01-01', '2025-12-31', 'year']],
  ['last week', ['2025-06-30', '2025-07-06', 'week']],
  ['this week', ['2025-07-07', '2025-07-13', 'week']],
  ['yesterday', ['2025-07-08', '2025-07-08', 'day']],
  ['today', ['2025-07-09', '2025-07-09', 'day']],
  ['March 2022', ['2022-03-01', '2022-03-31', 'month']],
  ['march 2022', ['2022-03-01', '2022-03-31', 'month']],
  ['2 weeks ago', ['2025-06-25', '2025-06-25', 'day']],
  ['last month', ['2025-06-01', '2025-06-30', 'month']],
  ['last year', ['2024-01-01', '2024-12-31', 'year']],
  ['in 2022', ['2022-01-01', '2022-12-31', 'year']],
  ['24 February 2022', ['2022-02-24', '2022-02-24', 'day']],
  ['monday', ['2025-07-07', '2025-07-07', 'day']],
  ['may', ['2025-05-01', '2025-05-31', 'month']],
  ['3 drones', null],
  ['for 30 days', null],
  ['the invasion of 2022 by tanks', null],
  ['hello', null],
  ['', null],
];

for (const [input, expected] of cases) {
  t.test(JSON.stringify(input), async (t) => {
    const span = parseDateQuery(input, NOW);
    t.same(span, expected && { startDate: expected[0], endDate: expected[1], precision: expected[2] });
  });
}
