import t, { type Test } from 'tap';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/types.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { daysApart, findMergeTarget, mergeCandidateCriteria, sameEvent, storageOrder } from '../../src/ingest/merge.js';
import type { EventFields } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

const person = (name: string) => ({ name, kind: 'person' as const });
const country = (name: string) => ({ name, kind: 'country' as const });
const putin = person('Vladimir Putin');
const trump = person('Donald Trump');
const zelenskyy = person('Volodymyr Zelenskyy');
const witkoff = person('Steve Witkoff');
const lukashenko = person('Alexander Lukashenko');
const russia = country('Russia');
const ukraine = country('Ukraine');
const usa = country('United States');
const germany = country('Germany');
const moscow = { name: 'Moscow', countryCode: 'RU', lat: 55.75, lon: 37.62 };
const kyiv = { name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 };

/** A report of one day: a relative date unless the case says otherwise. */
const on = (date: string, extra: Partial<EventFields> = {}) => eventFields({ startDate: date, endDate: date, actors: [trump, putin], ...extra });
const week = (from: string, to: string, extra: Partial<EventFields> = {}) => eventFields({ startDate: from, endDate: to, datePrecision: 'week', actors: [trump, putin], ...extra });

type Case = [name: string, a: EventFields, b: EventFields, same: boolean];

/** Each case both ways round, and, in a real database, the SQL offers every event sameEvent accepts. */
function check(t: Test, cases: Case[]): void {
  for (const [name, a, b, expected] of cases) {
    t.equal(sameEvent(a, b), expected, name);
    t.equal(sameEvent(b, a), expected, `${name} (the other way round)`);
    if (!expected) continue;
    for (const [stored, incoming] of [
      [a, b],
      [b, a],
    ]) {
      const { repos } = testDatabase(t);
      const id = repos.events.insert(stored, '2025-07-10T00:00:00.000Z');
      t.ok(repos.events.mergeCandidates(mergeCandidateCriteria(incoming)).some((candidate) => candidate.id === id), `${name}: the stored report is a candidate`);
    }
  }
}

t.test('dates: a day taken from a clock is one day of slack between two reports, an undated report lies on or before its day', async (t) => {
  check(t, [
    ['two relative days one apart (a night dated by its start or its end)', on('2025-07-08'), on('2025-07-09'), true],
    ['two relative days two apart ("Tuesday" and "Thursday")', on('2025-07-08'), on('2025-07-10'), false],
    ['a relative day and an explicit one a day apart', on('2025-07-08'), on('2025-07-09', { dateCertainty: 'explicit' }), true],
    ['two explicit days a day apart', on('2025-07-08', { dateCertainty: 'explicit' }), on('2025-07-09', { dateCertainty: 'explicit' }), false],
    ['an undated report and a dated one five days before it', on('2025-07-08', { dateCertainty: 'inferred' }), on('2025-07-03'), true],
    ['an undated report and a dated one three days after it', on('2025-07-08', { dateCertainty: 'inferred' }), on('2025-07-11'), false],
    ['an undated report and a relative day two days after it (one day of clock slack between two reports)', on('2025-07-03', { dateCertainty: 'inferred' }), on('2025-07-05'), false],
    ['an undated report and a relative day after it', on('2025-07-03', { dateCertainty: 'inferred' }), on('2025-07-04'), true],
    ['an undated report and an explicit day after it (the report\'s clock)', on('2025-07-08', { dateCertainty: 'inferred' }), on('2025-07-09', { dateCertainty: 'explicit' }), true],
    ['two undated reports a week apart', on('2025-07-01', { dateCertainty: 'inferred' }), on('2025-07-08', { dateCertainty: 'inferred' }), true],
    ['"last week" holding the day', week('2025-06-30', '2025-07-06'), on('2025-07-03', { dateCertainty: 'explicit' }), true],
  ]);
});

t.test('a meeting is identified by its city on one stated day, on overlapping days when a report does not say who met', async (t) => {
  const meeting = (extra: Partial<EventFields>) => ({ type: 'meeting' as const, places: [moscow], ...extra });
  check(t, [
    ['the same city on the same day, one report naming no one', on('2025-03-13', meeting({ actors: [witkoff] })), on('2025-03-13', meeting({ actors: [] })), true],
    [
      'the same city "last week" and on a day of it, the delegations named by country only',
      week('2025-05-12', '2025-05-18', meeting({ actors: [russia, ukraine] })),
      on('2025-05-16', meeting({ actors: [] })),
      true,
    ],
    ['the same city and day, two lists of people without a common name (one of them misread)', on('2025-05-16', meeting({ actors: [putin] })), on('2025-05-16', meeting({ actors: [witkoff] })), true],
    [
      'the same city and a week holding the day, two lists of people without a common name',
      week('2025-03-13', '2025-03-16', meeting({ actors: [witkoff, russia], status: 'planned' })),
      on('2025-03-13', meeting({ actors: [putin, lukashenko] })),
      false,
    ],
    ['the same city on neighbouring days', on('2025-03-23', meeting({ actors: [] })), on('2025-03-24', meeting({ actors: [witkoff] })), false],
    [
      'a shared person still identifies a meeting told by its week',
      week('2025-03-13', '2025-03-16', meeting({ actors: [witkoff, russia], status: 'planned' })),
      on('2025-03-13', meeting({ actors: [witkoff, putin], dateCertainty: 'explicit' })),
      true,
    ],
  ]);
});

