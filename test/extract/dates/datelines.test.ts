/**
 * Agency copy opens with a dateline ("KYIV, March 19 (Reuters) -"): the copy is told on that day. Its "today",
 * "overnight", "earlier in the day" and weekdays count from the dateline's day, which can differ from the
 * publication's calendar day (a paper out the next morning in another zone, a story filed late in the evening in
 * Washington and stamped after midnight UTC). Each row gives the span of every expression named, null when it
 * must not be read as a date.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';
import { spanTable as table } from './span-table.js';

table("a dateline's day is the copy's day", [
  {
    name: 'filed in Brussels, published the next morning in Tokyo: "today" is the dateline\'s',
    text: 'BRUSSELS, July 18 (Kyodo) -- European Union ambassadors approved the package today, diplomats said.',
    publishedAt: '2025-07-19T07:05:00+09:00',
    expect: [['July 18', '2025-07-18'], ['today', '2025-07-18']],
  },
  {
    name: 'filed in the Washington evening, stamped after midnight UTC: today, this evening, tomorrow',
    text: 'WASHINGTON, April 28 (Northstar) — The president said today he would speak with his Russian counterpart tomorrow.\n\nThe White House said this evening that no date had been set.',
    publishedAt: '2025-04-29T02:30:00Z',
    expect: [['April 28', '2025-04-28'], ['today', '2025-04-28'], ['tomorrow', '2025-04-29'], ['this evening', '2025-04-28']],
  },
  {
    name: 'a later paragraph\'s "earlier in the day", with no day told in it, is the dateline\'s day',
    text: 'WASHINGTON, April 28 — Officials met for three hours.\n\nEarlier in the day, the envoy had briefed senators.',
    publishedAt: '2025-04-29T03:10:00Z',
    expect: [['Earlier in the day', '2025-04-28']],
  },
  {
    name: 'a dateline ahead of the UTC day (Tokyo morning): the nearest such day, and its own weekday',
    text: 'TOKYO, July 19 (Kyodo) - Japan said on Saturday it would join the price cap.',
    publishedAt: '2025-07-18T23:30:00Z',
    expect: [['July 19', '2025-07-19'], ['Saturday', '2025-07-19']],
  },
  {
    name: 'two places, a day-month order, the year stated, an en dash: overnight and today',
    text: 'Kyiv/Lviv, 28 April 2025 (UNIAN) – Overnight, Russia launched 100 drones at Ukraine, the air force said today.',
    publishedAt: '2025-04-29T01:30:00Z',
    expect: [['28 April 2025', '2025-04-28'], ['Overnight', '2025-04-28'], ['today', '2025-04-28']],
  },
  {
    name: 'a place with its country, an abbreviated month',
    text: 'ODESA, Ukraine, Sept. 3 (AP) — A missile struck the port this morning, the governor said.',
    publishedAt: '2024-09-04T00:40:00Z',
    expect: [['this morning', '2024-09-03']],
  },
  {
    name: 'a byline line above the dateline',
    text: 'By Jane Doe\nMOSCOW, Dec 17 — The Kremlin said today that the general had been killed by a bomb.',
    publishedAt: '2024-12-18T01:00:00Z',
    expect: [['today', '2024-12-17']],
  },
]);

table('negative: what is no dateline leaves the publication day', [
  {
    name: 'a dateline without a day',
    text: 'WASHINGTON (Reuters) - The president said today he would speak with Putin.',
    publishedAt: '2025-04-29T02:30:00Z',
    expect: [['today', '2025-04-29']],
  },
  {
    name: 'a place and a date in running text, no dash',
    text: 'Kyiv, March 19, was quiet. Today the sirens sounded again.',
    publishedAt: '2025-03-21T09:00:00Z',
    expect: [['Today', '2025-03-21']],
  },
  {
    name: 'a dateline-like line far into the text',
    text: `${'The war went on through the spring. '.repeat(10)}\nKYIV, March 19 — A note from our correspondent: today the trains ran.`,
    publishedAt: '2025-03-21T09:00:00Z',
    expect: [['today', '2025-03-21']],
  },
  {
    name: 'a date opening the copy without a place: a timeline entry, not a dateline',
    text: 'March 19 — Russia and Ukraine swap 175 prisoners each.\n\nToday the sides met again.',
    publishedAt: '2025-03-21T09:00:00Z',
    expect: [['March 19', '2025-03-19'], ['Today', '2025-03-21']],
  },
]);

t.test("a month-day before a dash ends at its last figure: the dateline's text holds no space", async (t) => {
  for (const text of ['KYIV, March 19 (Reuters) - Russia and Ukraine swapped prisoners.', 'The swap – on June 9 – was the first.']) {
    const found = findDates(text, referenceOf('2025-06-20T09:00:00Z'))[0];
    t.equal(found.text, found.text.trim(), text);
    t.equal(text.slice(found.charStart, found.charEnd), found.text);
  }
});
