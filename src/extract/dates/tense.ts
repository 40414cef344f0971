/**
 * The tense a date expression is read with, from the verbs of its clause: auxiliaries and
 * modals ("will", "is expected to", "due to", "plans to"), past forms ("said", "-ed" verbs,
 * "was"), the nearest one to the expression deciding. Used to resolve underspecified dates
 * (a bare weekday, a month without a year) backwards or forwards from the publication day.
 */
import { allMatches } from '../matches.js';
import { firstFailing } from '../sorted.js';
import { mapped } from '../packed.js';
export type Tense = 'past' | 'future' | 'unknown';

/** Verbs of demand or request: the infinitive they govern is what should happen ("urged Kyiv to agree by Friday"). */
const DEMAND_VERBS = new Set(['urged', 'urges', 'urge', 'demanded', 'demands', 'demand', 'asked', 'asks', 'pressed', 'presses', 'called', 'calls', 'invited', 'invites', 'challenged']);

/** Words that put what follows in the future (or a plan, an expectation). */
const FUTURE_WORDS = new Set([
  'will', 'shall', 'would', 'should', "'ll", 'll', 'wont', 'may', 'might', 'expected', 'expects', 'expect',
  'scheduled', 'planned', 'planning', 'upcoming', 'forthcoming', 'intends', 'intend', 'going',
  'proposed', 'tomorrow', 'must',
]);

/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'spoke', 'took', 'made', 'began', 'fell',
  'rose', 'came', 'went', 'saw', 'gave', 'held', 'led', 'left', 'lost', 'won', 'struck', 'fought',
  'sent', 'shot', 'fled', 'sold', 'bought', 'paid', 'brought', 'thought', 'became', 'ran', 'drew',
  'grew', 'broke', 'chose', 'flew', 'got', 'knew', 'stood', 'wrote', 'sank', 'threw', 'caught',
  'felt', 'kept', 'meant', 'sought', 'spent', 'built', 'heard', 'found', 'laid', 'tore', 'overran',
  'ago', 'slid', 'shrank', 'swung', 'hit', 'cut', 'lit', 'quit', 'spread', 'beat',
  'withdrew', 'retook', 'overtook', 'undertook', 'withheld', 'upheld', 'rebuilt', 'drove', 'rode', 'blew', 'shook',
  'swept', 'sped', 'froze', 'forbade', 'oversaw', 'rang', 'swore', 'wore', 'hid', 'dealt', 'lent', 'taught', 'stole',
  'overcame', 'overthrew', 'sprang', 'spun', 'crept', 'slept', 'arose',
  'earlier', 'previously',
]);

/** Words ending in -ed that are not past verbs, or that are adjectives far more often. */
const NOT_PAST_ED = new Set([
  'need', 'indeed', 'speed', 'seed', 'feed', 'red', 'bed', 'hundred', 'shed', 'proceed', 'exceed',
  'succeed', 'breed', 'greed', 'creed', 'weed', 'bleed', 'embed', 'united', 'armed', 'alleged',
  'based', 'related', 'limited', 'advanced', 'detailed', 'unprecedented', 'called', 'concerned',
  'involved', 'required', 'supposed', 'unnamed', 'unidentified', 'wounded', 'injured', 'occupied',
  'biased', 'reed', 'led',
]);

/** Words that, before "be", make a participle a future passive ("will be held", "to be signed"). */
const FUTURE_BEFORE_BE = new Set(['will', 'shall', 'would', 'should', 'could', 'll', 'to', 'may', 'might']);
/** Verbs of intention, future only with an infinitive: "plans to meet" (not "announced plans Friday"). */
const FUTURE_WITH_TO = new Set(['due', 'set', 'is', 'are', 'plans', 'plan', 'aims', 'aim', 'hopes', 'hope', 'hoped', 'intends', 'wants', 'poised']);

export interface Marker {
  start: number;
  end: number;
  tense: 'past' | 'future';
  word: string;
  /** A participle after has/have: a state or result that reaches the present ("has kept ... closed"). */
  perfect: boolean;
  /** A simple present read as a timetable ("the leaders meet on Monday"). */
  simplePresent: boolean;
  /** The infinitive of a demand: it dates only what follows it ("urged allies on Monday to send jets" was on a past Monday). */
  demanded?: boolean;
}

