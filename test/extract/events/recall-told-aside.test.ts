/**
 * Recall families of this session: events told in a clause that usually carries background (a "since" clause),
 * and weapons named by their officialese. Sentences written for these tests, not copied from any corpus.
 */
import { table } from './families.js';

// PUBLISHED (families.ts) is Saturday 14 June 2025
table('a "since" clause with a past verb and a day of its own tells that event; one that only dates a state or a comparison does not', [
  ['Kharkiv has been under heavy fire since Russian troops crossed the border near Vovchansk on 10 May.', ['armed_clash 2025-05-10 Vovchansk'], []],
  ['Life in the town has changed since Ukrainian forces recaptured Kupiansk on Monday.', ['territorial_capture 2025-06-09 Kupiansk'], []],
  ['Odesa has been on edge since drones struck Izmail on Tuesday, killing two.', ['drone_strike 2025-06-10 Izmail'], []],
  // a comparison's frame: the earlier attack is a yardstick, not an event of the report
  ['It was the largest attack on Kyiv since Russian missiles struck the city in March.', [], ['missile_strike 2025-03-01 Kyiv']],
  // no verb after "since": the date is the time of a noun ("his trip"), and the trip is background
  ['It was his first call with Putin since his trip to Moscow in March.', [], ['meeting 2025-03-01 Moscow']],
  // no day in the clause: a state's start, not an event
  ['Prices in Kherson have risen since Russian troops shelled the bridge.', [], ['shelling 2025-06-14 Kherson']],
]);

table('unmanned surface vessels and boats are drones', [
  ['On Monday, unmanned surface vessels struck a Russian patrol ship near Sevastopol.', ['drone_strike 2025-06-09 Sevastopol'], []],
  ['Two unmanned boats attacked the port of Novorossiysk early on Friday.', ['drone_strike 2025-06-13 Novorossiysk'], []],
  // shown, not used
  ['The navy showed unmanned surface vessels at a parade in Odesa on Monday.', [], ['drone_strike 2025-06-09 Odesa']],
]);

table('what was hit, told in a clause set in a place ("In Odesa, ...", "in Dnipro, where ..."), is a strike there with the weapon of the story', [
  ['Russian missiles hit Kyiv on Friday. In Dnipro, a shopping centre was hit.', ['missile_strike 2025-06-13 Kyiv', 'missile_strike 2025-06-13 Dnipro'], []],
  [
    'Drones struck Lviv early on Friday. Elsewhere, two people died in Sumy, where a school burned, and in Poltava, where an office block and a bakery were damaged.',
    ['drone_strike 2025-06-13 Lviv', 'drone_strike 2025-06-13 Poltava'],
    [],
  ],
  ['Missiles struck Odesa on Friday, the governor said; in Mykolaiv, two houses and a warehouse were destroyed.', ['missile_strike 2025-06-13 Mykolaiv'], []],
  // no strike told in the story: damage alone is no strike
  ['In Kherson, the bridge was damaged on Friday.', [], ['drone_strike 2025-06-13 Kherson']],
  // an agent of its own after "by": not the story's strike
  ["Drones struck Odesa on Friday. In Kyiv, the minister's name was damaged by the affair.", ['drone_strike 2025-06-13 Odesa'], ['drone_strike 2025-06-13 Kyiv']],
]);
