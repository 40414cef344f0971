/**
 * A liveblog's posts are stamped with a clock time ("23:50 BST", "22:15 EEST: ...", "11.50pm —"). Its newest post is
 * of the publication day; when the posts run across a midnight (a jump of the clock from a morning post back to an
 * evening one, newest first; or the other way, oldest first), the posts beyond it were told the day before: their
 * "today", "this evening", "tonight" and weekdays count from that day. Each row gives the span of every expression named.
 */
import { spanTable as table } from './span-table.js';

table("a post across a midnight is told on its own day", [
  {
    name: 'newest first, stamps on their own lines, published after midnight',
    text: '01:20 BST\nTrump said the talks had been productive.\n\n00:45 BST\nThe two leaders left the base.\n\n23:50 BST\nPutin and Trump met in Anchorage today, the Kremlin said.\n\n21:10 BST\nThe summit opened this evening.',
    publishedAt: '2025-08-16T01:30:00+01:00',
    expect: [['today', '2025-08-15'], ['this evening', '2025-08-15']],
  },
  {
    name: 'two posts only, a dash after the stamp: the evening post is later than the publication clock',
    text: 'Key events\n\n01:20 BST — Trump said the talks had been productive.\n\n23:50 BST — Putin and Trump met in Anchorage today.',
    publishedAt: '2025-08-16T01:30:00+01:00',
    expect: [['today', '2025-08-15']],
  },
  {
    name: 'colon stamps in another zone: the evening posts and their weekday',
    text: '00:35 EEST: Air raid alerts were lifted.\n\n22:15 EEST: The truce took effect this evening, the army said.\n\n18:05 EEST: Putin ordered a halt to fighting from 18:00 today.\n\n17:40 EEST: The Kremlin said on Saturday that a statement would follow.',
    publishedAt: '2025-04-20T00:40:00+03:00',
    expect: [['this evening', '2025-04-19'], ['today', '2025-04-19'], ['Saturday', '2025-04-19']],
  },
  {
    name: 'oldest first: the posts before the midnight are of the day before, the last of the publication day',
    text: '22:00 BST — The summit began this evening.\n\n23:30 BST — The leaders met for three hours today.\n\n00:40 BST — Trump left Anchorage.\n\n02:00 BST — Today Zelenskyy called Macron.',
    publishedAt: '2025-08-16T02:10:00+01:00',
    expect: [['this evening', '2025-08-15'], ['today', '2025-08-15'], ['Today', '2025-08-16']],
  },
  {
    name: 'twelve-hour stamps',
    text: '12.20am — Sirens sounded in Kyiv.\n\n11.50pm — Zelenskyy said tonight that air defences were working.\n\n10.15pm — The air force warned of drones this evening.',
    publishedAt: '2025-06-07T00:30:00+01:00',
    expect: [['tonight', '2025-06-06'], ['this evening', '2025-06-06']],
  },
]);

table('negative: posts of one day stay on the publication day', [
  {
    name: 'newest first within a day, a long gap between posts',
    text: '18:00 BST — Trump spoke to Zelenskyy today.\n\n09:15 BST — Lavrov said this morning the talks went well.\n\n07:30 BST — Sirens sounded overnight in Kyiv.',
    publishedAt: '2025-08-16T18:10:00+01:00',
    expect: [['today', '2025-08-16'], ['this morning', '2025-08-16'], ['overnight', '2025-08-16']],
  },
  {
    name: 'two posts, oldest first, both before the publication clock',
    text: '09:00 BST — Ministers met this morning.\n\n18:00 BST — The talks ended today without a deal.',
    publishedAt: '2025-08-16T19:00:00+01:00',
    expect: [['this morning', '2025-08-16'], ['today', '2025-08-16']],
  },
  {
    name: 'an update line is no post stamp',
    text: 'Updated at 01.20 BST\nPutin and Trump met in Anchorage today.',
    publishedAt: '2025-08-16T01:30:00+01:00',
    expect: [['today', '2025-08-16']],
  },
]);
