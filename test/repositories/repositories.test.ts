import t from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';
import { containsPattern, toFtsQuery } from '../../src/repositories/fts.js';
import { newId } from '../../src/repositories/ids.js';
import type { NewArticle } from '../../src/repositories/types.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-07-05T10:00:00.000Z';

function article(overrides: Partial<NewArticle> = {}): NewArticle {
  const title = overrides.title ?? 'A title';
  const body = overrides.body ?? 'A body about a phone call.';
  return {
    title,
    body,
    url: 'https://example.com/a',
    source: 'Example',
    publishedAt: '2025-07-05',
    referenceAt: '2025-07-05T00:00:00.000Z',
    ingestedAt: NOW,
    contentHash: contentHash(title, body),
    ...overrides,
  };
}

t.test('ids are opaque, prefixed and unique', async (t) => {
  const ids = new Set(Array.from({ length: 1000 }, () => newId('evt')));
  t.equal(ids.size, 1000);
  for (const id of ids) t.match(id, /^evt_[0-9a-z]{26}$/);
  t.ok(newId('art', 1000) < newId('art', 2000), 'later ids sort after earlier ones');
});

t.test('ids drawn across many refills of the random pool: distinct tails, every digit used, none repeated in a row', async (t) => {
  // 256 ids empty a 4 KiB pool of 16 bytes each; 2,000 ids at one instant differ in their random tails alone.
  const tails = Array.from({ length: 2000 }, () => newId('art', 5000).slice(14));
  t.equal(new Set(tails).size, tails.length, 'no tail twice');
  for (const tail of tails) t.match(tail, /^[0-9a-hjkmnp-tv-z]{16}$/);
  const seen = new Set(tails.join(''));
  t.equal(seen.size, 32, 'all 32 Crockford digits appear');
  t.ok(tails.every((tail, i) => i === 0 || tail !== tails[i - 1]), 'each id takes fresh bytes');
  // A supplied generator still decides the tail (the bench data's seeded ids).
  t.equal(newId('evt', 0, () => Array.from({ length: 16 }, (_, i) => i * 2)), 'evt_0000000000' + '02468acegjmprtwy');
});

t.test('FTS input is quoted word by word so operators cannot break the query', async (t) => {
  t.equal(toFtsQuery('drone strike'), '"drone" "strike"');
  t.equal(toFtsQuery('NEAR(a b) OR "x* AND title:'), '"NEAR" "a" "b" "OR" "x" "AND" "title"');
  t.equal(toFtsQuery('  ** "" () '), null);
  t.equal(containsPattern('50%_off\\'), '%50\\%\\_off\\\\%');
});

t.test('articles: insert, find, duplicates, list with keyset pages, search, delete', async (t) => {
  const { repos } = testDatabase(t);
  const first = repos.articles.insert(article());
  const second = repos.articles.insert(
    article({ title: 'Second', body: 'Talks in Geneva.', url: null, referenceAt: '2025-07-06T00:00:00.000Z', publishedAt: null }),
  );
  t.equal(repos.articles.count(), 2);
  t.equal(repos.articles.findById(first)?.body, 'A body about a phone call.');
  t.equal(repos.articles.findById('art_missing'), undefined);
  const { body: _body, ...summary } = repos.articles.findById(second)!;
  t.same(Object.entries(repos.articles.findSummary(second)!), Object.entries(summary), 'findSummary: findById without the body, fields in order');
  t.equal(repos.articles.findSummary('art_missing'), undefined);
  t.equal(repos.articles.findDuplicate('https://example.com/a', 'other-hash'), first, 'same url');
  t.equal(repos.articles.findDuplicate(null, contentHash('Second', 'Talks in Geneva.')), second, 'same content');
  t.equal(repos.articles.findDuplicate('https://example.com/new', 'other-hash'), undefined);
  t.throws(() => repos.articles.insert(article({ url: 'https://example.com/b' })), /UNIQUE/, 'content hash is unique');

  const page1 = repos.articles.list({ limit: 1 });
  t.same(page1.data.map((a) => a.id), [second], 'newest first');
  t.ok(page1.last);
  const page2 = repos.articles.list({ limit: 1, after: page1.last });
  t.same(page2.data.map((a) => a.id), [first]);
  t.equal(page2.last, undefined, 'no page after the last');
  t.same(repos.articles.list({ limit: 10, fromInstant: '2025-07-06T00:00:00.000Z' }).data.map((a) => a.id), [second]);
  t.same(repos.articles.list({ limit: 10, toInstant: '2025-07-05T23:59:59.999Z' }).data.map((a) => a.id), [first]);
  t.same(repos.articles.list({ limit: 10, fts: toFtsQuery('geneva')! }).data.map((a) => a.id), [second]);
  t.equal(page1.data[0].eventCount, 0);

  t.ok(repos.articles.delete(second));
  t.notOk(repos.articles.delete(second), 'a second delete finds nothing');
  t.same(repos.articles.list({ limit: 10, fts: toFtsQuery('geneva')! }).data, [], 'search text removed too');
});

