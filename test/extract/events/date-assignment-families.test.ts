/**
 * Date-assignment families: which date expression an event takes (its own clause's, the sentence
 * before's, a dateline's...), one table per phenomenon with cases that must hold and cases that must
 * not (written for these tests in our own words, not copied from any corpus). Rows give "type date"
 * lines; the article is published on Saturday 14 June 2025 unless a row says otherwise.
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import { PUBLISHED } from './families.js';

/** Rows of [body, "type date" lines that must be among the events, lines that must not, publication time]. */
type Row = [string, string[], string[], string?];

function dated(body: string, publishedAt = PUBLISHED): string[] {
  const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
  return events.map((e) => `${e.type} ${e.startDate}`);
}

function table(name: string, rows: Row[]): void {
  t.test(name, async (t) => {
    for (const [body, present, absent, publishedAt] of rows) {
      const got = dated(body, publishedAt);
      for (const line of present) t.ok(got.includes(line), `${body}\n  has ${line} (got ${JSON.stringify(got)})`);
      for (const line of absent) t.notOk(got.includes(line), `${body}\n  lacks ${line} (got ${JSON.stringify(got)})`);
    }
  });
}

table('a headline-ese line opening with an acronym and a dash is no dateline: its own date dates it', [
  // (a digest's heading names another day: a line read as a dateline would take it)
  ['WEEKEND BRIEFING, SATURDAY\n\nEU agrees 20th sanctions package on Friday — oil price cap lowered again', ['sanctions 2025-06-13'], ['sanctions 2025-06-14']],
  ['What we are watching this Saturday\n\nUN says Russian artillery shelled Kherson on Sunday — four civilians dead', ['shelling 2025-06-08'], ['shelling 2025-06-14']],
  ['Headlines for Saturday\n\nUS and Ukraine sign minerals deal on Wednesday – Bessent hails historic pact', ['agreement 2025-06-11'], ['agreement 2025-06-14']],
  ['TODAY\'S TOP STORIES\n\nSBU drones hit Russian refinery in Saratov on Tuesday — governor confirms fire', ['drone_strike 2025-06-10'], ['drone_strike 2025-06-14']],
  // a place in capitals before the dash is a dateline still: its date is the filing day, not the event's
  ['KYIV, June 12 (Reuters) — Russian drones struck the capital on Wednesday, officials said.', ['drone_strike 2025-06-11'], ['drone_strike 2025-06-12']],
  ['MOSCOW/KYIV, June 13 — Missiles hit Kharkiv on Thursday, the mayor said.', ['missile_strike 2025-06-12'], ['missile_strike 2025-06-13']],
]);

table('an anniversary ("a year ago today", "two years ago this week", "to the day") is that day or week, units back', [
  ['A week ago today, Trump called Putin to discuss a ceasefire.', ['phone_call 2025-06-07'], ['phone_call 2025-06-14']],
  ['A year ago today, Russian forces captured Avdiivka after months of fighting.', ['territorial_capture 2024-02-17'], ['territorial_capture 2025-02-17'], '2025-02-17T08:00:00Z'],
  ['Two years ago to the day, a missile struck the drama theatre in the city of Kharkiv.', ['missile_strike 2023-06-14'], ['missile_strike 2025-06-14']],
  // a week's anniversary is that week: its Monday starts it
  ['Three years ago this week, Russian troops seized Sievierodonetsk.', ['territorial_capture 2022-06-13'], ['territorial_capture 2025-06-14']],
  // "ago" then a clause of its own: today is today
  ['The talks collapsed a year ago. Today, drones struck Odesa.', ['drone_strike 2025-06-14'], ['drone_strike 2024-06-14']],
]);

table('a day the sentence tells inside the week or month its event took narrows it', [
  ['This week the Americans and the Russians will meet in Riyadh, on Tuesday, officials say.', ['meeting 2025-02-18'], ['meeting 2025-02-17'], '2025-02-17T08:00:00Z'],
  ['This week, a year on, the two delegations are to sit down in Geneva, tomorrow, diplomats say.', ['meeting 2025-02-18'], ['meeting 2025-02-17'], '2025-02-17T08:00:00Z'],
  ['Next week Zelenskyy meets Trump at the White House, on Wednesday, according to Kyiv.', ['meeting 2025-06-18'], ['meeting 2025-06-16']],
  ['Next month, on 5 July, the two delegations will meet again in Istanbul.', ['meeting 2025-07-05'], []],
  // a day nearer another event of the sentence is that event's
  ['This week Russian missiles struck Kharkiv again and again, and on Tuesday drones hit Odesa.', ['drone_strike 2025-06-10', 'missile_strike 2025-06-09'], ['missile_strike 2025-06-10']],
  ['Earlier this month the EU adopted new sanctions; on the 3rd, drones hit Kyiv.', ['drone_strike 2025-06-03', 'sanctions 2025-06-01'], ['sanctions 2025-06-03']],
]);

table('consecutive days listed with one month are one stretch, from the first day to the last', [
  ['The prisoner exchange was made on the 23rd, 24th and 25th of May.', ['prisoner_exchange 2025-05-23'], ['prisoner_exchange 2025-05-25'], '2025-05-30T06:00:00Z'],
  ['Delegations held talks in Geneva on 12 and 13 June.', ['meeting 2025-06-12'], ['meeting 2025-06-13']],
  ['Talks were held on June 10 and 11 in Geneva.', ['meeting 2025-06-10'], ['meeting 2025-06-11']],
  // days apart are no stretch: the day next to the month stays what it was
  ['Russian drones hit Odesa on 3 and 9 June.', ['drone_strike 2025-06-09'], ['drone_strike 2025-06-03']],
]);

table('a day of the month told by its part of day, of a named month, or onwards from a day told before', [
  // "the morning of the 4th", after "the 26th of last month": the narrative goes forward into this month
  [
    'The convoy crossed the border on the 26th of last month. On the morning of the 4th, the volunteers drove through Kryvyi Rih. That evening a Russian missile hit a playground in the city.',
    ['missile_strike 2025-04-04'],
    ['missile_strike 2025-03-04', 'missile_strike 2025-04-09'],
    '2025-04-09T12:00:00Z',
  ],
  ['Russian drones hit Kharkiv on the night of the 11th, the mayor said.', ['drone_strike 2025-06-11'], ['drone_strike 2025-06-14']],
  ['Zelenskyy and Macron met in Paris on the 3rd of this month.', ['meeting 2025-06-03'], []],
  ['The two delegations met in Istanbul on the 28th of last month.', ['meeting 2025-05-28'], ['meeting 2025-06-14']],
  // a day before the month's told day, with no day told before it, stays in that month
  ['In May the offensive stalled. On the 4th, a missile hit Kharkiv.', ['missile_strike 2025-05-04'], ['missile_strike 2025-06-04']],
]);

table('a day and month in figures with its weekday in brackets is a date, the weekday settling year and order', [
  ['| 17.08 (Sun) | video call | Starmer, Macron, Merz and Zelenskyy | allies prepare for Washington |', ['phone_call 2025-08-17'], ['phone_call 2025-08-20'], '2025-08-20T09:00:00Z'],
  ['Schedule — 12.06 (Thu): Zelenskyy met Merz in Berlin.', ['meeting 2025-06-12'], ['meeting 2025-06-14']],
  // month first when the weekday says so: 6/10 is a Tuesday as 10 June, a Friday as 6 October
  ['6/10 (Tue.): Russian drones hit Odesa, the governor said.', ['drone_strike 2025-06-10'], ['drone_strike 2025-06-14']],
]);

table("a date in an object relative clause after the trigger is that clause's verb's, not the event's", [
  [
    'The exchange of prisoners, which both sides agreed at the talks in Istanbul on the 2nd of June, was carried out on the 10th, 11th and 12th of June.',
    ['prisoner_exchange 2025-06-10'],
    ['prisoner_exchange 2025-06-02'],
  ],
  ['New sanctions on the tanker fleet that the EU first targeted on 20 May were adopted by ministers on Thursday.', ['sanctions 2025-06-12'], ['sanctions 2025-05-20']],
  // a subject relative tells the event itself
  [
    'The judges listed the air strike on the Mariupol theatre on 16 March 2022 and the missile that struck the railway station in Kramatorsk on 8 April 2022.',
    ['missile_strike 2022-04-08', 'air_strike 2022-03-16'],
    [],
    '2025-07-09T12:00:00Z',
  ],
]);

table('a day "of the current year" is one day: "the following day" counts from it, not from the year', [
  ['On 12 March of the current year the commander visited the front. On the following day the town of Sudzha was liberated.', ['territorial_capture 2025-03-13'], ['territorial_capture 2025-01-02']],
  ['On 3 May of this year the delegations met in Istanbul. The next day, Russian drones hit Odesa.', ['drone_strike 2025-05-04', 'meeting 2025-05-03'], ['drone_strike 2025-01-02']],
  ['Missiles struck Kharkiv on 9 June of last year, the governor said.', ['missile_strike 2024-06-09'], ['missile_strike 2025-06-09']],
  // the year alone dates nothing by the day
  ['The current year has been hard. Russian drones hit Odesa on Tuesday.', ['drone_strike 2025-06-10'], ['drone_strike 2025-01-01']],
]);

table("a digest's clock-time lines are of the day its lead names, not of the publication day", [
  [
    'Here are the alerts we sent on Tuesday, 10 June, newest first.\n\n20:15 · A Russian missile hits a grain ship in Odesa port tonight.\n\n08:58 · Under way: Rubio and Yermak sit down for talks in Jeddah.',
    ['missile_strike 2025-06-10', 'meeting 2025-06-10'],
    ['missile_strike 2025-06-11', 'meeting 2025-06-11'],
    '2025-06-11T06:30:00Z',
  ],
  [
    'Yesterday, Friday 13 June, as it happened (Kyiv time).\n\n06:10 — Overnight, Ukrainian drones strike a refinery in Ryazan, the governor says.\n\n14:30 — Zelensky and Stubb meet in Kyiv.',
    ['drone_strike 2025-06-13', 'meeting 2025-06-13'],
    ['drone_strike 2025-06-14', 'meeting 2025-06-14'],
  ],
  // a lead about history leaves the lines on the publication day
  [
    'The port was first hit on 20 July 2023.\n\n09:40 — Russian drones struck Odesa port overnight, officials said.\n\n11:05 — Fires still burning at the port.',
    ['drone_strike 2025-06-14'],
    ['drone_strike 2023-07-20'],
  ],
]);

table('a weekday told with its week ("last week, on Wednesday") dates its event in that week', [
  ['Witkoff flew to Moscow last week, on Wednesday, and met Putin for three hours.', ['meeting 2025-06-04'], ['meeting 2025-06-11']],
  ['Russian missiles struck Kharkiv on Tuesday of last week, the governor said.', ['missile_strike 2025-06-03'], ['missile_strike 2025-06-10']],
  ['Last week Russia hit Odesa; on Thursday drones struck Kyiv.', ['drone_strike 2025-06-12'], ['drone_strike 2025-06-05']],
]);

table("a signed comment's events are of its signature's day; the signature dates none", [
  [
    'Missiles struck Sumy yesterday, in the late morning. — Ostap (talk) 09:20, 14 April 2025 (UTC)',
    ['missile_strike 2025-04-13'],
    ['missile_strike 2025-06-13', 'missile_strike 2025-04-14'],
  ],
  [
    'Zelensky met Erdogan in Ankara today, the page should say so. -- Kalyna, 15:22, November 19, 2025',
    ['meeting 2025-11-19'],
    ['meeting 2025-06-14'],
    '2025-12-02T10:00:00Z',
  ],
  // the signature is not the event's date: the truce is dated by the day the comment names
  [
    'Trump and Putin spoke on 18 March.\nPutin agreed to a 30-day halt on strikes against energy facilities in the call. — Mirwatch (talk) 10:20, 21 March 2025 (UTC)',
    ['ceasefire 2025-03-18'],
    ['ceasefire 2025-03-21'],
  ],
  // no clock time: a closing date after a dash is the story's
  ['Russian drones struck Odesa port — the navy reported it on 3 March 2025', ['drone_strike 2025-03-03'], []],
]);

table('a trip names a meeting as an anchor; a name after the anchor noun is the next clause\'s subject', [
  ['On 3 June the adviser travelled to Ankara and met Erdogan. Ten days after the Ankara trip Kellogg was in Doha for talks with Lavrov.', ['meeting 2025-06-13', 'meeting 2025-06-03'], []],
  ['Zelensky visited Washington on 2 June. Two days after the Washington trip Zelensky met Macron in Paris.', ['meeting 2025-06-04'], []],
  // the attack anchors the meeting, the name after it is the meeting's subject
  ['On 3 June Russian drones hit Kharkiv. A week after the attack Zelensky met Macron in Paris.', ['meeting 2025-06-10', 'drone_strike 2025-06-03'], ['meeting 2025-06-03']],
]);