t.test('a meeting report naming no one and no place is the meeting of its stated day that names no person', async (t) => {
  const geneva = { name: 'Geneva', countryCode: 'CH', lat: null, lon: null };
  const bern = { name: 'Bern', countryCode: 'CH', lat: null, lon: null };
  const nato = { name: 'NATO', kind: 'organization' as const };
  const eu = { name: 'European Union', kind: 'organization' as const };
  const meeting = (extra: Partial<EventFields>) => ({ type: 'meeting' as const, actors: [], places: [], ...extra });
  check(t, [
    ['"the round of talks on 4 May" and "negotiators met in Geneva on Sunday"', on('2025-05-04', meeting({ dateCertainty: 'explicit' })), on('2025-05-04', meeting({ places: [geneva] })), true],
    ['a round told with no one and no place, and the two delegations by country on that day', on('2025-05-04', meeting({ dateCertainty: 'explicit' })), on('2025-05-04', meeting({ actors: [russia, ukraine] })), true],
    ['the host country as the only actor, and the city on that day', on('2025-05-04', meeting({ actors: [country('Switzerland')] })), on('2025-05-04', meeting({ places: [geneva] })), true],
    ['one delegation named by country and no place, and the city on that day', on('2025-05-04', meeting({ actors: [russia] })), on('2025-05-04', meeting({ places: [geneva], dateCertainty: 'explicit' })), true],
    ['neighbouring days (a day of clock slack is no stated day in common)', on('2025-05-04', meeting({})), on('2025-05-05', meeting({ places: [geneva] })), false],
    ['the report\'s own day (inferred) says nothing of which day it met', on('2025-05-04', meeting({ dateCertainty: 'inferred' })), on('2025-05-04', meeting({ places: [geneva] })), false],
    ['other bodies on one day ("alliance ministers met", "union ministers met in Geneva")', on('2025-05-04', meeting({ actors: [nato] })), on('2025-05-04', meeting({ actors: [eu], places: [geneva] })), false],
    ['two cities on one day, no one named in either', on('2025-05-04', meeting({ places: [bern] })), on('2025-05-04', meeting({ places: [geneva] })), false],
    ['a report naming a person and one naming no one', on('2025-05-04', meeting({ actors: [trump] })), on('2025-05-04', meeting({})), false],
    ['calls are not meetings: two calls naming no one', on('2025-05-04', meeting({ type: 'phone_call' })), on('2025-05-04', meeting({ type: 'phone_call', places: [geneva] })), false],
  ]);
});

t.test('a meeting held in one city is not one held in another, unless a shared person meets on overlapping days', async (t) => {
  const place = (name: string, countryCode: string) => ({ name, countryCode, lat: null, lon: null });
  const geneva = place('Geneva', 'CH');
  const bern = place('Bern', 'CH');
  const switzerland = place('Switzerland', 'CH');
  const merkel = person('Angela Merkel');
  const scholz = person('Olaf Scholz');
  const macron = person('Emmanuel Macron');
  const meeting = (extra: Partial<EventFields>) => ({ type: 'meeting' as const, ...extra });
  check(t, [
    [
      'two cities a week apart, the undated report sharing two countries but no person (a summit in one capital, talks in another the week before)',
      on('2025-09-12', meeting({ actors: [merkel, macron, usa, ukraine], places: [kyiv], dateCertainty: 'inferred' })),
      on('2025-09-06', meeting({ actors: [scholz, witkoff, usa, ukraine], places: [geneva], dateCertainty: 'explicit' })),
      false,
    ],
    [
      'two cities on neighbouring days sharing a person (a visit to one city, talks in another the next day)',
      on('2025-09-05', meeting({ actors: [putin], places: [moscow] })),
      on('2025-09-06', meeting({ actors: [putin, witkoff], places: [geneva] })),
      false,
    ],
    [
      'two cities on the same day, a shared person (a dateline city beside the meeting\'s own): one meeting',
      on('2025-09-06', meeting({ actors: [trump, putin], places: [bern] })),
      on('2025-09-06', meeting({ actors: [trump], places: [geneva] })),
      true,
    ],
    [
      'a country and a city in it: the country report says nothing against the city',
      week('2025-09-01', '2025-09-07', meeting({ actors: [usa, ukraine], places: [switzerland] })),
      on('2025-09-04', meeting({ actors: [usa, ukraine], places: [geneva], dateCertainty: 'explicit' })),
      true,
    ],
    [
      'the same city a week apart sharing two countries, one report undated',
      on('2025-09-12', meeting({ actors: [merkel, usa, ukraine], places: [geneva], dateCertainty: 'inferred' })),
      on('2025-09-06', meeting({ actors: [scholz, usa, ukraine], places: [geneva], dateCertainty: 'explicit' })),
      true,
    ],
    [
      'one report without a place: nothing against',
      on('2025-09-12', meeting({ actors: [merkel, usa, ukraine], places: [], dateCertainty: 'inferred' })),
      on('2025-09-06', meeting({ actors: [scholz, usa, ukraine], places: [geneva], dateCertainty: 'explicit' })),
      true,
    ],
    [
      'a region and the city it is named after, a day apart, sharing a person',
      on('2025-09-05', meeting({ actors: [putin], places: [place('Moscow Oblast', 'RU')] })),
      on('2025-09-06', meeting({ actors: [putin, witkoff], places: [moscow] })),
      true,
    ],
    [
      'calls are not held in a city: two callers\' cities say nothing',
      on('2025-09-05', { type: 'phone_call', actors: [trump, putin], places: [moscow] }),
      on('2025-09-06', { type: 'phone_call', actors: [trump, putin], places: [geneva] }),
      true,
    ],
  ]);
});

t.test('sides: a country named alone is the same side as one of its known people', async (t) => {
  check(t, [
    ['truce declared by the country / by its president', on('2025-04-19', { type: 'ceasefire', actors: [russia] }), on('2025-04-19', { type: 'ceasefire', actors: [putin], dateCertainty: 'explicit' }), true],
    ['call between two countries / between their presidents', on('2025-03-18', { actors: [usa, russia], dateCertainty: 'explicit' }), on('2025-03-18', { actors: [trump, putin] }), true],
    ['call: one side in common is not enough', on('2025-03-18', { actors: [usa] }), on('2025-03-18', { actors: [trump, putin] }), false],
    [
      'a report naming people: its countries stand for no one else (an envoy is not the press conference of two presidents)',
      on('2025-03-13', { type: 'meeting', actors: [witkoff, russia] }),
      on('2025-03-13', { type: 'meeting', actors: [putin, lukashenko, russia, usa] }),
      false,
    ],
    ['placeless strikes: the attacker named as country and as leader', on('2025-07-04', { type: 'missile_strike', actors: [russia] }), on('2025-07-04', { type: 'missile_strike', actors: [putin] }), true],
    ['aid: two donors', on('2024-04-20', { type: 'aid_decision', actors: [usa] }), on('2024-04-20', { type: 'aid_decision', actors: [germany] }), false],
    ['aid: a leader of another country', on('2024-04-20', { type: 'aid_decision', actors: [germany] }), on('2024-04-20', { type: 'aid_decision', actors: [trump] }), false],
  ]);
});

