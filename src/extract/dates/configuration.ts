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
  AgoParser, AnchorParser, DateTimeGroupParser, DTG_ZONE, OrdinalDateParser, DayOfMonthParser, DottedDayMonthParser, EasterParser, RomanMonthParser, FocusDayParser, HolidayParser, SamePeriodParser, DurationParser, MonthParser, PublicationDayParser, RelativePeriodParser, SeasonParser, ToldPeriodParser,
  WeekdayParser, WindowDurationParser, YearParser,
} from './parsers.js';
import { BoundaryRefiner, ChronoResultSpecRefiner, FrameRefiner, TenseRefiner } from './refiners.js';

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
  'ENUnlikelyFormatFilter', // it drops "May" unless after "in" ("since May", "May was wet"); MonthParser decides
]);

/** A pattern that fails at once: V8 tries a ^-anchored pattern at the first position only. */
const NEVER = /^(?!)/;

/**
 * A gate several parsers share (digits, month names): tested once per sentence, not once per parser. A gate `within` a
 * wider one, whose every match the wider one matches too ("\bday\b" within "\b(?:hour|day|...)"), is closed without
 * scanning the sentence wherever the wider one is: most sentences lack a time unit, and the wider gate is tested anyway.
 */
export class Gate {
  private text: string | undefined;
  private passed = false;
  constructor(
    private readonly pattern: RegExp,
    private readonly within?: Gate,
  ) {}
  test(text: string): boolean {
    if (text !== this.text) [this.text, this.passed] = [text, (!this.within || this.within.test(text)) && this.pattern.test(text)];
    return this.passed;
  }
}

/**
 * A parser run only on sentences where its gate matches: most sentences lack a month name or a
 * time unit, and a gate test is far cheaper than the parser's pattern scanning the sentence.
 */
class GatedParser implements chrono.Parser {
  private readonly gate: Gate;
  constructor(
    readonly inner: chrono.Parser,
    gate: RegExp | Gate,
  ) {
    this.gate = gate instanceof Gate ? gate : new Gate(gate);
  }
  /** Whether the parser may match in `text`: its gate passes. */
  opens(text: string): boolean {
    return this.gate.test(text);
  }
  pattern(context: chrono.ParsingContext): RegExp {
    return this.gate.test(context.text) ? this.inner.pattern(context) : NEVER;
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray) {
    return this.inner.extract(context, match);
  }
}

/** One of chrono's own parsers, refusing the matches `refuses` names (the text is tried by the parsers after it). */
abstract class RefusingGuard implements chrono.Parser {
  constructor(readonly inner: chrono.Parser) {}
  pattern(context: chrono.ParsingContext): RegExp {
    return this.inner.pattern(context);
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray) {
    return this.refuses(context.text, match.index ?? 0, match[0]) ? null : this.inner.extract(context, match);
  }
  protected abstract refuses(text: string, at: number, matched: string): boolean;
}

/**
 * chrono's "October, 15" (month, comma, day) read inside a list of little-endian days: "the waves of 31 October, 15
 * November and 23 November" is 31 October then 15 November, not "October, 15" (the longer match, which chrono kept
 * over "31 October"). A month with a day number right before it is that day's month.
 */
class MiddleEndianAfterDayGuard extends RefusingGuard {
  protected refuses(text: string, at: number, matched: string): boolean {
    const monthAt = at + matched.search(/[A-Za-z]/);
    return /^[A-Za-z.]+\s*,/.test(text.slice(monthAt)) && /\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(text.slice(Math.max(0, monthAt - 8), monthAt));
  }
}

/** Two separators of a date in figures that differ: "11-12.03" of "11-12.03.2024", "3/4.2025". */
const MIXED_SEPARATORS = /\d{1,2}([-./])\d{1,2}(?!\1)[-./]\d/;

/**
 * A date in figures writes one separator throughout: "11-12.03" of "the night of 11-12.03.2024" is no 12 November
 * 2003 but a range of days before "12.03.2024" (the parser, refused here, is tried again further on).
 */
class OneSeparatorGuard extends RefusingGuard {
  protected refuses(text: string, at: number, matched: string): boolean {
    return MIXED_SEPARATORS.test(text.slice(at, at + matched.length + 2));
  }
}

