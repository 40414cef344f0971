import t from 'tap';
import { findPlaces, foldCyrillicVariant, foldName, lookupPlace } from '../../../src/extract/events/places.js';

const UA_RU = new Set(['UA', 'RU']);
const names = (text: string) => findPlaces(text, UA_RU).map((p) => p.place.name);

t.test('the Cyrillic-variant key joins Ukrainian and Russian forms of one name', async (t) => {
  const pairs: Array<[string, string]> = [
    // the Russian g for the Ukrainian h
    ['Energodar', 'Enerhodar'],
    ['Uzhgorod', 'Uzhhorod'],
    ['Gulyaypole', 'Huliaipole'],
    // the Russian endings for the Ukrainian ones
    ['Kurakhovo', 'Kurakhove'],
    ['Pokrovskoye', "Pokrovs'ke"],
    ['Zavetnoye', 'Zavetne'],
    ['Krasnaya Polyana', 'Krasna Poliana'],
  ];
  for (const [russian, ukrainian] of pairs) t.equal(foldCyrillicVariant(foldName(russian)), foldCyrillicVariant(foldName(ukrainian)), `${russian} ~ ${ukrainian}`);
  // (a name ending in -ov or -ova is no adjective: left as it is)
  t.equal(foldCyrillicVariant(foldName('Rostov')), 'rostov');
  t.not(foldCyrillicVariant(foldName('Kharkiv')), foldCyrillicVariant(foldName('Kherson')));
});

t.test('a town GeoNames spells in the Russian form is found in the Ukrainian one, under the name as written', async (t) => {
  const cases: Array<[string, string]> = [
    ['Enerhodar', 'UA-26'],
    ['Kurakhove', 'UA-05'],
    ['Uzhhorod', 'UA-25'],
  ];
  for (const [name, division] of cases) t.match(lookupPlace(name, UA_RU), { name, country: 'UA', division }, name);
});

const sentences: Array<[string, string[]]> = [
  ['Artillery shells fell on Enerhodar overnight, the mayor said.', ['Enerhodar']],
  ['The brigade pulled back from Kurakhove after weeks of assaults.', ['Kurakhove']],
  ['A drone hit a fuel depot in Uzhhorod on Tuesday.', ['Uzhhorod']],
];
for (const [text, expected] of sentences) {
  t.test(text, async (t) => {
    t.same(names(text), expected);
  });
}

t.test('namesakes the variant key must not reach', async (t) => {
  // a village: its name is a common adjective many villages share, and the one GeoNames lists is as likely another
  t.equal(lookupPlace('Zavetne', UA_RU), null, 'not the Russian village Zavetnoye');
  t.equal(lookupPlace('Zasechne', UA_RU), null, 'not the Russian village Zasechnoye');
  // outside Ukraine, Russia and Belarus the key is not used
  t.equal(lookupPlace('Hdansk', new Set(['PL'])), null, 'not Gdańsk');
  t.equal(lookupPlace('Bolohna', new Set(['IT'])), null, 'not Bologna');
  // a name GeoNames holds as written in those countries keeps its own city
  t.match(lookupPlace('Horodnia', UA_RU), { country: 'UA', name: 'Horodnya' });
  t.match(lookupPlace('Gorodishche', UA_RU), { country: 'RU' });
});