t.test('candidates: a name reached only through a side the report names shares that side, once, and no person', async (t) => {
  const lavrov = person('Sergei Lavrov');
  const between = (...actors: EventFields['actors']) => on('2025-03-18', { actors });
  const cases: Case[] = [
    ['a call between Russia and Ukraine / a call of Putin with an unnamed partner', between(putin), between(russia, ukraine), false],
    ['a call between Russia and Ukraine / a call of two Russians', between(putin, lavrov), between(russia, ukraine), false],
    ['a call between Russia and Ukraine / Russia and its president', between(russia, putin), between(russia, ukraine), false],
    ["a call of Trump and Ukraine / Zelenskyy's call with an envoy (a report naming people: Ukraine stands for no one)", between(zelenskyy, witkoff), between(trump, ukraine), false],
    ['a call between Russia and Ukraine / between their presidents', between(putin, zelenskyy), between(russia, ukraine), true],
  ];
  for (const [name, stored, incoming, same] of cases) {
    t.equal(sameEvent(stored, incoming), same, name);
    const { repos } = testDatabase(t);
    const id = repos.events.insert(stored, '2025-07-10T00:00:00.000Z');
    const offered = repos.events.mergeCandidates(mergeCandidateCriteria(incoming)).some((candidate) => candidate.id === id);
    t.equal(offered, same, `${name}: ${same ? 'offered' : 'not offered'} as a candidate`);
  }
});

t.test('a truce, a prisoner exchange or a deal told without naming a side is the one of that day', async (t) => {
  const unnamedOn = (date: string, type: EventFields['type'], extra: Partial<EventFields> = {}) => on(date, { type, actors: [], ...extra });
  check(t, [
    ['exchange: unnamed and named, the same day', unnamedOn('2025-03-19', 'prisoner_exchange'), on('2025-03-19', { type: 'prisoner_exchange', actors: [russia, ukraine] }), true],
    ['exchange: unnamed and named with a place, the same day', unnamedOn('2025-04-19', 'prisoner_exchange', { dateCertainty: 'explicit' }), on('2025-04-19', { type: 'prisoner_exchange', actors: [ukraine], places: [kyiv] }), true],
    ['truce: unnamed, told over its two days, and named', unnamedOn('2023-01-06', 'ceasefire', { endDate: '2023-01-07' }), on('2023-01-06', { type: 'ceasefire', endDate: '2023-01-07', actors: [russia] }), true],
    ['exchange: unnamed and named a relative day apart', unnamedOn('2025-03-19', 'prisoner_exchange'), on('2025-03-20', { type: 'prisoner_exchange', actors: [russia, ukraine] }), false],
    ['truce: unnamed on a day, named for the week', unnamedOn('2025-04-19', 'ceasefire'), week('2025-04-14', '2025-04-20', { type: 'ceasefire', actors: [russia] }), false],
    ['deal: "the talks ended with an agreement to swap the wounded", and the deal of that day naming a negotiator', unnamedOn('2025-05-16', 'agreement'), on('2025-05-16', { type: 'agreement', actors: [person('Rustem Umerov')] }), true],
    ['deal: unnamed, and one naming the city of the talks, the same stated day', unnamedOn('2025-06-02', 'agreement', { dateCertainty: 'explicit' }), on('2025-06-02', { type: 'agreement', actors: [], places: [kyiv] }), true],
    ['deal: unnamed and named a relative day apart', unnamedOn('2025-06-02', 'agreement'), on('2025-06-03', { type: 'agreement', actors: [russia, ukraine] }), false],
    ['deal: unnamed on a day, named for the month', unnamedOn('2025-06-02', 'agreement'), on('2025-06-01', { type: 'agreement', endDate: '2025-06-30', datePrecision: 'month', actors: [russia, ukraine] }), false],
    ['aid: many governments decide on one day', unnamedOn('2025-03-03', 'aid_decision'), on('2025-03-03', { type: 'aid_decision', actors: [usa, ukraine] }), false],
    ['sanctions: likewise', unnamedOn('2025-02-24', 'sanctions'), on('2025-02-24', { type: 'sanctions', actors: [usa, russia] }), false],
    ['killings: known by whom they killed', unnamedOn('2025-04-25', 'assassination'), on('2025-04-25', { type: 'assassination', actors: [person('Yaroslav Moskalik')] }), false],
  ]);
});

t.test('a truce is known by the day it starts: one starting inside another\'s span is another truce', async (t) => {
  const truce = (from: string, to: string, extra: Partial<EventFields> = {}) => on(from, { type: 'ceasefire', endDate: to, dateCertainty: 'explicit', ...extra });
  check(t, [
    ['a month-long halt, and a sea truce agreed a week into it, both naming Russia', truce('2025-06-02', '2025-07-01', { actors: [putin] }), truce('2025-06-09', '2025-06-09', { actors: [russia, usa, ukraine], dateCertainty: 'relative' }), false],
    ['a month-long halt, and an unnamed truce starting ten days into it', truce('2025-06-02', '2025-07-01', { actors: [russia] }), truce('2025-06-12', '2025-06-13', { actors: [] }), false],
    ['the same halt told with its span and with its first day only', truce('2025-06-02', '2025-07-01', { actors: [putin] }), truce('2025-06-02', '2025-06-02', { actors: [russia], dateCertainty: 'relative' }), true],
    ['a holiday truce dated by its evening start and, a clock day off, by the next morning', truce('2025-06-07', '2025-06-08', { actors: [putin] }), truce('2025-06-08', '2025-06-08', { actors: [russia], dateCertainty: 'relative' }), true],
    ['a truce whose start the report does not state (its own day) still meets the span', truce('2025-06-02', '2025-07-01', { actors: [putin] }), truce('2025-06-10', '2025-06-10', { actors: [russia], dateCertainty: 'inferred' }), true],
    ['a truce told by the week still meets the span', truce('2025-06-02', '2025-07-01', { actors: [putin] }), week('2025-06-02', '2025-06-08', { type: 'ceasefire', actors: [russia] }), true],
  ]);
});

