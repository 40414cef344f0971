import t from 'tap';
import { runPipeline, EVENT_PIPELINE } from '../../../src/extract/events/pipeline.js';
import type { DateMention, DateReference } from '../../../src/extract/types.js';

const REF: DateReference = { instant: new Date('2025-07-04T12:00:00Z'), offsetMinutes: 0, fromIngestTime: false };

/** A date mention the date layer would report for `text` in `body`. */
function mention(body: string, text: string, fields: Partial<DateMention>): DateMention {
  const charStart = body.indexOf(text);
  if (charStart < 0) throw new Error(`"${text}" not in body`);
  return { kind: 'date', text, charStart, charEnd: charStart + text.length, value: null, span: null, certainty: 'relative', tense: 'past', ...fields };
}

function day(value: string, tense: DateMention['tense'] = 'past'): Partial<DateMention> {
  return { value, span: { startDate: value, endDate: value, precision: 'day' }, tense };
}

const events = (body: string, dates: DateMention[] = [], ref = REF) => runPipeline(body, ref, dates).events;

t.test('the stages are data, in order', async (t) => {
  t.same(
    EVENT_PIPELINE.map(([name]) => name),
    ['sentences', 'liveblog entries', 'countries', 'triggers', 'own dates', 'anchors', 'fallback dates', 'scenario', 'merge', 'nationwide', 'durations', 'finish'],
  );
});

t.test('an event takes the date expression of its own sentence', async (t) => {
  const body = 'Russian drones hit Kharkiv on Wednesday.';
  const [e] = events(body, [mention(body, 'Wednesday', day('2025-07-02'))]);
  t.match(e, { type: 'drone_strike', startDate: '2025-07-02', dateCertainty: 'relative', status: 'occurred' });
  t.equal(e.mention.dateText, 'Wednesday');
  t.equal(e.title, 'Drone strike on Kharkiv');
});

t.test('a date that belongs to another noun is not the event date', async (t) => {
  const body = 'Russian forces captured Milove, a village quiet since 2022.';
  const [e] = events(body, [mention(body, '2022', { value: '2022', span: { startDate: '2022-01-01', endDate: '2022-12-31', precision: 'year' }, boundary: 'since' })]);
  t.match(e, { type: 'territorial_capture', startDate: '2025-07-04', dateCertainty: 'inferred' });
});

t.test('a sentence without a date takes the last date of its paragraph, else the last one told before it (inferred)', async (t) => {
  const body = 'Shelling hit Kherson on Tuesday. Missiles also struck Odesa.\nRussia and Ukraine swapped 90 prisoners.';
  const [kherson, odesa, swap] = events(body, [mention(body, 'Tuesday', day('2025-07-01'))]);
  t.match(kherson, { type: 'shelling', startDate: '2025-07-01' });
  t.match(odesa, { type: 'missile_strike', startDate: '2025-07-01', dateCertainty: 'relative' });
  t.equal(odesa.mention.dateText, 'Tuesday');
  t.match(swap, { type: 'prisoner_exchange', startDate: '2025-07-01', dateCertainty: 'inferred' });
});

t.test('a strike story told on in the next paragraph keeps its date', async (t) => {
  const body = 'Russian missiles hit Kyiv overnight into Sunday.\n\nDrones also struck Zhytomyr.';
  const [, zhytomyr] = events(body, [mention(body, 'overnight into Sunday', day('2025-05-25'))]);
  t.match(zhytomyr, { type: 'drone_strike', startDate: '2025-05-25' });
});

t.test('anchors resolve against the event they name', async (t) => {
  const body = 'Trump and Putin held a phone call on Thursday. Hours after the call, Russian drones hit Kyiv.';
  const dates = [
    mention(body, 'Thursday', day('2025-07-03')),
    mention(body, 'Hours after the call', { kind: 'anchor', anchor: { phrase: 'the call', offsetDays: 0 } }),
  ];
  const result = runPipeline(body, REF, dates);
  const strike = result.events.find((e) => e.type === 'drone_strike')!;
  t.match(strike, { startDate: '2025-07-03', dateCertainty: 'relative' });
  t.ok(result.dates.some((d) => d.kind === 'anchor' && d.value === '2025-07-03'), 'the resolved anchor is reported as a date');
});

