/**
 * A liveblog's day heading in capitals with its weekday ("SATURDAY 10 MAY") heads the posts below it as "Saturday 10 May"
 * does: their "tonight" and "this morning" are that day's. Rows written for this test.
 */
import { spanTable as table } from './span-table.js';

table('a day heading in capitals, weekday first, dates the posts below it', [
  {
    name: 'the second heading of a blog told newest first',
    text: 'SUNDAY 11 MAY\n\n08:45 — Where things stand this morning.\n\nSATURDAY 10 MAY\n\n23:10 — The pause ends at midnight tonight.\n\n09:15 — Four leaders reached Kyiv by train this morning.',
    publishedAt: '2025-05-11T06:00:00Z',
    expect: [['tonight', '2025-05-10'], ['this morning#2', '2025-05-10'], ['this morning', '2025-05-11']],
  },
  {
    name: 'a comma after the weekday',
    text: 'Latest updates.\n\nSATURDAY, 10 MAY\n\nThe pause ends at midnight tonight.',
    publishedAt: '2025-05-11T06:00:00Z',
    expect: [['tonight', '2025-05-10']],
  },
]);

table('negative: capitals that are no weekday do not make a heading', [
  {
    name: 'a headline word in capitals before the date',
    text: 'Latest updates.\n\nBREAKING 10 MAY\n\nThe pause ends at midnight tonight.',
    publishedAt: '2025-05-11T06:00:00Z',
    expect: [['tonight', '2025-05-11']],
  },
]);
