/**
 * Type families: the event types unseen writers break most (ceasefires, then calls, then meetings),
 * one table per phenomenon, with rows that must hold and rows that must not (written for these tests
 * in our own words, not copied from any corpus). Each event is read as "type start..end status".
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';

/** The article's events of `type` as "type start..end status" lines. */
function eventsOf(body: string, publishedAt: string, type: string): string[] {
  const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
  return events.filter((e) => e.type === type).map((e) => `${e.type} ${e.startDate}..${e.endDate} ${e.status}`);
}

/**
 * Rows of [publication instant, body, the events of the table's type it must give (exactly these, in
 * any order)]. An expected line without an end ("ceasefire 2025-06-13 occurred") takes any end.
 */
type Row = [string, string, string[]];

function fits(expected: string, got: string): boolean {
  const [type, days, status] = expected.split(' ');
  const [gotType, gotDays, gotStatus] = got.split(' ');
  const [start, end] = days.split('..');
  const [gotStart, gotEnd] = gotDays.split('..');
  return type === gotType && start === gotStart && (!end || end === gotEnd) && status === gotStatus;
}

function table(name: string, type: string, rows: Row[]): void {
  t.test(name, async (t) => {
    for (const [publishedAt, body, expected] of rows) {
      const got = eventsOf(body, publishedAt, type);
      const matched = got.length === expected.length && expected.every((line) => got.some((g) => fits(line, g)));
      t.ok(matched, `${body}\n  wants ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
  });
}

const SATURDAY = '2025-06-14T12:00:00Z';
const WEDNESDAY_30_APRIL = '2025-04-30T10:00:00Z';

table('a truce declared in the past for days still to come is dated forward, and planned', 'ceasefire', [
  [WEDNESDAY_30_APRIL, 'On Monday, Putin declared a truce for 8-10 May to mark Victory Day.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  [WEDNESDAY_30_APRIL, 'The Kremlin has announced a three-day truce beginning on May 8.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  [WEDNESDAY_30_APRIL, 'Moscow has declared a 72-hour ceasefire from 8 May.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  // a weekday window after a decision on Friday, told on Saturday: the coming Monday
  [SATURDAY, 'Ukraine and Russia agreed on Friday to a 30-day ceasefire starting on Monday.', ['ceasefire 2025-06-16..2025-07-15 planned']],
  // the same words once the days have passed stay in the past
  ['2025-05-12T09:00:00Z', 'Moscow declared a truce for 8-10 May, which Kyiv said was broken within hours.', ['ceasefire 2025-05-08..2025-05-10 occurred']],
  // the day of the declaring itself, before the verb, is not a window
  [WEDNESDAY_30_APRIL, 'On Monday the Kremlin declared a truce along the front.', ['ceasefire 2025-04-28 occurred']],
]);

table('two truces told with windows of their own are two truces, whatever their status', 'ceasefire', [
  [
    '2025-05-02T00:00:00Z',
    'On 19 April 2025, Putin announced an Easter truce from 18:00 that day until the end of 20 April.\n\nOn 28 April 2025, the Kremlin declared a 72-hour truce from 8 to 10 May.',
    ['ceasefire 2025-04-19..2025-04-20 occurred', 'ceasefire 2025-05-08..2025-05-10 planned'],
  ],
  // one truce announced on one day and scheduled for later days is one
  [
    WEDNESDAY_30_APRIL,
    'Putin declared a three-day truce on Monday, the Kremlin said.\n\nThe truce will run from the start of May 8 to the end of May 10.',
    ['ceasefire 2025-05-08..2025-05-10 planned'],
  ],
]);

table('the fighting halted, however it is named, is a truce', 'ceasefire', [
  ['2025-04-20T08:00:00Z', 'Putin said his forces would stop all combat operations from 6 p.m. Moscow time on Saturday until midnight on Sunday.', ['ceasefire 2025-04-19..2025-04-20 occurred']],
  [SATURDAY, 'Moscow will suspend offensive operations for three days from Monday, the Kremlin said in a statement on Friday.', ['ceasefire 2025-06-16..2025-06-18 planned']],
  [SATURDAY, 'Russian units were ordered to hold fire from 6 p.m. on Friday, the defence ministry said.', ['ceasefire 2025-06-13 occurred']],
  ['2025-05-02T10:00:00Z', 'Russia will hold its fire from May 8 through May 10, the Kremlin said.', ['ceasefire 2025-05-08..2025-05-10 planned']],
  [SATURDAY, 'A silence regime was introduced along the line of contact on Thursday, the ministry reported.', ['ceasefire 2025-06-12 occurred']],
  // an operation stopped by the other side is repelled; a fire held back or drilled is no truce
  [SATURDAY, 'Ukrainian troops stopped a Russian assault operation near Pokrovsk on Tuesday.', []],
  [SATURDAY, "Air defences halted the enemy's offensive operation on Friday, the brigade said.", []],
  [SATURDAY, 'Police held a fire safety drill in Kharkiv on Monday.', []],
  [SATURDAY, 'Firefighters held the fire back from the houses on Sunday.', []],
  [SATURDAY, 'The army will not stop military operations until the region is taken, Putin said on Tuesday.', []],
]);

table('a window said in the past to lie ahead ("said ... would") is the nearer days', 'ceasefire', [
  // told on the Monday after: the Saturday and Sunday just gone
  ['2025-04-21T08:00:00Z', 'The Kremlin said the truce would run from 18:00 on Saturday until midnight on Sunday.', ['ceasefire 2025-04-19..2025-04-20 occurred']],
  // told on the Thursday before: the coming weekend
  ['2025-04-17T08:00:00Z', 'The Kremlin said the truce would run from 18:00 on Saturday until midnight on Sunday.', ['ceasefire 2025-04-19..2025-04-20 planned']],
  // with no start, an end ahead stays ahead
  ['2025-06-16T08:00:00Z', 'Putin declared a truce on Sunday, and the Kremlin said it would last until Saturday.', ['ceasefire 2025-06-15..2025-06-21 occurred']],
]);

table("a truce is dated by its own clause, its start, or its fullest telling of its days", 'ceasefire', [
  // the date in the truce's relative or participle clause, not the outer verb's
  ['2025-04-20T08:00:00Z', 'Shelling went on overnight despite the Easter ceasefire that Putin announced on Saturday afternoon, officials said.', ['ceasefire 2025-04-19 occurred']],
  ['2025-03-25T08:00:00Z', 'Drones hit a substation in Kherson overnight, a week after the moratorium on energy strikes agreed on 18 March.', ['ceasefire 2025-03-18 occurred']],
  // a start told by when it takes effect or comes into force
  [SATURDAY, 'On Friday the two sides signed a ceasefire that takes effect on Monday and lasts 30 days.', ['ceasefire 2025-06-16..2025-07-15 planned']],
  [SATURDAY, 'The Kremlin announced on Thursday a truce that comes into force on Friday at noon.', ['ceasefire 2025-06-13 occurred']],
  // its end told in a relative clause, with its length
  ['2025-05-12T09:00:00Z', "Russia's 72-hour ceasefire, which ended on Saturday, was repeatedly violated, Ukraine said.", ['ceasefire 2025-05-08..2025-05-10 occurred']],
  // a later sentence with its window is the fuller telling of the same truce
  [
    '2025-05-09T12:00:00Z',
    'The unilateral ceasefire declared by Moscow for the holiday entered its second day on Friday.\n\nThe truce, which began at midnight on Thursday, is due to last until the end of Saturday, 10 May.',
    ['ceasefire 2025-05-08..2025-05-10 occurred'],
  ],
]);

table('a truce asked for, favoured as an idea, refused or set as a deadline is none', 'ceasefire', [
  [SATURDAY, 'The Pope appealed on Sunday for a Christmas ceasefire in Ukraine.', []],
  [SATURDAY, 'Aid groups pleaded on Friday for a truce to evacuate the wounded.', []],
  ['2025-03-13T09:00:00Z', 'Putin said on Thursday he supported a 30-day ceasefire in principle but listed conditions.', []],
  ['2025-05-11T09:00:00Z', 'Moscow turned down on Friday a 30-day ceasefire.', []],
  [SATURDAY, 'Kyiv rebuffed on Friday a Russian truce around the plant.', []],
  [SATURDAY, 'European leaders gave Putin until Monday to agree to a truce.', []],
  [SATURDAY, 'Kyiv says it accepted the 30-day ceasefire plan on 11 March and is still waiting for an answer.', []],
  // a truce backed once it is told by name, and one agreed, stand
  [SATURDAY, 'Washington on Friday backed the Easter truce that Moscow declared on Thursday.', ['ceasefire 2025-06-12 occurred']],
  [SATURDAY, 'On Thursday the two sides agreed to a truce along the river.', ['ceasefire 2025-06-12 occurred']],
]);

table('the fighting halted is a truce; a halt of something else is none', 'ceasefire', [
  [SATURDAY, 'Strikes on energy facilities were halted for 30 days from Tuesday under the deal.', ['ceasefire 2025-06-10..2025-07-09 occurred']],
  [SATURDAY, 'Russia agreed on Wednesday to stop attacks on the power grid.', ['ceasefire 2025-06-11 occurred']],
  [SATURDAY, 'Moscow says its troops are stopping the attack near Sudzha.', []],
  [SATURDAY, 'Oil flows were halted on Friday after drones hit a pumping station.', []],
]);

table('a call qualified between its article and its noun ("a productive call with") is a call', 'phone_call', [
  [SATURDAY, 'Zelenskyy said he had a "very good" call with Trump on Thursday.', ['phone_call 2025-06-12 occurred']],
  [SATURDAY, 'Macron held a long conversation with Putin on Friday, the Elysee said.', ['phone_call 2025-06-13 occurred']],
  [SATURDAY, 'In a frank call on Wednesday, Merz told Putin to end the war.', ['phone_call 2025-06-11 occurred']],
  // a new call for volunteers is an appeal, not a call with anyone
  [SATURDAY, 'The minister issued a new call for volunteers on Tuesday.', []],
  [SATURDAY, 'Putin told Trump by phone on Friday that Russia would not back down.', ['phone_call 2025-06-13 occurred']],
]);

t.test('a meeting lasts only what names it, not a truce told after it', async (t) => {
  const { events } = extractArticle(
    { title: 'Test', body: 'The leaders, meeting in Kyiv on Saturday, demanded that Russia agree to an unconditional 30-day ceasefire.', publishedAt: '2025-05-11T12:00:00Z' },
    { now: new Date('2025-05-11T12:00:00Z') },
  );
  const meeting = events.find((e) => e.type === 'meeting');
  t.equal(meeting?.endDate, '2025-05-10');
  const talks = extractArticle({ title: 'Test', body: 'On Tuesday the two leaders held talks lasting three days in Geneva.', publishedAt: SATURDAY }, { now: new Date(SATURDAY) });
  t.equal(talks.events.find((e) => e.type === 'meeting')?.endDate, '2025-06-12');
});

table("a readout or wire story is told on its dateline's day, which dates what it tells without a date of its own", 'phone_call', [
  ['2025-05-20T08:00:00Z', 'MOSCOW, May 19 — Vladimir Putin and Donald Trump held a telephone conversation, the Kremlin said.', ['phone_call 2025-05-19 occurred']],
  ['2025-05-20T08:00:00Z', 'KYIV, May 19 (Example Wire) – Zelenskyy spoke by phone with Donald Trump, his office said.', ['phone_call 2025-05-19 occurred']],
  // a date of its own still dates it; with no dateline, the publication day
  ['2025-05-20T08:00:00Z', 'MOSCOW, May 19 — Putin and Trump spoke by phone on Saturday, the Kremlin said.', ['phone_call 2025-05-17 occurred']],
  ['2025-05-20T08:00:00Z', 'Vladimir Putin and Donald Trump held a telephone conversation, the Kremlin said.', ['phone_call 2025-05-20 occurred']],
]);

table('a truce told with its own day and the day it ended runs from one to the other', 'ceasefire', [
  ['2025-04-21T09:00:00Z', "Putin's Easter truce, declared on Saturday, ended at midnight on Sunday.", ['ceasefire 2025-04-19..2025-04-20 occurred']],
  ['2025-04-21T09:00:00Z', 'The truce that began on Saturday evening ended on Sunday night, Kyiv said.', ['ceasefire 2025-04-19..2025-04-20 occurred']],
  // an end alone, of no known length, re-tells a truce told before: alone it is none
  ['2025-04-21T09:00:00Z', "Last month's energy truce lapsed on Friday.", []],
]);

table('a truce whose end is told in another sentence runs to that end', 'ceasefire', [
  ['2025-04-21T09:00:00Z', 'Putin declared an Easter truce on Saturday. The truce ended at midnight on Sunday, and fighting resumed.', ['ceasefire 2025-04-19..2025-04-20 occurred']],
  [
    '2025-04-21T09:00:00Z',
    'On Saturday afternoon Putin ordered his troops to observe an Easter ceasefire. Kyiv reported hundreds of violations before the ceasefire expired on Sunday night.',
    ['ceasefire 2025-04-19..2025-04-20 occurred'],
  ],
  // two truces: the end closes the later one that had begun by then
  [
    '2025-05-12T09:00:00Z',
    'Moscow declared an Easter truce on 19 April. It declared another truce on 8 May. That truce ended on Saturday.',
    ['ceasefire 2025-04-19..2025-04-19 occurred', 'ceasefire 2025-05-08..2025-05-10 occurred'],
  ],
]);

table('a truce of "a month-long" or "a week-long" pause lasts that long', 'ceasefire', [
  ['2025-03-21T09:00:00Z', 'On Tuesday Putin agreed to a month-long moratorium on strikes against energy facilities.', ['ceasefire 2025-03-18..2025-04-16 occurred']],
  [SATURDAY, 'Both sides agreed on Monday to a week-long truce around the dam.', ['ceasefire 2025-06-09..2025-06-15 occurred']],
]);

table('a sanction told by its measure, without the word: assets frozen, banks cut from SWIFT, dealings with Russia barred', 'sanctions', [
  [SATURDAY, 'On Friday the EU agreed to freeze the assets of Vladimir Putin and Sergei Lavrov.', ['sanctions 2025-06-13 occurred']],
  [SATURDAY, 'Canada said on Monday it had frozen the assets of 14 oligarchs.', ['sanctions 2025-06-09 occurred']],
  [SATURDAY, 'Ottawa on Thursday slapped travel bans and asset freezes on 20 Russian officials.', ['sanctions 2025-06-12 occurred']],
  [SATURDAY, 'On Saturday the United States and the EU announced that several Russian banks would be cut off from SWIFT.', ['sanctions 2025-06-14 planned']],
  [SATURDAY, 'On Monday OFAC prohibited U.S. persons from engaging in transactions with the Central Bank of Russia.', ['sanctions 2025-06-09 occurred']],
  [SATURDAY, 'Japan banned exports of semiconductors to Russia on Wednesday.', ['sanctions 2025-06-11 occurred']],
  [SATURDAY, 'A ban on imports of Russian steel took effect on Thursday.', ['sanctions 2025-06-12 occurred']],
  [SATURDAY, 'The EU imposed an embargo on Russian coal on Friday.', ['sanctions 2025-06-13 occurred']],
  // holdings described, years of measures tallied, a state's own rules, bans asked for, blocked or told as content
  [SATURDAY, 'The frozen assets of the central bank remain in Belgium, officials said on Tuesday.', []],
  [SATURDAY, 'Western governments have frozen the Russian central bank reserves, cut big banks from SWIFT and capped the price of oil.', []],
  [SATURDAY, "Moscow's six-month ban on gasoline exports, in force since the start of the month, tightened the market.", []],
  [SATURDAY, 'The city council banned fireworks on Wednesday.', []],
  [SATURDAY, 'Poland banned imports of Ukrainian grain on Monday.', []],
  [SATURDAY, 'Poland called on Tuesday for a ban on imports of Russian gas.', []],
  [SATURDAY, 'Hungary blocked a ban on Russian nuclear fuel imports on Thursday.', []],
  [SATURDAY, 'The ban on Russian oil imports has cost Moscow billions, analysts said on Monday.', []],
]);

table('both sides named before the noun, as headlines and tables write them ("Trump-Putin call"), is a call', 'phone_call', [
  [SATURDAY, 'Putin–Xi call lasts an hour on Friday, Kremlin says', ['phone_call 2025-06-13 occurred']],
  [SATURDAY, 'Merz-Trump call on Wednesday covers tariffs and Ukraine', ['phone_call 2025-06-11 occurred']],
  // an appeal, and a line's dash with spaces around it, join no pair
  [SATURDAY, 'The Trump-Putin call for calm went unheeded on Friday.', []],
]);

table('a meeting told by the pair, the table sat across, or the journey made to see someone', 'meeting', [
  [SATURDAY, 'Lavrov-Rubio talks in Riyadh on Tuesday end without a deal.', ['meeting 2025-06-10 occurred']],
  [SATURDAY, 'On Tuesday the two delegations sat across a table from each other in Vienna.', ['meeting 2025-06-10 occurred']],
  ['2025-03-03T18:30:00Z', 'Last Thursday I was in Washington to see President Trump.', ['meeting 2025-02-27 occurred']],
  [SATURDAY, 'We are waiting to see Putin’s answer, Zelenskyy said on Tuesday.', []],
  [SATURDAY, 'Voters went to the polls on Sunday to see Zelenskyy re-elected.', []],
  [SATURDAY, 'WEDNESDAY — The summit declaration called the path irreversible.', []],
]);

table('sanctions named by their day, measures against a target beside a listing, a numbered package that lists', 'sanctions', [
  ['2025-01-13T09:00:00Z', 'Brent rose on Monday as buyers scrambled for cargoes after Washington’s Friday sanctions on two oil majors.', ['sanctions 2025-01-10 occurred']],
  ['2025-01-13T09:00:00Z', 'Friday’s sanctions against Russian oil majors sent freight rates higher on Monday.', ['sanctions 2025-01-10 occurred']],
  [SATURDAY, 'Britain on Tuesday announced measures against 20 shadow-fleet tankers, a week after the EU listed 50.', ['sanctions 2025-06-10 occurred']],
  ['2025-01-13T09:00:00Z', 'Last month the EU’s 15th package added 52 more tankers to its list.', ['sanctions 2024-12-01..2024-12-31 occurred']],
  // air defence measures, and a numbered aid package, are no sanctions
  [SATURDAY, 'The army announced new measures against drones on Tuesday.', []],
  [SATURDAY, 'The 60th package of US military aid was announced on Friday.', []],
]);

table('a deal told as brokered or mediated, and a joint statement signed, are agreements; a deal that frames a swap is the swap', 'agreement', [
  [SATURDAY, 'On Friday the two sides accepted a deal brokered by Turkey to reopen the ports.', ['agreement 2025-06-13 occurred']],
  [SATURDAY, 'Xi and Putin signed a joint communique on Tuesday.', ['agreement 2025-06-10 occurred']],
  [SATURDAY, 'Turkey offered on Monday to broker a deal between the two sides.', []],
  [SATURDAY, 'Trump said on Monday he had brokered deals before and could do it again.', []],
  [SATURDAY, 'In a signed statement on Tuesday, the ministry denied the report.', []],
  [SATURDAY, 'On Thursday Russia and Ukraine exchanged 84 prisoners each in a deal mediated by Qatar.', []],
]);

table('the items of a list a verb of agreeing opens ("the sides agreed on:") are what was agreed, not exchanges done', 'prisoner_exchange', [
  [SATURDAY, 'After the round on Monday the negotiators reached agreement on:\n1) a swap of all sick and injured prisoners of war;\n2) the handover of the bodies of 2,000 fallen soldiers.', []],
  [SATURDAY, 'The two sides agreed on Tuesday:\n- to swap all prisoners under 25;\n- to return the bodies of the fallen.', []],
  [SATURDAY, 'The deal signed on Friday provides for:\n• a swap of 1,000 prisoners each,\n• a halt to strikes on energy sites.', []],
  // a list of what happened keeps its swap
  [SATURDAY, 'What happened on Monday:\n- Russia and Ukraine exchanged 390 prisoners;\n- drones hit Kharkiv.', ['prisoner_exchange 2025-06-09 occurred']],
  [SATURDAY, 'The sides agreed on Monday to meet again. Key points:\n- Russia and Ukraine exchanged 390 prisoners on Friday;\n- talks resume in July.', ['prisoner_exchange 2025-06-13 occurred']],
]);

table('an agreed list makes an agreement of the day its lead names', 'agreement', [
  [SATURDAY, 'After the round on Monday the negotiators reached agreement on:\n1) a swap of all sick and injured prisoners of war;\n2) the handover of the bodies of 2,000 fallen soldiers.', ['agreement 2025-06-09 occurred']],
  [SATURDAY, 'The two sides agreed on Tuesday:\n- to swap all prisoners under 25;\n- to return the bodies of the fallen.', ['agreement 2025-06-10 occurred']],
]);

table('a truce told again by the day it took effect ("The truce began at midnight on Thursday") is the one announced, dated by its start', 'ceasefire', [
  [SATURDAY, 'Russia announced on Monday a three-day truce for Victory Day. The truce began at midnight on Thursday.', ['ceasefire 2025-06-12..2025-06-14 occurred']],
  [SATURDAY, 'Putin declared a Christmas ceasefire on Tuesday. The ceasefire took effect at noon on Friday.', ['ceasefire 2025-06-13 occurred']],
  [SATURDAY, 'Moscow announced a unilateral ceasefire on Wednesday.\n\nThe ceasefire came into force on Thursday evening, officials said.', ['ceasefire 2025-06-12 occurred']],
  [SATURDAY, 'The sides agreed on Sunday to a truce around the plant. On Tuesday this truce went into effect.', ['ceasefire 2025-06-10 occurred']],
  // another truce, or one beginning weeks after the first was told, is a truce of its own
  [SATURDAY, 'A ceasefire took effect on Wednesday. Another truce began on Friday in the south.', ['ceasefire 2025-06-11 occurred', 'ceasefire 2025-06-13 occurred']],
  ['2025-05-14T12:00:00Z', 'Russia declared a ceasefire on 10 April. The truce began on 8 May.', ['ceasefire 2025-04-10 occurred', 'ceasefire 2025-05-08 occurred']],
]);

table('a truce\'s start in the timetable present ("comes into force on Friday") after a telling dated before it counts from that telling', 'ceasefire', [
  [SATURDAY, 'The Kremlin announced on Thursday a truce that comes into force on Friday at noon.', ['ceasefire 2025-06-13 occurred']],
  [SATURDAY, 'Moscow declared on Monday a ceasefire that takes effect on Wednesday.', ['ceasefire 2025-06-11 occurred']],
  // told on the story's day or with no earlier telling, the weekday still lies ahead
  ['2025-06-09T09:00:00Z', 'The Kremlin announced on Saturday a truce that comes into force on Wednesday.', ['ceasefire 2025-06-11 planned']],
  [SATURDAY, 'A truce comes into force on Monday, the Kremlin said.', ['ceasefire 2025-06-16 planned']],
]);

table('"fighters" in the plural are combatants, no aid given: the jets are "fighter jets" or named by their model', 'aid_decision', [
  [SATURDAY, "On Friday evening the Wagner chief accused the army of ordering a strike on his fighters' camps and announced a march of justice.", []],
  [SATURDAY, 'Kyiv announced on Monday that 40 fighters of the Azov regiment had been freed.', []],
  [SATURDAY, 'Chechen fighters were sent to the Kursk region on Tuesday, Kadyrov announced.', []],
  // the aircraft given stay aid
  [SATURDAY, 'Norway announced on Friday it would send six F-16 fighters to Ukraine.', ['aid_decision 2025-06-13 occurred']],
  [SATURDAY, 'The Netherlands pledged 18 fighter jets to Ukraine on Tuesday.', ['aid_decision 2025-06-10 occurred']],
]);

table('an infinitive right after the people to be traded ("enough prisoners to trade") tells what they are held for, not a swap', 'prisoner_exchange', [
  [SATURDAY, 'A lieutenant tells me they came for a buffer zone and for prisoners to exchange.', []],
  [SATURDAY, 'The arrangement rests on a grim bargain: each side keeps enough prisoners to trade.', []],
  [SATURDAY, 'Kyiv has collected hundreds of Russian soldiers to swap, officials said on Monday.', []],
  // a swap done, or settled, stays one
  [SATURDAY, 'Russia and Ukraine swapped 300 prisoners on Friday.', ['prisoner_exchange 2025-06-13 occurred']],
  [SATURDAY, 'Ukraine handed 90 soldiers to Russia on Tuesday in exchange for 90 of its own.', ['prisoner_exchange 2025-06-10 occurred']],
]);
