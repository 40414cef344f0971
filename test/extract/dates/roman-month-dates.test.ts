/**
 * A day with its month in Roman numerals, as much of Central and Eastern Europe writes a date on forms, in registers
 * and by hand: "14.II.2024", "30.VIII.23", "14 II 2024" (a year in four figures after spaces), "19.IV" (yearless, dots
 * only: its year as any day-month without one). The day is the one written. A Roman numeral with no day before it, or a
 * numbered reference's ("Article 5.IV", "1.2.IV"), is no month. Sentences written for this test; published on Tuesday
 * 22 April 2025 unless a row says otherwise.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2025-04-22T08:00:00Z');

const days = (text: string, ref = REF) =>
  findDates(text, ref)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}`);

const DATES: Array<[string, string[], string?]> = [
  // a register's line: the day, then its place and what happened
  ['[R-4] 11.IV.25 · Odesa · port cranes hit by drones', ['11.IV.25=2025-04-11']],
  // a four-figure year, every month's numeral (the long ones not read as their first letters)
  ['The shipment left Gdansk on 3.VIII.2024 and arrived a week later.', ['3.VIII.2024=2024-08-03']],
  ['Minutes of the sitting of 27.XII.2024 were published.', ['27.XII.2024=2024-12-27']],
  ['The decree is dated 9.IX.2023.', ['9.IX.2023=2023-09-09']],
  ['Delegations met on 2.XI.24 in Geneva.', ['2.XI.24=2024-11-02']],
  ['The pipeline was shut on 14.VII.22.', ['14.VII.22=2022-07-14']],
  // spaced, with a year in four figures
  ['The agreement was signed in Warsaw on 14 II 2024.', ['14 II 2024=2024-02-14']],
  // two days of one line, and a yearless day later in it
  ['18.IV.25 20:00 → 20.IV.25 06:00 · curfew lifted 20.IV morning', ['18.IV.25=2025-04-18', '20.IV.25=2025-04-20', '20.IV=2025-04-20']],
  // yearless, told in the past: the latest such day before publication
  ['The convoy was stopped at the border on 9.III, officials said.', ['9.III=2025-03-09']],
  // a year far from publication
  ['An older entry: 1.X.14, shelling of the depot.', ['1.X.14=2014-10-01'], '2025-06-05T06:00:00Z'],
];

const NOT_DATES: string[] = [
  'Veterans of World War II gathered in the square.',
  'Pope John Paul II visited Kyiv once.',
  'Phase II of the plan was approved by the council.',
  'Henry VIII appears in the museum guide.',
  'See Article 5.IV of the statute.',
  'The ruling cites paragraph 1.2.IV of the code.',
  'The Su-27 II prototype flew once.',
  'He finished 4 IV in the standings.',
  'The rule is set out in section 12.III.',
  // lowercase numerals are words ("i", "v") far more often than months
  'Notes 3.ii and 4.iv were left out.',
];

t.test('a day with its month in Roman numerals is that day', async (t) => {
  for (const [text, want, published] of DATES) t.same(days(text, published ? referenceOf(published) : REF), want, text);
});

t.test('Roman numerals without a day, or numbering a reference, are no month', async (t) => {
  for (const text of NOT_DATES) t.same(days(text), [], text);
});
