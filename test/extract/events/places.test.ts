import t from 'tap';
import { findPlaces, foldName, lookupPlace } from '../../../src/extract/events/places.js';

const UA_RU = new Set(['UA', 'RU']);
const names = (text: string) => findPlaces(text, UA_RU).map((p) => p.place.name);

t.test('folding reaches transliteration variants', async (t) => {
  const pairs: Array<[string, string]> = [
    ['Berdiansk', 'Berdyansk'],
    ['Avdiivka', 'Avdiyivka'],
    ['Zaporizhzhia', 'Zaporizhia'],
    ['Odesa', 'Odessa'],
    ['Sergiyev Posad', 'Sergiev Posad'],
    ['Kramatorsk', 'Kramators’k'],
  ];
  for (const [a, b] of pairs) t.equal(foldName(a), foldName(b), `${a} ~ ${b}`);
  t.not(foldName('Kyiv'), foldName('Kharkiv'));
});

t.test('lookups use exonyms, the article countries, then population', async (t) => {
  t.equal(lookupPlace('Kiev', UA_RU)?.name, 'Kyiv');
  t.equal(lookupPlace('Kharkov', UA_RU)?.name, 'Kharkiv');
  t.equal(lookupPlace('Zaporozhye', UA_RU)?.name, 'Zaporizhia');
  t.equal(lookupPlace('Pokrovsk', UA_RU)?.country, 'UA', 'the Ukrainian Pokrovsk is larger and preferred');
  t.equal(lookupPlace('Moscow', UA_RU)?.country, 'RU');
  t.equal(lookupPlace('Nowhereville', UA_RU), null);
});

t.test('English names GeoNames lists under another name reach the capital, not a namesake', async (t) => {
  t.match(lookupPlace('Geneva', UA_RU), { country: 'CH' });
  t.match(lookupPlace('Washington', UA_RU), { country: 'US' });
  t.ok(Math.abs((lookupPlace('Washington', UA_RU)?.lon ?? 0) - -77.04) < 0.1, 'Washington, D.C., not Washington, Pennsylvania');
  t.match(lookupPlace('Cologne', UA_RU), { country: 'DE' });
});

const cases: Array<[string, string[]]> = [
  ['Drones hit Kharkiv and Odesa overnight.', ['Kharkiv', 'Odesa']],
  // the object of a verb of bombardment is the place hit
  ['Russian forces pounded Kharkiv with glide bombs.', ['Kharkiv']],
  ['Explosions rocked Kyiv before dawn.', ['Kyiv']],
  ['Jets bombed Vovchansk again.', ['Vovchansk']],
  ['Moscow hammered Odesa overnight.', ['Odesa']],
  ['Shelling was reported in the Kharkiv region.', ['Kharkiv Oblast']],
  ['Fighting continued in Donetsk Oblast.', ['Donetsk Oblast']],
  ['Forces captured the village of Novoselivka Persha.', ['Novoselivka Persha']],
  ['A drone struck near Moscow.', ['Moscow']],
  ['Missiles hit Kryvyi Rih, Dnipro and Zaporizhzhia.', ['Kryvyi Rih', 'Dnipro', 'Zaporizhzhia']],
  ['Officials met on Monday in March.', []],
  ['Kharkiv was struck by glide bombs.', ['Kharkiv']],
  ['Syrskyi withdrew troops from Avdiivka.', ['Avdiivka']],
  ['Missiles were fired from Belgorod.', []],
];

for (const [text, expected] of cases) {
  t.test(text, async (t) => {
    t.same(names(text), expected);
  });
}

t.test('places carry coordinates and vicinity', async (t) => {
  const [kyiv] = findPlaces('A drone attack on Kyiv.', UA_RU);
  t.equal(kyiv.place.countryCode, 'UA');
  t.ok(Math.abs(kyiv.place.lat! - 50.45) < 0.1 && Math.abs(kyiv.place.lon! - 30.52) < 0.1);
  t.equal(findPlaces('Strikes near Moscow.', UA_RU)[0].vicinity, true);
  const [ukraine] = findPlaces('Strikes across Ukraine.', UA_RU);
  t.same(ukraine.place, { name: 'Ukraine', countryCode: 'UA', lat: null, lon: null });
});

