/**
 * How the event layer splits and joins the episodes of one article and dates each against the
 * others: anchored events, re-mentions, carried dates. Whole articles through extractArticle (the
 * real date layer), written in our own words; each row names the class of text it stands for.
 */
import t from 'tap';
import { extractArticle } from '../../../src/extract/index.js';
import type { ExtractedEvent } from '../../../src/extract/types.js';

interface Row {
  /** the class of text the row stands for */
  name: string;
  body: string;
  publishedAt: string;
  /** expected events of a type: start date (and end date) each, in body order; [] = none */
  expect: Partial<Record<ExtractedEvent['type'], string[]>>;
}

function dated(events: ExtractedEvent[], type: string): string[] {
  return events
    .filter((e) => e.type === type)
    .map((e) => (e.endDate === e.startDate ? e.startDate : `${e.startDate}..${e.endDate}`));
}

function check(rows: Row[]) {
  for (const row of rows) {
    t.test(row.name, async (t) => {
      const { events } = extractArticle({ title: '', body: row.body, publishedAt: row.publishedAt });
      for (const [type, dates] of Object.entries(row.expect)) t.same(dated(events, type), dates, `${type} in: ${row.body}`);
    });
  }
}

check([
  {
    name: 'a call told against another call ("before the call") is a second call, not the first told again',
    body: 'The chancellor spoke by phone with Vladimir Putin on Friday. Before the call, he had spoken with Volodymyr Zelenskyy.',
    publishedAt: '2024-11-16T09:00:00Z',
    expect: { phone_call: ['2024-11-15', '2024-11-15'] },
  },
  {
    name: 'the same call told twice without an anchor stays one call',
    body: 'Donald Trump spoke by phone with Vladimir Putin on Tuesday. The call lasted two hours.',
    publishedAt: '2025-03-19T09:00:00Z',
    expect: { phone_call: ['2025-03-18'] },
  },
  {
    name: 'a trigger inside "a day after the call" is the anchor event: the sentence date less the offset',
    body: 'Russia and Ukraine exchanged 175 prisoners on Wednesday, a day after the phone call between Donald Trump and Vladimir Putin.',
    publishedAt: '2025-03-20T07:00:00Z',
    expect: { prisoner_exchange: ['2025-03-19'], phone_call: ['2025-03-18'] },
  },
  {
    name: 'a weekday possessive inside an anchor phrase ("after Friday\'s call") dates the call itself',
    body: "Power cuts spread across the east on Sunday, two days after Friday's telephone call between Olaf Scholz and Vladimir Putin.",
    publishedAt: '2024-11-17T08:00:00Z',
    expect: { phone_call: ['2024-11-15'] },
  },
  {
    name: '"came a day after" with the subject dated in its own clause counts back from that date',
    body: "The general's statement on Saturday came a day after a car bomb killed General Ivan Petrenko in Balashikha, an assassination blamed on Kyiv.",
    publishedAt: '2025-04-28T17:00:00Z',
    expect: { assassination: ['2025-04-25'] },
  },
  {
    name: '"the previous call ... in 2022" is another call than the undated one the article reports',
    body: 'Vladimir Putin had a telephone conversation with Emmanuel Macron.\n\nThe previous telephone conversation between the two leaders took place in September 2022.',
    publishedAt: '2025-07-01T16:30:00Z',
    expect: { phone_call: ['2025-07-01', '2022-09-01..2022-09-30'] },
  },
  {
    name: 'an undated re-telling of the story without "previous" still joins its dated mention',
    body: 'Vladimir Putin had a telephone conversation with Emmanuel Macron on Monday.\n\nThe conversation took place at the initiative of the French side.',
    publishedAt: '2025-07-02T16:30:00Z',
    expect: { phone_call: ['2025-06-30'] },
  },
  {
    name: 'a date carried to the next sentence is the story\'s date, not the start of a demanded truce ("from Monday")',
    body: 'European leaders met Zelenskyy in Kyiv yesterday and urged Russia to accept a ceasefire from Monday. From Kyiv, the leaders also held a phone call with Donald Trump.',
    publishedAt: '2025-05-11T07:00:00Z',
    expect: { phone_call: ['2025-05-10'] },
  },
  {
    name: 'a range "from May 23 to May 25" is still carried whole to the next sentence',
    body: 'The swap was carried out in three stages, from May 23 to May 25. On the first day 390 prisoners were returned to each side.',
    publishedAt: '2025-06-01T09:00:00Z',
    expect: { prisoner_exchange: ['2025-05-23..2025-05-25'] },
  },
  {
    name: '"Three days earlier" opening a later paragraph steps back from the lead event, not the last one told',
    body:
      'Russian missiles hit a dormitory in Kramatorsk early on Sunday.\n\nShelling hit Kherson on Friday afternoon, officials said.\n\nThree days earlier, Russian drones struck Odesa.',
    publishedAt: '2023-01-08T15:00:00Z',
    expect: { drone_strike: ['2023-01-05'] },
  },
  {
    name: '"a day earlier" inside a paragraph steps back from the event told just before',
    body: 'Russian missiles hit Kramatorsk early on Sunday. Shelling hit Kherson on Friday afternoon; a day earlier, Russian drones struck Odesa.',
    publishedAt: '2023-01-08T15:00:00Z',
    expect: { drone_strike: ['2023-01-05'] },
  },
  {
    name: 'a truce "until the end of" a day ends on it even when the date layer marks that day as a boundary',
    body: 'On 19 April 2025, Vladimir Putin announced a unilateral Easter truce from 18:00 Moscow time that day until the end of 20 April.',
    publishedAt: '2025-04-22T10:00:00Z',
    expect: { ceasefire: ['2025-04-19..2025-04-20'] },
  },
  {
    name: 'a truce of known length that "ended at midnight" ran up to the day before a morning report',
    body: "Russia's own 72-hour truce for the May holidays ended at midnight; Kyiv says it was broken hundreds of times.",
    publishedAt: '2025-05-11T07:00:00Z',
    expect: { ceasefire: ['2025-05-08..2025-05-10'] },
  },
  {
    name: '"X followed an agreement reached on June 2": the date after "followed" is not the date of X',
    body: 'Russia returned 909 bodies of fallen soldiers to Ukraine on Friday.\n\nThe repatriation followed an agreement reached in Istanbul on June 2 to exchange all severely wounded prisoners.',
    publishedAt: '2025-06-14T10:00:00Z',
    expect: { prisoner_exchange: ['2025-06-13'] },
  },
  {
    name: 'an undated mention continues the story\'s event, not the earlier one told as background ("last exchanged")',
    body:
      'KYIV — Ukraine brought home 175 soldiers on Wednesday in an exchange with Russia.\n\nKyiv and Moscow last exchanged prisoners in February.\n\nZelenskyy thanked the Emirates for help with the release of the defenders.',
    publishedAt: '2025-06-14T10:00:00Z',
    expect: { prisoner_exchange: ['2025-06-11', '2025-02-01..2025-02-28'] },
  },
  {
    name: 'a fronted anchor dates its main clause; an anchor in a later ", and ..." clause is that clause\'s',
    body:
      'Russian missiles hit Kramatorsk early on Sunday.\n\nShelling hit Kherson on Friday afternoon.\n\nThree days earlier, Erdogan had urged Vladimir Putin in a telephone call to halt the fighting, and the Kremlin replied the same afternoon.',
    publishedAt: '2023-01-08T15:00:00Z',
    expect: { phone_call: ['2023-01-05'] },
  },
  {
    name: 'the reporting frame of the trigger\'s clause dates it before a date of a later relative clause',
    body: 'Russian commanders told Vladimir Putin on Saturday that troops had captured Gornal, which would mean the incursion launched last August was over.',
    publishedAt: '2025-04-28T17:00:00Z',
    expect: { territorial_capture: ['2025-04-26'] },
  },
  {
    name: 'a strike a ministry "said on Monday" it "had" carried out is the strike told before, not a new one',
    body: "Russian missiles struck Sumy on Sunday, killing 35 people.\n\nRussia's defence ministry said on Monday that its missiles had hit a meeting of commanders in Sumy.",
    publishedAt: '2025-04-14T11:00:00Z',
    expect: { missile_strike: ['2025-04-13'] },
  },
  {
    name: 'a decision "announced on March 3" that "had raised fears" keeps the date of its announcement',
    body: 'The freeze on weapons deliveries to Ukraine, announced on March 3 after a tense White House meeting, had raised fears of shortages.',
    publishedAt: '2025-03-12T06:00:00Z',
    expect: { aid_decision: ['2025-03-03'] },
  },
  {
    name: 'a liveblog entry timed later than the one above it was written the day before: its "this evening" and undated events too',
    body:
      '00:40 GMT — Russian drones hit Odesa overnight, the governor says.\n\n23:55 GMT — Russian drones struck Kharkiv this evening, the mayor says.\n\n21:10 GMT — Shelling hit Kherson, officials say.',
    publishedAt: '2025-04-20T01:00:00Z',
    expect: { drone_strike: ['2025-04-20', '2025-04-19'], shelling: ['2025-04-19'] },
  },
  {
    name: 'a liveblog within one day keeps the publication day for every entry',
    body: '17:20 GMT — Russian drones struck Kharkiv this evening.\n\n09:10 GMT — Shelling hit Kherson this morning.',
    publishedAt: '2025-04-19T21:30:00Z',
    expect: { drone_strike: ['2025-04-19'], shelling: ['2025-04-19'] },
  },
  {
    name: 'a bulletin item under a city line ("KHARKIV.") is placed there when its sentence names no place',
    body: 'Morning bulletin.\n\nKHARKIV. Two glide bombs hit a residential district overnight, injuring 12 people.',
    publishedAt: '2024-11-15T06:00:00Z',
    expect: { air_strike: ['2024-11-15'] },
  },
  {
    name: 'the date in a bulletin item\'s dateline is the filing day, not the day of the event it reports',
    body: 'Evening bulletin.\n\nKYIV, 8 September — Russian drones struck Odesa on Sunday, the governor said.',
    publishedAt: '2025-09-08T19:00:00Z',
    expect: { drone_strike: ['2025-09-07'] },
  },
  {
    name: 'a truce "from 12:00 on 6 January to 24:00 on 7 January" spans both days (clock times between the dates)',
    body: 'The president instructed the army to introduce a ceasefire from 12:00 on 6 January 2023 to 24:00 on 7 January 2023.',
    publishedAt: '2023-01-05T15:00:00Z',
    expect: { ceasefire: ['2023-01-06..2023-01-07'] },
  },
  {
    name: 'fighting "on either day of the 36-hour ceasefire" is dated by the truce it names',
    body: 'A 36-hour ceasefire began on Friday at noon.\n\nAround Bakhmut, fighting went on throughout the 36-hour ceasefire, soldiers said.',
    publishedAt: '2023-01-08T10:00:00Z',
    expect: { armed_clash: ['2023-01-06'] },
  },
  {
    name: '"The swap was carried out a day after Kyiv and Kharkiv were struck" dates the strikes from the swap',
    body: 'Some 230 Ukrainians were returned home on Wednesday in an exchange of prisoners with Russia.\n\nThe swap was carried out a day after Kyiv and Kharkiv were struck by ballistic missiles.',
    publishedAt: '2024-01-03T12:00:00Z',
    expect: { prisoner_exchange: ['2024-01-03'], missile_strike: ['2024-01-02', '2024-01-02'] },
  },
  {
    name: 'with no verb of sequence and no datable subject, "two days after" does not re-date a strike told with its own date',
    body: 'Russian drones hit Kyiv on Monday, two days after the talks between the two delegations.',
    publishedAt: '2025-05-20T12:00:00Z',
    expect: { drone_strike: ['2025-05-19'] },
  },
  {
    name: '"the call" told again in the sentence that introduced a call is that call, not one on the day it was defended',
    body: 'Olaf Scholz, whose telephone conversation with Putin on Friday drew criticism in Kyiv, defended the call on Tuesday.',
    publishedAt: '2024-11-19T18:00:00Z',
    expect: { phone_call: ['2024-11-15'] },
  },
  {
    name: '"In the call, X agreed ..., the Kremlin said on Tuesday" is the call told before, and anchors count from it',
    body: 'Trump spoke with Putin for more than two hours on Monday.\n\nIn the call, Putin agreed to a memorandum, the Kremlin said on Tuesday.\n\nHours after the call, Trump spoke to Zelenskyy.',
    publishedAt: '2025-05-22T10:00:00Z',
    expect: { phone_call: ['2025-05-19', '2025-05-19'] },
  },
  {
    name: 'a fronted saying date ("On Wednesday, the Kremlin said ... in their call") does not date the call told before',
    body: 'Donald Trump and Vladimir Putin spoke by phone on Tuesday.\n\nOn Wednesday, the Kremlin said Putin had told Trump in their call that Russia would not accept a truce.',
    publishedAt: '2025-05-22T10:00:00Z',
    expect: { phone_call: ['2025-05-20'] },
  },
  {
    name: 'a fronted date before "officials said" still dates a new event the saying reports',
    body: 'On Monday, officials said Russian drones hit Odesa.',
    publishedAt: '2025-05-22T10:00:00Z',
    expect: { drone_strike: ['2025-05-19'] },
  },
  {
    name: 'the day a call was reported gives way to the day the text gives it in another sentence',
    body: 'KYIV — Zelenskyy and Trump discussed air defence in a phone call, Zelenskyy said on Sunday.\n\nThe conversation took place on Saturday, he said.',
    publishedAt: '2025-05-26T10:00:00Z',
    expect: { phone_call: ['2025-05-24'] },
  },
  {
    name: 'a date in a long "since" clause is background, not the date of the event the clause names',
    body: 'Ukraine and Russia swapped 150 prisoners of war on Thursday.\n\nThe exchange, mediated by the UAE, was the first since Russia and Ukraine returned the bodies of fallen soldiers in June.',
    publishedAt: '2025-08-16T10:00:00Z',
    expect: { prisoner_exchange: ['2025-08-14'] },
  },
]);

