/**
 * A day a comparison counts from ("the deepest raid since the start of the war in February 2022") frames the
 * comparison; it is no day of the story told around it, and gives its year to no month told after it. A narrative's
 * own dated day still does. Rows written for this test; publication 7 August 2024.
 */
import { spanTable as table } from './span-table.js';

table('a date inside a "since" frame lends no year to the months after it', [
  {
    name: 'a month counted back from the telling, after a since-frame in the sentence before',
    text: 'The raid was the deepest since the start of the war in February 2022. It came three months after Russia opened its own offensive in May.',
    publishedAt: '2024-08-07T12:00:00Z',
    expect: [['February 2022', '2022-02-01..2022-02-28'], ['May', '2024-05-01..2024-05-31']],
  },
  {
    name: 'a since-frame with a verb of its own, then a month in the same sentence',
    text: 'Prices have doubled since Russia invaded in February 2022, and in April the central bank raised rates again.',
    publishedAt: '2024-08-07T12:00:00Z',
    expect: [['April', '2024-04-01..2024-04-30']],
  },
]);

table('negative: a narrative dated outside any since-frame keeps its year', [
  {
    name: 'a dated day, then a month without a year',
    text: 'In February 2022 Russian troops reached the outskirts of Kyiv. In April they withdrew from the region.',
    publishedAt: '2024-08-07T12:00:00Z',
    expect: [['April', '2022-04-01..2022-04-30']],
  },
  {
    name: '"since" as a cause, not a frame, in another clause',
    text: 'Russian forces took the town in February 2023, since its defenders had run out of shells. In April they pushed on to the river.',
    publishedAt: '2024-08-07T12:00:00Z',
    expect: [['April', '2023-04-01..2023-04-30']],
  },
]);