/** How a date expression was read: its tense, and what else the reading showed. */
export interface TenseReading {
  tense: Tense;
  /** The marker was in the expression's own clause, or only elsewhere in its sentence. */
  scope: 'clause' | 'sentence';
  /** In the window of what a past declaration declared ("announced a truce from Friday"). */
  declaredWindow: boolean;
  /** The clause's verb is a present perfect. */
  perfect: boolean;
  /** The future was read from a simple present, which a timeline uses for the past. */
  simplePresent: boolean;
}

/**
 * Verbs that declare, decide or direct something whose own time may lie ahead: in "declared a truce from
 * May 8 to May 10" the window is the truce's, not the declaring's. Their past tense says nothing
 * of a window (from/until/to/starting) after their object; it does of a date they take
 * themselves ("signed the bill on April 24").
 */
const DECLARATION_VERBS = new Set([
  'declared', 'announced', 'agreed', 'ordered', 'proposed', 'promised', 'offered', 'approved',
  'set', 'called', 'scheduled', 'planned', 'unveiled', 'confirmed', 'signed',
  // directives: "instructed the defence minister to introduce a truce from noon Friday", "decreed a halt from Sunday"
  'instructed', 'directed', 'commanded', 'decreed', 'authorised', 'authorized',
  // demands and backing: "demanded a ceasefire from Monday", "backed a truce starting on Monday" (a plan asked for or supported)
  'demanded', 'urged', 'backed', 'endorsed', 'supported', 'requested', 'sought',
]);
/**
 * What opens the window of a declared state: "from May 8", "until midnight on Sunday", "from the
 * first minute of 8 May", "until the end of 10 May", "from 18:00 Moscow time on Saturday",
 * "starting on Monday", "starting at noon on Friday", and the days it is declared for: "a truce for 8-10 May", "for the days of 8 to 10 May". A clock time's zone and a wire's
 * conversion in brackets may follow it: "from noon Kyiv time", "from 6 p.m. Moscow time (1500 GMT) on Saturday".
 */
const WINDOW_OPENER =
  /\b(?:(?:from|until|till|to|through|starting|beginning|between|and)\s+(?:(?:(?:at\s+)?(?:noon|midnight|dawn|dusk|\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)(?:\s+(?:[A-Z][a-z]+\s+)?time)?(?:\s*\([^()\n]{1,24}\))?|the\s+(?:(?:first|last|final)\s+(?:minute|hour|second)|start|end|beginning|close|morning|evening|night)\s+of)\s+)?(?:on\s+)?|for\s+(?:the\s+(?:days?|period|nights?)\s+(?:of\s+)?)?)$/i;

/** A report in the past before a "would": "said", "announced", "told reporters". */
const PAST_REPORT = /\b(?:said|announced|declared|told|stated|confirmed|promised|pledged)\b/i;
/** The start of a window: "from", "starting", "beginning", "between". */
const WINDOW_START = /\b(?:from|starting|beginning|between)\b/i;

