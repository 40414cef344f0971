import t from 'tap';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { contentHash } from '../../src/ingest/ingest.js';
import { createRepositories } from '../../src/repositories/index.js';
import { eventFields, migrateForTodaysRepositories } from '../helpers/db.js';
import { searchIndexSegments } from '../helpers/search-segments.js';

const NOW = '2025-07-05T12:00:00.000Z';

t.test('migration 010 leaves each search index as one segment, searching as before', async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const segmentsMigration = loadMigrations().findIndex((m) => m.name === '010_search_index_segments.sql');
  t.ok(segmentsMigration >= 0);
  const migrations = migrateForTodaysRepositories(db, loadMigrations(), segmentsMigration);
  const repos = createRepositories(db);
  // One commit each: every commit adds a segment to both indexes.
  for (let n = 0; n < 5; n++) {
    repos.transaction(() => {
      const body = `The walrus number ${n} spoke.`;
      const article = repos.articles.insert({
        title: `Report ${n}`, body, url: null, source: null, publishedAt: null,
        referenceAt: NOW, ingestedAt: NOW, contentHash: contentHash(`Report ${n}`, body),
      });
      const event = repos.events.insert(eventFields(), NOW);
      repos.events.addMention(event, article, { quote: `A pelican saw walrus ${n}.`, charStart: 0, charEnd: 10, dateText: null, confidence: 0.5 }, NOW);
    });
  }
  const found = () => [repos.events.list({ fts: '"pelican"', descending: false, limit: 10 }).length, repos.articles.list({ fts: '"walrus"', limit: 10 }).data.length];
  t.same(searchIndexSegments(db), [5, 5], 'a segment per commit before');
  t.same(found(), [5, 5]);
  migrate(db, migrations.slice(0, segmentsMigration + 1));
  t.same(searchIndexSegments(db), [1, 1], 'one segment per index after');
  t.same(found(), [5, 5], 'the same matches');
  db.exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`);
  db.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`);
});
