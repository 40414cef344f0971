import t from 'tap';
import { addDays } from '../../src/domain/days.js';
import {
  datesCompatible,
  findMergeTarget,
  mergeChanges,
  mergeCurated,
  mergeEvent,
  plausibleInterval,
  sameEvent,
} from '../../src/ingest/merge.js';
import type { EventFields } from '../../src/repositories/types.js';
import { eventFields } from '../helpers/db.js';

const putin = { name: 'Vladimir Putin', kind: 'person' as const };
const trump = { name: 'Donald Trump', kind: 'person' as const };
const russia = { name: 'Russia', kind: 'country' as const };
const ukraine = { name: 'Ukraine', kind: 'country' as const };
const usa = { name: 'United States', kind: 'country' as const };
const kyiv = { name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 };
const kharkiv = { name: 'Kharkiv', countryCode: 'UA', lat: 49.99, lon: 36.23 };

const day = (date: string, extra: Partial<EventFields> = {}) =>
  eventFields({ startDate: date, endDate: date, ...extra });

t.test('plausible intervals widen by how the date was obtained', async (t) => {
  t.same(plausibleInterval(day('2025-07-03', { dateCertainty: 'explicit' })), { from: '2025-07-03', to: '2025-07-03' });
  t.same(plausibleInterval(day('2025-07-03', { dateCertainty: 'relative' })), { from: '2025-07-03', to: '2025-07-03' }, 'the slack of a relative day is between two reports');
  t.same(plausibleInterval(day('2025-07-03', { dateCertainty: 'inferred' })), { from: '2025-06-26', to: '2025-07-03' }, 'an undated report: the week before it');
  const lastWeek = eventFields({ startDate: '2025-06-23', endDate: '2025-06-29', datePrecision: 'week', dateCertainty: 'relative' });
  t.same(plausibleInterval(lastWeek), { from: '2025-06-23', to: '2025-06-29' }, 'a week is its own span');
});

