/**
 * A user's search text as a safe FTS5 query: every word becomes a quoted string, so operators
 * (AND, NOT, NEAR, *, :, parentheses, quotes) are searched for as words, never parsed. Words are
 * ANDed. null when the text holds no letter or digit to search for.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"`).join(' ');
}

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
