import t from 'tap';
import { APPOSED_KIND, APPOSED_KIND_COMMA, findPlaces } from '../../../src/extract/events/places.js';
import { allMatches } from '../../../src/extract/matches.js';

/**
 * findPlaces runs APPOSED_KIND ("in Przewodów, a Polish village near the border") only on a text where
 * APPOSED_KIND_COMMA finds the comma and article it needs: a speed gate, right only if every match holds them.
 */
t.test('every text APPOSED_KIND matches passes the gate, and the places it names are found', async (t) => {
  const rows: Array<[string, string]> = [
    ['The missile landed in Przewodów, a Polish village near the border.', 'Przewodów'],
    ['Drones struck Hrozenka, a small town in the south, overnight.', 'Hrozenka'],
    ['Troops entered Zolota Nyva,  an abandoned  settlement east of the river.', 'Zolota Nyva'],
    ['Shelling hit Oleshky,\ta town on the left bank.', 'Oleshky'],
    ['Zelenskyy visited Yahidne,\na village north of Chernihiv.', 'Yahidne'],
  ];
  for (const [text, name] of rows) {
    t.ok(allMatches(APPOSED_KIND, text).length > 0, `APPOSED_KIND matches: ${text}`);
    t.ok(APPOSED_KIND_COMMA.test(text), `the gate lets it through: ${text}`);
    t.ok(findPlaces(text, new Set(['UA', 'RU', 'PL'])).some((p) => p.place.name.startsWith(name.split(' ')[0])), `${name} is found`);
  }
  // strings built slot by slot from the pattern's own pieces and their near misses: wherever it matches, the gate does
  let seed = 5;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const slots = [
    ['in', 'near', 'struck', 'Outside', 'said', ''],
    [' ', '  ', '\t', ''],
    ['Kyiv', 'Snake Island', 'kyiv', "Kryvyi Rih's"],
    [',', ', ', '', ';', ' ,'],
    [' ', '  ', '\n', ''],
    ['a', 'an', 'the', 'A', ''],
    [' ', '\t', ''],
    ['small ', 'front-line ', '', 'very small old '],
    ['village', 'town', 'city', 'hamlet', 'settlement', 'port'],
  ];
  let matched = 0;
  for (let n = 0; n < 50_000; n++) {
    const text = slots.map((slot) => slot[Math.floor(random() * slot.length)]).join('');
    if (!allMatches(APPOSED_KIND, text).length) continue;
    matched++;
    if (!t.ok(APPOSED_KIND_COMMA.test(text), JSON.stringify(text))) break;
  }
  t.ok(matched > 100, `the strings reach the pattern (${matched} matched)`);
});
