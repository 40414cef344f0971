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
  const present = needed === null || (Array.isArray(needed) ? needed.some((word) => text.includes(word)) : needed.test(text));
  return present ? allMatches(pattern, text) : [];
}
