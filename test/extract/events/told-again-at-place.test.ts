/**
 * A strike or a fight told again at the place of one told before, in a later paragraph with no day of its own, is that
 * one: it takes its day, not the day last told of another place ("Missiles struck Kyiv overnight. / In Sumy, ... hit on
 * 13 April ... / The night's attack on Kyiv also damaged a hospital"). A place no strike was told at before gets nothing
 * from it. Sentences written for this test; rows give "type date place" lines that must be among the events and lines
 * that must not.
 */
import { table } from './families.js';

const SUMY = 'In Sumy, the school damaged on 13 April, when two missiles hit the city centre, is still closed.';

table('a strike told again at its place takes the day told of it there', [
  [
    `Russian missiles struck Kyiv overnight, killing three people.\n\n${SUMY}\n\nOfficials said the night's attack on Kyiv also damaged a hospital.`,
    ['missile_strike 2025-04-24 Kyiv', 'missile_strike 2025-04-13 Sumy'],
    ['missile_strike 2025-04-13 Kyiv'],
    'Test',
    '2025-04-24T06:20:00Z',
  ],
  [
    `Ballistic missiles hit Kyiv early this morning, the mayor said.\n\n${SUMY}\n\nCity services report that the attack killed nine people in Kyiv.`,
    ['missile_strike 2025-04-24 Kyiv'],
    ['missile_strike 2025-04-13 Kyiv'],
    'Test',
    '2025-04-24T06:20:00Z',
  ],
]);

table('a strike at a place no strike was told at before takes nothing from another place\'s', [
  [
    `Russian missiles struck Kyiv overnight, killing three people.\n\n${SUMY}\n\nIn Odesa, a missile attack damaged a hospital.`,
    [],
    ['missile_strike 2025-04-24 Odesa'],
    'Test',
    '2025-04-24T06:20:00Z',
  ],
]);
