import t, { type Test } from 'tap';
import { mergeCandidateCriteria } from '../../src/ingest/merge.js';
import { createEventRepository } from '../../src/repositories/events.js';
import type { EventFields } from '../../src/repositories/types.js';
import { seededRandom } from '../../bench/seeded-random.js';
import { articleMaker, eventFields, testDatabase } from '../helpers/db.js';

// While a batch holds its merge candidates (holdingMergeCandidates), whole answers of
// mergeCandidates are held too, by query: each write that can change an answer must let go of it.

const NOW = '2025-07-05T12:00:00.000Z';
const person = (name: string) => ({ name, kind: 'person' as const });
const mention = (quote: string) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence: 0.7 });

function setup(t: Test) {
  const { db, repos } = testDatabase(t);
  const article = articleMaker(repos, NOW);
  /** A second repository on the same connection, holding nothing: answers read afresh. */
  const fresh = createEventRepository(db);
  const ids = (fields: EventFields, repository: { mergeCandidates: typeof repos.events.mergeCandidates } = repos.events) =>
    repository.mergeCandidates(mergeCandidateCriteria(fields)).map((candidate) => candidate.id);
  return { repos, article, fresh, ids };
}

t.test('a held answer is served again while nothing it was read from changes', (t) => {
  const { repos, article, ids } = setup(t);
  const call = eventFields();
  const stored = repos.events.insert(call, NOW);
  repos.events.holdingMergeCandidates(() => {
    const first = repos.events.mergeCandidates(mergeCandidateCriteria(call));
    // a report that only adds a mention (counts, no field a query reads)
    repos.events.addMention(stored, article(), mention('They spoke on Thursday.'), NOW);
    t.equal(repos.events.mergeCandidates(mergeCandidateCriteria(call)), first, 'the same answer, not read again');
    t.same(first.map((candidate) => candidate.id), [stored]);
  });
  // outside a batch nothing is held
  t.not(repos.events.mergeCandidates(mergeCandidateCriteria(call)), repos.events.mergeCandidates(mergeCandidateCriteria(call)));
  t.end();
});

t.test('a new event of the type reaches a held query', (t) => {
  const { repos, ids } = setup(t);
  const call = eventFields();
  const first = repos.events.insert(call, NOW);
  repos.events.holdingMergeCandidates(() => {
    t.same(ids(call), [first]);
    // another type's new event leaves the phone calls' answers alone, and is not among them
    repos.events.insert(eventFields({ type: 'meeting' }), NOW);
    t.same(ids(call), [first]);
    const second = repos.events.insert(eventFields({ title: 'Another call' }), NOW);
    t.same(ids(call).sort(), [first, second].sort(), 'the second call is a candidate');
  });
  t.end();
});

t.test("a report that changes a held event's fields reaches the queries of its old and new type", (t) => {
  const { repos, article, ids } = setup(t);
  const call = eventFields();
  const stored = repos.events.insert(call, NOW);
  const later = eventFields({ startDate: '2025-07-20', endDate: '2025-07-20' });
  const meeting = eventFields({ type: 'meeting' });
  repos.events.holdingMergeCandidates(() => {
    t.same(ids(call), [stored]);
    t.same(ids(later), []);
    t.same(ids(meeting), []);
    // its date moves to 20 July
    repos.events.addMention(stored, article(), mention('They spoke on 20 July.'), NOW, later);
    t.same(ids(call), [], 'no longer a candidate on 3 July');
    t.same(ids(later), [stored], 'a candidate on 20 July');
    // it becomes a meeting (of 3 July again), with a third person
    const asMeeting = { ...meeting, actors: [...meeting.actors, person('Carol Example')] };
    repos.events.addMention(stored, article(), mention('They met on 3 July.'), NOW, asMeeting);
    t.same(ids(later), [], 'no longer a phone call');
    t.same(ids(meeting), [stored], 'a meeting now');
    t.same(ids(eventFields({ type: 'meeting', actors: [person('Carol Example')] })), [stored], 'naming Carol');
  });
  t.end();
});

t.test('a deleted event leaves the held answers', (t) => {
  const { repos, ids } = setup(t);
  const call = eventFields();
  const stored = repos.events.insert(call, NOW);
  repos.events.holdingMergeCandidates(() => {
    t.same(ids(call), [stored]);
    t.ok(repos.events.deleteIfUnmentioned(stored));
    t.same(ids(call), []);
  });
  t.end();
});

