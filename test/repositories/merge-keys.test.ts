import t, { type Test } from 'tap';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import { eventFields, testDatabase } from '../helpers/db.js';
import { mergeKeys } from '../helpers/merge-keys.js';

function keysAgree(t: Test, db: SqliteDatabase, when: string, expectedActorKeys: number, expectedPlaceKeys: number) {
  const { actors, places } = mergeKeys(db);
  t.same(actors.stored, actors.derived, `actor keys follow the events (${when})`);
  t.same(places.stored, places.derived, `place keys follow the events (${when})`);
  t.equal(actors.stored.length, expectedActorKeys, `${expectedActorKeys} actor keys (${when})`);
  t.equal(places.stored.length, expectedPlaceKeys, `${expectedPlaceKeys} place keys (${when})`);
}

t.test('merge keys follow every write that changes an event, its actors or its places', async (t) => {
  const { db, repos } = testDatabase(t);
  const now = '2025-07-05T12:00:00.000Z';
  const kyiv = { name: 'Kyiv', countryCode: 'UA', lat: null, lon: null };
  const odesa = { name: 'Odesa', countryCode: 'UA', lat: null, lon: null };
  const call = repos.events.insert(eventFields(), now);
  const strike = repos.events.insert(eventFields({ type: 'drone_strike', actors: [{ name: 'Ruritania', kind: 'country' }], places: [kyiv, odesa] }), now);
  keysAgree(t, db, 'inserted', 3, 2);

  // A merge that moves the dates (a week-long span: another span class) and adds an actor and a place.
  repos.events.update(call, eventFields({ startDate: '2025-07-01', endDate: '2025-07-06', datePrecision: 'week', actors: [...eventFields().actors, { name: 'Carol Example', kind: 'person' }], places: [kyiv] }), now);
  keysAgree(t, db, 'dates moved, names added', 4, 3);
  repos.events.update(strike, eventFields({ type: 'missile_strike', actors: [], places: [] }), now);
  keysAgree(t, db, 'type changed', 4, 3);
  t.equal(db.prepare(`SELECT count(*) FROM event_place_keys WHERE type = 'missile_strike'`).pluck().get(), 2, 'keys carry the new type');

  // Curation replaces an event's actors and places: the old links go.
  repos.curation.unlinkActors(call);
  repos.curation.unlinkPlaces(strike);
  keysAgree(t, db, 'unlinked', 1, 1);

  // A deleted event takes its keys with it.
  db.prepare(`DELETE FROM events WHERE id = ?`).run(strike);
  keysAgree(t, db, 'event deleted', 0, 1);
  db.prepare(`DELETE FROM events WHERE id = ?`).run(call);
  keysAgree(t, db, 'all deleted', 0, 0);
});
