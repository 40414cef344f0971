import t from 'tap';
import { createIngestService, type ArticleSubmission } from '../../src/ingest/ingest.js';
import { databaseFile } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

// A batch answers each article it stores with the summary it wrote (not read back: one SELECT per
// article); the answer is the row findSummary reads, field for field and in the same key order.

const NOW = new Date('2025-07-05T12:00:00.000Z');

t.test('a stored batch article is answered with what it wrote, as findSummary reads it; copies are read back', async (t) => {
  const { repos } = databaseFile(t);
  const events: Record<string, ReturnType<typeof extractedCall>[]> = {
    // two events of one article, one more merging into the first article's call, none at all
    'Calls and a visit': [extractedCall(), extractedCall({ type: 'meeting', title: 'Meeting in Ankara', startDate: '2025-07-01', endDate: '2025-07-01' })],
    'The call again': [extractedCall()],
    'Nothing happened': [],
  };
  const ingest = createIngestService(repos, { clock: () => NOW, extract: (input) => ({ events: events[input.title] ?? [extractedCall()], dates: [] }) });
  const submissions: ArticleSubmission[] = [
    { title: 'Calls and a visit', body: 'Body one.', url: 'https://www.example.org/1', publishedAt: '2025-07-04T09:30:00+02:00' },
    { title: 'The call again', body: 'Body two.', source: 'Wire', publishedAt: '2025-07-04' },
    { title: 'Nothing happened', body: 'Body three.' },
    { title: 'Calls and a visit', body: 'Body one.', url: 'https://www.example.org/1' },
  ];
  let readBack = 0;
  const findSummary = repos.articles.findSummary;
  repos.articles.findSummary = (id) => (readBack++, findSummary(id));
  const results = ingest.ingestBatch(submissions);
  t.same(results.map((result) => result.status), ['created', 'created', 'created', 'duplicate']);
  t.equal(readBack, 1, 'only the copy is read back');
  repos.articles.findSummary = findSummary;
  for (const result of results) {
    if (result.status === 'failed') throw new Error('no item fails here');
    const row = findSummary(result.article.id)!;
    t.strictSame(result.article, row, `item ${result.index}: as stored`);
    t.same(Object.keys(result.article), Object.keys(row), `item ${result.index}: same key order`);
  }
  t.same(results.map((result) => result.status !== 'failed' && result.article.eventCount), [2, 1, 0, 2]);
  t.same(results.map((result) => result.status !== 'failed' && result.article.source), ['example.org', 'Wire', null, 'example.org']);
});

t.test('the sliced batch path answers stored articles without reading them back too', async (t) => {
  const { repos } = databaseFile(t);
  const ingest = createIngestService(repos, { clock: () => NOW, extractOffThread: async () => ({ events: [extractedCall()], dates: [] }) });
  let readBack = 0;
  const findSummary = repos.articles.findSummary;
  repos.articles.findSummary = (id) => (readBack++, findSummary(id));
  const results = await ingest.ingestBatchInSlices([1, 2, 3].map((n) => ({ title: `Report ${n}`, body: `Body ${n}.` })));
  t.equal(readBack, 0);
  repos.articles.findSummary = findSummary;
  for (const result of results) t.strictSame(result.status !== 'failed' && result.article, result.status !== 'failed' && findSummary(result.article.id));
});
