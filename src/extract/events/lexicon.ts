import type { HeadedRules } from './triggers.js';

/**
 * Word forms to lemmas for the vocabulary the rules use. Rules are written with lemmas
 * ("strike", "capture"); inflected forms are generated here so that "struck", "captures",
 * "capturing" and "captured" all reach the same rule.
 */
const IRREGULAR: Record<string, string[]> = {
  speak: ['spoke', 'spoken'],
  meet: ['met'],
  take: ['took', 'taken'],
  strike: ['struck', 'stricken'],
  hit: ['hit'],
  fall: ['fell', 'fallen'],
  say: ['said'],
  tell: ['told'],
  hold: ['held'],
  send: ['sent'],
  fight: ['fought'],
  shoot: ['shot'],
  seize: ['seized'],
  give: ['gave', 'given'],
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  lead: ['led'],
  win: ['won'],
  retake: ['retook', 'retaken'],
  overtake: ['overtook', 'overtaken'],
  withdraw: ['withdrew', 'withdrawn'],
  bring: ['brought'],
  put: ['put'],
  set: ['set'],
  lose: ['lost'],
  leave: ['left'],
  come: ['came'],
  fly: ['flew', 'flown'],
  sit: ['sat'],
  drive: ['drove', 'driven'],
  ride: ['rode', 'ridden'],
  go: ['went', 'gone'],
  sink: ['sank', 'sunk'],
  shake: ['shook', 'shaken'],
  run: ['ran'],
  tear: ['tore', 'torn'],
  // ("frozen" is left out: "frozen Russian assets" name the assets, not a decision)
  freeze: ['froze'],
  unfreeze: ['unfroze'],
};

/**
 * Words the rules use that English does not inflect: negations, modals, prepositions, pronouns. Inflecting them
 * as verbs reads other words as them: "noted" and "notes" as "not" (a note read as a negation), "nod" as "no".
 */
const UNINFLECTED = new Set([
  'not', "n't", 'no', 'nor', 'never', 'neither', 'without', 'if', 'unless', 'whether', 'any', 'can', 'may', 'might', 'must', 'could', 'would', 'should', 'will', "'ll",
  'we', 'i', 'he', 'she', 'it', 'they', 'you', 'him', 'her', 'them', 'us', 'on', 'in', 'at', 'by', 'to', 'of', 'up', 'out', 'off', 'for', 'from', 'into', 'onto',
  'over', 'under', 'with', 'down', 'as', 'and', 'or', 'but', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'his', 'its', 'our', 'my', 'your',
]);

function regularForms(lemma: string): string[] {
  if (UNINFLECTED.has(lemma)) return [lemma];
  const forms = [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
  // -es after a hiss or an o ("passes", "goes"), -d after an e ("moved"): "sites" is no form of "sit", "band" none of "ban"
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) forms.push(`${lemma}es`);
  // (a two-letter lemma keeps its e: "be" is not read into "bed", nor "we" into "wing")
  if (lemma.endsWith('e') && lemma.length > 2) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  // stop → stopped, stopping; repel → repelled (consonant-vowel-consonant endings double)
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) {
    const last = lemma.slice(-1);
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

const FORM_TO_LEMMA = new Map<string, string>();

/** Register the lemmas a rule uses; returns them for chaining into a Set. */
export function registerLemmas(lemmas: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const lemma of lemmas) {
    set.add(lemma);
    for (const form of [...regularForms(lemma), ...(IRREGULAR[lemma] ?? [])]) {
      if (FORM_TO_LEMMA.has(form)) continue;
      FORM_TO_LEMMA.set(form, lemma);
      // a word read before may have another lemma now
      wordsRead.clear();
    }
  }
  return set;
}

/** The lemma of a lowercase word form, or the form itself when it is not in the vocabulary. */
export function lemmaOf(form: string): string {
  return FORM_TO_LEMMA.get(form) ?? form;
}

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  start: number; // offset within the sentence text
  end: number;
  capitalized: boolean;
  /** The reading every token of the same written word shares (what is known of the word itself). */
  reading: WordReading;
}

