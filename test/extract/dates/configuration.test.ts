import * as chrono from 'chrono-node';
import t from 'tap';
import { dateParser } from '../../../src/extract/dates/configuration.js';
import { splitSentences } from '../../../src/extract/dates/sentences.js';
import { devCorpusBodies } from '../../helpers/db.js';
import { cases } from './cases.js';

/** Every sentence of the development corpora (never the held-out sets) and of the date layer's cases. */
function sentences(): string[] {
  const bodies = [...cases.map((c) => c.text), ...devCorpusBodies()];
  return bodies.flatMap((body) => splitSentences(body).map((s) => body.slice(s.start, s.end)));
}

t.test('a gate never hides a match of its parser', async (t) => {
  const reference = { instant: new Date('2025-07-07T12:00:00Z'), timezone: 0 };
  const gated = dateParser.parsers.filter((parser): parser is chrono.Parser & { inner: chrono.Parser } => 'inner' in parser);
  t.ok(gated.length >= 18, `${gated.length} gated parsers`);
  let closed = 0;
  for (const sentence of sentences()) {
    const context = new chrono.ParsingContext(sentence, reference);
    for (const parser of gated) {
      // a closed gate gives chrono a pattern that fails at once
      if (parser.pattern(context).source !== '^(?!)') continue;
      closed++;
      // the parser's own pattern, as chrono would run it on the sentence
      const pattern = parser.inner.pattern(context);
      pattern.lastIndex = 0;
      if (pattern.test(sentence)) t.fail(`${parser.inner.constructor.name}'s gate hides a match in: ${sentence}`);
    }
  }
  t.ok(closed > 10_000, `${closed} parser runs skipped by their gates`);
});
