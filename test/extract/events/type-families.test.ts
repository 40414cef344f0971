/**
 * Type families: the event types unseen writers break most (ceasefires, then calls, then meetings),
 * one table per phenomenon, with rows that must hold and rows that must not (written for these tests
 * in our own words, not copied from any corpus). Each event is read as "type start..end status".
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';

/** The article's events of `type` as "type start..end status" lines. */
function eventsOf(body: string, publishedAt: string, type: string): string[] {
  const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
  return events.filter((e) => e.type === type).map((e) => `${e.type} ${e.startDate}..${e.endDate} ${e.status}`);
}

/**
 * Rows of [publication instant, body, the events of the table's type it must give (exactly these, in
 * any order)]. An expected line without an end ("ceasefire 2025-06-13 occurred") takes any end.
 */
type Row = [string, string, string[]];

function fits(expected: string, got: string): boolean {
  const [type, days, status] = expected.split(' ');
  const [gotType, gotDays, gotStatus] = got.split(' ');
  const [start, end] = days.split('..');
  const [gotStart, gotEnd] = gotDays.split('..');
  return type === gotType && start === gotStart && (!end || end === gotEnd) && status === gotStatus;
}

function table(name: string, type: string, rows: Row[]): void {
  t.test(name, async (t) => {
    for (const [publishedAt, body, expected] of rows) {
      const got = eventsOf(body, publishedAt, type);
      const matched = got.length === expected.length && expected.every((line) => got.some((g) => fits(line, g)));
      t.ok(matched, `${body}\n  wants ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
  });
}

const SATURDAY = '2025-06-14T12:00:00Z';
const WEDNESDAY_30_APRIL = '2025-04-30T10:00:00Z';

table('a truce declared in the past for days still to come is dated forward, and planned', 'ceasefire', [
  [WEDNESDAY_30_APRIL, 'On Monday, Putin declared a truce for 8-10 May to mark Victory Day.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  [WEDNESDAY_30_APRIL, 'The Kremlin has announced a three-day truce beginning on May 8.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  [WEDNESDAY_30_APRIL, 'Moscow has declared a 72-hour ceasefire from 8 May.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  // a weekday window after a decision on Friday, told on Saturday: the coming Monday
  [SATURDAY, 'Ukraine and Russia agreed on Friday to a 30-day ceasefire starting on Monday.', ['ceasefire 2025-06-16..2025-07-15 planned']],
  // the same words once the days have passed stay in the past
  ['2025-05-12T09:00:00Z', 'Moscow declared a truce for 8-10 May, which Kyiv said was broken within hours.', ['ceasefire 2025-05-08..2025-05-10 occurred']],
  // the day of the declaring itself, before the verb, is not a window
  [WEDNESDAY_30_APRIL, 'On Monday the Kremlin declared a truce along the front.', ['ceasefire 2025-04-28 occurred']],
]);

table('two truces told with windows of their own are two truces, whatever their status', 'ceasefire', [
  [
    '2025-05-02T00:00:00Z',
    'On 19 April 2025, Putin announced an Easter truce from 18:00 that day until the end of 20 April.\n\nOn 28 April 2025, the Kremlin declared a 72-hour truce from 8 to 10 May.',
    ['ceasefire 2025-04-19..2025-04-20 occurred', 'ceasefire 2025-05-08..2025-05-10 planned'],
  ],
  // one truce announced on one day and scheduled for later days is one
  [
    WEDNESDAY_30_APRIL,
    'Putin declared a three-day truce on Monday, the Kremlin said.\n\nThe truce will run from the start of May 8 to the end of May 10.',
    ['ceasefire 2025-05-08..2025-05-10 planned'],
  ],
]);
