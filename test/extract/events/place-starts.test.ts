import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { findPlaces, mayStartPlace } from '../../../src/extract/events/places.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';
import { projectRoot } from '../../../src/db/paths.js';
import { UNREAD_CORPORA } from '../../helpers/db.js';

/**
 * A trigger rule asking whether a place starts at a lower-case word no place can start at is answered without
 * looking the sentence's places up (PlaceStartsOnDemand). That is exact only while every place findPlaces finds
 * starts at a word mayStartPlace lets in: checked here on sentences of each place family and on every sentence
 * of the tunable dev corpora (dev .. dev-j).
 */
const PREFERRED = new Set(['UA', 'RU']);

/** The word starts of `text` a place mention starts at, each with whether mayStartPlace lets it in. */
function placeWordStarts(text: string, capital?: string): Array<{ start: number; word: string; allowed: boolean }> {
  const wordStarts = new Set(tokenize(text).map((token) => token.start));
  return findPlaces(text, PREFERRED, capital)
    .filter((p) => wordStarts.has(p.start))
    .map((p) => ({ start: p.start, word: text.slice(p.start, p.start + 12), allowed: mayStartPlace(text, p.start) }));
}

t.test('mayStartPlace: a word opening with a capital, a non-ASCII letter, a digit or a mark may start a place', async (t) => {
  const rows: Array<[string, string, boolean]> = [
    ['drones struck Kharkiv overnight', 'Kharkiv', true],
    ['talks at the Élysée on Monday', 'Élysée', true],
    ['a strike on Zaporizhzhia', 'Zaporizhzhia', true],
    ['shelling of the city went on', 'city', true],
    ['the town was hit again', 'town', true],
    ['missiles hit the capital at dawn', 'capital', true],
    ['the\tcity was shelled', 'the', true],
    ['über alles', 'über', true],
    ['2 villages were shelled', '2', true],
    ['fighting near "Bakhmut"', '"', true],
    ['drones struck Kharkiv overnight', 'struck', false],
    ['drones struck Kharkiv overnight', 'overnight', false],
    ['Zelenskyy met with Macron in Paris', 'with', false],
    ['Zelenskyy met with Macron in Paris', 'in', false],
    ['the ceasefire held in most places', 'ceasefire', false],
    ['an attack on energy sites', 'energy', false],
  ];
  for (const [text, word, expected] of rows) {
    const start = text.indexOf(word);
    t.equal(mayStartPlace(text, start), expected, `${word} in "${text}"`);
  }
});

t.test('every place of each place family starts at a word mayStartPlace lets in', async (t) => {
  const rows: Array<[string, string?]> = [
    ['Russian drones struck Kharkiv and Odesa overnight, and missiles hit the city of Sumy.'],
    ["Missiles hit Odesa's port and Kharkiv's centre on Tuesday."],
    ['Zelenskyy met Trump at the White House, then flew to Downing Street and the Élysée Palace.'],
    ['Shelling hit the Nikopol district and the Marhanets and Myrove communities of Dnipropetrovsk region.'],
    ['Strikes on the Kharkiv, Sumy and Chernihiv regions killed four people.'],
    ['Avdiivka fell on Saturday, and Chasiv Yar has fallen since; Kherson was liberated in November.'],
    ['Kharkiv Mayor Ihor Terekhov said the Kharkiv regional administration was hit.'],
    ['Ukrainian drones hit the Olenya and Belaya air bases and Engels in the Saratov region.'],
    ['Kyiv hit by drones overnight'],
    ['Russian forces captured the villages of Novoselivka, Kalynove and Berestok.'],
    ['Troops withdrew from Vuhledar and pulled out of Krynky.'],
    ['A missile fell on Przewodów, a Polish village near the border.'],
    ['The Istanbul talks followed the Kramatorsk strike.'],
    ['Lyman, a rail junction in the east, was retaken.'],
    ['2025-08-28 | Vuhledar | shelling |'],
    ['Strikes hit the capital and the Ukrainian capital again.', 'Kyiv'],
    ['ODESA: RUSSIAN MISSILE HITS GRAIN SHIP IN PORT ON FRIDAY'],
    ['Heavy fighting continued near Pokrovsk, around Toretsk and outside Kupiansk.'],
  ];
  let places = 0;
  for (const [text, capital] of rows) {
    const starts = placeWordStarts(text, capital);
    places += starts.length;
    t.same(starts.filter((s) => !s.allowed), [], text);
  }
  t.ok(places >= 30, `${places} places read in the rows`);
});

t.test('every place of every tunable dev sentence starts at a word mayStartPlace lets in', async (t) => {
  const root = join(projectRoot(), 'test/fixtures/corpus');
  // the tunable dev sets only: a corpus kept unread is never read by a test
  const sets = readdirSync(root).filter((set) => set.startsWith('dev') && !UNREAD_CORPORA.has(set));
  let sentences = 0;
  let places = 0;
  const outside: string[] = [];
  for (const set of sets) {
    for (const file of readdirSync(join(root, set)).filter((f) => f.endsWith('.json'))) {
      const { body } = JSON.parse(readFileSync(join(root, set, file), 'utf8')) as { body: string };
      for (const s of splitSentences(body)) {
        sentences++;
        for (const p of placeWordStarts(s.text)) {
          places++;
          if (!p.allowed) outside.push(`${set}/${file}: ${p.word}`);
        }
      }
    }
  }
  t.ok(sets.length >= 10 && sentences > 3000 && places > 1000, `${sets.length} sets, ${sentences} sentences, ${places} places`);
  t.same(outside, [], 'no place starts at a word mayStartPlace keeps out');
});

t.test('a rule asking about lower-case words still finds a place named after them', async (t) => {
  // targetNext / placeFollows ask word after word past the head: "struck the port of Odesa" asks at "the", "port", "of"
  // (no places looked up) and then at "Odesa"
  const article = (body: string) => ({ title: 'Update', body, publishedAt: '2025-03-16T07:00:00Z' });
  const rows: Array<[string, string]> = [
    ['Russian missiles struck the port of Odesa on Saturday, officials said.', 'Odesa'],
    ['Ukrainian forces recaptured the village of Robotyne on Tuesday.', 'Robotyne'],
    ['Drones hit energy facilities in Kharkiv overnight into Sunday.', 'Kharkiv'],
    ['Russian troops captured Vuhledar after a long siege, the ministry said on Monday.', 'Vuhledar'],
  ];
  for (const [body, place] of rows) {
    const events = extractArticle(article(body)).events;
    t.ok(
      events.some((e) => e.places.some((p) => p.name === place)),
      `${place} in "${body}"`,
    );
  }
});
