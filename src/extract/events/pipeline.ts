/**
 * The event layer as an ordered list of stages over one article, in the manner of chrono-node's
 * configurable parsers and refiners: each stage reads and extends the shared context.
 */
import type { EventStatus, EventType } from '../../domain/taxonomy.js';
import type {
  DateCertainty,
  DatePrecision,
} from '../../domain/taxonomy.js';
import type { DateMention, DateReference, DateSpan, ExtractedActor, ExtractedEvent, ExtractedPlace } from '../types.js';
import { addSurnames, callSides, findActors, stateOf, surnameMentions, uniqueActors, type ActorMention } from './actors.js';
import { ACTOR_COUNTRY_CODES, COUNTRIES } from './place-names.js';
import { findDates, signatureDay } from '../dates/index.js';
import { parseDay, weekdayOf } from '../dates/calendar.js';
import { WEEKDAYS } from '../dates/parsers.js';
import { INFERRED_WIDENING_DAYS } from '../../ingest/merge.js';
import { addDays, localDay, spansOverlap } from './calendar.js';
import { summaryFor, titleFor } from './describe.js';
import { tokenize, type Token } from './lexicon.js';
import { backedNamedTruce, CALLED_OFF_FATE, COMPARED_SINCE, genericPresent, PAST_VERB, modalityAt, ROUTINE_OUTPUT, tradedBefore, wordsOf, type Modality } from './modality.js';
import { COMPASS, findPlaces, foldName, lookupPlace, mayStartPlace, regionHolds, toPlace, type PlaceMention } from './places.js';
import { splitSentences, type Sentence } from './sentences.js';
import { INSTITUTION_KINDS, lineEnd, logSeparator, matchTriggers, mayHoldTrigger, PHONE_MEDIUM_WORDS, type PlaceStarts, type TriggerMatch } from './triggers.js';
import { allMatches } from '../matches.js';
import { firstFailing } from '../sorted.js';
import { asRunningText } from '../capitals.js';
import { confidenceOf } from './confidence.js';
import { firstKept, kept, mapped } from '../packed.js';

/** Events whose parties are the people who held them: "the Kremlin" beside Putin is his office. */
const HELD_BY_PEOPLE = new Set<EventType>(['phone_call', 'meeting', 'statement']);

/** Strikes, fighting and captures happen somewhere: one event per place, and no place, no event. */
export const PLACE_BOUND = new Set<EventType>(['drone_strike', 'missile_strike', 'air_strike', 'shelling', 'armed_clash', 'territorial_capture']);
/** Other events whose place is worth keeping: where a meeting or a killing happened. */
const LOCATED = new Set<EventType>(['meeting', 'assassination', 'prisoner_exchange', 'agreement']);
/** Event types that tell one story: a strike wave is told with drones, missiles and shells. */
const FAMILY: Partial<Record<EventType, string>> = {
  drone_strike: 'strike',
  missile_strike: 'strike',
  air_strike: 'strike',
  shelling: 'strike',
};
const COUNTRY_NAMES = new Set(Object.keys(COUNTRIES));
/** Events whose stated duration is their own: "a 30-day truce" (a "two-hour call" is one day). */
const LASTS = new Set<EventType>(['ceasefire', 'meeting']);
/** Of those, events whose duration must name the event itself: "a two-day summit", "three days of talks". */
const LASTS_WHEN_NAMED = new Set<EventType>(['meeting']);
/** Events dated by when they take effect rather than when they were announced. */
const TAKES_EFFECT = new Set<EventType>(['ceasefire']);
const AGREEING = new Set(['agree', 'agreement', 'deal']);
/** Talking in one place: "face to face", "in person", "sat in the same room to talk", "across one table". */
const IN_PERSON = /\bface to face\b|\bin person\b|\b(?:the same|one) (?:room|table)\b|\bacross the table\b/;
const PHONE_MEDIUM = new Set(PHONE_MEDIUM_WORDS);
/** Events that, when "agreed to", are reported as an agreement. */
const AGREED_UPON = new Set<EventType>(['prisoner_exchange']);
/** Types whose trigger noun in the plural, with no date, names the kind of event ("exchanges", "truces"). */
const GENERIC_WHEN_PLURAL = new Set<EventType>(['prisoner_exchange', 'ceasefire', 'agreement']);
/** Only scheduled things can be planned; a threatened strike is not an event. */
export const PLANNABLE = new Set<EventType>(['phone_call', 'meeting', 'aid_decision', 'agreement', 'prisoner_exchange', 'sanctions', 'ceasefire']);
/** The types a noun of striking may name ("two days after the attack"). */
const STRIKE_NOUN_TYPES: readonly EventType[] = ['drone_strike', 'missile_strike', 'air_strike', 'shelling'];
/** Which event type an anchor phrase names ("hours after the call"). */
const ANCHOR_NOUNS: Record<string, readonly EventType[]> = {
  call: ['phone_call'],
  conversation: ['phone_call'],
  talks: ['meeting'],
  talk: ['meeting', 'phone_call'],
  meeting: ['meeting'],
  summit: ['meeting'],
  visit: ['meeting'],
  trip: ['meeting'],
  negotiations: ['meeting'],
  attack: STRIKE_NOUN_TYPES,
  strike: STRIKE_NOUN_TYPES,
  strikes: STRIKE_NOUN_TYPES,
  attacks: STRIKE_NOUN_TYPES,
  barrage: STRIKE_NOUN_TYPES,
  blast: STRIKE_NOUN_TYPES,
  raid: STRIKE_NOUN_TYPES,
  bombardment: STRIKE_NOUN_TYPES,
  killing: ['assassination'],
  assassination: ['assassination'],
  capture: ['territorial_capture'],
  recapture: ['territorial_capture'],
  withdrawal: ['territorial_capture'],
  retreat: ['territorial_capture'],
  fall: ['territorial_capture'],
  liberation: ['territorial_capture'],
  seizure: ['territorial_capture'],
  ceasefire: ['ceasefire'],
  truce: ['ceasefire'],
  exchange: ['prisoner_exchange'],
  swap: ['prisoner_exchange'],
  deal: ['agreement'],
  signing: ['agreement'],
  agreement: ['agreement'],
};

interface AssignedDate {
  span: DateSpan;
  certainty: DateCertainty;
  dateText: string | null;
  /** explicit or relative expression in the sentence itself (a better mention to quote) */
  own: boolean;
  /** the day it was said ("Zelenskyy said on Sunday they spoke"): a date of the saying, not of the event */
  ofSaying?: boolean;
  /** the day of the timestamped liveblog entry it is told in */
  ofEntry?: boolean;
}

/** A day the sentence's own words lead to by counting ("three days earlier", "on the opening day"). */
const relativeDay = (day: string, dateText: string | null): AssignedDate => ({ span: { startDate: day, endDate: day, precision: 'day' }, certainty: 'relative', dateText, own: true });

export interface Candidate {
  type: EventType;
  strength: number;
  remention: boolean;
  /** A truce told again only by the day it ended ("the truce expired on Sunday night"): that day. */
  endsOn?: string;
  status: EventStatus;
  sentence: Sentence;
  headOffset: number; // body offset of the trigger word
  actors: ExtractedActor[];
  places: ExtractedPlace[];
  date?: AssignedDate;
  durationDays?: number;
  anchor?: DateMention;
  mentions: number;
  /** Head offsets of the events this one is told against ("before the call"): never the same event. */
  distinctFrom?: number[];
  /** Head offsets of the candidates merged into this one. */
  members?: number[];
  /** The saying date of a trigger told in the past perfect ("said on Monday it had hit"): dates it only as a last resort. */
  reportedOn?: DateMention;
  /** "the previous call", "their last meeting": an earlier event of the kind, not the story's own. */
  earlier?: boolean;
  /** "The truce began at midnight on Thursday": a truce told again by the day it took effect. */
  tookEffect?: boolean;
  /** Body offset of the place mention a place-bound event was made for. */
  placeAt?: number;
  /** The place-bound event's place as found: whether it is a region, and the division it lies in. */
  placeArea?: { region: boolean; division?: string };
  /** Dated by the day its own paragraph told last (a wave's day, "Drones hit Kyiv" after "Overnight into Sunday ..."): that day's. */
  dayOfParagraph?: boolean;
}

/** A sentence's text as names are read from it, its actors and its places; undefined until first asked. */
interface SentenceReading {
  namingText: string | undefined;
  actors: ActorMention[] | undefined;
  places: PlaceMention[] | undefined;
  /** The sentence's tokens and its trigger matches (none: no trigger word), read once (triggerReading). */
  triggers: { tokens: Token[]; matches: TriggerMatch[] } | undefined;
  /** The modality of each trigger head read so far. */
  modalities: Map<number, Modality> | undefined;
}

export interface ArticleContext {
  body: string;
  ref: DateReference;
  publicationDay: string;
  /** Paragraphs of liveblog entries written before the publication day: how many days before. */
  entryDaysBack: Map<number, number>;
  /** The day of the article's dateline ("MOSCOW, May 19 — ..."), when it has one; undefined until read. */
  datelineDay?: string | null;
  dates: DateMention[];
  sentences: Sentence[];
  /** What is read of each sentence once and asked again (by sentence index): a field each, not a WeakMap each. */
  readings: SentenceReading[];
  /** People the gazetteer does not know, named in full in the sentences read so far, by surname (actors.ts addSurnames). */
  surnames: Map<string, string>;
  /** How many sentences, from the first, have had their actors read (and added to `surnames`). */
  surnamesThrough: number;
  preferredCountries: Set<string>;
  /** The city "the capital" stands for in this article: Kyiv or Moscow, whichever it names more. */
  capital?: string;
  /** The headline, when known: it names the city "the city" stands for. */
  title?: string;
  /**
   * The city the article is about: "artillery hit the city again" means it. Read on the first
   * "the city" that needs it (mainCityFor): most articles never say it, and finding it scans the
   * whole body for places. undefined: not read yet; null: the article has none.
   */
  mainCity?: PlaceMention['place'] | null;
  candidates: Candidate[];
  /**
   * The last strike told with a weapon but no place, which makes no event of its own ("29 DEC · missile + drone · multiple
   * oblasts: the largest combined strike"): its weapon is that of the places the next sentences give it.
   */
  unplacedStrike?: { type: EventType; headOffset: number; sentence: Sentence };
  events: ExtractedEvent[];
}

export type Stage = (ctx: ArticleContext) => void;

/** Date mentions by sentence, computed once per article (the date list is sorted by offset). */
const mentionsBySentence = new WeakMap<ArticleContext, Map<number, DateMention[]>>();

/** The sentence whose span holds `offset` (sentences are in body order and do not overlap). */
function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  const found = sentences[firstFailing(sentences.length, (i) => sentences[i].charStart <= offset) - 1];
  return found && offset < found.charEnd ? found : undefined;
}

function mentionsIn(ctx: ArticleContext, s: Sentence): DateMention[] {
  let index = mentionsBySentence.get(ctx);
  if (!index) {
    index = new Map();
    // A binary search per date and an append, not a scan and a copy: a long body dense with
    // dates would otherwise take time quadratic in its length.
    for (const d of ctx.dates) {
      const owner = sentenceAt(ctx.sentences, d.charStart);
      if (!owner || d.charEnd > owner.charEnd) continue;
      const list = index.get(owner.index);
      if (list) list.push(d);
      else index.set(owner.index, [d]);
    }
    mentionsBySentence.set(ctx, index);
  }
  return index.get(s.index) ?? [];
}

/**
 * "KYIV, July 4 (Reuters) – ", "KYIV, July 4 (Reuters) - ": a wire story's dateline, a place in capitals, before the dash. The capitals
 * are whole words closed by a comma, a bracket or the dash: "US slaps sanctions on Rosneft late Wednesday —
 * ..." opens with an acronym, as headline-ese does, and is a sentence with its own date.
 */
