import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { wordsOf } from '../../../src/extract/events/modality.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';

t.test('wordsOf gives the words of a window as slicing, mapping and joining the tokens does', async (t) => {
  const dev = path.resolve(import.meta.dirname, '../../fixtures/corpus/dev');
  const sentences = readdirSync(dev)
    .filter((f) => f.endsWith('.json'))
    .slice(0, 10)
    .flatMap((f) => splitSentences((JSON.parse(readFileSync(path.join(dev, f), 'utf8')) as { body: string }).body).map((s) => s.text));
  t.ok(sentences.length > 50, 'dev sentences read');
  let windows = 0;
  let differing = 0;
  for (const text of [...sentences, '', 'One.']) {
    const tokens = tokenize(text);
    for (let from = 0; from <= tokens.length; from++) {
      for (let to = Math.max(0, from - 1); to <= tokens.length + 3; to++) {
        windows++;
        if (wordsOf(tokens, from, to) !== tokens.slice(from, to).map((x) => x.lower).join(' ')) differing++;
      }
    }
  }
  t.ok(windows > 10_000);
  t.equal(differing, 0);
  t.equal(wordsOf(tokenize('Russia’s strikes hit Kyiv'), 1, 3), 'strikes hit');
});
