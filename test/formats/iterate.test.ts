import t from 'tap';
import { contentHash } from '../../src/ingest/ingest.js';
import { exportChunks, exportEvents, iterateEventJson, iterateEvents } from '../../src/formats/iterate.js';
import { eventFields, testDatabase } from '../helpers/db.js';

const NOW = '2025-07-05T10:00:00.000Z';

t.test('iterateEvents reads the whole result in keyset batches, in API order', async (t) => {
  const { repos } = testDatabase(t);
  const days = ['2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04', '2025-07-05', '2025-07-06', '2025-07-07'];
  for (const day of days) {
    repos.events.insert(eventFields({ startDate: day, endDate: day }), NOW);
    repos.events.insert(eventFields({ type: 'drone_strike', startDate: day, endDate: day }), NOW);
  }
  let queries = 0;
  const counting = { page: (filter: Parameters<typeof repos.events.page>[0]) => (queries++, repos.events.page(filter)) };

  const all = [...iterateEvents(counting, { descending: false }, 3)];
  t.equal(all.length, 14);
  t.equal(queries, 5, 'ceil(14 / 3) batches');
  t.same(all.map((e) => e.id), repos.events.list({ descending: false, limit: 100 }).map((e) => e.id), 'same order as the API');

  const strikes = [...iterateEvents(repos.events, { types: ['drone_strike'], from: '2025-07-03', descending: true }, 2)];
  t.same(strikes.map((e) => e.startDate), ['2025-07-07', '2025-07-06', '2025-07-05', '2025-07-04', '2025-07-03'], 'filters and -date apply');
  t.same([...iterateEvents(repos.events, { from: '2030-01-01', descending: false })], [], 'nothing matches: nothing');
});

t.test('exportEvents serves the API shape, with citations on request', async (t) => {
  const { repos } = testDatabase(t);
  const eventId = repos.events.insert(eventFields(), NOW);
  const articleId = repos.articles.insert({
    title: 'Leaders speak',
    body: 'Alice Example and Bob Example spoke by phone on Thursday.',
    url: 'https://news.example.com/a',
    source: 'Example',
    publishedAt: '2025-07-05',
    referenceAt: '2025-07-05T00:00:00.000Z',
    ingestedAt: NOW,
    contentHash: contentHash('Leaders speak', 'body'),
  });
  repos.events.addMention(eventId, articleId, { quote: 'Alice Example and Bob Example spoke by phone on Thursday.', charStart: 0, charEnd: 57, dateText: 'on Thursday', confidence: 0.9 }, NOW);

  const [plain] = [...exportEvents(repos, { descending: false })];
  t.equal(plain.id, eventId);
  t.same(plain.codes, { cameo: '041', acled: null }, 'presented like GET /v1/events');
  t.notOk('mentions' in plain);
  const [cited] = [...exportEvents(repos, { descending: false }, { withMentions: true })];
  t.equal(cited.mentions?.[0].url, 'https://news.example.com/a');
  t.equal(cited.mentions?.[0].dateText, 'on Thursday');
});

t.test('NDJSON exports use the database-built JSON, equal to the API objects', async (t) => {
  const { repos } = testDatabase(t);
  for (let day = 1; day <= 5; day++) {
    repos.events.insert(eventFields({ startDate: `2025-07-0${day}`, endDate: `2025-07-0${day}`, places: [{ name: 'Kyiv', countryCode: 'UA', lat: 50.45, lon: 30.52 }] }), NOW);
  }
  const fromDatabase = [...iterateEventJson(repos.events, { descending: false }, 2)].map((json) => JSON.parse(json));
  t.same(fromDatabase, [...exportEvents(repos, { descending: false })], 'same events, same fields');
  const lines = [...exportChunks(repos, 'ndjson', { from: '2025-07-02', to: '2025-07-03', descending: false })];
  t.equal(lines.length, 2);
  t.ok(lines.every((line) => line.endsWith('}\n')));
  const csv = [...exportChunks(repos, 'csv', { descending: false })];
  t.equal(csv.length, 6, 'other formats through their serializers: a header and five rows');
});
