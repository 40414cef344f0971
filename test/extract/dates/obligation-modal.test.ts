/**
 * "must" looks ahead as "should" does: a day after it, with no marker of its own clause, is a day still to come
 * ("the allies must decide on 30 June", told in a past report: not the 30 June a year back); "must have" looks back.
 * Rows written for this test.
 */
import { spanTable as table } from './span-table.js';

table('a day an obligation is for lies ahead', [
  {
    name: 'a day of the obligation in reported speech',
    text: 'Zelensky said the allies must decide on 30 June.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['on 30 June', '2025-06-30']],
  },
  {
    name: 'a day in a clause of its own after the obligation',
    text: 'The minister said that if Moscow wanted calm it must stop firing now, not wait for 30 June, and that Kyiv was ready to talk.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['30 June', '2025-06-30']],
  },
]);

table('negative: "must have" is an inference about what is past', [
  {
    name: 'a day after "must have"',
    text: 'Investigators said the drone must have been launched on 2 June.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['on 2 June', '2025-06-02']],
  },
  {
    name: 'a weekday after "must have"',
    text: 'The shell must have hit the depot on Tuesday, the army said.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['Tuesday', '2025-06-10']],
  },
  {
    name: 'a day a year back after "must have", the obligation read only where it is one',
    text: 'Analysts said the order must have been given on 30 June.',
    publishedAt: '2025-06-14T12:00:00Z',
    expect: [['on 30 June', '2024-06-30']],
  },
]);
