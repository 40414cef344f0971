/**
 * A window after the object of a demand or of backing ("demanded a ceasefire from Monday", "backed a truce starting on
 * Monday") is the plan's, read as a declared window (the nearer such day), not dated by the demanding's past; and a
 * predicate coordinated after the expression (", and warned of sanctions") is another verb's, not its tense. A date the
 * verb takes itself ("backed the plan on Monday") stays in the past. Sentences written for this test; published on
 * Saturday 10 May 2025.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2025-05-10T18:00:00Z');

const days = (text: string) =>
  findDates(text, REF)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}`);

const ROWS: Array<[string, string[]]> = [
  ['The four leaders said they backed a full ceasefire on land and at sea starting on Monday, and warned of new sanctions.', ['Monday=2025-05-12']],
  ['The ministers demanded a truce from Monday.', ['Monday=2025-05-12']],
  ['The delegation urged both armies to observe a pause beginning on Monday.', ['Monday=2025-05-12']],
  ['Parliament endorsed a halt to strikes starting on Sunday.', ['Sunday=2025-05-11']],
  // a day the verb takes itself, not a window
  ['The cabinet backed the plan on Monday.', ['Monday=2025-05-05']],
  ['The council demanded on Tuesday that the convoy be let through.', ['Tuesday=2025-05-06']],
  // a coordinated predicate after a past event's day: still the past
  ['Drones struck the depot on Monday, and killed two guards.', ['Monday=2025-05-05']],
];

t.test('a window a demand or backing asks for is the plan\'s; a coordinated predicate is not its verb', async (t) => {
  for (const [text, want] of ROWS) t.same(days(text), want, text);
});
