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

t.test('mergeTarget while a batch holds its candidates: a held candidate\'s own fields are read once, and again once a merge changed them', async (t) => {
  const { db, repos } = testDatabase(t);
  const call = eventFields();
  const id = repos.events.insert(call, NOW);
  const article = repos.articles.insert({
    title: 'Report',
    body: 'They spoke.',
    url: null,
    source: null,
    publishedAt: '2025-07-05',
    referenceAt: '2025-07-05T00:00:00.000Z',
    ingestedAt: NOW,
    contentHash: 'hash-report',
  });
  repos.events.holdingMergeCandidates(() => {
    const candidate = repos.events.mergeCandidates(mergeCandidateCriteria(call)).find((c) => c.id === id)!;
    t.match(repos.events.mergeTarget(candidate), { confidence: 0.8 });
    // behind the repository's back (no other writer changes them while a slice holds the write lock): still the held row
    db.prepare(`UPDATE events SET confidence = 0.5 WHERE id = ?`).run(id);
    t.match(repos.events.mergeTarget(candidate), { confidence: 0.8 }, 'held, not read again');
    // a merge that changes the event lets go of its candidate and fields
    repos.events.addMention(id, article, { quote: 'They spoke.', charStart: 0, charEnd: 11, dateText: null, confidence: 0.7 }, NOW, { ...call, confidence: 0.9 });
    const again = repos.events.mergeCandidates(mergeCandidateCriteria(call)).find((c) => c.id === id)!;
    t.not(again, candidate);
    t.match(repos.events.mergeTarget(again), { confidence: 0.9 });
  });
  // not held outside a batch
  const candidate = repos.events.mergeCandidates(mergeCandidateCriteria(call)).find((c) => c.id === id)!;
  db.prepare(`UPDATE events SET confidence = 0.4 WHERE id = ?`).run(id);
  t.match(repos.events.mergeTarget(candidate), { confidence: 0.4 });
});
