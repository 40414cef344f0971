/** Inputs built to make regexes backtrack: every one must be read in linear time. */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { parseDateQuery } from '../../../src/extract/dates/query.js';
import { cpuMs } from '../../helpers/cpu-time.js';
import { MONDAY, referenceOf } from './cases.js';

const adversarial: [string, string][] = [
  ['a long run of spaces after a number', `2022${' '.repeat(50_000)}x`],
  ['a long run of spaces before "ago"', `two${' '.repeat(50_000)}days`],
  ['many number words without a unit', 'one two three four five six seven eight nine ten '.repeat(2_000)],
  ['many "after" without an object', 'hours after after after '.repeat(5_000)],
  ['a thousands separator that never ends', `${'1,000'.repeat(10_000)} drones`],
  ['dots without sentences', '.'.repeat(50_000)],
  ['a month name repeated', 'March '.repeat(10_000)],
  ['the anchor object with many words', `a day before the ${'talks '.repeat(10_000)}`],
  ['hyphens and digits', '30-30-30-'.repeat(10_000)],
  ['one unbroken word', 'x'.repeat(100_000)],
  ['clause anchors that never reach a verb', 'a day after Alpha Beta Gamma Delta '.repeat(5_000)],
  ['the day again and again', 'to end the day later in the day for a third straight day '.repeat(3_000)],
  ['days of the month without a month', 'on the 10th and on the 11th '.repeat(5_000)],
  ['timeline lines', '12 February — they meet\n'.repeat(5_000)],
  ['spaces before a day of the month', `on${' '.repeat(50_000)}the 10th`],
  // the longest body the API takes (200,000 characters): chrono's patterns cost time quadratic in
  // a gap after a date (40,000 spaces: 1.8 s) until long gaps were closed to them
  ['a day and month, then the longest gap a body can hold', `Drones hit Kyiv on 20 April${' '.repeat(200_000)}]`],
  ['a weekday, then a long gap of tabs and no-break spaces', `on Friday${' \t\u00a0'.repeat(60_000)}.`],
  ['one date, then many days of the month far after it', `In March talks began. ${'It fell on the 10th. '.repeat(5_000)}`],
];

for (const [name, text] of adversarial) {
  t.test(name, async (t) => {
    const spent = cpuMs(() => findDates(text, referenceOf(MONDAY)));
    t.ok(spent < 2_000, `${text.length} characters in under 2 s of CPU (${spent.toFixed(0)} ms)`);
  });
}

t.test('a long query is refused without parsing', async (t) => {
  t.equal(parseDateQuery('last week '.repeat(1_000)), null);
});

t.test('empty and date-free bodies', async (t) => {
  t.same(findDates('', referenceOf(MONDAY)), []);
  t.same(findDates('No dates here at all.', referenceOf(MONDAY)), []);
});