t.test('"three days earlier" counts back from the previous event', async (t) => {
  const body = 'Russia and Ukraine swapped 300 prisoners on Monday. Three days earlier, missiles hit Dnipro.';
  const dates = [
    mention(body, 'Monday', day('2025-06-30')),
    mention(body, 'Three days earlier', { kind: 'anchor', anchor: { phrase: '', offsetDays: -3 } }),
  ];
  const strike = events(body, dates).find((e) => e.type === 'missile_strike')!;
  t.equal(strike.startDate, '2025-06-27');
});

t.test('"X came two days after Y" dates Y back from X', async (t) => {
  const body = 'The two sides swapped 200 prisoners on Friday. The swap came two days after Russia fired missiles at Kharkiv.';
  const dates = [
    mention(body, 'Friday', day('2025-07-04')),
    mention(body, 'two days after Russia', { kind: 'anchor', anchor: { phrase: 'Russia', offsetDays: 2 } }),
  ];
  const strike = events(body, dates).find((e) => e.type === 'missile_strike')!;
  t.equal(strike.startDate, '2025-07-02');
});

t.test('a duration gives the end date, inclusive', async (t) => {
  const body = 'Putin agreed on Tuesday to halt attacks on energy sites for 30 days.';
  const dates = [
    mention(body, 'Tuesday', day('2025-03-18')),
    mention(body, 'for 30 days', { kind: 'duration', durationDays: 30 }),
  ];
  const [e] = events(body, dates);
  t.match(e, { type: 'ceasefire', startDate: '2025-03-18', endDate: '2025-04-16' });
});

t.test('"from May 8 to May 10" is one span', async (t) => {
  const body = 'The truce will run from May 8 to May 10 after Putin declared it.';
  const dates = [mention(body, 'May 8', day('2025-05-08', 'future')), mention(body, 'May 10', day('2025-05-10', 'future'))];
  const e = events(body, dates).find((x) => x.type === 'ceasefire');
  t.match(e, { type: 'ceasefire', startDate: '2025-05-08', endDate: '2025-05-10', status: 'planned' });
});

t.test('future expressions make plannable events planned; undated plans are dropped', async (t) => {
  const body = 'Zelenskyy will meet Trump on Monday. Macron hopes to meet Xi.';
  const found = events(body, [mention(body, 'Monday', day('2025-07-07', 'future'))]);
  t.equal(found.length, 1);
  t.match(found[0], { type: 'meeting', status: 'planned', startDate: '2025-07-07', title: 'Meeting between Volodymyr Zelenskyy and Donald Trump' });
});

t.test('relative dates of an article without publishedAt are inferred', async (t) => {
  const body = 'Russian drones hit Kharkiv on Wednesday.';
  const ref = { ...REF, fromIngestTime: true };
  const [e] = events(body, [mention(body, 'Wednesday', day('2025-07-02'))], ref);
  t.equal(e.dateCertainty, 'inferred');
});

t.test('the same event told twice is merged, with the dated sentence as its mention', async (t) => {
  const body =
    'The phone call was tense. Trump spoke with Putin by phone on Thursday, officials said. During the call, Putin repeated his demands.';
  const found = events(body, [mention(body, 'Thursday', day('2025-07-03'))]);
  const calls = found.filter((e) => e.type === 'phone_call');
  t.equal(calls.length, 1);
  t.equal(calls[0].startDate, '2025-07-03');
  t.match(calls[0].mention.quote, /on Thursday/);
  t.same(calls[0].actors.map((a) => a.name).sort(), ['Donald Trump', 'Vladimir Putin']);
  t.equal(calls[0].title, 'Phone call between Donald Trump and Vladimir Putin');
});

