import t from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-07-05T12:00:00.000Z';

t.test('addMention counts up as a recount would: mentions per article, sources per publisher (an article without one is its own)', async (t) => {
  const { db, repos } = testDatabase(t);
  const articleFrom = (source: string | null, n: number) =>
    repos.articles.insert({
      title: `Report ${n}`,
      body: `Body ${n}`,
      url: `https://example.com/${n}`,
      source,
      publishedAt: '2025-07-05',
      referenceAt: '2025-07-05T00:00:00.000Z',
      ingestedAt: NOW,
      contentHash: contentHash(`Report ${n}`, `Body ${n}`),
    });
  const event = repos.events.insert(eventFields(), NOW);
  const mention = (quote: string, confidence: number) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence });
  const recounted = () =>
    db
      .prepare(
        `SELECT (SELECT count(*) FROM mentions WHERE event_id = @id) AS mentions,
          (SELECT count(DISTINCT coalesce(a.source, a.id)) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id) AS sources`,
      )
      .get({ id: event }) as { mentions: number; sources: number };
  const steps: Array<[string | null, string, number]> = [
    ['Wire A', 'First wire report.', 0.5],
    ['Wire A', 'Second report by the same wire.', 0.5],
    [null, 'A blog without a publisher.', 0.5],
    [null, 'Another one.', 0.5],
    ['Wire B', 'Another publisher.', 0.5],
  ];
  const articles = steps.map(([source], n) => articleFrom(source, n));
  steps.forEach(([, quote, confidence], n) => {
    repos.events.addMention(event, articles[n], mention(quote, confidence), NOW);
    const stored = repos.events.findById(event)!;
    t.same({ mentions: stored.mentionCount, sources: stored.sourceCount }, recounted(), `after report ${n}`);
  });
  t.same(recounted(), { mentions: 5, sources: 4 });

  const quotes = () => db.prepare(`SELECT quotes FROM events_fts WHERE rowid = (SELECT seq FROM events WHERE id = ?)`).pluck().get(event);
  repos.events.addMention(event, articles[0], mention('A weaker second report.', 0.1), NOW);
  t.notMatch(quotes(), /weaker/, 'a weaker second mention by the same article changes nothing');
  repos.events.addMention(event, articles[0], mention('A surer second report.', 0.9), NOW);
  t.match(quotes(), /surer/, 'a more confident one replaces the quote in the search text');
  t.notMatch(quotes(), /First wire report/);
  t.same(recounted(), { mentions: 5, sources: 4 });
  t.same(repos.events.findById(event)!.mentionCount, 5, 'and counts nothing');
});
