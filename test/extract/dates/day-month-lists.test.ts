/**
 * A list of little-endian days ("31 October, 15 November and 23 November") is read day by day: a month
 * with a day number right before it is that day's month, never the start of chrono's middle-endian
 * "October, 15". Sentences written for this test; published on Saturday 14 June 2025.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';

const REF = { instant: new Date('2025-06-14T09:00:00Z'), offsetMinutes: 0, fromIngestTime: false };

const days = (text: string) => findDates(text, REF).filter((d) => d.kind === 'date').map((d) => d.span?.startDate);

const ROWS: Array<[string, string[]]> = [
  ['The waves of 31 October, 15 November and 23 November left Kyiv without power.', ['2024-10-31', '2024-11-15', '2024-11-23']],
  ['Strikes followed on 2 May, 9 May, and 30 May.', ['2025-05-02', '2025-05-09', '2025-05-30']],
  ['Talks were held on Thursday 3 April, 7 officials said.', ['2025-04-03']],
  ['The attacks of 12 March, 14 April and 1 May were the heaviest.', ['2025-03-12', '2025-04-14', '2025-05-01']],
  // a middle-endian date with its comma is still read when no day number stands before its month
  ['The talks of October 15, 2024 failed.', ['2024-10-15']],
  ['Kyiv was hit on October 5, and again on October 9.', ['2024-10-05', '2024-10-09']],
];

t.test('a day-month list keeps each day with its own month', async (t) => {
  for (const [text, want] of ROWS) t.same(days(text), want, text);
});
