/**
 * Chronicle's own chrono parsers. Each recognises one family of expressions and records what
 * it understood as a DateSpec (see spec.ts); resolution against the publication day happens
 * later, when the tense of the sentence is known. Patterns are linear: no nested quantifiers.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { tagSpec, type DateSpec, type Season, type Shift } from './spec.js';
import { isPastForm, isVerbAfterMonth } from './tense.js';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SHORT_MONTH = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const WEEKDAY = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUMBER = `\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')}`;

export function parseCount(text: string): number | null {
  const lower = text.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

/** A parser whose pattern must start and end at word boundaries, and whose result carries a DateSpec. */
abstract class SpecParser implements Parser {
  private readonly compiled: RegExp;
  constructor(inner: string, flags = 'i') {
    this.compiled = new RegExp(`(?<![\\w-])${inner}(?![\\w])`, flags);
  }
  pattern(): RegExp {
    return this.compiled;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const spec = this.understand(match, context.text, match.index ?? 0);
    if (!spec) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    tagSpec(result.start, spec);
    // A known weekday lets chrono's MergeWeekdayComponentRefiner join "Sunday, March 2".
    if (spec.type === 'weekday') result.start.assign('weekday', spec.weekday);
    return result;
  }
  protected abstract understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null;
}

const PERIOD_EDGE = '(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of|end of|start of)[\\s-]+)';

/**
 * "overnight" as the adjective of a kind of travel, stay, shift or service ("a ten-hour overnight journey", "the overnight
 * sleeper", "an overnight curfew", "overnight stays"): it names how a thing runs, not the night a story happened on
 * ("an overnight attack", "overnight strikes" still date theirs).
 */
const OVERNIGHT_KIND =
  /^\s+(?:(?:train|rail|bus|coach|car|road|boat|sea|ferry|sleeper)\s+)?(?:journeys?|trips?|trains?|travel|flights?|drives?|rides?|crossings?|sleepers?|express|stays?|stopovers?|shifts?|buses|bus|ferry|ferries|curfews?|bags?|rates?|lending|deliver(?:y|ies)|services?|accommodation|parking|oats)\b/i;

