import { ACTORS } from './actor-aliases.js';

/** Place-name data the gazetteer lookup needs beyond GeoNames. */

/** Old or Russian-derived spellings that folding cannot reach: exonym → the gazetteer's name. */
export const EXONYMS: Record<string, string> = {
  Kiev: 'Kyiv',
  Kharkov: 'Kharkiv',
  Zaporozhye: 'Zaporizhia',
  Zaporozhzhia: 'Zaporizhia',
  Nikolaev: 'Mykolayiv',
  Nikolayev: 'Mykolayiv',
  Mykolaiv: 'Mykolayiv',
  Lugansk: 'Luhansk',
  Dnepr: 'Dnipro',
  Dnipropetrovsk: 'Dnipro',
  Dnepropetrovsk: 'Dnipro',
  Artemovsk: 'Bakhmut',
  Artyomovsk: 'Bakhmut',
  Lvov: 'Lviv',
  Chernobyl: 'Chornobyl',
  Rovno: 'Rivne',
  Chernigov: 'Chernihiv',
  Zhitomir: 'Zhytomyr',
  Vinnitsa: 'Vinnytsia',
  'Krivoy Rog': 'Kryvyi Rih',
  Kirovograd: 'Kropyvnytskyi',
  Krasnoarmeysk: 'Pokrovsk',
  'Krasny Liman': 'Lyman',
  'Krasnyi Lyman': 'Lyman',
  Ugledar: 'Vuhledar',
  Avdeyevka: 'Avdiivka',
  Kupyansk: 'Kupiansk',
  'St Petersburg': 'Saint Petersburg',
  // English names of places GeoNames lists under a local or longer name: without these the
  // lookup falls to a namesake (Geneva, Illinois; Washington, Pennsylvania).
  Geneva: 'Genève',
  Washington: 'Washington, D.C.',
  Cologne: 'Köln',
  'New York': 'New York City',
};

/**
 * Places the news names that GeoNames' city list lacks, by their gazetteer key (foldName): Chornobyl, whose town has
 * stood nearly empty inside the exclusion zone since 1986 and so falls below the list's population bar, while its plant
 * and its shelter are struck, occupied and visited. In the form of a gazetteer entry (country, first-level division).
 */
export const BEYOND_GEONAMES: Record<string, { name: string; country: string; division: string; lat: number; lon: number }> = {
  chornobil: { name: 'Chornobyl', country: 'UA', division: 'UA-13', lat: 51.2763, lon: 30.2219 },
};

/** Display spellings for gazetteer names that use dated transliterations (key: gazetteer name). */
export const DISPLAY_NAMES: Record<string, string> = {
  Odessa: 'Odesa',
  Zaporizhia: 'Zaporizhzhia',
  'Kramators’k': 'Kramatorsk',
  Mykolayiv: 'Mykolaiv',
  Avdiyivka: 'Avdiivka',
  'Kryvyy Rih': 'Kryvyi Rih',
  Genève: 'Geneva',
  'Washington, D.C.': 'Washington',
  Köln: 'Cologne',
  // GeoNames keeps older spellings of these towns; the news and Ukraine's own romanisation use these
  Kupjansk: 'Kupiansk',
  Izyum: 'Izium',
  Balakliya: 'Balakliia',
  Bilopillya: 'Bilopillia',
  Kostyantynivka: 'Kostiantynivka',
};

/** Countries the news names as actors ("the United States", "China"): named so, they are a party, not a place. */
const ACTOR_NAMES = new Set(ACTORS.flatMap((actor) => actor.aliases));

/** Region codes that name no country: unions, pseudo-locales, withdrawn codes ("SU"), "UK" beside "GB". */
const NOT_COUNTRY_CODES = new Set(['EU', 'EZ', 'UN', 'SU', 'UK', 'ZZ', 'QO', 'XA', 'XB']);

/**
 * Every country by its English name (ICU's region names): "Brazil" is the country, not Brazil,
 * Indiana, which the city gazetteer would otherwise offer. Names with qualifiers ("Congo - Kinshasa",
 * "Hong Kong SAR China") are left out: the news does not write them so.
 */
function countryNames(): Record<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const found: Record<string, string> = {};
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = names.of(code);
      if (name && name !== code && !NOT_COUNTRY_CODES.has(code) && !ACTOR_NAMES.has(name) && !/[-&()]|\bSAR\b/.test(name)) found[name] = code;
    }
  }
  return found;
}

