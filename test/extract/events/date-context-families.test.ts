/**
 * Date-context families: which date an event takes when its own sentence holds none (the sentence before's, a
 * date line's above it, the story's lead's, the day it is told on). One table per principle, with cases that must
 * hold and cases that must not, written for these tests in our own words (not copied from any corpus). Rows give
 * "type date place" lines; the article is published on Saturday 14 June 2025 at noon UTC unless a row says otherwise.
 */
import { table } from './families.js';

table('a day still to come, told in the sentence before, does not date what is told as done', [
  // wire copy: a schedule, then the news of the day
  ['Talks are due to resume in Geneva next week. Russian missiles struck Zaporizhzhia, killing four people.', ['missile_strike 2025-06-14 Zaporizhzhia', 'meeting 2025-06-16 Geneva'], ['missile_strike 2025-06-16 Zaporizhzhia']],
  // a regional update: a curfew announced ahead, then last night's attack
  ['The city will observe a curfew from Monday. Drones hit an apartment block in Kharkiv, the mayor said.', ['drone_strike 2025-06-14 Kharkiv'], ['drone_strike 2025-06-16 Kharkiv']],
  // a bulletin: a summit ahead, then the capture the ministry announced
  [
    'NATO leaders meet in The Hague on 24 June. Russian troops captured the village of Zelene Pole, the defence ministry said.',
    ['territorial_capture 2025-06-14 Zelene Pole'],
    ['territorial_capture 2025-06-24 Zelene Pole'],
  ],
  // a dateline story: an election ahead, then the shelling of the morning
  ['Voters in the region go to the polls in September. Russian artillery shelled Nikopol on the far bank, officials said.', ['shelling 2025-06-14 Nikopol'], ['shelling 2025-09-01 Nikopol']],
  // a day of the past before still dates what follows it
  ['On Tuesday, drones hit Odesa. Missiles struck Kharkiv, killing two, the governor said.', ['missile_strike 2025-06-10 Kharkiv'], ['missile_strike 2025-06-14 Kharkiv']],
  ['Last week the EU adopted new sanctions. Russian forces shelled Kherson, officials said.', ['shelling 2025-06-02 Kherson'], ['shelling 2025-06-14 Kherson']],
]);