// An anchor phrase with no event of ours behind it is dated by the sentence that told its noun.
check([
  {
    name: 'anchor on talks told with a date that are no event of ours ("were brief"): counts from that date',
    body: 'The Geneva talks last Thursday were brief.\n\nTwo days after the talks, Russian missiles hit Zaporizhzhia.',
    publishedAt: '2025-06-09T08:00:00Z',
    expect: { missile_strike: ['2025-06-07'] },
  },
  {
    name: 'anchor on a demonstrative ("that broadcast") counts from the last date told',
    body: 'The governor went on television on Saturday evening to ask residents to stay indoors.\n\nMinutes after that broadcast, drones struck Kherson.',
    publishedAt: '2025-06-09T08:00:00Z',
    expect: { drone_strike: ['2025-06-07'] },
  },
  {
    name: 'negative: anchor on a noun told only without a date keeps the publication day',
    body: 'The parade in the capital was cancelled.\n\nA day after the parade, drones struck Kharkiv.',
    publishedAt: '2025-06-09T08:00:00Z',
    expect: { drone_strike: ['2025-06-09'] },
  },
  {
    name: 'negative: a demonstrative anchor with nothing dated before it keeps the publication day',
    body: 'Hours after that speech, Russian missiles hit Dnipro.',
    publishedAt: '2025-06-09T08:00:00Z',
    expect: { missile_strike: ['2025-06-09'] },
  },
]);

