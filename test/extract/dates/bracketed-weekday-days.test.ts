/**
 * A weekday with its calendar day in brackets after it ("on Tuesday (10 June)", "Last Wednesday (June 11)"), as wire
 * copy and press offices write: one day, the bracketed one, in the year it falls on that weekday. Rows are written for
 * this test; each gives every expression's span, null when it must not be read.
 */
import { spanTable as table } from './span-table.js';

table('a weekday with its day in brackets is the bracketed day', [
  {
    name: 'a day told in the past, day before month',
    text: 'The ministry said on Tuesday (10 June) that talks would resume.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Tuesday (10 June)', '2025-06-10'], ['Tuesday', null]],
  },
  {
    name: 'a window ahead, more than a week away: the brackets, not the nearest Friday and Sunday',
    text: 'Moscow will halt strikes from noon on Friday (27 June) until midnight on Sunday (29 June), the Kremlin said on Saturday.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Friday (27 June)', '2025-06-27'], ['Sunday (29 June)', '2025-06-29'], ['Saturday', '2025-06-14']],
  },
  {
    name: 'month before day, with "last"',
    text: 'Last Wednesday (June 11), envoys met in Riyadh.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Last Wednesday (June 11)', '2025-06-11']],
  },
  {
    name: 'the weekday settles the year across a new year',
    text: 'Officials said on Saturday (28 December) that the convoy had arrived.',
    publishedAt: '2025-01-03T09:00:00Z',
    expect: [['Saturday (28 December)', '2024-12-28']],
  },
  {
    name: 'a bracketed day that falls on no such weekday near publication is taken as written',
    text: 'The envoy arrived on Monday (11 June), his office said.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Monday (11 June)', '2025-06-11']],
  },
]);

table('negative: brackets after a weekday that hold no day leave the weekday alone', [
  {
    name: 'a clock time in brackets',
    text: 'The talks opened on Monday (10:00 GMT) in Geneva.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Monday', '2025-06-09']],
  },
  {
    name: 'words in brackets',
    text: 'The second round on Thursday (the first since May) ended without a deal.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Thursday', '2025-06-12']],
  },
  {
    name: 'a day in brackets that is not right after the weekday',
    text: 'Envoys met on Thursday, a week after the strike (5 June) on the port.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Thursday', '2025-06-12'], ['5 June', '2025-06-05']],
  },
]);
