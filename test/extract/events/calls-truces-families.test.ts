/**
 * Killings, truces, calls and exchanges as writers nobody tuned on tell them (issue 3). Sentences written for these
 * tests, not copied from any corpus; published on Saturday 14 June 2025 unless a row says otherwise.
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import { PUBLISHED, table } from './families.js';

table('a named person shot dead, gunned down or killed by a bomb is a killing, whatever the name', [
  // wire, an apposition between the name and the killing
  ['Oleksiy Hrytsenko, a former district mayor, was shot dead outside his home in Poltava on Thursday.', ['assassination 2025-06-12 Poltava'], []],
  // no title, no apposition
  ['Serhii Melnyk was gunned down in Kherson on Wednesday.', ['assassination 2025-06-11 Kherson'], []],
  // a relative clause as the apposition
  ['Pavlo Dyachenko, who ran the regional recruitment office, was killed by a bomb planted under his car on Friday.', ['assassination 2025-06-13'], []],
  // a coder's log line: no verb of being, the field names the kind loosely
  ['2025-06-10 | Kharkiv | shooting | Ihor Danylenko, a local council deputy, shot dead at a bus stop', ['assassination 2025-06-10 Kharkiv'], []],
  // a rank by its abbreviation, the device by its initials
  ['Lt Gen Viktor Sokolenko was killed by an IED in Moscow on Tuesday.', ['assassination 2025-06-10 Moscow'], []],
  // an obituary's opening: the killing told in a relative clause on the name, the sentence about the life
  ['Mykola Tarasenko, who was shot dead in Chernivtsi on Thursday, had chaired the city council for a decade.', ['assassination 2025-06-12 Chernivtsi'], []],
  ['Ivan Sheremet, who was gunned down outside his office in Poltava on Wednesday, was buried on Saturday.', ['assassination 2025-06-11 Poltava'], []],
]);

table('people counted, or a named victim of a strike, are no targeted killing', [
  ['Two Ukrainians were shot dead at a checkpoint on Friday.', [], ['assassination 2025-06-13']],
  ['Several Russians were killed by a blast in Belgorod on Friday.', [], ['assassination 2025-06-13']],
  ['Viktor Hrebin was killed in a missile strike on Dnipro on Friday.', ['missile_strike 2025-06-13 Dnipro'], ['assassination 2025-06-13']],
  ['Maria Koval, 34, was killed by the blast when a drone hit her building in Kharkiv on Friday.', ['drone_strike 2025-06-13 Kharkiv'], ['assassination 2025-06-13']],
  // the relative clause tells a strike's victim, not a target
  ['Olena Bondar, who was killed in a missile strike on Odesa on Friday, was a nurse.', ['missile_strike 2025-06-13 Odesa'], ['assassination 2025-06-13']],
  ['Several Kharkiv residents, who were killed when a glide bomb hit a market on Friday, were buried on Saturday.', [], ['assassination 2025-06-13']],
]);

/** The article's events as "type start..end" lines, to check the days a truce's window covers. */
function spans(body: string): string[] {
  const { events } = extractArticle({ title: 'Test', body, publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) });
  return events.map((e) => `${e.type} ${e.startDate}..${e.endDate}`);
}

t.test("a truce's last day told by the clock that closes it", async (t) => {
  const rows: [string, string][] = [
    // "midnight at the end of" a day closes that day
    ['Russia declared a truce on 10 June, from 20:00 Moscow time on 10 June until midnight at the end of 11 June.', 'ceasefire 2025-06-10..2025-06-11'],
    // "00:00 on" a day is its first minute: the window's last day is the day before
    ['The three-day ceasefire took effect at 00:00 on 9 June and was to last until 00:00 on 12 June.', 'ceasefire 2025-06-09..2025-06-11'],
    ['Moscow declared a truce on Tuesday lasting until 00:00 on 11 June.', 'ceasefire 2025-06-10..2025-06-10'],
    // "midnight on" a day still closes that day
    ['Moscow declared a truce on Tuesday lasting until midnight on 11 June.', 'ceasefire 2025-06-10..2025-06-11'],
  ];
  for (const [body, want] of rows) t.ok(spans(body).includes(want), `${body}\n  has ${want} (got ${JSON.stringify(spans(body))})`);
});

t.test('a truce whose days its own dates tell keeps them when a length is told of it in another sentence', async (t) => {
  const body =
    'Moscow declared a truce on Tuesday from 6 p.m. until midnight on Wednesday. Kyiv said air raid alerts sounded after the truce began and proposed extending it for 30 days.';
  t.same(spans(body), ['ceasefire 2025-06-10..2025-06-11'], body);
});

