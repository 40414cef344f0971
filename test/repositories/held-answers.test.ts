import t, { type Test } from 'tap';
import { mergeCandidateCriteria } from '../../src/ingest/merge.js';
import { createEventRepository } from '../../src/repositories/events.js';
import type { EventFields } from '../../src/repositories/types.js';
import { seededRandom } from '../../bench/seeded-random.js';
import { eventFields, testDatabase } from '../helpers/db.js';

// While a batch holds its merge candidates (holdingMergeCandidates), whole answers of
// mergeCandidates are held too, by query: each write that can change an answer must let go of it.

const NOW = '2025-07-05T12:00:00.000Z';
const person = (name: string) => ({ name, kind: 'person' as const });
const mention = (quote: string) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence: 0.7 });

function setup(t: Test) {
  const { db, repos } = testDatabase(t);
  let articles = 0;
  const article = () =>
    repos.articles.insert({
      title: `Report ${++articles}`,
      body: 'They spoke.',
      url: null,
      source: `source-${articles}.example`,
      publishedAt: '2025-07-04',
      referenceAt: '2025-07-04T00:00:00.000Z',
      ingestedAt: NOW,
      contentHash: `hash-${articles}`,
    });
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