/** A word, a number with thousands separators ("5,000": one token, not a clause break), or a punctuation mark. */
const WORD = /\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}])|[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*\.?|[,;:()“”"—–]/gu;
/**
 * WORD for a text whose letters and digits are all ASCII (nearly every sentence of English news): there
 * \p{L} is [A-Za-z] and \p{N} is [0-9], so it finds the same tokens. tokenize reads such a text with
 * asciiWordEnd, a scan of code units that finds what this pattern finds (the tests hold the two to it).
 */
export const ASCII_WORD = /\d{1,3}(?:,\d{3})+(?!\d)|[A-Za-z0-9]+(?:[’'.\-][A-Za-z0-9]+)*\.?|[,;:()“”"—–]/g;
const NON_ASCII_LETTER_OR_DIGIT = /(?![\0-\x7f])[\p{L}\p{N}]/u;

/** Whether a word starts with an upper-case letter (ASCII tested directly: the Unicode pattern costs more per token). */
function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : /^\p{Lu}/u.test(word);
}

/** What a written word is read as, shared by its tokens. */
export interface WordReading {
  text: string;
  lower: string;
  lemma: string;
  capitalized: boolean;
  /** The trigger rules the word heads, found by triggers.ts on first asking (undefined: not asked yet; null: none). */
  headed: HeadedRules | null | undefined;
}

/** What a written word is read as: its text without a final period, its lower-case form without a possessive, its lemma. */
function readWord(written: string): WordReading {
  let word = written;
  // keep the period of "U.S." but not the sentence's final period
  if (word.endsWith('.') && !/\p{L}\.\p{L}/u.test(word)) word = word.slice(0, -1);
  // (tests before replacing: most words have no curly apostrophe and no possessive)
  const lower = word.includes('’') ? word.toLowerCase().replace(/’/g, "'") : word.toLowerCase();
  const possessive = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  return { text: word, lower: possessive, lemma: lemmaOf(possessive), capitalized: isCapitalized(word), headed: undefined };
}

/**
 * Readings by the word as written: most words of a sentence ("the", "said", "Kyiv") were read in an
 * earlier one, and one lookup replaces the lower-casing, the tests and the lemma lookup. Emptied when
 * full, so that a server ingesting for months holds a bounded set (far more words than an article has).
 */
const wordsRead = new Map<string, WordReading>();
const WORDS_HELD = 20_000;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (!NON_ASCII_LETTER_OR_DIGIT.test(text)) {
    for (let at = 0; at < text.length; ) {
      const end = asciiWordEnd(text, at);
      if (end < 0) at++;
      else {
        pushToken(tokens, text.slice(at, end), at);
        at = end;
      }
    }
    return tokens;
  }
  // WORD does not match the empty string, so an exec loop needs no empty-match step (unlike allMatches)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) pushToken(tokens, m[0], m.index);
  return tokens;
}

function pushToken(tokens: Token[], written: string, start: number): void {
  let reading = wordsRead.get(written);
  if (!reading) {
    if (wordsRead.size >= WORDS_HELD) wordsRead.clear();
    reading = readWord(written);
    wordsRead.set(written, reading);
  }
  const { text: word, lower, lemma, capitalized } = reading;
  tokens.push({ text: word, lower, lemma, start, end: start + word.length, capitalized, reading });
}

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isAsciiAlnum = (code: number) => isAsciiDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
/** [’'.\-]: what may join two runs of letters and digits into one word ("Kyiv’s", "U.S", "drone-maker"). */
const isJoiner = (code: number) => code === 0x2019 || code === 0x27 || code === 0x2e || code === 0x2d;
/** [,;:()“”"—–]: the punctuation read as tokens of their own. */
const isPunctuationToken = (code: number) =>
  code === 0x2c || code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29 || code === 0x201c || code === 0x201d || code === 0x22 || code === 0x2014 || code === 0x2013;

/**
 * Where the token ASCII_WORD matches at `at` ends, -1 when it matches none there: ASCII_WORD's alternatives tried in its
 * order, read code unit by code unit (a sentence's tokens in one pass, with no match array made per word). Nearly every
 * sentence of English news is ASCII: this scan is what tokenize reads them with; ASCII_WORD states what it finds.
 */
function asciiWordEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (isAsciiDigit(first)) {
    // \d{1,3}(?:,\d{3})+(?!\d): the run of digits (at most 3) must be followed by a comma, so it is the whole run
    let run = at;
    while (run < text.length && isAsciiDigit(text.charCodeAt(run))) run++;
    if (run - at <= 3) {
      let groups = 0;
      let end = run;
      while (text.charCodeAt(end) === 0x2c && isAsciiDigit(text.charCodeAt(end + 1)) && isAsciiDigit(text.charCodeAt(end + 2)) && isAsciiDigit(text.charCodeAt(end + 3))) {
        end += 4;
        groups++;
      }
      // (?!\d) after the last group, else after the one before it (followed by its comma)
      if (groups > 0 && !isAsciiDigit(text.charCodeAt(end))) return end;
      if (groups > 1) return end - 4;
    }
  }
  if (isAsciiAlnum(first)) {
    // [A-Za-z0-9]+(?:[’'.\-][A-Za-z0-9]+)*\.?
    let end = at + 1;
    for (;;) {
      while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
      if (isJoiner(text.charCodeAt(end)) && isAsciiAlnum(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    return text.charCodeAt(end) === 0x2e ? end + 1 : end;
  }
  return isPunctuationToken(first) ? at + 1 : -1;
}
