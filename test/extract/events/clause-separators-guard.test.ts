import t from 'tap';
import { CLAUSE_SEPARATORS } from '../../../src/extract/events/pipeline.js';
import { assertSameMatches } from '../../helpers/same-matches.js';

/** CLAUSE_SEPARATORS as it read before the guard ahead of its weapon clause's lookbehind, which must change no match. */
const GUARD = String.raw`(?=,|\s+and\s)`;
const WITHOUT_GUARD = new RegExp(CLAUSE_SEPARATORS.source.replace(GUARD, ''), CLAUSE_SEPARATORS.flags);

t.test('the guard stands right before the weapon clause lookbehind', async (t) => {
  t.ok(CLAUSE_SEPARATORS.source.includes(GUARD + '(?<='));
});

t.test('the separators are those found without the guard: each way a weapon clause opens, and none; and on every dev sentence', async (t) => {
  const rows = [
    'Drones hit Kyiv and missiles struck Lviv.',
    'Drones strike Sumy school, missiles kill 4 in Odesa region.',
    'Missiles struck Odesa overnight,  and   drones pounded Izmail.',
    'Russian drones attacked Sumy, while artillery shelled Kherson; rockets hit Nikopol.',
    'Missiles and drones struck Ternopil, and the city lost power.',
    'Shaheds targeted Odesa,\tand then two Russian drones hit Izmail.',
    'A drone hit the port, and rockets of the Grad system fell on Nikopol.',
    'Artillery shelled Kherson, UAVs struck Sumy and bombs hit Kharkiv since dawn.',
    'In the capital, a drone set fire to a house and a missile hit a car.',
    'Drones hit Kyiv\u00a0and\u00a0missiles struck Lviv.',
  ];
  assertSameMatches(t, CLAUSE_SEPARATORS, WITHOUT_GUARD, rows, { rows: 12, corpus: 501 });
});
