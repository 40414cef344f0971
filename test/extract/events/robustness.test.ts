/** Long bodies the API accepts, built so that per-trigger or per-place work over the whole sentence shows. */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import { cpuMs } from '../../helpers/cpu-time.js';

const adversarial: [string, string][] = [
  // one sentence of 2,000 strikes and places: who owns each place was read over the text between every trigger and
  // every place (about 40 s of CPU for 40,000 characters before the clause separators were read once per sentence)
  ['one sentence dense with strikes and places', `${'Drones hit Kyiv, and strikes hit Odesa '.repeat(1_000)}.`],
  // ", and then" before each verb: the shared-subject clauses of one long sentence
  ['one sentence of shared-subject clauses', `${'Missiles struck Kharkiv, and then shelled Sumy '.repeat(800)}.`],
  // the longest body the API takes as one sentence: 17 s (strikes and places) and 29 s (truce words) of CPU when it was
  // read whole, each trigger looking at the rest of its sentence; now read in pieces (LONGEST_SENTENCE)
  ['a 200,000-character sentence of strikes and places', 'Drones hit Kyiv, and strikes hit Odesa '.repeat(5_200).slice(0, 200_000)],
  ['a 200,000-character sentence of truce words', 'hold fire silence regime '.repeat(8_000)],
];

for (const [name, body] of adversarial) {
  t.test(name, async (t) => {
    const spent = cpuMs(() => extractArticle({ title: 'x', body, publishedAt: '2025-07-04T10:00:00Z' }));
    t.ok(spent < 15_000, `${body.length} characters in under 15 s of CPU (${spent.toFixed(0)} ms)`);
  });
}

t.test('a shared-subject ", and" joins its clauses; other separators keep them apart', async (t) => {
  const placesOf = (body: string) =>
    extractArticle({ title: 'x', body, publishedAt: '2025-07-04T10:00:00Z' })
      .events.map((e) => `${e.type} ${e.places.map((p) => p.name).join('+')}`)
      .sort();
  t.same(placesOf('Missiles struck Odesa, and then hit Mykolaiv.'), ['missile_strike Mykolaiv', 'missile_strike Odesa']);
  t.same(placesOf('Drones hit Kharkiv while artillery shelled Kherson.'), ['drone_strike Kharkiv', 'shelling Kherson']);
});