t.test('a truce told with the same span to the day is one truce, whoever each report names', async (t) => {
  const truce = (from: string, to: string, extra: Partial<EventFields> = {}) => on(from, { type: 'ceasefire', endDate: to, ...extra });
  check(t, [
    ['the mediator who proposed a 30-day halt / the leader who ordered it', truce('2025-06-02', '2025-07-01', { actors: [trump], dateCertainty: 'inferred' }), truce('2025-06-02', '2025-07-01', { actors: [putin, russia, usa] }), true],
    ['a holiday truce: the side that declared it / the side that said it would mirror it', truce('2025-06-07', '2025-06-08', { actors: [russia], dateCertainty: 'explicit' }), truce('2025-06-07', '2025-06-08', { actors: [zelenskyy] }), true],
    ['the same start, another end: not told as one', truce('2025-06-02', '2025-07-01', { actors: [trump] }), truce('2025-06-02', '2025-06-04', { actors: [putin] }), false],
    ['one day only, naming other sides: a day holds other truces (aid convoys, local pauses)', truce('2025-06-07', '2025-06-07', { actors: [germany] }), truce('2025-06-07', '2025-06-07', { actors: [putin] }), false],
    ['the same span told by the week is no span to the day', week('2025-06-02', '2025-06-08', { type: 'ceasefire', actors: [trump] }), week('2025-06-02', '2025-06-08', { type: 'ceasefire', actors: [putin] }), false],
    ['the same span of another type (sanctions for 30 days) is not a truce', truce('2025-06-02', '2025-07-01', { type: 'sanctions', actors: [usa] }), truce('2025-06-02', '2025-07-01', { type: 'sanctions', actors: [germany] }), false],
  ]);
});

t.test('a strike on a region and one on the city it is named after, on one day, are one wave; other regions and towns are not', async (t) => {
  const place = (name: string, countryCode: string) => ({ name, countryCode, lat: null, lon: null });
  const strike = (date: string, ...places: Array<ReturnType<typeof place>>) => eventFields({ type: 'drone_strike', startDate: date, endDate: date, actors: [], places });
  check(t, [
    ['the Moscow region and the Russian capital', strike('2025-03-11', place('Moscow Oblast', 'RU')), strike('2025-03-11', place('Moscow', 'RU')), true],
    ['a region named otherwise than its centre', strike('2025-03-11', place('Dnipropetrovsk Oblast', 'UA')), strike('2025-03-11', place('Dnipro', 'UA')), true],
    ['a krai and its centre', strike('2025-03-11', place('Krasnodar Krai', 'RU')), strike('2025-03-11', place('Krasnodar', 'RU')), true],
    ['a region and a town that is not its centre', strike('2025-03-11', place('Kharkiv Oblast', 'UA')), strike('2025-03-11', place('Kupiansk', 'UA')), false],
    ['two regions', strike('2025-03-11', place('Kharkiv Oblast', 'UA')), strike('2025-03-11', place('Sumy Oblast', 'UA')), false],
    ['a region and its centre three days apart', strike('2025-03-08', place('Sumy Oblast', 'UA')), strike('2025-03-11', place('Sumy', 'UA')), false],
  ]);
  // the same place still wins over the nested one
  const { repos } = testDatabase(t);
  const region = repos.events.insert(strike('2025-03-11', place('Moscow Oblast', 'RU')), '2025-07-10T00:00:00.000Z');
  const city = repos.events.insert(strike('2025-03-11', place('Moscow', 'RU')), '2025-07-10T00:00:00.000Z');
  const candidates = repos.events.mergeCandidates(mergeCandidateCriteria(strike('2025-03-11', place('Moscow', 'RU'))));
  t.same(candidates.map((c) => c.id).sort(), [region, city].sort(), 'both are candidates');
  t.equal(findMergeTarget(strike('2025-03-11', place('Moscow', 'RU')), candidates)?.id, city, 'the city itself is the target');
});

