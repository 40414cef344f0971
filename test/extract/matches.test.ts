import t from 'tap';
import { allMatches, anyOf, matchesBeforeKeyword, matchesWith } from '../../src/extract/matches.js';
import { devCorpusBodies } from '../helpers/db.js';

const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const asAllMatches = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, ...m]);

t.test('the matches matchAll gives, groups and offsets included', async (t) => {
  const cases: Array<[RegExp, string]> = [
    [/\b(\p{Lu}\p{L}+)\s+(?:was|were)\b/gu, 'Kyiv was hit; Odesa and Kharkiv were struck. Lviv was not.'],
    [/[,;—–]/g, 'one, two; three — four'],
    [/x*/g, 'axxb'], // empty matches move on by one character
    [/(?:)/gu, 'a😀b'], // an empty match steps over a surrogate pair in a unicode pattern
    [/(?:)/g, 'a😀b'], // and into it in a non-unicode one
    [/q/g, 'no match here'],
  ];
  for (const [pattern, text] of cases) t.same(asAllMatches(pattern, text), asMatchAll(pattern, text), `${pattern} on ${JSON.stringify(text)}`);
});

t.test('the pattern can be run again while its matches are read', async (t) => {
  const WORD = /\p{L}+/gu;
  const nested = allMatches(WORD, 'ab cd').map((m) => allMatches(WORD, m[0].repeat(2)).length);
  t.same(nested, [1, 1]);
  t.equal(WORD.lastIndex, 0, 'left ready for the next caller');
});

t.test('a pattern without the global flag is refused, as matchAll refuses it', async (t) => {
  t.throws(() => allMatches(/a/, 'aaa'), TypeError);
});

t.test('matchesWith runs the pattern only when the text holds what it needs', async (t) => {
  const REGION = /(\p{Lu}\p{L}+) region/gu;
  const found = (needed: RegExp | string[] | null, text: string) => matchesWith(needed, REGION, text).map((m) => m[1]);
  t.same(found(/region/, 'drones hit Sumy region'), ['Sumy']);
  t.same(found(['oblast', 'region'], 'drones hit Sumy region'), ['Sumy'], 'any one of the words will do');
  t.same(found(null, 'drones hit Sumy region'), ['Sumy'], 'no test: always run');
  t.same(found(/oblast/, 'drones hit Sumy region'), [], 'the needed pattern absent: no matches');
  t.same(found(['oblast', 'krai'], 'drones hit Sumy region'), [], 'none of the words present: no matches');
});

t.test('anyOf finds a text to hold one of the words exactly where includes does, whatever characters the words hold', async (t) => {
  const lists = [
    ['ridge', 'Strait', 'Bay', 'ir base', 'irfield'],
    ['White House', 'Élysée Palace', 'Dolmabahçe Palace', 'Kremlin'],
    ['a.b', '(x)', '[y]', 'c+d*', '^e$', 'f|g', 'h?', '{2}', 'back\\slash', 'a/b', 'x-y'],
    ['one'],
    [],
  ];
  const texts = [
    'the Kerch Strait', 'Belbek air base', 'at the Élysée Palace', 'a.b', 'axb', '(x) and [y]', 'c+d* ^e$', 'fg', 'f|g', 'h', 'h?', 'a{2}',
    'back\\slash', 'backslash', 'a/b x-y', 'xy', 'someone', 'ONE', '', 'in the Kremlin', 'Dolmabahce Palace',
  ];
  let both = 0;
  for (const words of lists) {
    for (const text of texts) {
      const expected = words.some((word) => text.includes(word));
      both += expected ? 1 : 0;
      t.equal(anyOf(words).test(text), expected, `${JSON.stringify(words)} in ${JSON.stringify(text)}`);
    }
  }
  t.ok(both >= 10, `${both} texts hold a word`);
  const words = ['Bay'];
  t.equal(anyOf(words), anyOf(words), 'built once per list');
});

/**
 * Name-first patterns of the shapes the extraction layers run through matchesBeforeKeyword, each with
 * its keyword and the runs of spaces it holds before the keyword's (a NAME holds up to two).
 */
