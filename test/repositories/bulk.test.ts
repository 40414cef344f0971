import t from 'tap';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import { contentHash } from '../../src/ingest/ingest.js';
import { addArticle, addEvent, addMention, createBulkWriter, emptyBatch, type BulkEvent } from '../../src/repositories/bulk.js';
import { eventFields, testDatabase } from '../helpers/db.js';
import { mergeKeys } from '../helpers/merge-keys.js';
import { searchIndexSegments } from '../helpers/search-segments.js';

const schema = (db: SqliteDatabase) =>
  db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name`).all();
const count = (db: SqliteDatabase, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;

function event(seq: number, startDate: string, endDate: string, overrides: Partial<BulkEvent> = {}): BulkEvent {
  return {
    id: `evt_bulk${String(seq).padStart(22, '0')}`,
    seq,
    type: 'drone_strike',
    title: `Drone strike number ${seq}`,
    summary: 'Attack drones hit a depot.',
    startDate,
    endDate,
    datePrecision: 'day',
    dateCertainty: 'explicit',
    status: 'occurred',
    confidence: 0.8,
    actorIds: [],
    placeIds: [],
    mentionCount: 1,
    sourceCount: 1,
    createdAt: `${startDate}T12:00:00.000Z`,
    updatedAt: `${endDate}T12:00:00.000Z`,
    ...overrides,
  };
}

/** Three articles and four events (one lasting 40 days), each event reported once, loaded with upkeep deferred. */
function load(db: SqliteDatabase, firstSeq: number): BulkEvent[] {
  const writer = createBulkWriter(db);
  const bringUpToDate = writer.deferUpkeep();
  const events = db.transaction(() => {
    const [kyiv, odesa] = writer.places([
      { name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 },
      { name: 'Odesa', countryCode: 'UA', lat: 46.48, lon: 30.73 },
    ]);
    const [ukraine] = writer.actors([{ name: 'Ukraine', kind: 'country' }]);
    const loaded = [
      event(firstSeq, '2024-03-01', '2024-03-01', { placeIds: [kyiv], actorIds: [ukraine] }),
      event(firstSeq + 1, '2024-03-02', '2024-04-10', { type: 'ceasefire', placeIds: [odesa] }),
      event(firstSeq + 2, '2024-03-03', '2024-03-03', { placeIds: [kyiv, odesa] }),
      event(firstSeq + 3, '2024-02-28', '2024-02-28'),
    ];
    const batch = emptyBatch();
    loaded.forEach((e) => addEvent(batch, e));
    loaded.forEach((e, i) => {
      const body = `Report ${e.seq}: the depot burned in a thunderstorm of drones number${e.seq}.`;
      const title = `Article ${e.seq}`;
      const articleId = `art_bulk${String(e.seq).padStart(22, '0')}`;
      addArticle(batch, {
        id: articleId,
        seq: e.seq,
        title,
        body,
        url: `https://example.com/${e.seq}`,
        source: i % 2 === 0 ? 'Wire' : null,
        publishedAt: `${e.startDate}T09:00:00Z`,
        referenceAt: `${e.startDate}T09:00:00.000Z`,
        ingestedAt: `${e.startDate}T10:00:00.000Z`,
        contentHash: contentHash(title, body),
      });
      addMention(batch, { eventId: e.id, articleId, quote: body, charStart: 0, charEnd: body.length, dateText: null, confidence: 0.7 });
    });
    writer.write(batch);
    return loaded;
  })();
  bringUpToDate();
  return events;
}

