import t from 'tap';
import { isoWeekValue, makeDay, monthSpan, shiftMonth, localDay } from '../../../src/extract/dates/calendar.js';
import { tenseAt } from '../../../src/extract/dates/tense.js';
import { splitSentences } from '../../../src/extract/dates/sentences.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

t.test('ISO weeks use the week-numbering year', async (t) => {
  const cases: [string, string][] = [
    ['2025-07-07', '2025-W28'],
    ['2025-07-06', '2025-W27'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
  ];
  for (const [iso, week] of cases) t.equal(isoWeekValue(day(iso)), week, iso);
});

t.test('impossible days are not days', async (t) => {
  t.equal(makeDay(2025, 2, 30), null);
  t.equal(makeDay(2025, 13, 1), null);
  t.ok(makeDay(2024, 2, 29));
  t.equal(makeDay(2023, 2, 29), null);
});

t.test('month spans and month arithmetic', async (t) => {
  t.same(monthSpan(2024, 2), { startDate: '2024-02-01', endDate: '2024-02-29', precision: 'month' });
  t.same(monthSpan(2024, 12, 3), { startDate: '2024-12-01', endDate: '2025-02-28', precision: 'month' });
  t.same(shiftMonth(2025, 1, -1), { year: 2024, month: 12 });
  t.same(shiftMonth(2025, 12, 1), { year: 2026, month: 1 });
});

t.test('the publication day is on the publication clock', async (t) => {
  t.equal(localDay(new Date('2025-07-07T23:30:00Z'), 180).toISOString().slice(0, 10), '2025-07-08');
  t.equal(localDay(new Date('2025-07-07T02:00:00Z'), -300).toISOString().slice(0, 10), '2025-07-06');
});

t.test('tense from the clause around the expression', async (t) => {
  const at = (sentence: string, expression: string) => {
    const start = sentence.indexOf(expression);
    return tenseAt(sentence, start, start + expression.length);
  };
  t.equal(at('Drones struck the port on Saturday.', 'Saturday'), 'past');
  t.equal(at('The leaders will meet on Monday.', 'Monday'), 'future');
  t.equal(at('Talks are due to resume on Monday.', 'Monday'), 'future');
  t.equal(at('Flights were cancelled due to the storm on Monday.', 'Monday'), 'past');
  t.equal(at('The ministry plans to publish it on Monday.', 'Monday'), 'future');
  t.equal(at('The firm announced plans Friday to close plants.', 'Friday'), 'past');
  t.equal(at('The vote is to be held on Monday.', 'Monday'), 'future');
  t.equal(at('The hearing has been scheduled for June 3.', 'June 3'), 'future');
  t.equal(at('The army said on Friday it will withdraw on Monday.', 'Friday'), 'past');
  t.equal(at('The army said on Friday it will withdraw on Monday.', 'Monday'), 'future');
  t.equal(at('Markets are open on Monday.', 'Monday'), 'unknown');
  t.equal(at('The leaders meet on Monday in Geneva.', 'Monday'), 'future');
  t.equal(at('Analysts expect a cut at the end of March.', 'the end of March'), 'future', 'a past form after a determiner is a noun');
  t.equal(at('Forces cut the road on Monday.', 'Monday'), 'past');
  t.equal(at('The talks did not begin on Monday.', 'Monday'), 'past');
  t.equal(at("Biden made a surprise visit to Kyiv on Monday.", 'Monday'), 'past');
  t.equal(at('The Kremlin declared a truce from May 8 to May 10.', 'May 8'), 'unknown');
  t.equal(at('The president signed the bill on April 24.', 'April 24'), 'past');
  t.equal(at('The United Nations armed forces on Monday.', 'Monday'), 'unknown');
});

t.test('sentences', async (t) => {
  const text = 'Mr. Smith arrived. He left on Monday! "Why?" she asked.\nNext line';
  t.same(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['Mr. Smith arrived.', 'He left on Monday!', '"Why?" she asked.', 'Next line']);
});

t.test('sentences in tokenised newswire quotes (`` and \'\')', async (t) => {
  const text = "Markets fell on Monday. `` It was a rout,'' a trader said. He left.'' Then prices rose.";
  t.same(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['Markets fell on Monday.', "`` It was a rout,'' a trader said.", "He left.''", 'Then prices rose.']);
  const noSplit = "He said 'no.' and left.";
  t.same(splitSentences(noSplit).length, 1, 'a closing quote before a lowercase word does not end a sentence');
});

t.test('a single capital after & ends a name, not an initial', async (t) => {
  const text = 'Orders overwhelmed Apple and AT&T. Many buyers waited. John F. Kennedy spoke.';
  t.same(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['Orders overwhelmed Apple and AT&T.', 'Many buyers waited.', 'John F. Kennedy spoke.']);
});