t.test('a town and a region told alone, of the town\'s division, are one place; two towns of one region never are', async (t) => {
  const place = (name: string, countryCode: string, division: string | null) => ({ name, countryCode, lat: null, lon: null, division });
  const clash = (date: string, ...places: Array<ReturnType<typeof place>>) => eventFields({ type: 'armed_clash', startDate: date, endDate: date, actors: [], places });
  const bryanskRegion = place('Bryansk Oblast', 'RU', 'RU-10');
  const klintsy = place('Klintsy', 'RU', 'RU-10');
  const starodub = place('Starodub', 'RU', 'RU-10');
  check(t, [
    ['a region and a town of its division', clash('2025-02-03', bryanskRegion), clash('2025-02-03', klintsy), true],
    ['a krai and a town of its division', clash('2025-02-03', place('Krasnodar Krai', 'RU', 'RU-38')), clash('2025-02-03', place('Yeysk', 'RU', 'RU-38')), true],
    ['a region and a town of its division, a day apart on clocks', clash('2025-02-03', bryanskRegion), clash('2025-02-04', klintsy), true],
    [
      'a region whose centre is a division of its own and a town of the region',
      clash('2025-02-03', place('Kyiv Oblast', 'UA', 'UA-13')),
      clash('2025-02-03', place('Bila Tserkva', 'UA', 'UA-13')),
      true,
    ],
    ['two towns of one region', clash('2025-02-03', klintsy), clash('2025-02-03', starodub), false],
    ['a region told with a town of its own and another town of it', clash('2025-02-03', bryanskRegion, starodub), clash('2025-02-03', klintsy), false],
    ['a region told beside a place of unknown division and a town of it', clash('2025-02-03', bryanskRegion, place('Lomakovka', 'RU', null)), clash('2025-02-03', klintsy), false],
    ['a region and a town of another division', clash('2025-02-03', place('Kursk Oblast', 'RU', 'RU-41')), clash('2025-02-03', klintsy), false],
    ['two regions of no shared division', clash('2025-02-03', bryanskRegion), clash('2025-02-03', place('Kursk Oblast', 'RU', 'RU-41')), false],
    ['a region and a town of its division three days apart', clash('2025-02-03', bryanskRegion), clash('2025-02-06', klintsy), false],
    ['a region and a town told without its division', clash('2025-02-03', bryanskRegion), clash('2025-02-03', place('Klintsy', 'RU', null)), false],
  ]);
  // the town itself is the target, over the region told alone, even where the region's report shares a side with the report
  const { repos } = testDatabase(t);
  const russia = { name: 'Russia', kind: 'country' as const };
  const region = repos.events.insert({ ...clash('2025-02-03', bryanskRegion), actors: [russia] }, '2025-07-10T00:00:00.000Z');
  const town = repos.events.insert(clash('2025-02-03', klintsy), '2025-07-10T00:00:00.000Z');
  const report = { ...clash('2025-02-03', klintsy), actors: [russia] };
  const candidates = repos.events.mergeCandidates(mergeCandidateCriteria(report));
  t.same(candidates.map((c) => c.id).sort(), [region, town].sort(), 'both are candidates');
  t.same(candidates.find((c) => c.id === town)?.places.map((p) => p.division), ['RU-10'], 'the division is read back with the place');
  t.equal(findMergeTarget(report, candidates)?.id, town, 'the town itself is the target');
});

t.test('merge target: a report of what happened takes a stored event that happened over one only planned, where both fit as well', async (t) => {
  const istanbul = { name: 'Istanbul', countryCode: 'TR', lat: null, lon: null };
  const talks = (from: string, to: string, status: EventFields['status'], extra: Partial<EventFields> = {}) =>
    eventFields({ type: 'meeting', startDate: from, endDate: to, datePrecision: from === to ? 'day' : 'month', dateCertainty: 'explicit', status, actors: [], places: [istanbul], ...extra });
  const cases: Array<[name: string, planned: EventFields, held: EventFields, report: EventFields, expected: 'planned' | 'held' | 'nearer']> = [
    // the planned talks lie nearer the month's first day, which findMergeTarget measures from
    ['talks "in mid-May": the ones held, not the ones proposed for the day before', talks('2025-05-15', '2025-05-15', 'planned'), talks('2025-05-16', '2025-05-16', 'occurred'), talks('2025-05-01', '2025-05-31', 'occurred'), 'held'],
    ['the same with the held talks stored first', talks('2025-05-15', '2025-05-15', 'planned'), talks('2025-05-16', '2025-05-16', 'occurred'), talks('2025-05-01', '2025-05-31', 'occurred'), 'held'],
    ['a report of a plan: the nearer, as before', talks('2025-05-15', '2025-05-15', 'planned'), talks('2025-05-16', '2025-05-16', 'occurred'), talks('2025-05-01', '2025-05-31', 'planned'), 'nearer'],
    [
      'sharing more still comes first: the planned talks name the report\'s people',
      talks('2025-05-15', '2025-05-15', 'planned', { actors: [putin, zelenskyy] }),
      talks('2025-05-16', '2025-05-16', 'occurred'),
      talks('2025-05-01', '2025-05-31', 'occurred', { actors: [putin, zelenskyy] }),
      'planned',
    ],
  ];
  for (const [i, [name, planned, held, report, expected]] of cases.entries()) {
    const { repos } = testDatabase(t);
    const now = '2025-06-05T00:00:00.000Z';
    const ids = i === 1 ? { held: repos.events.insert(held, now), planned: repos.events.insert(planned, now) } : { planned: repos.events.insert(planned, now), held: repos.events.insert(held, now) };
    const candidates = repos.events.mergeCandidates(mergeCandidateCriteria(report));
    t.same(candidates.map((c) => c.status).sort(), ['occurred', 'planned'], `${name}: both are candidates, with their status`);
    t.equal(findMergeTarget(report, candidates)?.id, expected === 'nearer' ? ids.planned : ids[expected], name);
  }
});

t.test('merge target: a call of two people takes the stored call of those two over one also naming a side the report does not name', async (t) => {
  const ushakov = person('Yuri Ushakov');
  const call = (date: string, actors: EventFields['actors'], extra: Partial<EventFields> = {}) =>
    eventFields({ type: 'phone_call', startDate: date, endDate: date, dateCertainty: 'relative', actors, ...extra });
  const cases: Array<[name: string, stored: Array<[title: string, event: EventFields]>, report: EventFields, expected: string]> = [
    [
      'a call told with a third side\'s leader, the day after, against the call of the two the day itself',
      [['three', call('2025-03-19', [trump, zelenskyy, putin])], ['putin', call('2025-03-18', [putin, russia, ukraine])]],
      call('2025-03-18', [trump, putin], { dateCertainty: 'explicit' }),
      'putin',
    ],
    [
      'the same stored the other way round',
      [['putin', call('2025-03-18', [putin, russia, ukraine])], ['three', call('2025-03-19', [trump, zelenskyy, putin])]],
      call('2025-03-18', [trump, putin], { dateCertainty: 'explicit' }),
      'putin',
    ],
    [
      'an aide of a side the report names counts nothing against',
      [['aide', call('2025-03-19', [trump, putin, ushakov])], ['putin', call('2025-03-18', [putin, russia])]],
      call('2025-03-18', [trump, putin], { dateCertainty: 'explicit' }),
      'aide',
    ],
    [
      'a report naming one person: nothing counted against, the nearer day decides',
      [['three', call('2025-03-19', [trump, zelenskyy, putin])], ['putin', call('2025-03-18', [putin, russia, ukraine])]],
      call('2025-03-19', [putin]),
      'three',
    ],
  ];
  for (const [name, stored, report, expected] of cases) {
    const { repos } = testDatabase(t);
    const ids = new Map(stored.map(([title, event]) => [repos.events.insert(event, '2025-03-20T00:00:00.000Z'), title]));
    const candidates = repos.events.mergeCandidates(mergeCandidateCriteria(report));
    t.equal(candidates.length, 2, `${name}: both are candidates`);
    t.equal(ids.get(findMergeTarget(report, candidates)?.id ?? ''), expected, name);
  }
});

