import t from 'tap';
import { summaryFor, titleFor } from '../../../src/extract/events/describe.js';
import type { ExtractedActor, ExtractedPlace } from '../../../src/extract/types.js';

const person = (name: string): ExtractedActor => ({ name, kind: 'person' });
const country = (name: string): ExtractedActor => ({ name, kind: 'country' });
const place = (name: string): ExtractedPlace => ({ name, countryCode: 'UA', lat: 1, lon: 2 });

const cases: Array<[Parameters<typeof titleFor>, string]> = [
  [['phone_call', [person('Donald Trump'), country('Russia'), person('Vladimir Putin')], []], 'Phone call between Donald Trump and Vladimir Putin'],
  [['phone_call', [person('Donald Trump')], []], 'Phone call with Donald Trump'],
  [['phone_call', [], []], 'Phone call'],
  [['meeting', [person('A'), person('B'), person('C')], []], 'Meeting between A, B and C'],
  [['drone_strike', [country('Russia')], [place('Kyiv')]], 'Drone strike on Kyiv'],
  [['shelling', [], []], 'Shelling'],
  [['territorial_capture', [country('Russia')], [place('Milove')]], 'Russia captures Milove'],
  [['territorial_capture', [], [place('Milove')]], 'Capture of Milove'],
  [['territorial_capture', [], []], 'Territorial capture'],
  [['statement', [person('Vladimir Putin')], []], 'Statement by Vladimir Putin'],
  [['statement', [], []], 'Statement'],
  [['assassination', [], [place('Luhansk')]], 'Assassination in Luhansk'],
  [['ceasefire', [country('Russia'), country('Ukraine')], []], 'Ceasefire: Russia and Ukraine'],
  [['sanctions', [], [place('Kyiv')]], 'Sanctions in Kyiv'],
  [['sanctions', [], []], 'Sanctions'],
];

for (const [args, expected] of cases) {
  t.test(expected, async (t) => {
    t.equal(titleFor(...args), expected);
  });
}

t.test('summaries collapse whitespace and cut long quotes at a word', async (t) => {
  t.equal(summaryFor('  Drones   hit\nKyiv. '), 'Drones hit Kyiv.');
  const long = summaryFor('word '.repeat(100), 50);
  t.ok(long.length <= 50 && long.endsWith('…'));
});
