import t from 'tap';
import { findMergeTarget, findMergeTargetIn } from '../../src/ingest/merge.js';
import type { EventFields } from '../../src/repositories/types.js';
import { seededRandom } from '../../bench/seeded-random.js';
import { eventFields } from '../helpers/db.js';

// findMergeTargetIn remembers findMergeTarget's answer per candidate list and report form: the
// form must tell apart every report findMergeTarget tells apart, however close.

const putin = { name: 'Vladimir Putin', kind: 'person' as const };
const russia = { name: 'Russia', kind: 'country' as const };
const ukraine = { name: 'Ukraine', kind: 'country' as const };
const zelenskyy = { name: 'Volodymyr Zelenskyy', kind: 'person' as const };
const place = (name: string, countryCode: string | null) => ({ name, countryCode, lat: null, lon: null });

t.test('the remembered target is findMergeTarget\'s for reports that differ in one thing it reads', async (t) => {
  const candidates = [
    { ...eventFields({ type: 'drone_strike', actors: [russia], places: [place('Odesa', 'UA')] }), id: 'odesa' },
    { ...eventFields({ type: 'drone_strike', actors: [russia], places: [place('Odesa Oblast', 'UA')], startDate: '2025-07-04', endDate: '2025-07-04' }), id: 'oblast' },
    { ...eventFields({ type: 'drone_strike', actors: [], places: [] }), id: 'placeless' },
    { ...eventFields({ type: 'phone_call', actors: [putin, zelenskyy] }), id: 'call' },
    { ...eventFields({ type: 'phone_call', actors: [russia, ukraine], startDate: '2025-07-02', endDate: '2025-07-02', dateCertainty: 'explicit' }), id: 'sides' },
  ];
  const base = eventFields({ type: 'drone_strike', actors: [russia], places: [place('Odesa', 'UA')] });
  const reports: Array<[string, EventFields]> = [
    ['the strike on Odesa', base],
    ['its place in no country', { ...base, places: [place('Odesa', null)] }],
    ['the region', { ...base, places: [place('Odesa Oblast', 'UA')] }],
    ['a day later, stated', { ...base, startDate: '2025-07-04', endDate: '2025-07-04', dateCertainty: 'explicit' }],
    ['a day later, relative', { ...base, startDate: '2025-07-04', endDate: '2025-07-04' }],
    ['no place', { ...base, places: [] }],
    ['a call of the two presidents', eventFields({ type: 'phone_call', actors: [putin, zelenskyy] })],
    ['Putin as a country', eventFields({ type: 'phone_call', actors: [{ ...putin, kind: 'country' as const }, zelenskyy] })],
    ['the two countries, the day before', eventFields({ type: 'phone_call', actors: [russia, ukraine], startDate: '2025-07-02', endDate: '2025-07-02', dateCertainty: 'explicit' })],
    ['the two countries, inferred', eventFields({ type: 'phone_call', actors: [russia, ukraine], dateCertainty: 'inferred' })],
    ['a week', eventFields({ type: 'phone_call', actors: [russia, ukraine], startDate: '2025-06-30', endDate: '2025-07-06', datePrecision: 'week' })],
  ];
  const answers = new Set<string | undefined>();
  for (const [what, report] of reports) {
    const expected = findMergeTarget(report, candidates)?.id;
    answers.add(expected);
    // asked twice of the same list: computed, then remembered
    t.equal(findMergeTargetIn(report, candidates)?.id, expected, what);
    t.equal(findMergeTargetIn(report, candidates)?.id, expected, `${what}, again`);
  }
  t.ok(answers.size >= 4, `the reports have different targets (${[...answers].join(', ')})`);
});

t.test('remembered per list: another list, even of the same candidates in another order, is asked afresh', async (t) => {
  const first = { ...eventFields({ actors: [putin, zelenskyy] }), id: 'first' };
  const second = { ...eventFields({ actors: [putin, zelenskyy] }), id: 'second' };
  const report = eventFields({ actors: [putin, zelenskyy] });
  t.equal(findMergeTargetIn(report, [first, second])?.id, 'first', 'ties go to the first in the list');
  t.equal(findMergeTargetIn(report, [second, first])?.id, 'second');
  t.equal(findMergeTargetIn(report, [] as Array<typeof first>)?.id, undefined);
});

t.test('random reports against random lists agree with findMergeTarget', async (t) => {
  const random = seededRandom(424242);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const actors = [putin, russia, ukraine, zelenskyy, { name: 'Donald Trump', kind: 'person' as const }];
  const places = [place('Kyiv', 'UA'), place('Odesa', 'UA'), place('Odesa Oblast', 'UA'), place('Geneva', 'CH')];
  const form = (): EventFields => {
    const day = `2025-07-0${pick([1, 2, 3, 4, 6])}`;
    return eventFields({
      type: pick(['drone_strike', 'phone_call', 'meeting', 'ceasefire'] as const),
      startDate: day,
      endDate: day,
      datePrecision: pick(['day', 'day', 'month'] as const),
      dateCertainty: pick(['explicit', 'relative', 'inferred'] as const),
      actors: actors.filter(() => random() < 0.3),
      places: places.filter(() => random() < 0.25),
    });
  };
  const lists = Array.from({ length: 6 }, (_, n) => Array.from({ length: 12 }, (_, m) => ({ ...form(), id: `e${n}-${m}` })));
  let found = 0;
  for (let step = 0; step < 600; step++) {
    const list = pick(lists);
    const report = step % 3 === 0 ? form() : { ...pick(list) };
    const expected = findMergeTarget(report, list)?.id;
    if (expected) found++;
    t.equal(findMergeTargetIn(report, list)?.id, expected, `step ${step}`);
  }
  t.ok(found > 100, `targets found in ${found} of 600 steps`);
});