/** "today", "tonight", "this morning", "last night", "overnight", "yesterday", "tomorrow", "overnight into Sunday". */
export class PublicationDayParser extends SpecParser {
  constructor() {
    super(
      `(?:(?:earlier|later)\\s+)?(?:the\\s+day\\s+(?:before|after)\\s+)?(today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night|overnight(?:\\s+(?:into|to|on|from)\\s+(${WEEKDAY}))?)`,
      'i',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const words = match[0].toLowerCase();
    if (match[2]) return { type: 'weekday', weekday: WEEKDAYS[match[2].toLowerCase()], modifier: null };
    // "a ten-hour overnight journey", "the overnight train", "an overnight curfew": a kind of trip or service, no night of the story
    if (words === 'overnight' && OVERNIGHT_KIND.test(text.slice(index + match[0].length))) return null;
    const dayBeforeAfter = /the\s+day\s+before/.test(words) ? -1 : /the\s+day\s+after/.test(words) ? 1 : 0;
    const base = match[1].toLowerCase();
    // "late last night": the evening before the day of telling, before its midnight ("last night" alone, in a morning's
    // news, is mostly the night into that day: "drones struck the city last night")
    const lateNight = /^last\s+night$/.test(words) && /\blate\s+$/i.test(text.slice(Math.max(0, index - 6), index));
    const shift = base === 'yesterday' || lateNight ? -1 : base === 'tomorrow' ? 1 : 0;
    return { type: 'publicationDay', shiftDays: shift + dayBeforeAfter };
  }
}

/** Words that make a weekday the name of one day ("Black Monday", "Palm Sunday", "Super Tuesday"). */
const NAMED_DAY_WORDS = new Set([
  'black', 'cyber', 'super', 'good', 'holy', 'ash', 'easter', 'bloody', 'blue', 'palm', 'maundy', 'whit', 'shrove', 'fat', 'giving', 'small',
]);

/** Determiners that make a weekday any such day: "on a Monday", "every Friday", "each Sunday". */
const INDEFINITE_BEFORE = /\b(?:an?|every|each|any)\s+$/i;
/** A lower-case content word after a weekday: the weekday qualifies it ("a Friday call", "a Wednesday media event"). */
const MODIFIES_A_NOUN = /^\s+(?!(?:and|or|but|in|at|on|of|to|for|from|by|with|when|after|before|until|is|was|are|were|that|which|the|a|an|he|she|it|they|we)\b)[a-z]/;

/** A weekday in capitals heading a line, then a dash or a colon: a day of a week-in-review ("THURSDAY — Biden met ..."). */
const WEEKDAY_LABEL_AFTER = /^\s*[—–:|-]\s/;

/** "on Saturday", "last Monday", "next Friday", "Sunday night", a day label "MONDAY —". Capitalised names only. */
export class WeekdayParser extends SpecParser {
  constructor() {
    super(`(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s+)?(${WEEKDAY}|${WEEKDAY.toUpperCase()})(?:\\s+(?:morning|afternoon|evening|night))?`, '');
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    // in capitals only as a label: a headline in capitals is not read for dates
    if (match[2] === match[2].toUpperCase() && (match[1] || !WEEKDAY_LABEL_AFTER.test(text.slice(index + match[0].length)))) return null;
    // "signed on a Monday", "every Friday", "any Tuesday": a weekday not pinned to one week is no day of the calendar
    // ("It was a Monday" names the day just told: sameWeekday reads it; "a Wednesday media event" is that Wednesday's)
    const lead = text.slice(Math.max(0, index - 12), index);
    const indefinite = INDEFINITE_BEFORE.test(lead) && !/\b(?:was|is)\s+an?\s+$/i.test(lead) && !MODIFIES_A_NOUN.test(text.slice(index + match[0].length));
    if (!match[1] && indefinite) return null;
    // "the Sunday Times", "the Good Friday Agreement": a weekday inside a name.
    const after = text.slice(index + match[0].length, index + match[0].length + 3);
    if (/\b(?:the|The)\s+(?:[A-Z][a-z]+\s+)?$/.test(text.slice(Math.max(0, index - 16), index)) && /^\s[A-Z]/.test(after)) return null;
    // "what is known as 'Black Monday'": a day named as a name is a day of history, not the weekday
    // nearest the publication. Unintroduced ("gathered for Palm Sunday") it is this week's.
    const before = Math.max(0, index - 12);
    const named = /([A-Z][a-z]+)\s+$/.exec(text.slice(before, index));
    if (!match[1] && named && NAMED_DAY_WORDS.has(named[1].toLowerCase())) {
      const namedStart = before + named.index;
      const lead = text.slice(Math.max(0, namedStart - 24), namedStart);
      if (/(?:\b(?:known\s+as|dubbed|called|so-called|remembered\s+as)\s+|[`'‘"“]\s*)$/i.test(lead)) return null;
    }
    const modifier = match[1]?.toLowerCase();
    return {
      type: 'weekday',
      weekday: WEEKDAYS[match[2].toLowerCase()],
      modifier: modifier === 'last' ? 'last' : modifier === 'next' || modifier === 'coming' ? 'next' : modifier === 'this' ? 'this' : null,
    };
  }
}

/** A possessive determiner or a possessor's name right before: "its", "their", "the president's". */
const POSSESSOR_BEFORE = /(?:\b(?:his|her|its|their|our|my|your)|\w['’]s)\s+$/i;

/** "last week", "earlier this month", "next year", "over the weekend", "the end of this year", "earlier in the week". */
export class RelativePeriodParser extends SpecParser {
  constructor() {
    super(
      `(?:${PERIOD_EDGE}|(earlier|later|early|late)\\s+in\\s+|(earlier|later)\\s+)?(?:(last|this\\s+past|this|next|coming|current|previous|the\\s+past|the)\\s+)(week|weekend|month|year)`,
      'i',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const modifier = match[3].toLowerCase().replace(/\s+/g, ' ');
    const unit = match[4].toLowerCase() as 'week' | 'weekend' | 'month' | 'year';
    // "later this week" is what is left of it after the publication day, "earlier this month" what came before
    const side = (match[1] ?? match[2])?.toLowerCase();
    const part = side === 'earlier' ? ({ part: 'earlier' } as const) : side === 'later' ? ({ part: 'later' } as const) : {};
    // "this past weekend" is the weekend just gone; "the past week" is a stretch of time, not a date.
    if (modifier.endsWith('past')) return unit === 'weekend' ? { type: 'relativePeriod', unit, shift: null } : null;
    const shift: Shift | null =
      modifier === 'last' || modifier === 'previous' ? -1 : modifier === 'next' || modifier === 'coming' ? 1 : modifier === 'the' ? null : 0;
    // "in its last week in office", "his next year at the club", "Biden's last month": a period of someone's own, no date
    if (!match[1] && !match[2] && POSSESSOR_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return null;
    if (shift === null) {
      // "the start of the year" is this year; "the week"/"the year" alone is a noun, not a date;
      // "over/at/during the weekend" is the nearest weekend.
      if (match[0].length > `the ${unit}`.length && unit !== 'weekend') return { type: 'relativePeriod', unit, shift: 0, ...part };
      if (unit !== 'weekend' || !/\b(?:over|at|during|on)\s+$/i.test(text.slice(Math.max(0, index - 8), index))) return null;
    }
    return { type: 'relativePeriod', unit, shift, ...(shift === 0 ? part : {}) };
  }
}

/**
 * "the following week", "the next month", "the previous week", "later that month", "that same week": a week or month
 * told against the narrative's time, the date told last ("talks on 16 May; the exchange came the following week"),
 * not the publication's ("next month" without its article stays RelativePeriodParser's).
 */
export class ToldPeriodParser extends SpecParser {
  constructor() {
    super(`(?:the\\s+(following|next|subsequent|previous|preceding)|(?:(?:later|earlier)\\s+)?that(?:\\s+(?:same|very))?)\\s+(week|month)(?!-)`, 'i');
  }
  protected understand(match: RegExpMatchArray): DateSpec | null {
    const word = match[1]?.toLowerCase();
    const shift: Shift = !word ? 0 : word === 'previous' || word === 'preceding' ? -1 : 1;
    return { type: 'toldPeriod', unit: match[2].toLowerCase() as 'week' | 'month', shift };
  }
}

/** The period an anniversary names after its "ago": "a year ago today", "three years ago this week". */
const AGO_ON: Record<string, 'day' | 'week' | 'month'> = { today: 'day', tonight: 'day', 'to the day': 'day', 'this week': 'week', 'this month': 'month' };

/** "two weeks ago", "a year ago", "3 days ago", "a fortnight ago" (two weeks), "a year ago today". */
export class AgoParser extends SpecParser {
  constructor() {
    super(`(${NUMBER})\\s+(day|week|fortnight|month|year)s?\\s+ago(?:,?\\s+(today|tonight|to\\s+the\\s+day|this\\s+week|this\\s+month))?`, 'i');
  }
  protected understand(match: RegExpMatchArray): DateSpec | null {
    const count = parseCount(match[1]);
    if (count === null) return null;
    const unit = match[2].toLowerCase();
    const on = match[3] ? AGO_ON[match[3].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const spec: DateSpec = unit === 'fortnight' ? { type: 'ago', unit: 'week', count: 2 * count } : { type: 'ago', unit: unit as 'day' | 'week' | 'month' | 'year', count };
    if (on) spec.on = on;
    return spec;
  }
}

/** Words that may stand right before a bare month name used as a date. */
const MONTH_CONTEXT = /(?:\b(?:in|of|since|until|till|by|from|to|through|during|early|late|mid|last|next|this|between|and|or|before|after|for|each|every|that)\s+|mid-|,\s*)$/i;

/** "the first week of March" is week 1; "the last/final week" is -1. */
const WEEK_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** "December", "in March 2022", "late March", "the last week of March", "mid-June", "Feb. 2010", "March of the current year". Day-of-month forms are chrono's. */
export class MonthParser extends SpecParser {
  constructor() {
    super(
      `(?:([Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he start of|[Tt]he beginning of|[Tt]he middle of|[Ee]nd of|[Ss]tart of)[\\s-]+|[Tt]he\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+)?(?:(${FULL_MONTH})|(${SHORT_MONTH})\\.?(?=,?\\s+\\d{4}))(?:,?\\s+(?:of\\s+)?(\\d{4})|\\s+(?:of\\s+(?:the\\s+)?)?(last|this|next|current|present)\\s+year)?(?!\\s*\\d)`,
      '',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const name = (match[3] ?? match[4]).toLowerCase();
    const year = match[5] ? Number(match[5]) : null;
    const relativeYear = match[6] ? (({ last: -1, this: 0, next: 1, current: 0, present: 0 }) as const)[match[6] as 'last' | 'this' | 'next' | 'current' | 'present'] : undefined;
    const weekOfMonth = match[2] ? WEEK_ORDINALS[match[2].toLowerCase()] : undefined;
    const spec: DateSpec = { type: 'month', month: MONTHS[name], year, ...(weekOfMonth ? { weekOfMonth } : {}) };
    if (relativeYear !== undefined) return { ...spec, year: null, relativeYear };
    if (year === null && !match[1] && !match[2]) {
      const before = text.slice(Math.max(0, index - 12), index);
      // "May was the wettest month": a month opening a sentence as the subject of its verb.
      const nextWord = /^\s+([a-z]+)/.exec(text.slice(index + match[0].length, index + match[0].length + 16))?.[1];
      const subjectOfVerb = !/\S/.test(before) && isVerbAfterMonth(nextWord);
      // "Theresa May", "Russia may", "a march": a bare month name needs a date-like context.
      if (!MONTH_CONTEXT.test(before) && !subjectOfVerb) {
        if (name === 'may' || name === 'march') return null;
        if (/[A-Z][a-z]+\s+$/.test(before) || /^\s*$/.test(before)) return null;
      }
    }
    return spec;
  }
}

/** Holidays on a fixed calendar day. Victory Day is Russia's (9 May), the one news of this war names; Easter moves and is left out. */
const HOLIDAYS: Record<string, { month: number; day: number }> = {
  'orthodox christmas': { month: 1, day: 7 },
  'orthodox christmas eve': { month: 1, day: 6 },
  christmas: { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'victory day': { month: 5, day: 9 },
};

/** The sentence before `index` names the Orthodox feast and not the Western one. */
function orthodoxBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 300), index);
  const own = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1);
  const rest = text.slice(index, index + 160).split(/[.!?](?:\s|$)|\n/)[0];
  return /\bOrthodox\b/.test(own) && !/\b(?:Catholic|Western|Gregorian|December|Dec)\b/.test(own + rest);
}

/**
 * "throughout Orthodox Christmas", "on Christmas Eve", "before New Year's Day": a holiday after a
 * preposition of time is its day (a month-day, year by tense). Without one ("the Christmas
 * truce"), before a noun ("on the Victory Day parade"), or after "for" ("a truce declared for
 * Orthodox Christmas", an occasion), it names a thing.
 */
export class HolidayParser extends SpecParser {
  constructor() {
    super(
      `(?<=\\b(?:[Oo]n|[Aa]t|[Oo]ver|[Dd]uring|[Tt]hroughout|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter|[Aa]round)\\s+(?:the\\s+)?)(Orthodox\\s+Christmas(?:\\s+Eve)?|Christmas(?:\\s+(?:Eve|Day))?|New\\s+Year['’]s\\s+(?:Eve|Day)|Victory\\s+Day)(?!\\s+(?!(?:will|would|was|were|is|are|has|had|and|or|but|when|as|in|on|at|to|with|from|until)\\b)[a-z])`,
      '',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    let name = match[1].toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    // "ordered a truce for Orthodox Christmas ... so that believers could attend services on Christmas Eve and Christmas
    // Day": a bare Christmas in a sentence that has said "Orthodox" before it is the Orthodox one (6 and 7 January),
    // unless the sentence names the Western feast too ("Catholic", "Western", "December")
    if (name.startsWith('christmas') && orthodoxBefore(text, index)) name = name === 'christmas eve' ? 'orthodox christmas eve' : 'orthodox christmas';
    const holiday = HOLIDAYS[name];
    return holiday ? { type: 'monthDay', month: holiday.month, day: holiday.day, year: null } : null;
  }
}

/** Days named by their distance from Easter Sunday. */
const EASTER_DAYS: Record<string, number> = {
  'palm sunday': -7, 'holy thursday': -3, 'maundy thursday': -3, 'good friday': -2, 'holy saturday': -1,
  easter: 0, 'easter day': 0, 'easter sunday': 0, 'easter eve': -1, 'easter monday': 1,
};

/**
 * Easter and the days named from it ("on Palm Sunday", "until midnight after Easter Sunday", "by Good Friday",
 * "before Orthodox Easter"): a day that moves with the computus, Western unless "Orthodox" is said. A name that
 * holds a weekday ("Palm Sunday", "Easter Monday") is its day wherever it stands, as the weekday alone would be; a
 * bare "Easter" only after a preposition of time, and not before a noun ("the Easter truce", "for Easter": an occasion,
 * as HolidayParser reads Christmas).
 */
export class EasterParser extends SpecParser {
  constructor() {
    super(
      `(?:(Orthodox|Western|Catholic)\\s+)?(?:(Palm\\s+Sunday|Maundy\\s+Thursday|Holy\\s+(?:Thursday|Saturday)|Good\\s+Friday|Easter\\s+(?:Sunday|Monday))(?!\\s+[Aa]greements?\\b)|(?<=\\b(?:[Oo]n|[Aa]t|[Oo]ver|[Dd]uring|[Tt]hroughout|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter|[Aa]round|[Bb]eyond)\\s+(?:the\\s+)?(?:(?:Orthodox|Western|Catholic)\\s+)?)(Easter(?:\\s+(?:Day|Eve))?)(?!\\s+[A-Z])(?!\\s+(?!(?:will|would|was|were|is|are|has|had|and|or|but|when|as|in|on|at|to|with|from|until)\\b)[a-z]))`,
      '',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    // "the Good Friday Agreement": a day inside a name
    if (/\b(?:the|The)\s+$/.test(text.slice(Math.max(0, index - 4), index)) && /^\s[A-Z]/.test(text.slice(index + match[0].length, index + match[0].length + 2))) return null;
    const name = (match[2] ?? match[3]).toLowerCase().replace(/\s+/g, ' ');
    const offsetDays = EASTER_DAYS[name];
    return offsetDays === undefined ? null : { type: 'easter', offsetDays, orthodox: match[1] === 'Orthodox' };
  }
}

const SEASONS: Record<string, Season> = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };

/** "last summer", "this spring", "the winter of 2022", "autumn 2024". */
export class SeasonParser extends SpecParser {
  constructor() {
    super(`(?:(last|this|next|early|late|[Tt]he)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?`, 'i');
  }
  protected understand(match: RegExpMatchArray): DateSpec | null {
    const modifier = match[1]?.toLowerCase();
    const year = match[3] ? Number(match[3]) : null;
    // "fall" is mostly the verb: only a season with a modifier or a year.
    if (match[2].toLowerCase() === 'fall' && !year && (!modifier || modifier === 'the')) return null;
    if (!modifier && !year) return null;
    return {
      type: 'season',
      season: SEASONS[match[2].toLowerCase()],
      year,
      modifier: modifier === 'last' ? 'last' : modifier === 'next' ? 'next' : modifier === 'this' ? 'this' : null,
    };
  }
}

/** Function words that may follow a year used as a date ("in 2022, ...", "in 2022 when"). */
const AFTER_YEAR_OK = new Set([
  'and', 'or', 'but', 'to', 'when', 'as', 'after', 'before', 'the', 'a', 'was', 'were', 'is', 'are',
  'had', 'has', 'will', 'would', 'with', 'for', 'from', 'through', 'until', 'compared', 'in', 'on',
  'at', 'of', 'by', 'amid', 'during', 'while', 'where', 'which', 'that', 'than', 'it', 'he', 'she',
  'they', 'we', 'its', 'his', 'her', 'their', 'saw', 'alone', 'onwards', 'onward', 'if', 'so',
]);
/** Nouns counted by a number that do not end in -s. */
const COUNT_NOUNS = new Set(['people', 'men', 'women', 'children', 'staff', 'personnel', 'police', 'infantry', 'hours', 'feet', 'foot', 'metres', 'meters', 'km', 'kg', 'per', 'percent', 'times']);
/** Nouns that a number names rather than dates: "the 2019 model". */
const DESIGNATION_NOUNS = new Set(['model', 'edition', 'variant', 'vintage']);
/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'as', 'his', 'its', 'this', 'thus', 'us', 'plus', 'less', 'unless', 'across', 'news', 'whereas', 'towards', 'afterwards', 'onwards', 'besides', 'always', 'perhaps', 'sometimes', 'nevertheless']);
/** A part of a year before it: "mid-2024", "early 2023", "the end of 2025", "the first half of 2024". */
const YEAR_EDGE =
  '[Ee]arly|[Mm]id|[Ll]ate|[Tt]he (?:end|start|beginning|middle|first half|second half) of';
/** Words before a number that make it a year whatever follows ("since 2022 sanctions remain"). */
const STRONG_YEAR_PREPOSITION = /\b(?:since|until|till|during|early|late|fiscal|circa|year|spring|summer|autumn|winter)\s+$|mid-$/i;
const YEAR_PREPOSITION = /\b(?:in|since|until|till|by|from|to|through|during|of|before|after|between|and|or|early|late|mid|fiscal|year|around|about|circa|c\.|for)\s+$|mid-$/i;
const DETERMINER_BEFORE = /\b(?:the|its|his|her|their|this|that|a|an)\s+$|'s\s+$/i;

/** What makes four figures before it a clock: a time zone or "hours" ("1800 GMT", "1800 Moscow time", "0600 hrs"). */
const CLOCK_ZONE_AFTER = /^\s*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|EST|EDT|Zulu|hours\b|hrs\b|h\b|local\s+time\b|(?:[A-Z][a-z]+\s+){1,2}time\b)/;

/** A bare year ("in 2022", "the 2008 election"), not a count ("2022 drones", "at 2100 hours"). */
export class YearParser extends SpecParser {
  constructor() {
    super(`(?:(${YEAR_EDGE})[\\s-]+)?((?:1[89]|20)\\d{2})(?![,.]\\d|:\\d|\\s*%|\\s*-\\s*\\d)`, '');
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const year: DateSpec = { type: 'year', year: Number(match[2]) };
    // "mid-2024", "the end of 2025", "early 2023": a part of a year is the year.
    if (match[1]) return year;
    const before = text.slice(Math.max(0, index - 16), index);
    if (/[$€£#¥]\s*$|\d[,.]?\s*$|[:/]$|\bNo\.\s*$/.test(before)) return null;
    const after = text.slice(index + match[0].length, index + match[0].length + 24);
    const nextWord = /^\s+([A-Za-z]+)/.exec(after)?.[1];
    // "from 1800 Moscow time", "until 2100 GMT", "at 0600 hours": a clock in four figures, told by its zone
    if (CLOCK_ZONE_AFTER.test(after) && Number(match[2].slice(0, 2)) < 24 && Number(match[2].slice(2)) < 60) return null;
    if (STRONG_YEAR_PREPOSITION.test(before)) return year;
    // "2022 drones", "in 1500 cases", "at 1900 hours": a number counting the noun after it.
    const countsNoun = nextWord !== undefined && /^[a-z]/.test(nextWord) && (COUNT_NOUNS.has(nextWord) || (/s$/.test(nextWord) && !NOT_PLURAL.has(nextWord)));
    if (countsNoun) return null;
    // "the 2019 model", "a 2024 edition": a product's designation, not when something happened.
    if (nextWord && DESIGNATION_NOUNS.has(nextWord) && !/^\s+model\s+year\b/.test(after)) return null;
    // "Room 2023", "Flight 1900": a number after a capitalised word (not "In", "Since") is a name.
    const previousWord = /([A-Za-z]+)\s+$/.exec(before)?.[1];
    if (previousWord && /^[A-Z]/.test(previousWord) && !YEAR_PREPOSITION.test(`${previousWord} `) && !DETERMINER_BEFORE.test(`${previousWord} `)) return null;
    // "the 2008 election", "in 2009 out of London".
    if (DETERMINER_BEFORE.test(before) || YEAR_PREPOSITION.test(before)) return year;
    // "Russell 2000 Index": a number between capitalised words is part of a name.
    if (/^[A-Z]/.test(nextWord ?? '') && /[A-Z][a-z]+\s+$/.test(before)) return null;
    if (nextWord === undefined || AFTER_YEAR_OK.has(nextWord) || /^[A-Z]/.test(nextWord)) return year;
    return null;
  }
}

const TIME_UNIT = '(hour|day|week|month|year|minute)s?';

function unitDays(unit: string, count: number): number {
  switch (unit) {
    case 'year':
      return 365 * count;
    case 'month':
      return 30 * count; // a month is counted as 30 days: a truce "for a month" ends 29 days after it starts
    case 'week':
      return 7 * count;
    case 'day':
      return count;
    case 'hour':
      return count >= 24 ? Math.ceil(count / 24) : 0; // a 72-hour truce covers 3 days; under a day is 0
    default:
      return 0;
  }
}

/** "within the next day", "in the coming weeks", "over the past two days": a stretch of time from now. */
export class WindowDurationParser extends SpecParser {
  constructor() {
    super(`(?:within|in|over|during)\\s+the\\s+(next|coming|past|last|following)\\s+(?:(${NUMBER}|few|several)\\s+)?${TIME_UNIT}`, 'i');
  }
  protected understand(match: RegExpMatchArray): DateSpec {
    const plural = /s$/i.test(match[0]);
    // "the next day" is one day; "the coming weeks", "the next few days" have no exact length.
    const count = match[2] ? parseCount(match[2]) : plural ? null : 1;
    const unit = match[3].toLowerCase();
    const days = count === null ? null : unitDays(unit, count);
    // "over the past 24 hours", "in the last day": a bulletin's window, up to publication, dates what it reports.
    const looksBack = /^(?:past|last)$/i.test(match[1]);
    if (looksBack && days !== null && days > 0 && days <= REPORTING_WINDOW_DAYS && (unit === 'hour' || unit === 'day')) return { type: 'pastWindow', days };
    return { type: 'duration', days };
  }
}
/**
 * The longest look-back that dates what it reports: daily bulletins and liveblogs count "the past
 * 24 (48, 72) hours"; "the past week" or "the last 30 days" sum up a stretch, they date no event.
 */
const REPORTING_WINDOW_DAYS = 3;

/** "for 30 days", "a 30-day ceasefire", "a 72-hour truce", "for two weeks", "lasted nearly an hour". */
export class DurationParser extends SpecParser {
  constructor() {
    super(
      `(?:(for|lasting|lasted|last|within|over|during|another|a\\s+further|an\\s+additional)\\s+)?(?:(?:about|around|nearly|almost|some|up\\s+to|more\\s+than|less\\s+than|at\\s+least|roughly|just|only)\\s+)?(${NUMBER})[\\s-]+${TIME_UNIT}(?:[\\s-]long)?`,
      'i',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const article = /^(?:a|an)$/i.test(match[2]);
    // "a year" alone is a rate ("15 a year"); as a duration it needs "for"/"lasting"/... or "-long" ("a month-long truce")
    if (article && !match[1] && !/[\s-]long$/i.test(match[0])) return null;
    // "came two days after the envoy met Putin": an offset from another event, not a length.
    const after = text.slice(index + match[0].length, index + match[0].length + 10);
    if (!match[1] && /^\s+(?:after|before|later|earlier|prior)\b/i.test(after)) return null;
    const count = parseCount(match[2]);
    if (count === null) return null;
    return { type: 'duration', days: unitDays(match[3].toLowerCase(), count) };
  }
}

/** A word of an anchor's noun phrase: "call", "president's", "U.S.". */
const ANCHOR_WORD = `(?:(?:[a-z]\\.){2,}|[a-z][\\w'’-]*)`;
const ANCHOR_OBJECT =
  `(?:\\s+((?:the|a|an|his|her|its|their|this|that|last|[A-Z][a-z]+'s)\\s+${ANCHOR_WORD}(?:\\s+(?!on\\b|in\\b|at\\b|with\\b|by\\b|and\\b|but\\b|was\\b|were\\b|is\\b|are\\b|had\\b|has\\b|said\\b|to\\b|of\\b|for\\b|from\\b|that\\b|which\\b|began\\b|between\\b|against\\b|about\\b|a\\b|an\\b|the\\b|its\\b|their\\b|[a-z]+ed\\b)${ANCHOR_WORD}){0,3}))?`;

/** Words before a name that keep it in their noun phrase: "the Moscow trip", "his Kremlin visit". */
const NAME_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'last', 'of']);

/**
 * "a week after the Moscow trip Witkoff was in Riyadh": a name after a common noun starts the next clause's
 * subject, not more of the anchor's noun phrase (the pattern reads words case-blind).
 */
function nounPhraseOf(object: string): string {
  const words = object.split(/(\s+)/);
  for (let i = 2; i < words.length; i += 2) {
    const [previous, word] = [words[i - 2], words[i]];
    if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(previous) && !NAME_LEADS.has(previous.toLowerCase())) return words.slice(0, i - 1).join('');
  }
  return object;
}

/** Words that end the object of a clause anchor ("after Trump met Putin in Alaska"). */
const CLAUSE_OBJECT_STOP = new Set([
  'on', 'in', 'at', 'with', 'by', 'and', 'but', 'to', 'of', 'for', 'from', 'that', 'which', 'as', 'he', 'she',
  'it', 'they', 'we', 'would', 'will', 'could', 'should', 'was', 'were', 'had', 'has', 'over', 'near', 'into',
]);
const SUBJECT_START = /^(?:[A-Z]|(?:the|a|an|his|her|its|their|he|she|they|it|we)$)/;

/**
 * An anchor that is a clause: "a day after Russia fired missiles", "two days after Trump met
 * Putin", "hours after Russian forces struck the port". Up to four words of subject (starting
 * with a capital, a determiner or a pronoun), a verb in the past, and up to two words of its
 * object. Returns the phrase and where it ends, or null.
 */
function clauseAnchor(text: string, from: number): { phrase: string; end: number } | null {
  const words: { text: string; end: number }[] = [];
  // Words, initialisms ("U.S.") included.
  const scan = /\s+((?:[A-Z]\.){2,}|[\p{L}\d_'’-]+)/uy;
  scan.lastIndex = from;
  for (let m = scan.exec(text); m && words.length < 9; m = scan.exec(text)) words.push({ text: m[1], end: scan.lastIndex });
  if (words.length < 2 || !SUBJECT_START.test(words[0].text)) return null;
  // A subject of names may be longer: "President Recep Tayyip Erdogan of Turkey spoke".
  const named = (i: number) => words.slice(0, i).every((w) => /^[A-Z]/.test(w.text) || w.text === 'of' || w.text === 'and');
  const verb = words.findIndex((w, i) => i > 0 && (i <= 4 || (i <= 6 && named(i))) && isPastForm(w.text));
  // "Kyiv and Kharkiv were struck", "Erdogan of Turkey spoke": "and"/"of" between two names joins one subject.
  const joinsNames = (w: { text: string }, i: number) => (w.text === 'and' || w.text === 'of') && /^[A-Z]/.test(words[i].text) && /^[A-Z]/.test(words[i + 2]?.text ?? '');
  if (verb < 0 || words.slice(1, verb).some((w, i) => CLAUSE_OBJECT_STOP.has(w.text.toLowerCase()) && !joinsNames(w, i))) return null;
  let last = verb;
  while (last + 1 < words.length && last < verb + 2 && !CLAUSE_OBJECT_STOP.has(words[last + 1].text.toLowerCase())) last++;
  return { phrase: text.slice(from, words[last].end).trim(), end: words[last].end };
}
/** "for 30 days after the call", "lasting two weeks before": a length, not an offset from the anchor. */
const LENGTH_BEFORE = /\b(?:for|lasting|lasted|another)\s+(?:(?:about|around|nearly|almost|some|up\s+to|more\s+than|at\s+least|roughly)\s+)?$/i;

/** The quantity before "after"/"before"/"later"/"earlier": "two days", "hours", "shortly". */
const ANCHOR_QUANTITY = new RegExp(
  `(?<![\\w-])(?:(?:(${NUMBER}|several|a\\s+few|just|only|some)\\s+)?(hours?|minutes?|days?|weeks?|moments)|(shortly|soon|immediately|just|moments|hours|minutes))\\s+$`,
  'i',
);

/** A weekday with its week's word ("last Thursday", "this Friday", "next Monday"): a date, not an anchor's event. */
const DATED_DAY_OBJECT = /^(?:last|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * Dates stated against another event: "hours after the call", "a day before the talks",
 * "two days after the meeting", "three days earlier", "the next day", "the day before".
 * The pattern starts at the relation word; the quantity before it is read backwards, which keeps
 * the scan cheap (no optional number alternatives tried at every position).
 */
export class AnchorParser implements Parser {
  private readonly compiled = new RegExp(
    `(?<![\\w-])(?:(after|before|later|earlier|prior\\s+to)${ANCHOR_OBJECT}|the\\s+(next|following|previous|same)\\s+(day|morning|afternoon|evening|night)|(?:(?:shortly|soon|immediately)\\s+)?(afterwards|afterward)|(within\\s+(?:hours|minutes))(?:\\s+of${ANCHOR_OBJECT})?|the\\s+(?:day|night|evening|morning)\\s+(before|after|earlier)${ANCHOR_OBJECT}|(later|earlier)\\s+that\\s+day|the\\s+(morning|afternoon|evening|night|day|eve)\\s+of${ANCHOR_OBJECT})(?![\\w])`,
    'i',
  );
  pattern(): RegExp {
    return this.compiled;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, relation, object, nextWhich, , afterwards, withinHours, withinObject, dayRelation, dayObject, laterThatDay, partOfDay, partObject] = match;
    const index = match.index ?? 0;
    let start = index;
    let end = index + match[0].length;
    let spec: DateSpec | null;
    if (partOfDay) {
      // "the morning of the talks", "the eve of the summit": the anchor's own day (the eve, the one before).
      if (!partObject) return null;
      // "the morning of last Thursday", "the evening of this Friday": a part of a day told by its date is that date (the
      // weekday parser reads it), not a day told from an event
      if (DATED_DAY_OBJECT.test(partObject)) return null;
      spec = { type: 'anchor', phrase: partObject, offsetDays: partOfDay.toLowerCase() === 'eve' ? -1 : 0 };
    } else if (nextWhich) {
      const which = nextWhich.toLowerCase();
      spec = { type: 'anchor', phrase: '', offsetDays: which === 'previous' ? -1 : which === 'same' ? 0 : 1 };
    } else if (dayRelation) {
      // "the day after Russia invaded": the anchor may be a clause here too.
      const clause = !dayObject && /^(?:after|before)$/i.test(dayRelation) ? clauseAnchor(context.text, end) : null;
      if (clause) end = clause.end;
      spec = { type: 'anchor', phrase: dayObject ?? clause?.phrase ?? '', offsetDays: dayRelation.toLowerCase() === 'after' ? 1 : -1 };
    } else if (laterThatDay || afterwards || withinHours) {
      // "later that day", "shortly afterwards", "within hours (of the vote)": the day of what was told before.
      spec = { type: 'anchor', phrase: withinObject ?? '', offsetDays: 0 };
    } else {
      const before = context.text.slice(Math.max(0, index - 40), index);
      const quantity = ANCHOR_QUANTITY.exec(before);
      if (!quantity) return null;
      start = index - before.length + quantity.index;
      // "halt strikes for 30 days after the call": the call starts a 30-day stretch (DurationParser).
      if (LENGTH_BEFORE.test(context.text.slice(Math.max(0, start - 30), start))) return null;
      // "A day later the European Union adopted ...": what follows "later"/"earlier" is the next clause's subject, not an anchor
      const comparative = /^(?:later|earlier)$/i.test(relation);
      if (comparative) end = index + relation.length;
      let phrase = comparative ? '' : nounPhraseOf(object ?? '');
      if (!comparative && object && phrase !== object) end -= object.length - phrase.length;
      // "hours after Moscow's defence ministry announced ...": a noun phrase that is the subject of a past verb is a clause.
      const subjectOfVerb = phrase !== '' && isPastForm(/^\s+([a-z]+)/.exec(context.text.slice(end, end + 20))?.[1] ?? '');
      const clause = (!phrase || subjectOfVerb) && /^(?:after|before)$/i.test(relation) ? clauseAnchor(context.text, index + relation.length) : null;
      if (clause) {
        phrase = clause.phrase;
        end = clause.end;
      }
      spec = anchorFromQuantity(quantity[1], quantity[2] ?? '', quantity[3], relation, phrase);
      if (spec?.type === 'anchor') spec = withDatedAnchor(spec, context.text, end);
    }
    if (!spec) return null;
    const result = context.createParsingResult(start, end);
    tagSpec(result.start, spec);
    return result;
  }
}

const POSSESSIVE_WEEKDAY = new RegExp(`^(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?['’]s\\s`);

/**
 * "two days after Friday's telephone call": the anchor names its own day. The weekday (its
 * offsets in the sentence) goes with the anchor, so the date layer can resolve both.
 */
function withDatedAnchor(spec: Extract<DateSpec, { type: 'anchor' }>, text: string, end: number): DateSpec {
  const phraseStart = end - spec.phrase.length;
  const weekday = POSSESSIVE_WEEKDAY.exec(`${spec.phrase} `);
  if (!weekday || text.slice(phraseStart, end) !== spec.phrase) return spec;
  return { ...spec, dated: { weekday: WEEKDAYS[weekday[1].toLowerCase()], start: phraseStart, end: phraseStart + weekday[1].length } };
}

function anchorFromQuantity(count: string | undefined, unitWord: string, adverb: string | undefined, direction: string, phrase: string): DateSpec | null {
  const relation = direction.toLowerCase();
  const sign = relation === 'after' || relation === 'later' ? 1 : -1;
  // "after the call" needs its object; "later"/"earlier" stand alone ("three days earlier").
  if ((relation === 'after' || relation === 'before' || relation.startsWith('prior')) && !phrase) return null;
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (adverb || unit === 'hour' || unit === 'minute' || unit === 'moment') return { type: 'anchor', phrase, offsetDays: 0 };
  const quantity = count ? parseCount(count.replace(/\s+/g, ' ')) : null;
  if (quantity === null) return null; // "days after", "several weeks before": no exact offset
  return { type: 'anchor', phrase, offsetDays: sign * quantity * (unit === 'week' ? 7 : 1) };
}

/** Words that may follow "on the 10th" used as a date (punctuation aside). */
const AFTER_DAY_OF_MONTH = new Set([
  'and', 'or', 'but', 'when', 'as', 'after', 'before', 'in', 'at', 'with', 'to', 'until', 'while', 'amid',
  'following', 'the', 'this', 'that', 'he', 'she', 'they', 'it', 'we', 'despite', 'because',
]);

const MONTH_SHIFTS: Record<string, Shift> = { last: -1, this: 0, next: 1 };

/**
 * "on the 10th", "by the 3rd", "on the morning of the 4th": a day of a month the text does not repeat; "on the
 * 26th of last month": a day of the month before the publication's.
 */
export class DayOfMonthParser extends SpecParser {
  constructor() {
    super(
      `(?<=\\b(?:on|by|until|till|since|from|before|after|through|(?:morning|afternoon|evening|night)\\s+of)\\s)the\\s+(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of\\s+(last|this|next)\\s+month)?`,
      'i',
    );
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    if (match[2]) return { type: 'dayOfMonth', day, monthShift: MONTH_SHIFTS[match[2].toLowerCase()] };
    const after = text.slice(index + match[0].length, index + match[0].length + 16);
    // "on the 10th anniversary", "by the 5th round", "the 10th of March" (chrono's): not a day alone.
    const nextWord = /^\s+([A-Za-z]+)/.exec(after)?.[1];
    if (nextWord !== undefined && !AFTER_DAY_OF_MONTH.has(nextWord.toLowerCase())) return null;
    return { type: 'dayOfMonth', day };
  }
}

/** Verbs that take "the day" as the stretch they fill: "to end the day at 7,114", "opened the day lower". */
const DAY_VERBS =
  'end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|closing|start|starts|started|starting|begin|begins|began|beginning|open|opens|opened|opening|for';

/**
 * The day the story is on, named without its date: "later in the day", "during the day", "the start of the day",
 * "to end the day at 7,114" (markets), "for a third straight day". "At the end of the day" is the
 * idiom ("ultimately"), not a time.
 */
export class FocusDayParser implements Parser {
  private readonly compiled = new RegExp(
    `(?<![\\w-])(?:(?:late|later|early|earlier)\\s+in\\s+the\\s+day|(?:during|in\\s+the\\s+course\\s+of)\\s+(the\\s+day)|the\\s+(?:start|end|beginning|close|rest|middle)\\s+of\\s+the\\s+day|(?:${DAY_VERBS})\\s+(the\\s+day)|(?:(?:late|later|early|earlier)\\s+)?that\\s+(?:same\\s+|very\\s+)?day|(?:a|the)\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:consecutive|straight|successive)\\s+(?:trading\\s+)?day)(?![\\w-])`,
    'i',
  );
  pattern(): RegExp {
    return this.compiled;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (/^the\s+end/i.test(match[0]) && /\bat\s$/i.test(context.text.slice(Math.max(0, index - 3), index))) return null;
    // "during the day of mourning", "the day before": something else (anchors, relative clauses).
    // "that day", "later that day": the day told last; "that day in November", "that day of all days" name another
    const thatDay = /^(?:(?:late|later|early|earlier)\s+)?that\s/i.test(match[0]);
    if (thatDay && /^\s*(?:in|of|as|when|on|and|or)\b/i.test(context.text.slice(index + match[0].length, index + match[0].length + 8))) return null;
    const theDay = match[1] ?? match[2];
    if (theDay && /^\s*(?:before|after|of|when|that|which|in\s+which|on\s+which|and\s+night)\b/i.test(context.text.slice(index + match[0].length, index + match[0].length + 12))) return null;
    // "to end the day" names the day by its verb's object; "during the day" is the whole phrase.
    const start = match[2] ? index + match[0].length - match[2].length : index;
    const result = context.createParsingResult(start, index + match[0].length);
    tagSpec(result.start, thatDay ? { type: 'focusDay', told: true } : { type: 'focusDay' });
    return result;
  }
}

/** "the same month a year ago", "the same period last year", "the same quarter two years earlier". */
export class SamePeriodParser extends SpecParser {
  constructor() {
    super(
      `the\\s+same\\s+(?:day|week|month|quarter|period|time|season)\\s+(?:of\\s+)?(?:(last|the\\s+previous|the\\s+prior)\\s+year|(${NUMBER})\\s+years?\\s+(?:ago|earlier|before))`,
      'i',
    );
  }
  protected understand(match: RegExpMatchArray): DateSpec | null {
    const yearsBack = match[1] ? 1 : parseCount(match[2]);
    return yearsBack === null ? null : { type: 'samePeriod', yearsBack };
  }
}

/** What a yearless day in figures follows: a preposition of time, a clock time with its zone, a table cell's bar. */
const DOTTED_DAY_BEFORE = /(?:\b(?:on|from|since|until|till|by|(?:night|morning|evening|day)\s+of|completed|ordered|announced)\s+|\d{1,2}[:.]\d{2}\s+(?:[A-Z]{2,5}\s+)?|\|\s*|\(\s*)$/;
/** The second of two: "from 06.01 to 07.01", "on 05.05 and 06.05" (a "rose to 12.03" alone is a number). */
const DOTTED_SECOND_BEFORE = /\d{2}\.\d{2}\b[^.;]{0,20}\b(?:to|through|and|till|until)\s+$/;
/** What a number is, not a day: a unit, a share, an amount, a clock's zone ("19.07 per cent", "10.05 GMT", "12.03 km"). */
const DOTTED_NUMBER_AFTER = /^\s*(?:%|per\s*cent|percent|million|billion|bn|trillion|points?|hours?|hrs?|h\b|[ap]\.?m\b|GMT|UTC|CET|EET|MSK|km|kg|tonnes?|metres?|meters?|euros?|dollars?|hryvnias?|roubles?|rubles?|local\b|[A-Z][a-z]+\s+time\b)/i;

/**
 * "on 19.07", "12:00 MSK 06.01 to 24:00 MSK 07.01", "| 15.08 (Fri) |", "completed 07.05": a day and month in figures
 * with a dot and no year (chrono reads a dotted pair only with its year). Both numbers written with two figures, as a
 * dotted European date writes them, after a word of time or a clock (a "7.08" or a "12.30" of running text is a
 * number or a time). Read month first with the document's order deciding, as other dates in figures (index.ts).
 */
export class DottedDayMonthParser extends SpecParser {
  constructor() {
    super(`(?<![\\d.,$€£])(\\d{2})\\.(\\d{2})(?![.,]?\\d)`, '');
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const before = text.slice(Math.max(0, index - 40), index);
    if (!DOTTED_DAY_BEFORE.test(before) && !DOTTED_SECOND_BEFORE.test(before)) return null;
    if (DOTTED_NUMBER_AFTER.test(text.slice(index + match[0].length, index + match[0].length + 16))) return null;
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return null;
    // a first number above 12 is the day: no order to decide
    if (first > 12) return { type: 'monthDay', month: second, day: first, year: null };
    if (second > 12) return { type: 'monthDay', month: first, day: second, year: null };
    return { type: 'monthDay', month: first, day: second, year: null, numeric: 'dot' };
  }
}

/** Months in Roman numerals, longest first so "VIII" is not read as "V". */
const ROMAN_MONTHS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
const ROMAN_MONTH = Object.keys(ROMAN_MONTHS).sort((a, b) => b.length - a.length).join('|');
/** What numbers a Roman numeral in a reference, not a month: "Article 5.IV", "section 2.III", "version 3.II". */
const ROMAN_REFERENCE_BEFORE = /\b(?:art(?:icle)?|arts?|sec(?:tion)?|ch(?:apter)?|part|para(?:graph)?|clause|annex|appendix|table|fig(?:ure)?|vol(?:ume)?|book|no|nos|page|pp?|version|ver|v|phase|stage|step|item|rule|point|title|§)\.?\s*$/i;

/**
 * A day with its month in Roman numerals, as much of Central and Eastern Europe writes a date by hand, on forms and in
 * registers ("14.II.2024", "30.VIII.23", "14 II 2024", "3. V. 2025"; yearless "19.IV" only with dots). The day is the one
 * written; a two-figure year is read as chrono reads one. Uppercase numerals only, a day of one or two figures not
 * after another number ("1.2.IV" is a paragraph number) nor a word that numbers a reference ("Article 5.IV"): "World War
 * II", "Paul II", "Phase II" have no day before them and stay words.
 */
export class RomanMonthParser extends SpecParser {
  constructor() {
    super(`(?<![\\d.,])(\\d{1,2})(?:\\.\\s?(${ROMAN_MONTH})(?:\\.\\s?(\\d{4}|\\d{2}))?|\\s(${ROMAN_MONTH})\\s(\\d{4}))(?![\\w.]\\d|[\\w])`, '');
  }
  protected understand(match: RegExpMatchArray, text: string, index: number): DateSpec | null {
    const day = Number(match[1]);
    const month = ROMAN_MONTHS[match[2] ?? match[4]];
    // (chrono retries a refused match on the text after its first character, where the lookbehind sees nothing)
    if (day < 1 || day > 31 || /[\w.,-]/.test(text.charAt(index - 1))) return null;
    if (ROMAN_REFERENCE_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return null;
    const written = match[3] ?? match[5];
    const year = written === undefined ? null : written.length === 4 ? Number(written) : twoFigureYear(Number(written));
    return { type: 'monthDay', month, day, year };
  }
}

/** The month of a military date-time group, three letters ("SEP", "Sep"). */
const DTG_MONTH = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** A DTG's day, hour and minute: "061400" (6th, 14:00). */
const DTG_DAY_TIME = '(\\d{2})([0-2]\\d)([0-5]\\d)';
/** A DTG's time-zone letter: A to Z without J (J is the observer's local time, named by no letter in a DTG). */
export const DTG_ZONE = '[A-IK-Z]';

/**
 * A military date-time group (NATO/US, "ddhhmmZ MON YY"): "061400ZSEP22", "061400Z SEP 22", "061400Z SEP 2022" are
 * 6 September 2022 (14:00 in the zone its letter names; the day is the one written). A range of two groups sharing
 * their month ("080001Z-102359Z SEP 22") runs from the first day to the last. Without its month ("by 120600Z", a
 * coder's "06 1400Z": day, space, clock) it is a day of the month in focus, as "on the 12th" is; only the Z (UTC) zone
 * is read then, a letter after four figures being too often something else. A day above 31, an hour above 24 or a
 * minute above 59 is no DTG ("991400Z", "062500Z": a serial, a reference).
 */
export class DateTimeGroupParser implements Parser {
  private readonly compiled = new RegExp(
    `(?<![\\w-])(?:${DTG_DAY_TIME}(${DTG_ZONE})(?:-${DTG_DAY_TIME}\\4)? ?(${DTG_MONTH})(?: ?(\\d{4}|\\d{2}))?|${DTG_DAY_TIME}Z|(\\d{2}) ([0-2]\\d)([0-5]\\d)Z)(?![\\w-])`,
  );
  pattern(): RegExp {
    return this.compiled;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [day, hour, minute] = match[1] ? [match[1], match[2], match[3]] : match[10] ? [match[10], match[11], match[12]] : [match[13], match[14], match[15]];
    if (!isDayTime(day, hour, minute)) return null;
    const result = context.createParsingResult(index, match[0]);
    if (!match[8]) {
      tagSpec(result.start, { type: 'dayOfMonth', day: Number(day) });
      return result;
    }
    const month = MONTHS[match[8].toLowerCase()];
    const year = match[9] === undefined ? null : match[9].length === 4 ? Number(match[9]) : twoFigureYear(Number(match[9]));
    tagSpec(result.start, { type: 'monthDay', month, day: Number(day), year });
    if (match[5]) {
      if (!isDayTime(match[5], match[6], match[7]) || Number(match[5]) <= Number(day)) return null;
      result.start.assign('day', Number(day)).assign('month', month);
      result.end = context.createParsingComponents({ day: Number(match[5]), month, ...(year === null ? {} : { year }) });
    }
    return result;
  }
}

function isDayTime(day: string, hour: string, minute: string): boolean {
  const [d, h, m] = [Number(day), Number(hour), Number(minute)];
  return d >= 1 && d <= 31 && (h < 24 || (h === 24 && m === 0));
}

/** A year in two figures, as chrono reads one: 00-49 this century, 50-99 the last. */
function twoFigureYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** What numbers a document, a case or an item, not a day: "Deliberation No. 2022-031", "case 2024-118", "ref. 2023-101". */
const ORDINAL_REFERENCE_BEFORE =
  /\b(?:no|nos|nr|num|number|ref|reference|case|file|docket|order|decree|resolution|decision|deliberation|directive|regulation|law|act|bill|report|ticket|invoice|serial|lot|batch|item|form|code|id|version|v)\.?\s*$|[#№]\s*$/i;

/** A unit after the figures: a year's range of a quantity or a count, not a day ("2024-100 tonnes", "the 2023-150 km stretch"). */
const ORDINAL_QUANTITY_AFTER =
  /^\s*(?:%|per\s*cent|percent|tonnes?|tons?|t\b|kg|km|kilomet(?:re|er)s?|miles?|m\b|metres?|meters?|barrels?|bn|billion|million|mn|people|troops|soldiers|units|pieces|items|cases|votes|seats|points|pts|bp|bps|hectares?|ha\b|dollars?|euros?|usd|eur)/i;

/**
 * An ISO 8601 ordinal date, a year and the day of that year in three figures, as data desks, logs, aviation and space
 * reporting write one: "2022-283" is 10 October 2022, "2024-060" the 29th of February of a leap year. A desk's "N"
 * after the day ("2024-238N", the night that begins that evening) spans the day and the next (the night into it).
 * A day of 000, above 365 (366 in a leap year) or before more figures ("2024-100-2") is none; nor is a number after a
 * word that numbers a document ("Deliberation No. 2022-031", "case 2024-118"); a range of years ("2022-2025") has four
 * figures after its dash and is two years.
 */
export class OrdinalDateParser implements Parser {
  private readonly compiled = /(?<![\w.,/-])((?:19|20)\d\d)-([0-3]\d\d)(N?)(?![\w/]|[-.,]\d)/;
  pattern(): RegExp {
    return this.compiled;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const [year, ordinal] = [Number(match[1]), Number(match[2])];
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (ordinal < 1 || ordinal > (leap ? 366 : 365)) return null;
    // (chrono retries a refused match on the text after its first character, where the lookbehind sees nothing)
    if (/[\w.,/-]/.test(context.text.charAt(index - 1))) return null;
    if (ORDINAL_REFERENCE_BEFORE.test(context.text.slice(Math.max(0, index - 16), index))) return null;
    if (ORDINAL_QUANTITY_AFTER.test(context.text.slice(index + match[0].length, index + match[0].length + 24))) return null;
    const day = new Date(Date.UTC(year, 0, ordinal));
    const [month, date] = [day.getUTCMonth() + 1, day.getUTCDate()];
    const result = context.createParsingResult(index, match[0]);
    tagSpec(result.start, { type: 'monthDay', month, day: date, year });
    if (match[3]) {
      const next = new Date(Date.UTC(year, 0, ordinal + 1));
      // (the night into the first of a month is its evening's day alone: a span of days stays in one month)
      if (next.getUTCMonth() + 1 === month) {
        result.start.assign('day', date).assign('month', month).assign('year', year);
        result.end = context.createParsingComponents({ day: next.getUTCDate(), month, year });
      }
    }
    return result;
  }
}