t.test('a bulk load with deferred upkeep leaves the database the repositories would have written', async (t) => {
  const { db } = testDatabase(t);
  const before = schema(db);
  const searchSettings = () => db.prepare(`SELECT * FROM events_fts_config UNION ALL SELECT * FROM articles_fts_config ORDER BY 1`).all();
  const settingsBefore = searchSettings();
  const events = load(db, 1);

  t.same(schema(db), before, 'every index and trigger is back, as defined by the migrations');
  t.same(searchSettings(), settingsBefore, "the search tables' settings are left as the migrations made them");
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  t.doesNotThrow(() => db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`), 'event search index intact');
  t.doesNotThrow(() => db.exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`), 'article search agrees with the articles');

  const eventSearch = (word: string) => db.prepare(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid`).pluck().all(word);
  t.same(eventSearch('thunderstorm'), [1, 2, 3, 4], "events are found by their mentions' quotes");
  t.same(eventSearch('number3'), [3], 'each by its own');
  t.same(eventSearch('ceasefire'), [], 'the type is not searched, only title, summary and quotes');
  t.same(db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'number2'`).pluck().all(), [2], 'articles are found by their bodies');

  t.same(
    db.prepare(`SELECT event_id FROM event_changes ORDER BY change_seq`).pluck().all(),
    [...events].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).map((e) => e.id),
    'the sync feed lists every loaded event once, in the order they were last updated',
  );
  t.same(
    db.prepare(`SELECT changed_at FROM event_changes ORDER BY change_seq`).pluck().all(),
    events.map((e) => e.updatedAt).sort(),
    'stamped with their update time, not the time of the load',
  );
  t.equal(count(db, `SELECT max_days FROM event_span_bound`), 39, 'the longest span (40 days) bounds date windows');

  const hasCards = count(db, `SELECT count(*) FROM sqlite_master WHERE name = 'event_cards'`) === 1;
  if (hasCards) {
    t.same(
      db.prepare(`SELECT * FROM event_cards ORDER BY id`).all(),
      db.prepare(`SELECT * FROM event_card_source ORDER BY id`).all(),
      'one card per event, with its actors and places',
    );
  }

  const keys = mergeKeys(db);
  t.same(keys.actors.stored, keys.actors.derived, 'one merge key per actor link');
  t.same(keys.places.stored, keys.places.derived, 'one merge key per place link');
  t.equal(keys.places.stored.length, 4);

  // The restored triggers work again for later writes.
  db.prepare(`UPDATE events SET end_date = '2024-06-30' WHERE seq = 2`).run();
  t.equal(count(db, `SELECT max_days FROM event_span_bound`), 120, 'span-bound trigger back in place');
});

t.test('a load into a database that already holds events brings only the loaded ones up to date', async (t) => {
  const { db, repos } = testDatabase(t);
  const existing = repos.events.insert(eventFields(), '2025-07-05T10:00:00.000Z');
  const existingChange = db.prepare(`SELECT change_seq, changed_at FROM event_changes WHERE event_id = ?`).get(existing);
  load(db, 2);
  t.same(db.prepare(`SELECT change_seq, changed_at FROM event_changes WHERE event_id = ?`).get(existing), existingChange, 'the stored event keeps its place in the feed');
  t.equal(count(db, `SELECT count(*) FROM event_changes`), 5);
  t.equal(count(db, `SELECT count(*) FROM events_fts WHERE rowid = 1`), 0, 'the stored event, with no mention, gets no search row from the load');
  t.equal(count(db, `SELECT count(*) FROM events_fts`), 4);
});