table('what any truce is, and a count of such events, is no truce; one told by a length and a day still is', [
  // a length as the noun's modifier, then "is a"
  ['A 48-hour truce for a feast day is a gesture, not a settlement.', [], ['ceasefire 2025-06-14']],
  // an aside between commas before the verb of the definition
  ['A truce declared by one side alone, without monitors or maps, is a statement of intent.', [], ['ceasefire 2025-06-14']],
  // a count of such events
  ['More than one prisoner exchange has stalled at the last minute.', [], ['prisoner_exchange 2025-06-14']],
  // one truce, told with its day
  ['A 48-hour truce took effect at noon on Friday.', ['ceasefire 2025-06-13'], []],
  ['A three-day truce declared by Moscow, the Kremlin said, began on Friday.', ['ceasefire 2025-06-13'], []],
]);

table('a truce proposed, then accepted and ordered in the next sentence, was declared', [
  // a readout: the proposal, then the answer and the order
  ['Trump proposed that both sides refrain from strikes on ports for 14 days. Putin responded positively to this proposal and immediately gave the navy the order.', ['ceasefire 2025-06-14'], []],
  // the length between the verb and what is refrained from
  ['The envoy put forward a proposal for both armies to refrain, for 72 hours, from shelling the plant. Moscow reacted favourably to the idea and ordered its gunners to stand down.', ['ceasefire 2025-06-14'], []],
]);

table('a truce proposed and only accepted, studied, or answered in another paragraph stays an offer', [
  ['Washington proposed a 30-day ceasefire. Kyiv accepted the proposal.', [], ['ceasefire 2025-06-14']],
  ['Trump proposed that both sides refrain from strikes on ports for 14 days. Putin said he would study the idea.', [], ['ceasefire 2025-06-14']],
  ['Trump proposed that both sides refrain from strikes on ports for 14 days.\n\nPutin responded positively to this proposal and gave the order.', [], ['ceasefire 2025-06-14']],
  // refraining from something that is no fighting
  ['He refrained for two days from commenting on the strikes.', [], ['ceasefire 2025-06-13', 'ceasefire 2025-06-14']],
]);

table("a truce's or a swap's time told right after its noun is not the time of a call or meeting beside it", [
  // the call told by a saying dated Wednesday, the truce proposed "over Christmas"
  ['Orban said on Wednesday he had spoken to Putin by phone and had proposed a ceasefire over Christmas.', ['phone_call 2025-06-11'], ['phone_call 2025-12-25']],
  ['The leaders spoke by phone and discussed a ceasefire over Orthodox Christmas, the Kremlin said on Thursday.', ['phone_call 2025-06-12'], ['phone_call 2026-01-07']],
  ['Zelenskyy met Macron in Paris on Thursday and urged a prisoner exchange over the New Year.', ['meeting 2025-06-12 Paris'], []],
  // the truce's own time stays the truce's
  ['Russia on Thursday declared a ceasefire for 20 June.', ['ceasefire 2025-06-20'], []],
]);

table('both sides told before a call they had or held, no partner after it and no medium named, had a phone call', [
  ['Erdogan and Putin held a 40-minute call on Wednesday, the Kremlin said.', ['phone_call 2025-06-11'], []],
  ['The two presidents had a brief call on Thursday.', ['phone_call 2025-06-12'], []],
  ['On Friday Meloni and Zelenskyy had their second call this month.', ['phone_call 2025-06-13'], []],
  // an appeal, a near miss and a warning are no call
  ['Kyiv and Warsaw had a call for restraint on Tuesday.', [], ['phone_call 2025-06-10']],
  ['Ukraine and Moldova had a close call on Tuesday.', [], ['phone_call 2025-06-10']],
  ['Poland and the Baltic states had a wake-up call on Tuesday.', [], ['phone_call 2025-06-10']],
]);

table('calls held or had, plural, with the partners after them, are calls', [
  ['Erdogan held calls with Putin and Zelenskyy on Wednesday.', ['phone_call 2025-06-11'], []],
  ['The chancellor had calls with Macron, Meloni and Tusk on Thursday.', ['phone_call 2025-06-12'], []],
  // an appeal, and talks had again and again, are no call
  ['The minister held calls for calm on Tuesday.', [], ['phone_call 2025-06-10']],
  ['Macron has had conversations with Putin every few months since 2022.', [], ['phone_call 2025-06-14']],
]);