t.test('calls between different people stay apart; strikes on different places stay apart', async (t) => {
  const body = 'Trump spoke by phone with Putin. Trump later spoke by phone with Zelenskyy. Drones hit Kharkiv and Odesa.';
  const found = events(body);
  t.equal(found.filter((e) => e.type === 'phone_call').length, 2);
  t.same(found.filter((e) => e.type === 'drone_strike').map((e) => e.places[0].name), ['Kharkiv', 'Odesa']);
});

t.test('places follow their own clause and a locating region is not a second target', async (t) => {
  const body = 'Drones killed two people in Sumy, while missiles hit Dnipro. Shelling hit Nikopol, Dnipropetrovsk Oblast.';
  const found = events(body).map((e) => `${e.type}@${e.places.map((p) => p.name).join('+')}`);
  t.same(found, ['drone_strike@Sumy', 'missile_strike@Dnipro', 'shelling@Nikopol']);
});

t.test('confidence rises with date evidence and stays within 0..1', async (t) => {
  const body = 'Russian drones hit Kharkiv on Wednesday.';
  const [dated] = events(body, [mention(body, 'Wednesday', day('2025-07-02'))]);
  // An article with no date at all: the strike falls back to the publication day. (After a dated
  // sentence an undated strike takes that date, and the fitted model rates the two alike.)
  const [undated] = events('Russian drones hit Odesa.');
  t.ok(dated.confidence > undated.confidence);
  for (const e of [dated, undated]) t.ok(e.confidence > 0 && e.confidence < 1);
  t.equal(dated.mention.confidence, dated.confidence);
});

t.test('a nationwide count gives way to the city strikes the article names', async (t) => {
  const body = 'Russia fired 300 drones at Ukraine overnight into Sunday. Drones hit Kyiv and Zhytomyr.';
  const found = events(body, [mention(body, 'overnight into Sunday', day('2025-05-25'))]);
  t.same(found.map((e) => e.places[0].name), ['Kyiv', 'Zhytomyr']);
  t.ok(found.every((e) => e.startDate === '2025-05-25'));
});

t.test('"agreed to swap prisoners" is an agreement, not yet a swap', async (t) => {
  const body = 'Negotiators agreed on Friday to swap 1,000 prisoners each.';
  const found = events(body, [mention(body, 'Friday', day('2025-05-16'))]);
  t.same(found.map((e) => e.type), ['agreement']);
});

t.test('a reporting date does not date the reported plan', async (t) => {
  const body = 'Trump said on Friday that he would meet Putin in Anchorage on August 15.';
  const found = events(body, [mention(body, 'Friday', day('2025-08-08')), mention(body, 'August 15', day('2025-08-15', 'future'))]);
  t.match(found[0], { type: 'meeting', startDate: '2025-08-15', status: 'planned' });
});

t.test('"the strike came two days after X met Y" dates the meeting back from the strike', async (t) => {
  const body = 'Missiles struck Sumy on Sunday. The strike came two days after Witkoff met Putin in St Petersburg.';
  const found = events(body, [mention(body, 'Sunday', day('2025-04-13'))]);
  t.match(found.find((e) => e.type === 'meeting'), { startDate: '2025-04-11', places: [{ name: 'Saint Petersburg' }] });
});

t.test('two calls in one sentence are two events with their own dates and people', async (t) => {
  const body = 'Zelenskyy said he had a conversation with Trump on Friday, a day after Trump held a phone call with Putin on Thursday.';
  const calls = events(body, [mention(body, 'Friday', day('2025-07-04')), mention(body, 'Thursday', day('2025-07-03'))]).filter(
    (e) => e.type === 'phone_call',
  );
  t.same(
    calls.map((e) => `${e.startDate} ${e.title}`),
    ['2025-07-04 Phone call between Volodymyr Zelenskyy and Donald Trump', '2025-07-03 Phone call between Donald Trump and Vladimir Putin'],
  );
});