t.test('a prisoner exchange on a stated day is that day\'s one exchange, whoever each report names', async (t) => {
  const uae = country('United Arab Emirates');
  const swap = (date: string, actors: EventFields['actors'], extra: Partial<EventFields> = {}) => on(date, { type: 'prisoner_exchange', actors, ...extra });
  check(t, [
    ['the mediator and the side that got its men back', swap('2024-08-24', [uae, ukraine]), swap('2024-08-24', [putin], { dateCertainty: 'explicit' }), true],
    ['two leaders and a country and its leader', swap('2024-08-24', [zelenskyy, trump]), swap('2024-08-24', [russia, putin, ukraine]), true],
    ['a day apart', swap('2024-08-24', [uae, ukraine], { dateCertainty: 'explicit' }), swap('2024-08-25', [putin], { dateCertainty: 'explicit' }), false],
    ['an undated report (the report\'s own day)', swap('2024-08-24', [uae], { dateCertainty: 'inferred' }), swap('2024-08-24', [putin]), false],
    ['an exchange told for a week', swap('2024-08-19', [uae], { endDate: '2024-08-25', datePrecision: 'week' }), swap('2024-08-24', [putin]), false],
    ['a truce is not an exchange', on('2024-08-24', { type: 'ceasefire', actors: [uae] }), on('2024-08-24', { type: 'ceasefire', actors: [putin] }), false],
  ]);
  const { repos } = testDatabase(t);
  const stored = repos.events.insert(swap('2024-08-24', [uae, ukraine]), '2024-08-25T00:00:00.000Z');
  t.same(repos.events.mergeCandidates(mergeCandidateCriteria(swap('2024-08-24', [putin]))).map((c) => c.id), [stored], 'the candidate query offers the day\'s exchange');
});

t.test('a strike report naming only the country joins a strike on a place in it on the same stated day; two places never meet through it', async (t) => {
  const place = (name: string, countryCode: string) => ({ name, countryCode, lat: null, lon: null });
  const strike = (date: string, places: Array<ReturnType<typeof place>>, extra: Partial<EventFields> = {}) =>
    eventFields({ type: 'missile_strike', startDate: date, endDate: date, actors: [], places, ...extra });
  const ua = place('Ukraine', 'UA');
  check(t, [
    ['the country and a city in it, one day', strike('2024-06-04', [ua]), strike('2024-06-04', [place('Zhytomyr', 'UA')]), true],
    ['the country and a city in another country', strike('2024-06-04', [ua]), strike('2024-06-04', [place('Belgorod', 'RU')]), false],
    ['the country and a city a day apart', strike('2024-06-04', [ua]), strike('2024-06-05', [place('Zhytomyr', 'UA')]), false],
    ['the country on an undated report', strike('2024-06-04', [ua], { dateCertainty: 'inferred' }), strike('2024-06-04', [place('Zhytomyr', 'UA')]), false],
    ['the country for a week', strike('2024-06-03', [ua], { endDate: '2024-06-09', datePrecision: 'week' }), strike('2024-06-04', [place('Zhytomyr', 'UA')]), false],
    ['a city with its country and another city', strike('2024-06-04', [place('Rivne', 'UA'), ua]), strike('2024-06-04', [place('Zhytomyr', 'UA')]), false],
    ['two cities of one country', strike('2024-06-04', [place('Rivne', 'UA')]), strike('2024-06-04', [place('Zhytomyr', 'UA')]), false],
  ]);
  // each reaches the other through the candidate query
  const { repos } = testDatabase(t);
  const city = repos.events.insert(strike('2024-06-04', [place('Zhytomyr', 'UA')]), '2024-06-05T00:00:00.000Z');
  t.same(repos.events.mergeCandidates(mergeCandidateCriteria(strike('2024-06-04', [ua]))).map((c) => c.id), [city], 'the city for the country report');
  const { repos: other } = testDatabase(t);
  const wide = other.events.insert(strike('2024-06-04', [ua]), '2024-06-05T00:00:00.000Z');
  t.same(other.events.mergeCandidates(mergeCandidateCriteria(strike('2024-06-04', [place('Zhytomyr', 'UA')]))).map((c) => c.id), [wide], 'the country report for the city');
});

t.test('storage order: the most precisely dated, then the most certain, first; ties keep the text order', async (t) => {
  const month = eventFields({ title: 'month', startDate: '2024-04-01', endDate: '2024-04-30', datePrecision: 'month' });
  const inferred = eventFields({ title: 'inferred', dateCertainty: 'inferred' });
  const relative = eventFields({ title: 'relative' });
  const explicit = eventFields({ title: 'explicit', dateCertainty: 'explicit' });
  const secondRelative = eventFields({ title: 'second relative' });
  t.same(storageOrder([month, inferred, relative, explicit, secondRelative]).map((e) => e.title), ['explicit', 'relative', 'second relative', 'inferred', 'month']);
});

/** An extractor that returns what the test scripted for each article title. */
function scripted(byTitle: Record<string, ExtractedEvent[]>) {
  return (input: { title: string }): ExtractionResult => ({ events: byTitle[input.title] ?? [], dates: [] });
}

const article = (title: string, publishedAt: string) => ({ title, body: `${title}.`, publishedAt, url: `https://example.org/${encodeURIComponent(title)}` });
const mention = (quote: string) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence: 0.8 });

