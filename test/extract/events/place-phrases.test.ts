import t from 'tap';
import { findPlaces, foldName, regionHolds } from '../../../src/extract/events/places.js';

const UA_RU = new Set(['UA', 'RU']);
const describe = (text: string) =>
  findPlaces(text, UA_RU).map((p) => `${p.place.name}${p.region ? ' (region)' : ''}${p.vicinity ? ' (vicinity)' : ''}`);

// Each case is a class of wording, written for this test; negative cases keep what is not a place out.
const cases: Array<[string, string, string[]]> = [
  // several places sharing one verb: every one is a target
  ['coordinated passive subjects', 'Lutsk and Rivne were hit by cruise missiles.', ['Lutsk', 'Rivne']],
  ['a comma list of passive subjects', 'Sumy, Poltava and Chernihiv were struck overnight.', ['Sumy', 'Poltava', 'Chernihiv']],
  ['subjects of "came under fire"', 'Nikopol and Marhanets came under heavy fire.', ['Nikopol', 'Marhanets']],
  ['a time phrase before the passive subject', 'On Friday Zhytomyr was attacked again.', ['Zhytomyr']],
  ['a list after the verb', 'Drones targeted Lviv, Ternopil and Lutsk.', ['Lviv', 'Ternopil', 'Lutsk']],
  // log and heading lines: the event noun, then the place
  ['a log line', 'Entry 4 – Shelling, Kherson.', ['Kherson']],
  ['a log line with a note in brackets', 'Entry 5 – Drone strike (Shahed), Izium.', ['Izium']],
  ['a log line listing two places', 'Entry 6 – Shelling, Nikopol and Marhanets.', ['Nikopol', 'Marhanets']],
  ['a comma after an event noun in running prose is not a log', 'After the attack, Sumy residents queued for water.', []],
  ['a place column of a dated table row', '2024-10-01 | Kupiansk | Assaults on the outskirts.', ['Kupiansk']],
  ['a place column GeoNames lacks', '2024-10-01 | Staromaiorske | Assaults on the outskirts.', ['Staromaiorske']],
  ['a header row is not a place', 'Date | Place | Notes', []],
  ['the last item of a log line', '3 Apr: a commander killed by a car bomb, parking lot, Melitopol.', ['Melitopol']],
  ['a withdrawal noun', 'The command confirms the withdrawal from Soledar.', ['Soledar']],
  // countries are countries, not a namesake town abroad; a country named like its capital is the city
  ['a country without a hand-made entry', 'Leaders gather in Brazil on Monday.', ['Brazil']],
  ['a two-word country', 'Exercises were held in South Korea.', ['South Korea']],
  ['a country named like its capital', 'Ministers met in Luxembourg on Monday.', ['Luxembourg']],
  // regions in their several spellings
  ['an abbreviated oblast', 'Missile strike, Mykolaiv (Mykolaiv obl.).', ['Mykolaiv', 'Mykolaiv Oblast (region)']],
  ['two regions sharing the noun', 'Drones were downed over the Bryansk and Kursk regions.', ['Bryansk Oblast (region)', 'Kursk Oblast (region)']],
  ['three regions sharing the noun', 'Power substations were damaged in the Poltava, Vinnytsia and Zhytomyr regions.', ['Poltava Oblast (region)', 'Vinnytsia Oblast (region)', 'Zhytomyr Oblast (region)']],
  ['four regions sharing the noun, with a serial comma', 'Shelling hit the Kharkiv, Sumy, Chernihiv, and Kherson oblasts.', ['Kharkiv Oblast (region)', 'Sumy Oblast (region)', 'Chernihiv Oblast (region)', 'Kherson Oblast (region)']],
  ['a city before the regions stays a city', 'Missiles hit Kyiv, the Lviv and Odesa regions.', ['Kyiv', 'Lviv Oblast (region)', 'Odesa Oblast (region)']],
  ['two regions each with its noun', 'Drones were downed over Bryansk region and Kursk region.', ['Bryansk Oblast (region)', 'Kursk Oblast (region)']],
  ['a region named after a renamed centre', 'Shelling hit villages in Dnipropetrovsk region.', ['Dnipropetrovsk Oblast (region)']],
  ['a people\'s republic is its region', "the liberation of the Luhansk People's Republic", ['Luhansk Oblast (region)']],
  ['a district is placed at its town', 'Shelling of villages in the Shostka district.', ['Shostka']],
  ['a krai named as a region', 'Drones hit a depot near Tuapse in Krasnodar region.', ['Tuapse (vicinity)', 'Krasnodar Krai (region)']],
  ['a krai named as such', 'Drones were downed over Stavropol Krai.', ['Stavropol Krai (region)']],
  // the place troops left, by a phrasal verb, under its Russian name, or missing from GeoNames
  ['"pulled out of"', 'The brigade pulled its last units out of Kurakhove.', ['Kurakhove']],
  ['a Russian name of a town', 'Forces were withdrawn from Krasny Liman.', ['Lyman']],
  ['a Russian name of a town GeoNames lacks', 'The ministry said its troops captured Ugledar.', ['Vuhledar']],
  ['a name used as an attribute is not the place left', 'The delegation withdrew from the Geneva process.', []],
  // what is not the event's place
  ['an axis of operations is a vicinity', 'Assaults continued in the Kupiansk direction.', ['Kupiansk (vicinity)']],
  ['axes listed together', 'Fighting went on in the Lyman and Pokrovsk directions.', ['Lyman (vicinity)', 'Pokrovsk (vicinity)']],
  ['a river named like a town', 'Troops dug in on the left bank of the Dnipro.', []],
  // a river told by its bank or its crossing is the river whatever word follows it (a verb, a number, an adverb)
  ['a bank of a river, then a verb', 'Fire on the eastern bank of the Dnipro went on all week.', []],
  ['a bank of a river, then a number', 'The army left the west bank of the Dnipro three days ago.', []],
  ['both banks of a river, then an adverb', 'Both banks of the Desna flooded downstream after the storm.', []],
  ['a river crossed, then an adverb', 'The brigade crossed the Dnipro overnight by boat.', []],
  ['a bridge over a river', 'A drone damaged a bridge over the Dnipro on Sunday.', []],
  ['a dam across a river, then a verb', 'The dam across the Desna held through the flood.', []],
  ['a town after a bank of a river is still the town', 'Shelling of the right bank of the Dnipro hit Kherson and Beryslav.', ['Kherson', 'Beryslav']],
  ['a town named like a river, struck, stays the town', 'Missiles struck Dnipro overnight.', ['Dnipro']],
  ['a two-word river whose first word is a town', 'Villages east of the Siverskyi Donets were retaken.', []],
  ['"the" before a town used as an attribute', 'A missile hit the Odesa port.', ['Odesa']],
  // "a"/"an" before a town that qualifies a building or site in it: the town is the place
  ['"a" before a town naming a building in it', 'A guided bomb hit a Kharkiv supermarket.', ['Kharkiv']],
  ['"a" before a two-word town naming a building in it', 'A bomb went off in a St Petersburg bar.', ['Saint Petersburg']],
  ['"an" before a town naming a building in it', 'Negotiators talked for six hours in an Ankara hotel.', ['Ankara']],
  ['"a" before a town in a compound adjective names no place', 'Drones hit a Kyiv-based courier firm.', []],
  ['"a" before a town with no noun after it names no place', 'Nothing was hit in a Lviv, the mayor joked.', []],
  // the list a plural kind of site announces after a colon or a dash: each item a site, whatever locates it
  ['a colon list of sites, each located its own way', 'Drones hit jets at three airfields: Shaykovka in the Kaluga region, Soltsy near Pskov and Ivanovo, east of Moscow.', ['Shaykovka', 'Kaluga Oblast (region)', 'Soltsy', 'Pskov (vicinity)', 'Ivanovo', 'Moscow']],
  ['without the list, "near" qualifies both towns', 'Drones hit jets at airfields near Pskov and Ivanovo.', ['Pskov (vicinity)', 'Ivanovo (vicinity)']],
  ['a name after "of" closes the phrase before it, it opens no list', 'Drones hit Engels in the Saratov region of Povolzhye, Morozovsk in the Rostov region.', ['Engels', 'Saratov Oblast (region)', 'Morozovsk', 'Rostov Oblast (region)']],
  ['officials in a capital', 'The attack, which officials in Kyiv called deliberate, hit Sumy.', ['Sumy']],
  ['a reaction in a capital', 'The call drew anger in Warsaw.', []],
  ['a statement from a capital', 'In a statement from Moscow, the ministry claimed the capture.', []],
  ['people speaking in a region', 'Few in Kharkiv region believed the claim.', []],
  // translations from languages without articles set "the" before a town: after "in" or "near", closing its phrase, it is the town
  ['"in the" before a town, then a comma', 'The enemy dropped two bombs on a warehouse in the Sumy, inside were forty workers.', ['Sumy']],
  ['"in the" before a town, then "where"', 'Rockets hit the printing house in the Kharkiv, where seven workers died.', ['Kharkiv']],
  ['"near the" before a town, then the end', 'The fights went on near the Pokrovsk.', ['Pokrovsk (vicinity)']],
  ['"in the" before a town, then "and"', 'Explosions were heard in the Zaporizhzhia and in Nikopol.', ['Zaporizhzhia', 'Nikopol']],
  ['a river named like a town stays the river after "in the"', 'Two bodies were found in the Dnipro.', []],
  ['a river named like a small town', 'A drone fell in the Desna, near the bridge.', []],
  ['a town of no country the article is about stays out after "in the"', 'The ship sank in the Antalya.', []],
  ['after a verb "the" before a town is still no town', 'The cruiser hit the Kursk.', []],
  // "as well as" adds to a list of places; a present passive names its subject as a timeline tells it
  ['a list continued by "as well as"', 'Missiles likewise struck Kherson and Mykolaiv, as well as Nikopol and Pavlohrad.', ['Kherson', 'Mykolaiv', 'Nikopol', 'Pavlohrad']],
  ['one place added by "as well as"', 'Drones struck Sumy as well as Poltava.', ['Sumy', 'Poltava']],
  ['a present passive subject', 'Kharkiv is hit hardest.', ['Kharkiv']],
  ['two present passive subjects', 'Lviv and Lutsk are attacked again.', ['Lviv', 'Lutsk']],
  ['"as well as" before no name', 'Drones struck Sumy as well as a school in the centre.', ['Sumy']],
  ['"as well as" before a name that is no place', 'Drones struck Sumy as well as Monday talks.', ['Sumy']],
  // a plural kind or a verb of capture lists settlements GeoNames may lack; "in the areas of" is officialese for "near"
  ['a plural kind before a list', 'Troops took the villages of Zelenivka, Pishchane and Berestok.', ['Zelenivka', 'Pishchane', 'Berestok']],
  ['a capture verb before a list of unknown names', 'Russian forces captured Dachne and Berestok.', ['Dachne', 'Berestok']],
  ['"in the areas of the settlements of"', 'Fighting went on in the areas of the settlements of Zelenivka and Berestok.', ['Zelenivka (vicinity)', 'Berestok (vicinity)']],
  ['a verb that is no capture lists only known places', 'Drones struck Kharkiv and Berestok officials said nothing.', ['Kharkiv']],
  // a place set in a part of its region
  ['an unknown village in a part of its region', 'Russian forces attacked near Staromaiorske in western Donetsk Oblast.', ['Staromaiorske', 'Donetsk Oblast (region)']],
  ['an unknown village in the south-east of a region', 'Assaults went on near Novoprokopivka in the south-eastern Zaporizhzhia region.', ['Novoprokopivka', 'Zaporizhzhia Oblast (region)']],
];

