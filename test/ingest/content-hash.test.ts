import { createHash } from 'node:crypto';
import { test } from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';

/** The hash as first defined: every run of whitespace one space, trimmed; the title lower-cased. */
function reference(title: string, body: string): string {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalise(title).toLowerCase()).update('\n').update(normalise(body)).digest('hex');
}

test('contentHash folds whitespace exactly as /\\s+/ -> " " did (stored hashes stay valid)', async (t) => {
  const cases: Array<[string, string]> = [
    ['Talks resume', 'Delegations met on Monday.\n\nThey agreed to meet again.'],
    ['  Padded title ', '  leading and trailing  \t'],
    ['Tabs\tand\u00a0nbsp', 'a\tb\u00a0c\u2009d\u3000e\u2028f\ufeffg'],
    ['Mixed runs', 'one \n two\r\n\r\nthree  \u00a0 four \t'],
    ['Single spaces only', 'nothing to fold in this body at all'],
    ['', ''],
    [' ', '\n'],
  ];
  // and random strings over spaces, other whitespace and letters
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = [' ', ' ', ' ', '\n', '\t', '\u00a0', '\r', 'a', 'b', 'c', 'D'];
  for (let i = 0; i < 300; i++) {
    const text = () => Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    cases.push([text(), text()]);
  }
  cases.forEach(([title, body], index) => t.equal(contentHash(title, body), reference(title, body), `case ${index}`));
  // the case and whitespace of the title do not matter; the body's case does
  t.equal(contentHash('Talks  Resume', 'x\n\ny'), contentHash('talks resume', 'x y'));
  t.not(contentHash('t', 'X'), contentHash('t', 'x'));
});
