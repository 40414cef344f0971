import t from 'tap';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { FATE_VERBS, GATED_FATES, modalityAt } from '../../../src/extract/events/modality.js';

/**
 * modalityAt runs the tests of a trigger's fate (called off, not planned, still possible, not ruled out, will not take
 * place, never happened, not agreed) only when the words after the trigger hold a word FATE_VERBS finds: a speed gate,
 * right only if every one of those tests needs such a word. Held here two ways: by each test's own words, strung into
 * many word sequences (any sequence a test matches must pass the gate), and by sentences of each kind read whole.
 */

// the words the gated tests are written with, the auxiliaries among them, and words around them
const VOCABULARY = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'being', 'be', 'remains', 'remain', 'remained', 'seems', 'looks', 'could',
  'will', 'would', 'did', 'does', "won't", "didn't", "wasn't", "isn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", 'never',
  'not', 'no', 'longer', 'now', 'later', 'then', 'still', 'also', 'only', 'quite', 'yet', 'to', 'on', 'the', 'in', 'a', 'an',
  'called', 'off', 'cancelled', 'postponed', 'scrapped', 'put', 'hold', 'pushed', 'back', 'agenda', 'table', 'cards', 'planned',
  'expected', 'possible', 'option', 'possibility', 'under', 'discussion', 'being', 'discussed', 'ruled', 'out', 'excluded', 'likely',
  'take', 'place', 'happen', 'happened', 'go', 'ahead', 'held', 'materialised', 'taken', 'come', 'about', 'agreed', 'reached', 'signed',
  'finalised', 'summit', 'talks', 'meeting', 'friday', 'kyiv', 'said', 'island', 'issue', 'hasty', 'willing', 'this', 'lookout',
];

t.test('every gated test of a fate needs a word of FATE_VERBS', async (t) => {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)];
  const noAuxiliary = VOCABULARY.filter((w) => !FATE_VERBS.test(w));
  let matched = 0;
  for (let n = 0; n < 100_000; n++) {
    const length = 2 + Math.floor(random() * 7);
    // half the sequences are made only of words the gate does not find: no test may match any of them
    const words = Array.from({ length }, () => (n % 2 ? word() : noAuxiliary[Math.floor(random() * noAuxiliary.length)]));
    const fate = words.join(' ');
    const test = GATED_FATES.find((pattern) => pattern.test(fate));
    if (!test) continue;
    matched++;
    if (!t.ok(FATE_VERBS.test(fate), `${test} matches "${fate}" without a word of FATE_VERBS`)) break;
  }
  t.ok(matched > 500, `the sequences reach the tests (${matched} matched)`);
  // each test, on a fate of its own
  const fates = [
    'in budapest was called off on tuesday',
    'are now off',
    'is not on the agenda',
    'remains possible',
    'is still on the table',
    'was not ruled out',
    'could not be excluded',
    'was possible this week',
    'will not take place',
    "won't go ahead",
    'never happened',
    'has yet to take place',
    'was not agreed',
    "hasn't yet been reached",
    'which kyiv accepted last month has never taken effect',
    "didn't come into force",
  ];
  for (const fate of fates) {
    t.ok(GATED_FATES.some((pattern) => pattern.test(fate)), `a test matches "${fate}"`);
    t.ok(FATE_VERBS.test(fate), `the gate lets "${fate}" through`);
  }
});

t.test('sentences telling each fate read as before the gate; a trigger with no such word after it reads as occurred', async (t) => {
  const at = (sentence: string, head: string) => {
    const tokens = tokenize(sentence);
    return modalityAt(tokens, tokens.findIndex((token) => token.lower === head), sentence);
  };
  const rows: Array<[string, string, string]> = [
    ['The summit in Budapest was called off on Tuesday.', 'summit', 'negated'],
    ['A meeting between the two leaders is not on the agenda, Peskov said.', 'meeting', 'negated'],
    ['A prisoner swap remains possible, officials said.', 'swap', 'hypothetical'],
    ['A meeting with Putin was not ruled out, the Kremlin said.', 'meeting', 'hypothetical'],
    ['Peskov said a phone call was possible this week.', 'call', 'hypothetical'],
    ['The planned talks in Istanbul will not take place.', 'talks', 'negated'],
    ['A summit mooted in May never happened.', 'summit', 'negated'],
    ['The call has yet to take place.', 'call', 'negated'],
    ['Ukraine said a ceasefire was not agreed.', 'ceasefire', 'negated'],
    ['Officials said no deal has yet been reached on the exchange.', 'deal', 'negated'],
    // nothing after the trigger the gate finds: the fate tests are not run, and the event stands
    ['Russian drones struck Odesa overnight into Sunday, officials said.', 'struck', 'occurred'],
    ['Zelenskyy met Macron in Paris on Monday.', 'met', 'occurred'],
  ];
  for (const [sentence, head, modality] of rows) t.equal(at(sentence, head), modality, sentence);
});
