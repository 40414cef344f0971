import t from 'tap';
import { devCorpusBodies } from '../../helpers/db.js';
import { countWords } from '../../../src/extract/events/confidence.js';
import { summaryFor } from '../../../src/extract/events/describe.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';

const byPattern = (text: string) => text.match(/\S+/g)?.length ?? 0;
/** summaryFor as it read before its fast path: every run of white space collapsed to one space. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A test name with its white space and other non-ASCII written as escapes (a raw U+2028 would end a TAP line). */
const shown = (text: string) => text.replace(/[^\x21-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const SEPARATORS = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

t.test('countWords counts what /\\S+/g matches, for every kind of white space', async (t) => {
  // each of ECMAScript's white space and line terminators separates words; U+180E, U+200B and U+2060 do not
  for (const space of SEPARATORS) t.equal(countWords(`Drones${space}hit${space}${space}Kyiv`), 3, shown(space));
  for (const joiner of ['\u180e', '\u200b', '\u2060', '\u00ad']) t.equal(countWords(`Drones${joiner}hit Kyiv`), 2, shown(joiner));
  const rows = ['', ' ', '  \n ', 'one', ' one ', 'Kyiv, 5 May — drones hit the city.', '\u2003lead\u00a0and\ttrail\u3000', '𝐀 surrogate pair 😀'];
  for (const text of rows) t.equal(countWords(text), byPattern(text), shown(text));
});

t.test('summaryFor collapses white space as /\\s+/g does, with or without its fast path', async (t) => {
  for (const space of SEPARATORS) {
    for (const text of [`Drones${space}hit Kyiv.`, `Drones hit${space}${space}Kyiv.`, `${space}Drones hit Kyiv.${space}`, `Drones ${space}hit Kyiv.`]) {
      t.equal(summaryFor(text), collapsed(text), shown(text));
    }
  }
  for (const text of ['Drones hit Kyiv.', ' Drones hit Kyiv. ', 'Drones\u200bhit Kyiv.', '']) t.equal(summaryFor(text), collapsed(text), shown(text));
});

t.test('countWords and summaryFor agree with their patterns on every sentence of the dev corpora', async (t) => {
  let sentences = 0;
  let differing = 0;
  for (const body of devCorpusBodies()) {
    for (const s of splitSentences(body)) {
      sentences++;
      if (countWords(s.text) !== byPattern(s.text) || (s.text.length <= 300 && summaryFor(s.text) !== collapsed(s.text))) differing++;
    }
  }
  t.ok(sentences > 1000, `${sentences} sentences read`);
  t.equal(differing, 0);
});
