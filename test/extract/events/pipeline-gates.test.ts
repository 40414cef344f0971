import t from 'tap';
import { HABITUAL, HABITUAL_WORD, runPipeline } from '../../../src/extract/events/pipeline.js';
import type { DateReference } from '../../../src/extract/types.js';

const REF: DateReference = { instant: new Date('2025-07-04T12:00:00Z'), offsetMinutes: 0, fromIngestTime: false };

/** Every run of one to `length` words from `words`, joined by a space. */
function* phrases(words: string[], length: number, prefix: string[] = []): Generator<string> {
  if (prefix.length) yield prefix.join(' ');
  if (prefix.length === length) return;
  for (const word of words) yield* phrases(words, length, [...prefix, word]);
}

t.test('a phrase HABITUAL finds always holds a HABITUAL_WORD (the gate drops no recurrence)', async (t) => {
  // the words HABITUAL is written with (escapes like \s and \b left out), a number for its \d+, and a word of neither
  const words = [...new Set(HABITUAL.source.match(/(?<!\\)[a-z]{2,}/g))];
  t.ok(words.length >= 20, `HABITUAL's own words read from its source (${words.length})`);
  const vocabulary = [...words, '3', 'drones'];
  let recurrences = 0;
  const missed: string[] = [];
  // four words cover every alternative's shortest phrase: "every couple of days", "on a daily basis"
  for (const phrase of phrases(vocabulary, 4)) {
    for (const written of [phrase, phrase.toUpperCase(), phrase.replace(/\b\w/g, (c) => c.toUpperCase())]) {
      if (!HABITUAL.test(written)) continue;
      recurrences++;
      if (!HABITUAL_WORD.test(written) && missed.length < 5) missed.push(written);
    }
  }
  t.ok(recurrences > 1000, `recurrences generated: ${recurrences}`);
  t.same(missed, [], 'no recurrence lacks a gate word');
});

t.test('the gate lets recurrences through and stops at sentences with none', async (t) => {
  const events = (body: string) => runPipeline(body, REF, []).events.map((e) => e.type);
  t.same(events('Russian drones hit Kharkiv every night.'), [], 'a habit, not one strike');
  t.same(events('Russian drones hit Kharkiv on a nightly basis.'), [], 'a habit told with "basis"');
  t.same(events('Russian drones hit Kharkiv.'), ['drone_strike'], 'no gate word: the strike is one event');
});