table("a date decades before the story, beside one of the story's time, dates a clause of background, not the event", [
  ['Putin, who came to power in 1999, spoke with Trump by phone on Monday.', ['phone_call 2025-06-09'], ['phone_call 1999-01-01']],
  ['Lukashenko, who took office in 1994, met Putin in Minsk on Monday.', ['meeting 2025-06-09'], ['meeting 1994-01-01']],
  ['Russian drones struck a refinery built in 1978 in Kremenchuk on Monday.', ['drone_strike 2025-06-09'], ['drone_strike 1978-01-01']],
  ['Russian missiles hit a theatre that opened in 1965 in Odesa on Tuesday night.', ['missile_strike 2025-06-10'], ['missile_strike 1965-01-01']],
  // told alone, the old date is the event's, and history is no event of the timeline
  ['Serbian forces shelled Sarajevo in May 1992, an exhibition in the city recalls.', [], ['shelling 1992-05-01', 'shelling 2025-06-14']],
  ['Egypt and Israel agreed a truce in October 1973 after three weeks of war.', [], ['ceasefire 1973-10-01', 'ceasefire 2025-06-14']],
]);

table('a date alone in quotation marks is the expression cited, not the date of the event', [
  ['== 19 March ==\nThe list has "18 March" for the 175-for-175 prisoner exchange.', ['prisoner_exchange 2025-03-19'], ['prisoner_exchange 2025-03-18']],
  ['12 May\nA caption dated “10 May” shows Russian drones striking Kharkiv.', ['drone_strike 2025-05-12'], ['drone_strike 2025-05-10']],
  // a quotation holding more than the date is the source's own telling
  ['The mayor said: "Russian missiles struck Kharkiv on 9 June."', ['missile_strike 2025-06-09'], []],
  ['Drones hit Odesa on 9 June, a date the navy called "unforgettable".', ['drone_strike 2025-06-09'], []],
  // a relative day in quotation marks is the source's word for the event's day, counted from the story's
  ['Russian drones hit Sumy "yesterday", the mayor said.', ['drone_strike 2025-06-13'], ['drone_strike 2025-06-14']],
  ['The sides swapped prisoners «yesterday», the ombudsman wrote.', ['prisoner_exchange 2025-06-13'], ['prisoner_exchange 2025-06-14']],
  ['Missiles struck Dnipro “the day before yesterday”, officials said.', ['missile_strike 2025-06-12'], ['missile_strike 2025-06-14']],
]);

table('a log of timed entries oldest first: an entry timed earlier than the one below it is of the day before', [
  // under a day heading: the heading's day holds, the rising times move nothing
  [
    'MONDAY 9 JUNE\n08:18 — Missiles hit Kyiv this morning.\n13:40 — Drones struck Odesa today, the governor says.\n19:20 — Rescuers still at work in Odesa.',
    ['missile_strike 2025-06-09', 'drone_strike 2025-06-09'],
    ['drone_strike 2025-06-08', 'drone_strike 2025-06-07'],
    '2025-06-10T06:00:00Z',
  ],
  // no heading, across midnight: the last entries are of the publication day, the earlier ones of the day before
  [
    '08:18 — Missiles hit Kyiv this morning.\n\n13:40 — Drones struck Odesa today, the governor says.\n\n23:50 — Sirens in Kharkiv.\n\n01:10 — Drones hit Kharkiv overnight, the mayor says.',
    ['missile_strike 2025-06-09', 'drone_strike 2025-06-09', 'drone_strike 2025-06-10'],
    ['missile_strike 2025-06-08', 'drone_strike 2025-06-07'],
    '2025-06-10T06:00:00Z',
  ],
  // newest first as before: the entry timed later than the one above is of the day before
  [
    '01:10 — Drones hit Kharkiv overnight, the mayor says.\n\n23:50 — Russian missiles struck Odesa tonight.\n\n22:05 — Sirens across the south.',
    ['drone_strike 2025-06-10', 'missile_strike 2025-06-09'],
    ['missile_strike 2025-06-10'],
    '2025-06-10T06:00:00Z',
  ],
]);

table('a dotted date heading a log entry is no clock time', [
  [
    '28.07.2025 — Drones hit Odesa port overnight.\n\n31.07.2025 — Russian missiles struck Kyiv overnight; an apartment block collapsed.',
    ['drone_strike 2025-07-28', 'missile_strike 2025-07-31'],
    ['missile_strike 2025-07-28', 'missile_strike 2025-08-01'],
    '2025-08-01T00:00:00Z',
  ],
]);

table('"came N days after" counts back from the last day told, not from the first of a month or year told since', [
  // (the story's day is Wednesday; a month told after it, in a sentence of background, is no day to count from)
  ['Germany agreed on Wednesday to send tanks to Ukraine. Britain had pledged its own in early June. The decisions came two days after a meeting of defence ministers in Brussels.', ['meeting 2025-06-09'], ['meeting 2025-05-30']],
  ['Kyiv and Moscow swapped 300 prisoners on Thursday. Both sides had promised more exchanges in March. The news came a day after a phone call between Zelenskyy and Erdogan.', ['phone_call 2025-06-11'], ['phone_call 2025-02-28']],
  ['The Council adopted the package on Tuesday. Hungary had blocked it since the spring of 2024. The adoption came three days after talks between EU ambassadors in Brussels.', ['meeting 2025-06-07'], ['meeting 2024-02-27']],
  ['Drones struck Kharkiv on Monday night. The city was shelled almost daily in 2024. The attack came two days after a phone call between Trump and Putin.', ['phone_call 2025-06-07'], ['phone_call 2023-12-30']],
  // a day told last is counted from as before
  ['Russia and Ukraine swapped 84 prisoners each on 3 June. The swap came a day after talks in Istanbul.', ['meeting 2025-06-02'], []],
]);

table('an event introduced by a count of days ("two days after a video call") in a sentence with no day of its own lies that many days from the day the sentence is told on', [
  ['Zelenskyy flew to Washington today. He arrived two days after a phone call with Trump.', ['phone_call 2025-06-12'], ['phone_call 2025-06-14']],
  ['The leaders met in Geneva for three hours. The summit came four days after a video call between Macron and Putin.', ['phone_call 2025-06-10', 'meeting 2025-06-14'], ['phone_call 2025-06-14']],
  ['Merz and Starmer held talks in London this morning, three days before a summit of EU leaders.', [], ['meeting 2025-06-11']],
  // a definite phrase points back to the event told before, on its own day
  ['Trump called Putin on Tuesday. Witkoff flew to Moscow two days after that call.', ['phone_call 2025-06-10'], ['phone_call 2025-06-08']],
  ['Trump spoke to Putin by phone on Tuesday. Two days after the call, drones hit Kyiv.', ['phone_call 2025-06-10', 'drone_strike 2025-06-12'], ['phone_call 2025-06-08']],
]);

table('a summit told as a later day of itself ("the second day of the summit opened") began that many days before; a meeting of two on its sidelines stays apart', [
  ['11:20 — The third day of the summit opened in Vilnius this morning.', ['meeting 2025-06-12'], ['meeting 2025-06-14']],
  [
    '15:10 — Macron and Modi met for an hour on the sidelines of the summit this afternoon.\n\n09:30 — The second day of the summit opened at the congress centre.',
    ['meeting 2025-06-14', 'meeting 2025-06-13'],
    [],
  ],
  // a later day that is not the meeting's own trigger's, or no later day, moves nothing
  ['Putin met Xi in Beijing on Friday, the second day of his visit.', ['meeting 2025-06-13'], ['meeting 2025-06-12']],
  ['The summit opened in Vilnius on Friday.', ['meeting 2025-06-13'], ['meeting 2025-06-12']],
]);

table('a truce is dated by the day its own verb of starting names, after it, not by the day it was declared', [
  ['The ceasefire was announced on Monday and is due to start at noon on Wednesday.', ['ceasefire 2025-06-11'], ['ceasefire 2025-06-09'], '2025-06-10T09:00:00Z'],
  ['Moscow declared a truce on Monday that will begin at midnight on Wednesday.', ['ceasefire 2025-06-11'], ['ceasefire 2025-06-09'], '2025-06-10T09:00:00Z'],
  ['A ceasefire agreed on Sunday comes into effect on Wednesday, mediators said.', ['ceasefire 2025-06-11'], ['ceasefire 2025-06-08', 'ceasefire 2025-06-04'], '2025-06-10T09:00:00Z'],
  ['The 30-day ceasefire announced on 6 June began on 9 June.', ['ceasefire 2025-06-09'], ['ceasefire 2025-06-06'], '2025-06-10T09:00:00Z'],
  ['Both sides agreed on Sunday to a local truce around the dam that started on Monday at dawn.', ['ceasefire 2025-06-09'], ['ceasefire 2025-06-08'], '2025-06-10T09:00:00Z'],
  // a start told before the truce, or after a clause of another time, is another thing's
  ['Shelling began again on Monday despite the truce Moscow declared on Saturday.', [], ['ceasefire 2025-06-09'], '2025-06-10T09:00:00Z'],
  ['The truce declared on Saturday collapsed after fighting started on Monday.', [], ['ceasefire 2025-06-09'], '2025-06-10T09:00:00Z'],
]);

table('"said on Friday he had had a call two days earlier": a past perfect of an irregular participle is told before the saying, counted back from it', [
  ['Zelenskyy said on Friday he had had a good call with Trump two days earlier.', ['phone_call 2025-06-11'], ['phone_call 2025-06-13']],
  ['The Kremlin said on Friday that Putin had had a long phone conversation with Erdogan the day before.', ['phone_call 2025-06-12'], ['phone_call 2025-06-13']],
  ['Macron told reporters on Thursday he had had a "frank" call with Putin two days earlier.', ['phone_call 2025-06-10'], ['phone_call 2025-06-12']],
  // a simple past told on the day of the saying stays on it
  ['Zelenskyy said on Friday he had a good call with Trump.', ['phone_call 2025-06-13'], []],
]);

table('an anchor event with its own day ("the call ..., which took place on Monday", "the summit in Anchorage, Alaska, on Friday"): the day is the anchor event\'s, the clause counts from it', [
  ['The leaders spoke by telephone on the eve of the summit, which opened in Vilnius on Tuesday.', ['phone_call 2025-06-09', 'meeting 2025-06-10'], ['phone_call 2025-06-10', 'meeting 2025-06-11']],
  ['Russia and Ukraine swapped prisoners two days after the call between Trump and Putin, which took place on Monday.', ['prisoner_exchange 2025-06-11', 'phone_call 2025-06-09'], ['prisoner_exchange 2025-06-09', 'phone_call 2025-06-07']],
  ['Drones hit Odesa a day before the talks, which took place in Istanbul on Friday.', ['drone_strike 2025-06-12'], ['drone_strike 2025-06-13']],
  ['Missiles struck Dnipro two days after the talks between the delegations, held in Riyadh on Tuesday.', ['missile_strike 2025-06-12'], ['missile_strike 2025-06-10']],
  // a place with its region before the day, set off after the main clause
  ['Zelenskyy met Macron in Paris on Monday, three days after Trump\'s summit with Putin in Anchorage, Alaska, on Friday.', ['meeting 2025-06-16', 'meeting 2025-06-13'], [], '2025-06-17T09:00:00Z'],
  ['Drones hit Sumy on Wednesday, a day after the meeting of ministers in Rome, Italy, on Tuesday.', ['drone_strike 2025-06-11', 'meeting 2025-06-10'], ['meeting 2025-06-09']],
  // with no clause restating it, a day after the phrase in one run of words is still the sentence's
  ['Missiles struck Kharkiv hours after the meeting in Jeddah on Tuesday.', ['missile_strike 2025-06-10', 'meeting 2025-06-10'], []],
]);

table('a date inside a relative clause set off by commas before the trigger is that clause\'s, not the main clause\'s', [
  ['Ukraine, which lost Avdiivka in February 2024, retook the village of Robotyne on Tuesday.', ['territorial_capture 2025-06-10'], ['territorial_capture 2024-02-01']],
  ['Russia, which annexed Crimea in 2014, signed a new security pact with Belarus on Friday.', ['agreement 2025-06-13'], ['agreement 2014-01-01']],
  ['Erdogan, who hosted the first round of talks on 16 May, spoke to Putin by phone on Wednesday.', ['phone_call 2025-06-11'], ['phone_call 2025-05-16']],
  ['The port of Odesa, whose grain terminals were hit in July 2023, was struck by drones again overnight.', ['drone_strike 2025-06-14'], ['drone_strike 2023-07-01']],
  // the clause's own event keeps its date; a clause of being somewhere gives the main clause its time
  ['Zelenskyy, who met Macron in Paris on Monday, flew to Berlin on Tuesday.', ['meeting 2025-06-09'], ['meeting 2025-06-10']],
  ['Zelenskyy, who was in Brussels on Thursday, spoke to Trump by phone.', ['phone_call 2025-06-12'], []],
  ['Russian troops, who had crossed the border on Monday, captured the village of Zhuravka on Wednesday.', ['territorial_capture 2025-06-11'], ['territorial_capture 2025-06-09']],
]);