t.test('events: insert with actors and places, mentions and counts, filters, pages, orphan deletion', async (t) => {
  const { repos } = testDatabase(t);
  const a1 = repos.articles.insert(article({ source: 'Wire A' }));
  const a2 = repos.articles.insert(article({ url: 'https://example.com/2', title: 'T2', body: 'B2', source: 'Wire B' }));
  const call = repos.events.insert(eventFields(), NOW);
  const strike = repos.events.insert(
    eventFields({
      type: 'drone_strike',
      title: 'Drone strike on Kyiv',
      summary: 'Drones hit Kyiv.',
      startDate: '2025-07-02',
      endDate: '2025-07-02',
      actors: [{ name: 'Russia', kind: 'country' }],
      places: [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }],
      confidence: 0.6,
    }),
    NOW,
  );
  const truce = repos.events.insert(
    eventFields({ type: 'ceasefire', title: 'Truce', summary: 'A 30-day moratorium.', startDate: '2025-07-10', endDate: '2025-08-08', status: 'planned', actors: [] }),
    NOW,
  );
  const mention = { quote: 'Alice Example and Bob Example spoke by phone.', charStart: 0, charEnd: 45, dateText: 'on Thursday', confidence: 0.7 };
  repos.events.addMention(call, a1, mention, NOW);
  repos.events.addMention(call, a2, { ...mention, quote: 'The two leaders talked by telephone.' }, NOW);
  repos.events.addMention(call, a2, { ...mention, quote: 'A weaker quote.', confidence: 0.1 }, NOW);
  repos.events.addMention(strike, a1, { ...mention, quote: 'Drones hit Kyiv.' }, NOW);
  repos.events.addMention(truce, a2, { ...mention, quote: 'A 30-day truce.' }, NOW);

  const stored = repos.events.findById(call)!;
  t.equal(stored.mentionCount, 2);
  t.equal(stored.sourceCount, 2);
  t.same(stored.actors.map((a) => a.name), ['Alice Example', 'Bob Example']);
  t.equal(stored.curated, false);
  const mentions = repos.events.mentions(call);
  t.equal(mentions.length, 2, 'one mention per (event, article)');
  t.equal(mentions.find((m) => m.articleId === a2)?.quote, 'The two leaders talked by telephone.', 'the more confident mention stays');
  t.equal(repos.events.findById(strike)!.places[0].countryCode, 'UA');
  t.equal(repos.events.findById('evt_missing'), undefined);

  const ids = (filter: Partial<Parameters<typeof repos.events.page>[0]>) =>
    repos.events.page({ descending: false, limit: 50, ...filter }).data.map((e) => e.id);
  t.same(ids({}), [strike, call, truce], 'ordered by start date');
  t.same(ids({ descending: true }), [truce, call, strike]);
  t.same(ids({ from: '2025-07-03', to: '2025-07-03' }), [call]);
  t.same(ids({ from: '2025-08-01', to: '2025-08-31' }), [truce], 'a range overlapping the end of a duration');
  t.same(ids({ types: ['drone_strike', 'ceasefire'] }), [strike, truce]);
  t.same(ids({ actor: 'alice' }), [call], 'actor substring, any case');
  t.same(ids({ place: 'KYIV' }), [strike]);
  t.same(ids({ fts: toFtsQuery('telephone')! }), [call], 'quotes are searchable');
  t.same(ids({ fts: toFtsQuery('moratorium')! }), [truce]);
  t.same(ids({ status: 'planned' }), [truce]);
  t.same(ids({ minConfidence: 0.7 }), [call, truce]);
  t.same(ids({ articleId: a1 }), [strike, call]);

  const first = repos.events.page({ descending: false, limit: 2 });
  t.same(first.data.map((e) => e.id), [strike, call]);
  t.same(first.last, { key: '2025-07-03', id: call });
  t.same(ids({ after: first.last }), [truce]);
  t.same(ids({ descending: true, after: { key: '2025-07-03', id: call } }), [strike]);

  t.same(repos.events.overlapping('phone_call', '2025-07-01', '2025-07-05').map((e) => e.id), [call]);
  t.same(repos.events.byArticle(a2).map((e) => e.id), [call, truce]);
  t.same(repos.events.idsByArticle(a1).sort(), [call, strike].sort());

  repos.events.update(strike, eventFields({ type: 'drone_strike', title: 'Renamed', places: [{ name: 'Kharkiv', countryCode: 'UA', lat: null, lon: null }] }), NOW);
  const updated = repos.events.findById(strike)!;
  t.equal(updated.title, 'Renamed');
  t.same(updated.places.map((p) => p.name).sort(), ['Kharkiv', 'Kyiv'], 'update adds places, never removes');

  t.ok(repos.articles.delete(a1));
  t.notOk(repos.events.deleteIfUnmentioned(call), 'still reported by a2');
  t.ok(repos.events.deleteIfUnmentioned(strike), 'no report left');
  t.equal(repos.events.count(), 2);
  t.same(ids({ fts: toFtsQuery('renamed')! }), [], 'search row of the deleted event is gone');
  t.same(ids({ fts: toFtsQuery('telephone')! }), [call], 'search row of the kept event is back');
});

