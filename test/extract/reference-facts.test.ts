/**
 * The facts of the reference documents, told in our own words: the extractor must find each with
 * the right date. These sentences are written for this test; none is copied from a source.
 */
import t from 'tap';
import { extractArticle } from '../../src/extract/index.js';

t.test('the early-July call, the strikes after it, the Milove capture and the Luhansk killing', async (t) => {
  const body = [
    'Donald Trump and Vladimir Putin recently held a phone call, their sixth since January, and by Trump\'s own account it produced no progress.',
    'A few hours after the call, Russian drones attacked Kyiv, wounding more than a dozen people.',
    'Ukraine answered with a drone strike on a substation in the town of Sergiyev Posad.',
    'Russia also said its troops had captured the border village of Milove, which had seen little fighting until then.',
    'In occupied Luhansk, a former local official was killed in what investigators called an assassination.',
  ].join('\n\n');
  const { events } = extractArticle({ title: 'Call and aftermath', body, publishedAt: '2025-07-04T12:00:00Z' });
  const find = (type: string, place?: string) => events.find((e) => e.type === type && (!place || e.places.some((p) => p.name === place)));
  const call = find('phone_call');
  t.ok(call, 'the call is found');
  t.ok(call!.startDate >= '2025-06-27' && call!.startDate <= '2025-07-04');
  t.same(call!.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort(), ['Donald Trump', 'Vladimir Putin']);
  const kyiv = find('drone_strike', 'Kyiv');
  t.ok(kyiv, 'the strike on Kyiv is found');
  t.equal(kyiv!.startDate, call!.startDate, 'hours after the call: the same day');
  t.ok(find('drone_strike', 'Sergiyev Posad'), 'the strike on Sergiyev Posad is found');
  t.ok(find('territorial_capture', 'Milove'), 'the capture of Milove is found');
  t.ok(find('assassination', 'Luhansk'), 'the killing in Luhansk is found');
  t.notOk(find('drone_strike', 'Moscow'), 'no strike invented elsewhere');
});

t.test('the March call and the 30-day halt on energy strikes', async (t) => {
  const body =
    'After a telephone conversation with Trump that ran over two hours, Putin committed to halting attacks on Ukrainian power plants for a period of 30 days.\n\n' +
    'The limited pause fell well short of the full ceasefire Washington had sought.';
  const { events } = extractArticle({ title: 'Energy pause', body, publishedAt: '2025-03-18T22:00:00Z' });
  const call = events.find((e) => e.type === 'phone_call');
  t.match(call, { startDate: '2025-03-18' });
  const truce = events.filter((e) => e.type === 'ceasefire');
  t.equal(truce.length, 1, 'one ceasefire: the unmet demand for a full one is not an event');
  t.match(truce[0], { startDate: '2025-03-18', endDate: '2025-04-16' });
});

t.test('a call reported only in passing is still the call', async (t) => {
  const body =
    'The White House has held back some weapons deliveries to Kyiv. Against that background, Trump spoke with Putin by phone, and neither side published a readout.';
  const { events } = extractArticle({ title: 'Context', body, publishedAt: '2025-07-03T18:00:00Z' });
  t.match(events.find((e) => e.type === 'phone_call'), { startDate: '2025-07-03', title: 'Phone call between Donald Trump and Vladimir Putin' });
});
