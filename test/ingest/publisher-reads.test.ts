import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { createRepositories } from '../../src/repositories/index.js';
import { databaseFile } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

// A batch's articles tell the events repository their publisher as they are stored: counting a
// report's publisher reads no article back.

t.test('publishers counted in a batch without reading the articles back: named, from the URL, or none', async (t) => {
  const { path } = databaseFile(t);
  const db = openDatabase(path);
  t.teardown(() => db.close());
  let readBack = 0;
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    if (!/^SELECT coalesce\(source, id\) FROM articles WHERE id/.test(sql)) return statement;
    const get = statement.get.bind(statement) as (...args: unknown[]) => unknown;
    (statement as unknown as { get: unknown }).get = (...args: unknown[]) => (readBack++, get(...args));
    return statement;
  };
  const repos = createRepositories(db);
  const ingest = createIngestService(repos, { clock: () => new Date('2025-07-05T12:00:00Z'), extract: () => ({ events: [extractedCall()], dates: [] }) });
  const results = await ingest.ingestBatchInSlices(
    [
      { title: 'a', body: 'a', source: 'Wire' },
      { title: 'b', body: 'b', source: 'Wire' },
      { title: 'c', body: 'c', url: 'https://www.paper.example/c' },
      { title: 'd', body: 'd', url: 'https://paper.example/d' },
      { title: 'e', body: 'e' },
      { title: 'f', body: 'f' },
    ],
    {},
    1000,
  );
  t.same(results.map((result) => result.status), ['created', 'created', 'created', 'created', 'created', 'created']);
  const [event] = repos.events.idsByArticle(results[0].status === 'created' ? results[0].article.id : '');
  const stored = repos.events.findById(event)!;
  t.same([stored.mentionCount, stored.sourceCount], [6, 4], 'Wire, paper.example, and the two without a publisher each their own');
  t.equal(readBack, 0, 'no article read back for its publisher');
});
