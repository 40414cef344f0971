import t from 'tap';
import { WRITING_TOLD, WRITING_VERB } from '../../../src/extract/dates/index.js';
import { splitSentences } from '../../../src/extract/dates/sentences.js';
import { devCorpusBodies } from '../../helpers/db.js';
import { cases } from './cases.js';
import { spanTable as table } from './span-table.js';

/**
 * findDates tests WRITING_VERB before WRITING_TOLD: a lead dating the text it quotes ("wrote this letter on 18 February")
 * must hold a verb of writing, and the cheap test must never pass over a sentence the full pattern reads as such a lead.
 */
t.test('every sentence WRITING_TOLD matches holds a verb of writing', async (t) => {
  const bodies = [...cases.map((c) => c.text), ...devCorpusBodies()];
  let sentences = 0;
  let skipped = 0;
  for (const body of bodies) {
    for (const s of splitSentences(body)) {
      const sentence = body.slice(s.start, s.end);
      sentences++;
      if (WRITING_VERB.test(sentence)) continue;
      skipped++;
      if (WRITING_TOLD.test(sentence)) t.fail(`WRITING_VERB passes over a lead: ${sentence}`);
    }
  }
  t.ok(skipped > sentences * 0.9, `${skipped} of ${sentences} sentences skip the full pattern`);
  // each verb of writing, in leads of our own, in either case
  const leads = [
    'She wrote these words to her brother on 2 May.',
    'The note was written on the eve of the evacuation.',
    'He SENT THIS MESSAGE from the bunker on Friday.',
    'The soldier posted the following entry on 9 April.',
    'A medic penned this letter in the spring of 2023.',
    'The commander typed these lines before dawn on 4 June.',
    'The pilot dictated this text to a nurse on Tuesday.',
    'The letter, dated 5 August, reached Lviv a month later.',
    'Her e-mail was sent at noon on Sunday.',
  ];
  for (const lead of leads) {
    t.ok(WRITING_TOLD.test(lead), `a lead: ${lead}`);
    t.ok(WRITING_VERB.test(lead), `a verb of writing: ${lead}`);
  }
  // sentences with no verb of writing: the full pattern is never run on them
  for (const line of ['Drones struck the depot on 3 June.', 'The talks resumed on Monday in Geneva.', 'A letter of protest arrived on Friday.']) {
    t.notOk(WRITING_VERB.test(line), line);
    t.notOk(WRITING_TOLD.test(line), line);
  }
});

table('a lead with each verb of writing dates the quotation after it', [
  {
    name: 'typed',
    text: 'The commander typed these lines on 4 June.\n\n"Yesterday the bridge held."',
    publishedAt: '2025-06-20T07:00:00Z',
    expect: [['Yesterday', '2025-06-03']],
  },
  {
    name: 'dictated',
    text: 'The pilot dictated this text to a nurse on 12 March.\n\n"Today the doctors let me sit up."',
    publishedAt: '2025-03-30T07:00:00Z',
    expect: [['Today', '2025-03-12']],
  },
  {
    name: 'a lead with no verb of writing leaves the quotation on the publication day',
    text: 'A letter of protest arrived on 12 March.\n\n"Today we are still waiting."',
    publishedAt: '2025-03-30T07:00:00Z',
    expect: [['Today', '2025-03-30']],
  },
]);
