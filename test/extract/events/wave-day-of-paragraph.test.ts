/**
 * A strike with no day of its own, told in the paragraph of a dated wave, is that wave's: it does not merge into a strike
 * at its place told with another day ("Overnight into Sunday Russia launched 300 drones at Ukraine. Drones hit flats in
 * Kharkiv. / The night before, Kharkiv was also attacked"). A strike told again at its place on the same day still merges,
 * and a re-mention dated only by another kind of event told before it keeps merging into the strike it names. Sentences
 * written for this test; rows give "type date place" lines that must be among the events and lines that must not.
 */
import { table } from './families.js';

table('a strike dated by its paragraph\'s wave stays that day\'s beside a strike at its place on the day before', [
  [
    'Overnight into Sunday Russia launched 310 attack drones at Ukraine, the air force said. Drones damaged apartment blocks in Kharkiv, and two people were hurt.\n\nThe previous night Kharkiv was also attacked with drones; the mayor reported fires in two districts.',
    ['drone_strike 2025-06-08 Kharkiv', 'drone_strike 2025-06-07 Kharkiv'],
    ['drone_strike 2025-06-08 Ukraine'],
    'Test',
    '2025-06-08T12:00:00Z',
  ],
  [
    'Overnight into Sunday Russia fired 40 missiles and 200 drones at Ukraine. Missiles and drones hit an oil depot in Lviv.\n\nMissiles had already struck Lviv overnight into Saturday.',
    ['missile_strike 2025-06-08 Lviv', 'missile_strike 2025-06-07 Lviv'],
    [],
    'Test',
    '2025-06-08T12:00:00Z',
  ],
]);

table('a strike told again at its place on the day of the wave merges into it, and a re-mention keeps its strike\'s day', [
  [
    'Overnight into Sunday drones struck Kharkiv, the mayor said. Drones damaged apartment blocks in Kharkiv, and two people were hurt.',
    ['drone_strike 2025-06-08 Kharkiv'],
    ['drone_strike 2025-06-07 Kharkiv'],
    'Test',
    '2025-06-08T12:00:00Z',
  ],
  [
    'Missiles struck the centre of Kharkiv this morning, killing four people.\n\nThe envoy met the foreign minister in Riyadh on Friday. The minister said today that the strike on Kharkiv showed what the talks were worth.',
    ['missile_strike 2025-06-08 Kharkiv'],
    ['missile_strike 2025-06-06 Kharkiv'],
    'Test',
    '2025-06-08T12:00:00Z',
  ],
]);
