import t from 'tap';
import { LONGEST_SENTENCE, splitSentences } from '../../../src/extract/events/sentences.js';

const cases: Array<{ name: string; body: string; expected: string[] }> = [
  {
    name: 'abbreviations and initials do not end a sentence',
    body: 'The U.S. envoy met Gen. Ivanov in Kyiv. Dr. J. Smith said talks went well.',
    expected: ['The U.S. envoy met Gen. Ivanov in Kyiv.', 'Dr. J. Smith said talks went well.'],
  },
  {
    name: 'decimals and quotes',
    body: 'Prices rose 2.5 percent. "We will not stop," he said. Then he left!',
    expected: ['Prices rose 2.5 percent.', '"We will not stop," he said.', 'Then he left!'],
  },
  {
    name: 'headings and bullet lines are sentences of their own',
    body: 'Talks in Geneva\n\n- First point without a period\n• Second point.\nBody text here.',
    expected: ['Talks in Geneva', 'First point without a period', 'Second point.', 'Body text here.'],
  },
  {
    name: 'an abbreviation ends a sentence when a usual opener follows',
    body: 'He met officials from the U.S. The talks ended. No. 10 said nothing. No. It did not.',
    expected: ['He met officials from the U.S.', 'The talks ended.', 'No. 10 said nothing.', 'No.', 'It did not.'],
  },
  {
    // a Cyrillic initial written with two Latin letters is an initial too; a sentence that ends on such a word still ends
    name: 'two-letter initials of transliterated names',
    body: 'Aide Yu. Ushakov briefed reporters. Lt Gen Ya. Moskalik was killed on Friday. She stopped in Ch. The car left. The guards were Kh. and Zh. Petrov.',
    expected: ['Aide Yu. Ushakov briefed reporters.', 'Lt Gen Ya. Moskalik was killed on Friday.', 'She stopped in Ch.', 'The car left.', 'The guards were Kh. and Zh. Petrov.'],
  },
  {
    // the word before a period is read back over letters beyond ASCII, astral ones included
    name: 'initials and abbreviations beyond ASCII',
    body: 'Ł. Wałęsa met Erdoğan. Then 𝐀. Smith spoke. Word’s end. Next one.',
    expected: ['Ł. Wałęsa met Erdoğan.', 'Then 𝐀. Smith spoke.', 'Word’s end.', 'Next one.'],
  },
  {
    // "obl." (oblast), "reg.", "dist.": a bracket after glosses the place; a capital after may open a sentence
    name: 'a place-kind abbreviation before a bracket does not end a sentence',
    body: 'Strikes near Sumy, Sumy obl. (UA) | drones. Fighting in Toretsk, Donetsk obl. RU MoD claims gains. Kherson reg. (right bank) shelled.',
    expected: ['Strikes near Sumy, Sumy obl. (UA) | drones.', 'Fighting in Toretsk, Donetsk obl.', 'RU MoD claims gains.', 'Kherson reg. (right bank) shelled.'],
  },
  {
    name: 'a lowercase continuation after a period is not a new sentence',
    body: 'He met officials in St. petersburg yesterday.',
    expected: ['He met officials in St. petersburg yesterday.'],
  },
];

for (const c of cases) {
  t.test(c.name, async (t) => {
    const sentences = splitSentences(c.body);
    t.same(sentences.map((s) => s.text), c.expected);
    for (const s of sentences) t.equal(c.body.slice(s.charStart, s.charEnd), s.text, 'offsets are exact');
  });
}

t.test('paragraphs are numbered by line and headings are flagged', async (t) => {
  const sentences = splitSentences('Headline Without Period\nFirst sentence. Second one.\r\n\r\nThird.');
  t.same(sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
  t.same(sentences.map((s) => s.heading), [true, false, false, false]);
});

t.test('UTF-16 offsets survive non-ASCII text', async (t) => {
  const body = 'Zelenskyy’s aide — “no comment”. Erdoğan met him 🙂. Next.';
  for (const s of splitSentences(body)) t.equal(body.slice(s.charStart, s.charEnd), s.text);
});

t.test('a run of text without sentence ends is read in pieces no longer than LONGEST_SENTENCE, cut at white space', async (t) => {
  const words = 'Drones hit Kyiv, and strikes hit Odesa '.repeat(200);
  const body = `Intro sentence here. ${words}. ${'x'.repeat(2_500)} End of it.`;
  const sentences = splitSentences(body);
  t.ok(sentences.length > 10, `${sentences.length} pieces`);
  for (const s of sentences) {
    t.ok(s.text.length <= LONGEST_SENTENCE, `${s.text.length} characters`);
    t.equal(body.slice(s.charStart, s.charEnd), s.text, 'offsets point at the text');
    t.equal(s.text, s.text.trim(), 'no white space at either end');
  }
  // cut after a space: no word of the repeated sentence is split
  const inner = sentences.slice(1).filter((s) => s.text.startsWith('Drones') || s.text.startsWith('hit') || s.text.startsWith('and'));
  t.ok(inner.length > 0 && inner.every((s) => /^(Drones|hit|Kyiv,|and|strikes|Odesa)\b/.test(s.text)), 'pieces start at a word');
  t.equal(sentences[0].text, 'Intro sentence here.');
  // a run with no white space at all is cut at the limit
  t.ok(sentences.some((s) => s.text === 'x'.repeat(LONGEST_SENTENCE)), 'a 2,500-character word is cut at the limit');
  // every character of the body outside white space is in some piece
  const covered = sentences.reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
  t.equal(covered, body.replace(/\s/g, '').length);
});
