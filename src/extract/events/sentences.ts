/**
 * Paragraphs and sentences with exact UTF-16 offsets into the body.
 * A paragraph is a run of non-empty lines separated by line breaks; bullet lines and headings
 * without a final period are their own sentences.
 */
export interface Sentence {
  index: number;
  paragraph: number;
  charStart: number;
  charEnd: number;
  text: string; // body.slice(charStart, charEnd)
  /** A headline or section title: a short line of its own without final punctuation. */
  heading: boolean;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sen', 'rep', 'gov',
    'pres', 'st', 'mt', 'jr', 'sr', 'vs', 'etc', 'no', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'al',
  ],
);

/**
 * Abbreviations of the kind of a place, which often end a sentence too ("... Donetsk obl. RU MoD announces"): the
 * sentence goes on only when a bracket glosses the abbreviated place ("Kursk obl. (RU) | capture", "Belgorod obl.
 * (Tetkino)", "Kherson reg. (occupied)").
 */
const PLACE_ABBREVIATIONS = new Set(['obl', 'reg', 'dist', 'prov', 'distr']);

/** How far back from a boundary the word before it is looked for. */
const LAST_WORD_SPAN = 64;

const BULLET = /^(?:[-–—•*·▪◦]|\d{1,2}[.)])\s+/u;

const LETTER = /^\p{L}$/u;

/**
 * The run of letters and periods that ends `text` (what /([\p{L}.]+)$/u finds), read backwards from
 * the end: an end-anchored pattern is tried at every position of the text, and runs to the end of
 * each word before failing.
 */
function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0) {
    const unit = text.charCodeAt(start - 1);
    if (unit < 0x80) {
      if (unit !== 0x2e && !(unit >= 0x41 && unit <= 0x5a) && !(unit >= 0x61 && unit <= 0x7a)) break;
      start--;
      continue;
    }
    // a letter beyond ASCII may be a surrogate pair, read as one character
    const pair = start >= 2 && unit >= 0xdc00 && unit <= 0xdfff && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const charStart = pair ? start - 2 : start - 1;
    if (!LETTER.test(text.slice(charStart, start))) break;
    start = charStart;
  }
  return text.slice(start);
}

/** The two-letter initials of Cyrillic names in English: Ya., Yu., Ye., Yo., Zh., Kh., Ts., Ch., Sh. */
const DIGRAPH_INITIAL = /^(?:Ya|Yu|Ye|Yo|Zh|Kh|Ts|Ch|Sh)\.?$/;

/** Split one line into sentence spans [start, end) relative to the line. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  // Matches start only at the first mark of a run (the lookbehind): trying every position inside
  // a long run of marks with no space after it would take time quadratic in its length.
  // A footnote reference may follow the full stop ("...the EU Delegation.² On the night", "...in
  // force.[12] The package"): the sentence still ends there (group 1, the reference).
  const boundary = /(?<![.!?…])[.!?…]+["'”’)\]]*(\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?(?=\s)/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(line)) !== null) {
    const end = m.index + m[0].length;
    const before = line.slice(start, m.index);
    // Only the tail: an end-anchored search scans the whole text before it, and that text grows
    // with every boundary rejected; no abbreviation or initialism is longer than this.
    const lastWord = trailingWord(before.slice(-LAST_WORD_SPAN));
    const after = line.slice(end).trimStart();
    if (m[0].startsWith('.') && m[0].length - (m[1]?.length ?? 0) === 1) {
      // "U.S." "e.g." single initials "J." and known abbreviations keep the sentence going
      const bare = lastWord.toLowerCase().replace(/\.$/, '');
      // "No." abbreviates "number" only before one
      const abbreviation = (ABBREVIATIONS.has(bare) && (bare !== 'no' || /^\d/.test(after))) || (PLACE_ABBREVIATIONS.has(bare) && after.startsWith('('));
      // (a Russian or Ukrainian initial transliterated as two letters before a surname: "Lt Gen Ya. Moskalik", "Yu. Ushakov")
      const digraphInitial = DIGRAPH_INITIAL.test(lastWord) && /^\p{Lu}\p{Ll}/u.test(after);
      if (/^\p{L}$/u.test(bare) || /\p{L}\.\p{L}/u.test(lastWord) || abbreviation || digraphInitial) {
        // an abbreviation at the end of a sentence followed by a capitalised common opener still ends it
        const next = /^[\p{L}]+/u.exec(after)?.[0] ?? '';
        if (!(/\p{L}\.\p{L}/u.test(lastWord) || digraphInitial) || !/^(The|A|An|It|He|She|They|We|In|On|But|And|This|That|Officials?)$/.test(next)) continue;
      }
    }
    // the next sentence must start like one: a capital, a digit, a quote or a bracket
    if (after && !/^["'“‘(\[\p{Lu}\p{N}]/u.test(after)) continue;
    spans.push([start, end]);
    start = end + (line.slice(end).length - line.slice(end).trimStart().length);
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}

/**
 * The longest sentence read as one: a run of text without sentence ends longer than this (a list
 * pasted without periods, a body of repeated words) is read in pieces of at most this length, cut
 * at white space. Reading a sentence costs time that grows faster than its length (each trigger
 * looks at the rest of its sentence), and one 200,000-character sentence held the extraction
 * thread for 17-29 s of CPU. The longest sentence of the dev corpora is 473 characters.
 */
export const LONGEST_SENTENCE = 1000;

/** [start, end) cut into pieces of at most LONGEST_SENTENCE characters, each ending after white space where there is some. */
function pieces(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (end - start > LONGEST_SENTENCE) {
    let cut = start + LONGEST_SENTENCE;
    const space = text.lastIndexOf(' ', cut - 1);
    if (space > start + LONGEST_SENTENCE / 2) cut = space + 1;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
  return out;
}

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  const lineRe = /[^\n\r]*(?:\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(body)) !== null) {
    if (m[0] === '') break;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lineStart = m.index;
    const bullet = BULLET.exec(raw.trimStart());
    const lead = raw.length - raw.trimStart().length + (bullet ? bullet[0].length : 0);
    const content = raw.slice(lead).trimEnd();
    if (!content) continue;
    // news bodies put one paragraph per line: every non-empty line starts a paragraph
    paragraph++;
    const heading = !/[.!?…:"”’)]$/.test(content) && content.split(/\s+/).length <= 16;
    for (const [s, e] of splitLine(content).flatMap(([s, e]) => pieces(content, s, e))) {
      const trimmed = content.slice(s, e);
      const text = trimmed.trim();
      if (!text) continue;
      const charStart = lineStart + lead + s + (trimmed.length - trimmed.trimStart().length);
      sentences.push({ index: sentences.length, paragraph, charStart, charEnd: charStart + text.length, text, heading });
    }
  }
  return sentences;
}
