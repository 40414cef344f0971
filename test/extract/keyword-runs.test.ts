import t from 'tap';
import { allMatches, matchesBeforeKeyword, matchesInKeywordRuns } from '../../src/extract/matches.js';
import { devCorpusBodies } from '../helpers/db.js';

const asFound = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

/** Name-first patterns of the shapes places.ts runs through matchesInKeywordRuns, each with its keyword. */
const NAME = "\\p{Lu}[\\p{L}'’]+(?:[\\s-]\\p{Lu}[\\p{L}'’]+){0,2}";
const KINDS = 'air\\s+bases|airbases|bases|airfields|airports|towns|villages|settlements|cities';
const AUTHORITY_SHAPE: [RegExp, RegExp] = [
  new RegExp(`(${NAME})\\s+((?:(?:regional|oblast|provincial|city|municipal|military|state)\\s+)*)([Mm]ayor|[Gg]overnor|administration|council)\\b`, 'gu'),
  /\s(?:[Mm]ayor|[Gg]overnor|administration|council)\b/gu,
];
const KIND_KEYWORD = new RegExp(`\\s(?:${KINDS})\\b`, 'gu');
const PAIR_OF_KIND: [RegExp, RegExp] = [new RegExp(`(?<![\\p{L}])(${NAME}\\s+and\\s+${NAME})\\s+(?:${KINDS})\\b`, 'gu'), KIND_KEYWORD];
const LIST_OF_KIND: [RegExp, RegExp] = [
  new RegExp(`(?<![\\p{L}])(${NAME}(?:,\\s*${NAME})*,?\\s+and\\s+${NAME}),\\s+(?:two|three|four|both)\\s+(?:[\\p{L}-]+\\s+)?(?:${KINDS})\\b`, 'gu'),
  KIND_KEYWORD,
];
const SHAPES = [AUTHORITY_SHAPE, PAIR_OF_KIND, LIST_OF_KIND];

t.test('matchesInKeywordRuns gives the matches of a whole scan', async (t) => {
  const cases = [
    'Kharkiv Mayor Ihor Terekhov said the Kharkiv regional administration and Sumy Governor Volodymyr Artiukh agreed.',
    // a keyword word inside the name: the match runs on to the last keyword of its run
    "Kharkiv Governor's administration said two people died.",
    'Kyiv Mayor Governor council',
    'the Zaporizhzhia city council, the Dnipro military administration; Odesa Mayor',
    'Mayor at the start, council, Governor',
    'drones hit Olenya and Belaya air bases and Engels and Shaykovka airfields overnight',
    'struck Olenya, Belaya and Engels, three strategic air bases, and Morozovsk and Millerovo, both bases',
    // a kind word standing where the optional word of the list's kind may be: the scan reads both
    'hit Olenya and Belaya, two bases airfields of the fleet',
    'Запоріжжя and Херсон towns, Kryvyi Rih’s council, Kramators’k Mayor',
    'no keyword in this one at all',
    '',
    'council',
    ' towns',
  ];
  for (const [pattern, keyword] of SHAPES) {
    for (const text of cases) t.same(asFound(matchesInKeywordRuns(keyword, pattern, text)), asFound(allMatches(pattern, text)), `${pattern.source.slice(0, 30)} on ${JSON.stringify(text)}`);
  }
});

t.test('where matchesBeforeKeyword cuts a name at its first keyword, the run reads the whole name', async (t) => {
  const [pattern, keyword] = AUTHORITY_SHAPE;
  const text = "Kharkiv Governor's administration said";
  const names = (matches: RegExpExecArray[]) => matches.map((m) => m[1]);
  t.same(names(allMatches(pattern, text)), ["Kharkiv Governor's"]);
  t.same(names(matchesInKeywordRuns(keyword, pattern, text)), ["Kharkiv Governor's"]);
  t.same(names(matchesBeforeKeyword(keyword, pattern, text)), ['Kharkiv'], 'the cut at the first keyword reads another name');
});

t.test('matchesInKeywordRuns agrees with a whole scan on every dev body and line', async (t) => {
  const texts = devCorpusBodies().flatMap((body) => [body, ...body.split('\n')]);
  let differing = 0;
  let matched = 0;
  for (const [pattern, keyword] of SHAPES) {
    for (const text of texts) {
      const expected = asFound(allMatches(pattern, text));
      matched += expected.length;
      if (JSON.stringify(asFound(matchesInKeywordRuns(keyword, pattern, text))) !== JSON.stringify(expected)) differing++;
    }
  }
  t.equal(differing, 0, `${texts.length} texts x ${SHAPES.length} patterns`);
  t.ok(matched > 20, `the patterns match in the corpus (${matched} matches)`);
});

t.test('patterns without the global flag are refused', async (t) => {
  t.throws(() => matchesInKeywordRuns(/\sx/, /a x/g, 'a x'), TypeError);
  t.throws(() => matchesInKeywordRuns(/\sx/g, /a x/, 'a x'), TypeError);
});