table('a list of day-month dates dates one event per day, each with its own month', [
  ['Residents lived through the waves of 31 October, 15 November and 23 November, when missiles hit Kyiv and the lights went out.', ['missile_strike 2024-10-31', 'missile_strike 2024-11-15', 'missile_strike 2024-11-23'], ['missile_strike 2024-10-15']],
  ['The strikes of 12 March, 14 April and 1 May, when drones hit Odesa port, closed the terminal.', ['drone_strike 2025-03-12', 'drone_strike 2025-04-14', 'drone_strike 2025-05-01'], ['drone_strike 2025-03-14']],
]);

table('a bare "N days earlier" told of an event of a kind told before counts back from that event, not from the last thing told', [
  ['Two ballistic missiles struck Sumy on Sunday, killing 35 people. Zelenskyy met Macron in Paris on Tuesday. The footage was first filmed after the Kryvyi Rih attack nine days earlier, when a missile killed 20 people.', ['missile_strike 2025-04-04'], ['missile_strike 2025-04-06'], '2025-04-16T11:00:00Z'],
  ['Russian drones hit Odesa on Monday. On Wednesday, Zelenskyy spoke to Trump by phone. Three days earlier, drones had struck the port of Izmail.', ['drone_strike 2025-06-06'], ['drone_strike 2025-06-08']],
  ['Ukraine and Russia exchanged 84 prisoners on Thursday. Erdogan met Putin in Sochi on Friday. A week earlier the two sides had swapped 150 soldiers each.', ['prisoner_exchange 2025-06-05'], ['prisoner_exchange 2025-06-06']],
  // a step forward follows the story as told, from the last day
  ['Drones hit Kyiv on Monday. Talks were held in Riyadh on Wednesday. Two days later, drones hit Odesa.', ['drone_strike 2025-06-13'], ['drone_strike 2025-06-11']],
]);

table('a count of days in a participle after the event ("a deal signed in Geneva the day before") counts from the main clause\'s day', [
  ['Both armies halted fire on Wednesday under a deal signed in Geneva the day before.', ['agreement 2025-06-10', 'ceasefire 2025-06-11'], ['agreement 2025-06-11']],
  ['Prisoners were exchanged on Friday under an agreement reached two days earlier in Istanbul.', ['agreement 2025-06-11', 'prisoner_exchange 2025-06-13'], ['agreement 2025-06-13']],
  ['Kyiv resumed grain shipments on Monday under a deal signed a week earlier in Ankara.', ['agreement 2025-06-02'], ['agreement 2025-06-09']],
  ['The swap on Saturday followed talks held in Abu Dhabi three days earlier.', ['meeting 2025-06-11'], ['meeting 2025-06-14']],
  // a count that is a length, or a date of its own after the noun, leaves it alone
  ['Both sides observed a truce on Wednesday under a deal signed in Geneva on Monday.', ['agreement 2025-06-09'], ['agreement 2025-06-10']],
]);

table('"overnight" as the adjective of a trip or a service dates nothing: an undated event keeps the story\'s day', [
  // published Saturday 14 June 2025: the lead's Friday, not the publication day an "overnight journey" would give
  ['The Japanese prime minister held talks with Zelenskyy in Kyiv on Friday.\n\nHe arrived by special train after an eleven-hour overnight journey from Poland.\n\nThe two sides signed three agreements on energy and demining.', ['agreement 2025-06-13'], ['agreement 2025-06-14']],
  ['EU foreign ministers met in Lviv on Thursday.\n\nMost had come on the overnight train from Przemysl.\n\nThe ministers signed a joint declaration on reconstruction.', ['agreement 2025-06-12'], ['agreement 2025-06-14']],
  ['Delegations met in Geneva on Wednesday.\n\nSeveral had taken overnight flights from Kyiv and Moscow.\n\nThe sides signed a memorandum on prisoner lists.', ['agreement 2025-06-11'], ['agreement 2025-06-14']],
  // the night of an attack is still its date
  ['Russian missiles hit Kyiv in an overnight attack, the mayor said.', ['missile_strike 2025-06-14'], ['missile_strike 2025-06-13']],
  ['Drones struck Odesa overnight, the governor said.', ['drone_strike 2025-06-14'], []],
]);

table('"on the opening day", "on the last day of the summit", "on day two of the talks": that day of a stretch told before', [
  // published Saturday 14 June 2025
  ['NATO\'s two-day summit in Madrid ended on Thursday without a timetable for Kyiv.\n\nOn the opening day, Norway said it would send two more air-defence systems to Ukraine.', ['aid_decision 2025-06-11'], ['aid_decision 2025-06-12']],
  ['Leaders gathered in Rome on Tuesday for a three-day conference on rebuilding Ukraine.\n\nOn its final day, Germany announced a new air-defence package for Ukraine.', ['aid_decision 2025-06-12'], ['aid_decision 2025-06-10']],
  ['Russian and Ukrainian delegations held talks in Istanbul on 10-12 June.\n\nOn the second day of the talks, the two sides swapped 300 prisoners each.', ['prisoner_exchange 2025-06-11'], ['prisoner_exchange 2025-06-10']],
  ['EU leaders began a two-day summit in Brussels on Thursday.\n\nZelenskyy met Macron on day two of the summit.', ['meeting 2025-06-13'], []],
  ['EU leaders began a two-day summit in Brussels on Thursday.\n\nZelenskyy met Macron on the last day of the summit.', ['meeting 2025-06-13'], []],
  ['Moscow declared a three-day truce from Monday 9 June.\n\nOn the last day of the truce, Russian drones hit Kharkiv, the mayor said.', ['drone_strike 2025-06-11', 'ceasefire 2025-06-09'], ['drone_strike 2025-06-09']],
  // no stretch told before: the old readings stand (the day told before, the first day of the war is no summit's)
  ['Zelenskyy met Erdogan in Ankara on Wednesday.\n\nOn the opening day, France said it would supply long-range missiles to Ukraine.', ['aid_decision 2025-06-11'], []],
  ['EU leaders began a two-day summit in Brussels on Thursday.\n\nOn the first day of the war, Russian missiles hit Kyiv.', [], ['missile_strike 2025-06-13']],
]);

table('minutes, registers and memos headed by their own day: their "yesterday" and weekdays count from that day, not publication', [
  ['BOROUGH OF EASTLEA — Minutes of the Council\nDate: Monday, 9 June 2025, 18:00 · Place: Town Hall\n\nThe Mayor asked for a minute\'s silence for the victims of yesterday\'s missile strike on Dnipro.', ['missile_strike 2025-06-08'], ['missile_strike 2025-06-13']],
  ['VILLAGE OF HOLM — Register of deliberations\nSession of Wednesday 4 June 2025 · Convened on 28 May 2025\n\nThe Mayor reported that Russian drones hit Chernihiv on Sunday, damaging the school the village helped to rebuild.', ['drone_strike 2025-06-01'], ['drone_strike 2025-06-08']],
  // a dated first sentence of running text heads nothing: publication stays the reference
  ['The council meeting of 2 June 2025, chaired by the mayor, approved aid for Kharkiv.\n\nRussian missiles hit Kharkiv yesterday, the mayor said.', ['missile_strike 2025-06-13'], ['missile_strike 2025-06-01']],
]);

table('"the following week", "the next month", "later that month" count from the date told last, not from publication', [
  // published Saturday 14 June 2025
  ['Russian and Ukrainian delegations met in Istanbul on 16 May.\n\nThe two sides swapped 390 prisoners each the following week.', ['prisoner_exchange 2025-05-19'], ['prisoner_exchange 2025-06-16']],
  ['In March 2024 Ukrainian drones hit the refinery in Ryazan. The next month, drones struck the refinery in Kstovo.', ['drone_strike 2024-04-01'], ['drone_strike 2025-07-01']],
  ['The EU adopted its sixteenth sanctions package on 24 February. Later that month, Britain announced sanctions on 100 tankers.', ['sanctions 2025-02-01'], ['sanctions 2025-06-01']],
  // without the article, "next month" is the publication's
  ['Next month the two leaders will meet in Rome, officials said.', ['meeting 2025-07-01'], []],
  // a semicolon closes the clause its date told: the date after it dates the event after it
  ['A year ago today, Wagner columns rolled north.\n\nThe counteroffensive had begun earlier that month; on 11 June Kyiv had announced the recapture of Blahodatne.', ['territorial_capture 2023-06-11'], ['territorial_capture 2023-06-01'], '2024-06-24T07:00:00Z'],
  ['The summit had been planned for early March; on 20 March Russian missiles hit Odesa.', ['missile_strike 2025-03-20'], ['missile_strike 2025-03-01']],
]);

table('a letter or a message quoted after a lead that dates its writing: its "yesterday" is the day before it was written', [
  ['A medic wrote this letter to her parents on 5 May.\n\n"Yesterday Russian drones hit the hospital in Kharkiv. We moved the patients to the basement."', ['drone_strike 2025-05-04'], ['drone_strike 2025-06-13']],
  ['The message was sent from the front on Monday 2 June.\n\n"Russian troops captured the village of Kotlyne yesterday; we pulled back in the night."', ['territorial_capture 2025-06-01'], ['territorial_capture 2025-06-13']],
  // no lead dating the writing: the quotation is told on the publication day
  ['The sergeant was wounded on 2 June.\n\n"Russian troops captured the village of Kotlyne yesterday," he told us.', ['territorial_capture 2025-06-13'], ['territorial_capture 2025-06-01']],
]);

table('a second complement clause ("... and that the sides would swap prisoners on Wednesday") tells its own time, not the first\'s', [
  ['The Kremlin said Putin had ordered a halt to strikes on energy sites and that the two sides would swap 175 prisoners each on Wednesday.', ['ceasefire 2025-03-18', 'prisoner_exchange 2025-03-19'], ['ceasefire 2025-03-19'], '2025-03-18T21:00:00Z'],
  ['Officials said drones had hit the refinery in Saratov and that talks with Kyiv would resume in Geneva on Friday.', ['meeting 2025-06-20'], ['drone_strike 2025-06-20']],
  // one clause, one date: the date stays the event's
  ['Officials said Russian drones hit Odesa and Kharkiv on Tuesday.', ['drone_strike 2025-06-10'], []],
]);

table('a participle of scheduling set off after the event ("the meeting, scheduled for tomorrow", "talks, which are set for Friday") dates the event', [
  // published Saturday 14 June 2025
  ['Trump told Putin about his meeting with Zelenskyy, scheduled in Washington for Monday.', ['meeting 2025-06-16'], ['meeting 2025-06-14']],
  ['Erdogan confirmed the talks with Putin, which are set for Friday in Ankara.', ['meeting 2025-06-20'], ['meeting 2025-06-14']],
  ['Diplomats described the summit, planned for next week in Geneva, as a test of the truce.', ['meeting 2025-06-16'], ['meeting 2025-06-14']],
  // a participle of another kind leaves the main clause's date
  ['Zelenskyy met Macron in Paris on Friday, accompanied by his defence minister.', ['meeting 2025-06-13'], []],
]);

table('a timestamped liveblog entry is told on its own day: a date told in an entry above it does not date it', [
  [
    '16:45 - The foreign ministry says Russian and Ukrainian delegations held talks in Istanbul on Thursday.\n\n10:15 - Russian drones hit an apartment block in Odesa, the regional governor says.',
    ['drone_strike 2025-06-14'],
    ['drone_strike 2025-06-12'],
  ],
  [
    '20:10 — Kyiv says the EU adopted its new sanctions package on Wednesday.\n\n12:30 GMT — Ukraine and Russia have exchanged prisoners of war, the Ukrainian president says.',
    ['prisoner_exchange 2025-06-14'],
    ['prisoner_exchange 2025-06-11'],
  ],
  [
    '08:10 — Officials said Russian forces captured the village of Bilytske on Tuesday.\n\n13:40 — Zelenskyy and Macron spoke by phone, the Elysee says.',
    ['phone_call 2025-06-14'],
    ['phone_call 2025-06-10'],
  ],
  // within one entry the story told on keeps its day, across its paragraphs
  [
    '21:00 - The two delegations met in Geneva on Friday, a diplomat says.\n\nZelenskyy also spoke to Macron by phone, his office says.',
    ['phone_call 2025-06-13'],
    ['phone_call 2025-06-14'],
  ],
  // a heading line between the entries dates the entries below it
  [
    'FRIDAY 6 JUNE\n\n22:15 — Kyiv says talks with the Russian side were held in Istanbul on Thursday.\n\nMONDAY 9 JUNE\n\n07:40 — Explosions in central Kharkiv as missiles hit the city.',
    ['missile_strike 2025-06-09'],
    ['missile_strike 2025-06-14', 'missile_strike 2025-06-05'],
  ],
  // no entries: the story's last day told before still dates it
  ['The two delegations met in Geneva on Friday, a diplomat said.\n\nZelenskyy spoke to Macron by phone, his office said.', ['phone_call 2025-06-13'], []],
]);

