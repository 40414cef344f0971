import t from 'tap';
import { addMarkersAt, mayHaveMarkerShape, mayMark, wordsOf, type Marker } from '../../../src/extract/dates/tense.js';
import { devCorpusBodies } from '../../helpers/db.js';
import { cases } from './cases.js';

/** The development corpora's bodies (never the held-out sets) and the date layer's test sentences. */
function texts(): string[] {
  return [...cases.map((c) => c.text), ...devCorpusBodies()];
}

t.test('the marker prefilter passes over no word that gives a marker', async (t) => {
  // markersOf reads only the words mayMark lets through: every word of every text is read in full here.
  let markers = 0;
  let skipped = 0;
  let total = 0;
  for (const text of texts()) {
    const words = wordsOf(text, 0);
    total += words.words.length;
    for (let i = 0; i < words.words.length; i++) {
      const found: Marker[] = [];
      addMarkersAt(words, i, found);
      markers += found.length;
      if (!mayMark(words.lowers[i])) {
        skipped++;
        if (found.length > 0) t.fail(`"${words.words[i].text}" gives a marker but mayMark passes over it`);
      }
    }
  }
  t.ok(markers > 1000, `${markers} markers read`);
  // what the prefilter is for: most words are no marker and are passed over
  t.ok(skipped > total / 2, `${skipped} of ${total} words passed over`);
});

t.test('the shape test before mayMark passes every word mayMark passes', async (t) => {
  let passed = 0;
  let total = 0;
  for (const text of texts()) {
    for (const lower of wordsOf(text, 0).lowers) {
      total++;
      if (mayHaveMarkerShape(lower)) passed++;
      else if (mayMark(lower)) t.fail(`mayMark passes "${lower}" but its shape test does not`);
    }
  }
  // what it is for: most words fail it without being hashed
  t.ok(passed < total / 2, `${passed} of ${total} words have a marker's shape`);
  // every marker word itself, the ones read by their ending or apostrophe, a word of one letter
  const words = ['will', 'to', 'was', 'due', 'set', 'expected', 'forthcoming', 'shelled', 'bed', 'ed', "we'll", "won't", "would've", "'ll", 'i', 'a'];
  for (const word of words) if (mayMark(word)) t.ok(mayHaveMarkerShape(word), word);
  for (const word of ['the', 'and', 'of', 'in', 'drones', 'kharkiv', 'ceasefire', 'x']) t.notOk(mayHaveMarkerShape(word), word);
});

t.test('mayMark lets through the forms the rules read by their ending', async (t) => {
  for (const word of ['fired', 'announced', "they'll", "won't", "would've", 'will', 'to', 'due', 'takes', 'called', 'meets']) t.ok(mayMark(word), word);
  for (const word of ['the', 'drones', 'kyiv', 'talks', "russia's"]) t.notOk(mayMark(word), word);
});

t.test('wordsOf finds the words /[A-Za-z]+(?:\'[a-z]+)?/g finds', async (t) => {
  const byPattern = (text: string) => [...text.matchAll(/[A-Za-z]+(?:'[a-z]+)?/g)].map((m) => ({ text: m[0], start: 5 + m.index }));
  const tricky = ["didn't", "rock'n'roll", "O'Brien", "don'T", "Kyiv's'", "x'", "'tis", "a1b_c", "end'", "Ünïcode naïve", "it's-it's"];
  let random = '';
  // a salad of letters, apostrophes, digits, punctuation and spaces, fixed seed
  for (let seed = 7, i = 0; i < 20_000; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    random += "aZq'' 9.-é"[seed % 10];
  }
  for (const text of [...texts(), ...tricky, random]) {
    const words = wordsOf(text, 5);
    t.same(words.words, byPattern(text), text.slice(0, 40));
    t.same(words.lowers, words.words.map((w) => w.text.toLowerCase()));
  }
});
