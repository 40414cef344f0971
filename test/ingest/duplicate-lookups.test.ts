import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { createIngestService, type ArticleSubmission } from '../../src/ingest/ingest.js';
import { createRepositories } from '../../src/repositories/index.js';
import { databaseFile } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

// A batch looks each article up once, when it is sent for extraction: an extracted article is
// stored without a second lookup, and one another writer stored meanwhile fails to insert (url and
// content hash are unique) and is answered as the copy it is.

const NOW = new Date('2025-07-05T12:00:00.000Z');
const submission = (n: number, extra: Partial<ArticleSubmission> = {}): ArticleSubmission => ({ title: `Report ${n}`, body: `Body of report ${n}.`, url: `https://example.org/${n}`, ...extra });

t.test('an extracted article is looked up once; copies within the batch and stored ones are still found', async (t) => {
  const { repos } = databaseFile(t);
  const ingest = createIngestService(repos, { clock: () => NOW, extractOffThread: async () => ({ events: [extractedCall()], dates: [] }) });
  await ingest.ingestBatchInSlices([submission(0)]);
  let lookups = 0;
  const findDuplicate = repos.articles.findDuplicate;
  repos.articles.findDuplicate = (url, hash) => (lookups++, findDuplicate(url, hash));
  const results = await ingest.ingestBatchInSlices([submission(1), submission(2), submission(0), submission(1, { url: 'https://example.org/1b' }), submission(3)]);
  t.same(results.map((result) => result.status), ['created', 'created', 'duplicate', 'duplicate', 'created']);
  // sent: 1, 2, 0 (stored: kept in line) and 3, not 1b (a copy of 1 in the batch); written: the
  // extracted ones without a lookup, each copy looked up as it is reached and as it is written
  t.equal(lookups, 4 + 2 * 2, 'extracted articles are not looked up again when they are written');
  t.equal(repos.articles.count(), 4);
  t.equal(repos.events.findById(repos.events.idsByArticle(results[4].status === 'created' ? results[4].article.id : '')[0])!.mentionCount, 4);
});

t.test('an article another connection stores while it is extracted: the batch answers it as a copy, stores nothing of it and goes on', async (t) => {
  const { path, repos } = databaseFile(t);
  const other = openDatabase(path);
  t.teardown(() => other.close());
  const otherIngest = createIngestService(createRepositories(other), { clock: () => NOW, extract: () => ({ events: [], dates: [] }) });
  const extract = async (input: { title: string; body: string }): Promise<ExtractionResult> => {
    // the other writer stores the same article (same url) as it is extracted here
    if (input.title === 'Report 2') otherIngest.ingestArticle(submission(2));
    return { events: [extractedCall()], dates: [] };
  };
  const ingest = createIngestService(repos, { clock: () => NOW, extractOffThread: extract });
  const results = await ingest.ingestBatchInSlices([submission(1), submission(2), submission(3)]);
  t.same(results.map((result) => result.status), ['created', 'duplicate', 'created']);
  const stored = repos.articles.findDuplicate('https://example.org/2', '')!;
  t.equal(results[1].status !== 'failed' && results[1].article.id, stored, 'the other connection’s article');
  t.same(repos.events.idsByArticle(stored), [], 'none of this batch’s events were stored for it');
  t.equal(repos.articles.count(), 3);
  const [event] = repos.events.idsByArticle(results[2].status === 'created' ? results[2].article.id : '');
  t.equal(repos.events.findById(event)!.mentionCount, 2, 'the articles before and after it merged as usual');
});