table('a night attack told "hours after" something: what the hours-after clause tells was the evening before', [
  [
    'Russia launched more than 400 drones at Ukraine overnight, most of them at Kyiv, hours after Trump and Putin spoke by phone, officials said.',
    ['drone_strike 2025-06-14', 'phone_call 2025-06-13'],
    ['phone_call 2025-06-14'],
  ],
  ['Missiles and drones hit Kharkiv overnight, killing three people, just hours after Zelenskyy met Erdogan in Ankara.', ['meeting 2025-06-13'], ['meeting 2025-06-14']],
  [
    'Ukrainian drones set a refinery in Ryazan on fire overnight, the governor said, shortly after Putin held a phone call with Trump.',
    ['drone_strike 2025-06-14', 'phone_call 2025-06-13'],
    ['phone_call 2025-06-14'],
  ],
  // a day's morning is no night: its hours before are the same day
  ['Missiles hit Dnipro on Friday morning, sending people into shelters, hours after Trump and Putin spoke by phone.', ['phone_call 2025-06-13'], ['phone_call 2025-06-12']],
]);

table('a step forward ("hours later", "a day later") follows the story, not an event told as the frame of a "since" comparison', [
  [
    'Ukraine said on Friday it was pulling its troops out of Toretsk, handing Russia its biggest gain since it captured Avdiivka in February 2024.\n\nHours later, Russia\'s defence ministry said its forces had taken full control of Toretsk.',
    ['territorial_capture 2025-06-13'],
    ['territorial_capture 2024-02-01'],
  ],
  [
    'Kyiv said on Thursday that its forces had left Chasiv Yar, the biggest Russian gain since it seized Vuhledar eight months ago. A day later, Moscow said its troops had captured Kostiantynivka.',
    ['territorial_capture 2025-06-13'],
    ['territorial_capture 2024-10-02'],
  ],
  ['Russian drones struck Odesa on Thursday, the worst attack on the port since missiles hit it three months ago.\n\nHours later, drones also struck Izmail.', ['drone_strike 2025-06-12'], []],
  // a step back still counts from the event of its kind told before
  ['Missiles hit Sumy on Sunday. Zelenskyy met Macron on Tuesday. Two days earlier, drones had struck Odesa.', ['drone_strike 2025-06-06'], []],
]);

t.test('a truce "until midnight on the night from Sunday to Monday" ends with the first day of that night', async (t) => {
  const rows: Array<[string, string, string]> = [
    ['Putin declared a truce from 18:00 today until midnight on the night from Sunday to Monday.', '2025-05-06T09:00:00Z', 'ceasefire 2025-05-06..2025-05-11'],
    ['Russia declared a truce from 18:00 on 7 May until midnight on the night of 8 to 9 May.', '2025-05-06T09:00:00Z', 'ceasefire 2025-05-07..2025-05-08'],
    ['The Kremlin says the truce runs from 18:00 Moscow time today until midnight on the night from Sunday to Monday.', '2025-04-19T20:00:00Z', 'ceasefire 2025-04-19..2025-04-20'],
    // a midnight on a day, not on a night of two days: that day
    ['Russia declared a truce from 18:00 on 7 May until midnight on 9 May.', '2025-05-06T09:00:00Z', 'ceasefire 2025-05-07..2025-05-09'],
    ['Putin declared a truce from 18:00 today until midnight on Sunday.', '2025-05-06T09:00:00Z', 'ceasefire 2025-05-06..2025-05-11'],
  ];
  for (const [body, publishedAt, want] of rows) {
    const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
    const got = events.map((e) => `${e.type} ${e.startDate}..${e.endDate}`);
    t.ok(got.includes(want), `${body}\n  has ${want} (got ${JSON.stringify(got)})`);
  }
});

table('a truce told with the days it is for ("announced another truce, for 20 to 22 June") starts on the first of them, not on the announcing day', [
  ['On Monday Putin announced another truce, for 20 to 22 June.', ['ceasefire 2025-06-20'], ['ceasefire 2025-06-09']],
  ['Moscow declared a unilateral ceasefire on Tuesday, for the days of 22 to 24 June.', ['ceasefire 2025-06-22'], ['ceasefire 2025-06-10', 'ceasefire 2024-06-22']],
  ['On Thursday the Kremlin ordered a pause in the fighting, for 28 June, the day of the prisoner handover.', ['ceasefire 2025-06-28'], ['ceasefire 2025-06-12']],
  // "for" with no days after it: the announcing day dates it
  ['Putin announced a truce on Monday for the sake of the talks.', ['ceasefire 2025-06-09'], []],
]);

table('"It will start on Friday" after the sentence that tells a truce gives the truce its start', [
  ['Russia announced a new ceasefire on Tuesday. It will start on Friday and last three days.', ['ceasefire 2025-06-13'], ['ceasefire 2025-06-10'], '2025-06-11T09:00:00Z'],
  ['The Kremlin declared a truce for Orthodox Easter on Monday. It takes effect at 18:00 on Saturday.', ['ceasefire 2025-06-14'], ['ceasefire 2025-06-09'], '2025-06-11T09:00:00Z'],
  ['Ukraine and Russia agreed on Monday to a halt in strikes on energy facilities. It will begin on 20 June.', ['ceasefire 2025-06-20'], ['ceasefire 2025-06-09'], '2025-06-11T09:00:00Z'],
  // an "it" that tells no start, or tells another event, leaves the truce its day
  ['Russia announced a new ceasefire on Tuesday. It was the third such offer since March.', ['ceasefire 2025-06-10'], [], '2025-06-11T09:00:00Z'],
  ['Russia announced a truce on Tuesday. It also said drones hit Belgorod on Monday.', ['ceasefire 2025-06-10', 'drone_strike 2025-06-09'], ['ceasefire 2025-06-09'], '2025-06-11T09:00:00Z'],
]);

table('"a day before the talks" after the talks were told: "the talks" is that event again, not one counted from the subject', [
  [
    'Zelenskyy and Erdogan met in Ankara on Tuesday.\n\nThe visit followed a drone attack on Odesa two days before the talks, in which three people were killed.',
    ['meeting 2025-06-10', 'drone_strike 2025-06-08'],
    ['meeting 2025-06-12'],
  ],
  [
    'Witkoff met Putin in Moscow on Thursday.\n\nThe trip came after an exchange of prisoners a day before the meeting, when Russia freed an American teacher.',
    ['meeting 2025-06-12', 'prisoner_exchange 2025-06-11'],
    ['meeting 2025-06-13'],
  ],
  // a noun with its own place is another event of the kind, counted from the subject
  ['Missiles hit Lviv this morning.\n\nThe attack came a day after the strike on Sumy that killed 30 people.', ['missile_strike 2025-06-14', 'missile_strike 2025-06-13'], []],
]);

table('a step back ("three days earlier") from an event told ahead of its day counts from the day it was told', [
  [
    "Putin ordered a three-day ceasefire from May 8, the Kremlin said on Monday.\n\nThe announcement followed Putin's meeting in Moscow with Witkoff three days earlier.",
    ['meeting 2025-04-25'],
    ['meeting 2025-05-05'],
    '2025-04-28T11:30:00Z',
  ],
  ['Russia and Ukraine will exchange prisoners on 20 June, Zelenskyy said on Tuesday.\n\nTwo days earlier, the two delegations had met in Istanbul.', ['meeting 2025-06-08'], ['meeting 2025-06-18']],
  // from an event told as done, its own day
  ['Missiles hit Sumy on Sunday.\n\nTwo days earlier, drones had struck Odesa.', ['drone_strike 2025-06-06'], []],
]);

table('a count of days closing the trigger\'s phrase dates it; a day past an "and" is the next phrase\'s', [
  [
    'Zelenskyy met Macron in Paris on Friday.\n\nThe visit followed his talks in Berlin with Merz two days earlier, and a phone call with Trump on Tuesday.',
    ['meeting 2025-06-11', 'phone_call 2025-06-10'],
    ['meeting 2025-06-10'],
  ],
  [
    "Putin ordered a three-day ceasefire from May 8, the Kremlin said on Monday.\n\nThe announcement followed Putin's meeting in Moscow with Witkoff three days earlier, and a brief encounter on Saturday between Trump and Zelenskyy.",
    ['meeting 2025-04-25'],
    [],
    '2025-04-28T11:30:00Z',
  ],
  // "afterwards" counts no days: the day after the "and" is still the sentence's
  ['Trump met Zelenskyy at the White House on Friday. I spoke to both presidents afterwards, and Zelenskyy came to London on Saturday.', ['meeting 2025-06-13'], []],
]);

table('a truce told again by its extension ("the ceasefire was extended on Wednesday") is the truce told before, not a new one on that day', [
  ['Russia and Ukraine agreed a 30-day ceasefire on Monday. The ceasefire was extended on Wednesday by another month, Kyiv said.', ['ceasefire 2025-06-09'], ['ceasefire 2025-06-11']],
  ['The two sides declared a truce on Tuesday. The pause has been extended until the end of the month, officials said on Thursday.', ['ceasefire 2025-06-10'], ['ceasefire 2025-06-12']],
  // a truce agreed is no extension
  ['A new ceasefire was agreed on Thursday, officials said.', ['ceasefire 2025-06-12'], []],
]);

table("a date closing a participle of a deal's making after the trigger (\"under the deal struck in Geneva on 2 June\") is the deal's, not the event's", [
  ['On Tuesday the two countries completed another large prisoner swap under the deal struck in Geneva on 2 June.', ['prisoner_exchange 2025-06-10'], ['prisoner_exchange 2025-06-02']],
  ['Late on Thursday, officials said, both sides finished an exchange of 84 soldiers as part of an accord brokered by the Emirates on 30 May.', ['prisoner_exchange 2025-06-12'], ['prisoner_exchange 2025-05-30']],
  ['On Friday, in the early hours, Russian drones struck the port of Odesa despite the arrangement hastily worked out in Riyadh on 25 March.', ['drone_strike 2025-06-13'], ['drone_strike 2025-03-25']],
  // the deal itself keeps its day; a deal named without a participle dates nothing of its own
  ['Russia and Ukraine signed a grain deal in Istanbul on 2 June.', ['agreement 2025-06-02'], []],
  ['On Wednesday the sides held another exchange of prisoners, the Istanbul deal of 2 June.', ['prisoner_exchange 2025-06-11'], []],
]);

table('"A day later" opening a later paragraph steps forward from the event told last, not from the lead (a step back, "Three days earlier", still counts from the lead)', [
  ['Russian drones struck Odesa on Friday, killing two.\n\nOn Tuesday, Zelenskyy met Macron in Paris.\n\nA day later, the two leaders spoke by phone with Trump.', ['phone_call 2025-06-11'], ['phone_call 2025-06-14']],
  [
    'NATO ministers agreed on Thursday to send more air defence systems to Kyiv.\n\nThe meeting opened on Monday with talks on ammunition.\n\nTwo days later, Germany announced a new military aid package worth 1 billion euros.',
    ['aid_decision 2025-06-11'],
    ['aid_decision 2025-06-14'],
  ],
  ['The summit in Vilnius ended on Wednesday.\n\nOn Sunday, missiles hit Kharkiv.\n\nThe following day, Ukraine and Russia swapped 90 prisoners each.', ['prisoner_exchange 2025-06-09'], ['prisoner_exchange 2025-06-12']],
  ['Missiles hit Kharkiv on Friday, the governor said.\n\nOn Wednesday, Zelenskyy met Starmer in London.\n\nThree days earlier, drones had struck Odesa.', ['drone_strike 2025-06-10'], []],
]);

table("a capture or strike told in the past perfect of its own report, at another place than the story before, is dated by the report's day", [
  [
    'On 3 March, Russian forces captured Pisky after weeks of fighting.\n\nOn 20 May, the Russian defence ministry said its troops had taken Kurakhove.',
    ['territorial_capture 2025-05-20', 'territorial_capture 2025-03-03'],
    [],
  ],
  [
    'Ukrainian drones struck a refinery in Ryazan on 2 June.\n\nOn 9 June the governor of Saratov reported that drones had hit an oil depot in Engels.',
    ['drone_strike 2025-06-09', 'drone_strike 2025-06-02'],
    [],
  ],
  // the same place told again in a report is the story told on: its day stands
  [
    'Russian missiles hit Sumy on Friday, killing 34 people.\n\nThe defence ministry said on Monday its missiles had hit Sumy.',
    ['missile_strike 2025-06-13'],
    ['missile_strike 2025-06-16'],
    '2025-06-17T09:00:00Z',
  ],
]);

