/**
 * A dash joining two words with no space ("the EU–China summit", "Ukraine–Moldova talks") makes a compound name, not a
 * clause boundary: the date after it stays in the clause of the verb before it ("will meet ... in July"), and a past
 * attribution closing the sentence (", diplomats said") does not take it. A spaced dash still separates two clauses.
 * Sentences written for this test; published on Saturday 14 June 2025.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2025-06-14T08:00:00Z');

const values = (text: string) =>
  findDates(text, REF)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.value}`);

const ROWS: Array<[string, string[]]> = [
  // a compound between the future verb and its date
  ['The leaders will meet at the EU–China summit in July, diplomats said.', ['July=2025-07']],
  ['Kyiv will host the Ukraine–Moldova talks on Tuesday, officials said.', ['Tuesday=2025-06-17']],
  ['Both sides will sign the Kyiv—Warsaw accord on Thursday, a spokesman told reporters.', ['Thursday=2025-06-19']],
  // a compound before the verb changes nothing
  ['The Trump–Putin summit will be held in Budapest in November, the Kremlin said.', ['November=2025-11']],
  // spaced dashes still part two clauses, each with its own tense
  ['Russian missiles hit Kharkiv in May — the city will rebuild the school by September, officials said.', ['May=2025-05', 'September=2025-09']],
  ['Drones struck Odesa in March – the port reopened in April, officials said.', ['March=2025-03', 'April=2025-04']],
];

t.test('a dash joining two words is a compound, not a clause boundary', async (t) => {
  for (const [text, want] of ROWS) t.same(values(text), want, text);
});