// A date that only another clause gives yields to an anchor of the trigger's own clause.
check([
  {
    name: 'an anchor before the trigger beats a date inside a following "which" clause',
    body: 'The US Treasury put sanctions on two oil firms on Wednesday.\n\nA day later the European Union adopted its 19th sanctions package, which bans gas imports from 2027.',
    publishedAt: '2025-10-24T17:00:00Z',
    expect: { sanctions: ['2025-10-22', '2025-10-23'] },
  },
  {
    name: "negative: a date in the trigger's own clause still beats an anchor of the clause before",
    body: 'The US Treasury put sanctions on two oil firms on Wednesday.\n\nDays later the European Union adopted its 19th sanctions package on Friday.',
    publishedAt: '2025-10-24T17:00:00Z',
    expect: { sanctions: ['2025-10-22', '2025-10-24'] },
  },
]);

// "says that X has done": the conjunction "that" is no determiner pointing back to an event told before.
check([
  {
    name: 'a second decision reported with "said on Monday that X has paused" keeps the day of the saying',
    body: 'The United States resumed military aid to Ukraine on Tuesday.\n\nAn official said on Monday that Trump has paused military aid to Ukraine.',
    publishedAt: '2025-03-12T09:00:00Z',
    expect: { aid_decision: ['2025-03-11', '2025-03-10'] },
  },
  {
    name: 'negative: "that call" told after a dated call is the call told again, not a call on the day of saying',
    body: 'Trump spoke with Putin by phone on Monday.\n\nThe Kremlin said on Wednesday that call had been useful.',
    publishedAt: '2025-03-12T09:00:00Z',
    expect: { phone_call: ['2025-03-10'] },
  },
]);

