import type { Test } from 'tap';
import { allMatches } from '../../src/extract/matches.js';
import { splitSentences } from '../../src/extract/events/sentences.js';
import { devCorpusBodies } from './db.js';

const found = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, ...m]);

/**
 * A speed guard (a lookahead, a first-letter test) must change no match: `pattern` finds exactly what
 * `reference` (the same pattern without the guard) finds, on each of `rows` and on every sentence of
 * the dev corpora. `least` sets how many matches each part must read, so that the check cannot pass
 * on text where neither pattern matches.
 */
export function assertSameMatches(t: Test, pattern: RegExp, reference: RegExp, rows: string[], least: { rows: number; corpus: number }): void {
  t.not(reference.source, pattern.source, 'the reference is another pattern');
  let rowMatches = 0;
  for (const text of rows) {
    const expected = found(reference, text);
    rowMatches += expected.length;
    t.same(found(pattern, text), expected, text);
  }
  t.ok(rowMatches >= least.rows, `${rowMatches} matches read in the rows`);
  let sentences = 0;
  let corpusMatches = 0;
  let differing = 0;
  for (const body of devCorpusBodies()) {
    for (const s of splitSentences(body)) {
      sentences++;
      const expected = found(reference, s.text);
      corpusMatches += expected.length;
      if (JSON.stringify(found(pattern, s.text)) !== JSON.stringify(expected)) differing++;
    }
  }
  t.ok(sentences > 1000 && corpusMatches >= least.corpus, `${sentences} dev sentences, ${corpusMatches} matches`);
  t.equal(differing, 0, 'the same matches on every dev sentence');
}
