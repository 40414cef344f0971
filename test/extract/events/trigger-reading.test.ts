/**
 * A sentence's tokens, trigger matches and head modalities are read once and kept with the sentence: findCandidates
 * reads a strike told before its weapon a second time, for the weapon of the next strike (triggersStage), and that
 * second reading must find what a fresh one would.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { runPipeline } from '../../../src/extract/events/pipeline.js';
import { tokenize } from '../../../src/extract/events/lexicon.js';
import { referenceFor } from '../../../src/extract/index.js';

const REF = referenceFor('2025-06-14T12:00:00Z');
const run = (body: string) => runPipeline(body, REF, findDates(body, REF));

t.test('each sentence keeps its tokens and matches, and a sentence read again for a weapon takes it', async (t) => {
  const bodies = [
    "The death toll from yesterday's strike on Sumy has risen to 30.\n\n12:10 – The defence ministry said on Saturday that its missiles had hit a gathering of officers in Sumy.",
    'Rescuers were still searching the rubble after the attack on Dnipro on Friday. Russian drones struck Dnipro again on Saturday night.',
    'The weather was mild. Nobody said anything about it.',
  ];
  const [toll] = run(bodies[0]).events.filter((e) => e.startDate === '2025-06-13');
  t.equal(toll?.type, 'missile_strike', 'the toll sentence read again takes the missiles of the strike told after it');
  for (const body of bodies) {
    const ctx = run(body);
    t.equal(ctx.readings.length, ctx.sentences.length);
    for (const [i, sentence] of ctx.sentences.entries()) {
      const kept = ctx.readings[i].triggers;
      if (!kept) {
        t.fail(`read once and kept: ${sentence.text}`);
        continue;
      }
      t.same(kept.tokens, tokenize(sentence.text), 'the tokens a fresh reading gives');
    }
  }
  const tollCtx = run(bodies[0]);
  const read = tollCtx.readings[0];
  t.ok(read.triggers!.matches.some((m) => m.rule.weaponFromContext), 'the toll sentence holds a trigger that takes its weapon from context');
  t.ok(read.modalities && read.modalities.size > 0, 'the modalities of its heads are kept for the second reading');
  t.same(run('The weather was mild.').readings[0].triggers?.matches, [], 'a sentence with no trigger word keeps no matches');
});