const NAME = "\\p{Lu}[\\p{L}'’]+(?:[\\s-]\\p{Lu}[\\p{L}'’]+){0,2}";
const NAME_FIRST: Array<[RegExp, RegExp, number]> = [
  [new RegExp(`(${NAME})\\s+(region|oblast|obl\\.|Oblast|People['’]s\\s+Republic)(?![\\p{L}])`, 'gu'), /\s(?:region|oblast|obl\.|Oblast|People['’]s\s+Republic)(?![\p{L}])/gu, 2],
  [new RegExp(`(${NAME})\\s+and\\s+(?:the\\s+)?(${NAME})\\s+(?:regions|oblasts)\\b`, 'gu'), /\s(?:regions|oblasts)\b/gu, 7],
  [
    new RegExp(`(?<![\\p{L}])(${NAME}),?(?:\\s+and\\s+(?:[a-z]+\\s+){0,2}villages)?\\s+(?:was|has been)\\s+(?:(?:also|again)\\s+)?(?:hit|struck)\\b`, 'gu'),
    /\s(?:was|has been)\s+(?:(?:also|again)\s+)?(?:hit|struck)\b/gu,
    6,
  ],
  [new RegExp(`(${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)\\s+(?:community|communities)\\b`, 'gu'), /\s(?:community|communities)\b/gu, Infinity],
  // a keyword read by a closing lookahead, not matched
  [new RegExp(`(?<![\\p{L}])(${NAME}\\s+${NAME})(?=,?\\s+(?:said|says))`, 'gu'), /\s(?:said|says)/gu, 5],
];

t.test('matchesBeforeKeyword gives the matches of a whole scan', async (t) => {
  const cases = [
    'Drones hit Sumy region and the Kharkiv Oblast; Odesa obl. was quiet.',
    'Shelling in the Donetsk People’s Republic and in Sumy Region region.',
    'the Kursk and Belgorod regions, the Kherson and Zaporizhzhia oblasts',
    'Kramatorsk, Sloviansk and two villages was hit. Kyiv has been also hit, Lviv was again struck',
    'In Bilopillia, Krasnopillia and Myropillia communities',
    'Oleh Syniehubov said, Ivan Petrenko, says',
    'Region region region Oblast oblast', // a keyword right after a match's keyword
    'Ünïcödé Ŝtadt region, 𝐀bc region', // letters outside ASCII, one astral
    '',
  ];
  for (const [pattern, keyword, wordGaps] of NAME_FIRST) {
    for (const text of cases) t.same(matchesBeforeKeyword(keyword, pattern, text, wordGaps).map((m) => [m.index, ...m]), asAllMatches(pattern, text), `${pattern} on ${JSON.stringify(text)}`);
  }
});

t.test('matchesBeforeKeyword agrees with a whole scan on every corpus body and on random word salad', async (t) => {
  const bodies = devCorpusBodies();
  t.ok(bodies.length > 100, 'the dev corpus is read');
  // random sequences of the pieces these patterns are made of, punctuation and non-ASCII among them
  const pieces = ['Sumy', 'Kyiv', 'Region', 'region', 'regions', 'oblast', 'obl.', 'People’s', 'Republic', 'and', 'the', 'was', 'has', 'been', 'hit', 'also', 'villages', 'community', 'said', 'Ŝtadt', '𝐀bc', 'x', ' ', '  ', ', ', '-', '’', '.', ';', '\n', '1', 'é'];
  let seed = 12345;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const salads = Array.from({ length: 4000 }, () => Array.from({ length: 2 + random(16) }, () => pieces[random(pieces.length)]).join(random(3) ? ' ' : ''));
  const differing = (gapsShort: number) => {
    let count = 0;
    for (const [pattern, keyword, wordGaps] of NAME_FIRST) {
      for (const text of [...bodies, ...salads]) {
        const expected = JSON.stringify(asAllMatches(pattern, text));
        if (JSON.stringify(matchesBeforeKeyword(keyword, pattern, text, wordGaps - gapsShort).map((m) => [m.index, ...m])) !== expected) count++;
      }
    }
    return count;
  };
  t.equal(differing(0), 0);
  t.ok(differing(1) > 0, 'one run of spaces too few loses matches: the test can tell');
});

t.test('a match running past its keyword is found again in the whole text', async (t) => {
  // the keyword is only the start of what the pattern ends with: the cut after it shortens the match
  const pattern = /(\p{Lu}\p{L}+)\s+reg\w*/gu;
  const text = 'Sumy region and Kyiv regions';
  t.same(matchesBeforeKeyword(/\sreg/gu, pattern, text).map((m) => [m.index, ...m]), asAllMatches(pattern, text));
});

t.test('matchesBeforeKeyword refuses patterns without the global flag', async (t) => {
  t.throws(() => matchesBeforeKeyword(/\sregion/, /(\p{Lu}\p{L}+) region/gu, 'Sumy region'), TypeError);
  t.throws(() => matchesBeforeKeyword(/\sregion/g, /(\p{Lu}\p{L}+) region/u, 'Sumy region'), TypeError);
});
