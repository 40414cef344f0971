import t from 'tap';
import type { SqliteDatabase } from '../../src/db/sqlite.js';
import { contentHash } from '../../src/ingest/ingest.js';
import type { Repositories } from '../../src/repositories/index.js';
import { eventFields, testDatabase } from '../helpers/db.js';

// Migration 011: an UPDATE of an event's counts alone patches its card in place (event_cards_on_count);
// any other field rebuilds it. Either way the card must be the view's, byte for byte.

const NOW = '2025-07-05T12:00:00.000Z';
const LATER = '2025-07-06T08:30:00.000Z';

/** Cards that differ from event_card_source (the one definition of a card), and events without exactly one card. */
function staleCards(db: SqliteDatabase): string[] {
  return db
    .prepare(
      `SELECT e.id FROM events e WHERE (SELECT count(*) FROM event_cards c WHERE c.id = e.id) <> 1
         OR (SELECT c.json FROM event_cards c WHERE c.id = e.id) IS NOT (SELECT s.json FROM event_card_source s WHERE s.id = e.id)`,
    )
    .pluck()
    .all() as string[];
}

const storeArticle = (repos: Repositories, n: number, source: string | null): string =>
  repos.articles.insert({ title: `Report ${n}`, body: `Body ${n}`, url: null, source, publishedAt: null, referenceAt: NOW, ingestedAt: NOW, contentHash: contentHash(`Report ${n}`, `Body ${n}`) });

const mention = (confidence: number) => ({ quote: 'They spoke.', charStart: 0, charEnd: 11, dateText: null, confidence });

t.test('count-only updates (a new report, a stronger one, a recount) leave every card as the view builds it', async (t) => {
  const { db, repos } = testDatabase(t);
  const call = repos.events.insert(eventFields(), NOW);
  const week = repos.events.insert(eventFields({ startDate: '2025-06-30', endDate: '2025-07-04', datePrecision: 'week' }), NOW);
  for (const [n, event] of [call, week, call].entries()) repos.events.addMention(event, storeArticle(repos, n, n === 2 ? 'wire' : null), mention(0.5), LATER);
  repos.events.addMention(call, storeArticle(repos, 3, 'wire'), mention(0.9), LATER);
  repos.events.refresh(week, LATER);
  const card = JSON.parse(db.prepare('SELECT json FROM event_cards WHERE id = ?').pluck().get(call) as string) as Record<string, unknown>;
  t.same([card.mentionCount, card.sourceCount, card.updatedAt], [3, 2, LATER], 'the counts and the time the card shows');
  t.same(staleCards(db), []);
});

t.test('an update of counts and dates together moves the card to its new key', async (t) => {
  const { db, repos } = testDatabase(t);
  const call = repos.events.insert(eventFields(), NOW);
  const event = repos.events.findById(call)!;
  repos.events.addMention(call, storeArticle(repos, 1, null), mention(0.5), LATER, { ...event, startDate: '2025-07-01', endDate: '2025-07-02', datePrecision: 'week' });
  t.same(db.prepare('SELECT span_class, start_date FROM event_cards WHERE id = ?').raw().get(call), [1, '2025-07-01']);
  t.same(staleCards(db), []);
});
