/** The date layer's table of cases: shared by its tests and its benchmark (bench/dates.ts). */
import type { DateMention, DateReference } from '../../../src/extract/types.js';

// 2025-07-07 is a Monday.
export const MONDAY = '2025-07-07T08:00:00Z';

export function referenceOf(publishedAt: string): DateReference {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(publishedAt);
  const offsetMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return { instant: new Date(publishedAt), offsetMinutes, fromIngestTime: false };
}

export interface Case {
  name: string;
  text: string;
  publishedAt?: string;
  expect: Partial<DateMention> & { text: string };
}

export const cases: Case[] = [
  // Weekdays, by tense
  { name: 'past-tense weekday: the most recent one', text: 'On Saturday, Russian drones struck the port.', expect: { text: 'Saturday', kind: 'date', value: '2025-07-05', tense: 'past', certainty: 'relative' } },
  { name: 'past-tense weekday on the publication day itself', text: 'Officials said on Monday that the bridge had reopened.', expect: { text: 'Monday', value: '2025-07-07', tense: 'past' } },
  { name: 'future weekday: will meet', text: 'The two leaders will meet on Thursday in Geneva.', expect: { text: 'Thursday', value: '2025-07-10', tense: 'future' } },
  { name: 'future weekday: is expected to', text: 'A vote is expected to take place on Friday.', expect: { text: 'Friday', value: '2025-07-11', tense: 'future' } },
  { name: 'future weekday: due to', text: 'Delegations are due to arrive on Wednesday.', expect: { text: 'Wednesday', value: '2025-07-09', tense: 'future' } },
  { name: 'future weekday: plans to', text: 'The ministry plans to publish the list on Tuesday.', expect: { text: 'Tuesday', value: '2025-07-08', tense: 'future' } },
  { name: 'future passive: to be held', text: 'The summit is to be held on Saturday.', expect: { text: 'Saturday', value: '2025-07-12', tense: 'future' } },
  { name: 'next weekday', text: 'Talks resume next Monday.', expect: { text: 'next Monday', value: '2025-07-14', tense: 'future' } },
  { name: 'last weekday is before the publication day', text: 'He arrived last Monday.', expect: { text: 'last Monday', value: '2025-06-30', tense: 'past' } },
  { name: "last weekday naming yesterday's weekday is the week before's", text: 'The envoys spoke by phone last Sunday.', expect: { text: 'last Sunday', value: '2025-06-29', tense: 'past' } },
  { name: 'last weekday two days back is those two days', text: 'The convoy left the depot last Saturday.', expect: { text: 'last Saturday', value: '2025-07-05', tense: 'past' } },
  { name: 'a part of a day told by its weekday with last is that weekday', text: 'The convoy left on the evening of last Thursday.', expect: { text: 'last Thursday', value: '2025-07-03', tense: 'past' } },
  { name: 'a part of a day told by an event stays an anchor', text: 'The convoy left on the evening of the vote.', expect: { text: 'the evening of the vote', kind: 'anchor' } },
  { name: 'yesterday told as its weekday stays yesterday', text: 'The envoys spoke by phone on Sunday.', expect: { text: 'Sunday', value: '2025-07-06', tense: 'past' } },
  // Easter and the days named from it move with the computus (Western unless "Orthodox" is said)
  { name: 'Palm Sunday is the Sunday before Easter, not the last Sunday', text: 'Missiles struck the city as residents gathered for Palm Sunday.', publishedAt: '2025-04-21T08:00:00Z', expect: { text: 'Palm Sunday', value: '2025-04-13', certainty: 'explicit' } },
  { name: 'Palm Sunday told months later is that year\'s', text: 'Missiles struck the city as residents gathered for Palm Sunday.', expect: { text: 'Palm Sunday', value: '2025-04-13' } },
  { name: 'Easter Sunday ending a declared window', text: 'The Kremlin declared a truce from 18:00 on Saturday until midnight after Easter Sunday.', publishedAt: '2025-04-19T19:00:00Z', expect: { text: 'Easter Sunday', value: '2025-04-20', boundary: 'until' } },
  { name: 'Orthodox Easter by the Julian computus', text: 'Shelling went on over Orthodox Easter, the governor said.', publishedAt: '2023-04-20T10:00:00Z', expect: { text: 'Orthodox Easter', value: '2023-04-16' } },
  { name: 'Western Easter Sunday in a year the churches differ', text: 'A cathedral in the city was damaged on Easter Sunday, officials said.', publishedAt: '2024-04-02T10:00:00Z', expect: { text: 'Easter Sunday', value: '2024-03-31' } },
  { name: 'Orthodox Easter Sunday five weeks after the Western one', text: 'Both sides traded prisoners on Orthodox Easter Sunday.', publishedAt: '2024-05-07T10:00:00Z', expect: { text: 'Orthodox Easter Sunday', value: '2024-05-05' } },
  { name: 'Easter Monday in the past', text: 'Negotiators met again on Easter Monday in Geneva.', publishedAt: '2022-04-20T10:00:00Z', expect: { text: 'Easter Monday', value: '2022-04-18' } },
  { name: 'Good Friday ahead', text: 'Talks will resume after Good Friday, the mediators said.', publishedAt: '2026-03-20T10:00:00Z', expect: { text: 'Good Friday', value: '2026-04-03', tense: 'future' } },
  { name: 'a bare Easter after "by" lies ahead of a plan', text: 'The ministry expects the bridge to reopen by Easter.', publishedAt: '2026-02-10T10:00:00Z', expect: { text: 'Easter', value: '2026-04-05' } },
  { name: 'a day-month told with its weekday ends a window in the year it falls on that weekday', text: 'Sat 19 Apr — Putin declares a truce from 18:00 Moscow time until midnight after Sunday 20 Apr; Kyiv was not consulted.', publishedAt: '2025-05-12T09:00:00Z', expect: { text: 'Sunday 20 Apr', value: '2025-04-20', boundary: 'until' } },
  { name: 'a day-month with its weekday, a deadline read forward', text: 'The exchange is to be completed by Friday, March 7, officials say.', publishedAt: '2025-03-20T09:00:00Z', expect: { text: 'Friday, March 7', value: '2025-03-07' } },
  { name: 'a Palm Sunday heading a paragraph does not take the Sunday told before', text: 'On Sunday, 20 April, the truce ended. It was Palm Sunday a week earlier when the missiles fell.', publishedAt: '2025-04-22T10:00:00Z', expect: { text: 'Palm Sunday', value: '2025-04-13' } },
  { name: 'reported speech: said on one day, will act on another', text: 'The army said on Friday it will withdraw on Wednesday.', expect: { text: 'Wednesday', value: '2025-07-09', tense: 'future' } },
  { name: 'weekday said in the past, with a future clause after', text: 'Apple announced Friday that it will give owners a case.', expect: { text: 'Friday', value: '2025-07-04', tense: 'past' } },
  { name: 'weekday and day of month are one date', text: 'The deal was signed on Sunday, March 2.', expect: { text: 'Sunday, March 2', value: '2025-03-02', span: { startDate: '2025-03-02', endDate: '2025-03-02', precision: 'day' } } },

  // The publication day
  { name: 'overnight', text: 'Air defences shot down 40 drones overnight, the air force said.', expect: { text: 'overnight', value: '2025-07-07', span: { startDate: '2025-07-07', endDate: '2025-07-07', precision: 'day' } } },
  { name: 'overnight into a weekday', text: 'Explosions were heard overnight into Sunday.', expect: { text: 'overnight into Sunday', value: '2025-07-06' } },
  { name: 'overnight on a weekday', text: 'The attack came overnight on Saturday.', expect: { text: 'overnight on Saturday', value: '2025-07-05' } },
  { name: 'last night', text: 'Sirens sounded last night across the capital.', expect: { text: 'last night', value: '2025-07-07' } },
  // "proposed" as a second verb of its subject, or after the past perfect's "had", is a past verb, not a plan's adjective
  { name: 'a weekday before "and proposed" is the first verb\'s, in the past', text: 'Orban phoned Putin on Friday and proposed a swap of prisoners.', expect: { text: 'Friday', value: '2025-07-04', tense: 'past' } },
  { name: 'a weekday before "and then proposed"', text: 'The envoys met on Saturday and then proposed a second round.', expect: { text: 'Saturday', value: '2025-07-05', tense: 'past' } },
  { name: 'the day right after "had proposed" is the proposing\'s', text: 'The mayor said the council had proposed on Thursday to extend the curfew.', expect: { text: 'Thursday', value: '2025-07-03', tense: 'past' } },
  { name: 'late last night is the evening before', text: 'The ministry confirmed the handover late last night.', expect: { text: 'last night', value: '2025-07-06' } },
  { name: 'late last night opening a sentence', text: 'Late last night the governor ordered shelters opened.', expect: { text: 'last night', value: '2025-07-06' } },
  { name: 'late last night in capitals', text: 'GOVERNOR: BORDER VILLAGES SHELLED LATE LAST NIGHT', expect: { text: 'LAST NIGHT', value: '2025-07-06' } },
  { name: 'this morning', text: 'The minister resigned this morning.', expect: { text: 'this morning', value: '2025-07-07' } },
  { name: 'earlier today', text: 'Earlier today the convoy crossed the border.', expect: { text: 'Earlier today', value: '2025-07-07' } },
  { name: 'tonight', text: 'The president will speak tonight.', expect: { text: 'tonight', value: '2025-07-07' } },
  { name: 'yesterday', text: 'The talks collapsed yesterday.', expect: { text: 'yesterday', value: '2025-07-06', tense: 'past' } },
  { name: 'publication day in the publication clock', text: 'The power plant was hit today.', publishedAt: '2025-07-07T23:30:00-05:00', expect: { text: 'today', value: '2025-07-07' } },
  { name: 'a positive offset moves the day forward', text: 'The power plant was hit today.', publishedAt: '2025-07-07T01:30:00+03:00', expect: { text: 'today', value: '2025-07-07' } },

  // Weeks, months, years, seasons
  { name: 'last week is an ISO week', text: 'Last week, fighting intensified near the river.', expect: { text: 'Last week', value: '2025-W27', span: { startDate: '2025-06-30', endDate: '2025-07-06', precision: 'week' } } },
  { name: 'this week', text: 'Negotiators met this week.', expect: { text: 'this week', value: '2025-W28' } },
  { name: 'next week', text: 'Inspectors arrive next week.', expect: { text: 'next week', value: '2025-W29', tense: 'future' } },
  { name: 'ISO week-numbering year', text: 'Last week the port closed.', publishedAt: '2021-01-06T10:00:00Z', expect: { text: 'Last week', value: '2020-W53', span: { startDate: '2020-12-28', endDate: '2021-01-03', precision: 'week' } } },
  { name: 'earlier this month: the days of the month before the publication day', text: 'Earlier this month the army retreated.', expect: { text: 'Earlier this month', value: '2025-07', span: { startDate: '2025-07-01', endDate: '2025-07-06', precision: 'month' } } },
  { name: 'last month across a year boundary', text: 'Prices fell last month.', publishedAt: '2025-01-15T00:00:00Z', expect: { text: 'last month', value: '2024-12' } },
  { name: 'next month', text: 'Elections will be held next month.', expect: { text: 'next month', value: '2025-08' } },
  { name: 'earlier in the week is this week', text: 'Rival firms beat forecasts earlier in the week.', expect: { text: 'earlier in the week', value: '2025-W28', span: { startDate: '2025-07-07', endDate: '2025-07-13', precision: 'week' } } },
  { name: 'late in the year is this year', text: 'Output recovered late in the year.', expect: { text: 'late in the year', value: '2025' } },
  { name: 'in December, past tense: the last December', text: 'In December, talks collapsed.', expect: { text: 'December', value: '2024-12', span: { startDate: '2024-12-01', endDate: '2024-12-31', precision: 'month' }, certainty: 'explicit' } },
  { name: 'in December, future tense: the next December', text: 'The plant will reopen in December.', expect: { text: 'December', value: '2025-12', tense: 'future' } },
  { name: 'month and year', text: 'The offensive began in March 2022.', expect: { text: 'March 2022', value: '2022-03', certainty: 'explicit' } },
  { name: 'early month', text: 'The bridge was repaired in early March.', expect: { text: 'early March', value: '2025-03' } },
  { name: 'mid-month', text: 'Shelling resumed in mid-June.', expect: { text: 'mid-June', value: '2025-06' } },
  { name: 'the last week of a month: the ISO week of its last Thursday', text: 'Car sales rebounded in the last week of March.', publishedAt: '2009-04-02T00:00:00Z', expect: { text: 'the last week of March', value: '2009-W13', span: { startDate: '2009-03-23', endDate: '2009-03-29', precision: 'week' } } },
  { name: 'the first week of a month', text: 'Talks will open in the first week of August.', expect: { text: 'the first week of August', value: '2025-W32', span: { startDate: '2025-08-04', endDate: '2025-08-10', precision: 'week' }, tense: 'future' } },
  { name: 'month of next year', text: 'Licences expire after October of next year.', expect: { text: 'October of next year', value: '2026-10' } },
  { name: 'last summer: the season, month precision, first month as value', text: 'Last summer the offensive stalled.', expect: { text: 'Last summer', value: '2024-06', span: { startDate: '2024-06-01', endDate: '2024-08-31', precision: 'month' } } },
  { name: 'this spring', text: 'The dam was rebuilt this spring.', expect: { text: 'this spring', value: '2025-03', span: { startDate: '2025-03-01', endDate: '2025-05-31', precision: 'month' } } },
  { name: 'winter spans a year boundary', text: 'The winter of 2022 was hard.', expect: { text: 'The winter of 2022', value: '2022-12', span: { startDate: '2022-12-01', endDate: '2023-02-28', precision: 'month' } } },
  { name: 'in 2022', text: 'In 2022, Russia invaded.', expect: { text: '2022', value: '2022', span: { startDate: '2022-01-01', endDate: '2022-12-31', precision: 'year' }, certainty: 'explicit' } },
  { name: 'last year', text: 'Exports fell last year.', expect: { text: 'last year', value: '2024' } },
  { name: 'next year', text: 'The treaty will take effect next year.', expect: { text: 'next year', value: '2026' } },
  { name: 'the start of the year', text: 'The index has lost 40% since the beginning of the year.', expect: { text: 'the beginning of the year', value: '2025', boundary: 'since' } },
  { name: 'part of a year', text: 'Output will rise by mid-2024.', expect: { text: 'mid-2024', value: '2024', span: { startDate: '2024-01-01', endDate: '2024-12-31', precision: 'year' } } },
  { name: 'the first half of a year', text: 'Revenue rose in the first half of 2024.', expect: { text: 'the first half of 2024', value: '2024' } },
  { name: 'this past weekend', text: 'He spoke this past weekend.', expect: { text: 'this past weekend', value: '2025-W27', span: { startDate: '2025-07-05', endDate: '2025-07-06', precision: 'week' } } },
  { name: 'a year named with its noun', text: 'He lost the 2008 election.', expect: { text: '2008', value: '2008' } },
  { name: 'N days ago', text: 'The village fell three days ago.', expect: { text: 'three days ago', value: '2025-07-04' } },
  { name: 'a year ago', text: 'Sales were higher a year ago.', expect: { text: 'a year ago', value: '2024' } },
  { name: 'over the weekend', text: 'Drones hit the refinery over the weekend.', expect: { text: 'the weekend', value: '2025-W27', span: { startDate: '2025-07-05', endDate: '2025-07-06', precision: 'week' } } },

  { name: 'the same month a year ago takes the month named before it', text: 'Sales fell 35% in January compared with the same month a year ago.', publishedAt: '2009-02-03T00:00:00Z', expect: { text: 'the same month a year ago', value: '2008-01' } },
  { name: 'the same period last year without an earlier date', text: 'Exports matched the same period last year.', expect: { text: 'the same period last year', value: '2024' } },
  { name: 'the same day two years earlier', text: 'On 24 February 2022 and on the same day two years earlier.', expect: { text: 'the same day two years earlier', value: '2020-02-24' } },

  // The day the story is on
  { name: 'later in the day is the day told before it', text: 'The index fell sharply on Friday but recovered later in the day.', expect: { text: 'later in the day', kind: 'date', value: '2025-07-04', certainty: 'relative' } },
  { name: 'a market closing the day', text: 'The index dropped on Thursday to close the day at 5,210.', expect: { text: 'the day', value: '2025-07-03' } },
  { name: 'the start of the day without a day told: the publication day', text: 'After a fall at the start of the day, the index rallied.', expect: { text: 'the start of the day', value: '2025-07-07' } },
  { name: 'for a third straight day', text: 'Trading was halted for a third straight day.', expect: { text: 'a third straight day', value: '2025-07-07' } },
  { name: 'for the day', text: 'For the day, the Nikkei closed down 6.4 percent.', expect: { text: 'the day', value: '2025-07-07' } },

  // A day of the month alone
  { name: 'on the 10th, past: this month when it has come', text: 'Talks resumed on the 10th.', publishedAt: '2025-03-12T09:00:00Z', expect: { text: 'the 10th', value: '2025-03-10', certainty: 'relative' } },
  { name: 'on the 31st, past: the last month that has one', text: 'Prices fell on the 31st.', publishedAt: '2025-03-12T09:00:00Z', expect: { text: 'the 31st', value: '2025-01-31' } },
  { name: 'on the 28th, future', text: 'The vote will be held on the 28th.', publishedAt: '2025-03-12T09:00:00Z', expect: { text: 'the 28th', value: '2025-03-28' } },
  { name: 'until the 20th of the month told before', text: 'In February, talks stalled until the 20th, when envoys returned.', publishedAt: '2025-03-12T09:00:00Z', expect: { text: 'the 20th', value: '2025-02-20' } },

  // Explicit dates
  { name: 'day month year', text: 'On 24 February 2022 the invasion began.', expect: { text: 'On 24 February 2022', value: '2022-02-24', certainty: 'explicit' } },
  { name: 'month day, year', text: 'The invasion began on February 24, 2022.', expect: { text: 'February 24, 2022', value: '2022-02-24' } },
  { name: 'month day without a year, past', text: 'The ceasefire started on March 3.', expect: { text: 'March 3', value: '2025-03-03', certainty: 'explicit' } },
  { name: 'month day without a year, past tense reaches back a year', text: 'The ceasefire started on December 5.', expect: { text: 'December 5', value: '2024-12-05' } },
  { name: 'month day without a year, future', text: 'Talks will resume on March 3.', expect: { text: 'March 3', value: '2026-03-03' } },
  { name: 'May the month with a day', text: 'Parades were held on May 9.', expect: { text: 'May 9', value: '2025-05-09' } },
  { name: 'ISO date', text: 'The order is dated 2025-07-03.', expect: { text: '2025-07-03', value: '2025-07-03' } },
  { name: 'unambiguous slash date', text: 'The memo of 3/18/2025 leaked.', expect: { text: '3/18/2025', value: '2025-03-18' } },
  { name: 'leap day', text: 'It was signed on February 29, 2024.', expect: { text: 'February 29, 2024', value: '2024-02-29' } },

  // Boundaries
  { name: 'until a weekday with no verb of its own runs forward', text: 'Putin ordered a halt to attacks, from 6 p.m. today until midnight on Sunday.', publishedAt: '2025-04-19T19:00:00Z', expect: { text: 'Sunday', value: '2025-04-20', boundary: 'until', tense: 'future' } },
  { name: 'the start of a weekday range is on or before its end', text: 'Putin ordered a truce along the front, from noon on Friday until midnight on Saturday.', publishedAt: '2023-01-05T18:00:00Z', expect: { text: 'Friday', value: '2023-01-06' } },
  { name: 'today stays the publication day at the start of a range', text: 'Putin ordered a halt to attacks, from 6 p.m. today until midnight on Sunday.', publishedAt: '2025-04-19T19:00:00Z', expect: { text: 'today', value: '2025-04-19' } },
  // 2025-07-10 is a Thursday: a declared window is the nearest such days
  { name: 'a weekday range announced in the past tense lies ahead when its days are near', text: 'Putin announced a truce from noon on Friday until midnight on Saturday.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: 'Friday', value: '2025-07-11' } },
  { name: 'the end of an announced weekday range lies ahead too', text: 'The army declared a pause from Friday until Saturday along the river.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: 'Saturday', value: '2025-07-12' } },
  { name: 'an announced weekday window reported after it passed', text: 'The Kremlin declared a ceasefire from Friday until Saturday.', publishedAt: '2025-07-13T08:00:00Z', expect: { text: 'Friday', value: '2025-07-11' } },
  { name: 'until a weekday after a present perfect: the state runs now', text: 'The regulator has kept all exchanges shut until Friday.', expect: { text: 'Friday', value: '2025-07-11', boundary: 'until' } },
  { name: 'until a weekday in a present-perfect clause with a later participle', text: 'The government has continued to hold the markets closed until Wednesday.', expect: { text: 'Wednesday', value: '2025-07-09' } },
  { name: 'until a weekday in a past clause stays past', text: 'The markets stayed closed until Friday.', expect: { text: 'Friday', value: '2025-07-04', boundary: 'until' } },
  { name: 'a past declaration of a window days ahead', text: 'The Kremlin declared a truce from May 8 to May 10.', publishedAt: '2025-04-28T14:00:00Z', expect: { text: 'May 8', value: '2025-05-08' } },
  { name: 'since a year', text: 'Sanctions imposed since 2022 remain in place.', expect: { text: '2022', value: '2022', boundary: 'since' } },
  { name: 'since a month', text: 'The city has been under siege since February 2022.', expect: { text: 'February 2022', value: '2022-02', boundary: 'since' } },
  { name: 'since a month without a year is never after publication', text: 'It is his first trip abroad since February.', publishedAt: '2022-12-22T10:00:00Z', expect: { text: 'February', value: '2022-02', boundary: 'since' } },
  { name: 'since a day of a month without a year', text: 'Talks have stalled since March 3.', publishedAt: '2025-03-01T10:00:00Z', expect: { text: 'March 3', value: '2024-03-03', boundary: 'since' } },
  { name: 'until a year', text: 'The lease runs until 2030.', expect: { text: '2030', value: '2030', boundary: 'until' } },

  // Schedules in the present tense
  { name: 'is due on a date', text: 'The next payment is due on 15 December.', publishedAt: '2025-03-04T00:00:00Z', expect: { text: 'on 15 December', value: '2025-12-15', tense: 'future' } },
  { name: 'is set for a date', text: 'The vote is set for Dec. 15.', publishedAt: '2025-03-04T00:00:00Z', expect: { text: 'Dec. 15', value: '2025-12-15', tense: 'future' } },
  { name: 'takes effect on a date', text: 'The tariff takes effect Oct. 1.', publishedAt: '2025-03-04T00:00:00Z', expect: { text: 'Oct. 1', value: '2025-10-01', tense: 'future' } },
  { name: 'a timetable in the simple present looks ahead', text: 'Voters go to the polls on Sunday.', expect: { text: 'Sunday', value: '2025-07-13', tense: 'future' } },
  { name: 'a summit that opens on a weekday', text: 'The summit opens Thursday in Vilnius.', expect: { text: 'Thursday', value: '2025-07-10', tense: 'future' } },
  { name: 'a noun after an article is no timetable verb', text: 'The open on Sunday drew record crowds.', expect: { text: 'Sunday', value: '2025-07-06' } },
  { name: 'a timeline entry in the simple present stays in the past', text: '16 May — Delegations meet in Istanbul for the first time since 2022.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: '16 May', value: '2025-05-16', tense: 'past' } },
  { name: 'a model year is a year', text: 'The car returns for the 2027 model year.', expect: { text: '2027', value: '2027' } },

  // Timelines and complements
  { name: 'a timeline entry in the historical present reads back', text: '12 November — The two presidents speak by phone and agree that their teams should meet.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: '12 November', value: '2024-11-12', tense: 'past' } },
  { name: 'a timeline entry after a colon', text: '3 March: Washington pauses military aid.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: '3 March', value: '2025-03-03' } },
  { name: 'a timeline entry keeps a future marked in its own clause', text: '20 July — Negotiators will meet again in Istanbul.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: '20 July', value: '2025-07-20', tense: 'future' } },
  { name: 'a modal inside a later complement clause does not date an earlier day', text: 'On 12 February the two leaders speak and agree that their teams should start talks.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: 'On 12 February', value: '2025-02-12' } },
  { name: 'a month-day of unmarked tense is the nearer one', text: 'The deadline is 2 August.', publishedAt: '2025-07-10T08:00:00Z', expect: { text: '2 August', value: '2025-08-02' } },

  // Month names at the start of a sentence
  { name: 'May as the subject of a sentence', text: 'May was the wettest month on record in Wales.', expect: { text: 'May', value: '2025-05', certainty: 'explicit' } },
  { name: 'December as the subject of a sentence', text: 'December saw the heaviest shelling of the year.', expect: { text: 'December', value: '2024-12' } },
  { name: 'since May', text: 'Talks have stalled since May.', expect: { text: 'May', value: '2025-05', boundary: 'since' } },
  { name: 'by May', text: 'The plant will reopen by May.', expect: { text: 'May', value: '2026-05' } },

  // Durations
  { name: 'for 30 days', text: 'Both sides agreed to halt attacks for 30 days.', expect: { text: 'for 30 days', kind: 'duration', value: null, span: null, durationDays: 30 } },
  { name: 'a 30-day ceasefire', text: 'A 30-day ceasefire was proposed.', expect: { text: '30-day', kind: 'duration', durationDays: 30 } },
  { name: 'a 72-hour truce is three days', text: 'They announced a 72-hour truce.', expect: { text: '72-hour', kind: 'duration', durationDays: 3 } },
  { name: 'for two weeks', text: 'The border stayed closed for two weeks.', expect: { text: 'for two weeks', kind: 'duration', durationDays: 14 } },
  { name: 'for a month counts 30 days', text: 'The pause lasted for a month.', expect: { text: 'for a month', kind: 'duration', durationDays: 30 } },
  { name: 'for two hours is under a day', text: 'The call lasted for two hours.', expect: { text: 'for two hours', kind: 'duration', durationDays: 0 } },
  { name: 'lasted nearly an hour', text: 'The meeting lasted nearly an hour.', expect: { text: 'lasted nearly an hour', kind: 'duration', durationDays: 0 } },

  { name: 'over the past 24 hours: the days up to publication', text: 'Over the past 24 hours, artillery hit the port twice.', expect: { text: 'Over the past 24 hours', kind: 'date', value: '2025-07-07', span: { startDate: '2025-07-06', endDate: '2025-07-07', precision: 'day' }, tense: 'past' } },
  { name: 'in the last day: a bulletin window', text: 'The enemy attacked 40 times in the last day.', expect: { text: 'in the last day', kind: 'date', span: { startDate: '2025-07-06', endDate: '2025-07-07', precision: 'day' } } },
  { name: 'over the past two days', text: 'Over the past two days, 300 drones were launched.', expect: { text: 'Over the past two days', kind: 'date', span: { startDate: '2025-07-05', endDate: '2025-07-07', precision: 'day' } } },
  { name: 'the last 30 days sum up a stretch: a duration', text: 'In the last 30 days, prices rose.', expect: { text: 'In the last 30 days', kind: 'duration', durationDays: 30 } },
  { name: 'during the day, alone in its paragraph: the publication day', text: 'The town came under fire several times during the day.', expect: { text: 'during the day', kind: 'date', value: '2025-07-07', certainty: 'relative' } },
  { name: 'during the day after a day told: that day', text: 'The talks opened on Friday. During the day, drones struck the port.', expect: { text: 'During the day', value: '2025-07-04' } },
  { name: 'within the next day is a duration from now', text: 'He hopes to speak with the envoy within the next day.', expect: { text: 'within the next day', kind: 'duration', durationDays: 1 } },
  { name: 'in the coming weeks has no exact length', text: 'More aid will arrive in the coming weeks.', expect: { text: 'in the coming weeks', kind: 'duration', value: null, durationDays: undefined } },

  // Anchors
  { name: 'a declared window opened at the first minute of a day', text: 'The Kremlin announced a truce, to run from the first minute of 8 May until the end of 10 May.', publishedAt: '2025-04-28T17:00:00Z', expect: { text: '8 May', value: '2025-05-08' } },
  { name: 'a declared window opened at a clock time', text: 'The army announced a pause from 18:00 Moscow time on 19 April.', publishedAt: '2025-04-18T17:00:00Z', expect: { text: 'on 19 April', value: '2025-04-19' } },
  { name: 'a past verb after a relative "that" gives its tense', text: 'In a statement that ran into the early hours of Sunday, he set out his terms.', expect: { text: 'Sunday', value: '2025-07-06', tense: 'past' } },
  { name: '"proposed" after a subject pronoun is the past of the verb', text: 'In a speech late on Sunday he proposed new talks.', expect: { text: 'Sunday', value: '2025-07-06', tense: 'past' } },
  { name: 'a weekday in what was proposed is the nearest one', text: 'He proposed direct talks in Istanbul on Thursday.', expect: { text: 'Thursday', value: '2025-07-10' } },
  { name: 'a weekday in what was offered, just past', text: 'She offered a pause on Saturday.', expect: { text: 'Saturday', value: '2025-07-05' } },
  { name: '"proposed" before a noun is a plan', text: 'The proposed talks on Thursday may not happen.', expect: { text: 'Thursday', value: '2025-07-10', tense: 'future' } },
  { name: 'a clause anchor whose subject is a title, a name and "of" a country', text: 'The order came hours after President Ilham Aliyev of Azerbaijan spoke to the Kremlin.', expect: { text: 'hours after President Ilham Aliyev of Azerbaijan spoke', kind: 'anchor', anchor: { phrase: 'President Ilham Aliyev of Azerbaijan spoke', offsetDays: 0 } } },
  { name: 'a demand governs an infinitive that lies ahead', text: 'The leaders called on Moscow to accept a truce from Monday.', publishedAt: '2025-05-11T07:00:00Z', expect: { text: 'Monday', value: '2025-05-12', tense: 'future' } },
  { name: 'a verb past a semicolon does not give its tense', text: 'Kyiv had proposed a summit before the end of August; Moscow said it was too early.', publishedAt: '2025-07-24T07:00:00Z', expect: { text: 'the end of August', value: '2025-08' } },
  { name: 'a holiday after a preposition is its day', text: 'Shelling went on throughout Orthodox Christmas.', publishedAt: '2023-01-08T15:00:00Z', expect: { text: 'Orthodox Christmas', kind: 'date', value: '2023-01-07', certainty: 'explicit' } },
  { name: 'a holiday ahead', text: 'The parade on Victory Day will go ahead.', publishedAt: '2025-04-28T09:00:00Z', expect: { text: 'Victory Day', value: '2025-05-09', tense: 'future' } },
  { name: 'a weekday ending a declared window, reported after it passed', text: 'The Kremlin announced a truce from 18:00 Moscow time on Saturday until midnight on Sunday.', publishedAt: '2025-04-28T09:00:00Z', expect: { text: 'Sunday', value: '2025-04-27', boundary: 'until' } },
  { name: 'a weekday ending a declared window, declared before it came', text: 'The Kremlin announced a truce from 18:00 Moscow time on Saturday until midnight on Sunday.', publishedAt: '2025-04-17T09:00:00Z', expect: { text: 'Sunday', value: '2025-04-20', boundary: 'until' } },
  { name: '"called" with an object is the past verb, past an appositive future', text: 'The minister, expected to lead the next government, called the strike a crime in an interview on Sunday evening.', expect: { text: 'Sunday evening', value: '2025-07-06', tense: 'past' } },
  { name: 'a noun phrase that is the subject of a past verb makes the anchor a clause', text: 'Just hours after the call ended, drones struck.', expect: { text: 'Just hours after the call ended', kind: 'anchor', anchor: { phrase: 'the call ended', offsetDays: 0 } } },
  { name: 'the anchor phrase stops where a new noun phrase starts', text: 'Hours before the parade a missile hit the square.', expect: { text: 'Hours before the parade', kind: 'anchor', anchor: { phrase: 'the parade', offsetDays: 0 } } },
  { name: 'a name after the anchor noun starts the next clause', text: 'Ten days after the Ankara trip Kellogg was in Doha.', expect: { text: 'Ten days after the Ankara trip', kind: 'anchor', anchor: { phrase: 'the Ankara trip', offsetDays: 10 } } },
  { name: '"later" with a noun phrase after it: the phrase is the next clause\'s subject', text: 'Three days later the delegations handed over the remains of soldiers.', expect: { text: 'Three days later', kind: 'anchor', anchor: { phrase: '', offsetDays: 3 } } },
  { name: 'a name after a common noun of the anchor, the clause in the past', text: 'Two days after the summit Zelensky flew to Warsaw.', expect: { text: 'Two days after the summit', kind: 'anchor', anchor: { phrase: 'the summit', offsetDays: 2 } } },
  { name: 'names inside the anchor noun phrase stay in it', text: 'Three days after the Istanbul talks, drones struck Odesa.', expect: { text: 'Three days after the Istanbul talks', kind: 'anchor', anchor: { phrase: 'the Istanbul talks', offsetDays: 3 } } },
  { name: "a possessive name heads the anchor noun phrase", text: "A day after Putin's Alaska visit, missiles hit Kyiv.", expect: { text: "A day after Putin's Alaska visit", kind: 'anchor', anchor: { phrase: "Putin's Alaska visit", offsetDays: 1 } } },
  { name: 'a clause anchor whose subject is a possessive name', text: "Troops entered the town hours after Moscow's defence ministry announced a pullback.", expect: { text: "hours after Moscow's defence ministry announced a pullback", kind: 'anchor', anchor: { phrase: "Moscow's defence ministry announced a pullback", offsetDays: 0 } } },
  { name: 'a clause anchor whose subject joins two names', text: 'The swap took place a day after Kharkiv and Odesa were struck by missiles.', expect: { text: 'a day after Kharkiv and Odesa were struck', kind: 'anchor', anchor: { phrase: 'Kharkiv and Odesa were struck', offsetDays: 1 } } },
  { name: 'the same afternoon', text: 'The same afternoon, the minister flew to Ankara.', expect: { text: 'The same afternoon', kind: 'anchor', anchor: { phrase: '', offsetDays: 0 } } },
  { name: 'afterwards', text: 'The two leaders spoke, and the envoy briefed reporters afterwards.', expect: { text: 'afterwards', kind: 'anchor', anchor: { phrase: '', offsetDays: 0 } } },
  { name: 'within hours', text: 'Within hours, the ministry denied the report.', expect: { text: 'Within hours', kind: 'anchor', anchor: { phrase: '', offsetDays: 0 } } },
  { name: 'within hours of an event', text: 'Within hours of the vote, the rouble fell.', expect: { text: 'Within hours of the vote', kind: 'anchor', anchor: { phrase: 'the vote', offsetDays: 0 } } },
  { name: "an anchor naming its weekday resolves from it", text: "The strike came two days after Friday's call between the two leaders.", expect: { text: "two days after Friday's call", kind: 'anchor', value: '2025-07-06', anchor: { phrase: "Friday's call", offsetDays: 2 } } },
  { name: "the weekday an anchor names is a date of its own", text: "The strike came two days after Friday's call between the two leaders.", expect: { text: 'Friday', kind: 'date', value: '2025-07-04' } },
  { name: 'the anchor phrase keeps an adjective', text: 'He left a day before the planned meeting.', expect: { text: 'a day before the planned meeting', kind: 'anchor', anchor: { phrase: 'the planned meeting', offsetDays: -1 } } },
  { name: 'hours after the call', text: 'Hours after the call, drones struck Odesa.', expect: { text: 'Hours after the call', kind: 'anchor', value: null, anchor: { phrase: 'the call', offsetDays: 0 } } },
  { name: 'a day before the talks', text: 'He spoke a day before the talks.', expect: { text: 'a day before the talks', kind: 'anchor', anchor: { phrase: 'the talks', offsetDays: -1 } } },
  { name: 'two days after the meeting', text: 'Strikes resumed two days after the meeting.', expect: { text: 'two days after the meeting', kind: 'anchor', anchor: { phrase: 'the meeting', offsetDays: 2 } } },
  { name: 'three days earlier', text: 'Three days earlier, the army withdrew.', expect: { text: 'Three days earlier', kind: 'anchor', anchor: { phrase: '', offsetDays: -3 } } },
  { name: 'the next day', text: 'The next day the village was retaken.', expect: { text: 'The next day', kind: 'anchor', anchor: { phrase: '', offsetDays: 1 } } },
  { name: 'the following day', text: 'Talks continued the following day.', expect: { text: 'the following day', kind: 'anchor', anchor: { phrase: '', offsetDays: 1 } } },
  { name: 'the day before', text: 'Shelling had stopped the day before.', expect: { text: 'the day before', kind: 'anchor', anchor: { phrase: '', offsetDays: -1 } } },
  { name: 'an anchor that is a clause: subject, past verb, object', text: 'The swap came a day after Moscow launched drones at Odesa.', expect: { text: 'a day after Moscow launched drones', kind: 'anchor', anchor: { phrase: 'Moscow launched drones', offsetDays: 1 } } },
  { name: 'a clause anchor with two named people', text: 'Shelling resumed two days after Rubio met Lavrov in Riyadh.', expect: { text: 'two days after Rubio met Lavrov', kind: 'anchor', anchor: { phrase: 'Rubio met Lavrov', offsetDays: 2 } } },
  { name: 'a clause anchor whose subject is an adjective and a noun', text: 'Hours after Ukrainian drones hit the refinery, fires broke out.', expect: { text: 'Hours after Ukrainian drones hit the refinery', kind: 'anchor', anchor: { phrase: 'Ukrainian drones hit the refinery', offsetDays: 0 } } },
  { name: 'the morning of an event', text: 'On the morning of the summit, sirens sounded in Kyiv.', expect: { text: 'the morning of the summit', kind: 'anchor', anchor: { phrase: 'the summit', offsetDays: 0 } } },
  { name: 'the eve of an event is the day before it', text: 'On the eve of the talks, both sides traded strikes.', expect: { text: 'the eve of the talks', kind: 'anchor', anchor: { phrase: 'the talks', offsetDays: -1 } } },
  { name: 'a clause anchor whose subject has an initialism and a title', text: 'The strike came two days after U.S. envoy Steve Witkoff met Putin in St Petersburg.', expect: { text: 'two days after U.S. envoy Steve Witkoff met Putin', kind: 'anchor', anchor: { phrase: 'U.S. envoy Steve Witkoff met Putin', offsetDays: 2 } } },
  { name: 'an anchor noun phrase with an initialism and a possessive', text: 'Kyiv was hit a day after the U.S. president\'s phone call with Putin.', expect: { text: "a day after the U.S. president's phone call", kind: 'anchor', anchor: { phrase: "the U.S. president's phone call", offsetDays: 1 } } },
  { name: 'the day after a clause', text: 'The day after Russia invaded, markets crashed.', expect: { text: 'The day after Russia invaded', kind: 'anchor', anchor: { phrase: 'Russia invaded', offsetDays: 1 } } },
  { name: 'the day after an event', text: 'The day after the vote, protesters gathered.', expect: { text: 'The day after the vote', kind: 'anchor', anchor: { phrase: 'the vote', offsetDays: 1 } } },
  { name: 'for N days after an event is a length, not an offset', text: 'Moscow agreed to pause strikes for 30 days after a long telephone conversation.', expect: { text: 'for 30 days', kind: 'duration', durationDays: 30 } },
  // A narrative keeps its year; a window told in the past is not pushed past publication
  { name: 'until a day-month in a past sentence keeps the year of the date before it', text: 'On 12 March 2024, the defence minister announced a unilateral ceasefire from 20:00 local time that day until the end of 14 March.', publishedAt: '2024-04-02T09:00:00Z', expect: { text: '14 March', value: '2024-03-14', boundary: 'until' } },
  { name: 'a bare month keeps the year of the month told before it', text: 'In November 2022, the army retook the city. In December, it pushed east.', expect: { text: 'December', value: '2022-12', certainty: 'explicit' } },
  { name: 'a day-month in the next sentence keeps the paragraph year', text: 'On 24 February 2022, troops crossed the border. On 2 March, they captured a port city.', expect: { text: 'On 2 March', value: '2022-03-02' } },
  { name: 'a narrative year does not reach a year away: the tense decides', text: 'Fighting paused on 30 December 2023. Shelling resumed on 2 January.', publishedAt: '2024-01-05T09:00:00Z', expect: { text: 'on 2 January', value: '2024-01-02' } },
  { name: 'until a day-month with no verb of its own, in a past sentence with no year told: the nearer, not next year', text: 'The curfew, in force until 3 March, was lifted early.', publishedAt: '2025-03-20T09:00:00Z', expect: { text: '3 March', value: '2025-03-03', boundary: 'until' } },
  { name: 'a window after a comma in a past sentence keeps the year of its opening date', text: 'On 12 March 2024, the army halted its shelling, from dawn that day until the end of 14 March.', publishedAt: '2024-04-02T09:00:00Z', expect: { text: '14 March', value: '2024-03-14' } },
  { name: 'a future until stays in the future though the paragraph year would put it before publication', text: 'On 2 May 2025, the council said the ceasefire will hold until 20 April.', publishedAt: '2025-05-02T09:00:00Z', expect: { text: '20 April', value: '2026-04-20', tense: 'future' } },
  { name: 'a present-tense until before the date stays ahead', text: 'The truce runs until 20 May, officials say.', publishedAt: '2025-05-02T09:00:00Z', expect: { text: '20 May', value: '2025-05-20', tense: 'future' } },
  { name: 'a future day-month after a dated statement keeps its year', text: 'On 5 July 2025 the ministry said talks will resume on 15 July.', expect: { text: 'on 15 July', value: '2025-07-15', tense: 'future' } },
  { name: 'a year told in another paragraph is not kept', text: 'On 24 February 2022, troops crossed the border.\n\nOn 2 March, they captured a port city.', expect: { text: 'On 2 March', value: '2025-03-02' } },
];