table('"a day after <clause>" closing a sentence whose event is dated by a step of days: the clause\'s event is a day before that event', [
  ['The talks ended on Thursday. Two days earlier, Zelenskyy met Macron in Paris, a day after Russian drones struck Odesa.', ['meeting 2025-06-10', 'drone_strike 2025-06-09'], ['drone_strike 2025-06-14']],
  [
    'Kyiv and Moscow swapped prisoners on Wednesday. The next day Trump spoke with Putin by phone, two days after missiles hit Kharkiv.',
    ['phone_call 2025-06-12', 'missile_strike 2025-06-10'],
    ['missile_strike 2025-06-14'],
  ],
  // a date of its own in the clause before the phrase was the base already
  ['Drones hit Odesa on Friday, a day after Russian missiles killed twelve people in Kyiv.', ['drone_strike 2025-06-13', 'missile_strike 2025-06-12'], []],
]);

table("a call or meeting told in the past perfect of its own report, between other people than the story's, is dated by the report's day", [
  ['Zelenskyy said he had a good call with Trump this morning.\n\nThe Kremlin said on Thursday that Putin had spoken with Erdogan by phone.', ['phone_call 2025-06-12', 'phone_call 2025-06-14'], []],
  ['Macron met Zelenskyy in Paris on Monday.\n\nBelarusian state media reported on Wednesday that Lukashenko had met Putin.', ['meeting 2025-06-11', 'meeting 2025-06-09'], []],
  // the same people reported again are the story told on: its day stands
  ['Trump and Putin spoke by phone on Monday.\n\nKremlin aide Yuri Ushakov said on Wednesday that Trump and Putin had talked for an hour.', ['phone_call 2025-06-09'], ['phone_call 2025-06-11']],
]);

table("a date inside brackets opened after the trigger (a source's, a note's) dates the event only when the sentence gives no other", [
  [
    'Early on 3 June, after a long night of air-raid alerts across the whole of the east, Ukrainian troops clashed with Russian units near Vovchansk (General Staff report of 5 June).',
    ['armed_clash 2025-06-03'],
    ['armed_clash 2025-06-05'],
  ],
  [
    'On 12 May, with the talks stalled and both envoys gone home for consultations, Russian forces captured the village of Bilohorivka (ministry briefing, 14 May).',
    ['territorial_capture 2025-05-12'],
    ['territorial_capture 2025-05-14'],
  ],
  // alone, the bracketed date is the event's
  ['Russian missiles hit Kharkiv (on 9 June, according to the mayor).', ['missile_strike 2025-06-09'], ['missile_strike 2025-06-14']],
]);

table('"The visit followed X a day before the talks": the anchor names what the subject names, the story\'s event of that kind, not the last such told', [
  [
    'Witkoff met Putin in Moscow on Friday for four hours.\n\nHis previous meeting with Putin came on 13 March, two days after talks in Jeddah on 11 March.\n\nThe visit followed a prisoner swap in Abu Dhabi a day before the talks.',
    ['prisoner_exchange 2025-06-12'],
    ['prisoner_exchange 2025-03-10', 'prisoner_exchange 2025-03-12'],
  ],
  [
    'Trump and Putin spoke by phone on Thursday.\n\nTrump had last called Putin on 2 May.\n\nThe call came after drones hit Kyiv two days before the conversation.',
    ['drone_strike 2025-06-10'],
    ['drone_strike 2025-04-30'],
  ],
  // with no such subject, the last event of the kind told is the anchor
  [
    'Witkoff met Putin in Moscow on Friday.\n\nOn 11 March US and Ukrainian delegations held talks in Jeddah.\n\nRussia and Ukraine swapped prisoners a day before the talks.',
    ['prisoner_exchange 2025-03-10'],
    [],
  ],
]);

table("a window a truce of the sentence takes (\"from the evening of 5 May to the end of 6 May\") is the truce's; a happening told beside it takes the window's first day", [
  [
    'Moscow announced a truce from the morning of 5 May to the end of 6 May, on the day the two sides exchanged 200 prisoners each.',
    ['ceasefire 2025-05-05', 'prisoner_exchange 2025-05-05'],
    ['prisoner_exchange 2025-05-06'],
    '2025-05-20T08:00:00Z',
  ],
  [
    'Kyiv declared a pause in strikes from the night of 2 June until the end of 3 June, the day Russian drones hit Kharkiv again.',
    ['drone_strike 2025-06-02'],
    ['drone_strike 2025-06-03'],
  ],
  // a window the happening takes itself, with no truce told, stays its own
  ['Russia and Ukraine exchanged 1,000 prisoners each in three stages from 6 to 8 June.', ['prisoner_exchange 2025-06-06'], ['prisoner_exchange 2025-06-08']],
]);

table('a date before a second complement clause ("..., and that on Thursday the army announced X had been retaken") is the first clause\'s, not the event told in the second', [
  [
    'The governor said that Russian artillery shelled Nikopol on Tuesday 10 June, and that on Thursday the army announced the village of Kamianske had been retaken.',
    ['territorial_capture 2025-06-12', 'shelling 2025-06-10'],
    ['territorial_capture 2025-06-10'],
  ],
  [
    'The mayor told the council that Bucha was retaken on Wednesday 4 June, and that on Friday the ministry reported the whole of the Kyiv region had been liberated.',
    ['territorial_capture 2025-06-13', 'territorial_capture 2025-06-04'],
    [],
  ],
  // the first clause's event keeps its date
  ['Officials said Russian troops captured Kamianske on Tuesday, and that talks would resume soon.', ['territorial_capture 2025-06-10'], []],
]);

table('an anchor event restated in the present ("on the eve of the summit in Washington, which opens today") is dated by that clause, and the anchored event counts from it', [
  ['Russian missiles struck Kharkiv on the eve of the EU summit in Brussels, which opens today.', ['meeting 2025-06-14', 'missile_strike 2025-06-13'], ['meeting 2025-06-15']],
  ['Drones hit Odesa a day before the talks in Istanbul, which begin today.', ['meeting 2025-06-17', 'drone_strike 2025-06-16'], ['meeting 2025-06-18'], '2025-06-17T09:00:00Z'],
  // the past tense was read already
  ['Drones struck Odesa a day before the summit in Vilnius, which opened on Tuesday.', ['meeting 2025-06-10', 'drone_strike 2025-06-09'], []],
]);

table('a count of time from another event set off by commas right after a date ("On 10 June, two days after the summit, ...") restates that date: the clause after it keeps it', [
  // coder-style note, fronted full date
  ['On 10 June 2025, two days after the blast on the bridge, Russian forces fired cruise missiles at Kyiv and Lviv.', ['missile_strike 2025-06-10'], ['missile_strike 2025-06-08']],
  // wire style, weekday and "a day after"
  ['On Monday, a day after the summit in Alaska, Russian drones struck Odesa.', ['drone_strike 2025-06-09'], ['drone_strike 2025-06-08']],
  // "the day after", with no count word
  ['On 3 June, the day after the talks in Istanbul, missiles hit Dnipro.', ['missile_strike 2025-06-03'], ['missile_strike 2025-06-02']],
  // weeks, an opening "just", a capture
  ['In late May, just weeks after the offensive began, Russian troops captured the village of Novopil.', ['territorial_capture 2025-05-01'], ['territorial_capture 2025-06-14']],
  // hours, a mid-sentence date
  ['Ukrainian forces on Thursday, hours after the talks in Geneva collapsed, retook the village of Robotyne.', ['territorial_capture 2025-06-12'], []],
  // not set off: the trigger inside the count's own clause is the earlier event's, counted back from the date
  ['Talks opened in Istanbul on Monday, two days after drones hit Kyiv, officials said.', ['drone_strike 2025-06-07', 'meeting 2025-06-09'], ['drone_strike 2025-06-09']],
  // not closed before the trigger: a "days after" with its own verb still bars the date
  ['The ministry was silent on Monday for days after missiles hit Kharkiv.', [], ['missile_strike 2025-06-09']],
]);

table('a week, month or year with a day set off right after it ("Earlier this month, on 3 June,") is one date, the day, even when the day is a saying\'s', [
  // the day fronts a saying: the period does not take over
  ['Earlier this month, on June 3, the army said it had captured the village of Novopil.', ['territorial_capture 2025-06-03'], ['territorial_capture 2025-06-01']],
  ['Last week, on Tuesday, the ministry announced that its drones had hit a refinery in Kursk.', ['drone_strike 2025-06-03'], ['drone_strike 2025-06-02']],
  // a parenthesis sets it off too
  ['Earlier this month (on 5 June), Kyiv confirmed the liberation of Urozhaine.', ['territorial_capture 2025-06-05'], ['territorial_capture 2025-06-01']],
  // "that month" points back: its value is the day's, not the publication month's
  ['Later that month, on 20 May 2023, Wagner claimed the capture of Bakhmut.', ['territorial_capture 2023-05-20'], ['territorial_capture 2025-06-01']],
  // the day already wins when it is the event's own
  ['In May, on the 12th, drones hit Odesa.', ['drone_strike 2025-05-12'], []],
  // not set off: a period and a day of two clauses stay two dates
  ['This week Russian missiles struck Kharkiv again and again, and on Tuesday drones hit Odesa.', ['drone_strike 2025-06-10', 'missile_strike 2025-06-09'], ['missile_strike 2025-06-10']],
]);

table('a count of days closing a subordinate clause after the event\'s phrase ("took X after troops withdrew on orders issued the previous day") is that clause\'s verb\'s, not the event\'s', [
  // a coordinated subject ("Russian and separatist forces") is no coordinated verb phrase
  [
    'On 25 June, Russian and separatist forces took full control of Sievierodonetsk after Ukrainian troops withdrew on orders given the previous day.',
    ['territorial_capture 2025-06-25'],
    ['territorial_capture 2025-06-24'],
    '2025-07-01T09:00:00Z',
  ],
  ['On 3 June, drones and missiles hit Odesa after the port had reopened two days earlier.', ['drone_strike 2025-06-03', 'missile_strike 2025-06-03'], ['drone_strike 2025-06-01']],
  ['On Tuesday, Polish and Ukrainian officials met in Warsaw because the border talks had stalled a day earlier.', ['meeting 2025-06-10'], ['meeting 2025-06-09']],
  ['British and Ukrainian drones hit Kstovo on Tuesday because the refinery had restarted a day earlier.', ['drone_strike 2025-06-10'], ['drone_strike 2025-06-09']],
  ['Kyiv and its allies announced new sanctions on 2 June, when the talks had stalled two days earlier.', ['sanctions 2025-06-02'], ['sanctions 2025-05-31']],
  // a count in the coordinated verb phrase itself still dates it
  ['Ukrainian troops crossed the border on 6 August and captured Sudzha a week later.', ['territorial_capture 2025-08-13'], ['territorial_capture 2025-08-06'], '2025-09-01T09:00:00Z'],
  ['On Tuesday, drones hit Kstovo and struck Ryazan a day later.', ['drone_strike 2025-06-10', 'drone_strike 2025-06-11'], []],
]);

table('a truce told on one day and the same truce told by its own window of days starting within days after it are one truce, dated by the window', [
  // a register's heading, then the order with its window in clock times with a zone
  [
    '05.01.2023 - CEASEFIRE ORDERED - nationwide.\n\nMoscow orders a 36-hour ceasefire, 12:00 MSK 06.01 to 24:00 MSK 07.01, for Orthodox Christmas. Kyiv rejects it.',
    ['ceasefire 2023-01-06'],
    ['ceasefire 2023-01-05'],
    '2023-01-10T12:00:00Z',
  ],
  // wire prose: declared on a day, the window told in the next sentence
  ['Russia declared a ceasefire on Monday. The truce ran from 00:00 GMT on 11 June to 00:00 GMT on 13 June.', ['ceasefire 2025-06-11'], ['ceasefire 2025-06-09']],
  ['The Kremlin announced a truce on 3 June. Russian forces stopped firing from 18:00 Moscow time on 5 June until 18:00 Moscow time on 7 June, the truce decree said.', ['ceasefire 2025-06-05'], ['ceasefire 2025-06-03']],
  // still to come when told
  ['Russia declared a ceasefire on Monday. The truce will hold from 00:00 GMT on 12 June to 00:00 GMT on 14 June.', ['ceasefire 2025-06-12'], ['ceasefire 2025-06-09'], '2025-06-10T12:00:00Z'],
  // a truce told weeks before another's window is another truce
  ['Russia declared a ceasefire on 2 May. A second truce ran from 25 to 27 May.', ['ceasefire 2025-05-02', 'ceasefire 2025-05-25'], []],
]);