table("an event told after the lead but dated well before it is background: a later paragraph's undated telling continues the lead", [
  // a wire story: the news, a paragraph on the last comparable attack, and the story told on
  [
    "Russian missiles hit Kyiv on Thursday, killing 28 people.\n\nKyiv was last hit this hard in July 2024, when a missile struck the Okhmatdyt children's hospital.\n\nDrones also struck Bila Tserkva, officials said.",
    ['missile_strike 2025-06-12 Kyiv', 'drone_strike 2025-06-12 Bila Tserkva'],
    ['drone_strike 2024-07-01 Bila Tserkva'],
  ],
  // a ministry bulletin: the capture of the day, the fall of a town last year, then another capture
  [
    'Russian forces captured the village of Zelene Pole on Friday, the defence ministry said.\n\nRussia took Avdiivka in February 2024 after months of fighting.\n\nIn the Zaporizhzhia region, troops seized the village of Malynivka, the ministry said.',
    ['territorial_capture 2025-06-13 Zelene Pole', 'territorial_capture 2024-02-01 Avdiivka', 'territorial_capture 2025-06-13 Malynivka'],
    ['territorial_capture 2024-02-01 Malynivka'],
  ],
  // a regional site: the strike, the worst strike on the city, then the day's strike told again
  [
    'A Russian drone hit a school in Sumy on Wednesday, the regional administration said.\n\nIn April 2023, a missile attack on Sumy killed 35.\n\nAnother drone struck a bus depot in the city, the administration added.',
    ['drone_strike 2025-06-11 Sumy'],
    ['drone_strike 2023-04-01 Sumy'],
  ],
  // an undated sentence in the background's own paragraph tells the background still
  [
    'Russian drones struck Odesa on Friday, the governor said.\n\nIn March 2024, a missile hit the port of Odesa, killing 20 people. Drones also struck Izmail, further south.',
    ['drone_strike 2025-06-13 Odesa', 'drone_strike 2024-03-01 Izmail'],
    ['drone_strike 2025-06-13 Izmail'],
  ],
  // a retrospective whose lead is itself old: its events are told on from there
  [
    'Two years ago, on 24 June 2023, Wagner fighters seized the army headquarters in Rostov-on-Don.\n\nBy the evening of 23 June 2023 they had already crossed the border.\n\nTheir columns also captured the military airfield of Millerovo, officials said.',
    ['territorial_capture 2023-06-24 Millerovo'],
    ['territorial_capture 2025-06-14 Millerovo'],
  ],
  // a paragraph telling the background's next step ("then", "later") continues the background
  [
    'Russia captured Pokrovsk on Friday, the ministry said.\n\nThe offensive began in July 2024. In August 2024, Russian troops took Novohrodivka.\n\nThey then seized the town of Selydove.',
    ['territorial_capture 2025-06-13 Pokrovsk', 'territorial_capture 2024-08-01 Selydove'],
    ['territorial_capture 2025-06-13 Selydove'],
  ],
  [
    'Russian forces captured Chasiv Yar on Thursday, the defence ministry said.\n\nWagner fighters took Bakhmut in May 2023 after a nine-month battle.\n\nLater, Ukrainian brigades retook the village of Klishchiivka to the south.',
    ['territorial_capture 2023-05-01 Klishchiivka'],
    ['territorial_capture 2025-06-12 Klishchiivka'],
  ],
  // a story of recent days told in order: the last day told is the one continued
  [
    'Russian drones hit Kharkiv on 2 June, the mayor said.\n\nOn 9 June, drones struck Kharkiv and Sumy.\n\nDrones also hit Poltava, officials said.',
    ['drone_strike 2025-06-09 Poltava'],
    ['drone_strike 2025-06-02 Poltava'],
  ],
]);

table('a date on a line of its own heads the lines below it, over a story told above it', [
  // a monitoring log: one day per heading, each line a paragraph
  [
    '12 June\nRussian drones hit Kharkiv overnight; 3 killed.\nMissiles struck Dnipro in the morning.\n\n13 June\nShelling of Kherson, 1 killed.',
    ['drone_strike 2025-06-12 Kharkiv', 'missile_strike 2025-06-12 Dnipro', 'shelling 2025-06-13 Kherson'],
    ['shelling 2025-06-12 Kherson'],
  ],
  // a liveblog with day headings, newest first
  [
    'Saturday 14 June\n\n18:10 — Drones struck Kharkiv, the mayor said.\n\nFriday 13 June\n\n21:40 — Missiles hit Dnipro, the governor said.\n\n20:05 — Drones also hit Sumy.',
    ['drone_strike 2025-06-14 Kharkiv', 'missile_strike 2025-06-13 Dnipro', 'drone_strike 2025-06-13 Sumy'],
    ['drone_strike 2025-06-14 Sumy'],
    undefined,
    '2025-06-14T20:00:00Z',
  ],
  // a diary with its days in capitals
  [
    'MONDAY 9 JUNE\n\nMissiles hit Lviv before dawn. Sirens all morning.\n\nTUESDAY 10 JUNE\n\nDrones struck the Lviv region again.',
    ['missile_strike 2025-06-09 Lviv', 'drone_strike 2025-06-10 Lviv Oblast'],
    ['drone_strike 2025-06-09 Lviv Oblast'],
  ],
  // a readout under its date line
  [
    'President Zelenskyy held a phone call with Chancellor Merz\n\n13 June 2025 - 19:20\n\nThe President of Ukraine had a substantive conversation with the Chancellor of Germany.',
    ['phone_call 2025-06-13'],
    ['phone_call 2025-06-14'],
  ],
  // a date line restating the day of publication says no more than that day: the undated lead is still the swap the
  // next paragraph dates
  [
    '14 June 2025\n\nRussia and Ukraine exchanged hundreds of prisoners of war, officials said.\n\nThe swap was carried out on Friday at the Belarusian border, with 390 people returned to each side.',
    ['prisoner_exchange 2025-06-13'],
    ['prisoner_exchange 2025-06-14'],
  ],
  // a headline with a date and many words is no date line: the story told above still dates what follows
  [
    'Russian drones hit Odesa on Tuesday, the governor said.\n\nWhy the port keeps being targeted after Monday strikes\n\nDrones also damaged a grain terminal in Odesa, officials said.',
    ['drone_strike 2025-06-10 Odesa'],
    ['drone_strike 2025-06-09 Odesa'],
  ],
  // a date line still to come heads plans, not what is told as done
  [
    'Russian missiles struck Kyiv on Thursday, the mayor said.\n\n20 June\n\nMissiles also hit Kyiv again, officials said.',
    ['missile_strike 2025-06-12 Kyiv'],
    ['missile_strike 2025-06-20 Kyiv'],
  ],
]);

