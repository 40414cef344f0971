import t from 'tap';
import { LOCATIVE } from '../../../src/extract/events/places.js';
import { assertSameMatches } from '../../helpers/same-matches.js';

/** LOCATIVE as it read before its first-letter lookahead, which must change no match. */
const WITHOUT_LOOKAHEAD = new RegExp(LOCATIVE.source.replace('\\b(?=[A-Za-z])(', '\\b('), LOCATIVE.flags);

t.test('LOCATIVE finds what it found without its lookahead: each kind of head word, and every dev sentence', async (t) => {
  const rows = [
    'Russian forces struck Kharkiv and Odesa overnight.',
    'Troops retake Lyman as drones hit the city of Sumy.',
    'Missiles slammed Dnipro; rockets smash Mykolaiv.',
    'Zelenskyy flew to Washington, then travelled to Berlin.',
    'In Kyiv, officials met near Bucha, outside Irpin and across the Russian-occupied town of Nova Kakhovka.',
    'Forces captured Snake Island, took Avdiivka and entered the besieged city of Mariupol.',
    'Ölpreis in Zürich; the strike on Lviv — Львів — hit Uzhhorod.',
    'He came to Moscow. Going to Minsk? Headed to Istanbul.',
  ];
  assertSameMatches(t, LOCATIVE, WITHOUT_LOOKAHEAD, rows, { rows: 20, corpus: 1001 });
});

/** LOCATIVE as it read before the guard ahead of its weapon-impact lookbehind, which must change no match either. */
const IMPACT_GUARD = '(?=slam|smash|batter|blast)(?<=';
const WITHOUT_IMPACT_GUARD = new RegExp(LOCATIVE.source.replace(IMPACT_GUARD, '(?<='), LOCATIVE.flags);

t.test('the weapon-impact guard is in LOCATIVE, right before its lookbehind', async (t) => {
  t.ok(LOCATIVE.source.includes(IMPACT_GUARD));
});

t.test('LOCATIVE finds what it found without the weapon-impact guard', async (t) => {
  const rows = [
    'Missiles slammed Dnipro; rockets smash Mykolaiv and drones battered Kharkiv.',
    'Shaheds blasted Odesa, bombs slamming Kherson, shells smashed into Nikopol.',
    'Critics slammed Kyiv for the decision; the blast in Lviv was heard in Brody.',
    'Drones  slam Sumy, a drone slams Izium, missile smashes Balakliia.',
  ];
  assertSameMatches(t, LOCATIVE, WITHOUT_IMPACT_GUARD, rows, { rows: 8, corpus: 1001 });
});