t.test('held answers agree with answers read afresh, whatever the batch writes between them', (t) => {
  const { repos, article, fresh, ids } = setup(t);
  // deterministic pseudo-random choices
  const random = seededRandom(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const names = ['Alice Example', 'Bob Example', 'Carol Example', 'Dan Example'];
  const report = (): EventFields => {
    const day = `2025-07-0${pick([1, 2, 3, 4, 6])}`;
    const first = pick(names);
    const second = pick(names.filter((name) => name !== first));
    return eventFields({
      type: pick(['phone_call', 'meeting', 'statement'] as const),
      startDate: day,
      endDate: day,
      dateCertainty: pick(['explicit', 'relative', 'inferred'] as const),
      actors: random() < 0.3 ? [person(first)] : [person(first), person(second)],
      places: random() < 0.3 ? [{ name: pick(['Geneva', 'Riyadh']), countryCode: null, lat: null, lon: null }] : [],
    });
  };
  const stored: string[] = [repos.events.insert(report(), NOW)];
  // a few queries asked again and again, with writes between them
  const queries = Array.from({ length: 12 }, report);
  const lastAnswers = new Map<number, unknown>();
  let compared = 0;
  let served = 0;
  repos.events.holdingMergeCandidates(() => {
    for (let step = 0; step < 400; step++) {
      const asked = Math.floor(random() * queries.length);
      const query = queries[asked];
      const held = repos.events.mergeCandidates(mergeCandidateCriteria(query));
      // served from memory: the very answer given for the query before
      if (lastAnswers.get(asked) === held) served++;
      lastAnswers.set(asked, held);
      t.same(
        held.map((candidate) => candidate.id),
        ids(query, fresh),
        `step ${step}`,
      );
      compared++;
      const roll = random();
      const target = pick(stored);
      if (roll < 0.15) stored.push(repos.events.insert(report(), NOW));
      else if (roll < 0.35) repos.events.addMention(target, article(), mention('Reported again.'), NOW, report());
      else if (roll < 0.8) repos.events.addMention(target, article(), mention('Reported again.'), NOW);
    }
  });
  t.equal(compared, 400);
  t.ok(served > 0, `answers were served from memory (${served} of ${compared})`);
  t.end();
});

t.test('a write lets go only of the answers it can change: a new or changed event of the type naming none of a query\'s names and no unnamed rule leaves it held', (t) => {
  const { repos, article, ids } = setup(t);
  const call = eventFields();
  const stored = repos.events.insert(call, NOW);
  const other = eventFields({ actors: [person('Carol Example'), person('Dan Example')] });
  const otherStored = repos.events.insert(other, NOW);
  // (a new actor lets go of every answer: the names are stored before)
  repos.events.insert(eventFields({ type: 'meeting', actors: [person('Erin Example'), person('Frank Example')] }), NOW);
  repos.events.holdingMergeCandidates(() => {
    const held = repos.events.mergeCandidates(mergeCandidateCriteria(call));
    t.same(held.map((candidate) => candidate.id), [stored]);
    // a call of the same days between two other people
    repos.events.insert(eventFields({ actors: [person('Erin Example'), person('Carol Example')] }), NOW);
    t.equal(repos.events.mergeCandidates(mergeCandidateCriteria(call)), held, 'kept after a new call of others');
    // a call naming Alice, but weeks away: its dates cannot reach the query
    repos.events.insert(eventFields({ startDate: '2025-09-01', endDate: '2025-09-01', actors: [person('Alice Example')] }), NOW);
    t.equal(repos.events.mergeCandidates(mergeCandidateCriteria(call)), held, 'kept after a new call out of its days');
    // another call changes (a third person): not in the answer, and names none of its people
    // (held, as a merge target is: read as a candidate of its own report)
    t.ok(ids(other).includes(otherStored));
    repos.events.addMention(otherStored, article(), mention('They spoke.'), NOW, { ...other, actors: [...other.actors, person('Frank Example')] });
    t.equal(repos.events.mergeCandidates(mergeCandidateCriteria(call)), held, 'kept after another call changed');
    // a new call naming Bob on those days reaches it
    const third = repos.events.insert(eventFields({ actors: [person('Bob Example')] }), NOW);
    t.same(ids(call).sort(), [stored, third].sort(), 'read again with the call naming Bob');
    // the answer's own event changes: read again
    const again = repos.events.mergeCandidates(mergeCandidateCriteria(call));
    repos.events.addMention(stored, article(), mention('They spoke on 20 July.'), NOW, eventFields({ startDate: '2025-07-20', endDate: '2025-07-20' }));
    t.not(repos.events.mergeCandidates(mergeCandidateCriteria(call)), again);
    t.same(ids(call), [third], 'the moved call left it');
  });
  t.end();
});

t.test('held answers agree with answers read afresh for strikes, truces and aid (places, sides, unnamed events)', (t) => {
  const { repos, article, fresh, ids } = setup(t);
  const random = seededRandom(5150);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const place = (name: string, countryCode: string | null) => ({ name, countryCode, lat: null, lon: null });
  const places = [place('Kyiv', 'UA'), place('Odesa', 'UA'), place('Odesa Oblast', 'UA'), place('Kharkiv', 'UA'), place('Geneva', 'CH')];
  const actors = [
    { name: 'Vladimir Putin', kind: 'person' as const },
    { name: 'Russia', kind: 'country' as const },
    { name: 'Ukraine', kind: 'country' as const },
    { name: 'Volodymyr Zelenskyy', kind: 'person' as const },
    { name: 'European Union', kind: 'organization' as const },
  ];
  const some = <T>(items: readonly T[], chance: number): T[] => {
    const chosen = items.filter(() => random() < chance);
    return [...new Set(chosen)];
  };
  const report = (): EventFields => {
    const day = `2025-07-0${pick([1, 2, 3, 5, 8])}`;
    const precision = pick(['day', 'day', 'week'] as const);
    return eventFields({
      type: pick(['drone_strike', 'ceasefire', 'prisoner_exchange', 'aid_decision', 'meeting'] as const),
      startDate: day,
      endDate: precision === 'week' ? `2025-07-${String(Number(day.slice(8)) + 6).padStart(2, '0')}` : day,
      datePrecision: precision,
      dateCertainty: pick(['explicit', 'relative', 'inferred'] as const),
      actors: random() < 0.3 ? [] : some(actors, 0.35),
      places: random() < 0.4 ? [] : some(places, 0.3),
    });
  };
  const stored: string[] = [repos.events.insert(report(), NOW)];
  const queries = Array.from({ length: 16 }, report);
  let served = 0;
  const lastAnswers = new Map<number, unknown>();
  repos.events.holdingMergeCandidates(() => {
    for (let step = 0; step < 500; step++) {
      const asked = Math.floor(random() * queries.length);
      const held = repos.events.mergeCandidates(mergeCandidateCriteria(queries[asked]));
      if (lastAnswers.get(asked) === held) served++;
      lastAnswers.set(asked, held);
      t.same(held.map((candidate) => candidate.id), ids(queries[asked], fresh), `step ${step}`);
      const roll = random();
      const target = pick(stored);
      if (roll < 0.15) stored.push(repos.events.insert(report(), NOW));
      else if (roll < 0.3) {
        // a merged form: the target's type kept (merging never changes it), names added, dates moved
        const current = repos.events.findById(target)!;
        const next = report();
        const merged = { ...next, type: current.type, actors: [...current.actors, ...next.actors.filter((a) => !current.actors.some((c) => c.name === a.name))], places: [...current.places, ...next.places.filter((p) => !current.places.some((c) => c.name === p.name))] };
        repos.events.addMention(target, article(), mention('Reported again.'), NOW, merged);
      } else if (roll < 0.7) repos.events.addMention(target, article(), mention('Reported again.'), NOW);
    }
  });
  t.ok(served > 100, `answers were served from memory (${served} of 500)`);
  t.end();
});

t.test('the longest span is held with the candidates and let go of when an event stored or changed in the batch is longer', (t) => {
  const { repos, article, ids } = setup(t);
  const query = eventFields({ type: 'aid_decision', startDate: '2025-07-03', endDate: '2025-07-03', actors: [{ name: 'European Union', kind: 'organization' }] });
  repos.events.holdingMergeCandidates(() => {
    t.same(ids(query), [], 'nothing yet (the longest span is one day)');
    // an aid programme of two years, from 2024: only a span class as long as that reaches July 2025
    const programme = repos.events.insert(eventFields({ ...query, startDate: '2024-01-01', endDate: '2025-12-31', datePrecision: 'year', dateCertainty: 'explicit' }), NOW);
    t.same(ids(query), [programme], 'found through the longer span class');
    // a month-long decision, moved by a report to three years (2023-2025)
    const decision = repos.events.insert(eventFields({ ...query, startDate: '2023-03-01', endDate: '2023-03-31', datePrecision: 'month', dateCertainty: 'explicit' }), NOW);
    t.same(ids(query), [programme]);
    repos.events.addMention(decision, article(), mention('Extended.'), NOW, eventFields({ ...query, startDate: '2023-01-01', endDate: '2025-12-31', datePrecision: 'year', dateCertainty: 'explicit' }));
    t.same(ids(query).sort(), [programme, decision].sort(), 'the stretched one too');
  });
  t.end();
});

t.test('a new event at a town reaches a held query of the region its division names, the place stored before', (t) => {
  const { repos, fresh, ids } = setup(t);
  const at = (date: string, place: { name: string; division: string }) =>
    eventFields({ type: 'drone_strike', startDate: date, endDate: date, actors: [], places: [{ name: place.name, countryCode: 'RU', lat: null, lon: null, division: place.division }] });
  const town = { name: 'Klintsy', division: 'RU-10' };
  const region = at('2025-02-03', { name: 'Bryansk Oblast', division: 'RU-10' });
  // the town's place is stored already (by a strike a month before): no new place lets go of the held names
  repos.events.insert(at('2025-01-03', town), NOW);
  repos.events.holdingMergeCandidates(() => {
    t.same(ids(region), []);
    const strike = repos.events.insert(at('2025-02-03', town), NOW);
    t.same(ids(region), [strike], 'the strike at the town is a candidate');
    t.same(ids(region, fresh), [strike], 'as read afresh');
    // another division's town on the day is none
    repos.events.insert(at('2025-02-03', { name: 'Sudzha', division: 'RU-41' }), NOW);
    t.same(ids(region), [strike]);
  });
  t.end();
});
