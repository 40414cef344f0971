/**
 * The date layer's chrono configuration, as chrono builds its own: an ordered list of parsers,
 * then refiners. chrono's casual English parsers for absolute dates (ISO, slash dates,
 * "24 February 2022", "March 3, 2022", times to merge with dates) are kept; the parsers whose
 * readings Chronicle does differently (weekdays, month names, relative periods, casual days,
 * "within 30 days" as a date) are replaced by ours, which record what they understood and leave
 * resolution to the tense of the sentence.
 */
import * as chrono from 'chrono-node';
import {
  AgoParser, AnchorParser, DurationParser, MonthParser, PublicationDayParser, RelativePeriodParser, SeasonParser,
  WeekdayParser, YearParser,
} from './parsers.js';
import { BoundaryRefiner, ChronoResultSpecRefiner, TenseRefiner } from './refiners.js';

/** chrono parsers replaced by Chronicle's (by class name, as chrono's casual configuration lists them). */
const REPLACED_CHRONO_PARSERS = new Set([
  'ENWeekdayParser', // weekdays resolve by tense, not to the nearest day
  'ENMonthNameParser', // "may"/"march" as words, month resolution by tense
  'ENRelativeDateFormatParser', // "last week" is a week, not the day seven days ago
  'ENCasualDateParser', // "last night" is the publication day; "now" is not a date
  'ENCasualTimeParser', // "this morning" is the publication day
  'ENTimeUnitWithinFormatParser', // "for 30 days", "within 30 days" are durations, not dates
  'ENTimeUnitLaterFormatParser', // "three days later" is an anchor
  'ENTimeUnitCasualRelativeFormatParser', // "next 2 weeks" is a duration
  'ENEndOfCurrentMonthParser',
  'ENTimeUnitAgoFormatParser', // "two weeks ago" is a week, not a day
  'ENTimeExpressionParser', // a time of day alone is not a date, and the day it qualifies is found without it
]);

/** chrono refiners left out. */
const DROPPED_CHRONO_REFINERS = new Set([
  'ENMergeDateRangeRefiner', // ranges stay two dates: "from 2008 to 2010" names two years
  'ForwardDateRefiner', // forward or backward is the tense's decision (resolve.ts)
  'UnlikelyFormatFilter', // it drops every bare number, bare years included; ChronoResultSpecRefiner validates instead
  'ENEndOfPeriodRefiner', // "the end of March" keeps month precision (MonthParser)
  'ENMergeDateTimeRefiner', // no time parser left to merge with
  'ExtractTimezoneAbbrRefiner', // idem
]);

export function createDateConfiguration(): { parsers: chrono.Parser[]; refiners: chrono.Refiner[] } {
  const casual = chrono.casual.clone();
  return {
    parsers: [
      // Ours come first: on equal length, chrono keeps the earlier parser's result.
      new AnchorParser(),
      new AgoParser(),
      new DurationParser(),
      new PublicationDayParser(),
      new WeekdayParser(),
      new RelativePeriodParser(),
      new SeasonParser(),
      new MonthParser(),
      new YearParser(),
      ...casual.parsers.filter((parser) => !REPLACED_CHRONO_PARSERS.has(parser.constructor.name)),
    ],
    refiners: [
      ...casual.refiners.filter((refiner) => !DROPPED_CHRONO_REFINERS.has(refiner.constructor.name)),
      new ChronoResultSpecRefiner(),
      new TenseRefiner(),
      new BoundaryRefiner(),
    ],
  };
}

export const dateParser = new chrono.Chrono(createDateConfiguration());
