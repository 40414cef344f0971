import t from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-07-05T12:00:00.000Z';

/** Whether a search for `words` finds event `id` (its search row: title, summary and quotes). */
function searchFinds(db: SqliteDatabase, id: string, words: string): boolean {
  return db.prepare(`SELECT count(*) FROM events_fts WHERE events_fts MATCH ? AND rowid = (SELECT seq FROM events WHERE id = ?)`).pluck().get(words, id) === 1;
}

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

  // (the event search index keeps no text since migration 012: what its words find)
  const found = (words: string) => searchFinds(db, event, words);
  t.ok(found('"First wire report"'));
  repos.events.addMention(event, articles[0], mention('A weaker second report.', 0.1), NOW);
  t.notOk(found('weaker'), 'a weaker second mention by the same article changes nothing');
  repos.events.addMention(event, articles[0], mention('A surer second report.', 0.9), NOW);
  t.ok(found('surer'), 'a more confident one replaces the quote in the search text');
  t.notOk(found('"First wire report"'));
  t.same(recounted(), { mentions: 5, sources: 4 });
  t.same(repos.events.findById(event)!.mentionCount, 5, 'and counts nothing');
});

t.test('addMention with the merged fields: one UPDATE writes them and the counts (one change-feed step), new actors and places linked', async (t) => {
  const { db, repos } = testDatabase(t);
  const article = repos.articles.insert({
    title: 'Report',
    body: 'Body',
    url: 'https://example.com/merged',
    source: 'Wire A',
    publishedAt: '2025-07-05',
    referenceAt: '2025-07-05T00:00:00.000Z',
    ingestedAt: NOW,
    contentHash: contentHash('Report', 'Body'),
  });
  const stored = eventFields({ dateCertainty: 'inferred', actors: [{ name: 'Alice Example', kind: 'person' }] });
  const event = repos.events.insert(stored, NOW);
  const changeSeq = () => db.prepare(`SELECT change_seq FROM event_changes WHERE event_id = ?`).pluck().get(event) as number;
  const before = changeSeq();
  const merged = {
    ...stored,
    dateCertainty: 'explicit' as const,
    actors: [...stored.actors, { name: 'Bob Example', kind: 'person' as const }],
    places: [{ name: 'Kyiv', countryCode: 'UA', lat: null, lon: null }],
  };
  const quote = 'Alice and Bob met in Kyiv.';
  repos.events.addMention(event, article, { quote, charStart: 0, charEnd: quote.length, dateText: null, confidence: 0.7 }, NOW, merged);
  const after = repos.events.findById(event)!;
  t.equal(after.dateCertainty, 'explicit');
  t.same(after.actors.map((actor) => actor.name), ['Alice Example', 'Bob Example']);
  t.same(after.places.map((place) => place.name), ['Kyiv']);
  t.same({ mentions: after.mentionCount, sources: after.sourceCount }, { mentions: 1, sources: 1 });
  t.equal(changeSeq(), before + 1, 'one UPDATE of the event for fields and counts');
  t.ok(searchFinds(db, event, '"Bob met"'), 'the quote is searchable');

  const weaker = 'A weaker report of it.';
  repos.events.addMention(event, article, { quote: weaker, charStart: 0, charEnd: weaker.length, dateText: null, confidence: 0.1 }, NOW, { ...merged, status: 'planned' });
  t.equal(repos.events.findById(event)!.status, 'planned', 'merged fields are written even when the mention adds nothing');
  t.equal(repos.events.findById(event)!.mentionCount, 1);
});
