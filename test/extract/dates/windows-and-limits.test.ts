/**
 * Windows and limits: the midnight between two days ("from midnight on 7-8 May"), a night across a month's end,
 * a window's start taking the year its end states, a window in a reported clause whose only verb is the
 * attribution after it, and a limit by which something had been done ("By 10 September ... had reached").
 * Each row gives the span of every expression named, null when it must not be read as a date.
 */
import { spanTable as table } from './span-table.js';

table('the midnight between two days opens the second, or ends the first when it ends a window', [
  {
    name: 'a declared truce quoted, the attribution after it',
    text: '"The Russian side declares a ceasefire for the period from midnight on 7-8 May to midnight on 10-11 May," the Kremlin said.',
    publishedAt: '2025-04-28T16:45:00Z',
    expect: [['on 7-8 May', '2025-05-08'], ['on 10-11 May', '2025-05-10']],
  },
  {
    name: 'a future window, "of" for "on"',
    text: 'The halt will last from midnight of 23-24 December until midnight of 25-26 December.',
    publishedAt: '2024-12-20T09:00:00Z',
    expect: [['23-24 December', '2024-12-24'], ['25-26 December', '2024-12-25']],
  },
  {
    name: 'a window ending at the midnight of a night',
    text: 'The pause lasts until midnight on the night of 10 to 11 May.',
    publishedAt: '2025-05-09T09:00:00Z',
    expect: [['10 to 11 May', '2025-05-10']],
  },
]);

table('a night across the end of a month is one night, into its second day', [
  {
    name: 'the night of 31 May to 1 June',
    text: 'During the night of 31 May to 1 June, drones attacked the airfields.',
    publishedAt: '2025-06-02T09:00:00Z',
    expect: [['31 May to 1 June', '2025-06-01']],
  },
  {
    name: 'the night from 30 September into 1 October',
    text: 'On the night from 30 September into 1 October, missiles hit Kyiv.',
    publishedAt: '2025-10-05T09:00:00Z',
    expect: [['30 September into 1 October', '2025-10-01']],
  },
  {
    name: 'negative: two days of a range that is no night stay two',
    text: 'The talks ran from 30 September to 1 October.',
    publishedAt: '2025-10-05T09:00:00Z',
    expect: [['30 September', '2025-09-30'], ['1 October', '2025-10-01']],
  },
]);

table("a window's start takes the year its end states", [
  {
    name: 'a holiday truce told years later',
    text: 'Russia declared a truce from noon on 6 January until midnight on 7 January 2023.',
    publishedAt: '2025-05-12T08:00:00Z',
    expect: [['on 6 January', '2023-01-06'], ['on 7 January 2023', '2023-01-07']],
  },
  {
    name: 'a window across the new year: the start in the year before',
    text: 'The border stayed closed from 28 December until 3 January 2024.',
    publishedAt: '2025-03-01T08:00:00Z',
    expect: [['28 December', '2023-12-28']],
  },
  {
    name: 'negative: no year stated, the tense decides',
    text: 'Putin ordered a truce from noon on 6 January until midnight on 7 January.',
    publishedAt: '2025-05-12T08:00:00Z',
    expect: [['on 6 January', '2025-01-06']],
  },
]);

table('a reported window takes no tense from the attribution after it', [
  {
    name: 'a quoted window in the present',
    text: '"The ceasefire covers the period from 8 May until 10 May," the Kremlin said.',
    publishedAt: '2025-04-28T16:45:00Z',
    expect: [['8 May', '2025-05-08']],
  },
  {
    name: 'a reported window, the attribution after a comma',
    text: 'A halt to strikes on energy sites applies from 20 March, officials told reporters.',
    publishedAt: '2025-03-12T10:00:00Z',
    expect: [['20 March', '2025-03-20']],
  },
  {
    name: 'negative: a verb of its own clause keeps its past',
    text: 'Russian shelling of the town continued from 20 May, the governor said.',
    publishedAt: '2025-04-28T16:45:00Z',
    expect: [['20 May', '2024-05-20']],
  },
]);