for (const [name, text, expected] of cases) {
  t.test(name, async (t) => {
    t.same(describe(text), expected, text);
  });
}

t.test('spellings fold to one key and show one name', async (t) => {
  for (const [a, b] of [['Kupiansk', 'Kupjansk'], ['Bilopillia', 'Bilopillya'], ['Marhanets', 'Marhanets’']]) t.equal(foldName(a), foldName(b), `${a} ~ ${b}`);
  t.same(describe('Jets bombed Kramatorsk.'), ['Kramatorsk'], 'no soft-sign apostrophe in the shown name');
  t.same(describe('A drone hit Bilopillya.'), ['Bilopillia']);
  t.same(describe('Rockets hit Kiev and Kharkov.'), ['Kyiv', 'Kharkiv']);
  t.same(describe('Rockets hit Nikolaev.'), ['Mykolaiv']);
  t.same(describe('Rockets hit Zaporozhye.'), ['Zaporizhzhia']);
});

t.test('a country carries its code and no coordinates; its capital namesake has both', async (t) => {
  t.same(findPlaces('Leaders gather in Brazil.', UA_RU)[0], { place: { name: 'Brazil', countryCode: 'BR', lat: null, lon: null }, start: 18, end: 24, vicinity: false, country: true, region: false });
  const [luxembourg] = findPlaces('Ministers met in Luxembourg.', UA_RU);
  t.equal(luxembourg.country, false);
  t.equal(luxembourg.place.countryCode, 'LU');
  t.ok(luxembourg.place.lat !== null);
});

t.test('a region holds the towns that lie in it', async (t) => {
  const [town, region] = findPlaces('A drone hit a bus in Bilopillia, near the border in Sumy region.', UA_RU);
  t.ok(regionHolds(region, town), 'Bilopillia lies in Sumy Oblast');
  const [kharkiv, poltava] = findPlaces('Missiles struck Kharkiv and energy sites in Poltava region.', UA_RU);
  t.notOk(regionHolds(poltava, kharkiv), 'Kharkiv does not lie in Poltava Oblast');
  const [irpin, kyivRegion] = findPlaces('Drones hit Irpin and villages across the Kyiv region.', UA_RU);
  t.ok(regionHolds(kyivRegion, irpin), 'the region around a capital is its own division');
  t.notOk(regionHolds(town, region), 'a town holds nothing');
});