table("a timestamped liveblog entry's day dates its undated events firmly: they are not re-tellings of another day's event", [
  // a talks liveblog: today's round and a catch-up on the preparatory meeting
  [
    '18:30 — US and Ukrainian delegations sit down for talks in Riyadh.\n\n09:00 — Catch-up: Rubio met Sybiha in Riyadh on Tuesday to prepare the round.',
    ['meeting 2025-06-14 Riyadh', 'meeting 2025-06-10 Riyadh'],
    [],
    undefined,
    '2025-06-14T20:00:00Z',
  ],
  // a decision today and the earlier one it reverses
  [
    '19:45 — Washington lifts its freeze on weapons deliveries to Ukraine, a White House official says.\n\n08:10 — The US had paused the deliveries on 2 June.',
    ['aid_decision 2025-06-14', 'aid_decision 2025-06-02'],
    [],
    undefined,
    '2025-06-14T20:00:00Z',
  ],
  // a swap today, a recap of an earlier repatriation
  [
    '17:05 — Ukraine and Russia exchange prisoners at the Belarusian border, Zelenskyy says.\n\n07:30 — Recap: the two sides swapped the bodies of fallen soldiers on Wednesday.',
    ['prisoner_exchange 2025-06-14'],
    [],
    undefined,
    '2025-06-14T20:00:00Z',
  ],
  // a truce in force is a state that began before the entry: it stays the truce told before
  [
    '14:55 — The Easter truce has been in force for three hours, officials say.\n\n09:10 — Putin announced on Friday a truce from noon on Saturday until midnight on Sunday.',
    ['ceasefire 2025-06-14'],
    ['ceasefire 2025-06-13'],
    undefined,
    '2025-06-14T15:00:00Z',
  ],
  // outside a liveblog an undated re-telling is the dated event still
  ['US and Ukrainian delegations met in Riyadh on Tuesday.\n\nThe talks in Riyadh lasted five hours, officials said.', ['meeting 2025-06-10 Riyadh'], ['meeting 2025-06-14 Riyadh']],
]);

table('a calendar date before a noun ("the February meeting", "the May 31 attack") names that noun\'s time: the sentences after are not told on it', [
  // a newsletter: the day of the visit, with a past meeting named in passing; the call during the visit is the visit's day
  [
    'On Tuesday the Ukrainian president was back at the White House, four months after the February meeting that ended in a row. Midway through, Trump stepped out to call Putin.',
    ['phone_call 2025-06-10'],
    ['phone_call 2025-02-01'],
  ],
  // wire copy: a strike, compared with an earlier one named by its day; the next strike told is of the same day
  [
    'Russian drones struck Kharkiv on Thursday, two weeks after the May 29 attack on the same district. Missiles hit Odesa, the governor said.',
    ['missile_strike 2025-06-12 Odesa'],
    ['missile_strike 2025-05-29 Odesa'],
  ],
  // a briefing: a month-named summit as a noun, then the talks of the week
  [
    'Last week the envoys met in Riyadh, the first contact since the March summit in Jeddah. Prisoners were exchanged at the Belarus border, officials said.',
    ['prisoner_exchange 2025-06-02'],
    ['prisoner_exchange 2025-03-01'],
  ],
  // a talk-show summary: the day of the talks, the earlier round named by its month
  ['Talks resumed in Geneva on Monday, weeks after the April round in Istanbul. Drones hit Sumy, the governor said.', ['drone_strike 2025-06-09 Sumy'], ['drone_strike 2025-04-01 Sumy']],
  // still a date of its own sentence: the relative clause tells of the strike the date names
  [
    'Investigators reconstructed the 27 June 2023 strike on a restaurant in Kramatorsk, where a Russian missile killed 13 people.',
    ['missile_strike 2023-06-27 Kramatorsk'],
    [],
  ],
  // a date told as the clause's own ("on 3 June") still dates what follows
  ['The envoys met in Istanbul on 3 June. Putin spoke by phone with Erdogan about the talks.', ['phone_call 2025-06-03'], []],
]);