t.test('date compatibility', async (t) => {
  const cases: Array<[string, EventFields, EventFields, boolean]> = [
    ['same explicit day', day('2025-07-03', { dateCertainty: 'explicit' }), day('2025-07-03', { dateCertainty: 'explicit' }), true],
    ['explicit days one apart', day('2025-07-03', { dateCertainty: 'explicit' }), day('2025-07-04', { dateCertainty: 'explicit' }), false],
    ['relative days one apart', day('2025-07-03'), day('2025-07-04'), true],
    ['relative days three apart', day('2025-07-03'), day('2025-07-06'), false],
    ['inferred within the week before', day('2025-07-09', { dateCertainty: 'inferred' }), day('2025-07-03'), true],
    ['inferred: a dated event days after the undated report is another', day('2025-07-03', { dateCertainty: 'inferred' }), day('2025-07-09'), false],
    ['inferred two weeks off', day('2025-07-03', { dateCertainty: 'inferred' }), day('2025-07-20'), false],
    [
      'day inside a month',
      eventFields({ startDate: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month' }),
      day('2025-07-20', { dateCertainty: 'explicit' }),
      true,
    ],
  ];
  for (const [name, a, b, expected] of cases) {
    t.equal(datesCompatible(a, b), expected, name);
    t.equal(datesCompatible(b, a), expected, `${name} (symmetric)`);
  }
});

t.test('date compatibility is overlap of the plausible intervals, a clock-dated day apart, across month and year ends', async (t) => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const days = ['2024-12-24', '2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02', '2025-01-07', '2025-01-09', '2025-02-28', '2025-03-01'];
  const certainties = ['explicit', 'relative', 'inferred'] as const;
  const precisions = ['day', 'week', 'month'] as const;
  const randomDates = () => {
    const [start, end] = [days[Math.floor(random() * days.length)], days[Math.floor(random() * days.length)]].sort();
    return eventFields({
      startDate: start,
      endDate: random() < 0.6 ? start : end,
      dateCertainty: certainties[Math.floor(random() * certainties.length)],
      datePrecision: precisions[Math.floor(random() * precisions.length)],
    });
  };
  let compatible = 0;
  for (let i = 0; i < 2000; i++) {
    const [a, b] = [randomDates(), randomDates()];
    const x = plausibleInterval(a);
    const y = plausibleInterval(b);
    const clockDated = (e: EventFields) => e.dateCertainty === 'inferred' || (e.dateCertainty === 'relative' && e.datePrecision === 'day');
    const slack = clockDated(a) || clockDated(b) ? 1 : 0;
    const expected = addDays(x.from, -slack) <= y.to && addDays(y.from, -slack) <= x.to;
    if (datesCompatible(a, b) !== expected) {
      t.fail(`${JSON.stringify([x, y])}: ${expected} expected`);
      return;
    }
    if (expected) compatible++;
  }
  t.ok(compatible > 400 && compatible < 1600, `both answers are common (${compatible} of 2000 compatible)`);
});

t.test('same-event rule per kind of event', async (t) => {
  const cases: Array<[string, EventFields, EventFields, boolean]> = [
    ['call: shared person', day('2025-07-03', { actors: [putin, trump] }), day('2025-07-03', { actors: [putin] }), true],
    ['call: one shared country is not enough', day('2025-07-03', { actors: [russia, usa] }), day('2025-07-03', { actors: [russia, ukraine] }), false],
    ['call: two shared countries', day('2025-07-03', { actors: [russia, usa] }), day('2025-07-03', { actors: [usa, russia] }), true],
    ['call: different type', day('2025-07-03', { actors: [putin] }), day('2025-07-03', { actors: [putin], type: 'meeting' }), false],
    ['call: dates apart', day('2025-07-03', { actors: [putin] }), day('2025-07-10', { actors: [putin] }), false],
    [
      'strike: same place',
      day('2025-07-04', { type: 'drone_strike', places: [kyiv], actors: [russia] }),
      day('2025-07-04', { type: 'drone_strike', places: [kyiv], actors: [] }),
      true,
    ],
    [
      'strike: different places are different events',
      day('2025-07-04', { type: 'drone_strike', places: [kyiv], actors: [russia] }),
      day('2025-07-04', { type: 'drone_strike', places: [kharkiv], actors: [russia] }),
      false,
    ],
    [
      'strike: a placeless report does not join a placed one',
      day('2025-07-04', { type: 'drone_strike', places: [kyiv], actors: [russia] }),
      day('2025-07-04', { type: 'drone_strike', places: [], actors: [russia] }),
      false,
    ],
    [
      'strike: two placeless reports with a shared actor',
      day('2025-07-04', { type: 'missile_strike', places: [], actors: [russia] }),
      day('2025-07-04', { type: 'missile_strike', places: [], actors: [russia] }),
      true,
    ],
    [
      'capture: two villages are two events',
      day('2025-07-04', { type: 'territorial_capture', places: [{ name: 'Village A', countryCode: 'UA', lat: null, lon: null }] }),
      day('2025-07-04', { type: 'territorial_capture', places: [{ name: 'Village B', countryCode: 'UA', lat: null, lon: null }] }),
      false,
    ],
    [
      'ceasefire: shared actor',
      day('2025-07-04', { type: 'ceasefire', actors: [russia, ukraine] }),
      day('2025-07-04', { type: 'ceasefire', actors: [ukraine] }),
      true,
    ],
    [
      'aid: nothing named on either side',
      day('2025-07-04', { type: 'aid_decision', actors: [] }),
      day('2025-07-04', { type: 'aid_decision', actors: [] }),
      true,
    ],
    [
      'call: two pairs of leaders sharing one person on neighbouring days are two calls',
      day('2025-07-03', { actors: [putin, trump] }),
      day('2025-07-04', { actors: [trump, { name: 'Volodymyr Zelenskyy', kind: 'person' }] }),
      false,
    ],
    [
      'call: a pair and a trio holding it, a day apart, are one call',
      day('2025-07-03', { actors: [putin, trump] }),
      day('2025-07-04', { actors: [trump, putin, { name: 'Volodymyr Zelenskyy', kind: 'person' }] }),
      true,
    ],
    [
      'meeting: the same city and day, no shared participant named',
      day('2025-05-16', { type: 'meeting', actors: [putin], places: [kyiv] }),
      day('2025-05-16', { type: 'meeting', actors: [], places: [kyiv] }),
      true,
    ],
    [
      'meeting: the same city on neighbouring days is two rounds',
      day('2025-03-23', { type: 'meeting', actors: [usa], places: [kyiv] }),
      day('2025-03-24', { type: 'meeting', actors: [usa], places: [kyiv] }),
      false,
    ],
    [
      'call: a shared city does not identify a phone call',
      day('2025-05-16', { actors: [putin], places: [kyiv] }),
      day('2025-05-16', { actors: [], places: [kyiv] }),
      false,
    ],
    [
      'aid: different donors',
      day('2025-07-04', { type: 'aid_decision', actors: [usa] }),
      day('2025-07-04', { type: 'aid_decision', actors: [{ name: 'Germany', kind: 'country' }] }),
      false,
    ],
  ];
  for (const [name, a, b, expected] of cases) t.equal(sameEvent(a, b), expected, name);
});

t.test('the merge target is the most overlapping candidate, then the closest in time', async (t) => {
  const incoming = day('2025-07-03', { actors: [putin, trump] });
  const onlyPutin = { ...day('2025-07-03', { actors: [putin] }), id: 'a' };
  const both = { ...day('2025-07-04', { actors: [putin, trump] }), id: 'b' };
  const unrelated = { ...day('2025-07-03', { actors: [{ name: 'Someone Else', kind: 'person' }] }), id: 'c' };
  t.equal(findMergeTarget(incoming, [onlyPutin, both, unrelated])?.id, 'b');
  t.equal(findMergeTarget(incoming, [unrelated]), undefined);
  const near = { ...day('2025-07-03', { actors: [putin] }), id: 'near' };
  const far = { ...day('2025-07-04', { actors: [putin] }), id: 'far' };
  t.equal(findMergeTarget(day('2025-07-03', { actors: [putin] }), [far, near])?.id, 'near');
});

t.test('merging keeps the best-supported date and unions participants', async (t) => {
  const inferred = day('2025-07-05', { dateCertainty: 'inferred', confidence: 0.5, actors: [putin], status: 'planned' });
  const relative = day('2025-07-03', { dateCertainty: 'relative', confidence: 0.9, actors: [trump], places: [kyiv] });
  const merged = mergeEvent(inferred, relative);
  t.equal(merged.startDate, '2025-07-03', 'relative beats inferred');
  t.equal(merged.dateCertainty, 'relative');
  t.equal(merged.confidence, 0.9);
  t.equal(merged.status, 'occurred', 'one report of it happening is enough');
  t.same(merged.actors.map((a) => a.name), ['Vladimir Putin', 'Donald Trump']);
  t.same(merged.places.map((p) => p.name), ['Kyiv']);
  t.equal(merged.title, inferred.title, 'the first headline stays');

  t.equal(mergeEvent(relative, inferred).startDate, '2025-07-03', 'inferred never replaces relative');
  const explicit = day('2025-07-02', { dateCertainty: 'explicit' });
  t.equal(mergeEvent(relative, explicit).startDate, '2025-07-02', 'explicit beats relative');

  const earlierInferred = day('2025-07-01', { dateCertainty: 'inferred' });
  t.equal(mergeEvent(inferred, earlierInferred).startDate, '2025-07-01', 'among inferred, the earliest report');
  t.equal(mergeEvent(earlierInferred, inferred).startDate, '2025-07-01');

  const month = eventFields({ startDate: '2025-07-01', endDate: '2025-07-31', datePrecision: 'month', dateCertainty: 'relative' });
  t.equal(mergeEvent(month, relative).datePrecision, 'day', 'finer precision wins at equal certainty');
  t.equal(mergeEvent(relative, month).datePrecision, 'day');

  const sameNames = mergeEvent(day('2025-07-03', { actors: [putin] }), day('2025-07-03', { actors: [{ name: 'vladimir putin', kind: 'person' }] }));
  t.equal(sameNames.actors.length, 1, 'actor names compare case-insensitively');
  t.equal(mergeEvent(day('2025-07-03', { status: 'planned' }), day('2025-07-03', { status: 'planned' })).status, 'planned');
});

t.test('mergeChanges: whether folding a report in changed the stored event', async (t) => {
  const stored = day('2025-07-03', { actors: [putin, trump] });
  t.notOk(mergeChanges(stored, mergeEvent(stored, day('2025-07-03', { actors: [trump], confidence: 0.5 }))), 'a repeat report adds nothing');
  t.ok(mergeChanges(stored, mergeEvent(stored, day('2025-07-03', { actors: [putin, russia] }))), 'a new actor');
  t.ok(mergeChanges(stored, mergeEvent(stored, day('2025-07-03', { actors: [putin], places: [kyiv] }))), 'a new place');
  t.ok(mergeChanges(stored, mergeEvent(stored, day('2025-07-03', { actors: [putin], confidence: 0.95 }))), 'a higher confidence');
  t.ok(
    mergeChanges(day('2025-07-03', { dateCertainty: 'relative', actors: [putin] }), mergeEvent(day('2025-07-03', { dateCertainty: 'relative', actors: [putin] }), day('2025-07-03', { dateCertainty: 'explicit', actors: [putin] }))),
    'a better date',
  );
  t.notOk(
    mergeChanges(stored, mergeCurated(stored, day('2025-07-03', { actors: [putin, russia] }), new Set(['actors']))),
    'a curated actor list is not extended: nothing changed',
  );
});
