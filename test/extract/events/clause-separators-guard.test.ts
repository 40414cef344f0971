import t from 'tap';
import { devCorpusBodies } from '../../helpers/db.js';
import { allMatches } from '../../../src/extract/matches.js';
import { CLAUSE_SEPARATORS } from '../../../src/extract/events/pipeline.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';

/** CLAUSE_SEPARATORS as it read before the guard ahead of its weapon clause's lookbehind, which must change no match. */
const GUARD = String.raw`(?=,|\s+and\s)`;
const WITHOUT_GUARD = new RegExp(CLAUSE_SEPARATORS.source.replace(GUARD, ''), CLAUSE_SEPARATORS.flags);
const found = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, ...m]);

t.test('the guard stands right before the weapon clause lookbehind', async (t) => {
  t.not(WITHOUT_GUARD.source, CLAUSE_SEPARATORS.source);
  t.ok(CLAUSE_SEPARATORS.source.includes(GUARD + '(?<='));
});

t.test('the separators are those found without the guard: each way a weapon clause opens, and none', async (t) => {
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
  let matches = 0;
  for (const text of rows) {
    const expected = found(WITHOUT_GUARD, text);
    matches += expected.length;
    t.same(found(CLAUSE_SEPARATORS, text), expected, text);
  }
  t.ok(matches >= 12, `${matches} separators read`);
});

t.test('the separators are those found without the guard on every sentence of the dev corpora', async (t) => {
  let sentences = 0;
  let matches = 0;
  let differing = 0;
  for (const body of devCorpusBodies()) {
    for (const s of splitSentences(body)) {
      sentences++;
      const expected = found(WITHOUT_GUARD, s.text);
      matches += expected.length;
      if (JSON.stringify(found(CLAUSE_SEPARATORS, s.text)) !== JSON.stringify(expected)) differing++;
    }
  }
  t.ok(sentences > 1000 && matches > 500, `${sentences} sentences, ${matches} separators`);
  t.equal(differing, 0);
});