/** chrono's parsers that run behind a guard, by class name. */
const CHRONO_PARSER_GUARDS: Record<string, new (inner: chrono.Parser) => RefusingGuard> = {
  ENMonthNameMiddleEndianParser: MiddleEndianAfterDayGuard,
  SlashDateFormatParser: OneSeparatorGuard,
};

const TIME_UNIT_GATE = new Gate(/\b(?:hour|day|week|month|year|minute)/i);
/**
 * What a date in figures needs, narrower than a digit: counts ("472 drones", "the 3rd brigade", "24-hour") fill news
 * and hold none of these. Four digits in a row: a year ("1990", "in 2024"), ISO and year-first dates ("2025-03-18",
 * "2025.03.18"). A digit, a slash, dot or hyphen, a digit: "14/03/2024", "23.07.25", "3-4". A digit, a slash, four
 * digits: "3/2024".
 */
const FOUR_DIGITS_GATE = new Gate(/\d{4}/);
const FIGURES_SEPARATED_GATE = new Gate(/\d[/.-]\d/);
const MONTH_SLASH_YEAR_GATE = new Gate(/\d\/\d{4}/, FOUR_DIGITS_GATE);
const ANCHOR_GATE = new Gate(/\b(?:after|afterwards?|within\s+(?:hours|minutes)|before|later|earlier|prior|next|following|previous|same|(?:morning|afternoon|evening|night|day|eve)\s+of)\b/i);
// headline capitals too: a wire factbox heads its entries "FEB. 28 -", "MARCH 3 -"
const MONTH_NAME_GATE = new Gate(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/);
// chrono's little-endian pattern is case-blind: its day, a figure or an ordinal word (each ends in a digit or st/nd/rd/th),
// then "-", "/" or "of" and the month, in any case ("30 may" too, which its guard then refuses or keeps)
const DAY_THEN_MONTH_GATE = new Gate(/(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i);

/** chrono's parsers kept, each behind the gate its pattern cannot match without. */
const CHRONO_PARSER_GATES: Record<string, Gate> = {
  ENYearMonthDayParser: FOUR_DIGITS_GATE,
  ISOFormatParser: FOUR_DIGITS_GATE,
  SlashDateFormatParser: FIGURES_SEPARATED_GATE,
  ENSlashMonthFormatParser: MONTH_SLASH_YEAR_GATE,
  ENMonthNameLittleEndianParser: DAY_THEN_MONTH_GATE,
  ENMonthNameMiddleEndianParser: MONTH_NAME_GATE,
  ENYearMonthNameParser: MONTH_NAME_GATE,
};

export function createDateConfiguration(): { parsers: chrono.Parser[]; refiners: chrono.Refiner[] } {
  const casual = chrono.casual.clone();
  return {
    parsers: [
      // Ours come first: on equal length, chrono keeps the earlier parser's result.
      new GatedParser(new AnchorParser(), ANCHOR_GATE),
      new GatedParser(new AgoParser(), /\bago\b/i),
      new GatedParser(new SamePeriodParser(), new Gate(/\bsame\b/i, ANCHOR_GATE)),
      new GatedParser(new FocusDayParser(), new Gate(/\bday\b/i, TIME_UNIT_GATE)),
      new GatedParser(new DayOfMonthParser(), /\d(?:st|nd|rd|th)\b/i),
      // a military date-time group: a day and a clock in six figures, then its zone's letter ("061400Z SEP 22")
      new GatedParser(new DateTimeGroupParser(), new RegExp(`\\d{4}${DTG_ZONE}`)),
      // an ISO 8601 ordinal date, a year and the day of that year ("2022-283", a desk's night "2024-238N")
      new GatedParser(new OrdinalDateParser(), /\d{4}-\d{3}/),
      // a day with its month in Roman numerals ("14.II.2024", "30.VIII.23", "14 II 2024")
      new GatedParser(new RomanMonthParser(), /\d[. ]\s?[IVX]/),
      new GatedParser(new DottedDayMonthParser(), new Gate(/\d\d\.\d\d/, FIGURES_SEPARATED_GATE)),
      new GatedParser(new DurationParser(), TIME_UNIT_GATE),
      new GatedParser(new WindowDurationParser(), TIME_UNIT_GATE),
      new GatedParser(new PublicationDayParser(), /to(?:day|night|morrow)|yesterday|this\s+(?:morning|afternoon|evening)|night/i),
      new GatedParser(new WeekdayParser(), /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|(?:SUN|MON|TUES|WEDNES|THURS|FRI|SATUR)DAY/),
      new GatedParser(new ToldPeriodParser(), new Gate(/\b(?:week|month)\b/i, TIME_UNIT_GATE)),
      new GatedParser(new RelativePeriodParser(), new Gate(/\b(?:week|month|year)/i, TIME_UNIT_GATE)),
      new GatedParser(new HolidayParser(), /\b(?:Christmas|New Year|Victory Day)/),
      new GatedParser(new EasterParser(), /\b(?:Easter|Palm Sunday|Good Friday|Holy Saturday|Holy Thursday|Maundy Thursday)/),
      new GatedParser(new SeasonParser(), /\b(?:spring|summer|autumn|fall|winter)\b/i),
      new GatedParser(new MonthParser(), MONTH_NAME_GATE),
      new GatedParser(new YearParser(), FOUR_DIGITS_GATE),
      ...casual.parsers
        .filter((parser) => !REPLACED_CHRONO_PARSERS.has(parser.constructor.name))
        .map((parser) => {
          const gate = CHRONO_PARSER_GATES[parser.constructor.name];
          const Guard = CHRONO_PARSER_GUARDS[parser.constructor.name];
          const guarded = Guard ? new Guard(parser) : parser;
          return gate ? new GatedParser(guarded, gate) : guarded;
        }),
    ],
    refiners: [
      ...casual.refiners.filter((refiner) => !DROPPED_CHRONO_REFINERS.has(refiner.constructor.name)),
      new ChronoResultSpecRefiner(),
      new TenseRefiner(),
      new BoundaryRefiner(),
      new FrameRefiner(),
    ],
  };
}

export const dateParser = new chrono.Chrono(createDateConfiguration());

/**
 * What `dateParser.parse(text, reference)` returns, without its per-sentence overheads: a parser
 * whose gate is closed is skipped (not run with a pattern that fails), and results are collected
 * in one array (chrono concatenates a new one per parser, 21 a sentence). Same parsers, order,
 * sort and refiners, so the same results.
 */
export function parseDates(text: string, reference: chrono.ParsingReference): chrono.ParsingResult[] {
  const context = new chrono.ParsingContext(text, reference);
  let results: chrono.ParsingResult[] = [];
  for (const parser of dateParser.parsers) {
    if (parser instanceof GatedParser && !parser.opens(text)) continue;
    executeParser(context, parser, results);
  }
  results.sort((a, b) => a.index - b.index);
  for (const refiner of dateParser.refiners) results = refiner.refine(context, results);
  return results;
}

/**
 * chrono's Chrono.executeParser (private in its typings), results pushed to `results`: the pattern
 * is run on the text after the last result (or after the last failed match's first character), as
 * chrono runs it, since a lookbehind or an anchor reads that remaining text.
 */
function executeParser(context: chrono.ParsingContext, parser: chrono.Parser, results: chrono.ParsingResult[]): void {
  const pattern = parser.pattern(context);
  const originalText = context.text;
  let remainingText = originalText;
  let match = pattern.exec(remainingText);
  while (match) {
    match.index = match.index! + originalText.length - remainingText.length;
    // extract may move the match (chrono's word-boundary parsers drop their leading group): read it after
    const result = parser.extract(context, match);
    if (!result) {
      remainingText = originalText.substring(match.index + 1);
      match = pattern.exec(remainingText);
      continue;
    }
    let parsed: chrono.ParsingResult;
    if (result instanceof chrono.ParsingResult) parsed = result;
    else if (result instanceof chrono.ParsingComponents) {
      parsed = context.createParsingResult(match.index, match[0]);
      parsed.start = result;
    } else parsed = context.createParsingResult(match.index, match[0], result);
    results.push(parsed);
    remainingText = originalText.substring(parsed.index + parsed.text.length);
    match = pattern.exec(remainingText);
  }
}