table('a limit by which something had been done is in the past', [
  {
    name: 'fronted, a past perfect after it',
    text: 'By 10 September Ukrainian troops had reached Kupiansk.',
    publishedAt: '2023-06-10T09:00:00Z',
    expect: [['10 September', '2022-09-10']],
  },
  {
    name: 'after a past perfect',
    text: 'Ukrainian forces had recaptured Izium by 10 September.',
    publishedAt: '2023-06-10T09:00:00Z',
    expect: [['10 September', '2022-09-10']],
  },
  {
    name: 'fronted, a month',
    text: 'By mid-September, the front had moved to the Oskil river.',
    publishedAt: '2023-06-10T09:00:00Z',
    expect: [['mid-September', '2022-09-01..2022-09-30']],
  },
  {
    name: 'negative: a deadline set by a past act lies near it, either side of publication',
    text: 'Ministers agreed on Monday to adopt the package before the end of August.',
    publishedAt: '2025-07-10T08:00:00Z',
    expect: [['the end of August', '2025-08-01..2025-08-31']],
  },
  {
    name: 'negative: a plan told in the past perfect keeps its deadline ahead',
    text: 'In March the army had promised to retake the town by 10 September.',
    publishedAt: '2023-06-10T09:00:00Z',
    expect: [['10 September', '2023-09-10']],
  },
]);

// 2025-06-10 is a Tuesday.
table('a night named by two weekdays is the night into the second', [
  {
    name: 'the night of Friday to Saturday, told after',
    text: 'Drones hit Lutsk on the night of Friday to Saturday.',
    publishedAt: '2025-06-10T06:00:00Z',
    expect: [['Friday to Saturday', '2025-06-07']],
  },
  {
    name: 'the night from Friday into Saturday, told on the Saturday',
    text: 'On the night from Friday into Saturday, drones hit Lutsk.',
    publishedAt: '2025-06-07T06:00:00Z',
    expect: [['Friday into Saturday', '2025-06-07']],
  },
  {
    name: 'a night ahead',
    text: 'The truce will begin on the night of Saturday to Sunday.',
    publishedAt: '2025-06-05T06:00:00Z',
    expect: [['Saturday to Sunday', '2025-06-08']],
  },
  {
    name: 'a window ending at the midnight of a night named by weekdays: the first, ahead',
    text: 'The truce runs from 18:00 Moscow time today until midnight on the night from Sunday to Monday.',
    publishedAt: '2025-04-19T22:30:00Z',
    expect: [['Sunday to Monday', '2025-04-20']],
  },
  {
    name: 'negative: a range of two weekdays that is no night stays two days',
    text: 'The talks ran from Friday to Saturday.',
    publishedAt: '2025-06-10T06:00:00Z',
    expect: [['Friday', '2025-06-06'], ['Saturday', '2025-06-07']],
  },
]);

table("a coder's range of days in figures runs from its first day to its last", [
  {
    name: 'an ISO date and its last day after a slash',
    text: '2025-03-23/25 | Riyadh | technical talks, US-UKR and US-RU.',
    publishedAt: '2025-03-27T00:00:00Z',
    expect: [['2025-03-23/25', '2025-03-23..2025-03-25']],
  },
  {
    name: 'a dotted date and its first day before a hyphen',
    text: '23-25.03.2025 | Riyadh | technical talks.',
    publishedAt: '2025-03-27T00:00:00Z',
    expect: [['23-25.03.2025', '2025-03-23..2025-03-25']],
  },
  {
    name: 'a slashed date, an en dash, in running text',
    text: 'Talks were held on 23–25/03/2025 in Riyadh.',
    publishedAt: '2025-03-27T00:00:00Z',
    expect: [['23–25/03/2025', '2025-03-23..2025-03-25']],
  },
  {
    name: 'negative: two full ISO dates stay two',
    text: 'Talks: 2025-03-23/2025-03-25 in Riyadh.',
    publishedAt: '2025-03-27T00:00:00Z',
    expect: [['2025-03-23', '2025-03-23'], ['2025-03-25', '2025-03-25']],
  },
  {
    name: 'negative: a count before a bracketed date is no range',
    text: 'Ceasefire violations: 12-14 (ref. 25.03.2025).',
    publishedAt: '2025-03-27T00:00:00Z',
    expect: [['25.03.2025', '2025-03-25']],
  },
]);

