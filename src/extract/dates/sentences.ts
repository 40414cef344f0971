/** Sentence boundaries (offsets into the text), and a cheap test for sentences worth parsing. */
import { allMatches } from '../matches.js';

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'st', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'inc', 'corp', 'ltd', 'co', 'jr',
  'sr', 'vs', 'etc', 'gov', 'sen', 'rep', 'prof', 'adm', 'u.s', 'u.k', 'a.m', 'p.m', 'e.g', 'i.e',
]);

export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * One terminator (the last of "..."), a few closing quotes, then space: linear on any input.
 * Quotes include the typewriter forms of tokenised newswire: `` opens and '' closes. A footnote
 * reference may follow the mark ("the EU Delegation.² On the night", "in force.[12] The package").
 */
const BOUNDARY = /[.!?]["”’')\]]{0,3}(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?\s+|\n\s*/g;
/** What a sentence starts with: an opening quote or bracket (`` too), then a capital or a digit. */
const SENTENCE_START = /^(?:``\s?|["“‘'(\[])?[A-Z0-9]/;

export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const match of allMatches(BOUNDARY, text)) {
    const end = match.index + match[0].length;
    // a line break always ends a sentence, whatever follows it ("* 17 February – ...", "## June")
    if (!match[0].includes('\n')) {
      if (match[0][0] === '.') {
        const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, match.index - 12), match.index))?.[1]?.toLowerCase();
        // A single letter is an initial ("John F. Kennedy"), not the end of a name like "AT&T".
        const initial = word !== undefined && /^[a-z]$/.test(word) && !/[&\w]$/.test(text.slice(Math.max(0, match.index - 2), match.index - 1));
        if (word && (ABBREVIATIONS.has(word) || initial)) continue;
      }
      // A sentence starts with a capital, a digit or an opening quote: '"Why?" she asked' is one.
      if (!SENTENCE_START.test(text.slice(end, end + 4))) continue;
    }
    if (match.index > start) ranges.push({ start, end: match.index + match[0].trimEnd().length });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}

/** A sentence with none of these cannot hold a date expression, and is not handed to chrono. */
export const MAY_HOLD_A_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tod|ton|yesterday|tomorrow|overnight|morning|afternoon|evening|night|week|month|year|day|hour|minute|spring|summer|autumn|fall|winter|ago|earlier|later|after|before|prior|eve\b|christmas|new year|easter)/i;

