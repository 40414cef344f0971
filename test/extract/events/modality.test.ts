import t from 'tap';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { wordsOf } from '../../../src/extract/events/modality.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';
import { devCorpusArticles } from '../../helpers/db.js';

t.test('wordsOf gives the words of a window as slicing, mapping and joining the tokens does', async (t) => {
  const sentences = devCorpusArticles(10).flatMap((article) => splitSentences(article.body).map((s) => s.text));
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