t.test('reference: type counts, actors and places with counts, timeline counts, bounds', async (t) => {
  const { repos } = testDatabase(t);
  t.same(repos.reference.dateBounds(), { first: null, last: null });
  repos.events.insert(eventFields(), NOW);
  repos.events.insert(eventFields({ startDate: '2025-07-04', endDate: '2025-07-04', actors: [{ name: 'Alice Example', kind: 'person' }] }), NOW);
  repos.events.insert(
    eventFields({ type: 'shelling', actors: [], places: [{ name: 'Kherson', countryCode: null, lat: null, lon: null }] }),
    NOW,
  );
  t.same([...repos.reference.eventTypeCounts()].sort(), [['phone_call', 2], ['shelling', 1]]);
  t.same(repos.reference.actors('', 10), [
    { name: 'Alice Example', kind: 'person', eventCount: 2 },
    { name: 'Bob Example', kind: 'person', eventCount: 1 },
  ]);
  t.same(repos.reference.actors('bob', 10).map((a) => a.name), ['Bob Example']);
  t.same(repos.reference.places('', 10), [{ name: 'Kherson', countryCode: null, lat: null, lon: null, eventCount: 1 }]);
  t.same(repos.reference.countsByDayAndType('2025-07-01', '2025-07-31'), [
    { startDate: '2025-07-03', type: 'phone_call', count: 1 },
    { startDate: '2025-07-03', type: 'shelling', count: 1 },
    { startDate: '2025-07-04', type: 'phone_call', count: 1 },
  ]);
  t.same(repos.reference.countsByDayAndType('2025-07-01', '2025-07-31', ['shelling']).length, 1);
  t.same(repos.reference.dateBounds(), { first: '2025-07-03', last: '2025-07-04' });
});

t.test('health: the writability probe leaves nothing behind and fails on a closed database', async (t) => {
  const { db, repos } = testDatabase(t);
  repos.health.checkWritable(NOW);
  t.equal((db.prepare('SELECT count(*) AS n FROM readiness_probe').get() as { n: number }).n, 0);
  t.equal(repos.transaction(() => 42), 42);
  db.close();
  t.throws(() => repos.health.checkWritable(NOW));
});