/** The possessive after a date: "Monday's attack", "Friday’s call". */
const POSSESSIVE = /^['’]s$/;

/** Verbs whose object is a plan: "he proposed talks in Istanbul on Thursday" dates the talks, not the proposing. */
const PROPOSAL_VERBS = new Set(['proposed', 'offered', 'promised', 'suggested']);

/** Nothing but a preposition of time between a verb and a date: "proposed on ", "offered late on ", "suggested ". */
const OWN_DAY_LINK = /^\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** A passive's "be" before a verb: "will be proposed on Monday" is a proposing ahead. */
const BE_BEFORE = /\bbe(?:en|ing)?\s+$/i;

/** The reading a marker gives the expression at [start, end). */
function readingFrom(marker: Marker, sentence: string, start: number, end: number, scope: TenseReading['scope']): TenseReading {
  const reading = { tense: marker.tense, scope, declaredWindow: false, perfect: marker.perfect, simplePresent: marker.simplePresent };
  // "Zelenskyy proposed on Sunday that ...", "Kyiv offered late on Tuesday to halt strikes": a date right after a
  // proposal's verb is the day of the proposing, told in the past ("proposed talks in Istanbul on Thursday" dates the talks)
  if (PROPOSAL_VERBS.has(marker.word) && marker.end <= start && OWN_DAY_LINK.test(sentence.slice(marker.end, start)) && !BE_BEFORE.test(sentence.slice(0, marker.start))) {
    return { ...reading, tense: 'past' };
  }
  // "called the strikes retaliation for Monday's attack", "proposed a truce after Sunday's vote": a date in the
  // possessive names an event told as a thing; it is no window, and takes the verb's tense
  if (POSSESSIVE.test(sentence.slice(end, end + 2))) return reading;
  // A date after a proposal's object may lie either side of publication: read as a declared window, the nearer.
  if (marker.tense === 'past' && PROPOSAL_VERBS.has(marker.word) && marker.end <= start && /[A-Za-z]/.test(sentence.slice(marker.end, start))) {
    return { ...reading, tense: 'unknown', declaredWindow: true };
  }
  // "Putin said his forces would stop fighting from 18:00 on Saturday until Sunday": a window seen ahead from a past
  // report may have passed by the time it is told: read as a declared window, the nearer ("said the bridge would stay
  // closed until Saturday", with no start, is a state running on into the future)
  if (marker.word === 'would' && marker.end <= start && PAST_REPORT.test(sentence.slice(0, marker.start))) {
    const object = sentence.slice(marker.end, start);
    return WINDOW_START.test(object) && WINDOW_OPENER.test(object) ? { ...reading, tense: 'unknown', declaredWindow: true } : reading;
  }
  if (marker.tense !== 'past' || !DECLARATION_VERBS.has(marker.word) || marker.end > start) return reading;
  const object = sentence.slice(marker.end, start);
  return /[A-Za-z]/.test(object) && WINDOW_OPENER.test(object) ? { ...reading, tense: 'unknown', declaredWindow: true } : reading;
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLowercase = (code: number): boolean => code >= 97 && code <= 122;
const APOSTROPHE = 39;

/** A sentence's words, each lowercased once: every word reads the two before it and the one after it. */
export interface Words {
  words: { text: string; start: number }[];
  lowers: string[];
}

/**
 * The words of a clause as /[A-Za-z]+(?:'[a-z]+)?/g finds them ("didn't", "Kyiv's"), read by
 * character codes: the pattern's match arrays cost more than the words.
 */
export function wordsOf(clause: string, clauseStart: number): Words {
  const words: { text: string; start: number }[] = [];
  const lowers: string[] = [];
  for (let i = 0; i < clause.length; ) {
    if (!isLetter(clause.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < clause.length && isLetter(clause.charCodeAt(i))) i++;
    if (clause.charCodeAt(i) === APOSTROPHE && isLowercase(clause.charCodeAt(i + 1))) {
      i += 2;
      while (i < clause.length && isLowercase(clause.charCodeAt(i))) i++;
    }
    const text = clause.slice(start, i);
    words.push({ text, start: clauseStart + start });
    lowers.push(text.toLowerCase());
  }
  return { words, lowers };
}

function markersOf(clause: string, clauseStart: number): Marker[] {
  const sentence = wordsOf(clause, clauseStart);
  const markers: Marker[] = [];
  for (let i = 0; i < sentence.words.length; i++) if (mayHaveMarkerShape(sentence.lowers[i]) && mayMark(sentence.lowers[i])) addMarkersAt(sentence, i, markers);
  return markers;
}

/** The markers the i-th word gives (none, one, or a demand and its infinitive), added to `markers`. */
export function addMarkersAt({ words, lowers }: Words, i: number, markers: Marker[]): void {
  const word = words[i];
  const lower = lowers[i];
  const infinitive = words[i + 1]?.text === 'to' && INFINITIVE.test(words[i + 2]?.text ?? '');
  // "must have struck on Monday" infers what is past: only an obligation looks ahead
  if (lower === 'must' && lowers[i + 1] === 'have') return;
  // "May 23" mid-sentence is the month, not the modal; so is "May was wet" at its start.
  if (word.text === 'May' && (i > 0 || isVerbAfterMonth(words[i + 1]?.text))) return;
  const previous = lowers.slice(Math.max(0, i - 2), i);
  // "Where did the two delegations meet?": a question's "did" stands before its subject, and the verb after it is no present
  const afterDid = lowers.slice(Math.max(0, i - 5), i).includes('did');
  const scheduled = afterDid ? null : scheduledBy(lower, lowers[i + 1], previous);
  const tense = scheduled ?? tenseOfWord(lower, infinitive, previous) ?? calledWithObject(lower, words[i + 1]?.text);
  const perfect = tense === 'past' && previous.some((w) => w === 'has' || w === 'have' || w === "'ve");
  const simplePresent = scheduled !== null && SCHEDULE_VERBS.has(lower);
  if (tense) markers.push({ start: word.start, end: word.start + word.text.length, tense, word: lower, perfect, simplePresent });
  // "called on Russia to accept a ceasefire from Monday": what is demanded lies ahead of the demand.
  const demanded = lower === 'to' && INFINITIVE.test(words[i + 1]?.text ?? '') && lowers.slice(Math.max(0, i - 5), i).some((w) => DEMAND_VERBS.has(w));
  if (demanded) {
    const verb = words[i + 1];
    markers.push({ start: verb.start, end: verb.start + verb.text.length, tense: 'future', word: lowers[i + 1], perfect: false, simplePresent: false, demanded: true });
  }
}

/**
 * Verbs of timetabled events in the simple present, which news uses for what is scheduled
 * (HeidelTime likewise reads present tense with future). Forms that are often nouns in news
 * ("talks", "launches", "reports", "votes", "visit", "start", "end") are left out.
 */
const SCHEDULE_VERBS = new Set([
  'meet', 'meets', 'open', 'opens', 'begin', 'begins', 'starts', 'resume', 'resumes', 'hosts', 'travel', 'travels',
  'arrive', 'arrives', 'go', 'goes', 'convene', 'convenes', 'expire', 'expires', 'ends', 'closes', 'holds',
  // ("the truce runs May 8 through 10"; not "lasts": "a ceasefire lasts for a day, like at Christmas" is a habit)
  'runs',
]);
/** Words before a verb form that make it no finite present: "to meet", "did not meet", "the start". */
const NOT_FINITE_AFTER = new Set([
  'to', 'did', 'not', 'never', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'our', 'of', 'at', 'by',
  'in', 'on', 'for', 'from', 'with', 'after', 'before', 'since', 'until', 'is', 'are', 'was', 'were', 'be', 'been',
]);

/**
 * Present-tense phrasings of a schedule: "is due on Monday" (not "due to the storm"), "the vote is
 * set for Dec. 15", "the law takes effect Oct. 1", "the truce comes into force on Wednesday".
 */
function scheduledBy(word: string, next: string | undefined, previous: string[]): 'future' | null {
  if (word === 'due' && next !== 'to') return 'future';
  // "Voters go to the polls on Sunday", "the summit opens Monday": the present of a timetable.
  const before = previous.at(-1) ?? '';
  if (SCHEDULE_VERBS.has(word) && !NOT_FINITE_AFTER.has(before) && !/(?:n't|'s)$/.test(before)) return 'future';
  if (word === 'set' && next === 'for' && previous.some((w) => ['is', 'are', 'be', 'been', 'was', 'were'].includes(w))) return 'future';
  if ((word === 'takes' || word === 'take') && next === 'effect') return 'future';
  // "the truce comes into force on Wednesday", "the package enters into force on 1 July"
  if ((word === 'comes' || word === 'enters') && next === 'into') return 'future';
  return null;
}

/**
 * Finite verbs that may follow a month name as its subject ("May was the wettest month",
 * "December saw..."), where a modal "May" would be followed by its own subject ("May the talks").
 */
const VERB_AFTER_SUBJECT = new Set([
  'was', 'is', 'has', 'had', 'will', 'would', 'saw', 'sees', 'brought', 'brings', 'began', 'begins',
  'ended', 'ends', 'marked', 'marks', 'proved', 'became', 'also', 'remains', 'remained', 'followed',
]);

/** Whether `next`, the word after a month name, is a verb of which the month is the subject. */
export function isVerbAfterMonth(next: string | undefined): boolean {
  return next !== undefined && VERB_AFTER_SUBJECT.has(next);
}

/** "called the attack a war crime", "called on Russia to": "called" with an object or "on"/"for" is the verb, not "a group called X". */
function calledWithObject(word: string, next: string | undefined): 'past' | null {
  return word === 'called' && next !== undefined && /^(?:the|a|an|his|her|their|its|it|him|them|on|for|off)$/.test(next) ? 'past' : null;
}

/**
 * Every word that can give a marker (scheduledBy, tenseOfWord, calledWithObject, the demand's
 * "to"): most words of a sentence are none of these and are passed over before their
 * neighbours are read. -ed forms and contractions ('ll, won't) are tested by their ending.
 */
const MARKER_WORDS = new Set([...FUTURE_WORDS, ...FUTURE_WITH_TO, ...IRREGULAR_PAST, ...SCHEDULE_VERBS, 'due', 'set', 'take', 'takes', 'comes', 'enters', 'called', 'to']);

/** Whether a lowercased word of wordsOf (letters, then at most one 'suffix) may be a tense marker. */
export function mayMark(lower: string): boolean {
  const apostrophe = lower.indexOf("'");
  // most words have no apostrophe: the word is its own base, and no contraction
  if (apostrophe < 0) return MARKER_WORDS.has(lower) || lower.endsWith('ed');
  const base = lower.slice(0, apostrophe);
  return MARKER_WORDS.has(lower) || MARKER_WORDS.has(base) || base.endsWith('ed') || lower.endsWith("'ll") || lower === "won't";
}

/** The shapes of MARKER_WORDS: their lengths (31 for any longer) and first two letters (a missing one read as 0). */
const MARKER_SHAPES = new Uint8Array(32 * 32 * 32);
const shapeOf = (word: string): number => (Math.min(word.length, 31) * 32 + (word.charCodeAt(0) & 31)) * 32 + (word.charCodeAt(1) & 31);
for (const word of MARKER_WORDS) MARKER_SHAPES[shapeOf(word)] = 1;
const [E, D, APOSTROPHE_CHAR] = [101, 100, "'"];

/**
 * A cheap test before mayMark, which three words in four fail: a word mayMark passes has the length and first two
 * letters of a marker word, or ends in "ed", or holds an apostrophe. A look-up by length and letters costs a few
 * nanoseconds; the Set's look-up of a word it has not hashed yet (each word is a new string), tens.
 */
export function mayHaveMarkerShape(lower: string): boolean {
  const length = lower.length;
  if (MARKER_SHAPES[shapeOf(lower)] === 1) return true;
  if (lower.charCodeAt(length - 1) === D && lower.charCodeAt(length - 2) === E) return true;
  return lower.includes(APOSTROPHE_CHAR);
}

/** A word after "to" that reads as a verb: lowercase, not a determiner, not a plural noun. */
const INFINITIVE = /^(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|some|any|all|no)$)[a-z]+(?<!ss)(?<![^s]s)$/;

/** A past form of a verb: "met", "fired", "struck" (not "earlier", an adverb the markers also count). */
export function isPastForm(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word));
}