t.test('the dateline places a meeting, and a strike the lead tells without a place', async (t) => {
  const meeting = 'ISTANBUL — Russian and Ukrainian delegations held direct talks on Friday.';
  t.match(events(meeting, [mention(meeting, 'Friday', day('2025-07-04'))])[0], { type: 'meeting', places: [{ name: 'Istanbul' }] });
  const filed = 'JEDDAH, Saudi Arabia — U.S. and Ukrainian officials held talks on Tuesday.';
  t.match(events(filed, [mention(filed, 'Tuesday', day('2025-07-01'))])[0], { type: 'meeting', places: [{ name: 'Jeddah' }] });
  const strike = 'KHARKIV — Russian drones struck an apartment block early on Thursday, officials said.';
  t.match(events(strike, [mention(strike, 'Thursday', day('2025-07-03'))])[0], { type: 'drone_strike', places: [{ name: 'Kharkiv' }] });
  // a strike filed from abroad, a named target the gazetteer lacks, and a later paragraph are not placed by it
  const abroad = 'WASHINGTON — Russian drones struck an apartment block early on Thursday.';
  t.same(events(abroad, [mention(abroad, 'Thursday', day('2025-07-03'))]), []);
  const named = 'MOSCOW — Sea drones struck the Kerch Strait Bridge early on Monday.';
  t.same(events(named, [mention(named, 'Monday', day('2025-06-30'))]).filter((e) => e.places.some((p) => p.name === 'Moscow')), []);
  const later = 'KYIV — Officials gave an update.\n\nDrones struck an apartment block on Thursday.';
  t.same(events(later, [mention(later, 'Thursday', day('2025-07-03'))]), []);
  // a later sentence of the lead paragraph is still told from the dateline's city
  const lead = 'KHARKIV — The city is in mourning today. Twenty people died in Friday\'s missile attack on a residential area.';
  t.match(events(lead, [mention(lead, 'Friday', day('2025-07-04'))])[0], { type: 'missile_strike', places: [{ name: 'Kharkiv' }] });
  const leadAbroad = 'WASHINGTON — Officials gave an update. Drones struck an apartment block on Thursday.';
  t.same(events(leadAbroad, [mention(leadAbroad, 'Thursday', day('2025-07-03'))]), []);
});

t.test('a truce is dated from when it starts, not from the day it was ordered', async (t) => {
  const body = 'Putin ordered his forces on Thursday to observe a ceasefire from noon on Friday until midnight on Saturday.';
  const dates = [mention(body, 'Thursday', day('2025-07-03')), mention(body, 'Friday', day('2025-07-04', 'future')), mention(body, 'Saturday', day('2025-07-05', 'future'))];
  t.match(events(body, dates)[0], { type: 'ceasefire', startDate: '2025-07-04', endDate: '2025-07-05', status: 'planned' });
  const starting = 'Kyiv agreed on Monday to a truce starting Wednesday.';
  const startingDates = [mention(starting, 'Monday', day('2025-06-30')), mention(starting, 'Wednesday', day('2025-07-02'))];
  t.match(events(starting, startingDates)[0], { type: 'ceasefire', startDate: '2025-07-02' });
  // with no start named, the nearest date still dates it
  const plain = 'Both sides agreed to a truce on Monday, a week after talks began in Geneva on Friday.';
  t.match(events(plain, [mention(plain, 'Monday', day('2025-06-30')), mention(plain, 'Friday', day('2025-06-27'))])[0], { type: 'ceasefire', startDate: '2025-06-30' });
});