t.test('"the capital" follows the article; captured places outside GeoNames keep their name', async (t) => {
  t.same(findPlaces('Drones hit the capital overnight.', UA_RU, 'Kyiv').map((p) => p.place.name), ['Kyiv']);
  t.same(findPlaces('Drones hit the Russian capital.', UA_RU).map((p) => p.place.name), ['Moscow']);
  t.same(findPlaces('Drones hit the capital overnight.', UA_RU).map((p) => p.place.name), [], 'no capital known: nothing');
  t.same(findPlaces('Russian forces captured Snake Island.', UA_RU)[0].place, { name: 'Snake Island', countryCode: null, lat: null, lon: null });
  t.same(findPlaces("Troops crossed into Russia's Kursk Oblast.", UA_RU).map((p) => p.place.name), ['Kursk Oblast']);
});

t.test('a river named like a city is not the city', async (t) => {
  const names = (text: string) => findPlaces(text, new Set(['UA', 'RU'])).map((p) => p.place.name);
  t.notOk(names('Russian troops pulled back across the Dnipro River.').includes('Dnipro'));
  t.notOk(names('The dam on the Dnipro river was blown up.').includes('Dnipro'));
  t.ok(names('Missiles struck Dnipro overnight.').includes('Dnipro'));
});

t.test('the edge of a place is read from the word right before "of", wherever it stands in a long text', async (t) => {
  const edgeOf = (text: string) => findPlaces(text, UA_RU).map((p) => [p.place.name, !!p.edge]);
  const long = 'Fighting went on for weeks along the front, officials said. '.repeat(40);
  t.same(edgeOf('Troops reached the outskirts of Kharkiv.'), [['Kharkiv', true]]);
  t.same(edgeOf(`${long}Troops reached the western edge \n of Kharkiv.`), [['Kharkiv', true]], 'spaces and a line break before "of"');
  t.same(edgeOf(`${long}Troops reached the approaches of Kharkiv.`), [['Kharkiv', true]], 'the longest edge noun');
  t.same(edgeOf(`${long}Troops cut the hedges of Kharkiv.`), [['Kharkiv', false]], 'a word that only ends like one');
  t.same(edgeOf('outskirts of Kharkiv were shelled'), [['Kharkiv', true]], 'the noun opening the text');
});

t.test("a place in the possessive after a preposition is read at its own name, not shifted by the stripped 's", async (t) => {
  const spans = (text: string) => findPlaces(text, UA_RU).map((p) => text.slice(p.start, p.end));
  t.same(spans("It was the second attack on Ukraine's second city in three days."), ['Ukraine']);
  t.same(spans("Drones struck Kharkiv's northern districts and Russia's Kursk region."), ['Kharkiv', 'Kursk region']);
  t.same(spans('Missiles hit Odesa overnight.'), ['Odesa']);
});

t.test('places GeoNames lacks below its population bar, and named sites of their kind', async (t) => {
  // the exclusion zone's town, in both spellings, with its region
  t.match(lookupPlace('Chornobyl', UA_RU), { name: 'Chornobyl', country: 'UA', division: 'UA-13' });
  t.match(lookupPlace('Chernobyl', UA_RU), { name: 'Chornobyl', country: 'UA' });
  t.same(names('Overnight a drone struck the roof of the shelter at Chornobyl.'), ['Chornobyl']);
  t.same(names("A drone tore a hole in the cover over Chornobyl's old reactor."), ['Chornobyl']);
  // a nuclear power plant named with its kind is the plant, not the town it is named after, the article opening the sentence or not
  t.same(names('Shells fell near the Khmelnytskyi Nuclear Power Plant overnight.'), ['Khmelnytskyi Nuclear Power Plant']);
  t.same(names('The Rivne nuclear power station lost one of its lines.'), ['Rivne nuclear power station']);
  t.same(names('The Kerch Bridge was closed to traffic.'), ['Kerch Bridge']);
  // a plant of another kind is no site of its own: the town is the place
  t.same(names('A drone hit a power plant in Kurakhove.'), ['Kurakhove']);
});
