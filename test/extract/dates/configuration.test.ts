import * as chrono from 'chrono-node';
import t from 'tap';
import { dateParser, parseDates } from '../../../src/extract/dates/configuration.js';
import { specOf } from '../../../src/extract/dates/spec.js';
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

t.test('parseDates reads every sentence as dateParser.parse does', async (t) => {
  const reference = { instant: new Date('2025-07-07T12:00:00Z'), timezone: 0 };
  const reading = (results: chrono.ParsingResult[]) =>
    JSON.stringify(results.map((r) => [r.index, r.text, specOf(r.start) ?? null, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]));
  let found = 0;
  for (const sentence of sentences()) {
    const ours = parseDates(sentence, reference);
    found += ours.length;
    const chronos = reading(dateParser.parse(sentence, reference) as chrono.ParsingResult[]);
    if (reading(ours) !== chronos) t.fail(`parseDates differs on: ${sentence}`);
  }
  // chrono's word-boundary parsers move their match past a leading group: "on March 3" is read at "March"
  t.equal(parseDates('Talks were held on March 3 in Riyadh.', reference)[0]?.index, 19);
  t.ok(found > 1000, `${found} results compared`);
});
