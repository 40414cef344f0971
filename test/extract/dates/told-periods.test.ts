/**
 * A week or a month told against the narrative's time rather than the publication's: "the following
 * week", "the next month", "the previous week", "later that month", "that same week" count from the
 * last date told at a fine enough precision (a day or a week; a month for months). With none told, they
 * are the publication's, as "next week" is. "next month" without its article stays the publication's.
 */
import { spanTable as table } from './span-table.js';

table('"the following week", "the next month", "later that month": the period of the date told last, shifted', [
  {
    name: 'a week after a day told',
    text: 'The delegations met in Istanbul on 16 May. The first prisoners were exchanged the following week.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['the following week', '2025-05-19..2025-05-25']],
  },
  {
    name: 'a month after a month told, its year kept',
    text: 'In March 2024 drones hit the refinery in Ryazan. The next month, drones struck it again. Next month the plant will reopen.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['The next month', '2024-04-01..2024-04-30'], ['Next month', '2025-07-01..2025-07-31']],
  },
  {
    name: 'the previous week, and the same month again',
    text: 'Zelenskyy was in Washington on 28 February. The previous week, Macron had been there. Later that month, aid was paused.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['The previous week', '2025-02-17..2025-02-23'], ['Later that month', '2025-02-01..2025-02-28']],
  },
  {
    name: 'a season or a year is too coarse: the last day told before it counts',
    text: 'On 10 May, the first talks since the spring of 2022 ended. An exchange followed the subsequent week.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['the subsequent week', '2025-05-12..2025-05-18']],
  },
  {
    name: 'with no date told, the publication\'s',
    text: 'Ministers will meet in Rome the following week.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['the following week', '2025-06-16..2025-06-22']],
  },
  {
    name: 'a day-month after a month counted from the narrative keeps that year',
    text: 'A year ago today, Wagner columns rolled north.\n\nThe counteroffensive had begun earlier that month; on 11 June Kyiv had announced the recapture of a village.',
    publishedAt: '2024-06-24T07:00:00Z',
    expect: [['earlier that month', '2023-06-01..2023-06-30'], ['on 11 June', '2023-06-11']],
  },
  {
    name: '"that week-long" is no week',
    text: 'On 3 May officials said that week-long talks had failed.',
    publishedAt: '2025-06-14T08:00:00Z',
    expect: [['that week', null]],
  },
]);
