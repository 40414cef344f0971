/** Date assignment and merging corner cases, with the date layer's mentions given by hand. */
import t from 'tap';
import { runPipeline } from '../../../src/extract/events/pipeline.js';
import type { DateMention, DateReference } from '../../../src/extract/types.js';

const REF: DateReference = { instant: new Date('2025-07-04T12:00:00Z'), offsetMinutes: 0, fromIngestTime: false };

function mention(body: string, text: string, fields: Partial<DateMention>): DateMention {
  const charStart = body.indexOf(text);
  if (charStart < 0) throw new Error(`"${text}" not in body`);
  return { kind: 'date', text, charStart, charEnd: charStart + text.length, value: null, span: null, certainty: 'relative', tense: 'past', ...fields };
}
const day = (value: string, tense: DateMention['tense'] = 'past'): Partial<DateMention> => ({
  value,
  span: { startDate: value, endDate: value, precision: 'day' },
  tense,
});
const events = (body: string, dates: DateMention[] = []) => runPipeline(body, REF, dates).events;

t.test('an anchor the date layer resolved is used as it is', async (t) => {
  const body = 'Russian drones hit Sumy a day after the talks.';
  const [e] = events(body, [mention(body, 'a day after the talks', { kind: 'anchor', ...day('2025-07-02'), anchor: { phrase: 'the talks', offsetDays: 1 } })]);
  t.match(e, { startDate: '2025-07-02', dateCertainty: 'relative' });
});

t.test('an anchor naming an event type counts from the latest such event told before', async (t) => {
  const body =
    'Negotiators held talks in Istanbul on Monday. Trump held a phone call with Putin on Wednesday. A day after the talks, Russian drones hit Odesa.';
  const dates = [
    mention(body, 'Monday', day('2025-06-30')),
    mention(body, 'Wednesday', day('2025-07-02')),
    mention(body, 'A day after the talks', { kind: 'anchor', anchor: { phrase: 'the talks', offsetDays: 1 } }),
  ];
  t.equal(events(body, dates).find((e) => e.type === 'drone_strike')!.startDate, '2025-07-01');
});

t.test('an anchor on something we cannot type is left to the fallback', async (t) => {
  const body = 'A day after the parade, Russian drones hit Odesa.';
  const [e] = events(body, [mention(body, 'A day after the parade', { kind: 'anchor', anchor: { phrase: 'the parade', offsetDays: 1 } })]);
  t.match(e, { startDate: '2025-07-04', dateCertainty: 'inferred' });
});

t.test('"three days earlier" with no earlier event counts from the last date given', async (t) => {
  const body = 'The report came out on Monday.\nThree days earlier, Russian missiles hit Dnipro.';
  const dates = [
    mention(body, 'Monday', day('2025-06-30')),
    mention(body, 'Three days earlier', { kind: 'anchor', anchor: { phrase: '', offsetDays: -3 } }),
  ];
  t.equal(events(body, dates)[0].startDate, '2025-06-27');
});

t.test('aftermath anchors in hours and weeks, and from the last date told', async (t) => {
  const hours = 'Russia and Ukraine swapped 90 prisoners on Friday. The swap came hours after Russian drones hit Kharkiv.';
  t.equal(events(hours, [mention(hours, 'Friday', day('2025-07-04'))]).find((e) => e.type === 'drone_strike')!.startDate, '2025-07-04');
  const weeks = 'The statement was issued on Friday. It came two weeks after Russian missiles hit Kharkiv.';
  t.equal(events(weeks, [mention(weeks, 'Friday', day('2025-07-04'))]).find((e) => e.type === 'missile_strike')!.startDate, '2025-06-20');
  const nothing = 'It came two weeks after Russian missiles hit Kharkiv.';
  t.equal(events(nothing)[0].dateCertainty, 'inferred', 'no base date: the fallback applies');
});

t.test('"for 30 days after the call" read as an anchor is a duration of the truce', async (t) => {
  const body = 'Putin agreed to halt attacks on energy sites for 30 days after the call.';
  const [e] = events(body, [mention(body, '30 days after the call', { kind: 'anchor', anchor: { phrase: 'the call', offsetDays: 30 } })]);
  t.match(e, { type: 'ceasefire', startDate: '2025-07-04', endDate: '2025-08-02' });
});

t.test('a duration does not stretch events that do not last ("a two-day visit" is not a long strike)', async (t) => {
  const body = 'Russian drones hit Odesa for two days.';
  const [e] = events(body, [mention(body, 'for two days', { kind: 'duration', durationDays: 2 })]);
  t.equal(e.endDate, e.startDate);
});