table('a bare count of days ("A day later", "Three days later") steps from the event told, not from a month or part of a month told since', [
  // a report: the capture's day, a month-long background, then the next strike
  [
    'Russian forces captured the village of Novopil on 4 June. Fighting in the district went on through much of June. A day later, Russian drones struck Kharkiv.',
    ['drone_strike 2025-06-05 Kharkiv'],
    ['drone_strike 2025-06-02 Kharkiv'],
  ],
  // a regional digest: a past-perfect aside of late May between the event and the count
  [
    'The ministry reported the capture of Novopil on 2 June. Shelling of the district had been heavy in late May. Three days later, Russian drones hit Sumy.',
    ['drone_strike 2025-06-05 Sumy'],
    ['drone_strike 2025-05-04 Sumy'],
  ],
  // a day told since is the day the story moved on to, and the count steps from it
  ['Missiles hit Dnipro on 4 June. On 6 June the governor visited the damaged hospital. A day later, Russian drones struck Kharkiv.', ['drone_strike 2025-06-07 Kharkiv'], []],
  // an explainer: the lapse in mid-May in the event's own sentence does not move the count
  [
    'Trump and Putin spoke by phone on 3 May and agreed a pause on energy strikes, which lapsed in mid-May. Two days later, the sides swapped 205 prisoners.',
    ['prisoner_exchange 2025-05-05'],
    [],
  ],
]);

table('a weekday with its day in brackets dates the event by the bracketed day', [
  // a truce declared ahead, its ends written as weekday and day
  [
    'Russia will observe a truce from midnight on Friday (27 June) until midnight on Sunday (29 June), the Kremlin said.',
    ['ceasefire 2025-06-27'],
    ['ceasefire 2025-06-13', 'ceasefire 2025-06-20'],
  ],
  // a strike told in the past with its day in brackets
  ['Russian drones struck Odesa on Tuesday (10 June), the governor said.', ['drone_strike 2025-06-10 Odesa'], []],
]);

table('a date in brackets in the sentence before is an aside: what follows goes on from the day the narrative told', [
  // a desk note: a second round, the first one's day in brackets, then what the round agreed
  ['Delegations met in Geneva on Tuesday for a second round (the first was held on 3 June). They agreed to exchange 500 prisoners each.', ['agreement 2025-06-10'], ['agreement 2025-06-03']],
  // a regional update: the last such attack in brackets, then the day's shelling
  ['Drones hit Kherson on Thursday (the last such raid was on 2 May). Artillery shelled Beryslav, the governor said.', ['shelling 2025-06-12 Beryslav'], ['shelling 2025-05-02 Beryslav']],
  // with no date outside the brackets, the aside is still no narrative day: the story's own day dates what follows
  ['Officials gave new figures (a similar count was published on 2 May). Russian troops captured Zelene Pole, the ministry said.', ['territorial_capture 2025-06-14 Zelene Pole'], ['territorial_capture 2025-05-02 Zelene Pole']],
  // a day outside the brackets still dates what follows it
  ['Delegations met in Geneva on 3 June (a Tuesday, by the hosts\' account). They agreed to exchange 500 prisoners each.', ['agreement 2025-06-03'], ['agreement 2025-06-14']],
]);