// (the dash a spaced hyphen too, as wires write it: "KYIV, April 2 (Meridian) - ")
const DATELINE_PREFIX = /^\s*\p{Lu}{2,}[\p{Lu}'’.-]*(?:[ /]\p{Lu}{2,}[\p{Lu}'’.-]*)*(?=\s*[,([—–-])[^\n—–]{0,60}?\s[—–-]\s/u;

/** The dateline's date is the day the story was filed, not the day of its events. */
function inDateline(ctx: ArticleContext, d: DateMention): boolean {
  // a bulletin's items each open with their own ("ODESA, 8 September – ...")
  const sentence = sentenceAt(ctx.sentences, d.charStart);
  if (!sentence || !opensParagraph(ctx, sentence)) return false;
  const m = DATELINE_PREFIX.exec(sentence.text);
  // "THURSDAY — Biden met ...": a day heading its item is the item's date, not a filing place's
  return !!m && d.charEnd <= sentence.charStart + m[0].length && d.charStart > sentence.charStart + m.index + /\S/.exec(m[0])!.index;
}

function opensParagraph(ctx: ArticleContext, sentence: Sentence): boolean {
  return ctx.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
}

/** "... not here. — Mirwatch (talk) 10:20, 21 March 2025 (UTC)": a comment's signature says when it was written, not when its story happened. */
function inSignature(ctx: ArticleContext, d: DateMention): boolean {
  if (!/\d{4}$/.test(d.text)) return false;
  const tail = ctx.body.slice(d.charEnd, d.charEnd + 16);
  const newline = tail.indexOf('\n');
  if (newline < 0 && d.charEnd + 16 < ctx.body.length) return false;
  const lineStart = ctx.body.lastIndexOf('\n', d.charStart) + 1;
  const signed = signatureDay(ctx.body.slice(lineStart, d.charEnd + (newline < 0 ? tail.length : newline)));
  return !!signed && d.charStart >= lineStart + signed.at;
}

const OPENING_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“']);

/**
 * 'The table has "18 March" for the exchange': a date alone in quotation marks is the expression cited (what a
 * table, a caption or a claim says), not a date the text tells of the event.
 */
function citedAlone(ctx: ArticleContext, d: DateMention): boolean {
  return d.certainty === 'explicit' && OPENING_QUOTES.has(ctx.body[d.charStart - 1]) && CLOSING_QUOTES.has(ctx.body[d.charEnd]);
}

/** A "since" clause up to the end of the text before a date. */
const SINCE_CLAUSE = /\bsince\b[^,;.]*$/i;

/** A date that dates a noun rather than the event: "since 2022", "the 2022 invasion", a dateline, a signature, a cited date. */
function datesANoun(ctx: ArticleContext, d: DateMention): boolean {
  if (d.boundary || d.frame || inDateline(ctx, d) || inSignature(ctx, d) || citedAlone(ctx, d)) return true;
  // "the first since Russia and Ukraine returned the bodies of fallen soldiers in June": the whole clause
  const clauseStart = Math.max(0, d.charStart - 200, sentenceAt(ctx.sentences, d.charStart)?.charStart ?? 0);
  const before = ctx.body.slice(clauseStart, d.charStart);
  // ("has been under fire since Russian troops crossed the border on 10 May": a clause told with its own verb, outside a
  // comparison, is dated by its day as any other clause is)
  const since = SINCE_CLAUSE.exec(before);
  if (since && (COMPARED_SINCE.test(before.slice(0, since.index)) || !PAST_VERB.test(since[0]))) return true;
  // "said Oleksandr Syrskyi, appointed commander-in-chief a week ago", "Pope Leo, elected on 8 May, has": the day a person
  // took office, told in an aside after the name, dates the person's office, not the sentence's event
  if (OFFICE_TAKEN_ASIDE.test(before)) return true;
  const after = ctx.body.slice(d.charEnd, d.charEnd + 20);
  return /^\d{4}$/.test(d.text) && /\bthe\s*$/i.test(before) && /^\s+[a-z]/.test(after);
}

/** A name, a comma, then a participle of taking office and its words, up to a date: ", appointed commander-in-chief in ". */
const OFFICE_TAKEN_ASIDE =
  /\p{Lu}[\p{L}'’.-]*,\s+(?:(?:newly|recently|only|just)\s+)?(?:appointed|elected|re-elected|named|sworn\s+in|promoted|installed|inaugurated|nominated)\b[^,;:.—–()"“”]*$/u;

/** A calendar date written in words or figures ("2022", "February", "27 June 2023", "October 10"), with nothing else. */
const CALENDAR_DATE = /^(?:\d{4}|(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)$/u;

/**
 * "six months after the February meeting", "the 27 June 2023 strike", "the October 10 strikes": a calendar date between
 * "the" and a noun names that noun's time. Its own sentence may take it (the noun may be the event told, or what a
 * relative clause after it tells of: "the 5 October strike on a cafe, where a missile hit a wake"), but it is no time
 * the story goes on in: the next sentences are not told on that day ("On Monday Zelenskyy was back at the White House,
 * six months after the February meeting. Midway through, Trump called Putin": Monday's call).
 */
function namesANounsTime(ctx: ArticleContext, d: DateMention): boolean {
  return (
    d.kind === 'date' &&
    d.certainty === 'explicit' &&
    CALENDAR_DATE.test(d.text) &&
    /\bthe\s+$/i.test(ctx.body.slice(Math.max(0, d.charStart - 5), d.charStart)) &&
    /^\s+[a-z]/.test(ctx.body.slice(d.charEnd, d.charEnd + 3))
  );
}

/**
 * The text names are read from: a line written in capitals (a ticker or a flash) is read as running
 * text would write it (`asRunningText`, the same length, so offsets hold); the trigger words are read
 * from the text itself.
 */
function namingText(ctx: ArticleContext, sentence: Sentence): string {
  const reading = ctx.readings[sentence.index];
  return (reading.namingText ??= placesInCapitals(asRunningText(sentence.text), ctx.preferredCountries));
}

/** A run of words in capitals inside running text: "E of BALAKLIIA", "OLENYA AB (MURMANSK OBL.)", "near IVANOVO SEVERNY". */
const CAPITALS_RUN = /(?<![\p{L}\d-])\p{Lu}[\p{Lu}'’-]{2,}(?:\s+\p{Lu}[\p{Lu}'’-]{2,})*(?![\p{L}\d])/gu;
/** A region's noun in capitals after its name: "MURMANSK OBL.", "KURSK OBLAST", "BELGOROD REGION". */
const CAPITALS_REGION_NOUN = /^\s+(?:OBL|OBLAST|REGION|KRAI|PROVINCE)(?![\p{L}])/u;
/**
 * A wire story's dateline ("KYIV, Ukraine (AP) —", "PARIS/MOSCOW, July 1 (Example Wire) - ") or an item's place label ("KYIV: On
 * Monday ..."): its capitals are read as a dateline or a label is.
 */
const CAPITALS_DATELINE = /^\s*\p{Lu}[\p{Lu}'’./-]*(?:\s+\p{Lu}[\p{Lu}'’./-]*)*(?:,[^—–\n]{1,40}?)?(?:\s*\([^)\n]{1,40}\))?(?:\s*[—–-]|:)\s/u;

const titleCased = (word: string) => word[0] + word.slice(1).toLowerCase();

/**
 * Running text with the place names a desk writes in capitals ("UA offensive begins E of BALAKLIIA", "OLENYA AB (MURMANSK
 * OBL.) - drone strike", the style of coder notes and military summaries) written as running text writes them, the
 * same length: a run of capitals is a place only when the gazetteer knows it (its longest known opening words), so
 * "CONF", "SPIDERWEB" or "NFI" stay as they are; a region's noun after such a name is lowered ("Murmansk obl.").
 * A line wholly in capitals was read by asRunningText already; a dateline keeps its capitals.
 */
function placesInCapitals(text: string, preferred: ReadonlySet<string>): string {
  if (!/\p{Ll}/u.test(text) || !/\p{Lu}{3}/u.test(text)) return text;
  const dateline = CAPITALS_DATELINE.exec(text)?.[0].length ?? 0;
  return text.replace(CAPITALS_RUN, (run: string, at: number) => {
    if (at < dateline) return run;
    const words = run.split(/(\s+)/);
    for (let n = words.length; n >= 1; n -= 2) {
      const name = words.slice(0, n).map((w, i) => (i % 2 ? w : titleCased(w))).join('');
      if (!lookupPlace(name, preferred)) continue;
      const rest = words.slice(n).join('');
      const regionNoun = CAPITALS_REGION_NOUN.exec(rest);
      return name + (regionNoun ? regionNoun[0].toLowerCase() + rest.slice(regionNoun[0].length) : rest);
    }
    return run;
  });
}

/** "the President of Ukraine", "Britain's prime minister": a country inside an office's name is no place of the event. */
function withoutOffices(places: PlaceMention[], actors: ActorMention[]): PlaceMention[] {
  if (!actors.some((a) => a.office)) return places;
  return places.filter((p) => !actors.some((a) => a.office && a.start <= p.start && p.end <= a.end));
}

/** Actor mentions of a sentence, found once: the countries stage and the triggers stage both read them. */
// (a person named in full in an earlier sentence is named by the surname alone in this one: surnameMentions; the
// sentences are read in order, each adding its people to ctx.surnames once)
function actorsOf(ctx: ArticleContext, sentence: Sentence): ActorMention[] {
  const reading = ctx.readings[sentence.index];
  if (reading.actors) return reading.actors;
  while (ctx.surnamesThrough < sentence.index) actorsOf(ctx, ctx.sentences[ctx.surnamesThrough]);
  const text = namingText(ctx, sentence);
  const found = findActors(text, ctx.publicationDay);
  const bySurname = ctx.surnames.size ? surnameMentions(text, found, ctx.surnames) : [];
  const actors = bySurname.length ? [...found, ...bySurname].sort((a, b) => a.start - b.start) : found;
  addSurnames(ctx.surnames, actors);
  ctx.surnamesThrough = sentence.index + 1;
  return (reading.actors = actors);
}

const sentencesStage: Stage = (ctx) => {
  ctx.sentences = splitSentences(ctx.body);
  ctx.readings = mapped(ctx.sentences, () => ({ namingText: undefined, actors: undefined, places: undefined, triggers: undefined, modalities: undefined }));
};

/** "14:05 GMT — ...", "09:10 BST – ...", "13:40 Kyiv time – ...": a timestamped liveblog entry (not a dotted date, "31.07.2025 —"). */
const ENTRY_TIME = /^(\d{1,2})[:.](\d{2})\b(?!\.\d)[^—–\n-]{0,16}\s[—–-]\s/;
/** Expressions a liveblog entry says of its own day. */
const DEICTIC = /\b(?:today|tonight|this (?:morning|afternoon|evening)|overnight|last night|yesterday)\b/i;

/** Deictics counted back from the publication day: "yesterday", "last night" one day, the rest none. */
const DAY_BEFORE_DEICTIC = /\b(?:yesterday|last night)\b/i;

/**
 * A liveblog runs newest first: an entry timed later than the one above it was written the day before
 * ("00:40 — ..." above "23:55 — ..."). A log that runs oldest first (its times mostly rise: "08:18 — ...",
 * then "13:40 — ...") turns the other way: an entry timed earlier than the one below it is of the day before.
 * Its "today", "overnight" and undated events are of its own day; a deictic the date layer already counted
 * from another day (a section heading's, a signature's) is left as it is.
 */
const entriesStage: Stage = (ctx) => {
  const entries = kept(
    mapped(kept(ctx.sentences, (s) => opensParagraph(ctx, s)), (s) => ({ paragraph: s.paragraph, m: ENTRY_TIME.exec(s.text) })),
    (e): e is { paragraph: number; m: RegExpExecArray } => e.m !== null,
  );
  if (entries.length < 2) return;
  const minutes = mapped(entries, (e) => Number(e.m[1]) * 60 + Number(e.m[2]));
  const rises = minutes.filter((m, i) => i > 0 && m > minutes[i - 1]).length;
  const drops = minutes.filter((m, i) => i > 0 && m < minutes[i - 1]).length;
  const oldestFirst = rises > drops;
  const daysBack = new Array<number>(entries.length).fill(0);
  if (oldestFirst) for (let i = entries.length - 2; i >= 0; i--) daysBack[i] = daysBack[i + 1] + (minutes[i] > minutes[i + 1] ? 1 : 0);
  else for (let i = 1; i < entries.length; i++) daysBack[i] = daysBack[i - 1] + (minutes[i] > minutes[i - 1] ? 1 : 0);
  entries.forEach((entry, i) => {
    // an entry's paragraphs run until the next entry
    const last = entries[i + 1]?.paragraph ?? (ctx.sentences.at(-1)?.paragraph ?? 0) + 1;
    for (let p = entry.paragraph; p < last; p++) if (daysBack[i]) ctx.entryDaysBack.set(p, daysBack[i]);
  });
  if (!ctx.entryDaysBack.size) return;
  ctx.dates = ctx.dates.map((d) => {
    const back = ctx.entryDaysBack.get(sentenceAt(ctx.sentences, d.charStart)?.paragraph ?? -1);
    if (!back || d.certainty !== 'relative' || d.span?.precision !== 'day' || !DEICTIC.test(d.text)) return d;
    if (d.span.startDate !== addDays(ctx.publicationDay, DAY_BEFORE_DEICTIC.test(d.text) ? -1 : 0)) return d;
    const day = addDays(d.span.startDate, -back);
    return { ...d, value: day, span: { startDate: day, endDate: addDays(d.span.endDate, -back), precision: 'day' } };
  });
};

/** The calendar day a sentence is told on: the publication day, or its liveblog entry's. */
function dayOf(ctx: ArticleContext, sentence: Sentence): string {
  const back = ctx.entryDaysBack.get(sentence.paragraph);
  return back ? addDays(ctx.publicationDay, -back) : (datelineDayOf(ctx) ?? ctx.publicationDay);
}

/**
 * "MOSCOW, May 19 — Putin and Trump held a telephone conversation", published the next morning: a wire story
 * or a readout is told on its dateline's day, which is the day of what it tells without a date of its own.
 */
function datelineDayOf(ctx: ArticleContext): string | null {
  if (ctx.datelineDay !== undefined) return ctx.datelineDay;
  const first = ctx.sentences[0];
  const dated = first ? mentionsIn(ctx, first).find((d) => d.kind === 'date' && d.span?.precision === 'day' && inDateline(ctx, d)) : undefined;
  ctx.datelineDay = dated && dated.span!.startDate <= ctx.publicationDay ? dated.span!.startDate : null;
  return ctx.datelineDay;
}

/** dayOf as a one-day span. */
function storyDay(ctx: ArticleContext, sentence: Sentence): DateSpan {
  const day = dayOf(ctx, sentence);
  return { startDate: day, endDate: day, precision: 'day' };
}

/** Countries the article is about: its country actors, plus the two this news is mostly about. */
const countriesStage: Stage = (ctx) => {
  ctx.preferredCountries = new Set(['UA', 'RU']);
  for (const sentence of ctx.sentences) {
    for (const a of actorsOf(ctx, sentence)) {
      const code = ACTOR_COUNTRY_CODES[a.name];
      if (code) ctx.preferredCountries.add(code);
    }
  }
  // "the capital" is the one of the two the article names more often
  const kyiv = ctx.body.match(/\b(?:Kyiv|Kiev)\b/g)?.length ?? 0;
  const moscow = ctx.body.match(/\bMoscow\b/g)?.length ?? 0;
  if (kyiv !== moscow) ctx.capital = kyiv > moscow ? 'Kyiv' : 'Moscow';
};

/** A city as a place mention at [start, end) of a sentence; 0..0 when it is told around the sentence, not in it. */
function cityMention(place: PlaceMention['place'], start = 0, end = 0): PlaceMention {
  return { place, start, end, vicinity: false, country: false, region: false };
}

function mainCityFor(ctx: ArticleContext): PlaceMention['place'] | null {
  if (ctx.mainCity === undefined) ctx.mainCity = mainCityOf(ctx) ?? null;
  return ctx.mainCity;
}

/**
 * The city an article is about: the one its headline names, else the one its body names most
 * (at least twice, so that a city named once in passing is not "the city" of every sentence).
 */
function mainCityOf(ctx: ArticleContext): PlaceMention['place'] | undefined {
  const headlined = namedCities(ctx, ctx.title ?? '')[0];
  if (headlined) return headlined;
  const counts = new Map<string, { place: PlaceMention['place']; count: number }>();
  for (const p of findPlaces(ctx.body, ctx.preferredCountries)) {
    if (p.country || p.region || !p.place.countryCode) continue;
    const seen = counts.get(p.place.name) ?? { place: p.place, count: 0 };
    seen.count++;
    counts.set(p.place.name, seen);
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count);
  if (top[0] && top[0].count >= 2 && (top.length < 2 || top[1].count < top[0].count)) return top[0].place;
  // ("KHARKIV — Rescue crews worked through the night at the Epicentr store ...": a story filed from a city of the war
  // is about that city, unless its body names another more often; one filed from Kyiv or Moscow covers the country)
  const first = ctx.sentences[0];
  const filedFrom = first && datelinePlace(ctx, first);
  if (!filedFrom || !DATELINE_STRIKE_COUNTRIES.has(filedFrom.place.countryCode ?? '') || CAPITALS_AT_WAR.has(filedFrom.place.name)) return undefined;
  // (the dateline names it once more than the body does)
  const named = (counts.get(filedFrom.place.name)?.count ?? 0) + 1;
  return top.some((c) => c.count > named) ? undefined : filedFrom.place;
}

/**
 * The cities of the article's own countries a text names by capitalised words, whatever the words around them
 * (but "near Pokrovsk", "outside Kherson": a place named only to locate another).
 */
function namedCities(ctx: ArticleContext, text: string): PlaceMention['place'][] {
  const cities: PlaceMention['place'][] = [];
  for (const { 0: word, index } of allMatches(CAPITALISED_NAME, text)) {
    const name = word.replace(/['’]s$/, '');
    if (COUNTRIES[name] || findActors(name).length || NEAR_BEFORE.test(text.slice(Math.max(0, index - 12), index))) continue;
    const entry = lookupPlace(name, ctx.preferredCountries);
    if (entry && ctx.preferredCountries.has(entry.country)) cities.push(toPlace(entry));
  }
  return cities;
}

const CAPITALISED_NAME = /\p{Lu}[\p{L}'’-]{3,}(?:\s\p{Lu}[\p{L}'’-]+)?/gu;
const NEAR_BEFORE = /\b(?:near|outside|towards?|beyond|from)\s+$/;

/**
 * "hit the city again", "entered the town", "the town fell": a place named before, or the article's own city
 * ("the city of X" names X itself; "the village" is seldom a city the text has named).
 */
// ("fired 19 missiles at the region", "drones attacked the region again": a strike's target told as the region of the city
// the sentence before named)
const THE_PLACE = /\bthe\s+(?:city|town)\b(?!\s+of\b|['’]s\b|\s+(?:council|hall|authorities|administration|centre|center)\b)|\b(?:at|on|struck|hit|attacked|targeted|shelled)\s+the\s+region\b(?!\s+of\b|['’]s\b)/;

/**
 * The places of a sentence, with "the city" standing for the article's city when no city is named. Read once:
 * the triggers stage, place headings and earlier sentences' context all ask.
 */
function sentencePlaces(ctx: ArticleContext, sentence: Sentence): PlaceMention[] {
  const reading = ctx.readings[sentence.index];
  return (reading.places ??= readSentencePlaces(ctx, sentence));
}

function readSentencePlaces(ctx: ArticleContext, sentence: Sentence): PlaceMention[] {
  const found = withoutOffices(findPlaces(namingText(ctx, sentence), ctx.preferredCountries, capitalFor(ctx, sentence)), actorsOf(ctx, sentence));
  if (found.some((p) => !p.country && !p.region)) return found;
  const m = THE_PLACE.exec(sentence.text);
  // "Kherson was occupied in March 2022. Troops liberated the city in November": the one place the sentence
  // before named, else the article's own city
  // ("the governor of the Chernihiv region said artillery had pounded the city": the city the sentence's one region is named after)
  const centre = m && /(?:city|town)$/.test(m[0]) ? regionCentre(ctx, found) : undefined;
  const city = m && (centre?.place ?? antecedentPlace(ctx, sentence) ?? mainCityFor(ctx) ?? lastNamedCity(ctx, sentence));
  if (!m || !city) return found;
  const start = m.index + m[0].lastIndexOf(' ') + 1;
  // (the region's centre lies in it: the region is then named only to locate the city)
  const mention = { ...cityMention(city, start, m.index + m[0].length), ...(centre ? { division: centre.division } : {}) };
  return [...found, mention].sort((a, b) => a.start - b.start);
}

/** The city the sentence's one region is named after and governed from ("the Chernihiv region": Chernihiv), if it names one region. */
function regionCentre(ctx: ArticleContext, found: PlaceMention[]): { place: PlaceMention['place']; division?: string } | undefined {
  const regions = found.filter((p) => p.region && !p.country);
  if (regions.length !== 1) return undefined;
  const entry = lookupPlace(regions[0].place.name.replace(/\s+(?:Oblast|Krai)$/, ''), ctx.preferredCountries);
  return entry?.centre && entry.division === regions[0].division ? { place: toPlace(entry), division: regions[0].division } : undefined;
}

/** The one city the sentence before, in the same paragraph, names: what "the town" there points back to. */
function antecedentPlace(ctx: ArticleContext, sentence: Sentence): PlaceMention['place'] | undefined {
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return undefined;
  const cities = new Map(namedCities(ctx, previous.text).map((p) => [p.name, p]));
  return cities.size === 1 ? [...cities.values()][0] : undefined;
}

/**
 * "After yesterday's attack on Zaporizhzhia our stocks are low. ¶ Shortly after 16:00, aircraft dropped two bombs on a
 * site in the city": with no city in the sentence before and none the article is about, "the city" is the one the
 * nearest sentence before it names (none when that sentence names several: which one?).
 */
function lastNamedCity(ctx: ArticleContext, sentence: Sentence): PlaceMention['place'] | undefined {
  for (let i = sentence.index - 1; i >= 0; i--) {
    const cities = new Map(namedCities(ctx, ctx.sentences[i].text).map((p) => [p.name, p]));
    if (cities.size) return cities.size === 1 ? [...cities.values()][0] : undefined;
  }
  return undefined;
}

/**
 * "drones hit Kyiv and missiles struck Lviv", "Drones hit Kharkiv kindergarten, missiles kill 6 in Kyiv region": a weapon
 * that opens a clause of its own, after "and" or a comma, when a weapon led the clause before, takes its own places
 * ("missiles and drones struck Ternopil" is one clause, "In the capital, a drone set fire" one more).
 */
const WEAPON_NOUN = String.raw`(?:[Mm]issiles?|[Dd]rones?|[Rr]ockets?|[Ss]hells?|[Bb]ombs?|Shaheds?|[Aa]rtillery|UAVs?)`;
// (?=,|\s+and\s) tests nothing the separator after it does not (it starts with a comma or with white space before
// "and"): the lookbehind, which reads back up to 80 characters, is then tried only there, not at every position of
// every sentence (it took a twentieth of the extraction's CPU).
const WEAPON_CLAUSE =
  String.raw`(?=,|\s+and\s)(?<=\b${WEAPON_NOUN}\s[^,;]{1,80})(?:,?\s+and\s+|,\s*)` +
  String.raw`(?=(?:[\p{L}-]+\s+){0,2}${WEAPON_NOUN}\s+(?!(?:and|or|of|from|in|on|at|for|with|to|that|which)\b)\p{Ll})`;
/**
 * ", and" before the last of three or more names listed with a serial comma ("struck Odesa, Mykolaiv, and Kherson on Friday")
 * ends the list, not the clause: after "Name, Name," and before a name that ends its phrase. (The lookbehind is read only
 * after a comma.)
 */
const LISTED = String.raw`\p{Lu}[\p{L}'’-]*`;
/**
 * ", and in Lutsk.", ", and in the Lviv region, where ...", ", and also at Chornomorsk on Monday": a place coordinated with
 * the clause's own by its preposition, ending its phrase with no verb of its own, is one more place of that clause, past an
 * aside between them ("hit houses in Kyiv, where three died, and in Lutsk"); ", and in Kyiv, missiles struck" opens a clause.
 */
const COORDINATED_LOCATIVE = String.raw`\s+(?:also\s+)?(?:in|at|near|over|around)\s+(?:the\s+)?${LISTED}(?:\s+${LISTED})?(?:\s+(?:region|oblast|province))?(?:[.;)]|$|,\s*(?:where|which|whose)\b|\s+(?:in\s+the\s+${COMPASS}\b|(?:overnight|early|late|this|last|on)\s+[\p{L}\d]))`;
const AND_CLAUSE =
  String.raw`,(?<!${LISTED},\s*${LISTED},)\s*and\b(?!${COORDINATED_LOCATIVE})|,\s*and\b` +
  String.raw`(?!\s+${LISTED}(?:\s+${LISTED})?\s*(?:[,.;)]|$|\s+(?:on|in|at|overnight|early|late|this|last|as|with|after|before|during|since|until)\b)|${COORDINATED_LOCATIVE})`;
/** "withdrew from Avdiivka, ... since it took Bakhmut": a "since" clause is background of its own. */
export const CLAUSE_SEPARATORS = new RegExp(String.raw`;|,\s*(?:while|but|whereas)\b|${AND_CLAUSE}|\bwhile\b|\bsince\b|` + WEAPON_CLAUSE, 'gu');
/**
 * ", and the next day hit Mykolaiv", ", and then shelled Nikopol": a verb after ", and" with no subject of its own
 * (a past form, after a time adverbial at most) shares the clause's subject, and so its trigger.
 */
const SHARED_SUBJECT_AND = new RegExp(
  String.raw`,\s*and\s+(?:(?:then|again|later|also)\s*,?\s+|(?:(?:a|an|one|two|three|four|five|six|seven|several|\d+)\s+(?:hours?|days?|weeks?)\s+later|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night))\s*,?\s+)*` +
    String.raw`(?=(?:hit|struck|shot|set|took|retook|overran|fought|sank|blew|tore|smashed|\p{Ll}+ed)\b)`,
  'gu',
);

/**
 * ", Dnipropetrovsk Oblast", " in Donetsk Oblast", ", a town in Donetsk Oblast", " (Zaporizhzhia oblast)", and past an aside in
 * brackets on the place's name: "Snake Island (Zmiinyi), Odesa oblast", "Toretsk (Russian name: Dzerzhinsk), Donetsk Oblast"
 */
const LOCATING_GAP = new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:,|\(|in|of|,\s*(?:an?|the)\s+[^,;.]{0,40}?\s(?:in|of))\s*(?:the\s+)?(?:${COMPASS}\s+)?(?:[A-Z][a-z]+['’]s\s+)?$`);

/**
 * A region named only to locate a city is not a second target: "Kryvyi Rih, Dnipropetrovsk
 * Oblast" or "toward the Moscow region, where a substation in Sergiyev Posad".
 */
function contextualRegion(region: PlaceMention, places: PlaceMention[], text: string): boolean {
  // "withdrew from Avdiivka, ending the defence of the town in Donetsk Oblast"
  const settles = /\b(?:town|city|village|settlement|port)\s+(?:in|of)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, region.start - 30), region.start));
  if (settles && places.some((c) => !c.region && !c.country)) return true;
  // "a minibus in Bilopillia, near the border in Sumy region": the gazetteer knows the town lies in it
  if (places.some((c) => regionHolds(region, c))) return true;
  return places.some(
    (c) =>
      !c.region &&
      !c.country &&
      ((c.end <= region.start && LOCATING_GAP.test(text.slice(c.end, region.start))) ||
        (region.end <= c.start && /^\s*,\s*where\b/.test(text.slice(region.end, c.start)))),
  );
}

/**
 * "Irpin, Bucha raion, Kyiv oblast", "Balakliia (Izium raion, Kharkiv)", "Hroza, Kupiansk district": a district named after a
 * settlement, set after it with a comma or a bracket, locates it (as a region does); it is no second place. A district told
 * alone ("shelled the Nikopol district") is the place, and so is one that places a vicinity ("in the areas of Zelenivka in
 * Sudzha district": fighting near the village, in the district).
 */
function locatingDistrict(district: PlaceMention, places: PlaceMention[], text: string): boolean {
  return (
    !!district.district &&
    places.some(
      (c) =>
        c !== district &&
        !c.vicinity &&
        !c.region &&
        !c.country &&
        c.end <= district.start &&
        (!c.division || !district.division || c.division === district.division) &&
        LOCATING_GAP.test(text.slice(c.end, district.start)),
    )
  );
}

/** Up to three lower-case words, none a coordinator or a clause's opener, then `preposition` and the town's name. */
const locatedBy = (preposition: string) =>
  new RegExp(String.raw`^\s+(?:(?!(?:and|or|but|then|while|as|after|before|when|where|which|who|that)\b)[\p{Ll}-]+\s+){0,3}${preposition}\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$`, 'u');
/**
 * "drones hit the Kresty airfield in Pskov", "the same attack hit the Dnipro hydroelectric station in Zaporizhzhia": a town
 * of the same region set after "in" locates the site, village or town named before it (or a site the gazetteer lacks); it
 * is no second target (a coordinator between them, "hit Kyiv and, in Kharkiv, a substation", lists two).
 */
const LOCATED_IN = locatedBy('in');
/**
 * "drones struck the Dyagilevo air base near Ryazan", "Engels air base outside Saratov": a named site with the town it
 * lies near (a vicinity placing a struck facility) is one target of a strike, the town locating it, as after "in" (of
 * "took the nuclear plant near Enerhodar after a night of fighting" the fighting keeps the town).
 */
const LOCATED_NEAR = locatedBy('(?:near|outside)');

function locatingTown(town: PlaceMention, places: PlaceMention[], text: string, struck = false): PlaceMention | undefined {
  // (a district and a vicinity have rules of their own: "in the areas of Zelenivka in Sudzha district")
  if (town.region || town.country || town.district || !town.division) return undefined;
  return places.find(
    (c) =>
      c !== town &&
      !c.region &&
      !c.country &&
      !c.vicinity &&
      c.end <= town.start &&
      // ("the Millerovo air base in Rostov": a site the gazetteer lacks lies where the text puts it)
      (c.division === town.division || (!c.division && c.place.lat === null)) &&
      (LOCATED_IN.test(text.slice(c.end, town.start)) || (struck && !!town.site && LOCATED_NEAR.test(text.slice(c.end, town.start)))),
  );
}

/**
 * "sea drones hit the Crimean Bridge over the Kerch Strait", "the dam across the Dnipro River": the water a named bridge or
 * dam spans locates it; it is no second target.
 */
// (the bridge's or the dam's noun in the name found, "the Crimean Bridge", or right after it, "the Kakhovka dam")
const SPANNED = /^[\p{L}'’ -]{0,40}?\b(?:[Bb]ridge|[Dd]am)\s+(?:over|across|spanning)\s+the\s+$/u;
function waterSpanned(water: PlaceMention, places: PlaceMention[], text: string): boolean {
  return places.some((c) => c !== water && c.end <= water.start && water.start - c.start <= 60 && SPANNED.test(text.slice(c.start, water.start)));
}

/** The town that locates `place` ("the Kresty airfield in Pskov": Pskov locates Kresty), if one does. */
function townLocating(place: PlaceMention, places: PlaceMention[], text: string, struck = false): PlaceMention | undefined {
  return places.find((t) => t.start >= place.end && locatingTown(t, places, text, struck) === place);
}

/**
 * A place the gazetteer lacks keeps the region that locates it beside it: "Baltimor in the Voronezh region", "Engels-2 AB,
 * Saratov obl.", "Robotyne (Zaporizhzhia oblast)", "a village in Kharkiv Oblast" — the region is where it is on a map (a
 * known town needs none: its coordinates say where it is).
 */
// ("Robotyne, Polohy raion, Zaporizhzhia oblast": the district's town, then the region after it)
function placeAndRegion(place: PlaceMention, all: PlaceMention[], text: string): ExtractedPlace[] {
  if (place.place.lat !== null || place.region || place.country) return [place.place];
  const district = all.find((d) => d.district && d.start >= place.end && LOCATING_GAP.test(text.slice(place.end, d.start)));
  const last = district ?? place;
  const region = all.find((r) => r.region && r.start >= last.end && LOCATING_GAP.test(text.slice(last.end, r.start)));
  return [place.place, ...(district ? [district.place] : []), ...(region ? [region.place] : [])];
}

/** A strike's or capture's place, the region that locates it, and the town it lies in when one is named after it. */
function placeAndTown(type: EventType, place: PlaceMention, all: PlaceMention[], text: string): ExtractedPlace[] {
  const places = placeAndRegion(place, all, text);
  const town = PLACE_BOUND.has(type) ? townLocating(place, all, text, FAMILY[type] === 'strike') : undefined;
  // ("hit the Crimean Bridge over the Kerch Strait": the water the bridge spans is told with it)
  const water = PLACE_BOUND.has(type) ? all.find((w) => w.start >= place.end && waterSpanned(w, [place], text)) : undefined;
  return [...places, ...(town ? [town.place] : []), ...(water ? [water.place] : [])];
}

/** "the capital": the last of Kyiv and Moscow named before it, else the article's more frequent one. */
function capitalFor(ctx: ArticleContext, sentence: Sentence): string | undefined {
  const at = sentence.text.search(/\bthe\s+capital\b/);
  if (at < 0) return ctx.capital;
  const before = ctx.body.slice(0, sentence.charStart + at).match(/\b(?:Kyiv|Kiev|Moscow)\b/g);
  const last = before?.[before.length - 1];
  return last ? (last === 'Moscow' ? 'Moscow' : 'Kyiv') : ctx.capital;
}

/**
 * A part of a place before its name: "part of", "parts of", "the northern half of", "two districts of the city of", "a few
 * streets in", "several buildings in", "positions in".
 */
const PART_OF =
  /\b(?:(?:part|parts|half)\s+of|(?:districts?|quarters?|neighbou?rhoods?|sections?|streets?|blocks?|buildings?|positions|houses|areas)\s+(?:of|in))\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$/i;

/**
 * "Hostomel airport north-west of Kyiv", "Robotyne, the village south of Orikhiv", "30 km east of Sudzha": a place a
 * bearing is taken from locates another; it is a vicinity, the event's place only when the sentence names no other.
 */
const BEARING_OF = new RegExp(String.raw`\b(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:to\s+the\s+)?${COMPASS}\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$`, 'i');
const BEARING_REACH = 40;

function eventPlaces(type: EventType, head: number, all: PlaceMention[], hasOwnDate: boolean, text: string): PlaceMention[] {
  // "continuing offensive operations on the Melitopol and Berdiansk directions": a front's axis is named after a town
  // the fighting is not in; only the places the sentence names otherwise are the event's
  const places = mapped(
    kept(all, (p) => !p.axis && (!p.region || !contextualRegion(p, all, text)) && !locatingDistrict(p, all, text) && !locatingTown(p, all, text, FAMILY[type] === 'strike') && !waterSpanned(p, all, text)),
    (p) => (!p.vicinity && BEARING_OF.test(text.slice(Math.max(0, p.start - BEARING_REACH), p.start)) ? { ...p, vicinity: true } : p),
  );
  const cities = places.filter((p) => !p.country);
  if (type === 'territorial_capture') {
    // "took Kozinka and reached the outskirts of Grayvoron": only the place itself is taken
    // ("took part of the village of Robotyne", "captured two districts of Kupiansk": a part of it, not the place)
    const taken = cities.filter((p) => !p.vicinity && !p.edge && !PART_OF.test(text.slice(Math.max(0, p.start - 60), p.start)));
    const after = taken.filter((p) => p.start > head);
    return after.length ? after : taken;
  }
  // ("drones hit Kyiv and an oil depot near Bila Tserkva": a struck facility's town is a target beside the others)
  const targets = cities.filter((p) => !p.vicinity || p.site);
  if (targets.length) return targets;
  if (cities.length) return cities;
  // "strikes across Ukraine" is a count, not an event, unless the sentence dates it
  return type === 'armed_clash' || !hasOwnDate ? [] : places.filter((p) => p.country);
}

const triggersStage: Stage = (ctx) => {
  // "the death toll from yesterday's strike on Sumy rose", told before the story names the missiles: the
  // strike's weapon is that of the first strike told after it
  for (const sentence of findCandidates(ctx)) {
    const next = ctx.candidates.filter((c) => FAMILY[c.type] === 'strike' && c.headOffset > sentence.charEnd).sort((a, b) => a.headOffset - b.headOffset)[0];
    if (next) findCandidates(ctx, [sentence], next.type);
  }
  registerEntries(ctx);
  sanctionsFollowed(ctx);
  // fighting that ends in a capture of the same place is told by the capture
  const captured = new Set(ctx.candidates.filter((c) => c.type === 'territorial_capture').map((c) => `${c.sentence.index}|${c.places[0]?.name}`));
  ctx.candidates = kept(ctx.candidates, (c) => c.type !== 'armed_clash' || !captured.has(`${c.sentence.index}|${c.places[0]?.name}`));
  ctx.candidates.sort((a, b) => a.headOffset - b.headOffset);
  ctx.candidates = kept(ctx.candidates, (c, i) => !secondWeaponAgain(ctx, i) && !calledOffAfter(ctx, c));
  // "Scholz, whose call with Putin on Friday drew criticism, defended the call on Tuesday": the second is the first
  for (const c of ctx.candidates) {
    const told = ctx.candidates.some((o) => o.sentence === c.sentence && o.type === c.type && o.headOffset < c.headOffset);
    if (told && !PLACE_BOUND.has(c.type) && /\b(?:the|that|this)\s+$/i.test(ctx.body.slice(c.sentence.charStart, c.headOffset))) c.remention = true;
    if (c.remention && ownedAndDated(ctx, c)) c.remention = false;
  }
};

/**
 * The meeting told again as called off: "that summit", "the meeting", "the talks" (not "the next meeting", another one) and
 * its fate; or "it" and its fate in the clause after the meeting's ("a summit was announced, and by Tuesday it was off").
 */
const CALLED_OFF_AGAIN = new RegExp(
  String.raw`\b(?:that|the|this)\s+(?:(?!next\b|second\b|third\b|new\b|follow-up\b|return\b|later\b)[\p{L}-]+\s+)?(?:summit|meeting|talks|visit|trip)\s+(?:${CALLED_OFF_FATE.source})`,
  'iu',
);
const IT_CALLED_OFF = new RegExp(String.raw`^[^.;]*?,\s*(?:and|but)\s+(?:[^,;.]{0,30}?\s)?it\s+(?:${CALLED_OFF_FATE.source})`, 'i');

/**
 * "he and Putin spoke by phone and agreed to meet in Budapest. On Tuesday that summit was put on hold", "a summit in Budapest
 * was announced, and by Tuesday it was off": a meeting the next words of its paragraph call off did not take place, and a
 * meeting that will not take place is no event of the timeline.
 */
function calledOffAfter(ctx: ArticleContext, c: Candidate): boolean {
  if (c.type !== 'meeting') return false;
  const rest = ctx.body.slice(c.headOffset, c.sentence.charEnd);
  if (IT_CALLED_OFF.test(rest)) return true;
  const next = ctx.sentences[c.sentence.index + 1];
  return !!next && next.paragraph === c.sentence.paragraph && CALLED_OFF_AGAIN.test(next.text);
}

/** A person's meeting or call with a named partner: "Trump's summit with Putin", "Macron's call with Xi". */
const OWNED_WITH_PARTNER = /^[\p{L}-]+\s+with\s+(?:(?:President|Prime\s+Minister|Chancellor|Premier|Mr|Ms)\.?\s+)?\p{Lu}/u;

/**
 * "three days after Trump's summit with Putin at a military base in Anchorage on Friday": a meeting or a call owned by one
 * person, with its partner and a day of its own after it, is a telling of its own, not a re-mention of one told before.
 */
function ownedAndDated(ctx: ArticleContext, c: Candidate): boolean {
  if (c.type !== 'meeting' && c.type !== 'phone_call') return false;
  if (!/\p{Lu}[\p{L}-]*['’]s\s+$/u.test(ctx.body.slice(Math.max(c.sentence.charStart, c.headOffset - 40), c.headOffset))) return false;
  if (!OWNED_WITH_PARTNER.test(ctx.body.slice(c.headOffset, c.sentence.charEnd))) return false;
  return mentionsIn(ctx, c.sentence).some(
    (d) => d.kind === 'date' && d.span?.precision === 'day' && d.charStart > c.headOffset && !/[;:—–]/.test(ctx.body.slice(c.headOffset, d.charStart)),
  );
}

/** The proposal taken up by name: "responded positively to this initiative", "accepted the proposal", "agreed to the idea". */
const TOOK_UP_PROPOSAL =
  /\b(?:(?:responded|reacted)\s+(?:positively|favourably|favorably)\s+to|accepted|agreed\s+to|endorsed)\s+(?:this|the|that|his|her|their)\s+(?:initiative|proposal|idea|offer|suggestion)\b/i;
/** An order given to carry it out: "gave the military the corresponding order", "issued the appropriate order", "ordered his troops". */
const GAVE_THE_ORDER = /\b(?:order|orders|ordered|command|commanded|instructed|instruction)\b/i;

/**
 * A truce proposed in its sentence (nothing else uncertain before it) and, in the next sentence of the paragraph, the
 * proposal accepted and an order given to carry it out: "Trump proposed that the parties refrain from strikes on energy
 * infrastructure for 30 days. Putin responded positively to this initiative and at once issued the order." (an acceptance
 * with no order, "Kyiv accepted the proposal", leaves it an offer the other side has not taken up).
 */
function acceptedAndOrdered(ctx: ArticleContext, sentence: Sentence, headStart: number): boolean {
  const before = sentence.text.slice(0, headStart);
  if (!PROPOSING.test(before) || UNCERTAIN.test(before)) return false;
  const next = ctx.sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph) return false;
  const taken = TOOK_UP_PROPOSAL.exec(next.text);
  return !!taken && GAVE_THE_ORDER.test(next.text.slice(taken.index + taken[0].length));
}

/** "more than one", "more than one Easter", right before an event's noun: a count of such events. */
const MORE_THAN_ONE = /\bmore\s+than\s+one\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * "the exchange agreed at talks in Istanbul", "a truce brokered during the summit": the talks a thing was agreed at, told in
 * a participle after that thing's noun, are an earlier sitting, not one held on the day of the clause the phrase hangs on.
 */
const AGREED_AT_TALKS =
  /\b(?:exchanges?|swaps?|deals?|truces?|ceasefires?|pauses?|halts?|agreements?|releases?|corridors?|terms|mechanisms?|plans?|moratoriums?|frameworks?),?\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:agreed|reached|brokered|struck|arranged|negotiated|secured)\s+(?:at|during)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** The talks of AGREED_AT_TALKS with no date of their own before the clause ends ("agreed at talks in Istanbul last week" keeps its sitting). */
function agreedAtUndatedTalks(ctx: ArticleContext, sentence: Sentence, headStart: number): boolean {
  if (!AGREED_AT_TALKS.test(sentence.text.slice(Math.max(0, headStart - 100), headStart))) return false;
  const rest = sentence.text.slice(headStart);
  const clauseEnd = rest.search(/[,;.:—–]/);
  const end = sentence.charStart + headStart + (clauseEnd < 0 ? rest.length : clauseEnd);
  return !mentionsIn(ctx, sentence).some((d) => d.kind === 'date' && d.charStart >= sentence.charStart + headStart && d.charStart < end);
}

/** A question asking what a kind of thing is: "What is a sanctions package?", "What are security guarantees?". */
const WHAT_IS_QUESTION = /^\s*["“]?What\s+(?:is|are)\s+(?:an?\s+|the\s+)?[\p{L}\s'’-]{1,40}\?\s*["”]?\s*$/u;

/**
 * The answer to "What is a sanctions package?" that opens with an indefinite noun, "A set of restrictive measures ...
 * adopted together as one legal act": a definition of the kind, not an event (undated; "The EU agreed in 2022 to ..." answers with one).
 */
function answersWhatItIs(ctx: ArticleContext, sentence: Sentence): boolean {
  const previous = ctx.sentences[sentence.index - 1];
  return !!previous && /^\s*["“]?An?\s/.test(sentence.text) && WHAT_IS_QUESTION.test(previous.text);
}

/** A verb of proposing or inviting, and a word that makes what follows uncertain on its own. */
const PROPOSING = /\b(?:propos|offer|suggest|invit)\w*\b/i;
const UNCERTAIN = /\b(?:if|unless|whether|could|might|may|would|should|can|possible|possibly|perhaps)\b/i;

/**
 * "Putin has proposed direct negotiations with Ukraine in Istanbul this Thursday", "proposed that Russian and Ukrainian
 * delegations meet in Istanbul on Thursday": a meeting proposed (nothing else uncertain before it) with a day of its own
 * after it, later than the day it is told on, is a planned meeting, as one announced is ("proposed talks" with no day, a
 * day gone by, or the day of the proposing stays an idea).
 */
function proposedForDayAhead(ctx: ArticleContext, sentence: Sentence, headStart: number, ownDates: DateMention[]): boolean {
  const before = sentence.text.slice(0, headStart);
  if (!PROPOSING.test(before) || UNCERTAIN.test(before)) return false;
  // (the day after the meeting's word: "proposed on Tuesday that talks resume" dates the proposing)
  return ownDates.some((d) => d.charStart > sentence.charStart + headStart && d.span?.precision === 'day' && d.span.startDate > ctx.publicationDay);
}

/** Words a register or log calls itself by: "LEADERS' CALLS — extract of the running log", "Exchange register", "List of prisoner exchanges". */
const REGISTER_NOUN = /\b(?:register|log|logbook|tracker|list|table|record)\b/i;
/** The kind of entry a register's heading names, by its words (one kind, or the heading names none). */
const REGISTER_KINDS: ReadonlyArray<readonly [EventType | null, RegExp]> = [
  ['phone_call', /\b(?:calls|phone calls|telephone calls|conversations)\b/i],
  ['prisoner_exchange', /\b(?:exchanges|swaps|prisoner exchanges|exchange of prisoners|exchanges of prisoners)\b|\bexchange register\b|\bswap log\b/i],
  ['meeting', /\b(?:meetings|summits|visits)\b/i],
  // (a heading naming other kinds too is a log of everything: "DEEP STRIKE + EXCHANGE LOG")
  [null, /\b(?:strikes?|attacks?|incidents?|captures?|truces?|ceasefires?|sanctions|front|events)\b/i],
];
/** What may stand before an entry's date at the start of its line: nothing, or its weekday ("Wed 26 Apr — ..."). */
const ENTRY_DATE_OPENS = /^\W*(?:\p{L}{2,9}\.?,?\s+)?$/u;
/** Two sides joined by a dash, as a register's entry names them: "Xi Jinping–Zelenskyy", "Trump - Putin". */
const SIDES_JOINED = /^\s?[-–—]\s?$/;
/** Counts traded or brought back, as an exchange register tells them: "115 for 115", "230 returned to Ukraine; 248 to Russia". */
const COUNTS_TRADED = /\b\d[\d,]*(?:\s*-?for-?\s*\d|\s+(?:returned|released|freed|repatriated|brought home|came home)\b)/;

/**
 * A register names the kind of its entries once, in its headline or its heading ("LEADERS' CALLS — extract of the running
 * log", "Exchange register: releases of prisoners of war"), and its dated entries then tell only the sides or the counts:
 * "Wed 26 Apr — Xi Jinping–Zelenskyy. First contact since ...", "2024-08-24 | 115 for 115 | United Arab Emirates". An entry
 * (a paragraph opening with its date) with no event of the register's kind of its own is one of that kind when it names
 * what the kind needs: two sides joined by a dash for a call or a meeting (one event per pair), counts for an exchange.
 * The heading itself tells no event ("EXCHANGE REGISTER (extract)." is a label of the whole, not an exchange).
 */
function registerEntries(ctx: ArticleContext): void {
  const first = ctx.sentences[0];
  if (!first) return;
  const heading = `${ctx.title ?? ''}\n${first.text}`;
  if (!REGISTER_NOUN.test(heading)) return;
  const kinds = REGISTER_KINDS.filter(([, words]) => words.test(heading));
  const kind = kinds.length === 1 ? kinds[0][0] : null;
  if (!kind) return;
  if (REGISTER_NOUN.test(first.text)) ctx.candidates = kept(ctx.candidates, (c) => c.sentence !== first || c.type !== kind);
  for (const sentence of ctx.sentences) {
    if (sentence === first || !opensParagraph(ctx, sentence)) continue;
    const own = mentionsIn(ctx, sentence).find((d) => d.kind === 'date' && d.value);
    if (!own || ctx.candidates.some((c) => c.sentence === sentence && c.type === kind)) continue;
    const datedEntry = ENTRY_DATE_OPENS.test(sentence.text.slice(0, own.charStart - sentence.charStart));
    const base = { type: kind, strength: 0.6, remention: false, status: 'occurred' as const, sentence, places: [], mentions: 1 };
    if (kind === 'prisoner_exchange') {
      // the counts after the entry's date, or opening the entry themselves, its date after them ("246 for 246 on Saturday")
      const from = datedEntry ? own.charEnd - sentence.charStart : 0;
      const counts = COUNTS_TRADED.exec(sentence.text.slice(from));
      if (counts && (datedEntry || /^\W*$/.test(sentence.text.slice(0, counts.index)))) ctx.candidates.push({ ...base, headOffset: sentence.charStart + from + counts.index, actors: [] });
      continue;
    }
    if (!datedEntry) continue;
    const actors = actorsOf(ctx, sentence);
    for (let i = 0; i + 1 < actors.length; i++) {
      const [a, b] = [actors[i], actors[i + 1]];
      if (!SIDES_JOINED.test(sentence.text.slice(a.end, b.start))) continue;
      ctx.candidates.push({ ...base, headOffset: sentence.charStart + a.start, actors: uniqueActors([a, b], true) });
      i++;
    }
  }
}

/**
 * A second decider's measures told as following a package: "Britain announced new measures the same day", "The EU adopted a
 * parallel prohibition", "Canada imposed its own restrictions": a verb of deciding, done, then measures marked as another
 * state's share ("new", "parallel", "similar", "its own"...) up to their noun, none of it negated.
 */
const FOLLOWING_MEASURES =
  /\b(?<verb>announced|imposed|adopted|unveiled|introduced|issued|approved)\s+(?:(?:a|an)\s+)?(?:its\s+own|their\s+own|(?:new|further|parallel|similar|matching|additional|separate|fresh|comparable|equivalent)\b)(?:\s+[\p{L}-]+){0,2}?\s+(?<noun>measures|prohibitions?|bans|restrictions|designations|listings|penalties|curbs|package)\b/u;

/**
 * "On Tuesday the EU adopted its 17th sanctions package. Britain announced new measures the same day.": measures a state
 * named before the verb adopted right after a sentence telling sanctions are sanctions of its own (the word "sanctions" is
 * not said again). Only the next sentence of the same paragraph, and only when that sentence tells none itself.
 */
function sanctionsFollowed(ctx: ArticleContext): void {
  const told = new Set(mapped(kept(ctx.candidates, (c) => c.type === 'sanctions' && c.status === 'occurred'), (c) => c.sentence.index));
  if (!told.size) return;
  for (const sentence of ctx.sentences) {
    const previous = ctx.sentences[sentence.index - 1];
    if (!previous || previous.paragraph !== sentence.paragraph || !told.has(previous.index) || told.has(sentence.index)) continue;
    const m = FOLLOWING_MEASURES.exec(sentence.text);
    if (!m || /\b(?:not|never|no|will|would|could|may|might|plans?|plan(?:ned|ning)|expected|likely|if)\b|n['’]t\b/i.test(sentence.text.slice(0, m.index))) continue;
    const deciders = kept(actorsOf(ctx, sentence), (a) => a.end <= m.index);
    if (!deciders.length) continue;
    const noun = m.index + m[0].length - m.groups!.noun.length;
    ctx.candidates.push({
      type: 'sanctions',
      strength: 0.6,
      remention: false,
      status: 'occurred',
      sentence,
      headOffset: sentence.charStart + noun,
      actors: uniqueActors(deciders),
      places: [],
      mentions: 1,
    });
  }
}

/** A verb of taking effect right after a truce's noun phrase: "began at midnight", "took effect on Friday", "came into force". */
const TOOK_EFFECT = /^(?:\s+\p{L}+){0,3}?\s+(?:(?:has|had)\s+)?(?:began|begun|begins|started|starts|took effect|takes effect|came into force|comes into force|come into force|entered into force|enters into force|went into effect|goes into effect|gone into effect|kicked in|kicks in)\b/u;
/** "the", "this", "that" before a noun and up to two words of its phrase: "The truce", "the Easter ceasefire". */
const DEFINITE_NOUN = /(?:^|\s)(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "The truce began at midnight on Thursday", "the ceasefire took effect at noon": a truce told before, by the day it started. */
function tookEffect(text: string, headStart: number, headEnd: number): boolean {
  return DEFINITE_NOUN.test(text.slice(Math.max(0, headStart - 40), headStart)) && TOOK_EFFECT.test(text.slice(headEnd, headEnd + 60));
}

/**
 * The other side saying the place is still held or still fought for: "but Kyiv said fighting was still under way in the
 * town", "Ukraine said the town was still contested", "its troops were still defending the town".
 */
const STILL_HELD =
  /\b(?:said|says|insisted|insists|maintained|maintains|denied|denies|reported|reports|added)\b[^.;]{0,60}?\bstill\s+(?:being\s+)?(?:contested|under way|underway|ongoing|going on|raging|holding|held|hold|holds|defending|defended|fighting|in (?:Ukrainian|Russian) hands|under (?:Ukrainian|Russian) control)\b/i;
/** What opens a counter-claim to the clause before: "but Kyiv said", "though Ukraine says", "; the army said". */
const COUNTER_OPENER = /(?:\bbut|\bthough|\balthough|\bwhile|\bwhereas|;)\s/i;

/** A pause whose purpose is to get people or aid out or in: "to let civilians leave", "to evacuate the wounded", "for evacuation". */
const EVACUATION_PURPOSE =
  /^[^.;]{0,50}?\b(?:to (?:let|allow|enable|permit|give)\s+(?:the\s+)?(?:civilians|residents|people|families|the wounded|wounded|aid|convoys|buses|evacuees)|to evacuate\b|for (?:the )?evacuation\b|so (?:that )?civilians could)/i;

/**
 * A deal, swap or truce and the participle of its settling, then "at", "during" or "in" before the trigger: "the exchange
 * agreed at the", "the truce brokered in the" (a finite verb after a name, "Russia and Ukraine agreed at the talks", tells
 * the talks; "brokered during Tuesday's call" dates the call).
 */
const SETTLED_AT =
  /\b(?:exchange|swap|deal|agreement|accord|truce|ceasefire|pause|moratorium|arrangement|steps|measures|terms|package)["”’']?\s+(?:(?:first|originally|already|jointly)\s+)?(?:agreed|struck|reached|brokered|sealed|negotiated|mediated|arranged|signed|hammered\s+out|worked\s+out)\s+(?:at|during|in)\s+(?:the|their|those|these)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const SETTLED_AT_REACH = 90;

/** "sanctions package", "package of sanctions", "the 18th package", "package of restrictive measures": a package that is sanctions. */
const SANCTIONS_PACKAGE = /\b(?:sanctions?\s+packages?|packages?\s+of\s+(?:[\w-]+\s+){0,3}(?:sanctions|restrictive\s+measures)|\d+(?:st|nd|rd|th)\s+(?:sanctions\s+)?packages?)\b/gi;
/** "aid package", "a package of military aid", "a $1 billion package of weapons": a package that is aid. */
const AID_PACKAGE = /\b(?:(?:aid|military|assistance|weapons|arms|security|financial|support|spending|loan|funding)\s+packages?|packages?\s+of\s+(?:[\w$.,-]+\s+){0,3}(?:aid|assistance|weapons|arms|equipment|support|funding))\b/gi;
/** Words besides "package" that make a sentence about aid: what is given, or the giving. */
const AID_WORDS_BESIDES_PACKAGE = /\b(?:aid|assistance|weapons?|arms|military|munitions?|ammunition|shells|tanks?|jets?|f-16s?|patriots?|himars|atacms|tomahawks?|air defen[cs]e|interceptors?|funding|loans?|grants?|tranche|billion|million|howitzers?|missiles|systems?)\b/i;

/**
 * "The package, unblocked after Slovakia dropped its objections, also adds tankers to the blacklist", "Fico had blocked the
 * package for weeks": a bare "package" in an article whose last package named is one of sanctions is that package, and its
 * blocking or unblocking is no decision on aid (a sentence naming aid, arms or money, or an aid package named last, is aid).
 */
function packageOfSanctions(ctx: ArticleContext, sentence: Sentence, tokens: Token[]): boolean {
  if (!tokens.some((t) => t.lower === 'package' || t.lower === 'packages') || AID_WORDS_BESIDES_PACKAGE.test(sentence.text)) return false;
  const told = `${ctx.title ?? ''}\n${ctx.body.slice(0, sentence.charEnd)}`;
  const lastSanctions = allMatches(SANCTIONS_PACKAGE, told).at(-1)?.index ?? -1;
  const lastAid = allMatches(AID_PACKAGE, told).at(-1)?.index ?? -1;
  return lastSanctions > lastAid;
}

/**
 * "a humanitarian pause allowed aid trucks in", "a local pause in fighting to let civilians leave Mariupol": a pause for
 * evacuation or aid convoys is a corridor, neither a truce nor a decision on aid (a "humanitarian ceasefire" is named one).
 */
function evacuationPause(text: string, head: Token): boolean {
  if (head.lemma !== 'pause') return false;
  return /\bhumanitarian\s+$/i.test(text.slice(Math.max(0, head.start - 14), head.start)) || EVACUATION_PURPOSE.test(text.slice(head.end));
}

/** A counter-claim that speaks of the place taken: "the town", "there", "parts of it", or the place's own name. */
const BACK_TO_PLACE = /\b(?:the (?:town|village|city|settlement|area)|there|it)\b/i;

function aboutPlace(counter: string, claimed: string): boolean {
  if (BACK_TO_PLACE.test(counter)) return true;
  for (const m of claimed.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) if (counter.includes(m[0])) return true;
  return false;
}

/**
 * A capture one side claims and the other says, in the clause after or the sentence after, is still held or fought over
 * ("Russia took Selydove; Ukraine said it was still holding Pokrovsk" speaks of another place: the capture stands).
 */
function heldStill(ctx: ArticleContext, sentence: Sentence, headStart: number): boolean {
  const after = sentence.text.slice(headStart);
  const counter = after.search(COUNTER_OPENER);
  if (counter >= 0) {
    const rest = after.slice(counter);
    return STILL_HELD.test(rest) && aboutPlace(rest, after.slice(0, counter));
  }
  const next = ctx.sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph) return false;
  const told = next.text.slice(0, 120);
  return STILL_HELD.test(told) && aboutPlace(told, after);
}

/** "the previous telephone conversation", "their last meeting", "an earlier swap": the words just before a trigger. */
const EARLIER_ONE = /\b(?:previous|prior|last|earlier|preceding)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "ISTANBUL —", "JEDDAH, Saudi Arabia —", "MOSCOW/KYIV —": the city a story was filed from. */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,2})(?:,[^—–\n]{1,30})?\s+[—–]\s/u;

/**
 * The dateline's place, as a mention at the start of the lead sentence: where a meeting in the lead
 * was held, and where a strike the lead tells without naming a place hit, when that is in Ukraine or Russia.
 */
function datelinePlace(ctx: ArticleContext, sentence: Sentence): PlaceMention | undefined {
  // the lead of the story, or of each item of a bulletin: "ODESA — ..." or a line of its own, "BERLIN. ..."
  const previous = ctx.sentences[sentence.index - 1];
  const m = opensParagraph(ctx, sentence)
    ? DATELINE.exec(sentence.text)
    : previous && opensParagraph(ctx, previous) && !sentence.heading
      ? CITY_LINE.exec(previous.text)
      : null;
  if (!m) return opensParagraph(ctx, sentence) ? labelPlace(ctx, sentence) : undefined;
  const name = m[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const entry = lookupPlace(name, ctx.preferredCountries);
  if (!entry) return undefined;
  // named as a place found in the text is ("ODESA —" and "struck Odesa" are one city, one name)
  const place = toPlace(entry);
  return m.input === sentence.text ? cityMention(place, m.index, m.index + m[1].length) : cityMention(place);
}

/**
 * A place an item is filed under, before a colon: "ODESA: Drones hit a warehouse", "Kharkiv region: two
 * people were injured", "19:05 — KYIV CITY: ...", "MON 2 JUN · 11:02 — Istanbul: ...". Region-by-region
 * updates, tickers, digests and push alerts (stamped with their day and time) file each item under its place
 * as a wire story does under its dateline; a label that is no place ("WEATHER:", "Diplomacy:") names none.
 */
const PLACE_LABEL =
  /^\s*(?:[-•*·]\s*|(?:\p{Lu}\p{L}{2}\.?\s+\d{1,2}\s+\p{Lu}\p{L}{2,8}\.?\s*[·,]\s*)?\d{1,2}[:.]\d{2}\s*[—–-]\s*)?(\p{Lu}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,3}):\s/u;

function labelPlace(ctx: ArticleContext, sentence: Sentence): PlaceMention | undefined {
  const m = PLACE_LABEL.exec(sentence.text);
  if (!m) return undefined;
  // read as running text would write it: "KHARKIV REGION" is "Kharkiv region"
  const label = m[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()).replace(/ (Region|Oblast|Province|District)$/, (w) => w.toLowerCase());
  const located = `in ${label}`;
  const found = findPlaces(located, ctx.preferredCountries).filter((p) => !p.country);
  // the whole label must be the place: "Kyiv City" is Kyiv, "Odesa Port Authority" is no place label
  const place = found.length === 1 && found[0].start === 3 && /^(?: city)?$/i.test(located.slice(found[0].end)) ? found[0] : undefined;
  if (!place) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { ...place, start, end: start + m[1].length };
}

/** The dateline of the paragraph's first sentence, for a later sentence of that paragraph (none in its text). */
function leadParagraphDateline(ctx: ArticleContext, sentence: Sentence): PlaceMention | undefined {
  let first = sentence;
  while (!opensParagraph(ctx, first)) first = ctx.sentences[first.index - 1];
  const found = first === sentence ? undefined : datelinePlace(ctx, first);
  return found && { ...found, start: 0, end: 0 };
}

/** Verbs of a strike landing on something ("a drone struck the building"), not of a launch or a count ("fired 91 missiles"). */
// ("the strike on the Epicentr hypermarket": the noun of a strike and its target; "dropped a bomb on the theatre": where the
// dropped weapon landed; "slammed into one of the largest printing houses", "crashed into a block of flats": a verb of
// impact with its "into", the target one of several; "exploded on the square in front of the theatre", "fell on a grain
// dryer", "landed near a playground": a weapon landing where it went off; "tore through the top floors of a block", "brought
// down part of an apartment building": what it wrecked)
const IMPACT =
  /^[^,;.]{0,40}?\b(?:hit|hits|struck|strikes|damaged|destroyed|(?:slammed|slams|crashed|crashes|smashed|smashes)(?:\s+into)?|(?:strike|attack|raid)\s+on|(?:dropped|drops|dropping)\s+(?:[\p{L}-]+\s+){1,3}?on|(?:exploded|explodes|detonated|landed|lands|fell|falls)\s+(?:on|onto|over|above|near|outside|next\s+to|in\s+front\s+of)|(?:tore|tears|ripped|rips)\s+(?:through|into|apart)|(?:brought|brings)\s+down)\s+(?:(?:part|parts|most|half|much|some|all)\s+of\s+)?(?:an?|the|two|three|several|its|their|one\s+of)\b/iu;
/** A named building rather than a named place: "the Epicentr hardware store", "the Okhmatdyt children's hospital". */
// (the kind of building capitalised too, as part of the name: "the Drama Theatre", "the Central Station"; "the Factor Druk
// printing house", "the Opera House"; a named street or square lies inside a city too: "the administration building on
// Freedom Square", "a café on Sumska Street")
// (an institution's own building: "the Military Institute of Communications", "the History Museum")
const BUILDING_KINDS = ['store', 'shop', 'hypermarket', 'supermarket', 'mall', 'market', 'hospital', 'clinic', 'school', 'building', 'plant', 'factory', 'station', 'hotel', 'centre', 'center', 'complex', 'theatre', 'theater', 'church', 'office', 'house', 'square', 'street', 'avenue', 'boulevard', ...INSTITUTION_KINDS];
const NAMED_BUILDING = new RegExp(`^\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?:${BUILDING_KINDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})s?\\b`, 'u');

/**
 * A strike that lands on something in a sentence naming no city or region (a country may be named),
 * its target, when named, a building: where it landed is told around the sentence. ("the Crimean
 * Bridge" is a named target of its own.)
 */
function hitsSomethingUnplaced(afterHead: string, placeMentions: PlaceMention[]): boolean {
  if (placeMentions.some((p) => !p.country) || !IMPACT.test(afterHead)) return false;
  return !namesOwnPlace(afterHead);
}

/** Whether the words after a strike's head name a target the gazetteer lacks that is no building (a building lies in a place told around it). */
function namesOwnPlace(afterHead: string): boolean {
  const named = UNKNOWN_NAMED_TARGET.exec(afterHead);
  return !!named && !NAMED_BUILDING.test(afterHead.slice(named.index + named[0].length - 1));
}

/** A country in the possessive ("Ukraine's second city") qualifies another place. */
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * Where such a strike landed: "Kharkiv has been under attack. On Saturday two guided bombs hit a
 * hardware store." The one city the nearest earlier sentence of the paragraph with places names,
 * else the city the article is about; none when that sentence names several (which one was hit?).
 */
function placeFromContext(ctx: ArticleContext, sentence: Sentence): PlaceMention[] {
  for (let i = sentence.index - 1; i >= 0 && ctx.sentences[i].paragraph === sentence.paragraph; i--) {
    // ("the second attack on Ukraine's second city": a country in the possessive qualifies the place told, it is none)
    const text = ctx.sentences[i].text;
    const named = sentencePlaces(ctx, ctx.sentences[i]).filter((p) => !(p.country && POSSESSIVE_AFTER.test(text.slice(p.end, p.end + 3))));
    if (!named.length) continue;
    const cities = named.filter((p) => !p.country && !p.region);
    const distinct = new Set(cities.map((p) => p.place.name));
    return distinct.size === 1 ? [{ ...cities[0], start: 0, end: 0 }] : [];
  }
  const city = mainCityFor(ctx);
  return city ? [cityMention(city)] : [];
}

/** The most words a place heading has besides its places and dates: "2025-08-28, Kyiv, Darnytskyi district." */
const HEADING_OTHER_WORDS = 2;
/** Longer than any such line: about twice the longest place line of the dev sets ("2025-08-28, Krasnodar region, Russia.", 37). */
const HEADING_MAX_CHARS = 80;

/**
 * A strike told in a paragraph headed by a place line ("Photo 1 of 7. 2025-08-28, Kyiv, Darnytskyi district.
 * Rescuers work at a building that collapsed after a Russian missile attack.") lies at that place: the nearest
 * earlier sentence of the paragraph that names places names nothing else but a date and a word or two.
 */
function underPlaceHeading(ctx: ArticleContext, sentence: Sentence, placeMentions: PlaceMention[]): boolean {
  if (placeMentions.some((p) => !p.country)) return false;
  for (let i = sentence.index - 1; i >= 0 && ctx.sentences[i].paragraph === sentence.paragraph; i--) {
    const heading = ctx.sentences[i];
    // a long sentence tells more than a place line does (and its places need not be looked up)
    if (heading.text.length > HEADING_MAX_CHARS) return false;
    const named = sentencePlaces(ctx, heading);
    if (!named.length) continue;
    let rest = heading.text;
    for (const span of [...named, ...mentionsIn(ctx, heading).map((d) => ({ start: d.charStart - heading.charStart, end: d.charEnd - heading.charStart }))].sort((a, b) => b.start - a.start)) {
      rest = rest.slice(0, span.start) + ' ' + rest.slice(span.end);
    }
    return (rest.match(/\p{L}+/gu) ?? []).length <= HEADING_OTHER_WORDS;
  }
  return false;
}

/** "472 drones", "more than 200 missiles", "dozens of cruise missiles": a wave told by its count (the words between kept). */
const COUNTED_WEAPONS = /(?:\b\d[\d,]*|\bdozens|\bhundreds|\bscores)\s+(?:of\s+)?((?:[\p{L}-]+\s+){0,3})$/u;
/** "158 missiles and drones": the weapon named first leads the wave, as weaponFromContext reads it. */
const LEADING_WEAPON = /\b(?:missiles?|drones?|rockets?|shaheds?|bombs?)\b/i;
/** The two sides of the war the corpus is about: a wave launched by one lands in the other. */
const OPPONENT: Record<string, string> = { Russia: 'Ukraine', Ukraine: 'Russia' };

/**
 * Where a counted wave with no target named landed: "Russia launched 472 drones at the country
 * overnight", "some 158 missiles and drones were fired on the 29th". The country of the
 * attacker's opponent, the attacker being the last side named before the weapon.
 */
function barrageTarget(text: string, head: number, actors: ActorMention[]): PlaceMention[] {
  const counted = COUNTED_WEAPONS.exec(text.slice(Math.max(0, head - 40), head));
  if (!counted || LEADING_WEAPON.test(counted[1])) return [];
  const attacker = actors.findLast((a) => a.start < head && OPPONENT[a.name]);
  const target = attacker && OPPONENT[attacker.name];
  if (!target) return [];
  return [{ place: { name: target, countryCode: COUNTRIES[target], lat: null, lon: null }, start: 0, end: 0, vicinity: false, country: true, region: false }];
}

/** An editor's note on a published interview: "has been edited for length", "an edited transcript of our conversation". */
const EDITORS_NOTE = /\b(?:has|have) been (?:\w+ )?(?:edited|shortened|condensed|abridged)\b|\b(?:edited|condensed|abridged) (?:transcript|version)\b|\b(?:edited|condensed) for (?:length|brevity|clarity)\b/i;

/** "had been under Russian assault since October", "has been under fire for weeks": a place's state over a time, not one strike or battle. */
const UNDER_BEFORE = /\b(?:been|is|was|are|were|remains?|remained|stays?|stayed)\s+under\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** The time such a state runs over, right after its noun: "since October", "for weeks" (not "for the city"). */
const SINCE_OR_FOR_AFTER = /^\s+(?:since|for\s+(?!the\b))/;
/** "... has killed hundreds since November": a toll told in the perfect over a time since. */
const TOLL_SINCE = /^[^,;.]{0,60}?\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?:killed|wounded|injured|destroyed|damaged|displaced|claimed|left)\b[^.;]*\bsince\b/iu;

/** After "call": an object, then what it is called ("the attack a 'clear sign'"), not a time ("Putin a day after"). */
const NAMING_AFTER = /^\s+(?:(?!(?:and|or|after|before|on|in|at|for|with|to|from|during|following|about|over|as|by)\b)[\p{L}'’-]+\s+){1,4}?(?:a|an)\s+(?!(?:day|week|month|year|few|couple|second|third|fortnight|hours?|minutes?)\b)['‘"“]?\p{L}/iu;

/**
 * A coder's log line marked as left out: opened by "✗" or "n/c" ("n/c: 16.04 RU claim of a village taken - unconfirmed"),
 * closed by "not coded" as a clause of its own ("UNCONF. Not coded.", "- claim, not coded", "· not coded" closing a dotted
 * row) or with "not coded" as a field ("| not coded |"): the desk saw the report and did not log it as an event ("not coded
 * separately", "not coded as a battle event", "Figures not coded" leave the line's event coded).
 */
const NOT_CODED_LINE = /^\s*(?:✗|n\/c\b)|(?:^|[.;,|·–—-]\s*)not coded\.?\s*$|\|\s*not coded\s*\|/i;

/**
 * A line that labels the document rather than telling anything: a table's key ("Key: GRD ground fighting · MSL missile · POW
 * exchange", "Legend: ...", "Abbreviations: ...") defines its codes and names the kinds of event, not one.
 */
const KEY_LINE = /^\s*(?:key|legend|abbreviations|codes)\s*[:—–]/i;

/**
 * A masthead: the body's first line set out as fields (" · " or " | " between them) and opened by a name in capitals,
 * "REPORT OF THE COMMISSIONER ON THE RETURN OF PRISONERS OF WAR · Kyiv, 25 August 2024", "MORNING CALL · Tue · 06:15 LDN".
 * Its fields in capitals name the document (a report, a desk's "morning call", a "conference call" transcript), not an
 * event of it; a field in running text is read ("BREAKING · Russian missiles hit Kyiv overnight"), and a log's first row
 * opens with its date ("2024-10-01 | Vuhledar | ...", "26 APR 2022 · meeting · ...").
 */
const MASTHEAD_FIELD = /\s+[·|]\s+/g;
const CAPITALS_NAME = /^[^\p{Ll}\d]*\p{Lu}{2}[^\p{Ll}]*$/u;

/** Whether the trigger at `head` (a body offset) sits in a field in capitals of the body's masthead line. */
function inMasthead(ctx: ArticleContext, sentence: Sentence, head: number): boolean {
  if (sentence.paragraph !== 0) return false;
  const line = ctx.body.slice(0, lineEnd(ctx.body, 0));
  if (head >= line.length) return false;
  // the fields' bounds: [start, end) of each between separators
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const m of line.matchAll(MASTHEAD_FIELD)) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  bounds.push([from, line.length]);
  if (bounds.length < 2 || !CAPITALS_NAME.test(line.slice(...bounds[0]).trim())) return false;
  const field = bounds.find(([start, end]) => start <= head && head < end);
  return !!field && CAPITALS_NAME.test(line.slice(...field).trim());
}

/** The body's line that holds a sentence's start. */
function lineOf(body: string, sentence: Sentence): string {
  return body.slice(body.lastIndexOf('\n', sentence.charStart - 1) + 1, lineEnd(body, sentence.charStart));
}

/** A rubric opening an item, before its colon: "Fighting:", "Prisoner exchanges:", "Air strikes:". */
const RUBRIC_BEFORE = /^\s*(?:[\p{L}-]+\s+){0,2}$/u;
const RUBRIC_AFTER = /^\s*:/;

/** "every night", "each month", "every few weeks", "on a daily basis", "nightly": a recurrence ("his nightly address" is none: ROUTINE_OUTPUT). */
export const HABITUAL = new RegExp(
  String.raw`\b(?:every|each)\s+(?:(?:other|few|single|couple\s+of|\d+|two|three)\s+)?(?:day|night|morning|evening|week|weekend|month|year|hour|winter|spring|summer|autumn)s?\b` +
    String.raw`|\bon\s+a\s+(?:daily|nightly|weekly|regular)\s+basis\b|\b(?:daily|nightly)\b(?!\s+${ROUTINE_OUTPUT})`,
  'iu',
);
/**
 * A word every alternative of HABITUAL holds (same flags, so the same letters match): a sentence without
 * one has no recurrence in any of its clauses, and its clauses need not be cut out and searched.
 */
export const HABITUAL_WORD = /every|each|daily|nightly|basis/iu;

/** Whether the clause around `at` (between commas, semicolons, colons and dashes) tells a recurrence and no date. */
function habitual(sentence: Sentence, at: number, dates: DateMention[]): boolean {
  const text = sentence.text;
  if (!HABITUAL_WORD.test(text)) return false;
  let from = 0;
  let to = text.length;
  // "Every few weeks the same headline returns: two presidents have spoken by phone": what a recurrence before a colon
  // introduces is the pattern that recurs, so the clause before the colon is read with the trigger's
  let opening = 0;
  let colon = -1;
  for (const m of allMatches(/[,;—–:]/g, text)) {
    if (m.index < at) {
      if (m[0] === ':') [opening, colon] = [from, m.index];
      from = m.index + 1;
    } else {
      to = m.index;
      break;
    }
  }
  const told = HABITUAL.test(text.slice(from, to)) ? from : colon >= 0 && HABITUAL.test(text.slice(opening, colon)) ? opening : -1;
  if (told < 0) return false;
  return !dates.some((d) => d.charStart >= sentence.charStart + told && d.charEnd <= sentence.charStart + to);
}

/** Weapons brought down by air defence: "shot down 126 fixed-wing drones", "intercepted and destroyed 40 UAVs", "missiles were intercepted". */
const INTERCEPTED = new RegExp(
  String.raw`\b(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed)\s+(?:(?:more\s+than|over|about|some|at\s+least|up\s+to)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\p{L}-]+\s+){0,3}?(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|missiles?|rockets?)\b` +
    String.raw`|\b(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|missiles?|rockets?)\s+(?:were|was|had\s+been|have\s+been)\s+(?:shot\s+down|downed|intercepted|destroyed)\b`,
  'iu',
);

/** The words before a place forces head for: "towards", "toward the", "in the direction of". */
const HEADING_TO = /\b(?:towards?|in the direction of)\s+(?:the\s+)?(?:(?:city|town|village|outskirts|edge)\s+of\s+)?$/i;

/**
 * The words before a place a strike came from: "launched from the", "fired from", and a later name of a list of origins
 * ("launched from the directions of Kursk, Orel and Millerovo", "from the Bryansk and Kursk regions").
 */
const STRIKE_ORIGIN =
  /\b[Ff]rom\s+(?:the\s+)?(?:(?:directions?|areas?)\s+of\s+(?:the\s+)?)?(?:(?:[Oo]ccupied|Russian|Ukrainian|Russian-held|Ukrainian-held)\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+(?:region|oblast)s?)?(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))*$/u;

/**
 * "two days after the explosion on the Kerch bridge, Russian forces launched missiles at Kyiv", "hours after the attack on
 * Odesa, drones hit Kharkiv": the place of an event named to time another is that event's, not the other's target.
 */
const ANCHOR_EVENT_PLACE =
  /\b(?:after|before|since|following)\s+(?:the|a|an|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:explosions?|blasts?|attacks?|strikes?|shelling|raids?|bombings?|capture|fall|incursion|withdrawal|liberation)\s+(?:on|in|at|of|against|near)\s+(?:the\s+)?$/iu;
/** How far before a place its anchoring phrase is read. */
const ANCHOR_EVENT_REACH = 80;

/** Whether the place at `p` closes a phrase naming another event ("after the explosion on"), the trigger at `head` not in it. */
function placeOfAnchorEvent(text: string, p: PlaceMention, head: number): boolean {
  const from = Math.max(0, p.start - ANCHOR_EVENT_REACH);
  const m = ANCHOR_EVENT_PLACE.exec(text.slice(from, p.start));
  return !!m && !(head >= from + m.index && head < p.start);
}

/**
 * What lies between an event noun and the place it was held at: "talks in", "summit held in", "talks continue at the",
 * or a visit's destination: "flew to", "a visit to", "travelled to".
 */
const HELD_AT = /^\s+(?:[a-z]+\s+)?(?:in|at|to)\s+(?:the\s+)?$/;

/** "BERLIN." "RIO DE JANEIRO.": a bulletin item's city, as the sentence opening its paragraph. */
const CITY_LINE = /^(\p{Lu}[\p{Lu}'’-]*(?: \p{Lu}[\p{Lu}'’-]*){0,2})\.$/u;

const DATELINE_STRIKE_COUNTRIES = new Set(['UA', 'RU']);
/** The capitals of those countries: the datelines of stories about the whole country as often as about the city. */
const CAPITALS_AT_WAR = new Set(['Kyiv', 'Moscow']);
/** "struck the Crimean Bridge": a named target the gazetteer does not know; the dateline is not it. */
const UNKNOWN_NAMED_TARGET =
  /^[^,;.]{0,50}?\b(?:the|at|on|in|near|over|struck|hit|hitting|attacked|targeted|targeting)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/**
 * A sentence's place starts, looked up when a rule first asks for them at a word a place may start at: most candidate
 * heads fail on their words alone, and most words asked about ("struck the port", "met with") are lower-case words
 * no place starts at (mayStartPlace), so the sentence's places are not looked up for them.
 */
class PlaceStartsOnDemand implements PlaceStarts {
  private starts: Set<number> | undefined;
  constructor(
    private readonly ctx: ArticleContext,
    private readonly sentence: Sentence,
  ) {}

  has(start: number): boolean {
    if (!this.starts && !mayStartPlace(this.sentence.text, start)) return false;
    this.starts ??= new Set(sentencePlaces(this.ctx, this.sentence).map((p) => p.start));
    return this.starts.has(start);
  }
}

/** What may lie between an event's trigger and a place of its own phrase: "signed a deal in", "retook", "talks at the". */
const OWN_PHRASE = /^(?:(?![,;:—–(]|\s(?:that|which|who|whom|whose|where|said|says)\b)[^.]){0,30}$/;
/** A word that opens a clause of its own between two triggers: "fell days after Ukrainian forces retook". */
const SUBORDINATE_BETWEEN = /\b(?:after|before|since|when|while|as|following|until|once)\b/i;

/**
 * Which of a sentence's triggers its places belong to. One object per matched sentence: its questions were
 * closures built afresh for each such sentence.
 */
class PlaceOwners {
  /** places go to the nearest place-bound trigger: "drones hit Kharkiv while artillery shelled Kherson" */
  readonly placeBound: TriggerMatch[];
  /** `matches` is read as it stands when asked (findCandidates sorts it by strength in place). */
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly matches: TriggerMatch[],
  ) {
    this.placeBound = matches.filter((m) => PLACE_BOUND.has(m.rule.type));
  }

  distance(m: TriggerMatch, p: PlaceMention): number {
    const from = Math.min(this.tokens[m.head].start, p.start);
    const to = Math.max(this.tokens[m.head].start, p.start);
    // a place in another clause belongs to that clause's trigger
    return to - from + (this.clauseBetween(from, to) ? 1000 : 0);
  }

  /**
   * The sentence's clause separators, read once: asked for every trigger and place, reading the text between
   * them each time costs the cube of a long sentence's length. `sharedUntil` is where the verb after a
   * shared-subject ", and" starts (-1 for any other separator); `unsharedBefore[k]` counts the others before k.
   */
  private separators?: { start: number; end: number; sharedUntil: number }[];
  private unsharedBefore: number[] = [0];

  /** Whether a clause separator lies between `from` and `to` (", and then shelled" only when its verb lies before `to`). */
  private clauseBetween(from: number, to: number): boolean {
    const separators = (this.separators ??= this.readSeparators());
    const first = firstFailing(separators.length, (i) => separators[i].start < from);
    const last = firstFailing(separators.length, (i) => separators[i].end <= to) - 1;
    if (last < first) return false;
    // only the last separator's shared subject can run up to `to`: its verb lies after it, before the next one
    return this.unsharedBefore[last + 1] > this.unsharedBefore[first] || separators[last].sharedUntil >= to;
  }

  private readSeparators(): { start: number; end: number; sharedUntil: number }[] {
    const shared = new Map(allMatches(SHARED_SUBJECT_AND, this.text).map((m) => [m.index, m.index + m[0].length]));
    const separators = mapped(allMatches(CLAUSE_SEPARATORS, this.text), (m) => ({ start: m.index, end: m.index + m[0].length, sharedUntil: shared.get(m.index) ?? -1 }));
    for (const s of separators) this.unsharedBefore.push(this.unsharedBefore[this.unsharedBefore.length - 1] + (s.sharedUntil < 0 ? 1 : 0));
    return separators;
  }

  nearestTo(p: PlaceMention, of: TriggerMatch[]): TriggerMatch | null {
    return of.reduce<TriggerMatch | null>((best, m) => (!best || this.distance(m, p) < this.distance(best, p) ? m : best), null);
  }

  /** "missiles and drones struck Ternopil": every trigger of the place's clause gets it */
  ownersOf(p: PlaceMention): Set<EventType> {
    // asked for every trigger of the sentence: read once per place, or a long sentence costs the cube of its triggers
    let owners = this.owners.get(p);
    if (owners) return owners;
    const inClause = this.placeBound.filter((m) => this.distance(m, p) < 1000);
    const nearestMatch = inClause.length ? null : this.nearestTo(p, this.placeBound);
    owners = new Set(inClause.length ? inClause.map((m) => m.rule.type) : nearestMatch ? [nearestMatch.rule.type] : []);
    this.owners.set(p, owners);
    return owners;
  }
  private readonly owners = new Map<PlaceMention, Set<EventType>>();

  /** "the talks in Istanbul", "a summit held in Alaska", "flew to Washington": a place where another kind of event was held is no strike's target */
  heldElsewhere(p: PlaceMention): boolean {
    return this.matches.some(
      (m) => !PLACE_BOUND.has(m.rule.type) && this.tokens[m.head].start < p.start && HELD_AT.test(this.text.slice(this.tokens[m.head].end, p.start)),
    );
  }

  /**
   * "missiles struck the port of Odesa, a day after Moscow and Kyiv signed a deal in Istanbul", "the missile fell days after
   * Ukrainian forces retook Kherson": a place told after another kind of event's trigger, itself told after this one's,
   * is that event's (a capture or a strike of another kind only across a word that opens a clause of its own: "captured
   * and shelled Vovchansk" shares its place).
   */
  laterEventsPlace(p: PlaceMention, type: EventType, headStart: number): boolean {
    return this.matches.some((m) => {
      const at = this.tokens[m.head].start;
      if (at <= headStart || at >= p.start || m.rule.type === type || m.rule.type === 'statement' || (FAMILY[type] && FAMILY[m.rule.type] === FAMILY[type])) return false;
      // (the place in that event's own phrase: "told Zelenskyy in a video meeting that his forces held villages in the Kursk
      // region" reports what was said at the meeting, not where it was held)
      if (!OWN_PHRASE.test(this.text.slice(this.tokens[m.head].end, p.start))) return false;
      return !PLACE_BOUND.has(m.rule.type) || SUBORDINATE_BETWEEN.test(this.text.slice(headStart, at));
    });
  }

  /** ... and a place nearer a strike's trigger than any other is that strike's target */
  struckThere(p: PlaceMention): boolean {
    const nearestMatch = this.nearestTo(p, this.matches);
    return !!nearestMatch && PLACE_BOUND.has(nearestMatch.rule.type);
  }
}

/**
 * "2022-09-11 | Kharkiv city | missile strike | blackouts across Poltava and Sumy": the place cell of a log row that opens
 * with its date, when it names a place. The row's strikes, fighting and captures happened there; places its other cells
 * name (where the lights went out, where forces headed, a note's aside) are no targets.
 */
function placeCell(text: string, places: PlaceMention[]): [number, number] | undefined {
  if (logSeparator(text) === '·') return dottedPlaceCell(text, places);
  const first = text.indexOf('|');
  if (first < 0 || !/\d/.test(text.slice(0, first))) return undefined;
  const next = text.indexOf('|', first + 1);
  if (next < 0 || !places.some((p) => p.start > first && p.end < next)) return undefined;
  return [first + 1, next];
}

/**
 * "#2514 · 04.04 ≈1850 local · Kryvyi Rih (city) · MSL · ...", "13.04.25, ~10:15 · Sumy (city centre) · BM ×2 · code: missile_strike":
 * a log row whose cells middle dots set apart has its place in the first cell after the dated ones that names a place.
 */
function dottedPlaceCell(text: string, places: PlaceMention[]): [number, number] | undefined {
  const end = lineEnd(text, 0);
  for (let open = text.indexOf('·'), cells = 0; open >= 0 && open < end && cells < 2; open = text.indexOf('·', open + 1), cells++) {
    let close = text.indexOf('·', open + 1);
    if (close < 0 || close > end) close = end;
    if (places.some((p) => p.start > open && p.end <= close)) return [open + 1, close];
  }
  return undefined;
}

/** A place of the row's place cell, but not a region that only qualifies a settlement beside it ("Snake Island (Odesa oblast)"). */
function inRowCell(cell: [number, number], p: PlaceMention, places: PlaceMention[]): boolean {
  const inside = (q: PlaceMention) => q.start >= cell[0] && q.end <= cell[1];
  return inside(p) && (!p.region || !places.some((q) => inside(q) && !q.region && !q.country));
}

/** The weapon words of a strike's type, to find which weapon a sentence names first. */
const WEAPON_WORDS: Partial<Record<EventType, RegExp>> = {
  drone_strike: /\b(?:drones?|shaheds?|uavs?)\b/i,
  missile_strike: /\b(?:missiles?|rockets?|iskanders?|kinzhals?|kalibrs?)\b/i,
  air_strike: /\b(?:bombs?|aircraft|jets?|warplanes?|aviation)\b/i,
  shelling: /\b(?:artillery|shells?|shelling|mortars?)\b/i,
};

/** Where in its sentence a strike's weapon is first named, [start, end) (its trigger's place when no weapon word is found). */
function weaponNamedAt(c: Candidate): [number, number] {
  const found = WEAPON_WORDS[c.type]?.exec(c.sentence.text);
  const at = found?.index ?? c.headOffset - c.sentence.charStart;
  return [at, at + (found?.[0].length ?? 0)];
}

/** Between two weapons named as one wave's: "missiles and drones", "cruise missiles and Shahed-type drones", "122 missiles + 36 drones", "missile and drone". */
const WEAPONS_JOINED = /^\s*(?:[\p{L}\d-]+\s+){0,2}?(?:and|\+|plus|as well as)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

/**
 * "cruise missiles and Shahed drones hit Kyiv, Lviv and Dnipro", "a combined missile and drone attack on Kyiv, Odesa and
 * Lviv": one wave told with two weapons over several places. The weapon named first leads it, one strike per place;
 * the other weapon is one more strike of that same wave, told at its first place, not once more at every place.
 * Only when the two weapons are named in one phrase and the second weapon's places are all the leading weapon's
 * ("missiles hit Kyiv and Lviv, drones Odesa and Sumy" names two waves' places apart). `i` indexes ctx.candidates, sorted by head offset.
 */
function secondWeaponAgain(ctx: ArticleContext, i: number): boolean {
  const c = ctx.candidates[i];
  if (!FAMILY[c.type] || c.placeAt === undefined) return false;
  const told: Candidate[] = [];
  for (let j = i; j >= 0 && ctx.candidates[j].sentence === c.sentence; j--) told.push(ctx.candidates[j]);
  for (let j = i + 1; j < ctx.candidates.length && ctx.candidates[j].sentence === c.sentence; j++) told.push(ctx.candidates[j]);
  const strikes = told.filter((o) => FAMILY[o.type] && o.placeAt !== undefined);
  const mine = strikes.filter((o) => o.type === c.type);
  if (mine.length < 2 || !mine.some((o) => o.placeAt! < c.placeAt!)) return false;
  const others = strikes.filter((o) => o.type !== c.type);
  if (!others.length) return false;
  const lead = others.reduce((a, b) => (weaponNamedAt(b)[0] < weaponNamedAt(a)[0] ? b : a));
  const [, leadEnd] = weaponNamedAt(lead);
  const [second] = weaponNamedAt(c);
  // the two weapons named in one phrase, the lead first: "a combined missile and drone attack", not "the air strike on
  // the theatre ... and the missile that struck the station" (two strikes, each with its own place)
  if (leadEnd > second || !WEAPONS_JOINED.test(c.sentence.text.slice(leadEnd, second))) return false;
  const leadPlaces = new Set(others.filter((o) => o.type === lead.type).map((o) => o.placeAt));
  return mine.every((o) => leadPlaces.has(o.placeAt));
}

/**
 * A sentence's tokens and trigger matches, read once: findCandidates reads a sentence again for the weapon of a strike
 * told after it (triggersStage), and agreedInList reads the tokens of a sentence before. A sentence with no trigger
 * word has no matches, and its places are not looked up.
 */
function triggerReading(ctx: ArticleContext, sentence: Sentence): { tokens: Token[]; matches: TriggerMatch[] } {
  const reading = ctx.readings[sentence.index];
  if (reading.triggers) return reading.triggers;
  const tokens = tokenize(sentence.text);
  let matches: TriggerMatch[] = [];
  if (mayHoldTrigger(tokens)) {
    const actorMentions = actorsOf(ctx, sentence);
    matches = matchTriggers(
      tokens,
      new Set(actorMentions.map((a) => a.start)),
      new PlaceStartsOnDemand(ctx, sentence),
      new Set(actorMentions.filter((a) => a.kind === 'person').map((a) => a.start)),
      sentence.text,
    );
  }
  return (reading.triggers = { tokens, matches });
}

/**
 * The candidates of the given sentences. Given a weapon, only the triggers that take their weapon from
 * context are read, as that weapon. Returns the sentences with such a trigger left without a weapon.
 */
function findCandidates(ctx: ArticleContext, sentences = ctx.sentences, weapon?: EventType): Sentence[] {
  const unarmed: Sentence[] = [];
  for (const sentence of sentences) {
    const { tokens, matches: found } = triggerReading(ctx, sentence);
    if (!found.length) continue;
    const line = lineOf(ctx.body, sentence);
    if (NOT_CODED_LINE.test(line) || KEY_LINE.test(line)) continue;
    // (a copy: the loop below sorts it by strength, and PlaceOwners reads it in the order it has when asked)
    const matches = [...found];
    const actorMentions = actorsOf(ctx, sentence);
    const actorStarts = new Set(actorMentions.map((a) => a.start));
    // the places and the actors not named as places are read for the first trigger that passes its modality and
    // word checks below: a quarter of the matched sentences keep none and need none; the dateline only for a
    // strike without a place or a meeting held nowhere the sentence names (most sentences have neither)
    let placeMentions: PlaceMention[] = [];
    // (read through datelineOnce: a closure made here for each matched sentence cost a defineProperty under tsx)
    const dateline: DatelineRead = { read: false, place: undefined };
    let actors: ActorMention[] = [];
    let placesRead = false;
    let rowCell: [number, number] | undefined;
    const ownDates = mentionsIn(ctx, sentence).filter((d) => d.kind === 'date' && d.value && !datesANoun(ctx, d));
    const seen = new Set<string>();
    const owners = new PlaceOwners(sentence.text, tokens, matches);
    // the modality of a head word, read once: several rules often match at one head ("struck" as a drone and as a
    // missile strike, "talks" as a meeting and a call), and the reading depends on the words alone
    const modalities = (ctx.readings[sentence.index].modalities ??= new Map<number, Modality>());
    for (const match of matches.sort((a, b) => b.rule.strength - a.rule.strength)) {
      const { rule } = match;
      if (weapon && !rule.weaponFromContext) continue;
      if (rule.datedOnly && !ownDates.length) continue;
      let modality = modalities.get(match.head);
      if (modality === undefined) {
        modality = modalityAt(tokens, match.head, sentence.text, ownDates.length > 0);
        modalities.set(match.head, modality);
      }
      // "Putin proposed that the delegations meet in Istanbul on Thursday": a meeting proposed for a day to come is planned
      if (modality === 'hypothetical' && rule.type === 'meeting' && proposedForDayAhead(ctx, sentence, tokens[match.head].start, ownDates)) modality = 'planned';
      // "Trump proposed that the sides refrain from strikes on energy sites for 30 days. Putin responded positively to
      // this initiative and gave the order": a truce proposed, then accepted and ordered in the next sentence, was declared
      if (modality === 'hypothetical' && rule.type === 'ceasefire' && acceptedAndOrdered(ctx, sentence, tokens[match.head].start)) modality = 'occurred';
      if (modality === 'negated' || modality === 'hypothetical') continue;
      if (inMasthead(ctx, sentence, sentence.charStart + tokens[match.head].start)) continue;
      // "Russia's shelling of Kherson has killed hundreds since November": a toll run up over time, not one strike
      if (PLACE_BOUND.has(rule.type) && TOLL_SINCE.test(sentence.text.slice(tokens[match.head].end))) continue;
      if (PLACE_BOUND.has(rule.type) && SINCE_OR_FOR_AFTER.test(sentence.text.slice(tokens[match.head].end)) && UNDER_BEFORE.test(sentence.text.slice(0, tokens[match.head].start))) continue;
      // "called the attack a terrorist act", "calls Zelensky a dictator": a naming, not a phone call
      if (rule.type === 'phone_call' && tokens[match.head].lemma === 'call' && NAMING_AFTER.test(sentence.text.slice(tokens[match.head].end))) continue;
      // "Fighting: drones hit Kharkiv": the rubric a key-events item is filed under names no event of its own
      if (RUBRIC_BEFORE.test(sentence.text.slice(0, tokens[match.head].start)) && RUBRIC_AFTER.test(sentence.text.slice(tokens[match.head].end))) continue;
      // "drones hit Kharkiv every night", "talks are held each month": what recurs is a habit, not one event
      // (a recurrence over dates of its clause is a wave of those days: "From 3 to 5 June drones struck Odesa every night")
      if (habitual(sentence, tokens[match.head].start, ownDates)) continue;
      if (modality === 'planned' && !PLANNABLE.has(rule.type)) continue;
      if (rule.type === 'statement' && (!isStatement(tokens, match.head, actorMentions, ownDates.length > 0) || announcesAnEvent(tokens, match.head, matches))) continue;
      if (!ownDates.length && !PLACE_BOUND.has(rule.type) && genericPresent(tokens, match.head, actorStarts)) continue;
      // "The conversation took place on Sunday and has been shortened": the interview itself, not a call or a meeting
      if (HELD_BY_PEOPLE.has(rule.type) && EDITORS_NOTE.test(sentence.text)) continue;
      // "rounds of talks produced only prisoner exchanges": an undated plural is a kind of event, not one
      const trigger = tokens[match.head];
      if (GENERIC_WHEN_PLURAL.has(rule.type) && !ownDates.length && trigger.lower !== trigger.lemma && /[^s]s$/.test(trigger.lower)) continue;
      // "have seen more than one ceasefire come and go": a count of such events is no one of them
      if (!ownDates.length && MORE_THAN_ONE.test(sentence.text.slice(Math.max(0, trigger.start - 40), trigger.start))) continue;
      if (!ownDates.length && answersWhatItIs(ctx, sentence)) continue;
      if (rule.type === 'meeting' && agreedAtUndatedTalks(ctx, sentence, trigger.start)) continue;
      if (!placesRead) {
        placesRead = true;
        placeMentions = sentencePlaces(ctx, sentence);
        actors = actorMentions.filter((a) => !placeMentions.some((p) => a.start < p.end && p.start < a.end));
        rowCell = placeCell(sentence.text, placeMentions);
      }
      const headStart = tokens[match.head].start;
      const read = rule.weaponFromContext ? (weapon ?? weaponBefore(sentence.text.slice(0, headStart)) ?? weaponFromContext(ctx)) : eventTypeOf(match, tokens, placeMentions);
      // "the sides reached agreements on:\n1) the exchange of all wounded prisoners;\n2) ...": what a list of agreed points holds was agreed
      const type = read && AGREED_UPON.has(read) && agreedInList(ctx, sentence) ? 'agreement' : read;
      if (!type) {
        if (unarmed.at(-1) !== sentence) unarmed.push(sentence);
        continue;
      }
      if (type === 'territorial_capture' && heldStill(ctx, sentence, headStart)) continue;
      if ((type === 'ceasefire' || type === 'aid_decision') && evacuationPause(sentence.text, tokens[match.head])) continue;
      if (type === 'aid_decision' && packageOfSanctions(ctx, sentence, tokens)) continue;
      // "completing the exchange agreed at the talks in Istanbul", "under the deal struck at the summit": talks named as where
      // another thing was settled are told as its background, on no day of this sentence
      if (HELD_BY_PEOPLE.has(type) && SETTLED_AT.test(sentence.text.slice(Math.max(0, headStart - SETTLED_AT_REACH), headStart))) continue;
      let places: Array<PlaceMention | null> = [null];
      if (PLACE_BOUND.has(type)) {
        // owned by the trigger's own rule: a strike whose weapon comes from context keeps its placeholder there
        // (and targetable: not where the strike came from, nor where forces head)
        // (a log row's place cell is the place of every strike its other cells tell)
        const mine = placeMentions.filter((p) => (rowCell || (owners.distance(match, p) < 1000 && owners.ownersOf(p).has(rule.type))) && targetable(p, type, headStart, sentence.text, placeMentions, owners, rowCell));
        places = eventPlaces(type, headStart, mine, ownDates.length > 0, sentence.text);
        // "air defences shot down 126 drones over the Bryansk, Kursk and Belgorod regions": one night's interceptions
        // over a list of regions are one report, not a strike per region (the first region stands for them)
        if (FAMILY[type] && places.length > 1 && places.every((p) => p?.region) && INTERCEPTED.test(sentence.text)) places = places.slice(0, 1);
        // "attacked Hostomel airport this morning, and fighting for the airfield went on": with no place in its own
        // clause, the trigger takes the places of a clause that has no trigger of its own
        if (!places.length && owners.placeBound.length === 1) places = eventPlaces(type, headStart, placeMentions.filter((p) => targetable(p, type, headStart, sentence.text, placeMentions, owners, rowCell)), ownDates.length > 0, sentence.text);
        // ("POLTAVA. The toll from Tuesday's strike on the Military Institute of Communications has risen": a named building is
        // no place of its own, the dateline's city holds it)
        const unnamedTarget = !placeMentions.length && !namesOwnPlace(sentence.text.slice(headStart));
        // the lead paragraph of a datelined story is told from its city: "ODESA — ... . Twenty died in Friday's missile attack."
        const strikeDateline = !places.length && unnamedTarget ? (datelineOnce(ctx, sentence, dateline) ?? leadParagraphDateline(ctx, sentence)) : undefined;
        if (strikeDateline && DATELINE_STRIKE_COUNTRIES.has(strikeDateline.place.countryCode ?? '')) places = [strikeDateline];
        // ("a missile hit the Factor-Druk printing house, one of the largest in Ukraine": a country named beside the building
        // says where the building stands at large; the city is told around the sentence when it is told at all)
        const countryOnly = places.length > 0 && places.every((p) => p?.country);
        if ((!places.length || countryOnly) && FAMILY[type] && (hitsSomethingUnplaced(sentence.text.slice(headStart), placeMentions) || underPlaceHeading(ctx, sentence, placeMentions))) {
          const told = placeFromContext(ctx, sentence);
          if (told.length || !countryOnly) places = told;
        }
        if (!places.length && FAMILY[type] && ownDates.length) places = barrageTarget(sentence.text, headStart, actors);
        if (!places.length) {
          // (the weapon a sentence names first leads it, as in weaponFromContext: "sent 367 drones and missiles")
          if (FAMILY[type] && !rule.weaponFromContext && ctx.unplacedStrike?.sentence !== sentence) {
            const lead = matches.reduce((first, m) => (FAMILY[m.rule.type] && !m.rule.weaponFromContext && m.head < first.head ? m : first), match);
            ctx.unplacedStrike = { type: lead === match ? type : (eventTypeOf(lead, tokens, placeMentions) ?? type), headOffset: sentence.charStart + tokens[lead.head].start, sentence };
          }
          continue;
        }
      }
      if (LOCATED.has(type)) {
        // "after meeting Erdogan in Ankara, Zelenskyy flew to Istanbul, where talks were held": the nearest place
        // ("After the summit, drones struck Kharkiv": a strike's target is no place a meeting was held)
        const located = eventPlaces(type, headStart, placeMentions.filter((p) => !owners.struckThere(p)), true, sentence.text).filter((p) => !p.country);
        const signedApart = type === 'agreement' ? accordsApart(sentence.text, tokens, match.head, located) : null;
        if (signedApart) places = signedApart;
        else if (located.length) places = [located.reduce((best, p) => (Math.abs(p.start - headStart) < Math.abs(best.start - headStart) ? p : best))];
        else if (type === 'meeting') {
          const held = datelineOnce(ctx, sentence, dateline);
          if (held) places = [held];
        }
        if (rule.abroad && !places.some((p) => p && awayFromHome(p, actors.filter((a) => a.start < headStart)))) continue;
      }
      if (type === 'assassination' && !placeMentions.length && !actors.some((a) => a.kind === 'person')) continue;
      // two calls in one sentence ("talked with Trump on Friday, a day after Trump's call with Putin on
      // Thursday") are two events: each trigger keeps its own nearest date and the actors of its clause
      const nearestDate = PLACE_BOUND.has(type) ? undefined : nearest(ownDates, sentence.charStart + headStart);
      const sameTypeMatches = matches.filter((m) => m.rule.type === rule.type);
      const sameTypeHeads = new Set(mapped(sameTypeMatches, (m) => m.head)).size;
      const ownClause = sameTypeHeads > 1 ? withSharedSubject(sentence.text, headStart, actors, clauseActors(sentence.text, headStart, actors)) : actors;
      const mainActors = mainClauseActors(sentence.text, headStart, ownClause);
      const eventActors =
        type === 'phone_call' || type === 'meeting' ? besideTrailingEvent(sentence.text, headStart, mainActors, mapped(sameTypeMatches, (m) => tokens[m.head].start)) : mainActors;
      // "the EU adopted its package, and Britain announced sanctions of its own": one decision per subject
      // when the sentence's clauses have different subjects deciding
      const subjects = DECIDED_ALONE.has(type) && sameTypeHeads > 1 ? mapped(sameTypeMatches, (m) => clauseSubject(sentence.text, tokens[m.head].start, actors)) : [];
      const decider = new Set(kept(subjects, Boolean)).size > 1 ? `|${clauseSubject(sentence.text, headStart, actors)}` : '';
      // "Erdogan spoke to both Putin and Zelenskyy": one call per partner
      const sides = type === 'phone_call' ? callSides(sentence.text, headStart, eventActors) : [eventActors];
      // accords signed apart: each place with its own partner ("with Scholz in Berlin and with Macron in Paris")
      const pairs = places.length > 1 && type === 'agreement' ? accordPartners(places as PlaceMention[], eventActors) : sidesByPlace(sides, places);
      for (const [side, place] of pairs) {
        // "hosted Zelenskyy at the White House on Monday, three days after meeting Putin in Alaska": two meetings
        // in one sentence, each with the parties of its clause
        const clauseParties = HELD_BY_PEOPLE.has(type) && sameTypeHeads > 1 ? `|${mapped(side, (a) => a.name).join(',')}` : '';
        const partner = sides.length > 1 ? `|${side[side.length - 1].name}` : decider || clauseParties;
        // (a meeting told as what came before or after another: "came to Downing Street on Saturday, before meeting the
        // King on Sunday" tells two, however near the one date is to both; one event told twice merges below)
        // ("came three days after Trump hosted Putin in Alaska": the sequencing word may stand before the clause's subject)
        const clause = sameTypeHeads > 1 && HELD_BY_PEOPLE.has(type) && sequencedAt(tokens, match.head) ? '|then' : '';
        const key = `${type}|${place?.place.name ?? ''}|${nearestDate?.charStart ?? ''}${partner}${clause}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.candidates.push({
          earlier: EARLIER_ONE.test(sentence.text.slice(0, headStart)),
          ...(TAKES_EFFECT.has(type) && tookEffect(sentence.text, headStart, tokens[match.head].end) ? { tookEffect: true } : {}),
          type: type,
          strength: rule.strength,
          remention: rule.remention === true || (!ownDates.length && CAUSE_BEFORE.test(sentence.text.slice(Math.max(0, headStart - CAUSE_REACH), headStart))) || backedNamedTruce(tokens, match.head),
          status: modality === 'planned' ? 'planned' : 'occurred',
          sentence,
          headOffset: sentence.charStart + headStart,
          actors: uniqueActors(side, HELD_BY_PEOPLE.has(type)),
          places: place ? placeAndTown(type, place, placeMentions, sentence.text) : [],
          ...(place && PLACE_BOUND.has(type) ? { placeAt: sentence.charStart + place.start, placeArea: { region: place.region, division: place.division } } : {}),
          mentions: 1,
        });
      }
    }
  }
  return unarmed;
}

/** A sentence's dateline place, looked up once (datelinePlace) for all of its triggers. */
interface DatelineRead {
  read: boolean;
  place: PlaceMention | undefined;
}

function datelineOnce(ctx: ArticleContext, sentence: Sentence, dateline: DatelineRead): PlaceMention | undefined {
  if (!dateline.read) {
    dateline.place = datelinePlace(ctx, sentence);
    dateline.read = true;
  }
  return dateline.place;
}

/**
 * Whether a place of a sentence may be the target of a place-bound trigger of `type` at `headStart` (a function of its
 * own, not a closure made per trigger: under tsx, keepNames costs a defineProperty for each closure made).
 * "launched from the Astrakhan region", "fired from Belgorod": where a strike came from is not its target
 * ("the clash in the Oval Office": a seat of power is where leaders meet, not where fighting is)
 * ("a regrouping of forces towards Donetsk", "pushed on toward Pokrovsk": where forces head is no ground taken)
 */
function targetable(p: PlaceMention, type: EventType, headStart: number, text: string, placeMentions: PlaceMention[], owners: PlaceOwners, rowCell: [number, number] | undefined): boolean {
  return (
    (!rowCell || inRowCell(rowCell, p, placeMentions)) &&
    !p.seat &&
    !placeOfAnchorEvent(text, p, headStart) &&
    !owners.heldElsewhere(p) &&
    !owners.laterEventsPlace(p, type, headStart) &&
    !(FAMILY[type] && STRIKE_ORIGIN.test(text.slice(0, p.start))) &&
    !(type === 'territorial_capture' && HEADING_TO.test(text.slice(Math.max(0, p.start - 30), p.start)))
  );
}

/** Each side with each place, sides first, as `sides.flatMap((s) => places.map((p) => [s, p]))` (built by loops: flatMap cost more than the rest of the pairing). */
function sidesByPlace<P>(sides: ActorMention[][], places: P[]): Array<readonly [ActorMention[], P]> {
  const pairs: Array<readonly [ActorMention[], P]> = [];
  for (const side of sides) for (const place of places) pairs.push([side, place]);
  return pairs;
}

/** What may join the places of accords signed apart: "in Berlin and Paris", "with Scholz in Berlin and with Macron in Paris". */
const PLACES_JOINED = /^(?![^;.]*\b(?:after|before|following|ahead of|then flew|later)\b)[^;.]{0,60}?\band\s+(?:(?:in|with|then)\s+)?[^,;.]{0,50}$/;
/** "two agreements", "agreements", "a pair of deals": a plural accord, or one counted. */
const COUNTED_ACCORD = /\b(?:two|three|four|both|separate|bilateral)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * Accords signed in several places, told in one sentence: "signed ten-year security agreements with Scholz in Berlin and
 * with Macron in Paris", "had been in Berlin and Paris and signed two agreements": one accord per place, as the news
 * counts them. The accord's noun must be plural ("agreements", "two deals") and the places joined by "and" (no "after"
 * or "before" between them: "signed a deal in Kyiv after talks in Paris" is one accord, placed at its nearest place).
 */
function accordsApart(text: string, tokens: Token[], head: number, located: PlaceMention[]): PlaceMention[] | null {
  const word = tokens[head];
  if (word.lower === word.lemma && !COUNTED_ACCORD.test(text.slice(Math.max(0, word.start - 40), word.start))) return null;
  const towns = located.filter((p) => !p.region && !p.seat);
  if (towns.length < 2 || new Set(towns.map((p) => p.place.name)).size < towns.length) return null;
  for (let i = 1; i < towns.length; i++) if (!PLACES_JOINED.test(text.slice(towns[i - 1].end, towns[i].start))) return null;
  return towns;
}

/**
 * Each place of accords signed apart with its partner: as many people named from the first place on as places, in the
 * same order ("in Berlin and Paris ..., one with Scholz and one with Macron"), else the person named nearest each place;
 * the signing side, named before them, with each.
 */
function accordPartners(places: PlaceMention[], actors: ActorMention[]): Array<readonly [ActorMention[], PlaceMention]> {
  const partners = actors.filter((a) => a.start > places[0].start - 40 && a.kind === 'person');
  const nearest = (a: ActorMention) => places.reduce((best, p) => (Math.abs(p.start - a.start) < Math.abs(best.start - a.start) ? p : best));
  const signer = actors.filter((a) => !partners.includes(a));
  const own = (p: PlaceMention, i: number) => (partners.length === places.length ? [partners[i]] : partners.filter((a) => nearest(a) === p));
  return places.map((p, i) => [[...signer, ...own(p, i)].sort((a, b) => a.start - b.start), p] as const);
}

/**
 * Whether the person named last before the place is away from home there: "Zelenskyy was in Kyiv" is no visit,
 * and an unnamed "I" (a letter writer, a reporter: "I was in Berlin in 1989") is nobody's visit.
 */
function awayFromHome(place: PlaceMention, before: ActorMention[]): boolean {
  const subject = before.findLast((a) => a.kind === 'person');
  return !!subject && ACTOR_COUNTRY_CODES[stateOf(subject)] !== place.place.countryCode;
}

/**
 * "Odesa was also hit overnight": the weapon of the strike told last in the article (the first-named
 * weapon when that sentence names several); none when the article has told no strike yet.
 */
function weaponFromContext(ctx: ArticleContext): EventType | undefined {
  const last = ctx.candidates.findLast((c) => FAMILY[c.type] === 'strike');
  // a strike told after the last placed one with its weapon but no place: "29 DEC · missile + drone. Impacts recorded in Kyiv, Dnipro"
  const unplaced = ctx.unplacedStrike;
  if (unplaced && (!last || unplaced.headOffset > last.headOffset)) return unplaced.type;
  if (!last) return undefined;
  // "drones and missiles": the weapon named first in that sentence leads the wave
  const sameSentence = ctx.candidates.filter((c) => c.sentence === last.sentence && FAMILY[c.type] === 'strike');
  return sameSentence.reduce((first, c) => (c.headOffset < first.headOffset ? c : first)).type;
}

/** A drone or a missile named as a verb's subject before it: "its drones, smuggled into Russia in lorries, had struck bombers". */
const WEAPON_BEFORE = /\b(?:(drones?|shaheds?|quadcopters?|uavs?)|(missiles?))\b/iu;

/**
 * The weapon the sentence itself names before a strike told with no weapon of its own (the first one named leads, as in
 * weaponFromContext); undefined when it names none, and the story's weapon is read instead.
 */
function weaponBefore(before: string): EventType | undefined {
  const first = WEAPON_BEFORE.exec(before);
  return first ? (first[1] ? 'drone_strike' : 'missile_strike') : undefined;
}

/** Words that name a multiple rocket launcher: "multiple launch rocket system", "MLRS", "multiple rocket launchers". */
const MULTIPLE_LAUNCH = new Set(['multiple', 'multiple-launch', 'multiple-rocket', 'mlrs']);

/** Words that open the next clause after a talk: "spoke on Thursday and agreed to meet in Budapest", "; a summit ... was announced". */
const TALK_CLAUSE_ENDS = new Set([';', ':', '—', '–', 'and', 'but', 'after', 'before', 'when', 'while', 'then', 'where']);

/**
 * Where the clause of a talk told with no medium ends (an offset in the sentence): a place named after it is another
 * clause's, the summit the talk agreed on or the visit it came after ("Trump and Putin spoke on Thursday and agreed to
 * hold a summit in Budapest" is a call; "spoke for three hours in Anchorage" is a meeting).
 */
function talkClauseEnd(tokens: Token[], head: number): number {
  for (let k = head + 1; k < tokens.length; k++) if (TALK_CLAUSE_ENDS.has(tokens[k].lower)) return tokens[k].start;
  return Infinity;
}

/**
 * The event a trigger stands for in its context: talking somewhere named is meeting in person;
 * "agreed to swap prisoners" reports an agreement, the swap itself is still to come.
 */
function eventTypeOf(match: TriggerMatch, tokens: Token[], places: PlaceMention[]): EventType {
  const { rule } = match;
  // "agreement on a prisoner exchange of 1,000 for 1,000": the counts traded are read as the exchange they qualify
  const traded = tokens[match.head].lower === 'for' ? tradedBefore(tokens, match.head) : -1;
  const head = traded >= 0 ? traded : match.head;
  // "spoke by phone", "spoke with Donald Trump by phone" name the medium: a place in the sentence does not make it a meeting
  const byPhone = tokens.slice(head + 1, head + 7).some((t) => PHONE_MEDIUM.has(t.lower));
  if (rule.inPersonWhenPlaced && !byPhone) {
    const clauseEnd = talkClauseEnd(tokens, head);
    if (places.some((p) => !p.country && p.start < clauseEnd)) return 'meeting';
  }
  // "sat in the same room to talk", "spoke face to face": whatever the verb, no phone names the medium
  if (rule.type === 'phone_call' && IN_PERSON.test(wordsOf(tokens, 0, tokens.length)) && !tokens.some((t) => PHONE_MEDIUM.has(t.lower))) return 'meeting';
  // "fired rockets from a multiple launch rocket system": the taxonomy counts rocket-launcher fire as shelling
  if (rule.type === 'missile_strike' && tokens[head].lemma === 'rocket' && tokens.some((t, k) => MULTIPLE_LAUNCH.has(t.lower) && tokens[k + 1]?.lemma !== 'missile')) return 'shelling';
  if (AGREED_UPON.has(rule.type)) {
    // "agreed to exchange prisoners and to return bodies", "agreement on further exchanges"
    const window = tokens.slice(Math.max(0, head - 15), head);
    const agreed = window.some((t) => AGREEING.has(t.lemma));
    const near = tokens.slice(Math.max(0, head - 6), head).some((t) => AGREEING.has(t.lemma));
    if (agreed && (near || tokens[head - 1]?.lower === 'to')) return 'agreement';
    if (settledByAgreeing(tokens, head)) return 'agreement';
  }
  return rule.type;
}

/** How many items back a list's lead is looked for. */
const LIST_REACH = 8;

/**
 * Whether the sentence is an item of a list (items end with ";" or ",", each its own line) whose lead, ending with a
 * colon, agrees: "the sides agreed on:", "The deal provides for:" ("reached agreements on:").
 */
function agreedInList(ctx: ArticleContext, sentence: Sentence): boolean {
  for (let i = sentence.index - 1; i >= 0 && sentence.index - i <= LIST_REACH; i--) {
    const text = ctx.sentences[i].text.trimEnd();
    if (text.endsWith(':')) return ctx.sentences[i + 1].paragraph !== ctx.sentences[i].paragraph && triggerReading(ctx, ctx.sentences[i]).tokens.some((t) => AGREEING.has(t.lemma));
    if (!/[;,]$/.test(text) || ctx.sentences[i + 1].paragraph === ctx.sentences[i].paragraph) return false;
  }
  return false;
}

/** Words that make an agreeing the background of a clause ("after they agreed in May, the sides swapped ..."). */
const SUBORDINATORS = new Set(['after', 'when', 'once', 'since', 'as', 'before', 'because', 'although', 'though']);

/**
 * "agreed to swap 1,000 prisoners each, the largest exchange of the war", "agreed a 1,000-for-1,000 prisoner
 * exchange": an exchange named as a noun or an infinitive under the verb "agree" is what was agreed, however
 * far the numbers push it; a finite verb ("and swapped 390 on Friday") is the exchange done.
 */
function settledByAgreeing(tokens: Token[], head: number): boolean {
  const trigger = tokens[head];
  if (trigger.lower !== trigger.lemma && trigger.lower !== `${trigger.lemma}s`) return false;
  const verb = tokens.findLastIndex((t, i) => i < head && t.lemma === 'agree' && t.lower !== 'agreement');
  if (verb < 0 || tokens.slice(verb, head).some((t) => t.lower === ';')) return false;
  // the verb takes what it settles ("agreed to", "agreed a", "agreed on a"), not a participle ("the deal agreed in May")
  const object = /^(?:on|upon)$/.test(tokens[verb + 1]?.lower ?? '') ? tokens[verb + 2] : tokens[verb + 1];
  if (!AGREED_OBJECT_OPENERS.has(object?.lower ?? '')) return false;
  // "agreed a swap, carried out May 23-25": the exchange is told as done too
  if (DONE_AFTER.test(tokens.slice(head + 1).map((t) => t.lower).join(' '))) return false;
  // the subordinator of the agreeing's own clause, back to its comma
  for (let j = verb - 1; j >= 0 && !/^[,;:—–]$/.test(tokens[j].lower); j--) if (SUBORDINATORS.has(tokens[j].lower)) return false;
  return true;
}

/** Verbs that tell an exchange as done: "carried out May 23-25", "which took place on Friday". */
const DONE_AFTER = /\b(?:carried out|took place|was completed|were completed|happened)\b/;

/** What follows "agree" when it takes what it settles: "agreed to swap", "agreed a swap", "agreed on a further swap". */
const AGREED_OBJECT_OPENERS = new Set(['to', 'a', 'an', 'the', 'another', 'further', 'new', 'more']);

const RELATIVE_OPENER = /^\s*(?:which|who|that)\b/i;
/** ", adopted by", ", jointly announced by", ", approved by": a reduced relative clause naming who did it. */
const AGENT_CLAUSE = /^,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\b/u;

/** The actors between the clause breaks around a trigger; all of the sentence's when that is none. */
function clauseActors(text: string, head: number, actors: ActorMention[]): ActorMention[] {
  const breaks = mapped(allMatches(/[,;—–]/g, text), (m) => m.index);
  const from = Math.max(-1, ...breaks.filter((b) => b < head));
  let to = Math.min(text.length, ...breaks.filter((b) => b > head));
  // "the 18th package of sanctions, adopted by the Council of the EU on Friday": a participle's agent decided it
  if (AGENT_CLAUSE.test(text.slice(to))) to = Math.min(text.length, ...breaks.filter((b) => b > to));
  const inside = actors.filter((a) => a.start > from && a.end <= to);
  if (inside.length) return inside;
  // ", which blacklists 200 tankers": a relative clause with no actor of its own hangs on those told before it
  const before = RELATIVE_OPENER.test(text.slice(from + 1)) ? actors.filter((a) => a.end <= head) : [];
  return before.length ? before : actors;
}

/** ", then joined", "and later met": a verb phrase sharing the sentence's subject, the trigger a word or two after it. */
const SHARED_SUBJECT_VERB = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:then|later|afterwards|subsequently)\s+(?:\p{L}+\s+){0,3}$/u;

/**
 * "Trump talked to Putin for two hours, then joined a call with Zelenskyy": the second clause's verb shares the
 * sentence's subject, the first person named, who is a party of its event too (a clause naming its own subject keeps it).
 */
function withSharedSubject(text: string, head: number, actors: ActorMention[], inClause: ActorMention[]): ActorMention[] {
  if (!SHARED_SUBJECT_VERB.test(text.slice(Math.max(0, head - 60), head))) return inClause;
  if (inClause.some((a) => a.end <= head)) return inClause;
  const subject = actors.find((a) => a.kind === 'person');
  return subject && subject.end <= head && !inClause.includes(subject) ? [subject, ...inClause] : inClause;
}

/** The state of the actor closest before a trigger in its clause: who decided ("and Britain announced new sanctions"). */
function clauseSubject(text: string, head: number, actors: ActorMention[]): string {
  const from = Math.max(-1, ...allMatches(/[,;—–]/g, text.slice(0, head)).map((m) => m.index));
  const subject = actors.findLast((a) => a.start > from && a.end <= head);
  return subject ? stateOf(subject) : '';
}

/** A subordinate clause opening the sentence (after a dateline): "After hanging up with Putin,", "Hours before Biden spoke on Wednesday,". */
const FRONTED_CLAUSE = /^(?:(?:just|only|shortly|soon|hours|minutes|days|weeks|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:hours?|days?|weeks?))\s+)?(?:after|before|following|having|when|while|once|as)\b[^,;]*,/i;

/**
 * The parties of an event told in a main clause are not those of the clause fronting it: "After hanging up
 * with Putin on Monday, Trump rang Zelenskyy" is a Trump–Zelenskyy call, "Hours before Biden spoke,
 * Scholz said Germany would send tanks" a German decision.
 */
function mainClauseActors(text: string, head: number, actors: ActorMention[]): ActorMention[] {
  const from = DATELINE_PREFIX.exec(text)?.[0].length ?? 0;
  const fronted = FRONTED_CLAUSE.exec(text.slice(from));
  const end = fronted ? from + fronted[0].length : 0;
  if (!fronted || head < end) return actors;
  const main = actors.filter((a) => a.start >= end);
  return main.length ? main : actors;
}

/**
 * A clause trailing a call or meeting that tells another one: "after hanging up with Putin", "before meeting Erdogan", "ahead of
 * Mr Trump's telephone conversation with Putin", "before and after the call with Putin" (a gerund right after the word of
 * sequence, or a talk's noun after at most a determiner or a possessive and two words).
 */
const TRAILING_EVENT =
  /\s(?:after|before|ahead\s+of|following)\s+(?:and\s+after\s+|or\s+after\s+)?(?:(?!(?:morning|evening|during|nothing|something)\b)(?<gerund>\p{Ll}+ing)\b|(?:(?:the|a|an|his|her|their|its|this|that|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:call|conversation|talks|meeting|summit|visit)\b)/gu;

/**
 * "Trump spoke with Zelenskyy after hanging up with Putin": the parties named in a trailing clause that tells another talk are
 * that talk's, not the main clause's (and a talk told inside that clause, beside one told in the main clause, has its parties,
 * not the main clause's). Within the trigger's clause only; when no party would be left, all are kept.
 */
function besideTrailingEvent(text: string, head: number, actors: ActorMention[], heads: number[]): ActorMention[] {
  for (const m of allMatches(TRAILING_EVENT, text)) {
    const at = m.index + 1;
    const between = head < at ? text.slice(head, at) : text.slice(at, head);
    if (/[,;:—–()]/.test(between)) continue;
    const clauseEnd = at + (/[,;:—–()]/.exec(text.slice(at))?.index ?? text.length - at);
    const clauseStart = text.slice(0, at).search(/[^,;:—–()]*$/);
    // ("Putin agreed to halt strikes after a call with Trump": with no talk of its kind in the main clause, the main clause's
    // subject is a party of the talk the trailing clause tells)
    if (head > at && !heads.some((h) => h >= clauseStart && h < at)) return actors;
    // ("before meeting Zelenskyy in Kyiv": a gerund's subject is the main clause's, its first party)
    const subject = m.groups?.gerund ? actors.find((a) => a.start >= clauseStart && a.end <= at) : undefined;
    const kept = head < at ? actors.filter((a) => a.start < at || a.start >= clauseEnd) : actors.filter((a) => a === subject || a.start >= at || a.end <= clauseStart);
    return kept.length ? kept : actors;
  }
  return actors;
}

/** A news-worthy declaration: a named actor is the subject of a strong speech verb in a dated sentence. */
function isStatement(tokens: Token[], head: number, actors: ActorMention[], dated: boolean): boolean {
  if (!dated) return false;
  const headStart = tokens[head].start;
  return actors.some((a) => a.end <= headStart && headStart - a.end < 40);
}

/**
 * "described the strikes as 'retaliation' for the attack on the Crimean bridge", "in response to Ukraine's drone raid":
 * an undated event named as the cause of the one told is told before, as background; it is that event only where the
 * article tells it (a re-mention: merged into it, or left out).
 */
const CAUSE_BEFORE = /\b(?:retaliation|revenge|reprisal|response|reply|answer)["”’']?\s+(?:for|to)\s+(?:(?:the|an?|its|their|this|that|\p{Lu}[\p{L}'’-]*['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const CAUSE_REACH = 60;

/** Verbs of making known whose object may be an event: "announced a truce", "declared a day of mourning". */
const MAKING_KNOWN = new Set(['announce', 'declare', 'proclaim']);
/** How many words after the verb its object's event noun may lie: "announced today a 72-hour "Victory Day" truce". */
const ANNOUNCED_REACH = 8;
/** Days a government declares: "declared a day of mourning", "declared Monday a non-working day", "a public holiday". */
const DECLARED_DAY = /^(?:[^;.]*?\s)?(?:day of (?:national )?(?:mourning|remembrance)|non-working day|(?:public |national )?holiday|day off)\b/;

/**
 * "Putin declared a 30-hour Easter truce", "the Kremlin announced today a truce from 8 to 10 May", "Kyiv announced the
 * recapture of Blahodatne", "Ukraine declared a day of mourning": what is announced is the event (or a day of mourning), told
 * by its own trigger; the announcing is no statement beside it ("announced that talks had failed" and "declared that
 * Russia would respond" announce no event noun of their clause).
 */
function announcesAnEvent(tokens: Token[], head: number, matches: TriggerMatch[]): boolean {
  if (!MAKING_KNOWN.has(tokens[head].lemma)) return false;
  let end = head + 1;
  while (end < tokens.length && end - head <= ANNOUNCED_REACH && !/^(?:[,;:—–]|that)$/.test(tokens[end].lower)) end++;
  if (matches.some((m) => m.rule.type !== 'statement' && m.head > head && m.head < end)) return true;
  // (the day may be named first, between commas: "declared Monday, June 26, a non-working day")
  return DECLARED_DAY.test(wordsOf(tokens, head + 1, Math.min(tokens.length, head + 1 + DECLARED_DAY_REACH)));
}
/** How many words after the verb a declared day is read: "declared Monday, June 26, a non-working day" is nine. */
const DECLARED_DAY_REACH = 10;

function spanOf(d: DateMention): DateSpan {
  return d.span!;
}

function nearest<T extends { charStart: number }>(items: T[], offset: number): T | undefined {
  return items.reduce<T | undefined>((best, d) => (!best || Math.abs(d.charStart - offset) < Math.abs(best.charStart - offset) ? d : best), undefined);
}

/** Words that tell an act as coming before or after another: "before meeting the King", "after talks with Scholz". */
const SEQUENCED = new Set(['before', 'after']);
/** "before meeting", "after Trump hosted": a sequencing word right before the head, or before its one-word subject. */
const sequencedAt = (tokens: Token[], head: number) =>
  SEQUENCED.has(tokens[head - 1]?.lower ?? '') || (SEQUENCED.has(tokens[head - 2]?.lower ?? '') && !!tokens[head - 1]?.capitalized);

/** "On Wednesday, the Kremlin said ...": after a date, its subject and a speech verb. */
const SPEECH_AFTER = /^\s*,?\s*(?:[\p{L}'’.-]+\s+){1,5}?(?:said|says|announced|confirmed|told|reported|stated|claimed)\b/u;
/** ", the Kremlin said on Tuesday": a speech verb with its subject before a date. */
const SAID_BY = /\p{L}\s+(?:said|says|announced|confirmed|told|reported|stated|claimed|added|wrote)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/iu;
// ("proposed direct talks in Istanbul in a late-night address on Sunday", "in a post on Tuesday": the day of the address or post)
const SPEECH_DATE =
  /\b(?:said|says|announced|confirmed|told [\w ]{1,20}?|reported|added|wrote|stated|in\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}(?:address|speech|statement|interview|remarks|post|broadcast|message)(?:\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** A time of day before a date: "noon on", "midnight on", "24:00 on", "18:00 Moscow time", "24:00 MSK". */
// (with its zone: "Moscow time", "MSK", "GMT")
// ("0000 GMT", "1800 Moscow time": a wire's clock in four figures, told by its zone)
const CLOCK = String.raw`(?:(?:at\s+)?(?:noon|midnight|midday|\d{1,2}[:.]\d{2}(?:\s+(?:\p{L}+\s+time|\p{Lu}{2,5}))?|[0-2]\d[0-5]\d\s+(?:\p{L}+\s+time|\p{Lu}{2,5}|hours|hrs))\s+(?:on\s+)?)?`;
// ("2025-04-19 18:00 MSK → 2025-04-21 00:00 MSK", "19.IV.25 18:00 > 21.IV.25 00:00": a log's window, each end with its clock)
const CLOCK_AFTER = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s+(?:\p{L}+\s+time|\p{Lu}{2,5}))?\s*)?`;
/** Two date expressions joined as the ends of one range, by the words of `link` (the text between them, whole). */
const rangeLink = (link: string) =>
  new RegExp(String.raw`^\s*${CLOCK_AFTER}(?:${link})\s+(?:(?:the\s+)?(?:end|start|beginning|close)\s+of\s+)?${CLOCK}$`, 'iu');
const RANGE_LINK = rangeLink('to|until|till|through|and|[-–—→>]');
/** RANGE_LINK but for "and", which lists two days as often as it spans them. */
const RANGE_END_LINK = rangeLink('to|until|till|through|[-–—→>]');

/** "from May 8 to May 10", "between March 1 and March 3": one span from two date expressions. */
function rangeFrom(ctx: ArticleContext, first: DateMention, inSentence: DateMention[]): DateSpan | null {
  const second = inSentence.find((d) => d.kind === 'date' && d.span && d.charStart > first.charEnd && RANGE_LINK.test(ctx.body.slice(first.charEnd, d.charStart)));
  if (!second || second.span!.endDate < first.span!.startDate) return null;
  // "on 16 May and 2 June" lists two days (listedDays); "and" spans them after "between", or when the second follows the
  // first ("on Wednesday and Thursday": a two-day event)
  const listed = /^\s*and\b/i.test(ctx.body.slice(first.charEnd, second.charStart)) && !/\bbetween\s+(?:the\s+)?$/i.test(ctx.body.slice(Math.max(0, first.charStart - 12), first.charStart));
  if (listed && second.span!.startDate !== addDays(first.span!.endDate, 1)) return null;
  // "19.IV.25 18:00 → 21.IV.25 00:00": a window closing on a day's first minute ends with the day before
  const closesAtDayStart = DAY_START_AFTER.test(ctx.body.slice(second.charEnd, second.charEnd + 8)) && second.span!.startDate > first.span!.startDate;
  return { startDate: first.span!.startDate, endDate: closesAtDayStart ? addDays(second.span!.startDate, -1) : second.span!.endDate, precision: 'day' };
}
/** A clock of a day's first minute right after a date: "21.IV.25 00:00", "2025-05-11 0000". */
const DAY_START_AFTER = /^\s+00[:.]?00\b/;

/** A line's label before the date that heads it: "[W-16-06] ", "* ". */
const LINE_LABEL = /^[^\S\n]*(?:\[[^\]\n]{1,20}\][^\S\n]*|[*•·-][^\S\n]+)?$/;

/**
 * A log line headed by a window of two dates, each with its clock ("[W-16-06] 19.IV.25 18:00 MSK → 21.IV.25 00:00 MSK ·
 * Easter truce declared by Putin 19.IV", "2025-128 00:00 > 2025-130 24:00 | TRUCE"): the window of the truce the line
 * tells, whatever day its declaring took.
 */
function headWindow(ctx: ArticleContext, c: Candidate, inSentence: DateMention[]): DateSpan | null {
  const [first, second] = inSentence.filter((d) => d.kind === 'date' && d.span);
  if (!first || !second || second.charEnd > c.headOffset) return null;
  const lineStart = ctx.body.lastIndexOf('\n', first.charStart - 1) + 1;
  if (!LINE_LABEL.test(ctx.body.slice(lineStart, first.charStart)) || !RANGE_END_LINK.test(ctx.body.slice(first.charEnd, second.charStart))) return null;
  return rangeFrom(ctx, first, [second]);
}

/**
 * "2025-04-19 18:00 MSK → 2025-04-21 00:00 MSK · truce declared", "23.03.2025 – 25.03.2025 | talks in Riyadh": the date
 * that opens the window `end` closes, when `end` is the date nearer the trigger (the event is dated from the window's
 * start; rangeFrom spans both); none for a window in brackets or in a clause of its own before the trigger ("talks (23 to
 * 25 March) end; the parties agree to a sea truce": the end's day).
 */
function windowOpening(ctx: ArticleContext, c: Candidate, end: DateMention, inSentence: DateMention[]): DateMention | undefined {
  if (/[;)]/.test(ctx.body.slice(end.charEnd, c.headOffset))) return undefined;
  return inSentence.find(
    (d) => d.kind === 'date' && d.span && d.charEnd <= end.charStart && RANGE_END_LINK.test(ctx.body.slice(d.charEnd, end.charStart)) && rangeFrom(ctx, d, [end]) !== null,
  );
}

/** "had hit", "had been 'liberated'": a clause told in the past perfect. */
// (irregular participles the endings miss: "had had a call", "had won", "had come")
const PAST_PERFECT = /\bhad\s+(?:been\s+)?(?:\p{L}+ly\s+)?['‘"“]?(?:\p{L}+(?:ed|en|t|ck|ne|un|ug|ot|it|ld|id|wn|de)|had|won|come|become)\b/iu;
/**
 * "in their call", "the conversation": a determiner that points back to an event already told (not the
 * conjunction of "says that Trump has paused", whose next words are a subject and its auxiliary).
 */
const DEFINITE = /\b(?:the|their|that|this|his|her|its)\s+(?:(?!(?:has|have|had|is|are|was|were|will|would)\s)[\p{L}-]+\s+){0,2}$/iu;

/** The body from `from` to the next clause break (or `end`). */
function clauseAfter(ctx: ArticleContext, from: number, end: number): string {
  const text = ctx.body.slice(from, end);
  const stop = /[;—–]|,\s+(?:and|but|while|which|who)\b/.exec(text);
  return stop ? text.slice(0, stop.index) : text;
}

/**
 * A relative clause opened after a noun that follows the date: what it tells has its own time ("on Thursday
 * for the bombing that killed"; not the "that" right after the date of a saying, "told Putin on Saturday that").
 */
const RELATIVE_PRONOUN = /^\s*[^\s,;].*?\b(?:that|which|who|whose)\b/i;

/** "X followed / came after / was preceded by Y": what follows the verb is another, earlier event. */
// ("the calls came a day after Russia freed Fogel, who flew home on Tuesday night": the date is the freeing's;
// so is it after a count of days whatever the verb: "the talks opened a day after drones struck on Sunday";
// not after a length: "agreed to stop attacks for 30 days after a call on Tuesday"; nor after an uncounted
// stretch: "the missile fell days after Ukrainian forces retook Kherson on Friday")
const FOLLOWED = /\b(?:followed|follows|(?:came|comes)\s+(?:(?:just|only|barely|shortly|(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?))\s+)?after|(?<!\b(?:for|within|over|of)\s+)(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|years?)\s+after|(?<!(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|for|within|over|of))\s+)(?:(?:a\s+)?(?:few|several|many)\s+)?(?:days|weeks|months|years)\s+after|(?:was|were)\s+preceded\s+by)\b/i;

/** The event types an anchor phrase names: "the call" → phone_call; none for "the parade" or a bare "later". */
function anchorTypesOf(d: DateMention): readonly EventType[] | undefined {
  const noun = (d.anchor?.phrase.toLowerCase().split(/\s+/) ?? []).reverse().find((w) => ANCHOR_NOUNS[w]);
  return noun ? ANCHOR_NOUNS[noun] : undefined;
}

/** What may stand between an anchor phrase and a date of its own: "Trump's call[ with Putin] on Tuesday", "the talks[ in Istanbul] on Monday", "Modi's trip[ to Moscow] on July 8". */
const ANCHOR_TO_ITS_DATE =
  /^(?:\s+(?:with|between|in|at|on|of|near|over|against|to)\s+[^,;:.—–()]{1,40}?(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,)?){0,2}\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;
/**
 * A clause restating when the anchor event happened, up to the date: "the call between Trump and Putin, which took place
 * on ", "the summit, which opened in Vilnius on ", "the talks, held in Istanbul on " (or happens: "on the eve of the summit
 * in Washington, which opens today"). Its date is the anchor event's,
 * however the phrase sits in its sentence.
 */
const ANCHOR_RESTATED =
  /^(?:\s+(?:with|between|in|at|of)\s+[^,;:.—–()]{1,40}?)?,\s+(?:(?:which|that)\s+(?:took place|takes? place|opened|opens?|began|begins?|started|starts?|happened|(?:was|were|is|are)\s+held|will\s+(?:open|begin|start|take place|be held))|held)(?:\s+(?:in|at)\s+[^,;:.—–()]{1,40}?)?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;

/**
 * "A day after Trump's call with Putin on Tuesday, drones struck Odesa", "Drones struck Odesa, a day after the talks in
 * Istanbul on Monday.": a day closing an anchor phrase set off from the clause it dates (opening the sentence before
 * a comma, or after a comma closing it) is the anchor event's own, and the clause counts from it. Left alone, the
 * anchor event took that day less the offset and the clause took the day itself.
 */
function setOffAnchor(ctx: ArticleContext, inSentence: DateMention[]): { anchor: DateMention; date: DateMention } | undefined {
  for (const anchor of inSentence) {
    if (anchor.kind !== 'anchor' || !anchor.anchor?.phrase || !anchorTypesOf(anchor)) continue;
    const date = inSentence.find((d) => d.kind === 'date' && d.span?.precision === 'day' && d.charStart >= anchor.charEnd && ANCHOR_TO_ITS_DATE.test(ctx.body.slice(anchor.charEnd, d.charStart)));
    const restated = date ? undefined : inSentence.find((d) => d.kind === 'date' && d.span?.precision === 'day' && d.charStart >= anchor.charEnd && ANCHOR_RESTATED.test(ctx.body.slice(anchor.charEnd, d.charStart)));
    if (restated) return { anchor, date: restated };
    const sentence = date && sentenceAt(ctx.sentences, anchor.charStart);
    if (!date || !sentence) continue;
    const before = ctx.body.slice(sentence.charStart, anchor.charStart);
    const after = ctx.body.slice(date.charEnd, sentence.charEnd);
    const fronted = /^\s*(?:(?:and|but|then|just|only)\s+)?$/i.test(before) && /^\s*,/.test(after);
    const trailing = /,\s*(?:(?:just|only)\s+)?$/i.test(before) && /^\s*(?:[.!,;]|["”’]|$)/.test(after);
    if (fronted || trailing) return { anchor, date };
  }
  return undefined;
}

/**
 * A trigger inside its sentence's anchor phrase is the anchor event itself: "swapped on Wednesday, a day
 * after the call" dates the call a day before Wednesday; "two days after Friday's call" dates it Friday.
 */
function dateAsAnchorEvent(ctx: ArticleContext, c: Candidate, inSentence: DateMention[]): AssignedDate | undefined {
  const anchor = inSentence.find(
    (d) => d.kind === 'anchor' && d.anchor && c.headOffset >= d.charStart && c.headOffset < d.charEnd && anchorTypesOf(d)?.includes(c.type),
  );
  if (!anchor) return undefined;
  const { phrase, offsetDays } = anchor.anchor!;
  const phraseStart = anchor.charStart + Math.max(0, anchor.text.indexOf(phrase));
  const named = findDates(phrase, ctx.ref).find((d) => d.kind === 'date' && d.span && d.tense !== 'future');
  if (named) {
    const charStart = phraseStart + named.charStart;
    ctx.dates.push({ ...named, charStart, charEnd: charStart + named.text.length });
    return { span: named.span!, certainty: named.certainty, dateText: named.text, own: true };
  }
  const setOff = setOffAnchor(ctx, inSentence);
  if (setOff?.anchor === anchor) return { span: setOff.date.span!, certainty: setOff.date.certainty, dateText: setOff.date.text, own: true };
  // "The visit came six weeks after Modi's two-day trip to Moscow on July 8 and 9": a day closing the anchor phrase is the
  // anchor event's own, wherever the phrase stands (the clause it dates counts from it, not it from the clause)
  const closing = inSentence.find((d) => d.kind === 'date' && d.span?.precision === 'day' && d.charStart >= anchor.charEnd && ANCHOR_TO_ITS_DATE.test(ctx.body.slice(anchor.charEnd, d.charStart)));
  if (closing) return { span: closing.span!, certainty: closing.certainty, dateText: closing.text, own: true };
  // ("orders a truce from noon Fri 6 Jan to midnight Sat 7 Jan, hours after a call": a day bounding the window of a state is
  // the state's, not the day of the clause the anchor counts from)
  const outside = inSentence.filter(
    (d) => d.kind === 'date' && d.span?.precision === 'day' && !datesANoun(ctx, d) && (d.charEnd <= anchor.charStart || d.charStart >= anchor.charEnd) && !boundsAState(ctx, d),
  );
  const host = nearest(outside, anchor.charStart);
  if (!host) return undefined;
  const day = addDays(host.span!.startDate, -offsetDays);
  return relativeDay(day, anchor.text);
}

/**
 * What a date before a trigger does not reach across: "days after" an antecedent, and a "since" clause
 * ("since Russia took Bakhmut"), not a "since" that bounds a time ("their third round since May").
 */
const DATE_BARRIER =
  /\b(?:(?:days?|weeks?|months?|years?)\s+(?:after|before)|since(?!\s+(?:(?:early|late|mid-?)\s*)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|(?:the\s+)?(?:spring|summer|autumn|fall|winter|start|beginning|end)\b|last\b|then\b)))\b/i;

// The tests ownDatesStage makes of each date of a candidate's sentence. They live at module level rather than
// as named closures inside the stage, which runs them for every candidate: under tsx (keepNames, as bench:extract
// and eval run) each named closure costs a defineProperty call per creation.

/**
 * "aid was paused on Monday, a day after a meeting": a date does not reach across "days after".
 * "The repatriation followed an agreement reached on June 2": the date after "followed" is the antecedent's.
 * ("A day after drones hit Kyiv, the talks opened on Thursday": the main clause's date is the talks')
 */
function reachesTrigger(ctx: ArticleContext, c: Candidate, frontedEnd: number, d: DateMention): boolean {
  if (d.charEnd > c.headOffset) return !FOLLOWED.test(ctx.body.slice(c.headOffset, d.charStart)) && d.charStart < frontedEnd;
  const between = ctx.body.slice(d.charEnd, c.headOffset);
  // "On 10 October, two days after the bridge blast, missiles hit Kyiv": a count set off between commas right after
  // the date restates that date from another event; the clause after it is still the date's
  const apposed = APPOSED_COUNT.exec(between);
  // "On Wednesday, Zelenskyy, on his first trip abroad since the invasion, met Biden": a "since" inside an aside set off by
  // commas compares the main clause's event with earlier ones; the date before the aside still reaches the trigger
  return !DATE_BARRIER.test((apposed ? between.slice(apposed[0].length) : between).replace(SINCE_ASIDE, ','));
}

/** ", on his first trip abroad since the invasion,": an aside holding a "since", closed before what follows. */
const SINCE_ASIDE = /,\s[^,;:—–()]*\bsince\b[^,;:—–()]*,/gi;

/** ", two days after the explosion on the bridge,", ", the day after the attack,": a count of time from another event, set off by commas. */
const APPOSED_COUNT =
  /^\s*,\s*(?:(?:just|only|barely|some|exactly)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several|the)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\b[^,;:—–()]*,/i;

/**
 * ", which annexed Crimea in " up to a date: a non-restrictive relative clause opened after a comma, not closed before it.
 * Not one of being somewhere ("Zelenskyy, who was in Tirana on Friday, called Trump": the main clause's time too).
 */
const ASIDE_OPENED = /,\s+(?:which|who|whose)\b(?!\s+(?:was|were|is|are|remains?|remained|stayed)\b)[^,;:—–()]*$/i;

/**
 * ", held at Dolmabahçe Palace on " up to a date: a participle of holding or settling opened after a common noun and a comma
 * ("The first round, held in Istanbul on 16 May, led to ...", "The grain deal, brokered by Turkey in July last year, let ..."),
 * the relative clause's reduced form. Not after a name ("Ukraine's army chief, Oleksandr Syrskyi, announced ...": the
 * main verb after an apposition).
 */
const PARTICIPLE_ASIDE_OPENED =
  /\p{Ll},\s+(?:held|signed|brokered|agreed|adopted|concluded|reached|sealed|mediated|convened|hosted|declared|announced|approved|arranged|negotiated|organi[sz]ed)\b[^,;:—–()]*$/u;

/**
 * "Russia, which annexed Crimea in 2014, signed a pact on Friday", "Ukraine, which lost Avdiivka in February 2024, retook
 * Robotyne", "The first round, held on 16 May, led to an exchange carried out from 23 May": a date inside a relative clause
 * (or its participle) set off by commas and closed before the trigger is that clause's verb's,
 * not the main clause's (the trigger's own date, or the story's, dates it).
 */
function inAsideBefore(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  if (d.charEnd > c.headOffset) return false;
  const told = ctx.body.slice(c.sentence.charStart, d.charStart);
  const opened = ASIDE_OPENED.exec(told) ?? PARTICIPLE_ASIDE_OPENED.exec(told);
  if (!opened) return false;
  // closed by a comma (or dash) after the date and before the trigger
  return /^[^,;:—–()]*[,—–]/.test(ctx.body.slice(d.charEnd, c.headOffset));
}

/**
 * "informs the Council that Bucha was retaken on Thursday 31 March, and that on Saturday the minister announced the whole
 * region had been liberated": a date before a second complement clause ("and that ...") the trigger is told in is the
 * first clause's (as one after the trigger past "and that" is the second's).
 */
function beforeSecondComplement(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  return d.charEnd <= c.headOffset && /\b(?:and|but|or)\s+that\b/.test(ctx.body.slice(d.charEnd, c.headOffset));
}

/** "On Wednesday, the Kremlin said Putin had told Trump in their call ...": a fronted date of the saying. */
function frontsASaying(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  const m = SPEECH_AFTER.exec(ctx.body.slice(d.charEnd, c.headOffset));
  return !!m && d.charEnd + m[0].length <= c.headOffset;
}

/**
 * Whether a date is in the trigger's clause: before it with no relative pronoun between, or after it with
 * no clause punctuation between.
 */
function inTriggerClause(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  // "had ordered the military to stop striking energy targets and that both sides would swap prisoners on Wednesday": a
  // second complement clause tells its own time
  if (d.charStart > c.headOffset) return !/[,;—–]|\b(?:and|but|or)\s+that\b/.test(ctx.body.slice(c.headOffset, d.charStart));
  const between = ctx.body.slice(d.charEnd, c.headOffset);
  // "suspended the deal in October 2022 after drones attacked its fleet on October 29": the trigger is in a
  // subordinate clause the date stands before; "the offensive began earlier that month; on 11 June Kyiv announced the
  // recapture": a semicolon closes the clause its date told
  return !between.includes(';') && !RELATIVE_PRONOUN.test(between) && !OPENS_SUBORDINATE.test(between);
}

/**
 * A subordinate clause opened after a date and running on to the trigger: "in October 2022 after drones attacked"
 * ("overnight into Friday, hours after they spoke" measures from the date: the aftermath rules read it).
 */
const OPENS_SUBORDINATE = /(?<!\b(?:hours|minutes|days|weeks|moments|shortly|just|soon|only|long)\s+)\b(?:after|before|when|once|until)\b[^,;—–]*$/i;

/** A date not after the day the sentence is told on, for what is told as done. */
function notAheadOfTelling(c: Candidate, toldDay: string, d: DateMention): boolean {
  return c.status !== 'occurred' || d.span!.startDate <= toldDay;
}

/** What talks yield: "produced", "yielded", "resulted in", "led to". */
const YIELDED = /\b(?:produced|yielded|resulted\s+in|led\s+to)\s+(?:[^,;:.—–]|[,.](?=\d)){0,40}$|\b(?:produced|yielded|resulted\s+in|led\s+to)\s+(?:[^;.]|[,.](?=\d)){0,40}:\s*(?:[^,;:.—–]|[,.](?=\d)){0,40}$|\b(?:produced|yielded)\s+(?:one|a|a\s+single)\s+(?:concrete\s+)?(?:thing|result|outcome),\s*(?:[^,;:.—–]|[,.](?=\d)){0,30}$/i;

/** An exchange that is the object of talks' yielding, in a sentence with no day or count of days after it ("carried out the same day"). */
function yieldedUndated(ctx: ArticleContext, c: Candidate, inSentence: DateMention[]): boolean {
  return c.type === 'prisoner_exchange' && YIELDED.test(ctx.body.slice(c.sentence.charStart, c.headOffset)) && !inSentence.some((d) => d.charStart > c.headOffset);
}

/** A date before the trigger, or after it introduced as the day of a saying. */
function datesTheSaying(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  return d.charEnd < c.headOffset || SAID_BY.test(ctx.body.slice(Math.max(c.sentence.charStart, d.charStart - 40), d.charStart));
}

/** "halt attacks for 30 days after the call": the "for" makes the length a duration, not an offset. */
function isLength(ctx: ArticleContext, d: DateMention): boolean {
  return d.kind === 'anchor' && /\bfor\s+$/i.test(ctx.body.slice(Math.max(0, d.charStart - 4), d.charStart));
}

/** A meeting lasts only what names it: "a two-day summit", "three days of talks" (not "for 30 days" told of a truce). */
const MEETING_NOUN_NEXT = /^\s+(?:summit|talks|meeting|conference|visit|negotiations)\b/;

function durationNamesIt(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  if (!LASTS_WHEN_NAMED.has(c.type)) return true;
  // after the noun, only as its own predicate: "talks lasting three days", "the summit ran for two days" ("leaders,
  // meeting in Kyiv on Saturday, demanded a 30-day ceasefire": the length is the truce's)
  // ("gather in Brazil on Monday for a two-day summit": a length before a noun of meeting names it too)
  // ("their first direct talks in three years", "the talks in two weeks": a time after "in" is since when or how soon, never how long)
  if (d.charStart >= c.headOffset) {
    const between = ctx.body.slice(c.headOffset, d.charStart);
    return (/^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+$/u.test(between) && !/\b(?:in|within)\s+$/i.test(between)) || MEETING_NOUN_NEXT.test(ctx.body.slice(d.charEnd, d.charEnd + 20));
  }
  return /^(?:\s+of)?\s*$/.test(ctx.body.slice(d.charEnd, c.headOffset));
}

/**
 * A count of days that names no event ("a day later", "the next day", "two days earlier") counts from the
 * date told before it: it dates the verb it stands before ("struck Kstovo on Tuesday and a day later hit
 * Ryazan", "and then, three days later, shelled Marhanets"), else the verb phrase it closes when that one is
 * coordinated after the date ("on Tuesday and struck Odesa a day later"). Returned when that verb is the
 * candidate's. ("the same day", "hours later" move no day: the date before stands.)
 */
function countedFromTheLast(ctx: ArticleContext, c: Candidate, inSentence: DateMention[], dated: DateMention): DateMention | undefined {
  const heads = mapped(kept(ctx.candidates, (o) => o.sentence === c.sentence), toldAt);
  for (const d of inSentence) {
    if (d.kind !== 'anchor' || d.anchor?.phrase || !d.anchor?.offsetDays || d.charStart < dated.charEnd || isLength(ctx, d)) continue;
    const next = Math.min(...heads.filter((h) => h >= d.charEnd));
    const previous = Math.max(...heads.filter((h) => h < d.charStart));
    const parenthetical = /,\s*$/.test(ctx.body.slice(d.charStart - 2, d.charStart)) && /^\s*,/.test(ctx.body.slice(d.charEnd));
    const takesNext = Number.isFinite(next) && (parenthetical || !CLAUSE_BREAK.test(ctx.body.slice(d.charEnd, next)));
    // closing a verb phrase, only one coordinated after the date ("the truce began on 8 May and ended two days later" dates the end, not the truce)
    // (in that phrase: not past a subordinate clause of another verb, "took X after troops withdrew on orders issued the
    // previous day")
    const closes =
      previous > dated.charEnd &&
      COORDINATOR.test(ctx.body.slice(dated.charEnd, previous)) &&
      !CLAUSE_BREAK.test(ctx.body.slice(previous, d.charStart)) &&
      !SUBORDINATE_OPENER.test(ctx.body.slice(previous, d.charStart));
    const owner = takesNext ? next : closes ? previous : undefined;
    if (owner === toldAt(c)) return d;
  }
  return undefined;
}
const CLAUSE_BREAK = /[,;—–]/;
/** A word opening a subordinate clause: what follows it is another verb's. */
const SUBORDINATE_OPENER = /\b(?:after|before|when|while|because|since|until|as|once|which|who|that)\b/i;

/**
 * The event's noun, then a participle of its making, up to a count of days: "a deal signed in Geneva ", "an agreement
 * reached ", "talks held in Abu Dhabi " (or the participle itself, when it is the trigger). Nothing but the
 * participle's own words (no clause mark) between.
 */
const PARTICIPLE_THEN_COUNT =
  /^(?:[\p{L}-]+\s+(?:[\p{L}'’-]+\s+){0,2}?)?(?:signed|agreed|reached|held|brokered|concluded|sealed|struck|negotiated|approved|adopted|announced|hammered\s+out)\b[^,;:—–.()]*$/u;

/** A bare count of days ("two days earlier", "the previous day": no event named) told after the candidate's head. */
function countAfterHead(c: Candidate, d: DateMention): boolean {
  return d.kind === 'anchor' && !d.anchor?.phrase && !!d.anchor?.offsetDays && d.charStart > c.headOffset;
}

/**
 * "Both armies halted fire on Wednesday under a deal signed in Geneva the day before", "exchanged on Friday under an
 * agreement reached two days earlier": a count of days naming no event, in a participle after the candidate's noun,
 * counts from the date told before the noun (which dated the main clause) and dates the noun's event.
 */
function countedInParticiple(ctx: ArticleContext, c: Candidate, inSentence: DateMention[]): DateMention | undefined {
  return inSentence.find(
    (d) =>
      countAfterHead(c, d) &&
      !isLength(ctx, d) &&
      !inSentence.some((o) => o.kind === 'date' && o.charStart > c.headOffset && o.charStart < d.charStart) &&
      PARTICIPLE_THEN_COUNT.test(ctx.body.slice(c.headOffset, d.charStart)),
  );
}

/** What joins a verb phrase to the one before it: "met Macron on Monday and spoke with Trump". */
const COORDINATOR = /\b(?:and|but|then)\b/i;

/**
 * "Zelenskyy met Macron in Paris on Monday and spoke with Trump on Wednesday", "Drones hit Kyiv on Tuesday and
 * struck Odesa on Wednesday": a date told after an earlier event of the sentence and before the coordinator
 * that opens the candidate's own verb phrase dates that earlier event; the candidate takes a date of its
 * own when it has one.
 */
function ofEarlierVerb(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  const at = toldAt(c);
  if (d.charEnd > at || !COORDINATOR.test(ctx.body.slice(d.charEnd, at))) return false;
  return ctx.candidates.some((o) => o.sentence === c.sentence && toldAt(o) < d.charStart && toldAt(o) !== at);
}

/** Where a candidate is told: its place for a place-bound event (one trigger's weapon may strike several places, each in its own verb phrase), else its trigger. */
const toldAt = (c: Candidate) => c.placeAt ?? c.headOffset;

/** What joins two years of a list: "of 2014 and 2015", "in 2008 and in 2014", "2014, 2015". */
const YEAR_LIST_LINK = /^\s*(?:,|,?\s+(?:and|or))\s+(?:in\s+)?$/;

/** "the Minsk agreements of 2014 and 2015", "in 2008 and in 2014": a year listed with another names events of history, not one. */
function inYearList(ctx: ArticleContext, d: DateMention, inSentence: DateMention[]): boolean {
  if (d.span?.precision !== 'year') return false;
  const between = (a: DateMention, b: DateMention) => ctx.body.slice(a.charEnd, b.charStart);
  return inSentence.some((o) => o !== d && o.kind === 'date' && o.span?.precision === 'year' && YEAR_LIST_LINK.test(o.charEnd <= d.charStart ? between(o, d) : between(d, o)));
}

/**
 * "Putin, who came to power in 1999, spoke with Trump on Monday", "drones struck a plant built in 1978 in Kremenchuk
 * on Monday": a date decades before the story (HISTORY_YEARS) in a sentence that also tells a date of the story's
 * time dates a clause of background, not the event; alone, it is the event's (and the scenario stage drops it).
 */
function storyTimeFirst(ctx: ArticleContext, dates: DateMention[]): DateMention[] {
  const before = historyBefore(ctx);
  const recent = dates.filter((d) => d.span!.endDate >= before);
  return recent.length ? recent : dates;
}

/**
 * "a 30-hour truce for Easter, from 19 to 20 April, and a three-day one for Victory Day, from 8 to 10 May": with two truces
 * in one sentence, a date belongs to the truce told last before it (a date before both, to the first). `heads`: where the
 * sentence's truces of the candidate's type are told (none for another type).
 */
function ownTruceDate(c: Candidate, d: DateMention, heads: number[]): boolean {
  if (heads.length < 2) return true;
  const before = heads.filter((h) => h < d.charStart);
  const owner = before.length ? Math.max(...before) : Math.min(...heads);
  return owner === c.headOffset;
}

/** What sets a day off after the period it narrows: "Earlier this month, on August 16,", "last week (on Tuesday)". */
const APPOSING = /^\s*(?:,|\(|[—–])\s*(?:on\s+|in\s+)?$/;
/** "that month", "later that week": a period named by pointing back, whose value is the day set off after it. */
const POINTING_BACK = /\bthat\s+(?:week|month|year)\b/i;

/**
 * "Earlier this month, on August 16, Maliar announced ...", "Later that month, on 20 May, Wagner claimed ...": a week,
 * month or year with a day set off right after it, inside it (or with "that" pointing to it), is one date told twice:
 * the day. The period is left out, whatever role (event's or saying's) the day plays.
 */
function apposedToDay(ctx: ArticleContext, d: DateMention, inSentence: DateMention[]): boolean {
  const precision = d.span!.precision;
  if (precision === 'day') return false;
  const next = inSentence.find((o) => o.charStart >= d.charEnd);
  if (!next || next.kind !== 'date' || next.span?.precision !== 'day' || !APPOSING.test(ctx.body.slice(d.charEnd, next.charStart))) return false;
  return (next.span.startDate >= d.span!.startDate && next.span.endDate <= d.span!.endDate) || POINTING_BACK.test(d.text);
}

/**
 * "the EU adopted its 19th package, which will ban imports of Russian gas from January 2027": a day a measure starts to
 * apply, after the trigger and still to come when told, is no day of the decision (a sanctions or aid decision is dated
 * by its taking; its later start is the measure's).
 */
function measureStarts(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  if (!DECIDED_WHEN_TOLD.has(c.type) || d.charStart < c.headOffset || d.span!.startDate <= dayOf(ctx, c.sentence)) return false;
  return STATE_START.test(ctx.body.slice(Math.max(c.sentence.charStart, d.charStart - 40), d.charStart));
}

/** "on a Monday", "on any Friday": a weekday with an indefinite article names no day. */
const ANY_WEEKDAY = /\bon\s+(?:a|any|every|each)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Own dates, durations and anchors of each candidate's sentence. */
/** A truce's or a swap's noun and the word that gives its time after it: "a ceasefire over Christmas", "a truce for Easter". */
const KIND_SPANNED = /\b(?:(ceasefire|cease-fire|truce|armistice|moratorium)|(exchange|swap))\s+(?:over|for|during)\s+(?:the\s+)?$/i;

/**
 * "said he had spoken to Putin by telephone and had proposed a ceasefire over Christmas": a time told as the span of a
 * truce or a swap named right before it is that event's, not the time of an event of another kind in the sentence.
 */
function spanOfOtherKind(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  const m = KIND_SPANNED.exec(ctx.body.slice(Math.max(c.sentence.charStart, d.charStart - 40), d.charStart));
  if (!m) return false;
  return (m[1] ? 'ceasefire' : 'prisoner_exchange') !== c.type;
}

/**
 * "Biden, who is attending the G20 summit in Bali, spoke to Duda by phone late last night", "Zelenskyy, who is in Canada for
 * the G7 summit, ...": a relative clause in the present progressive tells an event going on as the story is told; the
 * main clause's day is its own verb's, not the summit's.
 */
const ONGOING_ASIDE =
  /[,(]\s*(?:who|which)\s+(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:attending|visiting|hosting|chairing|in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:for|at))\s+(?:[\p{L}\d'’-]+\s+){0,4}$/u;

/** The meeting named inside such an aside, with no date of its own before the aside closes. */
function ongoingInAside(ctx: ArticleContext, c: Candidate): boolean {
  if (c.type !== 'meeting') return false;
  const m = ONGOING_ASIDE.exec(ctx.body.slice(c.sentence.charStart, c.headOffset));
  if (!m) return false;
  const from = c.sentence.charStart + m.index;
  const close = ctx.body.slice(c.headOffset, c.sentence.charEnd).search(/[,;:)—–]/);
  const to = close < 0 ? c.sentence.charEnd : c.headOffset + close;
  return !ctx.dates.some((d) => d.charStart >= from && d.charStart < to);
}

const ownDatesStage: Stage = (ctx) => {
  // candidates this stage finds told as no event of the story: a year of a list, a kind of truce, an exchange talks yielded
  const noEvent = new Set<Candidate>();
  for (const c of ctx.candidates) {
    if (ongoingInAside(ctx, c)) {
      c.date = { span: storyDay(ctx, c.sentence), certainty: 'inferred', dateText: null, own: false };
      continue;
    }
    const inSentence = mentionsIn(ctx, c.sentence);
    const asAnchor = dateAsAnchorEvent(ctx, c, inSentence);
    if (asAnchor) {
      c.date = asAnchor;
      continue;
    }
    const frontedEnd = frontedAftermathEnd(ctx, c) ?? Infinity;
    const setOff = setOffAnchor(ctx, inSentence);
    // (the truces of its sentence, when it is one: found once, not for each of the sentence's dates)
    const truceHeads = TAKES_EFFECT.has(c.type) ? mapped(kept(ctx.candidates, (o) => o.sentence === c.sentence && o.type === c.type), (o) => o.headOffset) : [];
    const usable = storyTimeFirst(
      ctx,
      inSentence.filter(
        (d) => d.kind === 'date' && d.span && d !== setOff?.date && !datesANoun(ctx, d) && !apposedToDay(ctx, d, inSentence) && !measureStarts(ctx, c, d) && reachesTrigger(ctx, c, frontedEnd, d) && !inAsideBefore(ctx, c, d) && !beforeSecondComplement(ctx, c, d) && ownTruceDate(c, d, truceHeads) && !spanOfOtherKind(ctx, c, d) && !periodDecided(ctx, c, d),
      ),
    );
    // "Trump said on Friday that he would meet Putin on August 15": Friday dates the saying, as does a fronted date of the saying
    const eventDates = usable.filter((d) => !SPEECH_DATE.test(ctx.body.slice(Math.max(c.sentence.charStart, d.charStart - 60), d.charStart)) && !frontsASaying(ctx, c, d));
    // a truce is dated by when it starts: "from noon on Friday", "starting Monday", "effective 8 May"
    const startsEffect = TAKES_EFFECT.has(c.type)
      ? usable.find(
          (d) =>
            EFFECT_START.test(ctx.body.slice(Math.max(c.sentence.charStart, d.charStart - 45), d.charStart)) ||
            startVerbOf(ctx, c, d) ||
            (d.charStart > c.headOffset && TRUCE_FOR.test(ctx.body.slice(c.headOffset, d.charStart))),
        ) ?? startToldNext(ctx, c)
      : undefined;
    // "shelling went on overnight despite the Easter truce that Putin announced on Saturday", "the moratorium agreed
    // last month": a date in the truce's own relative or participle clause is the truce's, not the outer verb's
    const declaredWith = TAKES_EFFECT.has(c.type) ? usable.find((d) => d.charStart > c.headOffset && DECLARED_BY_CLAUSE.test(ctx.body.slice(c.headOffset, d.charStart))) : undefined;
    // "freed 390 people on Friday in the largest exchange, agreed at talks last week": a date in a clause
    // after the trigger's belongs to that clause when the trigger's own clause has one
    // (a fronted "On 28 April, ..." still dates the main clause); the trigger's clause, with its reporting
    // frame ("told Putin on Saturday that X had been taken"), before the dates of another clause
    // ("sentenced her on Thursday for the bombing that killed him on 2 April 2023": a trigger inside a relative
    // clause is not dated by the main clause's date before it)
    // "says artillery has kept firing ..., and proposes stretching the pause beyond Easter Sunday": another
    // clause's date still to come does not date what is told as done
    const toldDay = dayOf(ctx, c.sentence);
    const preference = [
      // "proposed that the delegations resume the negotiations broken off in 2022, in Istanbul on Thursday": what is planned
      // takes the day ahead its sentence gives it after it
      c.status === 'planned' ? eventDates.filter((d) => d.charStart > c.headOffset && d.span!.precision === 'day' && d.span!.startDate > toldDay) : [],
      eventDates.filter((d) => inTriggerClause(ctx, c, d) && !ofEarlierVerb(ctx, c, d)),
      eventDates.filter((d) => inTriggerClause(ctx, c, d)),
      usable.filter((d) => inTriggerClause(ctx, c, d)),
      eventDates.filter((d) => notAheadOfTelling(c, toldDay, d)),
      usable.filter((d) => notAheadOfTelling(c, toldDay, d)),
    ];
    // "the swap, which the sides agreed in Istanbul on 16 May, was carried out from 23 May": a date of a relative
    // clause after the trigger is its own verb's, taken only when the sentence gives no other
    // ("declared a truce from the evening of 19 April to the end of 20 April, on the day the sides swapped prisoners": a
    // day bounding a state's window is the state's, not a happening's)
    // (read only when no date above is chosen, and only up to the first list with such a date)
    const chosen =
      startsEffect ??
      declaredWith ??
      restatedDate(ctx, c, usable) ??
      placeDate(ctx, c, eventDates) ??
      nearest(firstKept(preference, (d) => !inRelativeClauseAfter(ctx, c, d, inSentence) && !boundsTruceTold(ctx, c, d)) ?? preference.map((list) => list.filter((d) => !settledBefore(ctx, c, d) && !datesAnotherAct(ctx, c, d, inSentence))).find((list) => list.length) ?? [], c.headOffset);
    const narrowed = (chosen && narrowerDay(ctx, c, chosen, eventDates)) ?? chosen;
    const dated = (narrowed && windowOpening(ctx, c, narrowed, inSentence)) || narrowed;
    // "Shelling hit Kherson on Friday; a day earlier, drones struck Odesa": the trigger's own clause has an anchor
    const ownClauseAnchor =
      dated &&
      inSentence.some((d) => d.kind === 'anchor' && d.charStart > dated.charEnd && d.charEnd <= c.headOffset && /[;—–]/.test(ctx.body.slice(dated.charEnd, d.charStart)));
    // "the ministry said on Monday its missiles had hit Sumy": the hit came before the saying; the story told
    // before dates it, else the saying day will (fallback)
    // "In the call, Putin agreed ..., the Kremlin said on Tuesday": the call told before, not one on the day it was reported
    // (not "The freeze, announced on March 3": a participle dates the noun itself)
    const toldBefore =
      DEFINITE.test(ctx.body.slice(c.sentence.charStart, c.headOffset)) && ctx.candidates.some((o) => o.type === c.type && o.headOffset < c.headOffset);
    const reportedBefore =
      dated &&
      !eventDates.includes(dated) &&
      ((toldBefore && datesTheSaying(ctx, c, dated)) || (dated.charEnd < c.headOffset && PAST_PERFECT.test(clauseAfter(ctx, dated.charEnd, c.sentence.charEnd))));
    if (reportedBefore) c.reportedOn = dated;
    // "A day later the EU adopted its package, which bans gas from 2027": a date only another clause gives
    // yields to an anchor of the trigger's own clause
    const anchoredInstead =
      dated && !inTriggerClause(ctx, c, dated) && inSentence.some((d) => d.kind === 'anchor' && d.charStart < c.headOffset && !/[,;—–]/.test(ctx.body.slice(d.charEnd, c.headOffset)));
    // "Drones hit Kstovo on Tuesday and a day later struck Ryazan": the count of days, nearer, is the second verb's
    // ("halted fire on Wednesday under a deal signed in Geneva the day before": the participle's count is the deal's)
    const countedOn =
      dated?.span?.precision === 'day' && dated.charEnd <= toldAt(c) ? (countedFromTheLast(ctx, c, inSentence, dated) ?? countedInParticiple(ctx, c, inSentence)) : undefined;
    if (countedOn) {
      const day = addDays(dated!.span!.startDate, countedOn.anchor!.offsetDays);
      c.date = relativeDay(day, countedOn.text);
      ctx.dates.push({ ...countedOn, value: day, span: c.date.span });
      continue;
    }
    // "followed Putin's meeting with Witkoff three days earlier, and a brief encounter on Saturday": a count of days
    // closing the trigger's own phrase is its date; a day told after it, past an "and", is the next phrase's
    const countedInPhrase =
      dated &&
      dated.charStart > c.headOffset &&
      inSentence.some(
        (d) =>
          countAfterHead(c, d) &&
          d.charEnd <= dated.charStart &&
          !/[,;:—–()]/.test(ctx.body.slice(c.headOffset, d.charStart)) &&
          /^\s*,?\s+and\b/.test(ctx.body.slice(d.charEnd, dated.charStart)),
      );
    // "exchanged prisoners on Wednesday, officials said, the first step to follow a call between the presidents the previous
    // day": a count of days closing the trigger's own phrase is its date, not a day told before it across a comma
    const countClosesPhrase =
      dated &&
      dated.charEnd <= c.headOffset &&
      ctx.body.slice(dated.charEnd, c.headOffset).includes(',') &&
      inSentence.some(
        (d) =>
          countAfterHead(c, d) &&
          !isLength(ctx, d) &&
          !/[,;:—–()]/.test(ctx.body.slice(c.headOffset, d.charStart)) &&
          // (the phrase's own: not past a subordinate clause, another event or another date)
          !SUBORDINATE_OPENER.test(ctx.body.slice(c.headOffset, d.charStart)) &&
          !ctx.candidates.some((o) => o.sentence === c.sentence && toldAt(o) > toldAt(c) && toldAt(o) < d.charStart) &&
          !inSentence.some((o) => o.kind === 'date' && o.charStart > c.headOffset && o.charStart < d.charStart),
      );
    const own = ownClauseAnchor || reportedBefore || anchoredInstead || countedInPhrase || countClosesPhrase ? undefined : dated;
    if (!own && setOff && (c.headOffset < setOff.anchor.charStart || c.headOffset >= setOff.date.charEnd)) {
      const day = addDays(setOff.date.span!.startDate, setOff.anchor.anchor!.offsetDays);
      c.date = relativeDay(day, setOff.anchor.text);
      continue;
    }
    if (own && inYearList(ctx, own, inSentence)) {
      noEvent.add(c);
      continue;
    }
    // "a truce signed on a Monday is only as good as the Tuesday after", "says a ceasefire will begin at midnight on a
    // Monday": a truce told in a sentence timed by any day of a weekday's name is a kind of truce, not one
    if (TAKES_EFFECT.has(c.type) && ANY_WEEKDAY.test(c.sentence.text)) {
      noEvent.add(c);
      continue;
    }
    // "after the first round on 16 May produced a 1,000-for-1,000 prisoner exchange", "they produced one concrete thing, an
    // exchange of a thousand for a thousand": an exchange told as what talks yielded, with no day of its own after it, is
    // background (the talks' day is not its day; "produced a swap carried out from 23 May" has one)
    if (yieldedUndated(ctx, c, inSentence)) {
      noEvent.add(c);
      continue;
    }
    if (own) {
      const ofSaying = !eventDates.includes(own) && own !== startsEffect;
      // (a window a truce of the sentence took is the truce's, not a happening's told beside it)
      const range = rangeFrom(ctx, own, inSentence);
      const truceRange = range && !TAKES_EFFECT.has(c.type) && inTruceTold(ctx, c, range.endDate);
      c.date = { span: (!truceRange && range) || spanOf(own), certainty: own.certainty, dateText: own.text, own: true, ofSaying };
      // "a truce from Saturday evening until the end of Sunday": the truce ends on the "until" date
      const until = TAKES_EFFECT.has(c.type)
        ? inSentence.find((d) => d.kind === 'date' && d.span && d.charStart > own.charEnd && untilDay(c.date!.span.startDate, d, ctx.body) && untilBefore(ctx, own.charEnd, d))
        : undefined;
      if (until && c.date.span.precision === 'day') c.date.span = { ...c.date.span, endDate: untilDay(c.date.span.startDate, until, ctx.body)! };
      const window = TAKES_EFFECT.has(c.type) ? headWindow(ctx, c, inSentence) : null;
      if (window) c.date.span = window;
      // "The Kremlin announced on Thursday a truce that comes into force on Friday", told on Saturday: the timetable
      // present counts its weekday from the telling's day, which may leave it behind the story
      const fromTelling = own === startsEffect ? weekdayAfterTelling(ctx, own, inSentence) : undefined;
      // (an end told by "until" after it stays: "from 6 p.m. on Saturday until midnight after Easter Sunday")
      if (fromTelling) c.date.span = { startDate: fromTelling, endDate: (until && untilDay(fromTelling, until, ctx.body)) || fromTelling, precision: 'day' };
      const tense = fromTelling && fromTelling < toldDay ? 'past' : own.tense;
      // "declared a truce for 8-10 May" on 28 April: a truce that starts after the day it is told of is still to come;
      // one that started before it ("said the truce would run from Saturday", told on Monday) has begun
      const startsLater = TAKES_EFFECT.has(c.type) && c.date.span.startDate > toldDay;
      if ((tense === 'future' || startsLater) && PLANNABLE.has(c.type)) c.status = 'planned';
      if (TAKES_EFFECT.has(c.type) && c.date.span.startDate < toldDay && tense !== 'future') c.status = 'occurred';
      // "drones hit Kyiv overnight, hours after Trump and Putin spoke": the night's "hours before" is the evening before
      const eveningBefore =
        own.charEnd <= c.headOffset &&
        c.date.span.precision === 'day' &&
        ((NIGHT.test(own.text) && HOURS_AFTER.test(ctx.body.slice(own.charEnd, c.headOffset))) ||
          (OVERNIGHT.test(own.text) && HOURS_AFTER_CLAUSE.test(ctx.body.slice(own.charEnd, c.headOffset))));
      // "the leaders met Putin last night", "the Senate passed the bill last night", told the next day: a meeting, a call,
      // a vote or a signing told by "last night" was held in the evening before the day of telling (a night's strikes and
      // fighting run into the day of telling, and are dated by it)
      const lastEvening = EVENING_ACTS.has(c.type) && c.date.span.precision === 'day' && LAST_NIGHT.test(own.text) && c.date.span.startDate === toldDay;
      if (eveningBefore || lastEvening) {
        const day = addDays(c.date.span.startDate, -1);
        c.date = { ...c.date, span: { startDate: day, endDate: day, precision: 'day' }, certainty: 'relative' };
      }
    }
    const duration = nearest(inSentence.filter((d) => (d.kind === 'duration' && d.durationDays) || (isLength(ctx, d) && d.anchor?.offsetDays)), c.headOffset);
    if (duration && durationNamesIt(ctx, c, duration)) c.durationDays = duration.durationDays ?? Math.abs(duration.anchor!.offsetDays);
    // "Russia's 72-hour truce ended at midnight": a truce of known length dated back from its end
    const ended = TAKES_EFFECT.has(c.type) && c.durationDays ? endOf(ctx, c, inSentence) : undefined;
    if (ended && (!own || own === ended.date)) {
      const start = addDays(ended.day, -(c.durationDays! - 1));
      c.date = { span: { startDate: start, endDate: ended.day, precision: 'day' }, certainty: 'relative', dateText: ended.text, own: true };
      c.durationDays = undefined;
      // told with its length and its end, it is a particular truce even when no other sentence tells it
      c.remention = false;
      continue;
    }
    // "last month's energy truce lapsed on Friday": a truce told only by the day it ended, of no known length, is one
    // told before (its own date is no start); alone it is no event
    const endTold = TAKES_EFFECT.has(c.type) && !c.durationDays && own ? endOf(ctx, c, inSentence) : undefined;
    // "The ceasefire was extended on Wednesday": the day of an extension is no truce's start when the truce was told
    // before (alone, "the ceasefire was renewed on Monday" is a truce dated by that day)
    if (
      TAKES_EFFECT.has(c.type) &&
      EXTENDED.test(ctx.body.slice(c.headOffset, c.sentence.charEnd)) &&
      ctx.candidates.some((o) => TAKES_EFFECT.has(o.type) && o.headOffset < c.sentence.charStart)
    )
      c.remention = true;
    if (endTold && endTold.date === own) Object.assign(c, { remention: true, endsOn: endTold.day });
    // "Putin's Easter truce, declared on Saturday, ended at midnight on Sunday": its own day to the day it ended
    else if (endTold && c.date?.span.precision === 'day' && endTold.day > c.date.span.endDate) c.date.span = { ...c.date.span, endDate: endTold.day };
    // "Three days earlier, X urged Y in a call ..., and the order followed the same afternoon": the later clause's anchor is its own
    // ("the exchange agreed in Istanbul a week earlier": the count of days dates the agreeing, not the exchange)
    const anchors = inSentence.filter((d) => d.kind === 'anchor' && !isLength(ctx, d) && !settledBefore(ctx, c, d));
    const clauseAnchors = anchors.filter((d) => inTriggerClause(ctx, c, d));
    // ("X had taken Soledar; Wagner had claimed the town two days earlier": a count past a semicolon after the trigger is
    // the next main clause's, never the trigger's)
    const reachable = clauseAnchors.length ? clauseAnchors : anchors.filter((d) => d.charStart < c.headOffset || !ctx.body.slice(c.headOffset, d.charStart).includes(';'));
    const anchor = nearest(reachable, c.headOffset) ?? bareAnchor(c);
    if (anchor && !own) c.anchor = anchor;
  }
  ctx.candidates = kept(ctx.candidates, (c) => !overWeeks(c) && !noEvent.has(c)).flatMap((c) => toldAgain(ctx, c)).flatMap((c) => listedDays(ctx, c));
};

/** What joins the days of a list: "16 May and 2 June", "31 October, 15 November and 23 November", "on 3 and on 5 June". */
const DAY_LIST_LINK = /^\s*(?:,|,?\s+(?:and|or))\s+(?:(?:on|of)\s+)?$/;

/** Whether two days of a sentence are items of one list (a function of its own, not a closure made per candidate). */
function dayListLinked(ctx: ArticleContext, a: DateMention, b: DateMention): boolean {
  return DAY_LIST_LINK.test(ctx.body.slice(a.charEnd, b.charStart));
}

/**
 * "the negotiations in Istanbul, which took place on 16 May and 2 June", "the waves of 31 October, 15 November and 23
 * November, when missiles hit Kyiv": an event dated by one day of a list of days is told once per day ("between 16 May
 * and 2 June" is a range, "in 2014 and 2015" a list of years read elsewhere).
 */
function listedDays(ctx: ArticleContext, c: Candidate): Candidate[] {
  if (!c.date?.own || c.date.ofSaying || c.date.span.precision !== 'day' || c.date.span.endDate !== c.date.span.startDate || TAKES_EFFECT.has(c.type)) return [c];
  const days = mentionsIn(ctx, c.sentence).filter((d) => d.kind === 'date' && d.span?.precision === 'day' && d.span.startDate === d.span.endDate);
  const at = days.findIndex((d) => d.text === c.date!.dateText && d.span!.startDate === c.date!.span.startDate);
  if (at < 0) return [c];
  let first = at;
  while (first > 0 && dayListLinked(ctx, days[first - 1], days[first])) first--;
  let last = at;
  while (last < days.length - 1 && dayListLinked(ctx, days[last], days[last + 1])) last++;
  if (first === last || /\bbetween\s+$/i.test(ctx.body.slice(Math.max(c.sentence.charStart, days[first].charStart - 12), days[first].charStart))) return [c];
  // two days running are one event over both ("on Wednesday and Thursday", read as a span by rangeFrom)
  if (last === first + 1 && days[last].span!.startDate === addDays(days[first].span!.endDate, 1)) return [c];
  const told = new Set<string>();
  return days.slice(first, last + 1).flatMap((d) => {
    if (told.has(d.span!.startDate)) return [];
    told.add(d.span!.startDate);
    return [d === days[at] ? c : { ...c, date: { ...c.date!, span: d.span!, certainty: d.certainty, dateText: d.text } }];
  });
}

/** How many days a strike told over a range of days may last: a night's wave, or a few days of one offensive. */
const STRIKE_RANGE_DAYS = 7;

/**
 * "Between 1 and 30 June, monitors verified 174 civilians killed, most by glide bombs and missiles": strikes
 * told over a range of weeks are a tally of many strikes, not one.
 */
function overWeeks(c: Candidate): boolean {
  const span = c.date?.span;
  return !!FAMILY[c.type] && !!span && span.precision === 'day' && addDays(span.startDate, STRIKE_RANGE_DAYS) < span.endDate;
}

/** "hit Odesa overnight into Tuesday and again, harder, overnight into Wednesday": the same act on a second day. */
const AND_AGAIN = /^[^.;]{0,40}?\band\s+(?:again|once\s+more)\b[^.;]{0,25}$/i;

/**
 * An event whose own date is followed by "and again" and a second date is told twice: one event per
 * day. A place named only after the second date ("..., when terminals in Chornomorsk were hit") is of
 * that day alone.
 */
function toldAgain(ctx: ArticleContext, c: Candidate): Candidate[] {
  if (!c.date?.own || c.date.ofSaying || !c.date.dateText) return [c];
  const inSentence = mentionsIn(ctx, c.sentence);
  const first = inSentence.find((d) => d.text === c.date!.dateText && d.charStart > c.headOffset);
  const again = first && inSentence.find((d) => d.kind === 'date' && d.span && d.charStart > first.charEnd && AND_AGAIN.test(ctx.body.slice(first.charEnd, d.charStart)));
  const told = again ? [again] : [];
  // "met the Ukrainian delegation on Sunday and the Russian one on Monday": each further partner with a day of its own
  let last = again ?? first;
  for (let next = last && nextDay(inSentence, last); next && last && HELD_WITH_PARTNERS.has(c.type) && gappedPartner(ctx.body.slice(last.charEnd, next.charStart)); next = nextDay(inSentence, last)) {
    told.push(next);
    last = next;
  }
  if (!told.length) return [c];
  const others: Candidate[] = told.map((d, k) => {
    // (a partner's clause that names a place holds that meeting there: "... and Starmer in London on Thursday")
    const from = (k ? told[k - 1] : first!).charEnd - c.sentence.charStart;
    const placed = d === again ? [] : sentencePlaces(ctx, c.sentence).filter((p) => p.start >= from && p.end <= d.charStart - c.sentence.charStart).map((p) => p.place);
    return { ...c, date: { ...c.date!, span: d.span!, certainty: d.certainty, dateText: d.text }, ...(placed.length ? { places: placed } : {}) };
  });
  const place = c.places[0]?.name;
  const placeTold = place ? c.sentence.text.indexOf(place) + c.sentence.charStart : -1;
  return placeTold > told[0].charStart ? others : [c, ...others];
}

/** Events held with a partner, told again for a second partner in a gapped clause: calls, meetings, signings. */
const HELD_WITH_PARTNERS = new Set<EventType>(['phone_call', 'meeting', 'agreement']);

/** The first dated mention after `d` in the sentence. */
function nextDay(inSentence: DateMention[], d: DateMention): DateMention | undefined {
  return inSentence.find((o) => o.kind === 'date' && o.span && o.charStart >= d.charEnd);
}

/** Between two days: "and", a few words, and "on" before the second day. */
const GAPPED_CLAUSE = /^\s*,?\s*and\s+((?:[\p{L}'’.-]+\s+){1,9}?)(?:on\s+)?$/u;
/** The lower-case words a partner's gapped clause may hold besides names: determiners, offices, a text signed, a place's preposition. */
const GAP_WORDS = new Set(['with', 'to', 'a', 'an', 'the', 'another', 'similar', 'his', 'her', 'their', 'its', 'in', 'at', 'document', 'agreement', 'deal', 'pact', 'accord', 'treaty', 'delegation', 'delegations', 'team', 'side', 'leader', 'leaders', 'counterpart', 'president', 'prime', 'minister', 'chancellor', 'foreign', 'envoy', 'officials']);
/**
 * "... on February 16 and a similar document with French President Emmanuel Macron in Paris the same evening", "... on
 * Monday, and the Russian delegation on Tuesday": the words between two days are "and", then only a partner (names,
 * an office, "the ... delegation", "another", "a similar document", "with"/"to"), at most a place: the verb is left out
 * and the same act is told of the next partner on the next day (a verb of its own, "and thanked Starmer on Thursday",
 * "and said on Tuesday", is no gap; "and again on" is AND_AGAIN's).
 */
function gappedPartner(gap: string): boolean {
  const words = GAPPED_CLAUSE.exec(gap)?.[1].trim().split(/\s+/);
  if (!words || /^(?:again|once|then|also|later)$/i.test(words[0])) return false;
  const named = words.some((w) => /^\p{Lu}/u.test(w));
  return words.every((w) => GAP_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) && (named || words.some((w) => /^(?:delegation|delegations|team|side|counterpart|leaders?)$/.test(w.toLowerCase())));
}

/**
 * A clause set off after the event's noun phrase that tells when it happened: ", which took place on", ", which was
 * carried out on", ", held in Rome on". Subject relatives of a verb of happening, or a participle of holding, only: a
 * relative after a place ("Kharkiv, which was shelled on Monday") tells of the place.
 */
const RESTATED_WHEN =
  /^[^.;,]{0,60},\s+(?:(?:which|that)\s+(?:took place|happened|occurred|(?:was|were)\s+(?:held|carried out|signed|agreed|concluded|completed|conducted|staged)|(?:is|are|was|were)\s+(?:scheduled|planned|set|slated|due))|(?:held|carried out|signed|concluded|conducted|staged|scheduled|planned|slated|set)(?!\s+by\b))\s+(?:[^,;.]{0,40}?\s)?(?:(?:late|early)\s+)?(?:on|in|for)?\s*$/i;

/**
 * "The Kremlin on Friday confirmed the call, which took place on Wednesday", "described his meeting with Trump, held
 * in Rome on Wednesday, as productive": the day such a clause gives is the event's own, not the main clause's
 * (the day of the confirming or describing).
 * So is a participle of scheduling: "informed him of his meeting with Zelensky, scheduled in Washington for tomorrow",
 * "the talks, which are set for Friday".
 */
function restatedDate(ctx: ArticleContext, c: Candidate, usable: DateMention[]): DateMention | undefined {
  return usable.find((d) => d.charStart > c.headOffset && RESTATED_WHEN.test(ctx.body.slice(c.headOffset, d.charStart)));
}

/** The words between a place and the date that closes its list item: "Kupiansk on ", "Odesa early on ". */
const PLACE_THEN_DATE = /^[\p{L}'’ -]{0,30}?\s+(?:(?:early|late)\s+)?(?:(?:on|in)\s+(?:the\s+)?)?$/u;

/**
 * "took Izium on 10 September and Kupiansk on 1 October": with several dates in the sentence, a place
 * followed by its own date is dated by it rather than by the date nearest the trigger.
 */
function placeDate(ctx: ArticleContext, c: Candidate, dates: DateMention[]): DateMention | undefined {
  const at = c.placeAt;
  if (at === undefined || dates.length < 2) return undefined;
  const own = dates.find((d) => d.charStart > at && PLACE_THEN_DATE.test(ctx.body.slice(at, d.charStart)));
  if (!own) return undefined;
  // only items of a coordination: "X on D1 and" or "and Y on D2" after another dated item
  const opensList = /^\s*,?\s+and\s/.test(ctx.body.slice(own.charEnd, own.charEnd + 6));
  const closesList = /\band\s+$/.test(ctx.body.slice(Math.max(0, at - 5), at)) && dates.some((d) => d.charEnd <= at && d.charStart > c.headOffset);
  return opensList || closesList ? own : undefined;
}

/**
 * "the truce ended at midnight", "expired on Sunday": the verb after a truce that dates its end; its end told ahead
 * ("is due to end at midnight Saturday", "will expire on Sunday", "ends at 18:00 on Monday") dates its end as well,
 * never its start (group 1: told ahead).
 */
const ENDED =
  /^(?:[^.;,]{0,40}?|[^.;,]{0,40}?,\s+(?:which\s+(?:had\s+)?|[^.;,]{0,40}?,\s+))\b(?:ended|expired|lapsed|ran out|came to an end|((?:is|are|was|were)\s+(?:due|set|scheduled|expected)\s+to\s+(?:end|expire|lapse|run out)|will\s+(?:end|expire|lapse|run out)|ends|expires|lapses|runs out))\b/i;

/** The last day of a truce told by its end: the date after "ended", or the midnight just gone. */
function endOf(ctx: ArticleContext, c: Candidate, inSentence: DateMention[]): { day: string; text: string; date?: DateMention } | undefined {
  const m = ENDED.exec(ctx.body.slice(c.headOffset, c.sentence.charEnd));
  if (!m) return undefined;
  const verbEnd = c.headOffset + m[0].length;
  const clauseEnd = verbEnd + (/[,;]/.exec(ctx.body.slice(verbEnd, c.sentence.charEnd))?.index ?? c.sentence.charEnd - verbEnd);
  const date = inSentence.find((d) => d.kind === 'date' && d.span?.precision === 'day' && d.charStart >= verbEnd && d.charStart < clauseEnd);
  if (date) return { day: date.span!.endDate, text: date.text, date };
  // "ended at midnight" in a report of the morning after: the end of the day before publication ("will end at
  // midnight" is tonight's)
  const midnight = m[1] ? null : /^\s+at\s+midnight\b/i.exec(ctx.body.slice(verbEnd));
  return midnight && !ctx.ref.fromIngestTime ? { day: addDays(dayOf(ctx, c.sentence), -1), text: midnight[0].trim() } : undefined;
}

const NIGHT = /\bovernight\b|\bnight\b/i;
/** "last night" alone ("late last night" is the evening before already). */
const LAST_NIGHT = /^last night$/i;
/** Acts of an evening, not of a night: held, talked, voted, signed or decided before midnight. */
const EVENING_ACTS = new Set<EventType>(['meeting', 'phone_call', 'statement', 'agreement', 'aid_decision', 'sanctions']);
/** "..., hours after": what follows happened within hours before the main clause's time. */
const HOURS_AFTER = /^[^.;]{0,20}\b(?:hours|minutes|shortly|just|soon)\s+after\b/i;
/**
 * "Russia launched drones overnight, sending 500 of them at Kyiv, hours after Trump and Putin spoke by phone": the
 * trigger inside an "hours after" clause later in the night's sentence happened the evening before it too.
 */
const HOURS_AFTER_CLAUSE = /\b(?:hours|minutes|shortly|just|soon)\s+after\b[^;,—–]*$/i;
const OVERNIGHT = /\bovernight\b/i;
// ("until midnight after Easter Sunday": the midnight that closes that day)
/** "midnight on the night from Sunday to Monday", "midnight on the night of 8 to 9 May": the midnight that ends the first day. */
const NIGHT_UNTIL = /midnight\s+(?:on\s+)?the\s+night\s+(?:of|from)\s+(?:the\s+)?/;
const NIGHT_UNTIL_BEFORE = new RegExp(`${NIGHT_UNTIL.source}$`, 'i');
/** A night told as its two days in one expression ("8 to 9 May", "8-9 May"), which the date layer reads as the second. */
const TWO_DAY_NIGHT = /^\d{1,2}\s*(?:to|into|-|–)\s*\d{1,2}\b/i;
// ("until midnight on the night from Sunday to Monday", "until midnight on the night of 8 to 9 May": the night's first day)
// ("until midnight at the end of 20 April": the clock, then the end of the day it closes)
const UNTIL = new RegExp(
  String.raw`\b(?:until|till|through|to)\s+(?:(?:midnight|\d{1,2}[:.]\d{2})\s+(?:at\s+)?(?=(?:the\s+)?(?:end|close)\s+of\s))?(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:${CLOCK}|midnight\s+after\s+|${NIGHT_UNTIL.source})$`,
  'iu',
);
/** "until 00:00 on 11 May": the first minute of a day, so the window's last day is the day before it. */
const DAY_START_CLOCK = /\b00[:.]?00(?:\s+(?:\p{L}+\s+time|\p{Lu}{2,5}))?(?:\s+\([^()]{1,20}\))?\s+(?:on\s+)?$/iu;
/** "until the end of Easter Sunday", "until midnight on Orthodox Christmas Day": a holiday's name before its day. */
const HOLIDAY_NAME = /(?:\p{Lu}\p{Ll}+\s+){1,2}$/u;
/** The text before `d` ends in an "until" that makes `d` the last day of something. */
const untilBefore = (ctx: ArticleContext, from: number, d: DateMention) => {
  const before = ctx.body.slice(Math.max(from, d.charStart - 40), d.charStart);
  return UNTIL.test(before) || UNTIL.test(before.replace(HOLIDAY_NAME, ''));
};

/**
 * The last day of a window an "until" date closes: the date's own day when it is on or after the start; a bare weekday
 * the date layer read back into the past ("starting at six this evening and lasting until the end of Sunday", told on
 * a Saturday) is the first such weekday on or after the start. Undefined when the date lies before the start.
 */
function untilDay(start: string, d: DateMention, body?: string): string | undefined {
  // "until midnight on the night of 8 to 9 May": the end of 8 May (the first day of the night, as a span of both days or
  // as the one day the date layer reads after "until midnight")
  if (body && TWO_DAY_NIGHT.test(d.text) && NIGHT_UNTIL_BEFORE.test(body.slice(Math.max(0, d.charStart - 40), d.charStart))) {
    const first = d.span!.startDate;
    return first >= start ? first : undefined;
  }
  // "until 00:00 on 11 May": the window closes as 11 May begins, on the last minute of 10 May
  if (body && d.span!.precision === 'day' && DAY_START_CLOCK.test(body.slice(Math.max(0, d.charStart - 40), d.charStart))) {
    const last = addDays(d.span!.startDate, -1);
    if (last >= start) return last;
  }
  if (d.span!.endDate >= start) return d.span!.endDate;
  const weekday = BARE_WEEKDAY.exec(d.text.trim());
  if (!weekday || d.span!.precision !== 'day') return undefined;
  return addDays(start, (WEEKDAYS[weekday[1].toLowerCase()] - weekdayOf(parseDay(start)) + 7) % 7);
}
/** "from Monday", "starting at noon on Friday", "from the first minute of 8 May" (not "launched from Belgorod on"). */
const STATE_START = new RegExp(String.raw`\b(?:from|starting|beginning|effective|as of)\s+(?:${CLOCK}|the\s+\p{L}+\s+(?:minute|hour)\s+of\s+)$`, 'iu');
/**
 * The truce noun, then its own clause of declaring up to a date: "truce that Putin announced on ", "ceasefire
 * declared by Moscow on ", "moratorium agreed " (nothing but an agent may stand between that verb and the date).
 */
const DECLARED_BY_CLAUSE =
  /^[\p{L}-]+\s+(?:(?:that|which)\s+)?(?:[^,;.]{0,40}?\s)?(?:had\s+|has\s+|was\s+)?(?:declared|announced|ordered|agreed|proclaimed|brokered|introduced)(?:\s+by\s+[^,;.]{1,30}?)?\s+(?:(?:on|in|at)\s+)?$/iu;
// ("from 6 p.m. Moscow time (1500 GMT) on": a clock time and its conversion between)
const EFFECT_START = /\b(?:from|starting|beginning|effective|as of|(?:takes?|took|taking) effect|into (?:force|effect)|kick(?:s|ed)? in)\b(?:[^,;]{0,25}|\s+[^,;]{0,12}?\d[^,;]{0,36})$/i;
/**
 * The truce's own verb of starting, after it, up to a date: "a truce, announced on Sunday, that began on Monday", "the
 * ceasefire was announced on Monday and is due to start at noon on Wednesday", "will begin at midnight on". Told after
 * the truce noun only ("shelling began again on Monday despite the truce" starts the shelling), with no clause of
 * another time or cause between ("the truce collapsed after fighting started on Monday").
 */
/** "the ceasefire was extended", "the truce has been prolonged": a truce told again by its extension. */
const EXTENDED = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+(?:\p{L}+ly\s+)?(?:extended|prolonged|renewed)\b/u;

/** "Russia announced a new ceasefire on Tuesday. It will start on Friday": the next sentence's "it" starting is the truce. */
const IT_STARTS =
  /^(?:It|This)\s+(?:(?:will|would|should|is\s+(?:due|set|expected|scheduled)\s+to|is\s+to)\s+)?(?:start|begin|began|begun|take\s+effect|takes\s+effect|took\s+effect|come\s+into\s+(?:force|effect)|comes\s+into\s+(?:force|effect)|came\s+into\s+(?:force|effect)|enter\s+into\s+force|enters\s+into\s+force|kick\s+in|kicks\s+in|run|runs|ran|starts|started|begins|last|lasts|lasted)\b[^.;]*?$/;

/**
 * The start a truce's next sentence gives it through "it" ("It will start on Friday", "It takes effect at midnight on
 * Saturday"), when the truce is the last told in its own sentence and the next sentence, in its paragraph, has no
 * event of its own.
 */
function startToldNext(ctx: ArticleContext, c: Candidate): DateMention | undefined {
  const next = ctx.sentences[c.sentence.index + 1];
  if (!next || next.paragraph !== c.sentence.paragraph || !/^(?:It|This)\s/.test(next.text)) return undefined;
  if (ctx.candidates.some((o) => (o.sentence === next) || (o.sentence === c.sentence && o.headOffset > c.headOffset && TAKES_EFFECT.has(o.type)))) return undefined;
  const d = mentionsIn(ctx, next).find((m) => m.kind === 'date' && m.span && !datesANoun(ctx, m));
  if (!d || !IT_STARTS.test(ctx.body.slice(next.charStart, d.charStart))) return undefined;
  return d;
}

/** "announced another truce, for 20 to 22 June", "a ceasefire for the days of 8 to 10 May": the window the truce is for. */
const TRUCE_FOR = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?,?\s+for\s+(?:the\s+(?:days?|period|nights?|whole)\s+(?:of\s+)?)?$/u;
const START_VERB = /\b(?:start(?:s|ed)?|begin(?:s)?|began|begun|commence[sd]?|t(?:akes?|ook) hold)\b[^,;]{0,25}$/i;
const OTHER_CLAUSE = /[;.]|\b(?:after|before|despite|when|while|although|though|but|because|as)\b/i;

function startVerbOf(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  if (d.charStart <= c.headOffset) return false;
  const between = ctx.body.slice(c.headOffset, d.charStart);
  const verb = START_VERB.exec(between);
  return !!verb && !OTHER_CLAUSE.test(between.slice(0, verb.index));
}
/** A bare weekday ("on Friday", "at noon on Friday"), not "next Friday" or "this Friday". */
const BARE_WEEKDAY = /^(?:(?:at\s+\S+\s+)?on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;

/** A clock time right before a weekday: "from 6 p.m. Moscow time (1500 GMT) on ", "at 18:00 on ", "at noon on ". */
const CLOCK_BEFORE = /(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\bnoon|\bmidnight)(?:\s+\p{L}+\s+time)?(?:\s+\([^()]{1,20}\))?(?:\s+on)?\s+$/iu;

/**
 * A truce's start told in the timetable present ("comes into force on Friday") after a telling dated in the past in the
 * same sentence ("announced on Thursday"): the first such weekday after the telling, when the reading forward from
 * the story's day went past it. Undefined when the start is not a bare weekday or no earlier telling dates it.
 */

function weekdayAfterTelling(ctx: ArticleContext, own: DateMention, inSentence: DateMention[]): string | undefined {
  const weekday = BARE_WEEKDAY.exec(own.text.trim());
  if (!weekday || own.tense !== 'future' || !own.span || own.span.startDate <= ctx.publicationDay) return undefined;
  const telling = inSentence.find((d) => d !== own && d.kind === 'date' && d.charEnd <= own.charStart && d.tense === 'past' && d.span?.precision === 'day' && d.span.startDate < ctx.publicationDay);
  if (!telling) return undefined;
  const toldOn = weekdayOf(parseDay(telling.span!.startDate));
  // "announced on Saturday ... would stop firing from 6 p.m. on Saturday": a clock time on the telling's own weekday is that day
  const sameDay = CLOCK_BEFORE.test(ctx.body.slice(Math.max(0, own.charStart - 40), own.charStart)) ? 0 : 7;
  const days = (WEEKDAYS[weekday[1].toLowerCase()] - toldOn + 7) % 7 || sameDay;
  const day = addDays(telling.span!.startDate, days);
  return day <= ctx.publicationDay ? day : undefined;
}

/** "before the meeting", "during the talks", "shortly after the call": the same day as that event. */
const BARE_ANCHOR = new RegExp(
  String.raw`\b(?:(?:shortly|just|hours|minutes|soon)\s+)?(?:before|after|during|throughout|(?:on\s+)?(?:either|each|every|both|the first|the last)\s+days?\s+of)\s+` +
    // "during the 36-hour ceasefire", "before their first meeting"
    String.raw`(?:the|their|his|her|this)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(${Object.keys(ANCHOR_NOUNS).join('|')})\b`,
  'giu',
);

/** Words BARE_ANCHOR cannot match without, scanned without word boundaries: far cheaper than the pattern, and most sentences lack them. */
const BARE_ANCHOR_RELATION = /(?:before|after|during|throughout|days?\s+of)/iu;

/**
 * "That call also produced the halt on strikes", "the talks yielded a prisoner swap", "the summit led to a truce": an
 * event told as the product of one named before it is of that one's day.
 */
const PRODUCT_OF = new RegExp(
  String.raw`\b((?:that|the|this|these|those|their)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(${Object.keys(ANCHOR_NOUNS).join('|')}))\s+(?:also\s+|then\s+|eventually\s+|finally\s+)?` +
    String.raw`(?:produced|yielded|delivered|secured|brought(?:\s+about)?|resulted\s+in|led\s+to)\s`,
  'giu',
);
/** Words PRODUCT_OF cannot match without. */
const PRODUCT_VERB = /produced|yielded|delivered|secured|brought|resulted|led\s+to/iu;

/** An anchor the date layer leaves out because it has no length: resolved with a zero offset. */
function bareAnchor(c: Candidate): DateMention | undefined {
  if (PRODUCT_VERB.test(c.sentence.text)) {
    for (const m of allMatches(PRODUCT_OF, c.sentence.text)) {
      const charStart = c.sentence.charStart + m.index;
      // the product comes after its maker, and is not of the maker's own kind
      if (c.headOffset < charStart + m[0].length || ANCHOR_NOUNS[m[2].toLowerCase()]?.includes(c.type)) continue;
      return zeroOffsetAnchor(m[1], charStart, m[1]);
    }
  }
  if (!BARE_ANCHOR_RELATION.test(c.sentence.text)) return undefined;
  for (const m of allMatches(BARE_ANCHOR, c.sentence.text)) {
    const noun = m[1].toLowerCase();
    const charStart = c.sentence.charStart + m.index;
    // the event's own trigger inside the phrase ("after the call ended" told of the call) is not an anchor
    if (!ANCHOR_NOUNS[noun] || (c.headOffset >= charStart && c.headOffset < charStart + m[0].length)) continue;
    return zeroOffsetAnchor(m[0], charStart, m[0].slice(m[0].search(/\s(?:the|their|his|her|this)\s/i) + 1));
  }
  return undefined;
}

/** An anchor on the event `phrase` names, the same day as it, told by `text` at body offset `charStart`. */
function zeroOffsetAnchor(text: string, charStart: number, phrase: string): DateMention {
  return { kind: 'anchor', text, charStart, charEnd: charStart + text.length, value: null, span: null, certainty: 'relative', tense: 'unknown', anchor: { phrase, offsetDays: 0 } };
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * "Witkoff met Putin on Friday. The visit followed a prisoner exchange a day before the talks": the trigger is the
 * bare definite noun an anchor phrase names ("the talks"), of the kind of an event already told with its own date: that
 * event told again, not a new one counted from the sentence's subject.
 */
function namesToldEvent(ctx: ArticleContext, c: Candidate): boolean {
  const anchor = mentionsIn(ctx, c.sentence).find((d) => d.kind === 'anchor' && d.anchor?.phrase && c.headOffset >= d.charStart && c.headOffset < d.charEnd);
  // (only the bare noun, ending its phrase: "the strike on Poltava" names another strike than the one told before)
  if (!anchor || !/^the\s+[\p{L}-]+$/iu.test(anchor.anchor!.phrase) || !anchorTypesOf(anchor)?.includes(c.type)) return false;
  if (!/^(?:\s*[,.;:—–)]|\s*$|\s+(?:and|but|while|when|as)\b)/.test(ctx.body.slice(anchor.charEnd, anchor.charEnd + 12))) return false;
  return ctx.candidates.some((o) => o.type === c.type && o.headOffset < anchor.charStart && o.date?.own && o.sentence !== c.sentence);
}

/** "The swap came a day after ...", "It comes two days after ..." (the news present), "was carried out two days after ...", "hours after". */
const AFTERMATH =
  /\b(?:(came|comes|happened|happens|followed|follows|occurred|occurs|took place|takes place|(?:was|were) carried out|(?:was|were) held)\s+)?(?:(?:just|only|barely)\s+)?(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(hours?|days?|weeks?)\s+(after|before)\b/i;

/** AFTERMATH's first match in a sentence, read once per sentence however many of its candidates ask (null: none). */
const aftermathBySentence = new WeakMap<Sentence, RegExpExecArray | null>();
function aftermathIn(sentence: Sentence): RegExpExecArray | null {
  let m = aftermathBySentence.get(sentence);
  if (m === undefined) aftermathBySentence.set(sentence, (m = AFTERMATH.exec(sentence.text)));
  return m;
}

/**
 * "The swap came a day after Russia fired missiles at Kyiv", "The swap was carried out a day after Kyiv
 * was struck": the trigger after the phrase is the other event, dated from the subject's date ("the
 * swap"), a date in the subject's clause, or the latest date told before.
 */
function aftermath(ctx: ArticleContext, c: Candidate): boolean {
  const m = aftermathIn(c.sentence);
  const phraseEnd = m ? c.sentence.charStart + m.index + m[0].length : 0;
  if (!m || c.headOffset < phraseEnd || /[;]|,\s*(?:and|but|while)\b/.test(ctx.body.slice(phraseEnd, c.headOffset))) return false;
  if (namesToldEvent(ctx, c)) return false;
  // "days after" without a number says too little to count
  if (!m[2] && /^(?:days|weeks)$/i.test(m[3])) return false;
  const lead = c.sentence.text.slice(0, m.index);
  const subjectTypes = lead.toLowerCase().split(/\W+/).map((w) => ANCHOR_NOUNS[w]).find(Boolean);
  // the subject is the story's event of that type: the first one told with a date
  const subject = subjectTypes && ctx.candidates.find((o) => o !== c && subjectTypes.includes(o.type) && o.date?.own);
  // a count of days counts from a day: "pledging tanks in mid-January. The decisions came five days after a meeting"
  // steps back from the last day told (the decisions'), not from the first of a month
  const told = ctx.dates.filter((d) => d.kind === 'date' && d.span?.precision === 'day' && d.tense !== 'future' && d.charEnd <= c.sentence.charStart + m.index);
  // "The statement on Saturday came a day after ...": a date in the subject itself is the base
  const inLead = told.length && told[told.length - 1].charStart >= c.sentence.charStart ? told[told.length - 1] : undefined;
  // "A day after missiles struck Sevastopol, smoke still rose on Saturday": a clause fronted by the phrase
  // (nothing before it) is dated from the main clause that follows it
  const mainClause = mainClauseDate(ctx, c);
  // "Three days earlier Putin received the envoy, a day after missiles killed twelve in Kyiv": an event told before the
  // phrase in its sentence, dated by an anchor of its own, is what the phrase hangs on
  const phraseStart = c.sentence.charStart + m.index;
  const unhung = !m[1] && !inLead && !subject && !mainClause;
  const host = unhung
    ? ctx.candidates.find((o) => o !== c && o.sentence === c.sentence && o.headOffset < phraseStart && o.date?.own && o.date.certainty === 'relative' && !ctx.body.slice(o.headOffset, phraseStart).includes(';'))
    : undefined;
  // with no verb of sequence, the phrase must hang on a subject we can date ("drones hit Kyiv two days after the talks" does not)
  if (unhung && !host) return false;
  const base = mainClause ?? inLead?.span ?? host?.date!.span ?? (subject ? subject.date!.span : told.pop()?.span);
  if (!base) return false;
  const count = m[2] ? (NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2])) : 1;
  const days = /^hour/i.test(m[3]) ? 0 : /^week/i.test(m[3]) ? 7 * count : count;
  const day = addDays(base.startDate, /after/i.test(m[4]) ? -days : days);
  const dateText = m[0].slice(m[1] ? m[1].length + 1 : 0);
  c.date = relativeDay(day, dateText);
  return true;
}

/**
 * "A day after missiles struck Sevastopol, smoke still rose on Saturday": the comma closing a clause that
 * the phrase fronts, when the trigger is inside that clause.
 */
function frontedAftermathEnd(ctx: ArticleContext, c: Candidate): number | undefined {
  const m = aftermathIn(c.sentence);
  if (!m || m[1] || c.sentence.text.slice(0, m.index).trim()) return undefined;
  const phraseEnd = c.sentence.charStart + m.index + m[0].length;
  const comma = ctx.body.indexOf(',', phraseEnd);
  return c.headOffset >= phraseEnd && comma > c.headOffset && comma < c.sentence.charEnd ? comma : undefined;
}

/** The first day the main clause after a fronted clause tells. */
function mainClauseDate(ctx: ArticleContext, c: Candidate): DateSpan | undefined {
  const comma = frontedAftermathEnd(ctx, c);
  if (comma === undefined) return undefined;
  return mentionsIn(ctx, c.sentence).find((d) => d.charStart > comma && d.kind === 'date' && d.span?.precision === 'day' && !datesANoun(ctx, d))?.span ?? undefined;
}

/** "the talks", "that address": a noun phrase that points back to something told before. */
const BACK_REFERENCE = /^(?:the|that|this|those|these|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]{3,})$/iu;
const DEMONSTRATIVE = /^th(?:at|is|ose|ese)\s/i;

/**
 * The date of the thing an anchor phrase points back to when no event of ours stands for it: "a day
 * after the talks" dates from the last earlier sentence that names talks with a date ("The talks last
 * Friday were short"); "hours after that address" (a demonstrative with no such noun told) from the
 * last date told before it.
 */
function antecedentSpan(ctx: ArticleContext, anchor: DateMention): DateSpan | undefined {
  const m = BACK_REFERENCE.exec(anchor.anchor!.phrase);
  if (!m) return undefined;
  const noun = new RegExp(String.raw`\b${m[1]}\b`, 'i');
  const told = (d: DateMention) => d.kind === 'date' && d.span && d.charEnd <= anchor.charStart && !datesANoun(ctx, d);
  const sentence = sentenceAt(ctx.sentences, anchor.charStart);
  for (let i = (sentence?.index ?? 0) - 1; i >= 0; i--) {
    const s = ctx.sentences[i];
    const at = s.text.search(noun);
    const dated = at < 0 ? [] : mentionsIn(ctx, s).filter(told);
    if (dated.length) return nearest(dated, s.charStart + at)!.span!;
  }
  return DEMONSTRATIVE.test(m[0]) ? ctx.dates.filter(told).pop()?.span ?? undefined : undefined;
}

/** "the worst attack since Russia captured Bakhmut nine months ago", "the first call since they met in June": a comparison's frame. */
const SINCE_FRAME = /\bsince\b[^,;.—–]*$/i;

function inSinceFrame(ctx: ArticleContext, sentence: Sentence | undefined, at: number): boolean {
  return !!sentence && SINCE_FRAME.test(ctx.body.slice(sentence.charStart, at));
}

/** Whether a candidate's own date is told inside a "since" frame of its sentence ("the second round since the talks resumed on 16 May"). */
function datedInSinceFrame(ctx: ArticleContext, c: Candidate): boolean {
  const told = mentionsIn(ctx, c.sentence).find((d) => d.text === c.date!.dateText);
  return !!told && inSinceFrame(ctx, c.sentence, told.charStart);
}

/**
 * "Putin ordered a ceasefire from May 8, the Kremlin said on Monday. The announcement followed his meeting with Witkoff
 * three days earlier": a step back from an event told ahead of its own day (a plan, a truce still to start) counts
 * from the day it was told (a day of its sentence not after that, else the sentence's day), not from its start.
 */
function toldAheadOn(ctx: ArticleContext, target: Candidate): DateSpan | undefined {
  const toldDay = dayOf(ctx, target.sentence);
  if (target.date!.span.startDate <= toldDay) return undefined;
  const said = kept(mentionsIn(ctx, target.sentence), (d) => d.kind === 'date' && d.span?.precision === 'day' && d.span.startDate <= toldDay).pop();
  return said?.span ?? storyDay(ctx, target.sentence);
}

/** What names an event at its trigger: the head word and the two after it ("talks", "phone call", "drone attack"). */
const TRIGGER_NAME = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}/u;

/** `o` is told by the noun of the anchor phrase (singular or plural): "eight hours of talks", "before the talks began". */
function namedBy(ctx: ArticleContext, o: Candidate, phrase: string): boolean {
  const noun = phrase
    .toLowerCase()
    .split(/\s+/)
    .reverse()
    .find((w) => ANCHOR_NOUNS[w]);
  if (!noun) return false;
  const stem = noun.replace(/s$/, '');
  const words = TRIGGER_NAME.exec(ctx.body.slice(o.headOffset, o.headOffset + 40))?.[0].toLowerCase().split(/\s+/) ?? [];
  return words.some((w) => w.replace(/s$/, '') === stem);
}

/** A sentence opening on a definite noun phrase: "The visit followed ...", "The call came ..." (not an anaphoric "that call"). */
const SUBJECT_EVENT = /^\s*the\s+(?:[\p{L}'’-]+\s+){0,2}?(\p{L}+)\s/iu;

/** What may stand between an anchor's noun and the day that dates it: its own words, places and commas, no new clause. */
const PHRASE_TO_DAY = /^[^;:.()—–"“”]{0,90}$/u;
const CLAUSE_OPENER = /,\s*(?:and|but|while|as|when|where|which|who|after|before|since|though|although)\b|\b(?:said|says|told)\b/i;

/** The day told right after a typed anchor phrase in its sentence, when no clause break lies between ("... after the summit in Anchorage on Friday"). */
function phraseDay(ctx: ArticleContext, c: Candidate, anchor: DateMention): DateSpan | undefined {
  if (anchor.charStart < c.sentence.charStart || anchor.charEnd > c.sentence.charEnd) return undefined;
  const d = mentionsIn(ctx, c.sentence).find((m) => m.charStart >= anchor.charEnd);
  if (!d || d.kind !== 'date' || d.span?.precision !== 'day' || datesANoun(ctx, d)) return undefined;
  const between = ctx.body.slice(anchor.charEnd, d.charStart);
  return PHRASE_TO_DAY.test(between) && !CLAUSE_OPENER.test(between) ? d.span : undefined;
}

/** "hours after the call": the anchor event's date plus the offset; "days earlier": the previous event's. */
const anchorsStage: Stage = (ctx) => {
  ctx.candidates.forEach((c, i) => {
    if (!c.date?.own && aftermath(ctx, c)) return;
    const anchor = c.anchor;
    if (!anchor) return;
    if (anchor.span) {
      c.date = { span: anchor.span, certainty: 'relative', dateText: anchor.text, own: true };
      return;
    }
    // "on the last day of the truce": that day of it, not the day it began
    const ofStretch = dayOfStretch(ctx, c, anchor);
    if (ofStretch) {
      c.date = ofStretch;
      return;
    }
    const types = anchorTypesOf(anchor);
    // "hours after the call ended" around the call's own trigger names the event itself
    if (types?.includes(c.type) && c.headOffset >= anchor.charStart && c.headOffset < anchor.charEnd) return;
    // events hanging on the same "three days earlier" share its base, they do not chain on each other
    // (what happened is not dated by what is planned and told after it: "telephoned Trump during the visit" is not the talks
    // proposed for Thursday in the next paragraph)
    const others = kept(
      ctx.candidates,
      (o) => o !== c && o.date && o.anchor !== anchor && (types ? types.includes(o.type) : ctx.candidates.indexOf(o) < i) && (o.status !== 'planned' || c.status === 'planned' || o.headOffset < c.headOffset),
    );
    // a bare "three days earlier" counts from the previous event; a phrase we cannot type is dated by its antecedent
    const phrase = anchor.anchor?.phrase ?? '';
    const offset = anchor.anchor?.offsetDays ?? 0;
    // "its biggest gain since it captured Bakhmut nine months ago. Hours later, ...": a step forward follows the
    // story, not an event or a date told as the frame of a comparison
    const forward = !phrase && !types && offset >= 0;
    const before = kept(others, (o) => o.headOffset < c.headOffset && !(forward && inSinceFrame(ctx, o.sentence, o.headOffset)));
    // "Three days earlier, ..." opening a later paragraph steps back from the story's lead event
    // ("A day later, ..." opening one steps forward from the event told last, as the story is told)
    const stepsBackFromLead = !types && offset < 0 && anchor.charStart - c.sentence.charStart < 3 && opensParagraph(ctx, c.sentence);
    const lead = stepsBackFromLead ? before.find((o) => o.date!.own && o.sentence.paragraph < c.sentence.paragraph) : undefined;
    // ("Zelenskyy, who met Trump at the summit last week, ... The call came on the same day that ...": "the same day" is the
    // day of an event told on a day, not one of a week or a month told since, when the story has one; a count of days,
    // "nine days later", may step from a month: "in early August, a visit ... Nine days later")
    const previous = (offset === 0 ? before.filter(onADay).at(-1) : undefined) ?? before.at(-1);
    // "On Monday, Russia said it would quit the deal. The same morning, ...": a day told after the previous
    // event, in a sentence of its own, is the day the story has moved on to
    const toldSince = !phrase && !types && !lead && previous ? lastDateBefore(ctx, c.sentence, true) : undefined;
    // (only a day: "the pause expired in mid-April. A week later, ..." counts a week from the event told, not from a month)
    const movedOn = toldSince && toldSince.charStart >= previous!.sentence.charEnd && toldSince.span?.precision === 'day' ? toldSince : undefined;
    // "the talks opened a day after drones struck bombers on Sunday": a phrase that is a clause of its own is
    // the event its sentence tells after the phrase, dated there
    const toldInPhrase = phrase && !types ? ctx.candidates.find((o) => o.sentence === c.sentence && o.headOffset >= anchor.charStart && o.date?.own) : undefined;
    // "Missiles struck Sumy on Sunday. Zelenskyy met Macron on Tuesday. ... the Kryvyi Rih attack nine days earlier": a
    // bare step back from an event of a kind told before counts from that event, not from whatever was told last
    // (a step forward, "two days later", follows the story as told)
    const sameKind = !phrase && !types && offset < 0 ? before.filter((o) => o.date!.own && !o.anchor && (FAMILY[o.type] ?? o.type) === (FAMILY[c.type] ?? c.type)).pop() : undefined;
    // "The visit followed a prisoner exchange in Abu Dhabi a day before the talks": the anchor names what the sentence's
    // subject names, the story's event of that kind (the first told with its own date), not the last such told
    const subjectNoun = types ? SUBJECT_EVENT.exec(c.sentence.text) : null;
    const subjectTypes = subjectNoun && c.sentence.charStart + subjectNoun[0].length <= c.headOffset ? ANCHOR_NOUNS[subjectNoun[1].toLowerCase()] : undefined;
    const subject = subjectTypes?.some((t) => types!.includes(t))
      ? ctx.candidates.find((o) => o !== c && types!.includes(o.type) && subjectTypes.includes(o.type) && o.date?.own && !o.earlier && o.sentence.index < c.sentence.index)
      : undefined;
    // "after more than eight hours of talks in Jeddah ... Oval Office meeting on Feb. 28. / Hours before the talks began, ...":
    // a definite noun points back to the event told by that noun, not to the last event of its kind told by another
    // ("The meeting, the second round since the talks resumed on 16 May, took place ... . A day before the talks, ...": an
    // event dated only inside a comparison's frame is background, not the story's event the noun points back to)
    const dated = types ? kept(before, (o) => !!o.date!.own && !datedInSinceFrame(ctx, o)) : [];
    const sameNoun = types ? dated.filter((o) => namedBy(ctx, o, phrase)).pop() : undefined;
    // ("Merz hosts a video call before the summit. ... Witkoff met Putin in Moscow on Wednesday": an event told only after
    // the phrase stands for it when the phrase's noun names it, not because it is the first of the kinds the noun may be)
    const later = types ? kept(others, (o) => o.headOffset < c.headOffset || namedBy(ctx, o, phrase)) : [];
    const target =
      phrase && !types ? toldInPhrase : types ? subject ?? sameNoun ?? dated.at(-1) ?? later.find((o) => o.date!.own) ?? later[0] : lead ?? sameKind ?? (movedOn ? undefined : previous);
    // with no earlier event, "two days earlier" counts from the last date the text gave ("said on Friday its troops
    // had taken the town two days earlier"), else from the day the story is told on ("The night before, missiles
    // had hit Odesa" after an undated lead on last night's attack)
    // (a count of days steps from a day: "presented the budget for 2026 on Tuesday. Two days earlier, ..." counts from
    // Tuesday, not from 1 January 2026; a month, a season or a year told last gives way to the last day told)
    const told = phrase
      ? antecedentSpan(ctx, anchor)
      : (movedOn?.span ??
        ctx.dates.filter((d) => d.kind === 'date' && d.span && (offset === 0 || d.span.precision === 'day') && d.charEnd <= anchor.charStart && !(forward && inSinceFrame(ctx, sentenceAt(ctx.sentences, d.charStart), d.charStart))).pop()?.span);
    const fromStoryDay = !target && !told && !phrase && offset !== 0;
    // "The Washington meeting came three days after Trump's summit with Putin in Anchorage, Alaska, on Friday": the event the
    // phrase names is dated in the phrase itself, by a day told right after it; that day is the base
    const dayInPhrase = types ? phraseDay(ctx, c, anchor) : undefined;
    // "Ukraine's army said on Saturday it had withdrawn from Avdiivka. ... Three days before the withdrawal, ...": an event of
    // the phrase's kind told before with no day but its report's is dated by that report (the fallback dates it so later)
    const reported = types && !target && !told ? ctx.candidates.find((o) => !o.date && o.reportedOn?.span && types.includes(o.type) && o.headOffset < c.headOffset) : undefined;
    const base =
      dayInPhrase ??
      (target && offset < 0 ? toldAheadOn(ctx, target) : undefined) ??
      target?.date?.span ??
      told ??
      reported?.reportedOn!.span ??
      (fromStoryDay ? storyDay(ctx, c.sentence) : undefined);
    if (!base) return;
    const day = addDays(base.startDate, offset);
    c.date = { span: { startDate: day, endDate: day, precision: 'day' }, certainty: 'relative', dateText: anchor.text, own: true };
    // "Before the call, the chancellor had spoken with Zelenskyy": a call told against the call is another call
    // ("Russian forces seized Kherson on 2 March. The ministry had claimed the city the same day.": the same day at the same
    // place is the same strike or capture told again; places keep two apart)
    if (target?.type === c.type && !(offset === 0 && PLACE_BOUND.has(c.type))) c.distinctFrom = [target.headOffset];
    // ... as the night before is another night than the story's
    if (fromStoryDay) c.distinctFrom = mapped(kept(ctx.candidates, (o) => o.type === c.type && o.headOffset < c.headOffset), (o) => o.headOffset);
    // a bare "before the meeting" dates the event but is not a date expression of the text
    if (ctx.dates.includes(anchor)) ctx.dates.push({ ...anchor, value: day, span: c.date.span });
  });
};

/**
 * "Putin declared a truce from the evening of 19 April to the end of 20 April, on the day the sides swapped prisoners": a
 * day bounding a window that a truce of the sentence took as its own is the truce's ("the exchange went ahead from Friday
 * to Sunday" is the exchange's own).
 */
function boundsTruceTold(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  return !TAKES_EFFECT.has(c.type) && boundsAState(ctx, d) && inTruceTold(ctx, c, d.span!.startDate);
}

/** Whether a truce of the candidate's sentence took a window of its own that holds the day. */
function inTruceTold(ctx: ArticleContext, c: Candidate, day: string): boolean {
  return ctx.candidates.some(
    (o) => o !== c && o.sentence === c.sentence && TAKES_EFFECT.has(o.type) && o.date?.own && o.date.span.startDate <= day && day <= o.date.span.endDate,
  );
}

/** An event dated to one day (not a closure made per anchor). */
function onADay(o: Candidate): boolean {
  return o.date!.span.precision === 'day' && o.date!.span.startDate === o.date!.span.endDate;
}

/** A weekday, whole or short, just before a day of the month: "Fri 6 Jan", "Sunday, 20 April", "Thurs. 5 Jan". */
const WEEKDAY_BEFORE = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+$/;

/** "a truce from Monday", "until the end of May": when a state starts or ends, not when the story happened. */
function boundsAState(ctx: ArticleContext, d: DateMention): boolean {
  // (the weekday a day is told with is no part of the link: "from noon Fri 6 Jan to midnight Sat 7 Jan", "until Sunday, 20 April")
  const before = ctx.body.slice(Math.max(0, d.charStart - 50), d.charStart).replace(WEEKDAY_BEFORE, '');
  return STATE_START.test(before) || UNTIL.test(before);
}

/**
 * An object relative clause with a verb in the past between the trigger and the date: "lift the pause on aid that
 * it imposed on the 3rd", "the exchange, which the sides agreed at the talks on 16 May". Not closed before the date
 * by punctuation. (A subject relative may tell the event itself: "the missile that struck the station on 8 April".)
 */
const RELATIVE_CLAUSE_TO_DATE =
  /\b(?:which|that|whom)\s+(?:the|a|an|its|their|his|her|our|it|they|he|she|we|you|both|\p{Lu}[\p{L}'’.-]*)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?\p{L}+(?:ed|en|wn|ne|ld|id|ck|ot|ok|ew|ung|un|ade|ept|ent|ole|ore|oke|ave|ame|ote|ght|eld)\b[^,;—–]*$/u;

/** A clause opened by "since" with a subject and a past verb of its own, running on to the date: "since the invasion began in". */
const SINCE_CLAUSE_TO_DATE =
  /\bsince\s+(?:the|a|an|its|their|his|her|our|it|they|he|she|we|you|\p{Lu}[\p{L}'’.-]*)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:had|has|have|was|were)\s+)?(?:began|begun|broke\s+out|took|fell|came|went|\p{L}+ed)\b[^,;—–]*$/u;

/** A trigger told by a verb, its object right after it ("lifted the pause"): a pause "it had ordered" is the pause's, not the act's. */
function actsOnObject(fromHead: string): boolean {
  return /^[\p{L}'’-]+\s+(?:the|a|an|its|their|his|her|our)\s/iu.test(fromHead);
}

/**
 * The same clause with no pronoun opening it, its subject a pronoun right after the object's noun: "lifted the pause on
 * military aid it had imposed at the start of the month", "the freeze they ordered on the 3rd" (not after a word that
 * opens a clause of another kind: "said it had", "after they", "and it"; and only after a verb's object, "ending a pause it
 * had ordered on 3 March" being the pause's own day).
 */
const CONTACT_CLAUSE_TO_DATE =
  /\b(?!(?:and|or|but|so|as|after|before|when|while|since|until|because|if|that|which|who|said|says|say|told|tells|announced|claimed|added|than|where|once)\s)\p{Ll}{3,}\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?\p{L}+(?:ed|en|wn|ld|id|ck|ok|ew|ade|ept|ent|ote|ght)\b[^,;—–]*$/u;

/**
 * A participle of another act right after the event's noun, running on to the date: "the 1,000-for-1,000 exchange agreed in
 * Istanbul on 16 May is carried out on 23-25 May" (the agreeing's day; for an agreement the agreeing is the event).
 */
const PARTICIPLE_TO_DATE = /^\S+\s+(?:agreed|announced|brokered|negotiated|mediated|promised|proposed|arranged|planned)\b[^,;—–]*$/;

/**
 * A noun of a deal made, then the participle of its making, running on to the date: "exchanged prisoners under the deal
 * struck in Istanbul on 2 June", "released 84 soldiers as part of an agreement reached in Abu Dhabi on Tuesday". The
 * date is the deal's (the noun is not the trigger: the slice starts past it).
 */
const DEAL_MADE_TO_DATE =
  /\s(?:deal|agreement|accord|arrangement|memorandum|pact|understanding|terms)\s+(?:\p{Ll}+ly\s+)?(?:struck|signed|agreed|reached|brokered|sealed|concluded|negotiated|mediated|hammered\s+out|worked\s+out)\b[^,;—–]*$/u;

/** A participle of settling beforehand right after the event's noun, running on to the date: "the exchange agreed in Istanbul a week earlier". */
const SETTLED_BEFORE_TO_DATE = /^\S+\s+(?:agreed|announced|brokered|negotiated|promised|proposed|arranged|planned)\b[^,;—–]*$/;

/**
 * "First stage of the exchange agreed in Istanbul a week earlier: 390 came home": the day of the participle that settled
 * an exchange beforehand is the day it was agreed, never the exchange's own (that comes after it), even when the
 * sentence gives no other day; the exchange then takes its day from the text around it.
 */
function settledBefore(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  return AGREED_UPON.has(c.type) && d.charStart > c.headOffset && SETTLED_BEFORE_TO_DATE.test(ctx.body.slice(c.headOffset, d.charStart));
}

/**
 * "the moratorium on energy strikes that Moscow agreed last month": a truce or an accord the relative clause tells agreed,
 * declared or signed is dated by that clause when the sentence gives no other day. Any other relative clause after the
 * trigger tells of something else ("lift the pause on aid that Trump ordered on the 3rd", "the swap, which the sides
 * agreed on 16 May"): its date never dates the trigger, and the day comes from the text around it.
 */
const AGREED_IN_CLAUSE = /\b(?:which|that)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:agreed|declared|announced|signed|reached|accepted|ordered)\b[^,;—–]*$/u;

/** "so that believers could attend services on Christmas Eve", "in order that ...": a clause of purpose, not a relative one. */
const PURPOSE_BEFORE = /\b(?:so|order)\s+that\b/i;

/** `between`: the text from the trigger to the date. */
function agreedInClause(c: Candidate, between: string): boolean {
  return (c.type === 'ceasefire' || c.type === 'agreement') && AGREED_IN_CLAUSE.test(between);
}

function inRelativeClauseAfter(ctx: ArticleContext, c: Candidate, d: DateMention, inSentence: DateMention[]): boolean {
  if (d.charStart <= c.headOffset) return false;
  // "heavy fighting around Sudzha (RU MoD; UA General Staff from 10 August)": a date inside brackets opened after the
  // trigger is an aside's, a source's or a note's
  const between = ctx.body.slice(c.headOffset, d.charStart);
  if (/\([^()]*$/.test(between)) return true;
  const deal = DEAL_MADE_TO_DATE.exec(between);
  if (deal) return !inSentence.some((o) => o.charStart > c.headOffset + deal.index && o.charEnd <= d.charStart);
  // (the participle's phrase ends with its date: "the exchange agreed in Istanbul on 16 May took place on Friday")
  if (c.type !== 'agreement' && PARTICIPLE_TO_DATE.test(between)) return !inSentence.some((o) => o.charStart > c.headOffset && o.charEnd <= d.charStart);
  // "entered Kherson, the only regional capital Russia had captured since the invasion began in February": a clause of
  // "since" with a verb of its own dates the start of what it measures, not the event
  const since = SINCE_CLAUSE_TO_DATE.exec(between);
  if (since) return !inSentence.some((o) => o.charStart >= c.headOffset + since.index && o.charEnd <= d.charStart);
  return clauseOfItsOwnTo(between, c, d, inSentence);
}

/**
 * When the sentence's other dates are all left out (ownDatesStage's second reading): a date ending a relative clause with
 * its own subject and verb after the trigger dates that clause's act, unless the clause tells a truce or an accord agreed
 * (its day) or is a clause of purpose; a bracket, a participle or a deal still dates the trigger then ("the exchange
 * mediated by Qatar over months went ahead on Thursday").
 */
function datesAnotherAct(ctx: ArticleContext, c: Candidate, d: DateMention, inSentence: DateMention[]): boolean {
  if (d.charStart <= c.headOffset) return false;
  const between = ctx.body.slice(c.headOffset, d.charStart);
  if (/\([^()]*$/.test(between)) return false;
  return clauseOfItsOwnTo(between, c, d, inSentence) && !agreedInClause(c, between) && !PURPOSE_BEFORE.test(between);
}

/** A relative clause after the trigger, with its own subject and verb, running on to the date; `between`: the text from the trigger to the date. */
function clauseOfItsOwnTo(between: string, c: Candidate, d: DateMention, inSentence: DateMention[]): boolean {
  const clause = RELATIVE_CLAUSE_TO_DATE.exec(between) ?? (actsOnObject(between) ? CONTACT_CLAUSE_TO_DATE.exec(between) : null);
  // "sanctions on the fleet that the EU first targeted on 20 May were adopted on Thursday": the clause ends with its date
  return !!clause && !inSentence.some((o) => o.charStart >= c.headOffset + clause.index && o.charEnd <= d.charStart);
}

/**
 * "This week the two sides sit down in Riyadh, on Tuesday", "Next month, on 5 July, they meet again": a day the
 * sentence tells inside the week or month an event took is the event's day, when no other event of the sentence
 * is nearer to it.
 */
function narrowerDay(ctx: ArticleContext, c: Candidate, dated: DateMention, eventDates: DateMention[]): DateMention | undefined {
  const span = dated.span!;
  if (span.precision === 'day') return undefined;
  const inside = eventDates.filter((d) => d.span!.precision === 'day' && d.span!.startDate >= span.startDate && d.span!.endDate <= span.endDate);
  if (!inside.length) return undefined;
  const heads = mapped(kept(ctx.candidates, (o) => o.sentence === c.sentence), (o) => o.headOffset);
  const distance = (head: number, d: DateMention) => Math.abs(head - (d.charStart > head ? d.charStart : d.charEnd));
  const own = inside.filter((d) => heads.every((head) => distance(c.headOffset, d) <= distance(head, d)) && !/;/.test(ctx.body.slice(Math.min(c.headOffset, d.charEnd), Math.max(c.headOffset, d.charStart))));
  return nearest(own, c.headOffset);
}

/** Whether two dates are the ends of one range ("from May 23 to May 25"; a function of its own, not a closure made per sentence). */
function rangeLinked(ctx: ArticleContext, a?: DateMention, b?: DateMention): boolean {
  return !!a && !!b && RANGE_LINK.test(ctx.body.slice(a.charEnd, b.charStart));
}

/** The last date told before a sentence in its paragraph (or, across paragraphs, anywhere before it). */
/**
 * "2nd round of direct talks (1st round 16 May, same city). Agreed: an exchange of POWs.": a date in brackets is an aside
 * of its sentence (a reference back, a comparison), not the day the narrative goes on from.
 */
function inBrackets(ctx: ArticleContext, sentence: Sentence, d: DateMention): boolean {
  const before = ctx.body.slice(sentence.charStart, d.charStart);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && /^[^()]*\)/.test(ctx.body.slice(d.charEnd, sentence.charEnd));
}

function lastDateBefore(ctx: ArticleContext, sentence: Sentence, acrossParagraphs = false): DateMention | undefined {
  for (let i = sentence.index - 1; i >= 0 && (acrossParagraphs || ctx.sentences[i].paragraph === sentence.paragraph); i--) {
    // "The conversation took place on Sunday and has been shortened": the day of the interview, not of its story
    if (EDITORS_NOTE.test(ctx.sentences[i].text)) continue;
    const all = mentionsIn(ctx, ctx.sentences[i]).filter((d) => d.kind === 'date' && d.span && !datesANoun(ctx, d) && !namesANounsTime(ctx, d) && !inBrackets(ctx, ctx.sentences[i], d));
    // "from May 23 to May 25" is a range of the story, "a truce from Monday" a state's start
    const dated = all.filter((d, k) => !boundsAState(ctx, d) || rangeLinked(ctx, d, all[k + 1]) || rangeLinked(ctx, all[k - 1], d));
    if (!dated.length) continue;
    // "from May 23 to May 25": what follows is told of the whole range
    const last = dated[dated.length - 1];
    const opening = dated[dated.length - 2];
    if (!opening || !RANGE_LINK.test(ctx.body.slice(opening.charEnd, last.charStart))) return last;
    const range = rangeFrom(ctx, opening, [last]);
    return range ? { ...opening, span: range } : last;
  }
  return undefined;
}

/**
 * "On the opening day, France pledged missiles", "they met on the last day of the summit", "on day two of the talks":
 * a day counted inside a stretch told before (a two-day summit, talks on 10-12 June, a three-day truce), not a date of
 * its own. "of" names what the stretch is; "the first day of the war" counts in no stretch of ours.
 */
const DAY_OF_STRETCH =
  /\b(?:on|during|by|at|over)\s+(?:(?:the|its|their)\s+(opening|first|second|third|fourth|final|last|closing|concluding)\s+day|day\s+(one|two|three|four))\b(?:\s+of\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(summit|talks|meeting|conference|visit|negotiations|forum|session|trip|tour|truce|ceasefire|pause))?(?!\s+of\b)/iu;
const STRETCH_DAY_INDEX: Record<string, number> = { opening: 0, first: 0, one: 0, second: 1, two: 1, third: 2, three: 2, fourth: 3, four: 3 };

/** A later day of a summit or talks named as the day told of: "The second day of the summit opened at 10:00". */
const LATER_DAY_OF = /\b(?:the|its|their)\s+(second|third|fourth|2nd|3rd|4th)\s+day\s+of\s+(?:the|its|their|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:summit|talks|conference|negotiations|forum)\b/giu;
const LATER_DAY_INDEX: Record<string, number> = { second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 };

/**
 * "The second day of the summit opened at 10:00", "talks in Geneva went into their third day on Tuesday": a meeting whose
 * trigger is told as a later day of itself began that many days before the day it is dated by (0 when it is not so told).
 */
function laterDayOf(c: Candidate): number {
  for (const m of c.sentence.text.matchAll(LATER_DAY_OF)) {
    const start = c.sentence.charStart + m.index;
    if (c.headOffset >= start && c.headOffset < start + m[0].length) return LATER_DAY_INDEX[m[1].toLowerCase()];
  }
  return 0;
}

/** A verb of ending right before a date: "the two-day summit ended on Wednesday", "talks that concluded on Friday". */
const ENDED_ON = /\b(?:ended|concluded|closed|finished|wrapped up)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/** The words from a date to the noun of a meeting its length names, the date told of what followed it: " after a two-day ". */
const AFTER_THE_LENGTH = /^\s+after\s+(?:a|an|the|its|their|his|her)\s+[\p{L}\d]+-days?\s+$/iu;

/** The days a lasting event covers: its day with the days it lasted ("the two-day summit ended on Wednesday": ending there). */
function lastingSpan(ctx: ArticleContext, c: Candidate): DateSpan {
  const span = c.date!.span;
  if (!c.durationDays || !LASTS.has(c.type) || span.precision !== 'day') return span;
  // "NATO's two-day summit ... ended on Wednesday": the day told is the last of the days it lasted
  const dated = !TAKES_EFFECT.has(c.type) && c.date!.own ? mentionsIn(ctx, c.sentence).find((d) => d.text === c.date!.dateText) : undefined;
  // ("the leaders left Vilnius yesterday after a two-day summit", "flew home on Friday after a three-day visit": what was
  // done on the day came after the days the meeting lasted, so that day was its last)
  const endedBefore = dated && dated.charEnd <= c.headOffset && AFTER_THE_LENGTH.test(ctx.body.slice(dated.charEnd, c.headOffset));
  if (dated && (endedBefore || ENDED_ON.test(ctx.body.slice(Math.max(c.sentence.charStart, dated.charStart - 30), dated.charStart)))) {
    return { startDate: addDays(span.endDate, 1 - c.durationDays), endDate: span.endDate, precision: 'day' };
  }
  return { startDate: span.startDate, endDate: addDays(span.startDate, c.durationDays - 1), precision: 'day' };
}

/** The day "on the opening day" or "on the last day of the summit" names: that day of the last stretch told before. */
function dayOfStretch(ctx: ArticleContext, c: Candidate, anchor?: DateMention): AssignedDate | undefined {
  const m = DAY_OF_STRETCH.exec(c.sentence.text);
  if (!m) return undefined;
  const start = c.sentence.charStart + m.index;
  const end = start + m[0].length;
  // "the last day of the truce" tells of the truce itself: its own trigger is the stretch, not a day of it
  if (c.headOffset >= start && c.headOffset < end) return undefined;
  // an anchor elsewhere in the sentence ("a day after the call") is not this phrase
  if (anchor && (anchor.charStart >= end || anchor.charEnd <= start)) return undefined;
  const noun = m[3]?.toLowerCase();
  const types: EventType[] = !noun ? [...LASTS] : /truce|ceasefire|pause/.test(noun) ? ['ceasefire'] : ['meeting'];
  const stretch = kept(
    mapped(
      kept(ctx.candidates, (o) => o !== c && o.headOffset < c.headOffset && o.date?.own && types.includes(o.type)),
      (o) => lastingSpan(ctx, o),
    ),
    (span) => span.precision === 'day' && span.endDate > span.startDate,
  ).pop();
  if (!stretch) return undefined;
  const which = (m[1] ?? m[2]).toLowerCase();
  const day = which in STRETCH_DAY_INDEX ? addDays(stretch.startDate, STRETCH_DAY_INDEX[which]) : stretch.endDate;
  return day <= stretch.endDate ? relativeDay(day, m[0]) : undefined;
}

/** Decisions, which the day they are announced dates even when what they decide is still to come. */
const DECIDED_WHEN_TOLD = new Set(['aid_decision', 'sanctions']);

/**
 * "Spain will send 1 billion euros in aid this year, Sánchez announced on Monday", "pledged up to 3 billion euros this
 * year", "aid of 5 billion for 2025": a whole year not yet over when told is the stretch a decision's money or measures
 * cover, not the day it was decided; the sentence's other dates or the story date the decision.
 */
function periodDecided(ctx: ArticleContext, c: Candidate, d: DateMention): boolean {
  if (!DECIDED_WHEN_TOLD.has(c.type) || d.span!.precision !== 'year') return false;
  return d.span!.endDate >= ctx.publicationDay || BUDGETED_FOR.test(ctx.body.slice(Math.max(c.sentence.charStart, d.charStart - 30), d.charStart));
}

/**
 * "announced £2.5 billion of military support for 2024/25", "a €50bn facility for 2024-2027", "aid for fiscal 2024": the
 * year an amount is "for" is the one it is budgeted for, over or not when told, never the day it was decided.
 */
const BUDGETED_FOR = /\bfor\s+(?:(?:the\s+)?(?:fiscal|financial|budget)\s+(?:year\s+)?)?$/i;

/**
 * "16:20 - ... until Sunday. / 13:05 - Ukraine and Russia have exchanged prisoners": a timestamped liveblog entry
 * is a story of its own, told on its own day; a date told in an entry above it does not date it (a lead above
 * every entry, "Yesterday, Friday 13 June, as it happened", still does, as does an entry's "overnight" or "today").
 */
function beforeEntry(ctx: ArticleContext, sentence: Sentence, told: DateMention): boolean {
  const entry = entryOf(ctx, sentence.index);
  if (entry < 0) return false;
  const toldIn = sentenceAt(ctx.sentences, told.charStart);
  // ("06:10 — Overnight, drones ..." under "Yesterday, Friday 13 June, as it happened": the entries' own day, told on;
  // a heading line, "MONDAY 10 OCTOBER", between entries dates those below it)
  if (!toldIn || toldIn.index >= entry || DEICTIC.test(told.text)) return false;
  const opening = entryOf(ctx, toldIn.index);
  return opening >= 0 && ctx.sentences[opening].paragraph === toldIn.paragraph;
}

/** Index of the sentence opening the timestamped entry that sentence `index` is told in (an entry runs until the next), or -1. */
function entryOf(ctx: ArticleContext, index: number): number {
  for (let i = index; i >= 0; i--) if (opensParagraph(ctx, ctx.sentences[i]) && ENTRY_TIME.test(ctx.sentences[i].text)) return i;
  return -1;
}

/**
 * No date words: a day of a stretch told before ("on the opening day"), the story told on, else the nearest date
 * earlier in the paragraph, else the day of the saying, else the last date told before it in the article, else the
 * day the sentence is told on (inferred).
 */

/**
 * Two events of a kind that are not one: place-bound ones told at named places (not countries) of which none is the
 * other's, calls and meetings between people of whom none is the other's.
 */
function elsewhere(a: Candidate, b: Candidate): boolean {
  const [x, y] = [namedWhere(a), namedWhere(b)];
  return !!x.length && !!y.length && !x.some((name) => y.includes(name));
}

/** The places (a place-bound event) or the people (one held by people) elsewhere compares (a function of its own, not a closure made per pair). */
function namedWhere(c: Candidate): string[] {
  return PLACE_BOUND.has(c.type) ? c.places.filter((p) => !COUNTRY_NAMES.has(p.name)).map((p) => p.name) : HELD_BY_PEOPLE.has(c.type) ? [...persons(c)] : [];
}

/** A line that is a date and a word or two ("13 June", "FRIDAY 13 JUNE", "Day 3: 26 February"): a heading of the lines below. */
function dateLine(line: Sentence, d: DateMention): boolean {
  if (!line.heading || line.text.length > HEADING_MAX_CHARS) return false;
  const rest = line.text.slice(0, d.charStart - line.charStart) + ' ' + line.text.slice(d.charEnd - line.charStart);
  return (rest.match(/\p{L}+/gu) ?? []).length <= HEADING_OTHER_WORDS;
}

/** How far before the article's lead an event told after it may lie and still be the story's: a month of news. */
const BACKGROUND_DAYS = 30;

/** Words that tell the next step of what was told last: "They then seized Selydove", "Later, troops took the town". */
const SEQUEL = /\b(?:then|later|afterwards|subsequently|after that)\b/i;

/**
 * "Missiles hit Kyiv on Thursday. // Kyiv was last hit this hard in July 2024, when ... // Drones also struck Bila Tserkva":
 * an event told after the article's lead (its first event dated by its own words) but dated well before it is background,
 * which a later paragraph's undated telling does not continue (unless it tells the background's next step: "They then ...").
 */
function background(o: Candidate, lead: Candidate | undefined, c: Candidate): boolean {
  return (
    !!lead &&
    o.sentence.paragraph !== c.sentence.paragraph &&
    o.date!.span.endDate < addDays(lead.date!.span.startDate, -BACKGROUND_DAYS) &&
    !SEQUEL.test(c.sentence.text)
  );
}

/** A happening told as another of its kind: "struck Kyiv again", "a new attack", "another strike", "a second wave". */
const ANOTHER_TIME = /\b(?:again|another|new|fresh|renewed|second|third|latest|previous|earlier|last)\b/i;
/** Whether span `a` lies within span `b`. */
const withinSpan = (a: DateSpan, b: DateSpan) => a.startDate >= b.startDate && a.endDate <= b.endDate;

const fallbackDatesStage: Stage = (ctx) => {
  const lead = ctx.candidates.find((o) => o.date?.own && !o.earlier);
  for (const c of ctx.candidates) {
    if (c.date) continue;
    const ofStretch = dayOfStretch(ctx, c);
    if (ofStretch) {
      c.date = ofStretch;
      continue;
    }
    // "Talks resume next week. Missiles struck Zaporizhzhia": a day still to come does not date what is told as done
    const toldDay = dayOf(ctx, c.sentence);
    const stepped = steppedBefore(ctx, c.sentence);
    if (stepped && notAheadOfTelling(c, toldDay, stepped)) {
      c.date = { span: stepped.span!, certainty: 'relative', dateText: stepped.text, own: false };
      continue;
    }
    const carried = fitsTold(c, toldDay, lastDateBefore(ctx, c.sentence));
    // the same story told on: "Drones also struck Odesa" after the dated lead on the attack
    const family = FAMILY[c.type] ?? c.type;
    // ("Kyiv and Moscow last exchanged prisoners in February" is background, not the story told on)
    // ("On 7 May the ministry claimed its troops had taken Toretsk" after a paragraph on the fall of Avdiivka, "Ushakov said on
    // Thursday that Putin had talked with Trump" after Zelenskyy's call: an event told in its own report, at another place or
    // between other people, is no story told on; its report's day dates it)
    const story = kept(
      ctx.candidates,
      (o) =>
        o.headOffset < c.headOffset && o.date?.own && !o.earlier && (FAMILY[o.type] ?? o.type) === family && !(c.reportedOn && elsewhere(o, c)) && !background(o, lead, c),
    ).pop();
    // "12 June / Drones hit Kharkiv overnight. / 13 June / Shelling of Kherson": a date on a line of its own heads the
    // lines below it, as a day heading does a log's or a liveblog's entries; a story told above it is not told on below it
    const told = carried ? undefined : fitsTold(c, toldDay, lastDateBefore(ctx, c.sentence, true));
    const headedIn = told && sentenceAt(ctx.sentences, told.charStart);
    const heading = headedIn && (!story || story.sentence.index < headedIn.index) && dateLine(headedIn, told) ? told : undefined;
    // "Drones also struck Odesa": "also" continues the story rather than the paragraph's last date
    const continues = /\balso\b/i.test(c.sentence.text);
    // "Missiles struck Kyiv overnight. / In Sumy, ... hit on 13 April, ... / The night's attack killed nine people in Kyiv":
    // a strike or a fight told again at the place of one told before, with no day of its own and not told as another
    // ("again", "a new attack"), is that one, not the day last told of another place
    const toldAtPlace =
      PLACE_BOUND.has(c.type) && c.places.length && !ANOTHER_TIME.test(c.sentence.text)
        ? kept(
            ctx.candidates,
            (o) =>
              o.headOffset < c.headOffset &&
              o.date?.own &&
              !o.earlier &&
              (FAMILY[o.type] ?? o.type) === family &&
              o.sentence.paragraph !== c.sentence.paragraph &&
              o.places.some((p) => c.places.some((q) => q.name === p.name)),
          ).pop()
        : undefined;
    // (a date line that only restates the day the story is told on, "14 June 2025" over a readout of that day, dates the
    // lines below no more firmly than that day does)
    const restatesToldDay = heading?.span!.precision === 'day' && heading.span!.startDate === toldDay && heading.span!.endDate === toldDay;
    if (heading) {
      c.date = restatesToldDay ? dayOfEntry(ctx, c, heading.span!) : { span: heading.span!, certainty: heading.certainty, dateText: heading.text, own: false };
    } else if (toldAtPlace && toldAtPlace !== story && (story || carried) && !withinSpan(carried?.span ?? story!.date!.span, toldAtPlace.date!.span)) {
      c.date = { span: toldAtPlace.date!.span, certainty: toldAtPlace.date!.certainty, dateText: toldAtPlace.date!.dateText, own: false };
      c.status = toldAtPlace.status;
    } else if (story && (!carried || continues)) {
      c.date = { span: story.date!.span, certainty: story.date!.certainty, dateText: story.date!.dateText, own: false };
      c.status = story.status;
      if (story.sentence.paragraph === c.sentence.paragraph) c.dayOfParagraph = true;
    } else if (carried) {
      c.date = { span: carried.span!, certainty: carried.certainty, dateText: carried.text, own: false };
      // (the day of a wave told in the paragraph, not of another kind of event: "the strike on Sumy" after Friday's meeting)
      const toldIn = sentenceAt(ctx.sentences, carried.charStart);
      if (toldIn?.paragraph === c.sentence.paragraph && ctx.candidates.some((o) => o.sentence === toldIn && (FAMILY[o.type] ?? o.type) === family)) c.dayOfParagraph = true;
      if (carried.tense === 'future' && PLANNABLE.has(c.type)) c.status = 'planned';
    } else if (c.reportedOn) {
      c.date = { span: c.reportedOn.span!, certainty: c.reportedOn.certainty, dateText: c.reportedOn.text, own: false };
    } else if (told && told.tense !== 'future' && !beforeEntry(ctx, c.sentence, told)) {
      // "Q: Friday's summit ...? / A: Trump phoned Zelensky on the flight home": the story's last day, not publication
      c.date = { span: told.span!, certainty: 'inferred', dateText: null, own: false };
    } else {
      c.date = dayOfEntry(ctx, c, storyDay(ctx, c.sentence));
    }
    // "Trump came to Alaska two days after a video call with Zelenskyy": the event its own anchor phrase names, in a
    // sentence with no day of its own, lies that many days from the day the sentence is told on (not the story of its
    // kind told before: that is the event the phrase points back to, on its own day)
    const within = heading || !story || (carried && !continues) ? ownAnchorPhrase(ctx, c) : undefined;
    if (within && c.date.span.precision === 'day') c.date = relativeDay(addDays(c.date.span.startDate, -within.anchor!.offsetDays), within.text);
  }
  for (const c of ctx.candidates) {
    if (ctx.ref.fromIngestTime && c.date!.certainty === 'relative') c.date!.certainty = 'inferred';
    const dayOfIt = c.type === 'meeting' ? laterDayOf(c) : 0;
    if (dayOfIt && c.date!.span.precision === 'day') c.date!.span = { ...c.date!.span, startDate: addDays(c.date!.span.startDate, -dayOfIt) };
  }
  // planned things without a date of their own are hopes, not schedule entries; nor does the day a plan was told of
  // date a happening ("Trump said on Friday he hoped to talk to Putin soon"), where it dates a decision ("Ukraine said on
  // Tuesday the US would resume aid")
  ctx.candidates = kept(ctx.candidates, (c) => c.status !== 'planned' || (c.date!.own && !(c.date!.ofSaying && !DECIDED_WHEN_TOLD.has(c.type))));
};

/**
 * The anchor phrase of a count of days that introduces the candidate's own kind around its trigger ("two days after a
 * video call"); a definite one ("two days before that call") points back to an event told before, dated there.
 */
function ownAnchorPhrase(ctx: ArticleContext, c: Candidate): DateMention | undefined {
  return mentionsIn(ctx, c.sentence).find(
    (d) =>
      d.kind === 'anchor' &&
      d.anchor?.offsetDays &&
      /^an?\s/i.test(d.anchor.phrase) &&
      c.headOffset >= d.charStart &&
      c.headOffset < d.charEnd &&
      anchorTypesOf(d)?.includes(c.type),
  );
}

/**
 * "Shelling killed 25 in Belgorod on Saturday. / A day earlier, Russia had launched its largest barrage. Strikes killed people
 * in Kyiv and Dnipro.": a bare count of days opening an earlier sentence of the paragraph, with no date told after it, moves
 * the paragraph's time from the last day told before it; the undated events after it are told on that day.
 */
function steppedBefore(ctx: ArticleContext, sentence: Sentence): DateMention | undefined {
  for (let i = sentence.index - 1; i >= 0 && ctx.sentences[i].paragraph === sentence.paragraph; i--) {
    const s = ctx.sentences[i];
    const mentions = mentionsIn(ctx, s);
    if (mentions.some((d) => d.kind === 'date' && d.span)) return undefined;
    const step = mentions.find((d) => d.kind === 'anchor' && !d.anchor?.phrase && d.anchor?.offsetDays && d.charStart - s.charStart < 3);
    if (!step) continue;
    const base = nearest(
      ctx.dates.filter((d) => d.kind === 'date' && d.span?.precision === 'day' && d.charEnd <= step.charStart && !datesANoun(ctx, d)),
      step.charStart,
    );
    if (!base) return undefined;
    const day = addDays(base.span!.startDate, step.anchor!.offsetDays);
    return { ...step, span: { startDate: day, endDate: day, precision: 'day' } };
  }
  return undefined;
}

/**
 * "18:30 — Delegations sit down for talks in Riyadh": a timestamped entry tells its undated events on its own day, as
 * firmly as a date line would (not a truce in force there, which may have begun before it). (A function of its own, not
 * a closure made per candidate: under tsx, keepNames costs a defineProperty for each closure made.)
 */
function dayOfEntry(ctx: ArticleContext, c: Candidate, span: DateSpan): AssignedDate {
  const ofEntry = !TAKES_EFFECT.has(c.type) && entryOf(ctx, c.sentence.index) >= 0;
  return { span, certainty: 'inferred', dateText: null, own: false, ...(ofEntry ? { ofEntry } : {}) };
}

/** A date carried to a candidate when it may date it: one still to come dates only what may be planned (not a closure made per candidate). */
function fitsTold(c: Candidate, toldDay: string, d: DateMention | undefined): DateMention | undefined {
  return d && (PLANNABLE.has(c.type) || notAheadOfTelling(c, toldDay, d)) ? d : undefined;
}

/** A country as a place of an event (no coordinates): a function of its own, not a closure made per article. */
function isCountry(p: ExtractedPlace): boolean {
  return p.lat === null && COUNTRY_NAMES.has(p.name);
}

/** "Russia fired 367 drones at Ukraine" is the sum of the city strikes the article goes on to name. */
const nationwideStage: Stage = (ctx) => {
  const located = kept(ctx.candidates, (c) => FAMILY[c.type] && c.places.some((p) => !isCountry(p)));
  ctx.candidates = kept(
    ctx.candidates,
    (c) => !(FAMILY[c.type] && c.places.length && c.places.every(isCountry) && located.some((o) => spansOverlap(o.date!.span, c.date!.span))),
  );
};

/** "halt attacks for 30 days" from D: D..D+29. Applied after merging, so any mention's duration counts. */
const durationsStage: Stage = (ctx) => {
  for (const c of ctx.candidates) c.date!.span = lastingSpan(ctx, c);
};

const CERTAINTY_RANK: Record<DateCertainty, number> = { explicit: 3, relative: 2, inferred: 0 };

function dateRank(c: Candidate): number {
  // "The conversation on Saturday lasted an hour" beats "they spoke, Zelenskyy said on Sunday"
  return (c.date!.own && !c.date!.ofSaying ? 1 : 0) + CERTAINTY_RANK[c.date!.certainty];
}

/** How far before a saying the event it reports may lie: a weekly news cycle, as ingest widens undated reports. */
const SAYING_REACH_DAYS = INFERRED_WIDENING_DAYS;

const membersOf = (c: Candidate) => c.members ?? [c.headOffset];

// compatible's helpers live at module level: it runs for every pair of candidates, and under tsx
// (keepNames) each named closure costs a defineProperty call per creation.
const toldAgainst = (x: Candidate, y: Candidate) => membersOf(y).some((head) => x.distinctFrom?.includes(head));
/** A date carried from an explicit date earlier in the paragraph ("2025-03-11: ...") is as firm as an own one, as is a liveblog entry's day. */
const loose = (c: Candidate) => !c.date!.own && c.date!.certainty !== 'explicit' && !c.date!.ofEntry;
/** A day of saying holds the days just before it ("they spoke, he said on Sunday" / "the call was on Saturday"). */
const saidAfter = (x: Candidate, y: Candidate) =>
  !!x.date!.ofSaying && y.date!.span.endDate <= x.date!.span.startDate && y.date!.span.startDate >= addDays(x.date!.span.startDate, -SAYING_REACH_DAYS);
const inOtherCountries = (a: Candidate, b: Candidate) => !!a.places[0]?.countryCode && !!b.places[0]?.countryCode && a.places[0].countryCode !== b.places[0].countryCode;
const sharesActor = (a: Candidate, b: Candidate) => a.actors.some((x) => b.actors.some((y) => x.name === y.name));
const persons = (c: Candidate) => new Set(c.actors.filter((x) => x.kind === 'person').map((x) => x.name));

/** The truce of `merged` an end told alone closes: the latest to start on or before that day, of days not yet told. */
function truceEnded(merged: Candidate[], endsOn: string): Candidate | undefined {
  const begun = merged.filter((m) => TAKES_EFFECT.has(m.type) && m.date!.own && m.date!.span.precision === 'day' && m.date!.span.startDate <= endsOn);
  return begun.sort((a, b) => b.date!.span.startDate.localeCompare(a.date!.span.startDate))[0];
}

/** Decisions a state takes on its own: its first-named actor decides, the others receive or are targeted. */
const DECIDED_ALONE = new Set<EventType>(['aid_decision', 'sanctions']);
/**
 * "The EU adopted its package on Tuesday, and Britain announced designations of its own", "Biden announced
 * tanks; hours before, Scholz said Germany would send Leopards": two deciders, neither named in the other's
 * mention, took two decisions.
 */
/** The states a candidate's actors act for (a function of its own, not a closure made per pair). */
function statesOf(c: Candidate): Set<string> {
  return new Set(c.actors.map(stateOf));
}

function decidedApart(a: Candidate, b: Candidate): boolean {
  if (!a.actors.length || !b.actors.length) return false;
  return !statesOf(b).has(stateOf(a.actors[0])) && !statesOf(a).has(stateOf(b.actors[0]));
}

/**
 * "rockets hit the centre of Belgorod on Thursday" and, later, "most were shot down over the Belgorod
 * region": the strike told again, undated, at the region holding its place (or named after it: "the
 * Moscow region" around Moscow). A region mention in another sentence with a date of its own is news of
 * its own ("villages in Kherson region were retaken on Sunday"), unless it is a strike on the very days of the city's: a
 * summary line and its detail ("the enemy fired 200 shells at the Kherson region over the past day" ... "in Beryslav,
 * shelling over the past day damaged a school"; "the Moscow region came under the largest drone attack yet" ... "drones
 * hit Moscow overnight"); within one sentence a city and the region
 * holding it, struck on the same days, are one strike told at both ("fired missiles at a target in the
 * Bryansk region ... near Karachev", "drones over the Moscow region, most of them near the capital").
 */
function regionOf(region: Candidate, place: Candidate): boolean {
  const sameDays = !!region.date && !!place.date && sameSpan(region.date.span, place.date.span);
  const toldAgain = region.sentence !== place.sentence && (!region.date?.own || (sameDays && FAMILY[region.type] === 'strike'));
  const toldTogether = region.sentence === place.sentence && sameDays;
  if (!(toldAgain || toldTogether) || !region.placeArea?.region || place.placeArea?.region !== false) return false;
  const named = foldName(region.places[0].name) === `${foldName(place.places[0].name)} oblast`;
  return named || (!!region.placeArea.division && region.placeArea.division === place.placeArea.division);
}

/** Whether two spans are the same days. */
const sameSpan = (a: DateSpan, b: DateSpan) => a.startDate === b.startDate && a.endDate === b.endDate;

/** Whether `inner` lies inside `outer`. */
const within = (inner: DateSpan, outer: DateSpan) => inner.startDate >= outer.startDate && inner.endDate <= outer.endDate;

/** Told with days of its own from a start to an end: "from 8 to 10 May". */
const isWindow = (c: Candidate) => c.date!.own && c.date!.span.precision === 'day' && c.date!.span.endDate > c.date!.span.startDate;

/** How many days after a truce was told of it may be told to begin ("declared on Monday ... began on Thursday") and be that truce. */
const EFFECT_WITHIN_DAYS = 10;

/**
 * "Russia announced a three-day truce on Monday. The truce began at midnight on Thursday": the definite truce told by
 * the day it took effect is the one told before, when it began within days after that one was told (an indefinite
 * one, "Another truce began on Friday", is another).
 */
function startedAfter(started: Candidate, told: Candidate): boolean {
  if (!started.tookEffect || told.tookEffect || started.headOffset < told.headOffset) return false;
  const from = told.date!.span.startDate;
  const to = started.date!.span.startDate;
  return from <= to && to <= addDays(from, EFFECT_WITHIN_DAYS);
}

/**
 * "Putin announced an Easter truce today" (19 April) and "the Kremlin announced a truce from 8 to 10 May": a truce told
 * on one day and one scheduled weeks after it are two truces; an announcement and the start it names lie within days.
 */
function startsWithinEffect(a: Candidate, b: Candidate): boolean {
  if (!a.date!.own || !b.date!.own || a.date!.span.precision !== 'day' || b.date!.span.precision !== 'day') return true;
  const [first, second] = a.date!.span.startDate <= b.date!.span.startDate ? [a, b] : [b, a];
  return second.date!.span.startDate <= addDays(first.date!.span.startDate, EFFECT_WITHIN_DAYS);
}

/**
 * "05.01.2023 - CEASEFIRE ORDERED. Putin orders a 36-hour ceasefire, 12:00 MSK 06.01 to 24:00 MSK 07.01": a truce told on
 * one day of its own and a truce told by its own window of days starting on or within days after it are one truce, the
 * window its days (two windows are two truces; a day after the window's start is another telling).
 */
function windowAfterTelling(window: Candidate, told: Candidate): boolean {
  if (!isWindow(window) || !told.date!.own || told.date!.span.precision !== 'day' || told.date!.span.endDate !== told.date!.span.startDate) return false;
  const day = told.date!.span.startDate;
  const start = window.date!.span.startDate;
  return day <= start && start <= addDays(day, EFFECT_WITHIN_DAYS);
}

/** Head words of aid held back ("paused", "suspension", "froze") and of aid given again ("resumed", "lifted", "restored"). */
const AID_HELD_BACK = /^(?:paus|halt|suspen|withh[eo]l|fr[oe][zs]|stop|block|delay)/i;
const AID_GIVEN_AGAIN = /^(?:resum|restart|restor|lift|unfr[oe][zs]|unblock)/i;

/** The act an aid decision's head word tells: held back, given again, or neither (given, approved, pledged). */
function aidActOf(c: Candidate): 'held' | 'again' | undefined {
  const word = c.sentence.text.slice(c.headOffset - c.sentence.charStart, c.headOffset - c.sentence.charStart + 12);
  return AID_HELD_BACK.test(word) ? 'held' : AID_GIVEN_AGAIN.test(word) ? 'again' : undefined;
}

/** Two aid decisions whose head words tell opposite acts: a pause and its lifting. */
function opposedAidActs(a: Candidate, b: Candidate): boolean {
  const [actA, actB] = [aidActOf(a), aidActOf(b)];
  return !!actA && !!actB && actA !== actB;
}

/** `o` dated by its own words more than BACKGROUND_DAYS before the day `c` (a loose date) is inferred to be. */
function ownWellBefore(o: Candidate, c: Candidate): boolean {
  return !!o.date!.own && o.date!.span.endDate < addDays(c.date!.span.startDate, -BACKGROUND_DAYS);
}

/** A meeting of no two named people told over several days, beside a meeting of two or more people (`others`). */
function spreadGathering(c: Candidate, others: ReadonlySet<string>): boolean {
  return c.date!.span.precision === 'day' && c.date!.span.endDate > c.date!.span.startDate && persons(c).size < 2 && others.size >= 2;
}

function compatible(a: Candidate, b: Candidate): boolean {
  // a truce "declared" and the truce that "will run" are one event: status need not agree
  if (a.type !== b.type) return false;
  if (toldAgainst(a, b) || toldAgainst(b, a)) return false;
  // a truce announced on one day and taking effect on another is one truce (two windows of days of their own,
  // "the Easter truce ran on 19-20 April" and "the truce declared for 8-10 May", are two)
  const announcedAndScheduled =
    TAKES_EFFECT.has(a.type) &&
    (a.status !== b.status || startedAfter(a, b) || startedAfter(b, a) || windowAfterTelling(a, b) || windowAfterTelling(b, a)) &&
    !(isWindow(a) && isWindow(b)) &&
    startsWithinEffect(a, b);
  const sameDays = spansOverlap(a.date!.span, b.date!.span);
  // "Overnight into Sunday Russia launched 298 drones at Ukraine. Drones hit Kyiv. / The previous night the capital was also
  // attacked": a strike dated by the day its paragraph told is that day's, not a telling of a strike at its place on another
  if (PLACE_BOUND.has(a.type) && !sameDays && (a.dayOfParagraph || b.dayOfParagraph)) return false;
  // "the previous conversation between the two leaders took place in 2022" is not this article's call
  if (!sameDays && (a.earlier || b.earlier)) return false;
  // "MONDAY 10 OCTOBER ... Blasts also in Lviv" and "TUESDAY 11 OCTOBER ... missiles hit a plant in Lviv": strikes at one
  // place that both take their days from the text around them, and take two days, are two strikes (a loose date merges
  // a re-mention into the mention that dates itself)
  const twoLooseDays = PLACE_BOUND.has(a.type) && !sameDays && !a.date!.own && !b.date!.own;
  // ("The signing took place after a meeting between the President and the Secretary General" and, below, "the register set up at
  // the Reykjavik summit in May 2023": a day the text only lets us infer is no telling of an event dated well before it)
  const looseFits = (loose(a) && !ownWellBefore(b, a)) || (loose(b) && !ownWellBefore(a, b));
  const datesFit = sameDays || (looseFits && !twoLooseDays) || saidAfter(a, b) || saidAfter(b, a) || announcedAndScheduled;
  if (!datesFit) return false;
  if (PLACE_BOUND.has(a.type)) {
    if (!a.places.length || !b.places.length) return false;
    return foldName(a.places[0].name) === foldName(b.places[0].name) || (sameDays && (regionOf(a, b) || regionOf(b, a)));
  }
  if (a.remention || b.remention) return true;
  // "a G7 meeting in Bali" and "NATO envoys met in Brussels" on one day: meetings held in two countries are two
  if (LOCATED.has(a.type) && inOtherCountries(a, b)) return false;
  if (DECIDED_ALONE.has(a.type) && decidedApart(a, b)) return false;
  // "Washington paused military aid last week" and "will lift the pause and resume security assistance": aid held back
  // and aid given again are two decisions, whatever their days and parties
  if (a.type === 'aid_decision' && opposedAidActs(a, b)) return false;
  // "Germany will send tanks, Scholz said on Wednesday" and "Britain, which had pledged tanks earlier this
  // month": a day inside another mention's month is no evidence of one event when their parties differ
  if (a.date!.span.precision !== b.date!.span.precision && a.date!.own && b.date!.own && a.actors.length && b.actors.length && !sharesActor(a, b)) return false;
  // two fully named events conflict when their people differ ("Trump–Putin" vs "Trump–Zelenskyy");
  // a mention naming fewer people is a re-telling of the fuller one
  const ap = persons(a);
  const bp = persons(b);
  // "The second day of the summit opened" and "Trump and Zelenskyy met on the sidelines of the summit this afternoon": a
  // gathering told over days of its own is not the meeting of two people held on one of them
  if (a.type === 'meeting' && (spreadGathering(a, bp) || spreadGathering(b, ap))) return false;
  if (ap.size < 2 || bp.size < 2) return true;
  const shared = [...ap].filter((n) => bp.has(n)).length;
  return shared === Math.min(ap.size, bp.size);
}

/**
 * An article that says at its head that what it tells is not real: "The scenarios below are illustrative", "It is not a
 * forecast", "describes no real events", an alternate history or a counterfactual.
 */
const NOT_REAL =
  /\b(?:it|this|these|the following|(?:the|this|our) (?:note|paper|memo|brief|piece|story|exercise|scenarios?|events)(?: below)?)(?: [a-z]+){0,2}? (?:is|are) (?:purely |entirely |only )?(?:not (?:a )?(?:forecasts?|predictions?)|illustrative|fictional|fictitious|imaginary|invented|hypothetical)\b|\bdescribes? no real events\b|\b(?:alternate|alternative) history\b|\bcounterfactual\b/i;
/** How much of the body the declaration is looked for in: its first paragraph, or at most this many characters. */
const HEAD_CHARS = 600;

/** How far back the story's own time reaches: what a text dates earlier than this before it was written is history. */
const HISTORY_YEARS = 20;

/** The day HISTORY_YEARS before publication: what is dated before it is history. */
function historyBefore(ctx: ArticleContext): string {
  return `${Number(ctx.publicationDay.slice(0, 4)) - HISTORY_YEARS}${ctx.publicationDay.slice(4)}`;
}

/**
 * A scenario paper, a war game or an alternate history tells what did not happen: of its events only those told as
 * done and dated by a date of their own with its year ("the Minsk accord signed on 12 February 2015") are the real
 * history it recounts. Any article's events dated decades before it was written are history told as context.
 */
const scenarioStage: Stage = (ctx) => {
  // "In Korea, the fighting stopped in 1953", "the armistice that ended the Korean war in 1953 is the usual example":
  // history told as context or as a precedent, decades before the story, is no event of the timeline
  const before = historyBefore(ctx);
  ctx.candidates = kept(ctx.candidates, (c) => !c.date || c.date.span.endDate >= before);
  const head = `${ctx.title ?? ''}\n${ctx.body.slice(0, HEAD_CHARS).split(/\n\s*\n/)[0]}`;
  if (!NOT_REAL.test(head)) return;
  ctx.candidates = kept(ctx.candidates, (c) => c.date?.own && c.date.certainty === 'explicit' && c.status === 'occurred' && /\b\d{4}\b/.test(c.date.dateText ?? ''));
};

/**
 * A briefing on another talk, up to that talk's noun: "Trump informed Zelenskyy of the details of yesterday's conversation
 * with the Russian leader", "briefed his counterpart on his meeting with". The talk told of is not the one the briefing is
 * given in.
 */
const BRIEFED_ON =
  /\b(?:informed|briefed|updated)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:about|of|on)\s+(?:the\s+(?:details|results?|outcome|substance|content)\s+of\s+)?(?:(?:his|her|their|the|this|that|[\p{L}]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "The President of Ukraine had a conversation with the President of the United States. / Trump informed Zelenskyy of the
 * details of yesterday's conversation with the Russian leader": a talk told of in a briefing is another talk than the
 * undated one the article tells before it (the one the briefing was given in).
 */
function briefedOn(ctx: ArticleContext): void {
  for (const c of ctx.candidates) {
    if (!HELD_BY_PEOPLE.has(c.type) || !BRIEFED_ON.test(ctx.body.slice(Math.max(c.sentence.charStart, c.headOffset - 90), c.headOffset))) continue;
    const undated = kept(ctx.candidates, (o) => o.type === c.type && o.sentence.index < c.sentence.index && !o.date?.own);
    if (undated.length) c.distinctFrom = [...(c.distinctFrom ?? []), ...mapped(undated, (o) => o.headOffset)];
  }
}

/**
 * A sentence opened by a step back within the day the story has told: "Earlier on Friday, Fidan hosted a trilateral
 * meeting", "Earlier in the day, drones hit Odesa", "Earlier that day ...".
 */
const EARLIER_THAT_DAY =
  /^\W*Earlier\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+same\s+day)|in\s+the\s+day|that\s+(?:day|morning|afternoon|evening)|the\s+same\s+day)\b/i;

/**
 * "Delegations met in Istanbul on Friday ... / Earlier on Friday, Fidan hosted a trilateral meeting": what a sentence opened
 * by "earlier that day" tells happened before the events of its kind told before it: another event, not one of them told again.
 */
function earlierThatDay(ctx: ArticleContext): void {
  for (const c of ctx.candidates) {
    if (!EARLIER_THAT_DAY.test(c.sentence.text)) continue;
    const before = kept(ctx.candidates, (o) => o.type === c.type && o.sentence.index < c.sentence.index);
    if (before.length) c.distinctFrom = [...(c.distinctFrom ?? []), ...mapped(before, (o) => o.headOffset)];
  }
}

/**
 * A sentence whose subject is the bare noun of an event and whose verb places it after or before another:
 * "The meeting came two weeks after Trump held a call with Putin on Feb. 12", "The swap followed ..." (not "The truce came
 * into force on Thursday", which tells the event's own day).
 */
const SEQUENCED_SUBJECT =
  /^\W*(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:(?:came|comes)\s+(?:(?:just|only|barely|shortly|hours|days|weeks|months|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+(?:hours?|days?|weeks?|months?))\s+)?(?:after|before)|followed|follows|(?:was|is)\s+preceded)\b/diu;

/**
 * "Trump and Vance berated Zelenskyy in the Oval Office on Friday ... / The meeting came two weeks after Trump held a call on
 * Feb. 12": a sentence's subject naming the kind of an event the article has already told is that event told again (its
 * day counted back from the other event is no day of its own), not a new one.
 */
function toldAgainAsSubject(ctx: ArticleContext, c: Candidate): boolean {
  return toldAgainAt(ctx, c, SEQUENCED_SUBJECT);
}

/** Whether the candidate's head is the noun `pattern` captures in its sentence, of its kind, and the article told one before. */
function toldAgainAt(ctx: ArticleContext, c: Candidate, pattern: RegExp): boolean {
  const m = pattern.exec(c.sentence.text);
  if (!m?.indices?.[1] || c.headOffset !== c.sentence.charStart + m.indices[1][0] || !ANCHOR_NOUNS[m[1].toLowerCase()]?.includes(c.type)) return false;
  return ctx.candidates.some((o) => o.type === c.type && o.sentence.index < c.sentence.index && o.date && !o.remention);
}

/** A sentence opened by a time after a talk told before: "After the meeting, ...", "Following those talks, ...". */
const AFTER_THE_TALK = /^\W*(?:\([A-Z]{1,4}\)\s*)?(?:After|Following)\s+(?:the|that|those|this|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s*,/du;

/**
 * "Delegations met in Istanbul on 29 March. After the meeting, the deputy minister announced a pullback from Kyiv": the talk a
 * sentence opens with, by its noun and a determiner, is the one the article has told before, its day and place that one's (the
 * main clause's day and places are of what followed it).
 */
function toldAgainAsOpener(ctx: ArticleContext, c: Candidate): boolean {
  return HELD_BY_PEOPLE.has(c.type) && toldAgainAt(ctx, c, AFTER_THE_TALK);
}

/** The same event told twice in one article is one event; its best sentence is the one with a date. */
const mergeStage: Stage = (ctx) => {
  briefedOn(ctx);
  // (a mention of the event told before it: it corroborates that event and leaves it its day)
  for (const c of kept(ctx.candidates, (c) => toldAgainAsSubject(ctx, c) || toldAgainAsOpener(ctx, c))) Object.assign(c, { remention: true, date: { ...c.date!, own: false, certainty: 'inferred' } });
  earlierThatDay(ctx);
  const merged: Candidate[] = [];
  const ordered = [...kept(ctx.candidates, (c) => !c.remention), ...kept(ctx.candidates, (c) => c.remention)];
  for (const c of ordered) {
    // "The truce expired on Sunday night": the end of the latest truce that began by then, told in another sentence
    const into = c.endsOn ? truceEnded(merged, c.endsOn) : merged.find((m) => compatible(m, c));
    // (an end told of a truce whose window or length is known adds nothing to its days, and its day is no start)
    if (into && c.endsOn) {
      if (!isWindow(into) && !into.durationDays) into.date!.span = { ...into.date!.span, endDate: c.endsOn };
      into.mentions++;
      continue;
    }
    if (!into) {
      if (!c.remention) merged.push({ ...c, members: [c.headOffset] });
      continue;
    }
    // a truce is dated by when it takes effect: its scheduled start beats the day it was announced
    const takesEffect = TAKES_EFFECT.has(c.type) && c.date!.own && into.date!.own && ((c.status === 'planned' && into.status === 'occurred') || startedAfter(c, into));
    // "the truce, which ran from Saturday evening until midnight on Sunday" is the fullest telling of its days
    const fullerWindow = TAKES_EFFECT.has(c.type) && isWindow(c) && !isWindow(into) && (spansOverlap(c.date!.span, into.date!.span) || windowAfterTelling(c, into));
    // "Congress approved the aid in April, and Biden signed the bill on April 24": of two own dates of one event, a day
    // inside the other's week or month is the finer telling of it
    const finerDay = c.date!.own && into.date!.own && c.date!.span.precision === 'day' && into.date!.span.precision !== 'day' && within(c.date!.span, into.date!.span);
    const better =
      takesEffect ||
      fullerWindow ||
      finerDay ||
      // ("A truce took effect at midnight. / On Sunday Kyiv said Russia had broken the truce": a truce re-mentioned is told
      // broken, holding or ending, or frames another event, and its day is that one's, not the truce's)
      (dateRank(c) > dateRank(into) && !(c.remention && TAKES_EFFECT.has(c.type))) ||
      (dateRank(c) === dateRank(into) && !c.remention && (into.sentence.heading && !c.sentence.heading));
    // "Zelenskyy said the call had opened Pandora's box": who speaks of an event did not take part in it
    const people = into.actors.filter((a) => a.kind === 'person').length;
    const actors = uniqueActors([...into.actors, ...(c.remention && people >= 2 ? [] : c.actors)]);
    const mentions = into.mentions + 1;
    const strength = Math.max(into.strength, c.strength);
    // ("from 6 p.m. on Saturday until midnight on Sunday" and, later, "proposed that the halt be extended for 30 days": a
    // truce whose days its own dates told keeps them; a length told in another mention does not stretch it)
    const durationDays = into.durationDays ?? (!better && TAKES_EFFECT.has(c.type) && isWindow(into) ? undefined : c.durationDays);
    const members = [...membersOf(into), c.headOffset];
    const distinctFrom = [...(into.distinctFrom ?? []), ...(c.distinctFrom ?? [])];
    // a strike told at its city and again at the city's region is placed at the city first
    const [place, area] = regionOf(into, c) ? [c.places, c.placeArea] : [into.places, into.placeArea];
    // "sat in the same room on Friday" and "the talks in Istanbul": a meeting's place told in either sentence is its place
    const told = into.places.length ? { places: into.places, placeArea: into.placeArea } : { places: c.places, placeArea: c.placeArea };
    if (better) Object.assign(into, { ...c, remention: false });
    Object.assign(into, { actors, mentions, strength, durationDays, members, distinctFrom });
    if (PLACE_BOUND.has(c.type)) Object.assign(into, { places: place, placeArea: area });
    else if (!into.places.length) Object.assign(into, told);
  }
  ctx.candidates = merged.sort((a, b) => a.sentence.charStart - b.sentence.charStart);
};

const finishStage: Stage = (ctx) => {
  ctx.events = ctx.candidates.map((c) => {
    const confidence = confidenceOf(c, ctx);
    const { span } = c.date!;
    return {
      type: c.type,
      title: titleFor(c.type, c.actors, c.places),
      summary: summaryFor(c.sentence.text),
      startDate: span.startDate,
      endDate: span.endDate,
      datePrecision: span.precision as DatePrecision,
      dateCertainty: c.date!.certainty,
      status: c.status,
      actors: c.actors,
      places: c.places,
      confidence,
      mention: {
        quote: c.sentence.text,
        charStart: c.sentence.charStart,
        charEnd: c.sentence.charEnd,
        dateText: c.date!.dateText,
        confidence,
      },
    };
  });
};

export const EVENT_PIPELINE: ReadonlyArray<[string, Stage]> = [
  ['sentences', sentencesStage],
  ['liveblog entries', entriesStage],
  ['countries', countriesStage],
  ['triggers', triggersStage],
  ['own dates', ownDatesStage],
  ['anchors', anchorsStage],
  ['fallback dates', fallbackDatesStage],
  ['scenario', scenarioStage],
  ['merge', mergeStage],
  ['nationwide', nationwideStage],
  ['durations', durationsStage],
  ['finish', finishStage],
];

export function runPipeline(body: string, ref: DateReference, dates: DateMention[], stages = EVENT_PIPELINE, title?: string): ArticleContext {
  const ctx: ArticleContext = {
    body,
    title,
    ref,
    publicationDay: localDay(ref.instant, ref.offsetMinutes),
    entryDaysBack: new Map(),
    dates: [...dates],
    sentences: [],
    readings: [],
    surnames: new Map(),
    surnamesThrough: 0,
    preferredCountries: new Set(),
    candidates: [],
    events: [],
  };
  for (const [, stage] of stages) stage(ctx);
  return ctx;
}