t.test('"before the meeting", "during the talks" take the date of that event', async (t) => {
  const body = 'Zelenskyy met Trump in Washington on Sunday. Trump spoke with Putin by phone before the meeting.';
  const [meeting, call] = events(body, [mention(body, 'Sunday', day('2025-06-29'))]);
  t.match(meeting, { type: 'meeting', startDate: '2025-06-29' });
  t.match(call, { type: 'phone_call', startDate: '2025-06-29', dateCertainty: 'relative', mention: { dateText: 'before the meeting' } });
  // a bare anchor is not a date expression of the text
  const ctx = runPipeline(body, REF, [mention(body, 'Sunday', day('2025-06-29'))]);
  t.notOk(ctx.dates.some((d) => d.text === 'before the meeting'));
  // "after the war" names no event of the story: the paragraph's date is not replaced by it
  const war = 'Trump spoke with Putin by phone after the war began.';
  t.match(events(war)[0], { type: 'phone_call', dateCertainty: 'inferred' });
});

t.test('a sentence after "from May 23 to May 25" is told of the whole range', async (t) => {
  const body = 'It was carried out in stages, from May 23 to May 25. On the first day 390 prisoners were returned to each side.';
  const dates = [mention(body, 'May 23', { ...day('2025-05-23'), certainty: 'explicit' }), mention(body, 'May 25', { ...day('2025-05-25'), certainty: 'explicit' })];
  t.match(events(body, dates, { ...REF, instant: new Date('2025-05-27T08:00:00Z') })[0], { type: 'prisoner_exchange', startDate: '2025-05-23', endDate: '2025-05-25' });
  // two dates not linked as a range: the later one is carried
  const apart = 'Talks began on May 23, and a deal came on May 25. On the same day 390 prisoners were returned to each side.';
  const apartDates = [mention(apart, 'May 23', { ...day('2025-05-23'), certainty: 'explicit' }), mention(apart, 'May 25', { ...day('2025-05-25'), certainty: 'explicit' })];
  t.match(events(apart, apartDates, { ...REF, instant: new Date('2025-05-27T08:00:00Z') }).find((e) => e.type === 'prisoner_exchange'), { startDate: '2025-05-25', endDate: '2025-05-25' });
});

t.test('a meeting takes the place nearest its trigger', async (t) => {
  const body = 'Zelenskyy flew on from Ankara to Istanbul, where talks with Russia were held in Dolmabahce Palace on Friday.';
  const [meeting] = events(body, [mention(body, 'Friday', day('2025-07-04'))]);
  t.match(meeting, { type: 'meeting' });
  t.not(meeting.places[0]?.name, 'Ankara');
});

t.test('an undated plural names a kind of event, not one', async (t) => {
  t.same(events('Previous rounds of talks produced only prisoner exchanges.').filter((e) => e.type === 'prisoner_exchange'), []);
  t.same(events('Truces have rarely lasted in this war.'), []);
  const dated = 'The two sides held two exchanges of prisoners on Tuesday.';
  t.match(events(dated, [mention(dated, 'Tuesday', day('2025-07-01'))]), [{ type: 'prisoner_exchange', startDate: '2025-07-01' }]);
  t.match(events('Russia and Ukraine exchanged 84 prisoners of war.'), [{ type: 'prisoner_exchange' }]);
});

t.test('a truce violated or running out is the truce told again, not a truce of that day', async (t) => {
  const body = 'Putin declared an Easter truce on Saturday. Both sides accused each other of violating the truce on Sunday.';
  const dates = [mention(body, 'Saturday', day('2025-06-28')), mention(body, 'Sunday', day('2025-06-29'))];
  t.match(events(body, dates).filter((e) => e.type === 'ceasefire'), [{ startDate: '2025-06-28' }]);
  const expired = 'The energy ceasefire expired on Wednesday, and Russia resumed strikes on power plants.';
  t.same(events(expired, [mention(expired, 'Wednesday', day('2025-07-02'))]).filter((e) => e.type === 'ceasefire'), []);
});