// A bare anchor with nothing dated before it counts from the day the story is told on.
check([
  {
    name: '"the night before" after an undated lead is the night before the publication day, and another strike',
    body: 'Russian drones attacked the port of Odesa, the governor said this morning.\n\nThe night before, drones had hit Odesa as well.',
    publishedAt: '2023-07-19T05:00:00Z',
    expect: { drone_strike: ['2023-07-19', '2023-07-18'] },
  },
  {
    name: '"three days earlier" with no date before it counts back from the publication day',
    body: 'Three days earlier, Russian missiles hit Dnipro.',
    publishedAt: '2023-07-19T05:00:00Z',
    expect: { missile_strike: ['2023-07-16'] },
  },
  {
    name: 'negative: "within hours" with nothing dated before it names no other day',
    body: 'Within hours, Russian missiles hit Dnipro.',
    publishedAt: '2023-07-19T05:00:00Z',
    expect: { missile_strike: ['2023-07-19'] },
  },
]);

// A day inside another mention's month joins it only when the two share a party.
check([
  {
    name: 'a dated pledge and another country\'s pledge "earlier this month" are two decisions',
    body: 'Germany will send 14 Leopard tanks to Ukraine, Chancellor Olaf Scholz said on Wednesday.\n\nBritain, which had pledged 14 Challenger tanks earlier this month, welcomed the move.',
    publishedAt: '2023-01-26T13:00:00Z',
    expect: { aid_decision: ['2023-01-25', '2023-01-01..2023-01-25'] },
  },
  {
    name: 'negative: the same country\'s decision told with its day and with its month stays one',
    body: 'Germany agreed on Wednesday to send 14 Leopard tanks to Ukraine.\n\nGermany decided to send the tanks this month after weeks of pressure.',
    publishedAt: '2023-01-26T13:00:00Z',
    expect: { aid_decision: ['2023-01-25'] },
  },
]);

