import t from 'tap';
import { addDays } from '../../src/domain/days.js';
import { mergeCandidateCriteria, sameEvent } from '../../src/ingest/merge.js';
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

t.test('mergeCandidates: every event sameEvent accepts (names in any case, with outer spaces, not ASCII, sides named by country or by people), and fewer others', async (t) => {
  const { repos } = testDatabase(t);
  const now = '2025-07-05T12:00:00.000Z';
  // A small random timeline in the ways sameEvent tells events apart: type, how the date was
  // obtained, span, people and countries (with names only sameEvent's comparison matches), places.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[]): T[] => items.filter(() => random() < 0.3);
  const types = ['phone_call', 'meeting', 'drone_strike', 'ceasefire'] as const;
  const actors = [
    { name: 'Alice Example', kind: 'person' },
    { name: 'Bob Example', kind: 'person' },
    { name: 'Émile Exemple', kind: 'person' },
    { name: 'Ruritania', kind: 'country' },
    { name: 'Freedonia', kind: 'country' },
    { name: ' Sylvania', kind: 'country' },
    // known people and their countries: a side named as a country in one report, by its people in another
    { name: 'Vladimir Putin', kind: 'person' },
    { name: 'Sergei Lavrov', kind: 'person' },
    { name: 'Volodymyr Zelenskyy', kind: 'person' },
    { name: 'Russia', kind: 'country' },
    { name: 'Ukraine', kind: 'country' },
  ] as const;
  const places = [
    { name: 'Kyiv', countryCode: 'UA', lat: null, lon: null },
    { name: 'Kharkiv', countryCode: 'UA', lat: null, lon: null },
    { name: 'Odesa', countryCode: null, lat: null, lon: null },
    { name: 'Łódź', countryCode: 'PL', lat: null, lon: null },
  ];
  // The same name as another report may spell it: in lower case, or without outer spaces.
  const spelling = (name: string) => {
    const draw = random();
    return draw < 0.2 ? name.toLowerCase() : draw < 0.3 ? name.trim() : name;
  };
  const randomEvent = () => {
    const start = `2025-07-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const span = pick([0, 0, 0, 3, 20]);
    const end = span === 0 ? start : addDays(start, span);
    return eventFields({
      type: pick(types),
      startDate: start,
      endDate: end,
      datePrecision: pick(['day', 'day', 'week', 'month'] as const),
      dateCertainty: pick(['explicit', 'relative', 'inferred'] as const),
      actors: some(actors).map((actor) => ({ ...actor, name: spelling(actor.name) })),
      places: some(places).map((place) => ({ ...place, name: spelling(place.name) })),
    });
  };
  // Stored names that differ only in ASCII case are one actor.
  for (let i = 0; i < 300; i++) repos.events.insert(randomEvent(), now);
  let compared = 0;
  let merged = 0;
  for (let i = 0; i < 300; i++) {
    const incoming = randomEvent();
    const criteria = mergeCandidateCriteria(incoming);
    const candidateEvents = repos.events.mergeCandidates(criteria);
    const candidates = candidateEvents.map((event) => event.id);
    const inOrder = candidateEvents.every((event, k) => {
      const before = candidateEvents[k - 1];
      return k === 0 || before.startDate < event.startDate || (before.startDate === event.startDate && before.seq < event.seq);
    });
    t.ok(inOrder, `candidates in (startDate, storage order) (${i})`);
    const { from, to } = criteria.windows.inferred;
    const inWindow = repos.events.overlapping(incoming.type, from, to);
    const accepted = inWindow.filter((event) => sameEvent(event, incoming));
    const widest = inWindow.map((event) => event.id);
    t.ok(accepted.every((event) => candidates.includes(event.id)), `every event sameEvent accepts is a candidate (${i})`);
    merged += accepted.length;
    t.ok(candidates.every((id) => widest.includes(id)), `candidates overlap the widest window (${i})`);
    compared += widest.length - candidates.length;
  }
  t.ok(merged > 100, `many reports had events to merge into (${merged})`);
  t.ok(compared > 1000, `the SQL filter leaves out events sameEvent would reject (${compared} fewer rows)`);
});

t.test('mergeCandidates: candidates of one start day in storage order, whatever their ids (ids made in one millisecond are random)', async (t) => {
  const { repos } = testDatabase(t);
  const now = '2025-07-05T12:00:00.000Z';
  // (truces naming no side: a report naming none may merge with any of them)
  const day = { type: 'ceasefire' as const, startDate: '2025-07-03', endDate: '2025-07-03', actors: [], places: [] };
  // Forty events stored within a few milliseconds: their ids' random parts put them out of
  // storage order (ids sorted would match it only by a chance far below one in a million).
  const stored = Array.from({ length: 40 }, () => repos.events.insert(eventFields(day), now));
  const report = { ...eventFields(day), dateCertainty: 'explicit' as const };
  const candidates = repos.events.mergeCandidates(mergeCandidateCriteria(report));
  t.same(
    candidates.map((candidate) => candidate.id),
    stored,
    'the first stored first',
  );
});
