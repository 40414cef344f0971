/**
 * "that day", "that same day", "later that day", "earlier that very day" point back to the day told last in their
 * paragraph, as "later in the day" does; "that day in June", "that day of all days" name another day, and a
 * paragraph with no day told gives them none. Sentences written for this test; published on Thursday 10 July 2025.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2025-07-10T09:00:00Z');

const days = (text: string) =>
  findDates(text, REF)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}`);

const CASES: Array<[string, string[]]> = [
  ['On 2 July the envoy flew to the Gulf. He met the crown prince later that day.', ['On 2 July=2025-07-02', 'later that day=2025-07-02']],
  ['The minister said on Monday that a rocket had hit a depot earlier that day.', ['Monday=2025-07-07', 'earlier that day=2025-07-07']],
  ['Tuesday, 15 July: the council meets. A vote on the resolution is expected that day.', ['Tuesday, 15 July=2025-07-15', 'that day=2025-07-15']],
  ['On 1 July a truce was declared from noon that same day until the end of the week.', ['On 1 July=2025-07-01', 'that same day=2025-07-01', 'the end of the week=2025-07-07']],
];

const NONE: Array<[string, string[]]> = [
  // another day named by what follows
  ['People still talk about that day in June when the dam broke.', ['June=2025-06-01']],
  ['Nobody who was there will forget that day of all days.', []],
  // no day told in the paragraph
  ['He never spoke of that day again.', []],
  ['On 2 July the envoy flew to the Gulf.\n\nHe never spoke of that day again.', ['On 2 July=2025-07-02']],
];

t.test('"that day" is the day told last in its paragraph', async (t) => {
  for (const [text, want] of CASES) t.same(days(text), want, text);
});

t.test('"that day" with another day named after it, or no day told, is no date', async (t) => {
  for (const [text, want] of NONE) t.same(days(text), want, text);
});