t.test('ingest: two events of one article are never folded into one stored event', async (t) => {
  const { repos } = testDatabase(t);
  const tuesdayCall = extractedCall({ startDate: '2025-03-18', endDate: '2025-03-18', actors: [putin, trump], mention: mention('Putin and Trump spoke on Tuesday.') });
  const wednesdayPlan = extractedCall({ startDate: '2025-03-19', endDate: '2025-03-19', status: 'planned', actors: [trump], mention: mention('He expects to speak with Trump on Wednesday.') });
  const wednesdayCall = extractedCall({ startDate: '2025-03-19', endDate: '2025-03-19', actors: [zelenskyy, trump], mention: mention('Zelenskyy and Trump spoke on Wednesday.') });
  const ingest = createIngestService(repos, {
    clock: () => new Date('2025-03-20T00:00:00Z'),
    extract: scripted({ 'Two calls': [tuesdayCall, wednesdayPlan], 'The second call': [wednesdayCall] }),
  });
  const first = ingest.ingestArticle(article('Two calls', '2025-03-18T20:00:00Z'));
  t.equal(first.events.length, 2, 'a call on Tuesday and one expected on Wednesday, a relative day apart, stay two events');
  const second = ingest.ingestArticle(article('The second call', '2025-03-19T20:00:00Z'));
  const planned = first.events.find((e) => e.startDate === '2025-03-19');
  t.equal(second.events[0].id, planned?.id, "the next day's report of the Wednesday call joins the planned one");
  t.equal(repos.events.overlapping('phone_call', '2025-03-01', '2025-03-31').length, 2, 'two calls stored');
});

t.test('ingest: a vague mention does not take the stored event a dated mention of the same article reports', async (t) => {
  const { repos } = testDatabase(t);
  const aid = (extra: Partial<ExtractedEvent>) => extractedCall({ type: 'aid_decision', dateCertainty: 'explicit', ...extra });
  const signed = aid({ startDate: '2024-04-24', endDate: '2024-04-24', dateCertainty: 'relative', actors: [person('Joe Biden'), ukraine, usa], mention: mention('Biden signed the aid bill on Wednesday.') });
  const approvedInApril = aid({ startDate: '2024-04-01', endDate: '2024-04-30', datePrecision: 'month', actors: [ukraine, usa], mention: mention('Congress approved the aid in April.') });
  const signedOnDay = aid({ startDate: '2024-04-24', endDate: '2024-04-24', actors: [person('Joe Biden')], mention: mention('Biden signed it on April 24.') });
  const ingest = createIngestService(repos, {
    clock: () => new Date('2024-06-01T00:00:00Z'),
    extract: scripted({ Signed: [signed], Explainer: [approvedInApril, signedOnDay] }),
  });
  const stored = ingest.ingestArticle(article('Signed', '2024-04-24T20:00:00Z')).events[0];
  const explainer = ingest.ingestArticle(article('Explainer', '2024-05-30T08:00:00Z')).events;
  t.equal(explainer.length, 2);
  const day = explainer.find((e) => e.datePrecision === 'day');
  t.equal(day?.id, stored.id, 'the signing told by its day joins the stored signing');
  t.equal(day?.mentionCount, 2);
  t.not(explainer.find((e) => e.datePrecision === 'month')?.id, stored.id, 'the month-dated approval is stored on its own');
});

t.test('storage order: of two events of one type, the one lying closer to the stored event it would join goes first', async (t) => {
  const strikeOn = (title: string, date: string) => eventFields({ title, type: 'missile_strike', startDate: date, endDate: date, actors: [], places: [kyiv] });
  const today = strikeOn('today', '2024-03-12');
  const yesterday = strikeOn('yesterday', '2024-03-11');
  const call = eventFields({ title: 'call' });
  const days: Record<string, number> = { today: 1, yesterday: 0, call: Infinity };
  const cases: Array<[name: string, events: EventFields[], expected: string[]]> = [
    ['the later strike told first, the earlier one matching a stored strike exactly', [today, yesterday], ['yesterday', 'today']],
    ['already in that order', [yesterday, today], ['yesterday', 'today']],
    ['an event of a type told once keeps its place in the text', [call, today, yesterday], ['call', 'yesterday', 'today']],
  ];
  for (const [name, events, expected] of cases) t.same(storageOrder(events, (event) => ({ days: days[event.title], shared: 0 })).map((e) => e.title), expected, name);
  const asked: string[] = [];
  storageOrder([call, today, eventFields({ title: 'other', type: 'meeting' })], (event) => (asked.push(event.title), { days: 0, shared: 0 }));
  t.same(asked, [], 'no type told twice: no distance asked for');
  storageOrder([today, strikeOn('today elsewhere', '2024-03-12')], (event) => (asked.push(event.title), { days: 0, shared: 0 }));
  t.same(asked, [], 'a type told twice with the same dates: no distance asked for');
  t.same(storageOrder([today, yesterday]).map((e) => e.title), ['today', 'yesterday'], 'without distances ties keep the text order');
});

