/** Words a line in capitals keeps in lower case, as running text writes them: "IN JEDDAH" → "in Jeddah". */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'near', 'over', 'and', 'or', 'after', 'before', 'since', 'as', 'is', 'are', 'was', 'were', 'its', 'their', 'says', 'said']);
/** Abbreviations that stay in capitals: the actors and blocs written so ("US", "EU", "NATO"). */
const CAPITAL_ABBREVIATIONS = new Set(['US', 'UK', 'EU', 'UN', 'UAE', 'NATO', 'IAEA', 'G7', 'HUR', 'SBU', 'MOD', 'ATACMS', 'HIMARS']);
const CAPITALS_WORD = /\p{Lu}[\p{Lu}'’]*/gu;
/** Fewer letters than this, all capitals ("US", "NATO SUMMIT"), is not a line written in capitals. */
const MIN_CAPITAL_LETTERS = 12;

/**
 * A line written in capitals ("ODESA: RUSSIAN MISSILE HITS GRAIN SHIP IN PORT ON FRIDAY", a ticker
 * or a flash) as running text would write it: "Odesa: Russian Missile Hits Grain Ship in Port on
 * Friday" — the same length, so offsets into it hold for the line itself. Any other text is
 * returned as it is.
 */
export function asRunningText(text: string): string {
  // (most sentences have a lower-case letter among their first few: the letters are counted only for the rest)
  const inCapitals = !/\p{Ll}/u.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= MIN_CAPITAL_LETTERS;
  if (!inCapitals) return text;
  return text.replace(CAPITALS_WORD, (word) =>
    CAPITAL_ABBREVIATIONS.has(word) ? word : MINOR_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word[0] + word.slice(1).toLowerCase(),
  );
}
