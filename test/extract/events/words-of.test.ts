import t from 'tap';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { wordsOf } from '../../../src/extract/events/modality.js';

/**
 * wordsOf joins a sentence's words once and slices that text for each trigger, holding the joining of the last sentence
 * asked about only. Asked about sentences in turn, and about one again after another, it reads each from its own
 * tokens: as tokens.slice(from, to).map((t) => t.lower).join(' ') does, for every from and to.
 */
t.test("each sentence's words are its own, whichever sentence was asked about before", async (t) => {
  const sentences = [
    'Russian drones struck Odesa overnight, officials said.',
    'The summit in Budapest was called off on Tuesday.',
    'Zelenskyy met Macron in Paris; the talks lasted two hours.',
  ].map((text) => tokenize(text));
  const expected = (tokens: ReturnType<typeof tokenize>, from: number, to: number) => tokens.slice(from, to).map((token) => token.lower).join(' ');
  // in turn, back and forth, and the same sentence twice running
  for (const index of [0, 1, 2, 1, 1, 0, 2, 0]) {
    const tokens = sentences[index];
    for (let from = 0; from <= tokens.length; from++) {
      for (let to = from; to <= tokens.length + 2; to++) {
        if (!t.equal(wordsOf(tokens, from, to), expected(tokens, from, to), `sentence ${index} [${from}, ${to})`)) return;
        // another sentence asked about between two questions about this one
        wordsOf(sentences[(index + 1) % 3], 0, 2);
      }
    }
  }
  // two tokenizings of one text are two arrays: each read from its own words
  t.equal(wordsOf(tokenize('Kyiv was hit'), 0, 3), 'kyiv was hit');
  t.equal(wordsOf(tokenize('Kharkiv was hit'), 0, 3), 'kharkiv was hit');
});