/** Countries named as places ("strikes across Ukraine", "a summit in Brazil"): no coordinates, only the code. */
export const COUNTRIES: Record<string, string> = {
  ...countryNames(),
  Ukraine: 'UA',
  Russia: 'RU',
  Belarus: 'BY',
  Poland: 'PL',
  Moldova: 'MD',
  Romania: 'RO',
  Georgia: 'GE',
  Lithuania: 'LT',
  Latvia: 'LV',
  Estonia: 'EE',
  Finland: 'FI',
  Turkey: 'TR',
  Crimea: 'UA',
  // actors that are places too where something is held ("Zelenskyy was in Canada", "a summit in Japan")
  Canada: 'CA',
  Japan: 'JP',
  Australia: 'AU',
  'South Korea': 'KR',
  Switzerland: 'CH',
  Norway: 'NO',
  Italy: 'IT',
  Netherlands: 'NL',
  Sweden: 'SE',
  Denmark: 'DK',
  Hungary: 'HU',
};

/** Country actors ("Russia", "Ukraine") → the codes whose places an article is about. */
export const ACTOR_COUNTRY_CODES: Record<string, string> = {
  Russia: 'RU',
  Ukraine: 'UA',
  Belarus: 'BY',
  Poland: 'PL',
  'United States': 'US',
  'United Kingdom': 'GB',
  France: 'FR',
  Germany: 'DE',
  Turkey: 'TR',
};

/** Capitalised words that follow "in"/"on" but are never places. */
export const NOT_PLACES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Christmas', 'Easter', 'The', 'A', 'An', 'This', 'That', 'Telegram', 'Facebook', 'Instagram', 'X',
  'Congress', 'Parliament', 'Senate', 'Europe', 'President', 'Trump', 'Putin', 'Zelenskyy', 'Zelensky',
  'Western', 'Eastern', 'Northern', 'Southern', 'Ukrainian', 'Russian', 'Soviet', 'Islam', 'Reuters',
  // words of offices, days and bodies that small foreign towns share: "Secretary of State",
  // "Independence Day", "the Security Council", "the European Union"
  'State', 'Independence', 'Liberty', 'Union', 'Republic', 'Council',
]);

/**
 * Regions named otherwise than "<centre> Oblast" (key: the centre's shown name): renamed centres,
 * and Russia's krais, which "Krasnodar region" means as much as "Kursk region" means Kursk Oblast.
 */
export const REGION_NAMES: Record<string, string> = {
  Dnipro: 'Dnipropetrovsk Oblast',
  Kropyvnytskyi: 'Kirovohrad Oblast',
  Krasnodar: 'Krasnodar Krai',
  Stavropol: 'Stavropol Krai',
  Krasnoyarsk: 'Krasnoyarsk Krai',
  Perm: 'Perm Krai',
  Khabarovsk: 'Khabarovsk Krai',
  Vladivostok: 'Primorsky Krai',
  Barnaul: 'Altai Krai',
};

/**
 * GeoNames divisions of regions whose centre is a division of its own (Kyiv city is UA-12, Kyiv
 * Oblast UA-13; Moscow RU-48, Moscow Oblast RU-47): what "Kyiv region" holds.
 */
export const REGION_DIVISIONS: Record<string, string> = {
  Kyiv: 'UA-13',
  Moscow: 'RU-47',
  'Saint Petersburg': 'RU-42',
};

/**
 * Rivers (and a reservoir) named like a town: after "the" the name is the water ("bodies found in the Dnipro",
 * "an island in the Desna"), never the town, even where a translation drops no article elsewhere.
 */
export const RIVER_NAMES = new Set([
  'Dnipro', 'Dnieper', 'Dnepr', 'Desna', 'Irpin', 'Volga', 'Don', 'Donets', 'Dniester', 'Bug', 'Psel', 'Oskil', 'Sula', 'Ros', 'Seym',
  'Kakhovka', 'Inhulets', 'Kalmius', 'Vorskla', 'Moskva', 'Neva', 'Danube', 'Prut', 'Pripyat', 'Prypiat', 'Vovcha', 'Sozh', 'Samara',
]);
