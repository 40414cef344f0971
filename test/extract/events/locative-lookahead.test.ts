import t from 'tap';
import { devCorpusBodies } from '../../helpers/db.js';
import { allMatches } from '../../../src/extract/matches.js';
import { LOCATIVE } from '../../../src/extract/events/places.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';

/** LOCATIVE as it read before its first-letter lookahead, which must change no match. */
const WITHOUT_LOOKAHEAD = new RegExp(LOCATIVE.source.replace('\\b(?=[A-Za-z])(', '\\b('), LOCATIVE.flags);
const found = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, ...m]);

t.test('the lookahead is in LOCATIVE, at its start', async (t) => {
  t.not(WITHOUT_LOOKAHEAD.source, LOCATIVE.source);
});

t.test('LOCATIVE finds what it found without its lookahead: each kind of head word', async (t) => {
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
  let matches = 0;
  for (const text of rows) {
    const expected = found(WITHOUT_LOOKAHEAD, text);
    matches += expected.length;
    t.same(found(LOCATIVE, text), expected, text);
  }
  t.ok(matches >= 20, `${matches} matches read`);
});

t.test('LOCATIVE finds what it found without its lookahead on every sentence of the dev corpora', async (t) => {
  let sentences = 0;
  let matches = 0;
  let differing = 0;
  for (const body of devCorpusBodies()) {
    for (const s of splitSentences(body)) {
      sentences++;
      const expected = found(WITHOUT_LOOKAHEAD, s.text);
      matches += expected.length;
      if (JSON.stringify(found(LOCATIVE, s.text)) !== JSON.stringify(expected)) differing++;
    }
  }
  t.ok(sentences > 1000 && matches > 1000, `${sentences} sentences, ${matches} matches`);
  t.equal(differing, 0);
});

/** LOCATIVE as it read before the guard ahead of its weapon-impact lookbehind, which must change no match either. */
const IMPACT_GUARD = '(?=slam|smash|batter|blast)(?<=';
const WITHOUT_IMPACT_GUARD = new RegExp(LOCATIVE.source.replace(IMPACT_GUARD, '(?<='), LOCATIVE.flags);

t.test('the weapon-impact guard is in LOCATIVE, right before its lookbehind', async (t) => {
  t.ok(LOCATIVE.source.includes(IMPACT_GUARD));
  t.not(WITHOUT_IMPACT_GUARD.source, LOCATIVE.source);
});

t.test('LOCATIVE finds what it found without the weapon-impact guard', async (t) => {
  const rows = [
    'Missiles slammed Dnipro; rockets smash Mykolaiv and drones battered Kharkiv.',
    'Shaheds blasted Odesa, bombs slamming Kherson, shells smashed into Nikopol.',
    'Critics slammed Kyiv for the decision; the blast in Lviv was heard in Brody.',
    'Drones  slam Sumy, a drone slams Izium, missile smashes Balakliia.',
  ];
  for (const text of rows) t.same(found(LOCATIVE, text), found(WITHOUT_IMPACT_GUARD, text), text);
  let differing = 0;
  let matches = 0;
  for (const body of devCorpusBodies()) {
    for (const s of splitSentences(body)) {
      const expected = found(WITHOUT_IMPACT_GUARD, s.text);
      matches += expected.length;
      if (JSON.stringify(found(LOCATIVE, s.text)) !== JSON.stringify(expected)) differing++;
    }
  }
  t.ok(matches > 1000, `${matches} matches on the dev sentences`);
  t.equal(differing, 0, 'every dev sentence');
});