t.test('a wire dateline\'s date is the filing day, not the day of the events it reports', async (t) => {
  for (const lead of ['KHARKIV, May 26 (Example Wire) – ', 'KYIV/WASHINGTON, May 26 (Reuters) — ']) {
    const body = `${lead}Russian guided bombs hit a store in Kharkiv on Saturday, officials said.`;
    const [e] = events(body, [mention(body, 'May 26', day('2025-05-26')), mention(body, 'Saturday', day('2025-05-24'))]);
    t.match(e, { type: 'air_strike', startDate: '2025-05-24' }, lead);
  }
  // a date inside the sentence proper still dates it
  const body = 'Russian guided bombs hit a store in Kharkiv on May 26, officials said.';
  t.match(events(body, [mention(body, 'May 26', day('2025-05-26'))])[0], { startDate: '2025-05-26' });
});

t.test('two leaders who spoke by phone from a named city had a call, not a meeting', async (t) => {
  const bodies = ['Russia struck Kyiv on Thursday, hours after Trump and Putin spoke by phone.', 'In Kyiv, Zelenskyy and Macron talked by video link on Thursday.'];
  for (const body of bodies) {
    const types = events(body, [mention(body, 'Thursday', day('2025-07-03'))]).map((e) => e.type);
    t.ok(types.includes('phone_call') && !types.includes('meeting'), body);
  }
  const met = 'Zelenskyy and Macron spoke in Paris on Thursday.';
  t.ok(events(met, [mention(met, 'Thursday', day('2025-07-03'))]).some((e) => e.type === 'meeting'));
});

t.test('a place in a "since" clause is background, not a second place of the event', async (t) => {
  const body = 'Ukraine withdrew from Avdiivka on Saturday, its biggest loss since Russia took Bakhmut.';
  const found = events(body, [mention(body, 'Saturday', day('2025-07-05'))]);
  t.same(found.map((e) => e.places[0]?.name), ['Avdiivka']);
});

t.test('a truce "until" a day ends on that day', async (t) => {
  const bodies = [
    ['Putin declared a truce from 18:00 on Saturday until the end of Sunday.', 'Saturday', 'Sunday'],
    ['Russia said it would halt strikes on energy sites from Monday until Friday.', 'Monday', 'Friday'],
  ];
  for (const [body, from, to] of bodies) {
    const [e] = events(body, [mention(body, from, day('2025-07-05')), mention(body, to, day('2025-07-06'))]).filter((x) => x.type === 'ceasefire');
    t.match(e, { startDate: '2025-07-05', endDate: '2025-07-06' }, body);
  }
});

t.test('in dated notes, a second sentence under an explicit date is a separate event from an earlier one', async (t) => {
  const body =
    '2025-03-03: The United States paused military aid deliveries to Ukraine.\n\n2025-03-11: Delegations met in Jeddah. Washington lifted its pause on military aid.';
  const found = events(body, [
    mention(body, '2025-03-03', { ...day('2025-03-03'), certainty: 'explicit' }),
    mention(body, '2025-03-11', { ...day('2025-03-11'), certainty: 'explicit' }),
  ]).filter((e) => e.type === 'aid_decision');
  t.same(found.map((e) => e.startDate), ['2025-03-03', '2025-03-11']);
});

t.test('an event "hours" before an overnight attack happened the evening before; before a daytime one, the same day', async (t) => {
  const night = 'Russian drones hit Kyiv overnight into Friday, hours after Trump and Putin spoke by phone.';
  const call = events(night, [mention(night, 'overnight into Friday', day('2025-07-04'))]).find((e) => e.type === 'phone_call');
  t.match(call, { startDate: '2025-07-03' });
  const lastNight = 'Missiles struck Odesa last night, shortly after Zelenskyy and Macron spoke by phone.';
  t.match(events(lastNight, [mention(lastNight, 'last night', day('2025-07-04'))]).find((e) => e.type === 'phone_call'), { startDate: '2025-07-03' });
  const daytime = 'Russian drones hit Kyiv on Friday, hours after Trump and Putin spoke by phone.';
  t.match(events(daytime, [mention(daytime, 'on Friday', day('2025-07-04'))]).find((e) => e.type === 'phone_call'), { startDate: '2025-07-04' });
});

