import t from 'tap';
import { findMergeTarget, sameEvent } from '../../src/ingest/merge.js';
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
  // an undated report (dated by its own day) of one pair's call against a stated call of another pair
  ['an undated report of one pair, a stated call of another pair the day before: two calls', day('2024-02-06', { dateCertainty: 'inferred', actors: [erdogan, zelenskyy] }), day('2024-02-05', { actors: [erdogan, putin] }), false],
  ['an undated report of one pair, a stated call of another pair days before: two calls', day('2024-02-09', { dateCertainty: 'inferred', actors: [putin, erdogan] }), day('2024-02-05', { dateCertainty: 'explicit', actors: [zelenskyy, erdogan] }), false],
  ['an undated report of the same pair days later: one call', day('2024-02-09', { dateCertainty: 'inferred', actors: [zelenskyy, erdogan] }), day('2024-02-05', { actors: [erdogan, zelenskyy] }), true],
  ['an undated report naming one side joins a stated call', day('2024-02-06', { dateCertainty: 'inferred', actors: [erdogan] }), day('2024-02-05', { actors: [erdogan, putin] }), true],
  ['an undated report of a pair inside a stated trio: one call', day('2024-02-06', { dateCertainty: 'inferred', actors: [erdogan, putin] }), day('2024-02-05', { actors: [erdogan, putin, ushakov] }), true],
  [
    'an undated meeting report of one host with another guest stays one meeting',
    day('2024-02-06', { type: 'meeting', dateCertainty: 'inferred', actors: [zelenskyy, erdogan] }),
    day('2024-02-05', { type: 'meeting', actors: [zelenskyy, rubio] }),
    true,
  ],
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

// Of several calls a report could join, the one naming fewest people the report does not: a stored call that a
// three-way report grew to a third leader is not the call between the report's two. A side the report does not
// name counts against a candidate before the day does (sidesBeyond): between clock-dated reports a day is slack.
const targetCases: Array<[string, EventFields, Array<EventFields & { id: string }>, string | undefined]> = [
  [
    'the pair over a trio, both a day off',
    day('2024-02-06', { actors: [erdogan, zelenskyy] }),
    [{ ...day('2024-02-05', { actors: [erdogan, putin, zelenskyy] }), id: 'trio' }, { ...day('2024-02-05', { actors: [zelenskyy, erdogan] }), id: 'pair' }],
    'pair',
  ],
  [
    'the pair a day off over a trio on the day: a third side counts before a day of slack',
    day('2024-02-06', { actors: [erdogan, zelenskyy] }),
    [{ ...day('2024-02-06', { actors: [erdogan, putin, zelenskyy] }), id: 'trio' }, { ...day('2024-02-05', { actors: [zelenskyy, erdogan] }), id: 'pair' }],
    'pair',
  ],
  [
    'the closer day still first between calls naming the same sides',
    day('2024-02-06', { actors: [erdogan, zelenskyy] }),
    [{ ...day('2024-02-06', { actors: [erdogan, zelenskyy] }), id: 'same day' }, { ...day('2024-02-05', { actors: [zelenskyy, erdogan] }), id: 'day before' }],
    'same day',
  ],
  [
    'the closer day still first between trios',
    day('2024-02-06', { actors: [erdogan, zelenskyy] }),
    [{ ...day('2024-02-06', { actors: [erdogan, putin, zelenskyy] }), id: 'trio' }, { ...day('2024-02-05', { actors: [zelenskyy, erdogan, putin] }), id: 'trio before' }],
    'trio',
  ],
  [
    'a report naming no one keeps the first',
    day('2024-02-06', { type: 'ceasefire', actors: [] }),
    [{ ...day('2024-02-06', { type: 'ceasefire', actors: [] }), id: 'first' }, { ...day('2024-02-06', { type: 'ceasefire', actors: [] }), id: 'second' }],
    'first',
  ],
];

for (const [name, incoming, candidates, expected] of targetCases) {
  t.test(name, async (t) => {
    t.equal(findMergeTarget(incoming, candidates)?.id, expected);
    t.equal(findMergeTarget(incoming, [...candidates].reverse())?.id, name.startsWith('a report naming no one') ? 'second' : expected, 'whatever the order');
  });
}