table('"overnight" told with the days of its night is that night', [
  {
    name: 'overnight and a range of two days',
    text: 'Overnight 11-12 March, drones hit Kharkiv.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['Overnight 11-12 March', '2024-03-12']],
  },
  {
    name: 'overnight on two days written with a slash',
    text: 'Overnight on 11/12 March, drones hit Kharkiv.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['Overnight on 11/12 March', '2024-03-12']],
  },
  {
    name: 'overnight into a day',
    text: 'Drones hit Kharkiv overnight into 12 March.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['overnight into 12 March', '2024-03-12']],
  },
  {
    name: 'the night of a range in figures with dots',
    text: 'On the night of 11-12.03.2024, drones hit Kharkiv.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['11-12.03.2024', '2024-03-12']],
  },
  {
    name: 'negative: overnight and a date of another clause',
    text: 'Drones hit Kharkiv overnight, and on 12 March the mayor spoke.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['overnight', '2024-04-02'], ['on 12 March', '2024-03-12']],
  },
  {
    name: 'negative: overnight before a stretch of days longer than a night',
    text: 'Drones hit Kharkiv overnight 20-25 March.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['overnight', '2024-04-02'], ['20-25 March', '2024-03-20..2024-03-25']],
  },
]);

table('a date in figures writes one separator throughout', [
  {
    name: 'a range of days before a dotted date is no month-day-year',
    text: 'Fighting on 10-14.03.2024 around Avdiivka.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['10-14.03.2024', '2024-03-10..2024-03-14']],
  },
  {
    name: 'a range of days before a slashed date',
    text: 'Shelling of Kherson, 13-15/04/2024, was heavy.',
    publishedAt: '2024-04-22T00:00:00Z',
    expect: [['13-15/04/2024', '2024-04-13..2024-04-15']],
  },
  {
    name: 'negative: a dotted date alone',
    text: '12.03.2024 — shelling of Kupiansk.',
    publishedAt: '2024-04-02T00:00:00Z',
    expect: [['12.03.2024', '2024-03-12']],
  },
]);

// 2025-04-28 is a Monday.
table('a month-day and the bare last day of its range after it', [
  {
    name: 'through, a truce that runs (a timetable present)',
    text: 'The truce runs May 8 through 10, the Kremlin said.',
    publishedAt: '2025-04-28T08:00:00Z',
    expect: [['May 8 through 10', '2025-05-08..2025-05-10']],
  },
  {
    name: 'between ... and',
    text: 'Putin ordered a truce between May 8 and 10.',
    publishedAt: '2025-04-28T08:00:00Z',
    expect: [['May 8 and 10', '2025-05-08..2025-05-10']],
  },
  {
    name: 'through, talks set ahead',
    text: 'Talks are set for June 3 through 5 in Geneva.',
    publishedAt: '2025-04-28T08:00:00Z',
    expect: [['June 3 through 5', '2025-06-03..2025-06-05']],
  },
  {
    name: 'negative: "and" without "between" lists two days',
    text: 'On May 8 and 10 drones were reported over the city.',
    publishedAt: '2025-05-28T08:00:00Z',
    expect: [['May 8', '2025-05-08']],
  },
  {
    name: 'negative: a count after a comma',
    text: 'On May 8, 10 drones hit Kyiv.',
    publishedAt: '2025-05-28T08:00:00Z',
    expect: [['May 8', '2025-05-08']],
  },
]);