t.test('storage order: closeness is between spans, then what each shares with its stored event', async (t) => {
  const meetingOn = (title: string, date: string) => eventFields({ title, type: 'meeting', startDate: date, endDate: date });
  const tuesday = meetingOn('tuesday', '2024-07-09');
  const monday = meetingOn('monday', '2024-07-08');
  const cases: Array<[name: string, events: EventFields[], distances: Record<string, { days: number; shared: number }>, expected: string[]]> = [
    ['two days inside a month-dated stored event: the one sharing more first', [monday, tuesday], { monday: { days: 0, shared: 2 }, tuesday: { days: 0, shared: 3 } }, ['tuesday', 'monday']],
    ['the same when told in the other order', [tuesday, monday], { monday: { days: 0, shared: 2 }, tuesday: { days: 0, shared: 3 } }, ['tuesday', 'monday']],
    ['closer still comes before sharing more', [tuesday, monday], { monday: { days: 0, shared: 1 }, tuesday: { days: 1, shared: 3 } }, ['monday', 'tuesday']],
    ['equally close and sharing as much: the text order', [monday, tuesday], { monday: { days: 0, shared: 2 }, tuesday: { days: 0, shared: 2 } }, ['monday', 'tuesday']],
    ['no target for either: the text order', [monday, tuesday], { monday: { days: Infinity, shared: 0 }, tuesday: { days: Infinity, shared: 0 } }, ['monday', 'tuesday']],
  ];
  for (const [name, events, distances, expected] of cases) t.same(storageOrder(events, (event) => distances[event.title]).map((e) => e.title), expected, name);
  const july = eventFields({ startDate: '2024-07-01', endDate: '2024-07-31', datePrecision: 'month' });
  const spans: Array<[name: string, a: EventFields, b: EventFields, days: number]> = [
    ['a day inside a month', july, tuesday, 0],
    ['a day after the month', july, meetingOn('august', '2024-08-03'), 3],
    ['a day before the month', meetingOn('june', '2024-06-28'), july, 3],
    ['two days', monday, tuesday, 1],
    ['one day', tuesday, tuesday, 0],
  ];
  for (const [name, a, b, days] of spans) {
    t.equal(daysApart(a, b), days, name);
    t.equal(daysApart(b, a), days, `${name}, either way round`);
  }
});

t.test('ingest: of two days of one visit inside a stored month-dated report, the one sharing its city takes it', async (t) => {
  const modi = person('Narendra Modi');
  const meeting = (extra: Partial<ExtractedEvent>) => extractedCall({ type: 'meeting', dateCertainty: 'relative', actors: [modi, putin], ...extra });
  const inJuly = meeting({ startDate: '2024-07-01', endDate: '2024-07-31', datePrecision: 'month', dateCertainty: 'explicit', places: [moscow], mention: mention('Modi went to Moscow in July to see Putin.') });
  const talks = meeting({ startDate: '2024-07-09', endDate: '2024-07-09', places: [moscow], mention: mention('Modi and Putin held talks in Moscow on Tuesday.') });
  const dinner = meeting({ startDate: '2024-07-08', endDate: '2024-07-08', places: [kyiv], mention: mention('Putin gave Modi a dinner on Monday, hours after missiles hit Kyiv.') });
  for (const [name, told] of [['the dinner told first', [dinner, talks]], ['the talks told first', [talks, dinner]]] as const) {
    const { repos } = testDatabase(t);
    const ingest = createIngestService(repos, {
      clock: () => new Date('2024-09-01T00:00:00Z'),
      extract: scripted({ Later: [inJuly], Visit: [...told] }),
    });
    // the later review arrives first: a timeline fed from an archive, newest first
    const stored = ingest.ingestArticle(article('Later', '2024-08-23T10:00:00Z')).events[0];
    ingest.ingestArticle(article('Visit', '2024-07-09T15:00:00Z'));
    t.same(repos.events.mentions(stored.id).map((m) => m.quote).sort(), [inJuly.mention.quote, talks.mention.quote].sort(), `${name}: the talks in Moscow join the visit in July`);
  }
});

t.test('ingest: of two same-type events of one article, the one on the stored event\'s day takes it', async (t) => {
  const lviv = { name: 'Lviv', countryCode: 'UA', lat: 49.84, lon: 24.03 };
  const strike = (date: string, quote: string, extra: Partial<ExtractedEvent> = {}) =>
    extractedCall({ type: 'missile_strike', startDate: date, endDate: date, actors: [], places: [lviv], mention: mention(quote), ...extra });
  const call = (date: string, actors: ExtractedEvent['actors'], quote: string) => extractedCall({ startDate: date, endDate: date, actors, mention: mention(quote) });
  const cases: Array<[name: string, stored: ExtractedEvent, laterFirst: ExtractedEvent, sameDay: ExtractedEvent]> = [
    [
      'a strike on a city the day after, told before the stored day\'s strike',
      strike('2024-02-05', 'Cruise missiles struck a substation in Lviv on Monday.', { actors: [russia] }),
      strike('2024-02-06', 'This morning missiles fell on Lviv once more.'),
      strike('2024-02-05', 'On Monday the missiles had cut power across Lviv.'),
    ],
    [
      'a call told a day off with a stated day, before a call on the stored day dated by the report itself',
      call('2025-03-19', [trump, zelenskyy], 'Trump and Zelenskyy spoke by phone on Wednesday.'),
      extractedCall({ startDate: '2025-03-18', endDate: '2025-03-18', dateCertainty: 'relative', actors: [trump, zelenskyy], mention: mention('Trump briefed Zelenskyy on yesterday\'s call.') }),
      extractedCall({ startDate: '2025-03-19', endDate: '2025-03-19', dateCertainty: 'inferred', actors: [zelenskyy, trump], mention: mention('Zelenskyy held a conversation with Trump.') }),
    ],
    [
      'a call of the same leaders the day after, told before the stored day\'s call',
      call('2025-03-18', [trump, putin], 'Trump and Putin talked by phone on Tuesday.'),
      call('2025-03-19', [trump, putin], 'The two presidents spoke again today.'),
      call('2025-03-18', [trump, putin], 'Their conversation on Tuesday lasted two hours.'),
    ],
  ];
  for (const [name, stored, laterFirst, sameDay] of cases) {
    const { repos } = testDatabase(t);
    const ingest = createIngestService(repos, {
      clock: () => new Date(`${sameDay.startDate}T23:00:00Z`),
      extract: scripted({ First: [stored], Second: [laterFirst, sameDay] }),
    });
    const first = ingest.ingestArticle(article('First', `${stored.startDate}T20:00:00Z`)).events[0];
    const second = ingest.ingestArticle(article('Second', `${laterFirst.startDate}T20:00:00Z`)).events;
    t.equal(second.length, 2, `${name}: two events`);
    t.same(
      repos.events.mentions(first.id).map((m) => m.quote).sort(),
      [stored.mention.quote, sameDay.mention.quote].sort(),
      `${name}: the same day's report joins the stored event, the next day's is stored on its own`,
    );
  }
});
