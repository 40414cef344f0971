/**
 * Military date-time groups (NATO/US "ddhhmmZ MON YY"), as desk and coder notes write them: "061400ZSEP22" is the 6th of
 * September 2022 at 14:00 UTC, the day written being the day. A range of two groups sharing one month runs from the first
 * day to the last; a group without its month ("by 120600Z", "06 1400Z") is a day of the month in focus. Sentences written
 * for this test; published on Monday 12 September 2022 unless a row says otherwise.
 */
import t from 'tap';
import { findDates } from '../../../src/extract/dates/index.js';
import { referenceOf } from './cases.js';

const REF = referenceOf('2022-09-12T07:00:00Z');

const days = (text: string, ref = REF) =>
  findDates(text, ref)
    .filter((d) => d.kind === 'date')
    .map((d) => `${d.text}=${d.span?.startDate}${d.span?.endDate !== d.span?.startDate ? `..${d.span?.endDate}` : ''}`);

const GROUPS: Array<[string, string[], string?]> = [
  // the forms of a group: run together, spaced, a year in four figures, lowercase month
  ['Contact reported 061400ZSEP22 on the southern bank.', ['061400ZSEP22=2022-09-06']],
  ['Artillery duel logged 061400Z SEP 22 west of the town.', ['061400Z SEP 22=2022-09-06']],
  ['Convoy sighted 031930Z Sep 2022 near the crossing.', ['031930Z Sep 2022=2022-09-03']],
  // another zone's letter: the day is the one written
  ['Bridge reported down 092330C SEP 22 by the local council.', ['092330C SEP 22=2022-09-09']],
  // a group heading a numbered line, then a dash and the place
  ['4. 101000Z SEP 22 - RIVER CROSSING. Flag raised over the admin building.', ['101000Z SEP 22=2022-09-10']],
  // a range of two groups with one month
  ['Reporting window 050001Z-112359Z SEP 22, compiled by the duty officer.', ['050001Z-112359Z SEP 22=2022-09-05..2022-09-11']],
  // a year far from publication
  ['Entry copied from an older log: 141200Z MAR 14, shelling of the depot.', ['141200Z MAR 14=2014-03-14'], '2025-06-05T06:00:00Z'],
  // no month: the month in focus (the paragraph's, else the publication's)
  ['Position held as of 120600Z, no further information.', ['120600Z=2022-09-12']],
  ['Shelling resumed 09 2300Z, the log says.', ['09 2300Z=2022-09-09']],
  ['Village entered on 08 SEP 22. Flag confirmed 091200Z.', ['on 08 SEP 22=2022-09-08', '091200Z=2022-09-09']],
];

const NOT_GROUPS: string[] = [
  // a day above 31, an hour above 24: a serial or a reference, and its "SEP 22" no date either
  'Serial 991400Z SEP 22 was logged by the depot.',
  'Reference 062500Z SEP 22 is a parts number.',
  // a range whose second day comes first is no range of one month
  'Window 301800Z-021200Z OCT 22 as filed.',
  // figures with no zone letter, a clock alone, a letter that names no zone, a part number
  'The lot number 061400 was printed on the crate.',
  'Aircraft took off at 2200Z from the base.',
  'The form 061400J was signed by the clerk.',
  'Order spare part 061400Z-B from the supplier.',
  'Model 061400ZX entered service in the navy.',
];

t.test('a military date-time group is the day it writes', async (t) => {
  for (const [text, want, published] of GROUPS) t.same(days(text, published ? referenceOf(published) : REF), want, text);
});

t.test('figures shaped like a date-time group that are none are no date', async (t) => {
  for (const text of NOT_GROUPS) t.same(days(text), [], text);
});
