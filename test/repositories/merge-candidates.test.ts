import t from 'tap';
import { eventFields, testDatabase } from '../helpers/db.js';

t.test('overlapping with mergeableWith: events sharing an actor or place name (any case), or naming neither', async (t) => {
  const { repos } = testDatabase(t);
  const now = '2025-07-05T12:00:00.000Z';
  const day = { startDate: '2025-07-03', endDate: '2025-07-03' };
  const kyiv = { name: 'Kyiv', countryCode: 'UA', lat: null, lon: null };
  const byActor = repos.events.insert(eventFields({ ...day, actors: [{ name: 'Alice Example', kind: 'person' }] }), now);
  const byPlace = repos.events.insert(eventFields({ ...day, actors: [{ name: 'Carol', kind: 'person' }], places: [kyiv] }), now);
  const unnamed = repos.events.insert(eventFields({ ...day, actors: [], places: [] }), now);
  repos.events.insert(eventFields({ ...day, actors: [{ name: 'Dave', kind: 'person' }] }), now);
  repos.events.insert(eventFields({ ...day, type: 'meeting', actors: [{ name: 'Alice Example', kind: 'person' }] }), now);
  const ids = (actors: string[], places: string[]) =>
    repos.events.overlapping('phone_call', '2025-07-01', '2025-07-05', { actors, places }).map((e) => e.id).sort();
  t.same(ids(['alice example'], ['KYIV']), [byActor, byPlace, unnamed].sort());
  t.same(ids([], []), [unnamed], 'naming nothing: only events that name nothing either');
  t.same(repos.events.overlapping('phone_call', '2025-07-01', '2025-07-05').length, 4, 'without it: every event of the type');
});
