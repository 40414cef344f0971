import t from 'tap';
import { sameEvent } from '../../src/ingest/merge.js';
import type { EventFields } from '../../src/repositories/types.js';
import { eventFields } from '../helpers/db.js';

const person = (name: string) => ({ name, kind: 'person' as const });
const [erdogan, putin, zelenskyy, ushakov, rubio] = ['Recep Tayyip Erdogan', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Yuri Ushakov', 'Marco Rubio'].map(person);
const day = (date: string, extra: Partial<EventFields> = {}) => eventFields({ startDate: date, endDate: date, ...extra });

// A call has two sides: on one day, one person talking to two different partners held two calls,
// while two reports naming both sides and an extra aide each describe one call.
const cases: Array<[string, EventFields, EventFields, boolean]> = [
  ['one caller, a different partner on the same day: two calls', day('2023-01-05', { actors: [erdogan, putin] }), day('2023-01-05', { actors: [erdogan, zelenskyy] }), false],
  ['both sides shared, a different aide named: one call', day('2025-07-03', { actors: [putin, erdogan, ushakov] }), day('2025-07-03', { actors: [erdogan, putin, rubio] }), true],
  ['a report naming one side only joins the call', day('2023-01-05', { actors: [erdogan] }), day('2023-01-05', { actors: [erdogan, zelenskyy] }), true],
  ['a pair inside a trio: one call', day('2023-01-05', { actors: [erdogan, putin] }), day('2023-01-05', { actors: [putin, zelenskyy, erdogan] }), true],
  [
    'a meeting of one host with different guests named on the same day stays one meeting',
    day('2025-05-10', { type: 'meeting', actors: [zelenskyy, erdogan] }),
    day('2025-05-10', { type: 'meeting', actors: [zelenskyy, rubio] }),
    true,
  ],
];

for (const [name, a, b, expected] of cases) {
  t.test(name, async (t) => {
    t.equal(sameEvent(a, b), expected);
    t.equal(sameEvent(b, a), expected, 'symmetric');
  });
}
