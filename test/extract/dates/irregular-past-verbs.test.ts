import t from 'tap';
import { tenseAt } from '../../../src/extract/dates/tense.js';
import { extractArticle } from '../../../src/extract/index.js';

/**
 * Irregular past forms mark a clause as past as the -ed forms do ("troops withdrew on 30 June", "a car bomb blew up on
 * Sunday"): a day named without its year in such a clause lies before the report, not after it. The present and the
 * future of the same verbs stay what they are.
 */
const at = (sentence: string, expression: string) => {
  const start = sentence.indexOf(expression);
  return tenseAt(sentence, start, start + expression.length);
};

t.test('an irregular past verb makes the clause past', async (t) => {
  const rows: Array<[string, string]> = [
    ['On 12 August the garrison withdrew from the town.', '12 August'],
    ['The brigade retook the village on Thursday.', 'Thursday'],
    ['A parked car blew up on Sunday near the ministry.', 'Sunday'],
    ['Ukrainian soldiers drove into the square on Friday.', 'Friday'],
    ['The government withheld the payment in March.', 'March'],
    ['Trump rang the Kremlin on Tuesday.', 'Tuesday'],
  ];
  for (const [sentence, expression] of rows) t.equal(at(sentence, expression), 'past', sentence);
});

t.test('the present and the future of those verbs are not past', async (t) => {
  const rows: Array<[string, string]> = [
    ['The garrison will withdraw on 12 August.', '12 August'],
    ['The brigade is expected to retake the village on Thursday.', 'Thursday'],
    ['Troops withdraw from the town on Monday, the plan says.', 'Monday'],
  ];
  for (const [sentence, expression] of rows) t.not(at(sentence, expression), 'past', sentence);
});

t.test('a capture told in the past with a day and no year is dated before the report', async (t) => {
  const events = extractArticle({ title: 'Year in review', body: 'On 30 June Russian forces withdrew from the island of Zmiinyi.', publishedAt: '2023-01-20T00:00:00Z' }).events;
  const capture = events.find((e) => e.type === 'territorial_capture');
  t.equal(capture?.startDate, '2022-06-30');
});
