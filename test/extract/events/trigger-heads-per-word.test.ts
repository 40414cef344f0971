import t from 'tap';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { matchTriggers, mayHoldTrigger } from '../../../src/extract/events/triggers.js';
import { splitSentences } from '../../../src/extract/events/sentences.js';
import { devCorpusBodies } from '../../helpers/db.js';

/**
 * The rules a word heads are looked up once per written word and kept with its reading (rulesHeadedBy), not looked up
 * in the rule index for every token: tokens of one word share that reading, and a sentence matches the same
 * whether its words were read before or not.
 */
const described = (sentence: string) => {
  const tokens = tokenize(sentence);
  return matchTriggers(tokens, new Set(), { has: () => true }).map((m) => `${tokens[m.head].text}:${m.rule.type}:${m.rule.strength}`);
};

t.test('tokens of one written word share its reading, across sentences', async (t) => {
  const [first] = tokenize('Drones struck Kyiv.');
  const again = tokenize('Overnight, drones struck Odesa and Drones hit Lviv.');
  t.equal(again.find((token) => token.text === 'Drones')!.reading, first.reading, 'the same word, the same reading');
  t.not(again.find((token) => token.text === 'drones')!.reading, first.reading, 'another written form, another reading');
});

t.test('a word is read by the rules of its written form as well as of its lemma', async (t) => {
  // "talks" (lemma "talk") is the head of the meeting rules by its form
  for (const row of ['Delegations held talks in Istanbul on Monday.', 'Putin talks with Trump by phone.']) {
    t.ok(described(row).some((d) => d.startsWith('talks:meeting')), row);
    t.same(described(row), described(row), `${row} (read again)`);
  }
});

const bodies = devCorpusBodies();

t.test('every dev sentence matches the same read first and read again', async (t) => {
  let sentences = 0;
  let differing = 0;
  let heldWrongly = 0;
  for (const body of bodies) {
    for (const { text } of splitSentences(body)) {
      // each sentence read twice: the first reading fills its words' rules in, the second reads them from there
      const first = described(text);
      const tokens = tokenize(text);
      if (mayHoldTrigger(tokens) !== tokens.some((token) => token.reading.headed !== null)) heldWrongly++;
      if (JSON.stringify(described(text)) !== JSON.stringify(first)) differing++;
      sentences++;
    }
  }
  t.ok(sentences > 2000, `${sentences} sentences read`);
  t.equal(differing, 0, 'no sentence matches otherwise read again');
  t.equal(heldWrongly, 0, 'a sentence may hold a trigger exactly when one of its words heads a rule');
});
