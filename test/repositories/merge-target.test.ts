import t from 'tap';
import { mergeCandidateCriteria } from '../../src/ingest/merge.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-07-05T12:00:00.000Z';
const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : 1));

t.test('mergeTarget: a merge candidate as findById reads it (fields, id, curated; actors and places in any order)', async (t) => {
  const { db, repos } = testDatabase(t);
  const kyiv = { name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 };
  const odesa = { name: 'Odesa', countryCode: null, lat: null, lon: null };
  const shapes = [
    eventFields(),
    eventFields({ type: 'drone_strike', actors: [{ name: 'Zeta Group', kind: 'group' }, { name: 'Ruritania', kind: 'country' }], places: [odesa, kyiv], status: 'planned', confidence: 0.55 }),
    eventFields({ type: 'ceasefire', actors: [], places: [], startDate: '2025-07-01', endDate: '2025-07-30', datePrecision: 'month', dateCertainty: 'explicit' }),
    eventFields({ type: 'meeting', title: 'Talks in Kyiv', summary: 'They met.', places: [kyiv], dateCertainty: 'inferred' }),
  ];
  for (const fields of shapes) {
    const id = repos.events.insert(fields, NOW);
    const candidate = repos.events.mergeCandidates(mergeCandidateCriteria(fields)).find((c) => c.id === id);
    if (!candidate) throw new Error(`${fields.type} is not its own merge candidate`);
    const { mentionCount: _m, sourceCount: _s, createdAt: _c, updatedAt: _u, ...record } = repos.events.findById(id)!;
    const target = repos.events.mergeTarget(candidate)!;
    t.same({ ...target, actors: byName(target.actors), places: byName(target.places) }, record, fields.type);
  }
  // curated, and changed since the candidate was read: its own fields are read now
  const id = repos.events.insert(eventFields(), NOW);
  const candidate = repos.events.mergeCandidates(mergeCandidateCriteria(eventFields())).find((c) => c.id === id)!;
  db.prepare(`UPDATE events SET curated = 1, title = 'Curated title', confidence = 0.99 WHERE id = ?`).run(id);
  t.match(repos.events.mergeTarget(candidate), { id, curated: true, title: 'Curated title', confidence: 0.99 });
  t.equal(repos.events.mergeTarget({ ...candidate, id: 'evt_gone' }), undefined, 'an event that is gone: none');
});

t.test('held name lookups: an actor or place stored while a batch holds its candidates is found by the next report', async (t) => {
  const { repos } = testDatabase(t);
  const call = eventFields({ actors: [{ name: 'Carol Example', kind: 'person' }, { name: 'Dan Example', kind: 'person' }] });
  const strike = eventFields({ type: 'drone_strike', actors: [], places: [{ name: 'Zorya', countryCode: 'UA', lat: null, lon: null }] });
  const offered = (fields: typeof call) => repos.events.mergeCandidates(mergeCandidateCriteria(fields)).map((candidate) => candidate.id);
  repos.events.holdingMergeCandidates(() => {
    t.same(offered(call), [], 'no actor of that name yet');
    t.same(offered(strike), [], 'no place of that name yet');
    const callId = repos.events.insert(call, NOW);
    const strikeId = repos.events.insert(strike, NOW);
    t.same(offered(call), [callId], 'the new actors are looked up again');
    t.same(offered(strike), [strikeId], 'the new place is looked up again');
    // a name held with its actor: a second event naming it is found through the held lookup
    const second = repos.events.insert({ ...call, startDate: '2025-07-04', endDate: '2025-07-04' }, NOW);
    t.same(offered(call).sort(), [callId, second].sort());
    t.same(offered({ ...call, actors: [{ name: 'CAROL EXAMPLE ', kind: 'person' }, { name: 'dan example', kind: 'person' }] }).sort(), [callId, second].sort(), 'in any case, outer spaces aside');
  });
});
