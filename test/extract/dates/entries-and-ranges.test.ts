/**
 * Timeline entries and day ranges as wire factboxes write them: capitalised month heads
 * ("SEPT. 4 -"), weekdays told inside an entry of another week, and "June 2-4" ranges. Each row
 * gives every expression's span (start..end when they differ) or null when it must not be read.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';
import { spanTable as table } from './span-table.js';

table('a month in headline capitals heads an entry as a written-out month does', [
  {
    name: 'abbreviated capitals with a point',
    text: 'SEPT. 4 - Envoys meet in Geneva.\n\nNOV. 21 - The talks resume.',
    publishedAt: '2024-12-02T10:00:00Z',
    expect: [['SEPT. 4', '2024-09-04'], ['NOV. 21', '2024-11-21']],
  },
  {
    name: 'a full month name in capitals, with its year',
    text: 'JUNE 30, 2023 - The bridge is closed to traffic.',
    publishedAt: '2024-12-02T10:00:00Z',
    expect: [['JUNE 30, 2023', '2023-06-30']],
  },
  {
    name: 'negative: a capitalised word that only begins like a month is no date',
    text: 'MARCHERS gathered at 11 in the square.',
    publishedAt: '2024-12-02T10:00:00Z',
    expect: [['MARCHERS', null]],
  },
]);

table("a weekday inside a timeline entry is of the entry's week, not the publication's", [
  {
    name: 'a weekday told as the entry day itself',
    text: 'Oct. 7 - The ministry confirms late on Monday that the convoy was hit.',
    publishedAt: '2024-12-02T10:00:00Z',
    expect: [['Monday', '2024-10-07']],
  },
  {
    name: 'a truce window inside an entry: its start on or before the entry day, its end after it',
    text: 'Jan. 6 - The Kremlin orders a pause from noon on Friday until midnight on Saturday.',
    publishedAt: '2023-03-01T10:00:00Z',
    expect: [['Friday', '2023-01-06'], ['Saturday', '2023-01-07']],
  },
  {
    name: 'negative: a weekday in a paragraph with no entry date keeps the publication week',
    text: 'Oct. 7 was a quiet day in the capital, officials said.\n\nThe ministry said on Monday that the convoy was hit.',
    publishedAt: '2024-12-02T10:00:00Z',
    expect: [['Monday', '2024-12-02']],
  },
]);

table('a range of days in one month is read to its last day', [
  {
    name: 'month first, hyphen',
    text: 'The swap was carried out June 2-4.',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['June 2-4', '2025-06-02..2025-06-04']],
  },
  {
    name: 'day first, en dash, with a year',
    text: 'Delegations met on 14–16 March 2024 in Vienna.',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['on 14–16 March 2024', '2024-03-14..2024-03-16']],
  },
  {
    name: 'negative: a single day stays one day',
    text: 'The swap was carried out on June 2.',
    publishedAt: '2025-07-01T10:00:00Z',
    expect: [['June 2', '2025-06-02']],
  },
]);

t.test('"later"/"earlier" take no object: the noun after them is the next clause\'s subject', async (t) => {
  const rows: Array<{ text: string; anchor: string; phrase: string }> = [
    { text: 'A day later the European Union adopted its package.', anchor: 'A day later', phrase: '' },
    { text: 'Three days earlier the envoy had met Putin.', anchor: 'Three days earlier', phrase: '' },
    // negative: "after" still takes its object
    { text: 'A day after the talks the envoy flew home.', anchor: 'A day after the talks', phrase: 'the talks' },
  ];
  for (const row of rows) {
    const found = findDates(row.text, referenceOf('2025-10-24T17:00:00Z')).find((m) => m.kind === 'anchor');
    t.same([found?.text, found?.anchor?.phrase], [row.anchor, row.phrase], row.text);
  }
});

table('a two-day range told as a night is the night into its second day', [
  {
    name: 'month first, "to"',
    text: 'Missiles struck the west on the night of November 18 to 19.',
    publishedAt: '2025-11-20T02:00:00Z',
    expect: [['November 18 to 19', '2025-11-19']],
  },
  {
    name: 'day first, hyphen',
    text: 'Drones were shot down on the night of 3-4 June over the region.',
    publishedAt: '2025-06-05T02:00:00Z',
    expect: [['3-4 June', '2025-06-04']],
  },
  {
    name: 'negative: a two-day range of talks keeps both days',
    text: 'The delegations met from November 18 to 19 in Geneva.',
    publishedAt: '2025-11-20T02:00:00Z',
    expect: [['November 18 to 19', '2025-11-18..2025-11-19']],
  },
  {
    name: 'negative: a night naming a longer stretch is not one night',
    text: 'Attacks went on from the night of 1 to 3 June.',
    publishedAt: '2025-06-05T02:00:00Z',
    expect: [['1 to 3 June', '2025-06-01..2025-06-03']],
  },
]);

t.test('"the night/evening/morning before" and "the morning after" are anchors a day off, as "the day before" is', async (t) => {
  const rows: Array<{ text: string; anchor: string; phrase: string; offset: number }> = [
    { text: 'The night before, missiles had hit the port.', anchor: 'The night before', phrase: '', offset: -1 },
    { text: 'The evening before the talks, drones struck Kyiv.', anchor: 'The evening before the talks', phrase: 'the talks', offset: -1 },
    { text: 'The morning after, rescuers were still searching.', anchor: 'The morning after', phrase: '', offset: 1 },
  ];
  for (const row of rows) {
    const found = findDates(row.text, referenceOf('2023-07-19T05:00:00Z')).find((m) => m.kind === 'anchor');
    t.same([found?.text, found?.anchor?.phrase, found?.anchor?.offsetDays], [row.anchor, row.phrase, row.offset], row.text);
  }
  // negative: "the night" alone is no anchor
  t.notOk(findDates('Drones hit Kyiv during the night.', referenceOf('2023-07-19T05:00:00Z')).some((m) => m.kind === 'anchor'));
});

table('"later this week" is what is left of the period after the publication day, "earlier this month" what came before', [
  {
    name: 'later this week, told on a Tuesday',
    text: 'The envoy is expected to travel to Moscow later this week.',
    publishedAt: '2025-04-22T09:00:00Z',
    expect: [['later this week', '2025-04-23..2025-04-27']],
  },
  {
    name: 'earlier this month and later in the year',
    text: 'Kyiv asked for more air defence earlier this month. Talks could resume later in the year.',
    publishedAt: '2025-04-22T09:00:00Z',
    expect: [['earlier this month', '2025-04-01..2025-04-21'], ['later in the year', '2025-04-23..2025-12-31']],
  },
  {
    name: 'negative: "this week" alone is the whole week',
    text: 'The envoy travels to Moscow this week.',
    publishedAt: '2025-04-22T09:00:00Z',
    expect: [['this week', '2025-04-21..2025-04-27']],
  },
  {
    name: 'negative: "earlier this week" told on its first day has nothing before it and stays whole',
    text: 'Earlier this week the envoy met Putin.',
    publishedAt: '2025-04-21T09:00:00Z',
    expect: [['Earlier this week', '2025-04-21..2025-04-27']],
  },
]);

table('a day of a month followed by a relative year is that day of that year', [
  {
    name: 'day first: the month parser read "July last year"',
    text: 'The deal signed on 22 July last year collapsed.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['22 July last year', '2024-07-22']],
  },
  {
    name: 'month first: chrono read "March 3" and "last year" apart',
    text: 'On March 3 last year the envoys met.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['March 3 last year', '2024-03-03']],
  },
  {
    name: 'a translated communiqué: "of the current year" after chrono\'s day and month',
    text: 'On 12 March of the current year the minister visited the front.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['12 March of the current year', '2025-03-12'], ['current year', null]],
  },
  {
    name: '"of this year", "of last year" after the month parser\'s month',
    text: 'The plant was hit on 9 June of last year and again on 2 May of this year.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['9 June of last year', '2024-06-09'], ['2 May of this year', '2025-05-02']],
  },
  {
    name: 'month first with "of the current year"',
    text: 'Talks resumed on March 4 of the current year in Riyadh.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [["March 4 of the current year", "2025-03-04"]],
  },
  {
    name: 'a month alone "of the current year" is that month',
    text: 'In March of the current year the envoys met twice.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['March of the current year', '2025-03-01..2025-03-31']],
  },
  {
    name: 'negative: "the current year" alone stays the year',
    text: 'Exports for the current year fell.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['current year', '2025-01-01..2025-12-31']],
  },
  {
    name: 'negative: a month with a relative year and no day stays the month',
    text: 'In July last year the envoys met.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['July last year', '2024-07-01..2024-07-31']],
  },
  {
    name: 'negative: a day that does not exist leaves the month as it was',
    text: 'A memo dated 31 February last year circulated.',
    publishedAt: '2025-09-12T09:00:00Z',
    expect: [['February last year', '2024-02-01..2024-02-29']],
  },
]);

table('two figures after a month day are a count or the next day of a list, never a two-digit year', [
  {
    name: 'a count after the date',
    text: 'On June 10, 14 drones were shot down over the region.',
    publishedAt: '2025-06-20T09:00:00Z',
    expect: [['June 10', '2025-06-10']],
  },
  {
    name: 'a list of days after one month',
    text: 'Talks were held on June 10, 11 and 12 in Geneva.',
    publishedAt: '2025-06-20T09:00:00Z',
    expect: [['June 10, 11 and 12', '2025-06-10..2025-06-12']],
  },
  {
    name: 'a count of people in the next clause',
    text: 'Missiles struck the port on March 3, 11 people were hurt.',
    publishedAt: '2025-06-20T09:00:00Z',
    expect: [['March 3', '2025-03-03']],
  },
  {
    name: 'negative: a year written in full stays the year',
    text: 'The deal was signed on June 10, 2011 in Vienna.',
    publishedAt: '2025-06-20T09:00:00Z',
    expect: [['June 10, 2011', '2011-06-10']],
  },
]);

table('a weekday told with the week it falls in is that weekday of that week', [
  {
    name: '"last week, on Wednesday" told on a Friday is nine days back, not two',
    text: 'The envoy went to Moscow last week, on Wednesday, and spent three hours with Putin.',
    publishedAt: '2025-08-15T20:00:00Z',
    expect: [['Wednesday', '2025-08-06'], ['last week', '2025-08-04..2025-08-10']],
  },
  {
    name: 'the weekday before the week, with or without "of"',
    text: 'They met on Tuesday of last week; the deal was signed on Thursday last week.',
    publishedAt: '2025-08-15T20:00:00Z',
    expect: [['Tuesday', '2025-08-05'], ['Thursday', '2025-08-07']],
  },
  {
    name: 'a coming week: the weekday in it, even when the nearest one is in this week',
    text: 'The delegations will meet next week, on Thursday.',
    publishedAt: '2025-08-12T09:00:00Z',
    expect: [['Thursday', '2025-08-21']],
  },
  {
    name: 'the weekend and its Sunday',
    text: 'Drones hit the depot over the weekend, on Sunday, officials said.',
    publishedAt: '2025-08-13T09:00:00Z',
    expect: [['Sunday', '2025-08-10']],
  },
  {
    name: 'negative: a weekday in the next sentence keeps its own reading',
    text: 'The talks stalled last week. On Wednesday the envoys flew home.',
    publishedAt: '2025-08-15T20:00:00Z',
    expect: [['Wednesday', '2025-08-13']],
  },
  {
    name: 'negative: a weekday after a clause that follows the week',
    text: 'Last week the envoys met in Geneva, and on Wednesday they flew home.',
    publishedAt: '2025-08-15T20:00:00Z',
    expect: [['Wednesday', '2025-08-13']],
  },
]);

table('a weekday ending a window ("from 18:00 today until midnight on Sunday") is the first such day from its start on', [
  {
    name: 'a start of today and an end the weekday of this week',
    text: 'Putin declared a truce from 18:00 today until midnight on Sunday.',
    publishedAt: '2025-05-06T09:00:00Z',
    expect: [['today', '2025-05-06'], ['Sunday', '2025-05-11']],
  },
  {
    name: 'an end whose weekday came just before the telling',
    text: 'The truce runs from noon today until the end of Monday, the Kremlin said.',
    publishedAt: '2025-05-06T09:00:00Z',
    expect: [['today', '2025-05-06'], ['Monday', '2025-05-12']],
  },
  {
    name: 'a start told by its date',
    text: 'Moscow declared a halt to strikes from 6 p.m. on 7 May until midnight on Saturday.',
    publishedAt: '2025-05-06T09:00:00Z',
    expect: [['Saturday', '2025-05-10']],
  },
]);

table('a participle set off after a window ("..., timed to the anniversary") gives the window no past', [
  {
    name: 'a truce window in a noun phrase, a participle after it',
    text: 'The ministry notes the announcement today of a unilateral "ceasefire" from 8 to 10 May, timed to the anniversary of the victory.',
    publishedAt: '2025-04-28T15:00:00Z',
    expect: [['8 to 10 May', '2025-05-08..2025-05-10']],
  },
  {
    name: 'talks on a day ahead, a participle after them',
    text: 'Ukraine looks forward to the talks in Geneva on 3 June, hosted by the Swiss government.',
    publishedAt: '2025-05-28T10:00:00Z',
    expect: [['on 3 June', '2025-06-03']],
  },
  {
    name: 'negative: a verb of the clause itself still gives its past',
    text: 'Russia declared a truce on 8 May, timed to the anniversary of the victory.',
    publishedAt: '2025-06-20T10:00:00Z',
    expect: [['on 8 May', '2025-05-08']],
  },
]);
