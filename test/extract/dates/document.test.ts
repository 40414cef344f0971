/**
 * What the date layer reads from the whole document rather than one expression: the order of
 * day and month in dates written in figures, and periods that frame a count or a ranking.
 */
import t from 'tap';
import { figureOrderOf, findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const PUBLISHED = '2024-03-20T09:00:00Z';

const orders: { name: string; text: string; order: ReturnType<typeof figureOrderOf>; expect: [string, string | undefined][] }[] = [
  {
    name: 'a day above 12 elsewhere in a log makes every slashed date day first',
    text: 'Logged: 05/03/2024 - shelling of the port.\n\nLogged: 16/03/2024 - drone strike on a depot.',
    order: 'dayFirst',
    expect: [['05/03/2024', '2024-03-05'], ['16/03/2024', '2024-03-16']],
  },
  {
    name: 'a second number above 12 makes the document month first',
    text: 'Filed 03/05/2024: convoy hit. Filed 03/17/2024: bridge closed.',
    order: 'monthFirst',
    expect: [['03/05/2024', '2024-03-05'], ['03/17/2024', '2024-03-17']],
  },
  {
    name: 'a note stating the order decides when no number does',
    text: 'Entry 02/03/2024: depot burned. All dates are dd/mm/yyyy.',
    order: 'dayFirst',
    expect: [['02/03/2024', '2024-03-02']],
  },
  {
    name: 'a note stating month first',
    text: 'Dates below are MM/DD. Entry 02/03/2024: depot burned.',
    order: 'monthFirst',
    expect: [['02/03/2024', '2024-02-03']],
  },
  {
    name: 'a note naming the American format',
    text: 'The date was chosen because, written in the American format, it reads 7/8/07.',
    order: 'monthFirst',
    expect: [['7/8/07', '2007-07-08']],
  },
  {
    name: 'dotted dates give their order to slashed ones',
    text: 'Report of 19.03.2024. Earlier entry: 04/03/2024, a power line cut.',
    order: 'dayFirst',
    expect: [['19.03.2024', '2024-03-19'], ['04/03/2024', '2024-03-04']],
  },
  {
    name: 'a dotted date with no other evidence is day first',
    text: 'Status unchanged as of 01.03.2024, the unit reported.',
    order: null,
    expect: [['01.03.2024', '2024-03-01']],
  },
  {
    name: 'no evidence: an ambiguous slashed date is not guessed',
    text: 'The memo of 02/03/2024 leaked.',
    order: null,
    expect: [['02/03/2024', undefined]],
  },
  {
    name: 'evidence both ways: left open',
    text: 'Entries 14/03/2024 and 03/15/2024 disagree; 02/03/2024 is unreadable.',
    order: null,
    expect: [['02/03/2024', undefined]],
  },
  {
    name: 'decimals and scores are no evidence',
    text: 'Output grew 14.3 percent and the match ended 13/2. The memo of 02/03/2024 leaked.',
    order: null,
    expect: [['02/03/2024', undefined]],
  },
];

for (const c of orders) {
  t.test(c.name, async (t) => {
    t.equal(figureOrderOf(c.text), c.order, 'document order');
    const mentions = findDates(c.text, referenceOf(PUBLISHED));
    for (const [text, value] of c.expect) t.equal(mentions.find((m) => m.text === text)?.value, value, text);
  });
}

const frames: { name: string; text: string; period: string; frame: boolean }[] = [
  { name: 'an ordinal meeting in a year', text: 'Hours later the envoy met Putin, his fourth meeting with the Russian leader this year.', period: 'this year', frame: true },
  { name: 'a superlative attack in a month', text: 'It was the deadliest attack on the city this month.', period: 'this month', frame: true },
  { name: 'the first time in a year', text: 'Exports fell for the first time this year, the bank said.', period: 'this year', frame: true },
  { name: 'so far this year', text: 'So far this year, 300 drones have been downed.', period: 'this year', frame: true },
  { name: 'a ranking in a named year', text: 'The largest exchange in 2023 took place in June.', period: '2023', frame: true },
  { name: 'a period that dates the event itself', text: 'Drones hit Kyiv this month.', period: 'this month', frame: false },
  { name: 'a verb between the ordinal and the period: the event is dated', text: 'The first meeting took place in 2023.', period: '2023', frame: false },
  { name: 'an ordinal in another clause', text: 'It was the second strike, and it came this week.', period: 'this week', frame: false },
  { name: 'a day is never a frame', text: 'The first exchange took place on Monday.', period: 'Monday', frame: false },
  { name: 'a superlative gain in a season', text: 'It was the largest Russian gain in the south this autumn.', period: 'this autumn', frame: true },
  { name: 'a season that dates the event itself', text: 'Ukrainian troops retook the village this autumn.', period: 'this autumn', frame: false },
  { name: 'a ranked act that a past verb governs, in a period already over', text: 'The bloc adopted its 18th package of sanctions last week.', period: 'last week', frame: false },
  { name: 'a ranked act in a period still running stays a frame', text: 'The bloc adopted its 18th package of sanctions this year.', period: 'this year', frame: true },
];

for (const c of frames) {
  t.test(`frame: ${c.name}`, async (t) => {
    const found = findDates(c.text, referenceOf(PUBLISHED)).find((m) => m.text === c.period);
    t.ok(found, `"${c.period}" is still a date expression`);
    t.equal(found?.frame === true, c.frame);
  });
}