table("a leader called, rang or telephoned past the country's adjective and the office before the name had a call", [
  // the wire's full style: adjective, office, full name
  ['Scholz called Turkish President Recep Tayyip Erdogan on Thursday.', ['phone_call 2025-06-12'], []],
  ['Meloni rang Ukrainian President Volodymyr Zelenskyy on Wednesday.', ['phone_call 2025-06-11'], []],
  // the bare verb after "to", the call made during something else
  ['Macron left the dinner to telephone Russian President Vladimir Putin on Friday.', ['phone_call 2025-06-13'], []],
  ['The chancellor stepped out of the summit to phone British Prime Minister Keir Starmer on Tuesday.', ['phone_call 2025-06-10'], []],
  // a naming past the adjective and the office is still no call
  ['Tusk called Russian President Vladimir Putin a war criminal on Friday.', [], ['phone_call 2025-06-13']],
]);

table('two parties who spoke with no medium named had a call when the only place told belongs to a later clause', [
  // the summit they agreed on, a meeting floated, the talks it came after: other clauses' places
  ['Trump and Putin spoke on Thursday and agreed to hold a summit in Budapest.', ['phone_call 2025-06-12'], []],
  ['Macron and Putin talked for two hours on Thursday; a meeting in Geneva was floated.', ['phone_call 2025-06-12'], []],
  ['Erdogan and Zelenskyy spoke on Thursday, a day after talks in Istanbul.', ['phone_call 2025-06-12'], []],
  // a place in the talk's own clause, before or after the verb, is where they talked
  ['Trump and Putin talked for three hours in Anchorage on Thursday.', ['meeting 2025-06-12 Anchorage'], ['phone_call 2025-06-12']],
  ['In Anchorage, Trump and Putin talked for three hours on Thursday.', ['meeting 2025-06-12 Anchorage'], ['phone_call 2025-06-12']],
]);

t.test('a summit agreed on in a call, with its article between ("agreed to hold a summit"), is planned', async (t) => {
  const { events: got } = extractArticle({ title: 'Test', body: 'Trump and Putin spoke on Thursday and agreed to hold a summit in Budapest.', publishedAt: PUBLISHED }, { now: new Date(PUBLISHED) });
  t.same(got.filter((e) => e.type === 'meeting').map((e) => e.status), ['planned']);
});

table('leaders who joined others by video or by phone had a call with them', [
  ['European leaders joined Zelensky and Trump by video on Thursday.', ['phone_call 2025-06-12'], []],
  ['The chancellor, who had joined Macron and Starmer by phone on Tuesday, flew to Kyiv on Friday.', ['phone_call 2025-06-10'], []],
  ['Zelenskyy joined G7 leaders by video link on Wednesday.', ['phone_call 2025-06-11'], []],
  // joining a crowd, or an audience that may join, is no call
  ['Thousands joined the protest in Kyiv on Thursday.', [], ['phone_call 2025-06-12']],
  ['Viewers can join the briefing by video on Thursday.', [], ['phone_call 2025-06-12']],
]);

table('"the call on" a day dates the call told before: the "on" of an appeal is followed by whom it calls on, not by a day', [
  ['Macron spoke to Putin. The call on Thursday lasted two hours, the Elysee said.', ['phone_call 2025-06-12'], ['phone_call 2025-06-14']],
  ["Meloni spoke to Erdogan. The premier's call on Wednesday afternoon lasted about forty minutes.", ['phone_call 2025-06-11'], ['phone_call 2025-06-14']],
  ['Macron spoke to Putin. Reporters pressed him after the call on 12 June.', ['phone_call 2025-06-12'], ['phone_call 2025-06-14']],
  // an appeal dated by a day is still no call, and does not move the call told before
  ['Macron spoke to Putin on Tuesday. Zelenskyy renewed his call on Friday for more air defence.', ['phone_call 2025-06-10'], ['phone_call 2025-06-13']],
  ['Tusk repeated his call on Friday for tougher sanctions.', [], ['phone_call 2025-06-13']],
]);

table('one detainee set free, named after an occupation as wires write someone unknown, is a release', [
  ['Russia released the American teacher Olena Marchuk, held since 2022, on Tuesday.', ['prisoner_exchange 2025-06-10'], []],
  ['On Wednesday Minsk freed the opposition writer Pavel Hrynko, who had been in prison since 2021.', ['prisoner_exchange 2025-06-11'], []],
  // an occupation and a name with no one held is no release
  ['The ministry released a statement by teacher Olena Marchuk on Wednesday.', [], ['prisoner_exchange 2025-06-11']],
]);