t.test('a bulk load leaves each search index as one segment, without the large buffer setting', async (t) => {
  const { db, repos } = testDatabase(t);
  // A stored article and event, searchable: each index holds a segment before the load adds its own.
  repos.transaction(() => {
    const body = 'A stored report of a stored walrus.';
    const article = repos.articles.insert({
      title: 'Stored', body, url: null, source: null, publishedAt: null,
      referenceAt: '2025-07-05T10:00:00.000Z', ingestedAt: '2025-07-05T10:00:00.000Z', contentHash: contentHash('Stored', body),
    });
    const stored = repos.events.insert(eventFields(), '2025-07-05T10:00:00.000Z');
    repos.events.addMention(stored, article, { quote: 'The stored walrus.', charStart: 0, charEnd: 10, dateText: null, confidence: 0.5 }, '2025-07-05T10:00:00.000Z');
  });
  t.same(searchIndexSegments(db), [1, 1]);
  load(db, 2);
  t.same(searchIndexSegments(db), [1, 1], "one segment per index (optimized after the load's fill)");
  const bufferSettings = db.prepare(`SELECT k FROM events_fts_config WHERE k = 'hashsize' UNION ALL SELECT k FROM articles_fts_config WHERE k = 'hashsize'`).pluck().all();
  t.same(bufferSettings, [], 'no buffer setting left stored');
  const search = (index: string, word: string) => db.prepare(`SELECT count(*) FROM ${index} WHERE ${index} MATCH ?`).pluck().get(word);
  t.same([search('events_fts', 'walrus'), search('events_fts', 'thunderstorm'), search('articles_fts', 'walrus'), search('articles_fts', 'thunderstorm')], [1, 4, 1, 4], 'the stored rows and the loaded ones found');
  db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
  db.exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`);
});

t.test('an insert trigger the writer does not know stops the load before anything is dropped', async (t) => {
  const { db } = testDatabase(t);
  db.exec(`CREATE TRIGGER mentions_audit AFTER INSERT ON mentions BEGIN SELECT 1; END`);
  const before = schema(db);
  t.throws(() => createBulkWriter(db).deferUpkeep(), /no set-based replacement for trigger mentions_audit/);
  t.same(schema(db), before);
});

t.test('data derived by another connection is only taken for a load into empty events and articles tables', async (t) => {
  const withEvent = testDatabase(t);
  withEvent.repos.events.insert(eventFields(), '2025-07-05T10:00:00.000Z');
  const afterEvent = createBulkWriter(withEvent.db).deferUpkeep();
  t.throws(() => afterEvent(undefined, () => 'derived'), /needs a load into empty events and articles tables/);

  const withArticle = testDatabase(t);
  const body = 'A stored article, already in article search.';
  withArticle.repos.articles.insert({
    title: 'Stored', body, url: null, source: null, publishedAt: null,
    referenceAt: '2025-07-05T10:00:00.000Z', ingestedAt: '2025-07-05T10:00:00.000Z', contentHash: contentHash('Stored', body),
  });
  const afterArticle = createBulkWriter(withArticle.db).deferUpkeep();
  t.throws(() => afterArticle(undefined, () => 'derived'), /needs a load into empty events and articles tables/, 'its search index would be replaced');
});

t.test('a failed upkeep step leaves no transaction open', async (t) => {
  const { db } = testDatabase(t);
  const bringUpToDate = createBulkWriter(db).deferUpkeep();
  t.throws(
    () => bringUpToDate((name, work) => {
      if (name === 'indexes') throw new Error('interrupted');
      work();
    }),
    /interrupted/,
  );
  t.notOk(db.inTransaction, 'rolled back');
});

t.test('a load keeps the content key in order and the content hash unique: an article whose text is stored already stops it', async (t) => {
  const { db, repos } = testDatabase(t);
  const body = 'Crews restored power to the grid overnight.';
  repos.articles.insert({
    title: 'Power back', body, url: null, source: null, publishedAt: null,
    referenceAt: '2025-07-05T10:00:00.000Z', ingestedAt: '2025-07-05T10:00:00.000Z', contentHash: contentHash('Power back', body),
  });
  const article = (seq: number, hash: string) => ({
    id: `art_load${String(seq).padStart(22, '0')}`, seq, title: `Loaded ${seq}`, body: `Loaded text ${seq}.`, url: null, source: null,
    publishedAt: null, referenceAt: '2025-07-05T11:00:00.000Z', ingestedAt: '2025-07-05T11:00:00.000Z', contentHash: hash,
  });
  const writer = createBulkWriter(db);
  const bringUpToDate = writer.deferUpkeep();
  t.ok(count(db, `SELECT count(*) FROM sqlite_master WHERE name = 'articles_content_key'`), 'the key is not dropped for the load');
  t.notOk(count(db, `SELECT count(*) FROM sqlite_master WHERE name = 'articles_content_unique'`), 'its guard is suspended');
  const batch = emptyBatch();
  addArticle(batch, article(10, contentHash('Loaded 10', 'Loaded text 10.')));
  addArticle(batch, article(11, contentHash('Power back', body)));
  db.transaction(() => writer.write(batch))();
  t.throws(() => bringUpToDate(), /article art_load0+11 is refused by trigger articles_content_unique/);
  t.notOk(db.inTransaction, 'rolled back');

  // the same load without the copy goes through and leaves the guard in place
  db.prepare(`DELETE FROM articles WHERE seq = 11`).run();
  bringUpToDate();
  t.ok(count(db, `SELECT count(*) FROM sqlite_master WHERE name = 'articles_content_unique'`), 'the guard is back');
  t.throws(() => db.prepare(`UPDATE articles SET content_hash = ? WHERE seq = 10`).run(contentHash('Power back', body)), /UNIQUE constraint failed: articles\.content_hash/);
});
