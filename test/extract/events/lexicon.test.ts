import t from 'tap';
import { ASCII_WORD, registerLemmas, tokenize } from '../../../src/extract/events/lexicon.js';
// the rules' vocabulary, registered as the extractor runs with it
import '../../../src/extract/events/triggers.js';
import { devCorpusBodies } from '../../helpers/db.js';

const fields = (text: string) => tokenize(text).map(({ text, lower, lemma, start, end, capitalized }) => [text, lower, lemma, start, end, capitalized]);

t.test('a word reads the same the first time and every time after', async (t) => {
  const text = 'Russia’s forces struck Kyiv. The U.S. said Russia’s strikes hit 5,000 homes.';
  const first = fields(text);
  t.same(first.slice(0, 4), [
    ['Russia’s', 'russia', 'russia', 0, 8, true],
    ['forces', 'forces', 'force', 9, 15, false],
    ['struck', 'struck', 'strike', 16, 22, false],
    ['Kyiv', 'kyiv', 'kyiv', 23, 27, true],
  ]);
  t.same(first[5], ['U.S.', 'u.s.', 'u.s.', 33, 37, true], 'the period of an abbreviation is kept');
  t.same(first.at(-1), ['homes', 'homes', 'home', 70, 75, false], 'a final period is not');
  t.same(fields(text), first, 'the same words read again, at their own offsets');
  t.same(fields(`Then ${text}`).slice(1), first.map(([word, lower, lemma, start, end, capitalized]) => [word, lower, lemma, (start as number) + 5, (end as number) + 5, capitalized]));
});

t.test('a word read before its lemma was registered reads with the lemma after', async (t) => {
  t.equal(tokenize('they zorbled it')[1].lemma, 'zorbled');
  registerLemmas(['zorble']);
  t.equal(tokenize('they zorbled it')[1].lemma, 'zorble');
});

t.test('the words read are held up to a bound and read right after it is reached', async (t) => {
  const many = Array.from({ length: 25_000 }, (_, i) => `w${i}`).join(' ');
  t.equal(tokenize(many).length, 25_000);
  t.same(fields('Kyiv struck'), [['Kyiv', 'kyiv', 'kyiv', 0, 4, true], ['struck', 'struck', 'strike', 5, 11, false]]);
});

t.test('a text whose letters and digits are all ASCII reads as the Unicode pattern reads it', async (t) => {
  // a non-ASCII letter after the text sends it through the Unicode pattern: the tokens before it are the reference
  const viaUnicode = (text: string) => fields(`${text} é`).slice(0, -1);
  const edges = [
    'Russia fired 5,000,000 shells, 1,23 rounds and 12,345x; U.S.-Russia talks resumed on 3.4.2025 at 10:30.',
    '“Quoted” words — a dash – and it’s Kyiv’s (well-known) drone-maker’s 2nd call... ends.',
    "O'Brien's co-op, e.g. No. 5; x2 2x a.b. .5 'quote' - end",
  ];
  for (const text of [...edges, ...devCorpusBodies().flatMap((body) => body.split('\n'))]) {
    if (/(?![\0-\x7f])[\p{L}\p{N}]/u.test(text)) continue;
    const found = fields(text);
    if (!t.same(found, viaUnicode(text), text.slice(0, 60))) break;
  }
});

t.test('only verbs and nouns inflect: a word that merely starts with a function word or a short verb is not its form', async (t) => {
  const lemmas = (text: string) => tokenize(text).map((token) => token.lemma);
  // "noted", "notes", "noting" are no forms of "not"; "nod" none of "no"; "nor" does not make "Nord"
  t.same(lemmas('noted notes noting nod nos Nord'), ['noted', 'notes', 'noting', 'nod', 'nos', 'nord']);
  // -es after a hiss or an o only, -d after an e only, and no two-letter lemma loses its e: "sites" is not "sit",
  // "ones" not "on" (it is "one", a trigger's head word: "a three-day one"), "band" not "ban", "bed" not "be", "wing" and "wed" not "we"
  t.same(lemmas('sites ones band bed wing wed'), ['sites', 'one', 'band', 'bed', 'wing', 'wed']);
  // the forms that are inflections still read as their lemma
  t.same(lemmas('sat sits sitting banned bans goes launches damaged damaging used'), ['sit', 'sit', 'sit', 'ban', 'ban', 'go', 'launch', 'damage', 'damage', 'use']);
});

t.test('the scan an ASCII text is read with finds the tokens ASCII_WORD finds, on any mix of its characters', async (t) => {
  // a fixed seed: the same strings every run
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // digits, commas and joiners weigh most: the number and joined-word alternatives are where a scan may go wrong
  const alphabet = ['1', '2', '3', '0', '9', ',', ',', '.', '.', "'", '’', '-', 'a', 'Z', 'k', ' ', ';', ':', '(', ')', '“', '”', '"', '—', '–', '!', '?', '…', '\n'];
  const viaPattern = (text: string) => [...text.matchAll(ASCII_WORD)].map((m) => [m.index, m[0].replace(/\.$/, (p) => (/[A-Za-z]\.[A-Za-z]/.test(m[0]) ? p : ''))]);
  let checked = 0;
  for (let n = 0; n < 20_000; n++) {
    const length = 1 + Math.floor(random() * 14);
    const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const scanned = tokenize(text).map((token) => [token.start, token.text]);
    if (!t.same(scanned, viaPattern(text), JSON.stringify(text))) break;
    checked++;
  }
  t.equal(checked, 20_000);
  // the cases each alternative turns on, spelled out
  const cases: Array<[string, string[]]> = [
    ['1,234,567 and 12,345,6789', ['1,234,567', 'and', '12,345', ',', '6789']],
    ['1234,567 1,2345 1,234x', ['1234', ',', '567', '1', ',', '2345', '1,234', 'x']],
    // (a joiner joins only when a letter or digit follows it: "U.S." keeps its period, "-led" is a word of its own)
    ["U.S.-led O'Brien’s well-known 3.4.2025 end.", ['U.S.', 'led', "O'Brien’s", 'well-known', '3.4.2025', 'end']],
    ['a-- b.. -c ’d (e)', ['a', 'b', 'c', 'd', '(', 'e', ')']],
  ];
  for (const [text, words] of cases) t.same(tokenize(text).map((token) => token.text), words, text);
});