table('a wire dateline closed by a spaced hyphen ("KYIV, June 12 (Wire) - ") is the filing day, not a date of the events after it', [
  // a second event of the sentence, told past the first one's date, does not take the filing day
  [
    'RIYADH, June 12 (Wire) - Officials agreed at talks in Saudi Arabia on Tuesday to start work on a settlement and to restore embassy staff, according to both sides, at a meeting to which Kyiv was not invited.',
    ['meeting 2025-06-10'],
    ['meeting 2025-06-12'],
  ],
  ['BRUSSELS, June 13 (Wire) - EU envoys met on Wednesday and agreed new sanctions on Russian banks.', ['sanctions 2025-06-11'], ['sanctions 2025-06-13']],
  ['KYIV, June 12 (Wire) - Russian drones hit Odesa on Tuesday and missiles struck Kharkiv, officials said.', ['missile_strike 2025-06-10'], ['missile_strike 2025-06-12']],
  // the em dash, as before
  ['KYIV, June 12 (Reuters) — Russian drones struck the capital on Wednesday, officials said.', ['drone_strike 2025-06-11'], ['drone_strike 2025-06-12']],
  // no capitals, no dateline: a spaced hyphen in running text leaves its date alone
  ['Drones hit Kharkiv on 12 June - the third attack that week - the mayor said.', ['drone_strike 2025-06-12'], []],
]);

table('a count of days closing the trigger\'s own phrase ("a call between the presidents the previous day") dates it, not a date told before it across a comma', [
  [
    'Russia and Ukraine swapped 175 prisoners each on Wednesday, officials said, the first step to follow a telephone conversation between Putin and Trump the previous day.',
    ['prisoner_exchange 2025-06-11', 'phone_call 2025-06-10'],
    ['phone_call 2025-06-11'],
  ],
  ['Drones struck Odesa on Friday, the governor said, in reply to a missile strike on Belgorod two days earlier.', ['drone_strike 2025-06-13', 'missile_strike 2025-06-11'], []],
  // no comma: the date is the phrase's own ("the call on Tuesday the day before the summit")
  ['Kyiv and Moscow swapped prisoners on Wednesday after a call between Putin and Trump.', ['phone_call 2025-06-11'], []],
  // a count with a phrase of its own is an anchor, as before ("two days after the talks")
  ['Missiles hit Kharkiv on Friday, officials said, two days after the talks in Geneva.', ['missile_strike 2025-06-13'], ['missile_strike 2025-06-11']],
]);

table('a count of days past a semicolon after the trigger ("...had taken Soledar; Wagner had claimed the town two days earlier") is the next clause\'s, never the trigger\'s', [
  // a coder's note: the saying's day dates the reported capture, not the other clause's count
  ['On 13 June, the ministry said its forces had taken control of Novopil; a volunteer unit had claimed the village two days earlier.', ['territorial_capture 2025-06-13'], ['territorial_capture 2025-06-11']],
  // wire prose: the strike takes the day told before, not a statement's "the day before"
  ['On Thursday morning Russia fired dozens of missiles at Ukraine. One person was killed in Kyiv, where a building was hit; the ambassador had called the decision dangerous the day before.', ['missile_strike 2025-06-12'], ['missile_strike 2025-06-11']],
  // a chronology's line
  ['3 June - Washington pauses military aid to Ukraine; intelligence sharing is cut two days later.', ['aid_decision 2025-06-03'], ['aid_decision 2025-06-05']],
  // a count before the semicolon, in the trigger's own clause, still dates it
  ['Russian forces shelled Kherson on Tuesday and captured the village of Novopil a day later; the village had been under fire for weeks.', ['territorial_capture 2025-06-11'], []],
]);

table('of two mentions of one event, a day inside the other\'s week or month is the finer telling of its date (as within one sentence)', [
  ['Earlier this month the Pentagon held back deliveries of interceptors. On Monday Trump said Washington would send more weapons to Ukraine.', ['aid_decision 2025-06-09'], ['aid_decision 2025-06-01']],
  ['Russian forces captured the village of Novopil last week. Russian troops took Novopil on 3 June after days of fighting, the ministry said.', ['territorial_capture 2025-06-03'], ['territorial_capture 2025-06-02']],
  ['Zelensky met Macron in Paris earlier this month. The two leaders met in Paris on 10 June to discuss air defence.', ['meeting 2025-06-10'], ['meeting 2025-06-01']],
  // a day outside the month is another event, not a finer date
  ['Russian forces captured Novopil in May. On Tuesday they captured the village of Kamianske.', ['territorial_capture 2025-05-01', 'territorial_capture 2025-06-10'], []],
]);

table('a truce ordered one day "starting at" a clock time on a weekday starts on that weekday ahead, not the one before', [
  // wire, published Thursday 5 June 2025: the order is Thursday's, the truce Friday's
  ['Putin on Thursday ordered his forces to observe a 36-hour ceasefire starting at noon on Friday, the Kremlin said.', ['ceasefire 2025-06-06'], ['ceasefire 2025-05-30'], '2025-06-05T18:00:00Z'],
  // statement register, a 24-hour clock
  ['The general staff announced a pause in strikes on energy facilities beginning at 18:00 on Saturday.', ['ceasefire 2025-06-07'], ['ceasefire 2025-05-31'], '2025-06-05T18:00:00Z'],
  // a clock time said in words, with the zone
  ['The commander declared a local truce starting at midnight Moscow time on Sunday to let civilians leave.', ['ceasefire 2025-06-08'], ['ceasefire 2025-06-01'], '2025-06-05T18:00:00Z'],
  // not a window: a time an event happened at keeps the past day
  ['Russian missiles hit Odesa at noon on Monday, the governor said.', ['missile_strike 2025-06-02'], ['missile_strike 2025-06-09'], '2025-06-05T18:00:00Z'],
]);

table('a date in a participle clause set off after a noun ("The first round, held on 2 June, led to ...") is that noun\'s, not the date of an event told after it', [
  // a foreign ministry's summary: the round's day, then the exchange it led to, told with its own start
  ['The first round, held in Istanbul on 2 June, led to a prisoner swap carried out over two days from 9 June.', ['prisoner_exchange 2025-06-09', 'meeting 2025-06-02'], ['prisoner_exchange 2025-06-02']],
  // wire copy: the summit's week in the aside, the decision's day after it
  ['The summit, convened in Brussels last week, agreed new sanctions against Russian banks on Friday.', ['sanctions 2025-06-13'], ['sanctions 2025-06-02']],
  // an explainer: a deal's signing in the aside, the strike of the story with a day of its own
  ['The grain deal, brokered by Turkey in July 2022, collapsed after Russian missiles struck the port of Odesa on Monday.', ['missile_strike 2025-06-09'], ['missile_strike 2022-07-01']],
  // not after a name: "Syrskyi, announced on Tuesday" is the main verb after an apposition, and its day dates the report
  ['The army\'s commander, Oleksandr Syrskyi, announced on Tuesday that Russian forces had captured the village of Novopil.', ['territorial_capture 2025-06-10'], []],
]);

table("a truce's end told ahead (\"is due to end at midnight on Sunday\", \"will expire\", \"ends at\") dates its end, never its start", [
  ['Russia ordered a truce from noon on Friday until midnight on Sunday. The ceasefire is due to end at midnight on Sunday.', ['ceasefire 2025-06-13'], ['ceasefire 2025-06-15']],
  ['Moscow declared a 30-hour pause starting at 6 p.m. on Saturday. The truce will expire on Sunday night, the Kremlin said.', ['ceasefire 2025-06-14'], ['ceasefire 2025-06-15']],
  ['The two sides agreed a halt to strikes on energy sites from Thursday, officials said. The moratorium ends at 18:00 on Sunday.', ['ceasefire 2025-06-12'], ['ceasefire 2025-06-15']],
  ['A local truce around the plant took hold on Friday morning; it is set to expire on Monday, the agency said.', ['ceasefire 2025-06-13'], ['ceasefire 2025-06-16']],
  // a start told ahead still dates the truce
  ['The ceasefire is due to begin at midnight on Sunday, the Kremlin said.', ['ceasefire 2025-06-15'], []],
]);

table('an anchor\'s definite noun ("hours before the talks began") points back to the event told by that noun, not to the last of its kind told by another', [
  [
    'Negotiators from both countries opened talks in Geneva on Tuesday. The delegations had last sat down at a meeting in Paris on 2 May. Hours before the talks began, Russian drones struck Kyiv.',
    ['drone_strike 2025-06-10'],
    ['drone_strike 2025-05-02'],
  ],
  [
    'Putin and Trump held a phone call on Wednesday. Zelenskyy had a long conversation with Macron on Thursday. A day after the call, Russian missiles hit Kharkiv.',
    ['missile_strike 2025-06-12'],
    ['missile_strike 2025-06-13'],
  ],
  [
    'A NATO summit opened in The Hague on Tuesday. Zelenskyy held a meeting with Trump on the sidelines on Wednesday. A day before the summit, missiles hit Odesa.',
    ['missile_strike 2025-06-09'],
    ['missile_strike 2025-06-10'],
  ],
  [
    'A drone attack hit the port of Odesa on Monday. Missiles struck a market in Kharkiv on Wednesday. Two days after the attack, the sides swapped 84 prisoners each.',
    ['prisoner_exchange 2025-06-11'],
    ['prisoner_exchange 2025-06-13'],
  ],
  // no earlier event told by the noun, or every one told by it: the last of the kind
  ['Zelenskyy met Macron in Paris on Monday. He met Scholz in Berlin on Wednesday. A day after the talks, drones hit Kyiv.', ['drone_strike 2025-06-12'], []],
  ['Zelenskyy spoke to Macron in a call on Monday. He had a call with Scholz on Wednesday. Hours after the call, missiles hit Lviv.', ['missile_strike 2025-06-11'], []],
]);

table("an event named by a sentence's anchor (\"hours after a call\") counts from the clause's day, not from a day bounding a state's window", [
  ['On Thursday Putin ordered a truce from noon on Friday until midnight on Sunday, hours after a phone call with Erdogan.', ['phone_call 2025-06-12'], ['phone_call 2025-06-13', 'phone_call 2025-06-15']],
  [
    'Thu 12 Jun — Moscow declares a pause in strikes from 18:00 Fri 13 Jun to 06:00 Sat 14 Jun, a day after a call between the two presidents.',
    ['phone_call 2025-06-11'],
    ['phone_call 2025-06-12', 'phone_call 2025-06-13'],
    '2025-06-20T09:00:00Z',
  ],
  ['The Kremlin on Monday announced a ceasefire running until Wednesday, 11 June, two days after a call between Putin and Trump.', ['phone_call 2025-06-07'], ['phone_call 2025-06-09']],
  // a sentence with no window: the day its clause takes still counts
  ['Drones struck Odesa on Friday, hours after a call between Putin and Trump.', ['phone_call 2025-06-13'], []],
]);

table('a day closing an anchor phrase ("six weeks after his trip to Moscow on 8 May") is the anchor event\'s own, wherever the phrase stands', [
  ['The visit came six weeks after Modi\'s trip to Moscow on 8 May, where he held talks with Putin.', ['meeting 2025-05-08'], ['meeting 2025-03-27']],
  ['Drones hit Odesa two days after Zelenskyy\'s visit to Washington on Monday.', ['meeting 2025-06-09', 'drone_strike 2025-06-11'], ['meeting 2025-06-07']],
  ['New EU sanctions followed a week after the summit in Brussels on 2 June.', ['meeting 2025-06-02', 'sanctions 2025-06-09'], ['meeting 2025-05-26']],
  // a day of the clause, not closing the phrase, is still what the anchor event counts back from
  ['Missiles hit Kyiv on Thursday, two days after a call with Trump.', ['phone_call 2025-06-10'], []],
]);

table('a talk told of in a briefing ("informed X of yesterday\'s call with Y") is another talk than the undated one told before it', [
  [
    'The Prime Minister held a telephone conversation with President Macron. Macron briefed the Prime Minister on the results of yesterday\'s conversation with the Chinese leader.',
    ['phone_call 2025-06-14', 'phone_call 2025-06-13'],
    [],
  ],
  [
    'Chancellor Merz had a phone call with Volodymyr Zelenskyy. Merz informed Zelenskyy about the details of his meeting with Donald Trump on Thursday.',
    ['phone_call 2025-06-14', 'meeting 2025-06-12'],
    [],
  ],
  // a call told of again with no briefing is still the one call, dated by its own telling
  ['The Prime Minister held a telephone conversation with President Macron. Yesterday\'s conversation with the Chinese leader was also discussed.', ['phone_call 2025-06-13'], ['phone_call 2025-06-14']],
  // what reporters are told about "the call" is no second call
  ['Trump spoke to Putin by phone. Trump informed reporters about the call on Friday.', ['phone_call 2025-06-14'], ['phone_call 2025-06-13']],
]);

