import t from 'tap';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/types.js';
import { createCurationService } from '../../src/ingest/curation.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { mergeCurated } from '../../src/ingest/merge.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = new Date('2025-07-05T12:00:00.000Z');

function strike(overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    type: 'drone_strike',
    title: 'Drone strike on Kharkiv',
    summary: 'Drones struck Kharkiv overnight.',
    startDate: '2025-07-05',
    endDate: '2025-07-05',
    datePrecision: 'day',
    dateCertainty: 'relative',
    status: 'occurred',
    actors: [],
    places: [{ name: 'Kharkiv', countryCode: 'UA', lat: 49.98, lon: 36.25 }],
    confidence: 0.7,
    mention: { quote: 'Drones struck Kharkiv overnight.', charStart: 0, charEnd: 32, dateText: 'overnight', confidence: 0.7 },
    ...overrides,
  };
}

/** An extractor that returns what the test scripted for each article title. */
function scripted(byTitle: Record<string, ExtractedEvent[]>) {
  return (input: { title: string }): ExtractionResult => ({ events: byTitle[input.title] ?? [], dates: [] });
}

function setup(t: Parameters<typeof testDatabase>[0], byTitle: Record<string, ExtractedEvent[]>) {
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, { clock: () => NOW, extract: scripted(byTitle) });
  const curation = createCurationService(repos, () => NOW);
  return { repos, ingest, curation };
}

t.test('mergeCurated keeps exactly the curated fields; a curated list is not extended', async (t) => {
  const stored = eventFields({ title: 'Curated title', actors: [{ name: 'Alice Example', kind: 'person' }] });
  const incoming = eventFields({
    title: 'Extracted title',
    startDate: '2025-07-02',
    endDate: '2025-07-02',
    dateCertainty: 'explicit',
    status: 'planned',
    confidence: 0.95,
    actors: [{ name: 'Carol Example', kind: 'person' }],
    places: [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }],
  });
  const curatedActors = mergeCurated(stored, incoming, new Set(['actors', 'endDate']));
  t.same(curatedActors.actors, stored.actors, 'curated actors are not extended');
  t.same(curatedActors.places, incoming.places, 'uncurated places grow');
  t.equal(curatedActors.startDate, stored.startDate, 'curating endDate keeps the whole date');
  t.equal(curatedActors.dateCertainty, stored.dateCertainty);
  t.equal(curatedActors.confidence, 0.95);
  const curatedTitle = mergeCurated(stored, incoming, new Set(['title']));
  t.equal(curatedTitle.startDate, '2025-07-02', 'an uncurated date improves (explicit beats relative)');
  t.same(curatedTitle.actors.map((a) => a.name), ['Alice Example', 'Carol Example']);
  t.equal(curatedTitle.status, 'occurred', 'status merges as usual when not curated');
  t.equal(mergeCurated({ ...stored, status: 'planned' }, incoming, new Set(['status'])).status, 'planned');
});

t.test('a curated event is still found by reports that repeat the extractor\'s reading of it', async (t) => {
  const { repos, ingest, curation } = setup(t, {
    first: [strike()],
    second: [strike({ mention: { ...strike().mention, quote: 'Kharkiv was hit by drones.' } })],
  });
  const [event] = ingest.ingestArticle({ title: 'first', body: 'one' }).events;
  const patched = curation.patch(event.id, {
    type: 'missile_strike',
    startDate: '2025-07-04',
    endDate: '2025-07-04',
    places: [{ name: 'Kharkiv Oblast', countryCode: 'UA', lat: null, lon: null }],
  });
  t.equal(patched.outcome, 'done');
  const second = ingest.ingestArticle({ title: 'second', body: 'two' });
  t.same(second.events.map((e) => e.id), [event.id], 'merged into the curated event, not a new drone strike');
  const stored = repos.events.findById(event.id)!;
  t.match(stored, { type: 'missile_strike', startDate: '2025-07-04', mentionCount: 2 });
  t.same(stored.places.map((p) => p.name), ['Kharkiv Oblast']);
  t.equal(repos.events.count(), 1);
});

t.test('a deleted event is not re-created by later reports; a live event that matches still gets them', async (t) => {
  const { repos, ingest, curation } = setup(t, {
    original: [strike()],
    later: [strike({ mention: { ...strike().mention, quote: 'Kharkiv again.' } })],
    tomorrow: [strike({ startDate: '2025-07-08', endDate: '2025-07-08', dateCertainty: 'explicit' })],
  });
  const [original] = ingest.ingestArticle({ title: 'original', body: 'one' }).events;
  t.equal(curation.delete(original.id).outcome, 'deleted');
  t.same(ingest.ingestArticle({ title: 'later', body: 'two' }).events, [], 'suppressed');
  t.equal(repos.events.count(), 0);
  t.equal(ingest.ingestArticle({ title: 'tomorrow', body: 'three' }).events.length, 1, 'another day\'s strike on the same city is a new event');
  t.match(curation.delete(original.id), { outcome: 'missing', deletedAt: String });

  // A curator deletes one of two duplicates: reports of the event go to the one kept.
  const { ingest: ingest2, repos: repos2, curation: curation2 } = setup(t, { report: [strike()] });
  const kept = repos2.events.insert({ ...strike(), title: 'Kept' }, NOW.toISOString());
  const duplicate = repos2.events.insert({ ...strike(), title: 'Duplicate' }, NOW.toISOString());
  t.equal(curation2.delete(duplicate).outcome, 'deleted');
  t.same(ingest2.ingestArticle({ title: 'report', body: 'four' }).events.map((e) => e.id), [kept], 'the live event wins over the tombstone');
  t.match(curation.patch(original.id, { title: 'x' }), { outcome: 'missing', deletedAt: String });
  t.same(curation.delete('evt_none'), { outcome: 'missing', deletedAt: undefined });
});

t.test('patch outcomes: invalid date order, stale precondition; curated fields accumulate', async (t) => {
  const { repos, ingest, curation } = setup(t, { first: [strike()] });
  const [event] = ingest.ingestArticle({ title: 'first', body: 'one' }).events;
  t.match(curation.patch(event.id, { endDate: '2025-07-01' }), { outcome: 'invalid', field: 'endDate' });
  t.match(curation.patch(event.id, { startDate: '2025-07-09' }), { outcome: 'invalid', field: 'startDate' });
  const version = repos.changes.ofEvent(event.id)!.seq;
  t.match(curation.patch(event.id, { title: 'T' }, (v) => v === version - 1), { outcome: 'stale', version });
  t.equal(repos.events.findById(event.id)!.curated, false, 'refused patches change nothing');
  t.equal(curation.patch(event.id, { title: 'T' }, (v) => v === version).outcome, 'done');
  t.equal(curation.patch(event.id, { status: 'planned' }).outcome, 'done');
  t.same(repos.curation.curatedFields(event.id).sort(), ['status', 'title']);
  t.same(repos.curation.curatedFields('evt_none'), []);
});
