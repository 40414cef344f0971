/**
 * A day and month in figures with a dot and no year ("on 19.07", "12:00 MSK 06.01 to 24:00 MSK 07.01", "| 15.08 (Fri) |")
 * is a date when a word of time, a clock or a table cell's bar stands before it; a dotted pair of figures elsewhere is a
 * number ("rose to 12.03", "41.05 per dollar", "at 10.05 GMT"). Sentences written for this test; published on Saturday
 * 14 June 2025 unless a row says otherwise.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2025-06-14T09:00:00Z');

const days = (text: string, ref = REF) =>
  findDates(text, ref)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}`);

const DATES: Array<[string, string[], string?]> = [
  // a coder's register: a window in clock times and dotted days, year from the publication
  ['Moscow orders a 36-hour ceasefire, 12:00 MSK 06.01 to 24:00 MSK 07.01, for Orthodox Christmas.', ['06.01=2025-01-06', '07.01=2025-01-07'], '2025-01-10T12:00:00Z'],
  // a translated bulletin: "on" and "in the night on"
  ['In the night on 19.05 the enemy again struck Odesa with missiles.', ['19.05=2025-05-19']],
  ['Drones hit the port of Izmail on 03.06, the regional governor said.', ['03.06=2025-06-03']],
  // a table's cells
  ['| 15.05 (Thu) | Istanbul | delegations | talks, about two hours |', ['15.05=2025-05-15']],
  // a status line and a range's second day
  ['Status: evacuation of civilians completed 07.05 (UN/ICRC).', ['07.05=2025-05-07']],
  ['A humanitarian pause from 05.05 to 07.05 let civilians leave the plant.', ['05.05=2025-05-05', '07.05=2025-05-07']],
];

const NUMBERS: string[] = [
  'Inflation rose to 12.03 against the euro.',
  'The hryvnia traded at 41.05 per dollar on the interbank market.',
  'The train left Przemysl at 10.05 GMT.',
  'Turnout was 12.03 per cent in the first round.',
  'The plant produced 10.11 million tonnes of steel.',
  'Version 12.04 of the app was released.',
  // as of a day is a status, not a figure date here (no word of time before it)
  'Exchange agreed; not carried out as of 01.06.',
];

t.test('a yearless dotted day after a word of time, a clock or a cell bar is a date', async (t) => {
  for (const [text, want, published] of DATES) t.same(days(text, published ? referenceOf(published) : REF), want, text);
});

t.test('a dotted pair of figures elsewhere is a number, not a date', async (t) => {
  for (const text of NUMBERS) t.same(days(text), [], text);
});