// "on D1 and again on D2": the same act told for two days is two events, one per day.
check([
  {
    name: 'a strike told "overnight into Monday and again overnight into Tuesday" is two strikes',
    body: 'Russian drones hit Kharkiv overnight into Monday and again, harder, overnight into Tuesday.',
    publishedAt: '2024-06-11T08:00:00Z',
    expect: { drone_strike: ['2024-06-10', '2024-06-11'] },
  },
  {
    name: 'a place named only after the second day is hit on that day alone',
    body: 'Russian missiles hit Odesa on Monday and again on Tuesday, when a grain terminal in Izmail burned.',
    publishedAt: '2024-06-12T08:00:00Z',
    expect: { missile_strike: ['2024-06-10', '2024-06-11', '2024-06-11'] },
  },
  {
    name: 'negative: two dates joined without "again" are a range, not a repetition',
    body: 'Russian artillery shelled Nikopol from Monday to Tuesday.',
    publishedAt: '2024-06-12T08:00:00Z',
    expect: { shelling: ['2024-06-10..2024-06-11'] },
  },
]);

// "X on D1 and Y on D2": each place of a coordination is an event on its own item's date.
check([
  {
    name: 'two captures, each with its date',
    body: 'The counter-offensive took Izium on 10 September and Kupiansk on 12 September.',
    publishedAt: '2024-11-20T10:00:00Z',
    expect: { territorial_capture: ['2024-09-10', '2024-09-12'] },
  },
  {
    name: 'two strikes on weekdays',
    body: 'Russian missiles hit Kharkiv on Monday and Odesa on Wednesday.',
    publishedAt: '2024-11-20T10:00:00Z',
    expect: { missile_strike: ['2024-11-18', '2024-11-20'] },
  },
  {
    name: 'negative: two places sharing one date, with another date in a later clause, keep the shared one',
    body: 'Russian missiles hit Kharkiv and Odesa on Wednesday, a day after the talks on Tuesday.',
    publishedAt: '2024-11-20T10:00:00Z',
    expect: { missile_strike: ['2024-11-20', '2024-11-20'] },
  },
]);
