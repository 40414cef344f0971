/**
 * ISO 8601 ordinal dates, a year and the day of that year in three figures, as data desks, logs, aviation and space
 * reporting write them: "2022-283" is 10 October 2022. A desk's "N" after the day ("2024-238N", the night that begins
 * that evening) spans that day and the next. Figures of that shape that number a document, count a quantity or run
 * from one year to another are no date. Sentences written for this test; published on Friday 4 October 2024 unless a
 * row says otherwise.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2024-10-04T15:00:00Z');

const days = (text: string, ref = REF) =>
  findDates(text, ref)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}${d.span?.endDate !== d.span?.startDate ? `..${d.span?.endDate}` : ''}`);

const DATES: Array<[string, string[], string?]> = [
  // a log's line headed by the day: a leap year's day 60 is 29 February, its day 366 the last of the year
  ['2024-060 | Odesa | port cranes damaged', ['2024-060=2024-02-29']],
  ['2024-366 | depot | year-end inventory closed', ['2024-366=2024-12-31'], '2025-01-03T09:00:00Z'],
  // not a leap year: day 60 is 1 March
  ['2023-060 | Kherson | shelling of the river station', ['2023-060=2023-03-01']],
  ['2022-001 | Kyiv | curfew eased', ['2022-001=2022-01-01']],
  // in running text, after a preposition, in brackets
  ['The launch slipped to 2024-250 after a fuel leak.', ['2024-250=2024-09-06']],
  ['The order was signed in the evening (2024-201 in Kyiv).', ['2024-201=2024-07-19']],
  // the night that begins that evening: the day and the next
  ['2024-238N | Kyiv | drones through the night', ['2024-238N=2024-08-25..2024-08-26']],
  // the night into the first of a month is its evening's day
  ['2024-213N | Lviv | air raid alert all night', ['2024-213N=2024-07-31']],
  // two of them in one line: each is its own day
  ['2025-109 18:00 > 2025-110 24:00 | front-wide | truce', ['2025-109=2025-04-19', '2025-110=2025-04-20'], '2025-05-12T14:00:00Z'],
];

const NOT_DATES: string[] = [
  // a document's, a case's, an order's number
  'Deliberation No. 2022-031 on twinning was adopted unanimously.',
  'The court heard case 2024-118 on Tuesday.',
  'See resolution 2023-105 of the city council.',
  'Ticket #2024-211 was closed by the help desk.',
  // a range of years, a quantity, figures running on
  'The programme runs 2022-2025 under the budget law.',
  'Exports rose by 2024-100 tonnes, the ministry joked.',
  'Call the hotline on 2024-123-456 for help.',
  'Part 2024-150/B was recalled.',
  // no such day: day 000, day 366 of a common year, more than 366
  'Reading 2023-000 on the meter.',
  'Reading 2023-366 on the meter.',
  'Reading 2024-400 on the meter.',
];

t.test('an ordinal date is the day of the year it counts', async (t) => {
  for (const [text, want, published] of DATES) t.same(days(text, published ? referenceOf(published) : REF), want, text);
});

t.test('figures shaped like an ordinal date that are none are no date', async (t) => {
  for (const text of NOT_DATES) t.same(days(text).filter((d) => /\d{4}-\d{3}/.test(d)), [], text);
});
