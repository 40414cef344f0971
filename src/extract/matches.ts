/**
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them. matchAll copies
 * the pattern on each call, and V8 looks the copy up in its compilation cache by its source: for
 * the long patterns of the extraction layers (place phrases, person titles) that costs more than
 * the matching itself. Matches are collected before they are returned, so a caller may run the
 * same pattern again while it reads them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // an empty match moves on by one character (one code point in a unicode pattern), as matchAll does
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/**
 * The matches of `pattern`, none when the text lacks what it cannot match without (a word, or a
 * cheap pattern): testing for that is far cheaper than running a long pattern. `null`: no such test.
 */
export function matchesWith(needed: RegExp | string[] | null, pattern: RegExp, text: string): RegExpExecArray[] {
  const present = needed === null || (Array.isArray(needed) ? anyOf(needed) : needed).test(text);
  return present ? allMatches(pattern, text) : [];
}

const anyOfWords = new WeakMap<string[], RegExp>();

/**
 * A pattern of the words' literal texts, found in a text exactly where one of them is (`includes`): one scan of the
 * text, where testing the words one by one read it once per word (seven words: a quarter of the CPU). Built once per
 * list (a list passed is not changed afterwards).
 */
export function anyOf(words: string[]): RegExp {
  let pattern = anyOfWords.get(words);
  if (!pattern) {
    // (no words: a pattern that matches nowhere, as no word is included)
    pattern = words.length ? new RegExp(words.map((word) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|')) : /(?!)/;
    anyOfWords.set(words, pattern);
  }
  return pattern;
}

/**
 * Whether a code unit may lie between the start of a name-first match and its keyword: an ASCII
 * letter, space, apostrophe, hyphen or comma, or any non-ASCII unit (letters, curly apostrophes and
 * spaces among them: letting in more than a pattern can match only tries a few more positions).
 */
function mayLeadToKeyword(code: number): boolean {
  return code >= 0x80 || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || isAsciiSpace(code) || code === 0x27 || code === 0x2d || code === 0x2c;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * Every match of a name-first pattern ("(Name) region", "(Name) was hit"), as allMatches gives
 * them. Such a pattern has no literal to look for before its keyword, so a scan tries its name at
 * every capital of the text. Here the keyword is searched instead, and the pattern runs only over
 * the letters, spaces, apostrophes, hyphens and commas right before each occurrence, back across
 * at most `wordGaps` runs of spaces (those the pattern holds before the one at its keyword), and the
 * occurrence itself: where a match ending there must lie. The caller's contract: `keyword` (global)
 * matches, at the whitespace before it, the words each match of `pattern` ends with (or reads in a
 * closing lookahead), and `pattern` matches only such characters before that whitespace.
 */
export function matchesBeforeKeyword(keyword: RegExp, pattern: RegExp, text: string, wordGaps = Infinity): RegExpExecArray[] {
  if (!pattern.global || !keyword.global) throw new TypeError(`matchesBeforeKeyword needs global patterns: ${pattern} ${keyword}`);
  const found: RegExpExecArray[] = [];
  let searchedTo = 0; // as in a scan, no match starts before the end of the last one
  keyword.lastIndex = 0;
  for (let occurrence = keyword.exec(text); occurrence !== null; occurrence = keyword.exec(text)) {
    const at = occurrence.index;
    const end = at + occurrence[0].length;
    // occurrences may overlap ("has been hit" holds "been hit"): each is tried
    keyword.lastIndex = at + 1;
    if (at < searchedTo) continue;
    let from = at;
    let gaps = 0;
    for (; from > searchedTo; from--) {
      const code = text.charCodeAt(from - 1);
      if (!mayLeadToKeyword(code)) break;
      // a run of spaces starts here, counted only when surely one (beside non-ASCII, which may be a space, it is not)
      const next = text.charCodeAt(from);
      if (isAsciiSpace(code) && next < 0x80 && !isAsciiSpace(next) && ++gaps > wordGaps) break;
    }
    // the text is cut two units after the keyword, for a closing lookahead to read a code point
    pattern.lastIndex = from;
    let match = pattern.exec(text.slice(0, end + 2));
    // a match running past the keyword read the cut: it is found again in the whole text
    if (match && match.index + match[0].length > end) {
      pattern.lastIndex = from;
      match = pattern.exec(text);
    }
    if (match) {
      found.push(match);
      searchedTo = match.index + match[0].length;
    }
  }
  return found;
}

/**
 * Every match of a name-first pattern, exactly as allMatches gives them, for a pattern whose
 * matches hold only mayLeadToKeyword characters before the whitespace of the keyword they end with
 * (`keyword`, global, matching at that whitespace the words each match ends with, as for
 * matchesBeforeKeyword). Unlike matchesBeforeKeyword, a keyword word may also stand inside a match
 * ("Kharkiv Governor's administration" reads "Governor's" as part of its name): a match lies in the
 * run of such characters around its keyword, so the pattern is run over each run that holds a
 * keyword, cut after the last keyword in it, and nowhere else. On a long text with few keywords it
 * reads a few runs, where a scan tries its name at every capital.
 */
export function matchesInKeywordRuns(keyword: RegExp, pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global || !keyword.global) throw new TypeError(`matchesInKeywordRuns needs global patterns: ${pattern} ${keyword}`);
  const found: RegExpExecArray[] = [];
  let searchedTo = 0; // as in a scan, no match starts before the end of the last one
  keyword.lastIndex = 0;
  let occurrence = keyword.exec(text);
  while (occurrence !== null) {
    const at = occurrence.index;
    if (at < searchedTo) {
      // a match ending at this keyword would start before its whitespace, so before the last match's end
      keyword.lastIndex = at + 1;
      occurrence = keyword.exec(text);
      continue;
    }
    let runStart = at;
    while (runStart > searchedTo && mayLeadToKeyword(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = at;
    while (runEnd < text.length && mayLeadToKeyword(text.charCodeAt(runEnd))) runEnd++;
    // every keyword whose whitespace lies in the run may end a match: the cut comes after the last one
    let cutAt = at + occurrence[0].length;
    for (;;) {
      keyword.lastIndex = occurrence.index + 1;
      occurrence = keyword.exec(text);
      if (occurrence === null || occurrence.index >= runEnd) break;
      cutAt = Math.max(cutAt, occurrence.index + occurrence[0].length);
    }
    // the text is cut two units after it, for a closing lookahead to read a code point
    const cut = text.slice(0, cutAt + 2);
    pattern.lastIndex = runStart;
    for (let match = pattern.exec(cut); match !== null; match = pattern.exec(cut)) {
      // a match running past the last keyword read the cut: it is found again in the whole text
      if (match.index + match[0].length > cutAt) {
        pattern.lastIndex = match.index;
        match = pattern.exec(text)!;
      }
      found.push(match);
      searchedTo = match.index + match[0].length;
      if (match[0] === '') searchedTo++;
      pattern.lastIndex = searchedTo;
      if (searchedTo > cutAt) break;
    }
  }
  return found;
}