table('"proposed" as a second verb of one subject, or after "had", is a past verb: the date before it is the first verb\'s, in the past', [
  // (Saturday 14 June 2025: read as a plan's adjective, the weekday went to the coming week)
  ['Orban spoke to Putin by phone on Monday and proposed a swap of prisoners.', ['phone_call 2025-06-09'], ['phone_call 2025-06-16']],
  ['The two foreign ministers met in Ankara on Tuesday and then proposed a second round of talks.', ['meeting 2025-06-10'], ['meeting 2025-06-17']],
  // a present perfect's proposal still looks ahead to what it proposes
  ['Putin has proposed direct talks with Ukraine in Istanbul on Thursday.', ['meeting 2025-06-19'], ['meeting 2025-06-12']],
]);

table("a step from an event the anchor phrase names and dates itself counts from that phrase's day, not from the story's last such event", [
  // told on Wednesday 18 June: Monday's talks are the story; the summit of the phrase is dated in the phrase
  ['Zelenskyy met European leaders in Berlin on Monday. The Berlin meeting came four days after the summit with Erdogan in Ankara, Turkey, on Thursday.', ['meeting 2025-06-16'], ['meeting 2025-06-20'], '2025-06-18T09:00:00Z'],
  // a day after the phrase's clause break is not the phrase's
  ['Macron met Zelenskyy in Paris on Monday. The Paris meeting came a day after the talks, which had stalled on Thursday.', [], ['meeting 2025-06-13'], '2025-06-18T09:00:00Z'],
]);

table("a bare count of days opening a paragraph's sentence moves that paragraph's time: the undated events after it take the day it steps to", [
  [
    'Drones hit Odesa on Thursday, killing two, the governor said.\n\nTwo days earlier, Russia had fired its heaviest volley of the month. Missiles struck Lviv and Rivne, damaging power plants.',
    ['missile_strike 2025-06-10'],
    ['missile_strike 2025-06-12'],
  ],
  [
    'Shelling killed four in Kherson on Wednesday, officials said.\n\nThe day before, the army had reported heavy fighting. Glide bombs hit Kostiantynivka, wounding six.',
    ['air_strike 2025-06-10'],
    ['air_strike 2025-06-11'],
  ],
  // a day told after the step in the paragraph dates what follows it
  [
    'Drones hit Odesa on Thursday, killing two, the governor said.\n\nTwo days earlier, Russia had fired a heavy volley. On Friday, missiles struck Lviv.',
    ['missile_strike 2025-06-13'],
    ['missile_strike 2025-06-10'],
  ],
]);

table("a measure's start still to come, after a decision's trigger, is the measure's day, not the decision's", [
  ['The EU adopted its 20th package on Thursday, which will ban imports of Russian LNG from January 2027.', ['sanctions 2025-06-12'], ['sanctions 2027-01-01']],
  ['Two days ago, Britain announced sanctions that will bar Russian banks from its markets from 1 September.', ['sanctions 2025-06-12'], ['sanctions 2025-09-01']],
]);

table('a subject naming the kind of an event told before, placed after another event ("The meeting came two weeks after ..."), is that event told again: no second one on the day counted back', [
  ['Macron and Scholz sat down with Zelenskyy in Berlin on Friday. The meeting came two weeks after Zelenskyy held a call with Biden on 29 May.', ['meeting 2025-06-13', 'phone_call 2025-05-29'], ['meeting 2025-06-12']],
  ['Erdogan spoke with Putin by phone on Thursday, the Kremlin said. The call came a week after drones struck Sochi on Monday.', ['phone_call 2025-06-12', 'drone_strike 2025-06-09'], ['phone_call 2025-06-16']],
  ['Envoys of both sides met in Doha on Wednesday. That round of talks followed a phone call between the two presidents on 3 June, a week earlier.', ['meeting 2025-06-11'], ['meeting 2025-06-10']],
  // the first telling of its kind keeps its own day: the event it follows is dated from it
  ['Ukraine and Russia exchanged 300 prisoners each on Friday. The exchange followed a round of talks in Geneva on 2 June.', ['prisoner_exchange 2025-06-13', 'meeting 2025-06-02'], []],
  ['The swap came a day after missiles struck Kyiv on Tuesday.', ['missile_strike 2025-06-10'], []],
  // a verb of taking effect is no placing after another event: the day is the event's own
  ['Moscow declared a truce on Wednesday. The truce came into force on Thursday evening.', ['ceasefire 2025-06-12'], []],
]);

table('aid said to be given again ("would resume security assistance", "will lift its pause on military aid") is the decision, told on the day it was said, and a pause told beside it is another decision', [
  // a wire: the resumption said on Tuesday is Tuesday's decision, not a plan for the Tuesday ahead
  ['After talks in Geneva on Tuesday, Washington said it would resume security assistance to Kyiv.', ['aid_decision 2025-06-10'], ['aid_decision 2025-06-17']],
  // a statement's register, with the pause of the week before told in the next sentence: two decisions
  [
    'The United States will lift its pause on military aid and restart intelligence sharing at once, the joint statement said on Thursday.\n\nWashington had halted the deliveries last week after a quarrel in the Oval Office.',
    ['aid_decision 2025-06-12', 'aid_decision 2025-06-02'],
    [],
  ],
  // resuming something that is no aid stays a plan
  ['Moscow said on Thursday it would resume its offensive in the east next week.', [], ['aid_decision 2025-06-12']],
  ['Brussels said on Thursday it would lift sanctions on two banks next month.', [], ['aid_decision 2025-06-12']],
]);

table('"X comes N days after Y" in the present, and a subject naming a strike or a killing: Y is counted back from X', [
  // the present of a bulletin or a script ("comes", "follows"), as the past "came" is read
  ['A drone hit a power station in Odesa this morning. It comes two days after the defence ministers met in Brussels.', ['meeting 2025-06-12'], ['meeting 2025-06-14']],
  ['Shelling killed four people in Nikopol on Thursday. The shelling comes three days after Russian troops captured Pokrovsk.', ['territorial_capture 2025-06-09'], ['territorial_capture 2025-06-11']],
  ['Drones struck Kharkiv on Wednesday. It follows a day after Zelenskyy spoke to Macron by phone.', ['phone_call 2025-06-10'], ['phone_call 2025-06-13']],
  // the subject's noun is a strike's ("the blast", "the barrage", "the raid") or a killing's: the story's event of that kind is the base
  ['A missile hit a depot in Lviv on Tuesday. On Friday the governor toured the site. The blast came four days after the two presidents met in Geneva.', ['meeting 2025-06-06'], ['meeting 2025-06-09']],
  ['Russia fired 60 missiles at Kyiv on Monday. Repairs went on through Thursday. The barrage came two days after the leaders spoke by phone.', ['phone_call 2025-06-07'], ['phone_call 2025-06-10']],
  // not an uncounted stretch: "comes days after" gives no count to step back by
  ['Drones hit Sumy on Monday. Officials met on Thursday. It comes days after Zelenskyy spoke to Macron by phone.', [], ['phone_call 2025-06-11', 'phone_call 2025-06-08']],
  ['A general was shot dead in Moscow on Tuesday. Officials met on Friday to review security. The killing came a day after Ukrainian drones struck a refinery in Saratov.', ['drone_strike 2025-06-09'], ['drone_strike 2025-06-12']],
]);

t.test('a time after "in" is since when or how soon, never how long a meeting lasts; "lasting", "for", "two-day" still say it', async (t) => {
  const publishedAt = '2025-05-17T10:00:00Z';
  const rows: Array<[string, string]> = [
    ['The two delegations held their first direct talks in more than three years on Friday in Geneva.', 'meeting 2025-05-16..2025-05-16'],
    ['It was the first meeting of the two ministers in nearly two years, held on Thursday in Ankara.', 'meeting 2025-05-15..2025-05-15'],
    ['Envoys met on Thursday in Riyadh, their first talks within a decade.', 'meeting 2025-05-15..2025-05-15'],
    // the length of the meeting itself
    ['Envoys began talks lasting two days in Riyadh on Thursday.', 'meeting 2025-05-15..2025-05-16'],
    ['Leaders opened a two-day summit in Brussels on Thursday.', 'meeting 2025-05-15..2025-05-16'],
  ];
  for (const [body, want] of rows) {
    const { events } = extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) });
    const got = events.map((e) => `${e.type} ${e.startDate}..${e.endDate}`);
    t.ok(got.includes(want), `${body}\n  has ${want} (got ${JSON.stringify(got)})`);
  }
});

table('"before the summit" with nothing of its kind told before: an event told later stands for it only when the noun names it', [
  // (a diary's entry under its day heading; the envoy's meeting told below is no summit, so it does not date the call)
  [
    'WEEK AHEAD\n\nMONDAY 16 JUNE\n- Chancellor Friedrich Merz hosts a video call with European leaders, to agree a line before the summit.\n\nLOOKING BACK\n- Steve Witkoff met Putin in Moscow on Wednesday.',
    ['phone_call 2025-06-16', 'meeting 2025-06-11'],
    ['phone_call 2025-06-11'],
  ],
  // (a liveblog's newest entry first: the ceasefire told in the entry below is no "truce" by its word, so the entry's own day)
  [
    '14:20 GMT - Shelling went on around Kherson through the morning, well after the truce was due to begin.\n\n11:00 GMT - Putin ordered a ceasefire from noon on Friday, the Kremlin said.',
    ['shelling 2025-06-14'],
    ['shelling 2025-06-13'],
  ],
  // an event told later that the noun does name is still the one the phrase counts from
  ['Zelenskyy spoke with Macron by phone a day before the summit. The summit opened in Vilnius on Tuesday.', ['phone_call 2025-06-09'], []],
]);

table('an event dated only by the story is not one told with its own date well before it (a month of news): two events', [
  // (the meeting before a signing was merged into the background summit of 2023 and took its date)
  [
    'STRASBOURG, 14 June 2025 — The two presidents today signed an agreement on a special court.\n\nThe signing took place in the old palace after a meeting between the President and the Secretary General.\n\nBackground: the court\'s register was set up at a summit in Reykjavik in May 2023.',
    ['meeting 2025-06-14', 'meeting 2023-05-01'],
    [],
  ],
  // a re-telling of an event of the story's days is still that event
  ['Zelenskyy met Macron in Paris on Tuesday.\n\nLater a meeting between the two leaders\' advisers ran late.', ['meeting 2025-06-10'], ['meeting 2025-06-14']],
]);

table('a day told right after "in a (late-night) address", "in a post", "in an interview" is the day of the saying, not of what it proposes', [
  ['Putin proposed direct talks in Istanbul in a late-night address on Sunday.', [], ['meeting 2025-06-15']],
  ['Putin proposed the talks in a late-night address at the Kremlin on Sunday.', [], ['meeting 2025-06-15']],
  // what the saying proposes keeps a day of its own
  ['Putin proposed in a late-night address on Sunday that the delegations meet in Istanbul on Thursday.', ['meeting 2025-06-19'], []],
  ['Zelenskyy met Macron in Paris on Tuesday, he said in a post on Wednesday.', ['meeting 2025-06-10'], ['meeting 2025-06-11']],
]);

table('a clause of "since" with a verb of its own after the event dates what it measures from, not the event', [
  ['Ukrainian troops entered Kherson on Friday, the only regional capital Russia had seized since the invasion began in February.', ['territorial_capture 2025-06-13'], ['territorial_capture 2025-02-01']],
  ['Students cheered on Friday evening after troops had entered Kherson, the only city Russia had taken since the invasion began in February.', ['territorial_capture 2025-06-13'], ['territorial_capture 2025-02-01']],
  // the comparison's frame is no date of the event either
  ['Drones struck the port of Izmail on Tuesday, the first attack on the town since the grain deal ended in July.', ['drone_strike 2025-06-10'], ['drone_strike 2024-07-01']],
  ['Russian forces captured Vuhledar on Wednesday, a town they had attacked since the war began in 2022.', ['territorial_capture 2025-06-11'], []],
]);

table('a count of days with no earlier event steps from the last day told, not from a month, a season or a year', [
  ['On Tuesday the governor presented the regional budget for 2026. Two days earlier, drones had hit Odesa.', ['drone_strike 2025-06-08'], ['drone_strike 2025-12-30']],
  ['On Tuesday the minister set out the plans for the spring. Three days earlier, missiles had struck Dnipro.', ['missile_strike 2025-06-07'], ['missile_strike 2025-02-26']],
  // a day told last is the step's base as before
  ['The talks ended on 3 June. Two days earlier, drones had hit Odesa.', ['drone_strike 2025-06-01'], []],
]);

