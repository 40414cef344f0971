import t from 'tap';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import type { Repositories } from '../../src/repositories/index.js';
import { eventFields, testDatabase } from '../helpers/db.js';

// Inside Repositories.transaction, addMention leaves an event's counts to one UPDATE before the
// commit (each count UPDATE also rewrites the card and the change-feed row): the counts, cards and
// feed must come out as if each report had been counted at once, savepoints rolled back included.

const NOW = '2025-07-05T12:00:00.000Z';
const LATER = '2025-07-05T13:00:00.000Z';
const mention = (quote: string, confidence = 0.6) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence });

function setup(db: SqliteDatabase, repos: Repositories) {
  let n = 0;
  const article = (source: string | null) =>
    repos.articles.insert({
      title: `Report ${++n}`,
      body: `Body ${n}`,
      url: null,
      source,
      publishedAt: '2025-07-05',
      referenceAt: '2025-07-05T00:00:00.000Z',
      ingestedAt: NOW,
      contentHash: `hash-${n}`,
    });
  /** The counts as stored, as the event's card shows them, and as a recount of its mentions gives them. */
  const counts = (id: string) => {
    const row = db.prepare(`SELECT mention_count AS mentions, source_count AS sources, updated_at AS updatedAt FROM events WHERE id = ?`).get(id) as {
      mentions: number;
      sources: number;
      updatedAt: string;
    };
    const card = JSON.parse(db.prepare(`SELECT json FROM event_cards WHERE id = ?`).pluck().get(id) as string) as { mentionCount: number; sourceCount: number; updatedAt: string };
    const recount = db
      .prepare(
        `SELECT (SELECT count(*) FROM mentions WHERE event_id = @id) AS mentions,
          (SELECT count(DISTINCT coalesce(a.source, a.id)) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id) AS sources`,
      )
      .get({ id }) as { mentions: number; sources: number };
    return { row, card: { mentions: card.mentionCount, sources: card.sourceCount, updatedAt: card.updatedAt }, recount };
  };
  /** How many change-feed rows have been written so far (AUTOINCREMENT: one per event UPDATE). */
  const feedWrites = () => (db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'event_changes'`).pluck().get() as number | undefined) ?? 0;
  return { article, counts, feedWrites };
}

t.test('reports of one event in one transaction: one count UPDATE, the same counts, card and instant as counted one by one', (t) => {
  const { db, repos } = testDatabase(t);
  const { article, counts, feedWrites } = setup(db, repos);
  const event = repos.events.insert(eventFields(), NOW);
  const other = repos.events.insert(eventFields({ type: 'meeting' }), NOW);
  const before = feedWrites();
  const sources = ['Wire A', 'Wire A', null, 'Wire B', 'Wire B'];
  repos.transaction(() => {
    sources.forEach((source, n) => repos.events.addMention(event, article(source), mention(`Report ${n}.`), n < 4 ? NOW : LATER));
    repos.events.addMention(other, article('Wire C'), mention('A meeting.'), NOW);
    // not written yet inside the transaction
    t.equal(counts(event).row.mentions, 0);
  });
  t.equal(feedWrites() - before, 2, 'one UPDATE per event (five reports of one, one of the other)');
  const { row, card, recount } = counts(event);
  t.same(row, { mentions: 5, sources: 3, updatedAt: LATER }, 'five mentions, three publishers (one without), the last report\'s instant');
  t.same(card, row, 'the card shows them');
  t.same({ mentions: row.mentions, sources: row.sources }, recount);
  t.same(counts(other).row, { mentions: 1, sources: 1, updatedAt: NOW });
  // outside a transaction each report is counted at once
  repos.events.addMention(event, article('Wire D'), mention('Once more.'), NOW);
  t.same(counts(event).row, { mentions: 6, sources: 4, updatedAt: NOW });
  t.end();
});

t.test('a savepoint rolled back takes back the counts its reports left pending; a transaction rolled back, all', (t) => {
  const { db, repos } = testDatabase(t);
  const { article, counts } = setup(db, repos);
  const event = repos.events.insert(eventFields(), NOW);
  repos.transaction(() => {
    repos.events.addMention(event, article('Wire A'), mention('Kept.'), NOW);
    t.throws(() =>
      repos.transaction(() => {
        repos.events.addMention(event, article('Wire B'), mention('Rolled back.'), NOW);
        repos.events.addMention(event, article('Wire C'), mention('Rolled back too.'), NOW);
        throw new Error('this article fails');
      }),
    );
    repos.transaction(() => repos.events.addMention(event, article('Wire D'), mention('Kept too.'), NOW));
  });
  const { row, recount } = counts(event);
  t.same({ mentions: row.mentions, sources: row.sources }, { mentions: 2, sources: 2 });
  t.same({ mentions: row.mentions, sources: row.sources }, recount);
  t.throws(() =>
    repos.transaction(() => {
      repos.events.addMention(event, article('Wire E'), mention('Gone.'), NOW);
      throw new Error('the whole slice fails');
    }),
  );
  // nothing pending is left for the next transaction to write
  repos.transaction(() => repos.events.addMention(event, article('Wire F'), mention('After.'), NOW));
  t.same(counts(event).recount, { mentions: 3, sources: 3 });
  t.same(counts(event).row.mentions, 3);
  t.end();
});

t.test('a report that changes the event takes the counts pending into its UPDATE; a recount drops them', (t) => {
  const { db, repos } = testDatabase(t);
  const { article, counts, feedWrites } = setup(db, repos);
  const event = repos.events.insert(eventFields(), NOW);
  const before = feedWrites();
  repos.transaction(() => {
    repos.events.addMention(event, article('Wire A'), mention('First.'), NOW);
    repos.events.addMention(event, article('Wire B'), mention('Second.'), NOW);
    repos.events.addMention(event, article('Wire C'), mention('Moves it.'), LATER, eventFields({ startDate: '2025-07-04', endDate: '2025-07-04' }));
  });
  t.equal(feedWrites() - before, 1, 'the fields UPDATE wrote all three counts');
  t.same(counts(event).row, { mentions: 3, sources: 3, updatedAt: LATER });
  t.same(counts(event).card, counts(event).row);
  repos.transaction(() => {
    repos.events.addMention(event, article('Wire D'), mention('Fourth.'), NOW);
    repos.events.refresh(event, LATER);
  });
  t.same(counts(event).row, { mentions: 4, sources: 4, updatedAt: LATER }, 'recounted once, not counted twice');
  t.end();
});

t.test('publishers counted from memory while a batch holds its candidates: as a recount counts them', (t) => {
  const { db, repos } = testDatabase(t);
  const { article, counts } = setup(db, repos);
  const events = [repos.events.insert(eventFields(), NOW), repos.events.insert(eventFields({ type: 'meeting' }), NOW)];
  // some publishers already report the first event before the batch
  for (const source of ['Wire A', null]) repos.events.addMention(events[0], article(source), mention('Before.'), NOW);
  const sources = ['Wire A', 'Wire B', null, 'Wire B', 'Wire C', null, 'Wire A'];
  repos.transaction(() =>
    repos.events.holdingMergeCandidates(() => {
      sources.forEach((source, n) => {
        const id = article(source);
        // each article reports both events, the first twice (a second, weaker mention adds nothing)
        repos.events.addMention(events[n % 2], id, mention(`Report ${n}.`), NOW, undefined, true);
        repos.events.addMention(events[(n + 1) % 2], id, mention(`Report ${n}.`), NOW, undefined, true);
        repos.events.addMention(events[n % 2], id, mention(`Report ${n} again.`, 0.1), NOW);
      });
    }),
  );
  for (const id of events) {
    const { row, recount } = counts(id);
    t.same({ mentions: row.mentions, sources: row.sources }, recount, id);
  }
  t.same(counts(events[0]).recount, { mentions: 9, sources: 6 }, 'Wire A, B and C, and three articles without a publisher (one before)');
  t.end();
});

t.test('held publishers: read once per event while held (a mention stored behind the repository\'s back is not seen), afresh outside', (t) => {
  const { db, repos } = testDatabase(t);
  const { article, counts } = setup(db, repos);
  const event = repos.events.insert(eventFields(), NOW);
  repos.events.holdingMergeCandidates(() => {
    repos.events.addMention(event, article('Wire A'), mention('First.'), NOW);
    // another publisher's mention written directly (no writer does this while a slice holds the write lock)
    const behind = article('Wire B');
    db.prepare(`INSERT INTO mentions (event_id, article_id, quote, char_start, char_end, date_text, confidence) VALUES (?, ?, 'Behind.', 0, 7, NULL, 0.5)`).run(event, behind);
    repos.events.addMention(event, article('Wire B'), mention('Second.'), NOW);
  });
  t.equal(counts(event).row.sources, 2, 'Wire B counted: the held publishers did not include the mention written behind');
  repos.events.addMention(event, article('Wire B'), mention('Third.'), NOW);
  t.equal(counts(event).row.sources, 2, 'outside a batch, read afresh: Wire B reports it already');
  t.end();
});