/** Words after which a past form is a noun ("a cut", "the wounded"); "that" is left out: "a statement that ran into Sunday" is a relative clause. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'every', 'each', 'any', 'no']);
/** Subject pronouns: after one, "proposed"/"planned" are the past of the verb ("he proposed talks"), not a plan's adjective. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/**
 * So is "proposed" after the past perfect's "had" ("had proposed a truce") and as a second verb of one subject ("spoke to
 * Putin on Monday and proposed a swap", "then proposed"). (A present perfect's "has proposed talks this Thursday" still
 * looks ahead, as does "and planned to speak again".)
 */
const BEFORE_PROPOSED_VERB = new Set(['had', 'and', 'then']);
const PLAN_PARTICIPLES = new Set(['proposed', 'planned']);

function tenseOfWord(word: string, beforeInfinitive: boolean, previous: string[]): 'past' | 'future' | null {
  if (word.endsWith("'ll") || word === "won't") return 'future';
  const base = word.replace(/'[a-z]+$/, '');
  const before = previous.at(-1) ?? '';
  const pastVerb = (PLAN_PARTICIPLES.has(base) && SUBJECT_PRONOUNS.has(before)) || (base === 'proposed' && BEFORE_PROPOSED_VERB.has(before));
  if (FUTURE_WORDS.has(base) && !pastVerb) return 'future';
  // "due to meet", "plans to sign", "is to visit": an infinitive of intention.
  if (FUTURE_WITH_TO.has(base) && beforeInfinitive) return 'future';
  const pastForm = isPastForm(base);
  if (!pastForm) return null;
  // "a cut in March", "the hit on Monday", "the wounded": after a determiner it is a noun.
  if (DETERMINERS.has(previous.at(-1) ?? '')) return null;
  const [beforeBe, be] = previous.slice(-2);
  return be === 'be' && FUTURE_BEFORE_BE.has(beforeBe ?? '') ? 'future' : 'past';
}

/**
 * Clause boundaries: punctuation that separates clauses, and "but"/"while"/"whereas". A dash joining two words with no
 * space ("the Russia–Africa summit", "Trump–Putin talks") makes a compound, not a clause.
 */
const CLAUSE_BOUNDARY =
  /[;:,()"“”]|(?<![A-Za-z])[—–]|[—–](?![A-Za-z])|\s-\s|\b(?:but|while|whereas|although|after|before|when)\b|\bthat(?=\s+(?:it|he|she|they|we|I|you|the|a|an|its|his|her|their|our|these|those|this|there|[A-Z]))/g;
/**
 * Words opening a complement clause: "agree that their teams should start talks". A verb inside
 * the complement has its own time; it does not date an expression before the complement.
 */
const COMPLEMENTIZER = /\b(?:that|whether|if)\b/g;
/** A predicate coordinated after a comma, its subject left out: ", and warned", ", and added". */
const COORDINATED_PREDICATE = /,\s+and\s+(?=[a-z]+ed\b)/g;

/**
 * Nothing but a preposition of time, after a place at most, between a verb and the expression after it: "agreed on ",
 * "signed in ", "arrived in Geneva on ", "brokered in Abu Dhabi on ".
 */
const VERB_TO_ITS_DATE = /^\s+(?:(?:in|at|near)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:(?:on|in|at|during|last|this|early|late)\s+)?$/u;

function nearest(markers: Marker[], start: number, end: number, sentence: string): Marker | null {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const marker of markers) {
    if (marker.start >= start && marker.start < end) continue; // words of the expression itself
    if (marker.demanded && marker.start >= end) continue;
    // The verb governing a date phrase mostly comes before it ("had a call with Putin on
    // Wednesday and that talks would begin"): a later verb counts as twice as far. A verb the
    // date follows with at most a preposition between is its verb, whatever comes next: "a truce
    // agreed on Sunday takes effect on Wednesday" (Sunday is the agreeing's, in the past).
    const adjacent = marker.start < start && VERB_TO_ITS_DATE.test(sentence.slice(marker.end, start));
    const distance = adjacent ? 0 : marker.start < start ? start - marker.end : 2 * (marker.start - end);
    if (distance < bestDistance) {
      best = marker;
      bestDistance = distance;
    }
  }
  return best;
}

/** A sentence read once for its tense markers and clause boundaries; then asked per expression. */
export class SentenceTense {
  private readonly markers: Marker[];
  private readonly boundaries: { start: number; end: number }[];
  // Read only for an expression whose own clause has no marker.
  private complementizers: { start: number }[] | undefined;
  private semicolons: { start: number }[] | undefined;
  private coordinations: { start: number }[] | undefined;
  constructor(private readonly sentence: string) {
    this.markers = markersOf(sentence, 0);
    this.boundaries = mapped(allMatches(CLAUSE_BOUNDARY, sentence), (m) => ({ start: m.index, end: m.index + m[0].length }));
  }

  /**
   * "a three-day ceasefire from 8 to 10 May, timed to the anniversary", "talks in Geneva on 3 June, hosted by the Swiss":
   * a participle set off by a comma after the expression, with its preposition, tells of the noun before it; it gives
   * no tense to the expression.
   */
  private setOffParticiple(m: Marker, end: number): boolean {
    return m.start >= end && m.tense === 'past' && /ed$/.test(m.word) && /,\s*$/.test(this.sentence.slice(end, m.start)) && SET_OFF_PARTICIPLE_NEXT.test(this.sentence.slice(m.end, m.end + 8));
  }

  /** The tense of the expression at [start, end): the nearest marker of its clause, else of the sentence. */
  at(start: number, end: number): Tense {
    return this.read(start, end).tense;
  }

  /** The tense, and whether it came from the expression's own clause or only from its sentence. */
  read(start: number, end: number): TenseReading {
    // Only markers within a window count (binary search): a 100 KB "sentence" stays linear.
    const window = this.markers.slice(firstAtOrAfter(this.markers, start - TENSE_WINDOW), firstAtOrAfter(this.markers, end + TENSE_WINDOW));
    let clauseStart = 0;
    let clauseEnd = this.sentence.length;
    const before = firstAtOrAfter(this.boundaries, start) - 1;
    for (let i = Math.max(0, before); i < this.boundaries.length; i++) {
      const boundary = this.boundaries[i];
      if (boundary.end <= start) clauseStart = boundary.end;
      else if (boundary.start >= end) {
        clauseEnd = boundary.start;
        break;
      }
    }
    const clauseMarkers = window.filter((m) => m.start >= clauseStart && m.end <= clauseEnd);
    const inClause = nearest(clauseMarkers, start, end, this.sentence);
    // "has continued to hold the markets closed until Friday": the clause's perfect, wherever it is.
    if (inClause) return { ...readingFrom(inClause, this.sentence, start, end, 'clause'), perfect: clauseMarkers.some((m) => m.perfect) };
    // Beyond its own clause, a verb inside a complement opened after the expression is not its verb,
    // nor is one past a semicolon ("proposed a meeting before the end of August; Medinsky said ...").
    const complementizers = (this.complementizers ??= mapped(allMatches(COMPLEMENTIZER, this.sentence), (m) => ({ start: m.index })));
    const semicolons = (this.semicolons ??= mapped(allMatches(/;/g, this.sentence), (m) => ({ start: m.index })));
    const complement = complementizers[firstAtOrAfter(complementizers, end)]?.start ?? Infinity;
    // ("backed a truce starting on Monday, and warned of sanctions": a predicate coordinated after it is another verb's)
    const coordinations = (this.coordinations ??= mapped(allMatches(COORDINATED_PREDICATE, this.sentence), (m) => ({ start: m.index })));
    const segmentEnd = Math.min(complement, semicolons[firstAtOrAfter(semicolons, end)]?.start ?? Infinity, coordinations[firstAtOrAfter(coordinations, end)]?.start ?? Infinity);
    const segmentStart = (semicolons[firstAtOrAfter(semicolons, start) - 1]?.start ?? -1) + 1;
    const inSentence = nearest(
      window.filter((m) => m.start < segmentEnd && m.start >= segmentStart && !this.setOffParticiple(m, end)),
      start,
      end,
      this.sentence,
    );
    if (inSentence && this.attributesWindow(inSentence, start, end)) return { tense: 'unknown', scope: 'sentence', declaredWindow: true, perfect: false, simplePresent: false };
    return inSentence ? readingFrom(inSentence, this.sentence, start, end, 'sentence') : { tense: 'unknown', scope: 'sentence', declaredWindow: false, perfect: false, simplePresent: false };
  }

  /**
   * "... declares a ceasefire from midnight on 7-8 May to midnight on 10-11 May," the Kremlin said: a window of what
   * a reported clause declares or sets, with no verb of its own clause, takes no tense from the attribution closing
   * the sentence: it is read as a declared window, the nearer ("Russia struck Kyiv on Monday, officials said" keeps
   * its clause's past; "the truce runs from Friday, officials said" its timetable's present).
   */
  private attributesWindow(m: Marker, start: number, end: number): boolean {
    if (m.start < end || m.tense !== 'past' || !REPORTING_VERBS.has(m.word)) return false;
    const gap = this.sentence.slice(end, m.start);
    const lastBreak = Math.max(gap.lastIndexOf(','), gap.lastIndexOf('"'), gap.lastIndexOf('”'));
    if (lastBreak < 0 || !ATTRIBUTION_SUBJECT.test(gap.slice(lastBreak + 1))) return false;
    return WINDOW_OPENER.test(this.sentence.slice(Math.max(0, start - 60), start));
  }
}

/** Verbs of an attribution closing a sentence: "..., the Kremlin said", "..., officials told reporters". */
const REPORTING_VERBS = new Set(['said', 'told', 'added', 'stated', 'reported', 'wrote', 'noted', 'claimed', 'announced', 'confirmed']);
/** The attribution's subject between the reported clause's comma or closing quote and its verb: a few words, no clause. */
const ATTRIBUTION_SUBJECT = /^\s*["”]?\s*(?:[\p{L}'’.-]+\s+){0,6}$/u;

/** The preposition after a set-off participle: "timed to", "hosted by", "planned for". */
const SET_OFF_PARTICIPLE_NEXT = /^\s+(?:to|by|in|at|for|with|as|under)\b/;

/** How far from an expression a verb may be to give it its tense, in characters. */
const TENSE_WINDOW = 300;

/** Index of the first item starting at or after `position` (items sorted by start). */
function firstAtOrAfter(items: { start: number }[], position: number): number {
  return firstFailing(items.length, (i) => items[i].start < position);
}

/** The tense of the expression at [start, end) of `sentence`. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  return new SentenceTense(sentence).at(start, end);
}