t.test('"since 2022" and "the 2022 invasion" do not date events', async (t) => {
  const year = { value: '2022', span: { startDate: '2022-01-01', endDate: '2022-12-31', precision: 'year' as const } };
  for (const body of ['Russian forces captured Milove, quiet since 2022.', 'Russian forces captured Milove, the 2022 invasion route.']) {
    const [e] = events(body, [mention(body, '2022', year)]);
    t.equal(e.startDate, '2025-07-04', body);
  }
});

t.test('a range ending before it starts is not a range', async (t) => {
  const body = 'The truce will run from May 10 to May 8 after it takes effect.';
  const [e] = events(body, [mention(body, 'May 10', day('2025-05-10', 'future')), mention(body, 'May 8', day('2025-05-08', 'future'))]);
  t.match(e, { startDate: '2025-05-10', endDate: '2025-05-10' });
});

t.test('threatened strikes are not planned events; planned calls are', async (t) => {
  const body = 'Russia will strike Kyiv on Sunday. Trump will hold a phone call with Putin on Monday.';
  const found = events(body, [mention(body, 'Sunday', day('2025-07-06', 'future')), mention(body, 'Monday', day('2025-07-07', 'future'))]);
  t.same(found.map((e) => `${e.type}/${e.status}`), ['phone_call/planned']);
});

t.test('a truce is dated by when it takes effect, not when it was announced', async (t) => {
  const body = 'Putin declared a truce on Monday. The truce will run from May 8 to May 10.';
  const dates = [mention(body, 'Monday', day('2025-04-28')), mention(body, 'May 8', day('2025-05-08', 'future')), mention(body, 'May 10', day('2025-05-10', 'future'))];
  const truces = events(body, dates).filter((e) => e.type === 'ceasefire');
  t.equal(truces.length, 1);
  t.match(truces[0], { startDate: '2025-05-08', endDate: '2025-05-10', status: 'planned' });
});

t.test('the same strike on two different days stays two events; an undated re-telling merges', async (t) => {
  const body = 'Russian drones hit Odesa on Monday. Russian drones hit Odesa on Wednesday. Drones hit Odesa again, officials said.';
  const dates = [mention(body, 'Monday', day('2025-06-30')), mention(body, 'Wednesday', day('2025-07-02'))];
  t.same(events(body, dates).map((e) => e.startDate), ['2025-06-30', '2025-07-02']);
});

t.test('a body sentence is quoted in preference to a headline', async (t) => {
  const body = 'Trump Holds Phone Call With Putin\nTrump held a phone call with Putin, the Kremlin said.';
  const [e] = events(body);
  t.match(e.mention.quote, /the Kremlin said/);
});

t.test('country-only strikes stand when the sentence dates them and no city is named', async (t) => {
  const body = 'Russian drones attacked Ukraine on Tuesday.';
  const [e] = events(body, [mention(body, 'Tuesday', day('2025-07-01'))]);
  t.match(e, { type: 'drone_strike', places: [{ name: 'Ukraine', countryCode: 'UA', lat: null }] });
  t.same(events('Fighting raged across Ukraine.'), [], 'fighting needs a place smaller than a country');
});

t.test('in-person talks are meetings; talking by phone is a call', async (t) => {
  t.same(events('Trump and Zelenskyy talked in Vatican City.').map((e) => e.type), ['meeting']);
  t.same(events('Trump and Zelenskyy talked face to face before the funeral.').map((e) => e.type), ['meeting']);
  t.same(events('Trump and Putin talked for two hours, aides said.').map((e) => e.type), ['phone_call']);
});

t.test('statements need a named speaker and a date of their own', async (t) => {
  const body = 'Putin warned the West on Monday. Officials warned of more strikes.';
  const found = events(body, [mention(body, 'Monday', day('2025-06-30'))]);
  t.same(found.map((e) => `${e.type} ${e.title}`), ['statement Statement by Vladimir Putin']);
});

t.test('a killing needs a place or a named victim', async (t) => {
  t.same(events('Someone was killed when a bomb exploded.'), []);
  t.same(events('Blogger Vladlen Tatarsky was killed when a bomb exploded in a cafe.').map((e) => e.type), ['assassination']);
});

t.test('"the capital" is the capital named last before it; "also" continues the story', async (t) => {
  const body =
    'Russia said Moscow was ready. Overnight into Tuesday, Russian drones hit Kyiv, setting parts of the capital ablaze.\n\nBy Wednesday morning rescuers were still working. Drones also struck Odesa.';
  const dates = [mention(body, 'Overnight into Tuesday', day('2025-06-17')), mention(body, 'Wednesday morning', day('2025-06-18'))];
  const found = events(body, dates);
  t.same(found.map((e) => `${e.places[0].name} ${e.startDate}`), ['Kyiv 2025-06-17', 'Odesa 2025-06-17']);
});
