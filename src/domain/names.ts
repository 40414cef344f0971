/**
 * The form in which two actor or place names are the same name: outer whitespace and case do not
 * count ("Kyiv", "kyiv ", "KYIV"). Merging compares names this way, and merge candidates are
 * looked up by it.
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Whether a place name is a region's as the extractor names regions ("Kursk Oblast", "Krasnodar Krai", "Primorsky
 * Krai"): merging nests a town in the region of its division (PlaceRecord.division) by it.
 */
export function isRegionName(name: string): boolean {
  return / (?:Oblast|Krai)$/.test(name);
}
