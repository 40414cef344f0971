import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { matchTriggers } from '../../../src/extract/events/triggers.js';

/**
 * findCandidates reads the modality of a head word once, however many rules match there ("talks", "meeting"
 * and "summit" are each the head of several meeting rules): each such match keeps the reading of its own head, and a
 * second head of the sentence gets its own. Each row's head is matched by more than one rule.
 */
const PUBLISHED = '2025-03-16T07:00:00Z';
const statusesOf = (body: string, type: string) =>
  extractArticle({ title: 'Update', body, publishedAt: PUBLISHED })
    .events.filter((e) => e.type === type)
    .map((e) => e.status);
/** How many rules match at the word `head` of the sentence (actors and places left aside, as rules read them). */
const rulesAt = (sentence: string, head: string) => {
  const tokens = tokenize(sentence);
  return matchTriggers(tokens, new Set(), { has: () => true }).filter((m) => tokens[m.head].lower === head).length;
};

t.test('a head matched by several rules is read once, and each match keeps that reading', async (t) => {
  const rows: Array<[string, string, string, string[]]> = [
    // planned: each meeting rule at "talks" is one planned meeting
    ['Ukrainian and Russian delegations will hold talks in Geneva on Thursday, the foreign ministry said.', 'talks', 'meeting', ['planned']],
    // occurred
    ['Negotiators from both sides held talks in Riyadh on Monday.', 'talks', 'meeting', ['occurred']],
    // called off after its noun phrase: no meeting
    ['The summit in Budapest was called off on Tuesday.', 'summit', 'meeting', []],
    // a prospect only, or one that did not happen: no meeting
    ['A meeting between the two presidents remains possible, an aide said.', 'meeting', 'meeting', []],
    ['The talks planned for Friday in Istanbul did not take place.', 'talks', 'meeting', []],
  ];
  for (const [body, head, type, statuses] of rows) {
    t.ok(rulesAt(body, head) > 1, `several rules at "${head}": ${body}`);
    t.same(statusesOf(body, type), statuses, body);
  }
});

t.test('two heads of one sentence are read apart', async (t) => {
  // the held talks occurred, the next round is planned
  const body = 'The two delegations held talks in Istanbul on Monday and agreed to hold more talks in Geneva next week.';
  t.same(statusesOf(body, 'meeting').sort(), ['occurred', 'planned']);
});
