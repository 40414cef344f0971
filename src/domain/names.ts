/**
 * The form in which two actor or place names are the same name: outer whitespace and case do not
 * count ("Kyiv", "kyiv ", "KYIV"). Merging compares names this way, and merge candidates are
 * looked up by it.
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