t.test('a date in a clause after the trigger\'s own dated clause belongs to that later clause', async (t) => {
  const body = 'Russia and Ukraine freed 390 people each on Friday in the first stage of the largest prisoner exchange of the war, agreed in Istanbul last week.';
  const found = events(body, [
    mention(body, 'on Friday', day('2025-07-04')),
    mention(body, 'last week', { value: '2025-W26', span: { startDate: '2025-06-23', endDate: '2025-06-29', precision: 'week' }, tense: 'past' }),
  ]).filter((e) => e.type === 'prisoner_exchange');
  t.same(found.map((e) => e.startDate), ['2025-07-04']);
  // a fronted date still dates the main clause
  const fronted = 'On Monday, the Kremlin declared a truce from Friday to Sunday.';
  const truce = events(fronted, [mention(fronted, 'On Monday', day('2025-06-30')), mention(fronted, 'Friday', day('2025-07-04', 'future')), mention(fronted, 'Sunday', day('2025-07-06', 'future'))]);
  t.ok(truce.some((e) => e.type === 'ceasefire'));
});

t.test('"the city" is the city the headline or the body names', async (t) => {
  const placesOf = (body: string, title?: string) =>
    runPipeline(body, REF, [], EVENT_PIPELINE, title).events.map((e) => `${e.type}@${e.places.map((p) => p.name).join('+')}`);
  t.same(placesOf('Russian artillery hit the city again, the regional administration said.', 'A year on, Kherson lives within range'), ['shelling@Kherson']);
  t.same(placesOf('Shells landed in Nikopol overnight. Artillery hit Nikopol again on Sunday. Russian artillery also hit the city of Dnipro.'), ['shelling@Nikopol', 'shelling@Dnipro']);
  t.same(placesOf('Ukrainian troops entered the city to cheering crowds.', 'Kherson celebrates'), ['territorial_capture@Kherson']);
  // with no city of the article's own, "the city" is the one the nearest sentence before it names, whatever the paragraph
  t.same(placesOf('Drones hit Sumy.\n\nArtillery hit the city again.'), ['drone_strike@Sumy', 'shelling@Sumy']);
  // ... and none when that sentence names two (which one?)
  t.same(placesOf('Drones hit Sumy.\n\nSirens sounded in Poltava and Kharkiv.\n\nArtillery hit the city again.'), ['drone_strike@Sumy']);
  // a named city in the sentence is the place; "the city" then refers to it
  t.same(placesOf('Missiles struck Dnipro, the city authorities said.', 'Kherson diary'), ['missile_strike@Dnipro']);
});

t.test('a place struck with no weapon named takes the weapon of the strike told before it', async (t) => {
  const placesOf = (body: string) => runPipeline(body, REF, []).events.map((e) => `${e.type}@${e.places.map((p) => p.name).join('+')}`);
  t.same(placesOf('Russia attacked Kyiv with drones and missiles overnight.\n\nOdesa was also hit overnight, the governor said.'), [
    'drone_strike@Kyiv',
    'missile_strike@Kyiv',
    'drone_strike@Odesa',
  ]);
  t.same(
    runPipeline('Russian artillery pounded Nikopol on Sunday. Marhanets was also hit, officials said.', REF, []).events.map((e) => e.type),
    ['shelling', 'shelling'],
  );
  // nothing told before: no weapon to give it
  t.same(placesOf('Odesa was also hit overnight, the governor said.'), []);
  // a weapon in its own sentence is the event
  t.same(placesOf('Russian drones hit Kyiv. Odesa was hit by missiles overnight.'), ['drone_strike@Kyiv', 'missile_strike@Odesa']);
});
