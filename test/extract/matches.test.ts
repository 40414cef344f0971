import t from 'tap';
import { allMatches, matchesWith } from '../../src/extract/matches.js';

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
