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
  Rovno: 'Rivne',
  Chernigov: 'Chernihiv',
  Zhitomir: 'Zhytomyr',
  Vinnitsa: 'Vinnytsia',
  'Krivoy Rog': 'Kryvyi Rih',
  Kirovograd: 'Kropyvnytskyi',
  Krasnoarmeysk: 'Pokrovsk',
  'St Petersburg': 'Saint Petersburg',
  // English names of places GeoNames lists under a local or longer name: without these the
  // lookup falls to a namesake (Geneva, Illinois; Washington, Pennsylvania).
  Geneva: 'Genève',
  Washington: 'Washington, D.C.',
  Cologne: 'Köln',
  'New York': 'New York City',
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

/** Countries named as places ("strikes across Ukraine"): no coordinates, only the code. */
export const COUNTRIES: Record<string, string> = {
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
]);

/** Regions named otherwise than their centre (key: the centre's gazetteer name). */
export const REGION_NAMES: Record<string, string> = {
  Dnipro: 'Dnipropetrovsk',
  Kropyvnytskyi: 'Kirovohrad',
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