table('a meeting, a call, a vote or a signing told by "last night" was held the evening before the day of telling', [
  ['The envoys met Putin in St Petersburg last night and flew home this morning.', ['meeting 2025-06-13'], ['meeting 2025-06-14']],
  ['The Senate passed the military aid bill last night by a wide margin.', ['aid_decision 2025-06-13'], ['aid_decision 2025-06-14']],
  ['Macron spoke to Zelenskyy by phone last night, his office said.', ['phone_call 2025-06-13'], ['phone_call 2025-06-14']],
  // a night's strikes run into the day of telling and keep it
  ['Russian drones struck Kyiv last night, killing two people.', ['drone_strike 2025-06-14'], ['drone_strike 2025-06-13']],
  ['Missiles hit the port of Odesa last night, the governor said.', ['missile_strike 2025-06-14'], ['missile_strike 2025-06-13']],
]);

table('a relative clause on the object of the act dates its own verb, not the act, even when the sentence has no other day', [
  // the pause is what was ordered on the 2nd; the lifting takes the day of the talks told before
  [
    'The delegations met in Riyadh on Tuesday. At the close of the talks, Washington said it would restore the military aid that Trump suspended on the 2nd.',
    ['aid_decision 2025-06-10'],
    ['aid_decision 2025-06-02'],
  ],
  // the same clause with no "that": a pronoun subject right after the object
  [
    'The delegations met in Riyadh on Tuesday. Hours after the talks ended, Washington lifted the freeze on weapons deliveries it had imposed at the start of the month.',
    ['aid_decision 2025-06-10'],
    ['aid_decision 2025-06-01'],
  ],
  // a truce the clause tells agreed keeps that clause's day, the only one the sentence gives
  ['The partial halt to strikes on power plants that Moscow agreed last month has not held.', ['ceasefire 2025-05-01'], []],
  // a day of the act's own clause stands
  ['Washington lifted the freeze on weapons deliveries it had imposed on 2 June, officials said on Tuesday.', ['aid_decision 2025-06-10'], []],
]);

table('each line of a log dated by an ISO ordinal date ("2024-239") takes its own day, not the publication\'s or a neighbour\'s', [
  [
    'LOG 24-7 · compiled 2024-278 · YYYY-DDD\n\n2024-237 | Kramatorsk | MSL | a missile hit a hotel in the centre | code: missile strike\n\n2024-239 | Lutsk | MSL | missiles hit an apartment block | code: missile strike\n\n2024-276 | Vuhledar | CTRL>RU | the garrison confirms withdrawal from the town | code: capture',
    ['missile_strike 2024-08-24', 'missile_strike 2024-08-26', 'territorial_capture 2024-10-02'],
    ['missile_strike 2024-10-04', 'territorial_capture 2024-10-04'],
    '2024-10-04T15:00:00Z',
  ],
  // a desk's night ("N", the night that begins that evening) starts on its evening's day
  ['2025-113N | Kyiv | MSL | missiles and drones hit a residential district | code: missile strike', ['missile_strike 2025-04-23'], ['missile_strike 2025-05-12'], '2025-05-12T14:00:00Z'],
]);

table('a line headed by a window of two dates, each with its clock ("D1 18:00 → D2 00:00"), dates its event from the window\'s start', [
  ['2025-05-08 00:00 → 2025-05-10 24:00 · unilateral truce declared by Moscow for the parade', ['ceasefire 2025-05-08'], ['ceasefire 2025-05-10'], '2025-05-20T10:00:00Z'],
  ['2025-128 00:00 > 2025-130 24:00 | front-wide | TRUCE | a unilateral truce for the parade | code: ceasefire', ['ceasefire 2025-05-08'], ['ceasefire 2025-05-10'], '2025-05-20T10:00:00Z'],
  ['19.04.2025 18:00 MSK > 21.04.2025 00:00 MSK | front-wide | an Easter truce declared by the Kremlin', ['ceasefire 2025-04-19'], ['ceasefire 2025-04-21'], '2025-05-20T10:00:00Z'],
  ['23.03.2025 – 25.03.2025 | Riyadh | the American and Russian delegations held talks', ['meeting 2025-03-23'], ['meeting 2025-03-25'], '2025-05-20T10:00:00Z'],
  // a window in brackets, its clause closed before the trigger: the trigger's day is the window's end, as told
  ['2025-03-25 | Riyadh | technical talks (2025-03-23 to 2025-03-25) end; the parties agree to halt the use of force at sea.', ['ceasefire 2025-03-25'], ['ceasefire 2025-03-23'], '2025-05-20T10:00:00Z'],
]);

t.test('a log line headed by a window of two dates gives the truce it tells that window, a day\'s first minute closing the day before', async (t) => {
  const windowOf = (body: string, publishedAt: string) =>
    extractArticle({ title: 'Test', body, publishedAt }, { now: new Date(publishedAt) }).events.filter((e) => e.type === 'ceasefire').map((e) => `${e.startDate}..${e.endDate}`);
  const rows: Array<[string, string, string]> = [
    // the declaring day told later in the line does not replace the window heading it
    ['[L-7] 06.01.23 12:00 MSK → 08.01.23 00:00 MSK · a Christmas truce declared by the Kremlin 05.01 · code: ceasefire', '2023-01-06..2023-01-07', '2023-01-12T09:00:00Z'],
    ['2025-128 00:00 > 2025-130 24:00 | front-wide | TRUCE | a unilateral truce for the parade', '2025-05-08..2025-05-10', '2025-05-20T10:00:00Z'],
    // a window told in running text is read as before: "until" closes it
    ['The Kremlin declared a truce from 18:00 on 19 April until midnight on 20 April.', '2025-04-19..2025-04-20', '2025-04-25T10:00:00Z'],
  ];
  for (const [body, want, publishedAt] of rows) t.same(windowOf(body, publishedAt), [want], body);
});

table('a window of days running when it is told is this year\'s, whatever the verb reads ahead', [
  ['The holiday truce, which runs from June 12 to June 15, was broken within hours, officials said.', ['ceasefire 2025-06-12'], ['ceasefire 2026-06-12']],
  ['Russia\'s ceasefire runs from 13 June until 16 June, the Kremlin says.', ['ceasefire 2025-06-13'], ['ceasefire 2026-06-13']],
  // a window wholly ahead stays ahead, in this year
  ['Russia\'s ceasefire runs from 20 June until 22 June, the Kremlin says.', ['ceasefire 2025-06-20'], ['ceasefire 2026-06-20']],
]);

table('"last" before the weekday of the day before the telling is the week before\'s', [
  // published on Saturday 14 June: last Friday is 6 June, not yesterday
  ['Trump spoke to Putin by telephone last Friday, the White House said.', ['phone_call 2025-06-06'], ['phone_call 2025-06-13']],
  ['Drones struck Odesa last Friday, killing two people.', ['drone_strike 2025-06-06'], ['drone_strike 2025-06-13']],
  // yesterday told by its bare weekday stays yesterday; "last" two days back stays two days back
  ['Trump spoke to Putin by telephone on Friday, the White House said.', ['phone_call 2025-06-13'], ['phone_call 2025-06-06']],
  ['Drones struck Odesa last Thursday, killing two people.', ['drone_strike 2025-06-12'], ['drone_strike 2025-06-05']],
]);

table('a part of a day told by its weekday ("the morning of last Tuesday") is that day, not an event told before', [
  ['On 1 June, missiles struck Sumy. The exhibition opens with the morning of last Tuesday. Drones struck Kyiv in the early hours.', ['drone_strike 2025-06-10'], ['drone_strike 2025-06-01']],
  ['Missiles hit Kharkiv on the evening of last Wednesday, the mayor said.', ['missile_strike 2025-06-11'], []],
  // a part of a day told by an event is still that event's day
  ['Talks were held in Istanbul on 2 June. On the morning of the talks, drones struck Kyiv.', ['drone_strike 2025-06-02'], []],
]);

table('a "since" inside an aside set off by commas does not keep a fronted date from its clause\'s event', [
  ['On 1 June, missiles struck Sumy.\n\nOn Tuesday, Zelenskyy, on his first visit abroad since the war began, met Macron in Paris.', ['meeting 2025-06-10'], ['meeting 2025-06-01']],
  ['On 1 June, missiles struck Sumy.\n\nOn Tuesday Zelenskyy, who has not left Kyiv since the invasion, met Scholz in the capital.', ['meeting 2025-06-10'], ['meeting 2025-06-01']],
  ['On 1 June, missiles struck Sumy.\n\n12 June — Zelenskyy, on his first trip abroad since the spring, meets Macron in Paris.', ['meeting 2025-06-12'], ['meeting 2025-06-01']],
  // a "since" clause not closed before the event still bars the date told before it
  ['On 1 June, missiles struck Sumy.\n\nIn May the talks collapsed; since the collapse, drones struck Kyiv again.', [], ['drone_strike 2025-05-01']],
]);

table('a whole year not yet over in a decision\'s sentence is what the money covers, not the day it was decided', [
  // published Saturday 14 June 2025
  ['Norway will give Ukraine 2 billion crowns in military aid this year, its prime minister announced on Thursday.', ['aid_decision 2025-06-12'], ['aid_decision 2025-01-01']],
  ['Ministers met in Oslo on Friday. Denmark pledged 500 million euros in aid; Sweden said it would provide up to 1 billion euros this year.', ['aid_decision 2025-06-13'], ['aid_decision 2025-01-01']],
  ['On Wednesday Canada announced a loan of 2 billion dollars to Ukraine for 2026.', ['aid_decision 2025-06-11'], ['aid_decision 2026-01-01']],
  // a year gone by still dates what it tells; a meeting planned for a year is not a decision
  ['In 2023 Norway pledged 7 billion crowns in aid to Ukraine.', ['aid_decision 2023-01-01'], []],
  // the year an amount is "for" is budgeted, over or not when told: the day told before dates the decision
  ['The Dutch premier visited Kyiv on 3 March 2024. The same day his government announced 2 billion euros of military support for 2024/25.', ['aid_decision 2024-03-03'], ['aid_decision 2024-01-01'], '2025-02-10T09:00:00Z'],
  ['On Tuesday Finland approved 300 million euros in military aid to Ukraine for fiscal 2024.', ['aid_decision 2025-06-10'], ['aid_decision 2024-01-01']],
]);

table('a person\'s office told in a participle after the name ("X, appointed ... a week ago") dates the office, not the event', [
  // published Saturday 14 June 2025: the story's day, not the appointment's
  ['"We decided to withdraw our units from Vuhledar," said General Petrenko, appointed army chief less than a month ago.', ['territorial_capture 2025-06-14'], ['territorial_capture 2025-05-14']],
  ['Ukraine\'s army withdrew from Vuhledar, said General Hnatov, named to the post on 2 June.', ['territorial_capture 2025-06-14'], ['territorial_capture 2025-06-02']],
  // nor does it date the next sentence of its paragraph
  ['"We have left Toretsk," said Colonel Ivanenko, appointed brigade commander two weeks ago. Russia\'s defence ministry said its forces had taken Toretsk.', ['territorial_capture 2025-06-14'], ['territorial_capture 2025-05-31']],
  // the event's own date after the aside still dates it
  ['Syrota, elected mayor in May, met Zelenskyy in Kyiv on Thursday.', ['meeting 2025-06-12'], ['meeting 2025-05-01']],
]);

table('"the same day" is the day of the last event told on a day, not the start of a week or month told since', [
  ['Macron spoke to Putin by phone on Wednesday. Zelenskyy, who met Trump at a summit in Rome last week, asked for more air defence. The call came on the same day that Germany announced a new air-defence package for Ukraine.', ['aid_decision 2025-06-11'], ['aid_decision 2025-06-02']],
  // a count of days may still step from a month ("in early August, a visit ... Nine days later")
  ['In early May, Witkoff flew to Moscow for a last visit. Nine days later Trump and Putin met in Riyadh.', ['meeting 2025-05-10'], []],
]);

table('the day a person took office, told in an aside after the name, does not date the sentence\'s event', [
  ['Zelenskyy met Pope Leo, elected in May, at the Vatican on Thursday.', ['meeting 2025-06-12'], ['meeting 2025-05-01']],
  ['Zelenskyy met Chancellor Merz, sworn in last month, in Berlin.', [], ['meeting 2025-05-01']],
]);

table('"before the withdrawal", "after the fall of the town": a capture named by its noun, dated by its report when it has no day of its own', [
  ['Ukraine\'s army said on Friday it had withdrawn from Chasiv Yar. Two days before the withdrawal, Ukrainian drones struck a refinery in Saratov.', ['drone_strike 2025-06-11'], ['drone_strike 2025-06-13']],
  ['Russia said on Friday its troops had captured Toretsk. Three days before the fall of the town, missiles hit Kramatorsk.', ['missile_strike 2025-06-10'], ['missile_strike 2025-06-13']],
  // a withdrawal from a deal is no capture: nothing to count from
  ['Russia withdrew from the grain deal on Monday. Since the withdrawal, drones have struck Odesa every night.', [], ['drone_strike 2025-06-09']],
]);
