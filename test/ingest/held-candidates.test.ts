import t, { type Test } from 'tap';
import { openDatabase, type SqliteDatabase } from '../../src/db/sqlite.js';
import type { ExtractedEvent } from '../../src/extract/types.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { createRepositories, type Repositories } from '../../src/repositories/index.js';
import { databaseFile, eventFields } from '../helpers/db.js';
import { extractedCall } from '../helpers/events.js';

// A batch holds the merge candidates its slices read (repos.events.holdingMergeCandidates): these
// tests change a held event behind the batch's back and check that the next report sees the change.

const NOW = new Date('2025-07-05T12:00:00.000Z');
const person = (name: string) => ({ name, kind: 'person' as const });

/** A meeting (or `type`) of `names` on 3 July 2025, as extracted (its quote from `quote`). */
function meeting(names: string[], quote: string | null = `${names.join(' and ')} met on Thursday.`, type: ExtractedEvent['type'] = 'meeting'): ExtractedEvent {
  return extractedCall({
    type,
    title: `Meeting of ${names.join(' and ')}`,
    summary: `${names.join(' and ')} met.`,
    actors: names.map(person),
    mention: { quote: quote as string, charStart: 0, charEnd: 10, dateText: 'on Thursday', confidence: 0.7 },
  });
}

/** The stored meeting (or `type`) of Alice and Bob on 3 July (reported by an earlier article), and its id. */
function storedMeeting(repos: Repositories, type: ExtractedEvent['type'] = 'meeting'): string {
  const { mention: _mention, ...fields } = meeting(['Alice Example', 'Bob Example'], null, type);
  const id = repos.events.insert({ ...eventFields(), ...fields }, NOW.toISOString());
  const article = repos.articles.insert({
    title: 'Earlier report',
    body: 'They met.',
    url: null,
    source: 'earlier.example',
    publishedAt: '2025-07-04',
    referenceAt: '2025-07-04T00:00:00.000Z',
    ingestedAt: NOW.toISOString(),
    contentHash: 'earlier',
  });
  repos.events.addMention(id, article, { quote: 'They met.', charStart: 0, charEnd: 9, dateText: null, confidence: 0.7 }, NOW.toISOString());
  return id;
}

/** Which stored event each article of the batch reported (by article title, in order). */
function eventOfArticle(repos: Repositories, titles: string[]): string[][] {
  return titles.map((title) => {
    const article = repos.articles.list({ limit: 100 }).data.find((candidate) => candidate.title === title);
    return article ? repos.events.idsByArticle(article.id) : [];
  });
}

/**
 * One article per slice (sliceMs 0): 'again' reports the stored meeting as it stands (it adds
 * nothing, so the meeting stays held), then `between` runs (between the slices, or right as the
 * first slice's commit releases the write lock), then 'later' reports a meeting of Bob and Carol the
 * same day, which merges into the stored one only if it names Carol.
 */
async function batchAround(repos: Repositories, between: () => void, when: 'between slices' | 'as the first commits' = 'between slices'): Promise<void> {
  const extractions: Record<string, ExtractedEvent[]> = {
    again: [meeting(['Alice Example', 'Bob Example'])],
    later: [meeting(['Carol Example', 'Dan Example'])],
  };
  let slices = 0;
  const afterFirst = () => void (++slices === 1 && between());
  // A writer waiting on the lock may commit there, before the batch goes on (this thread preempted).
  const deferredSync = {
    transaction<T>(work: () => T): T {
      const result = repos.transaction(work);
      afterFirst();
      return result;
    },
    betweenSlices: async () => {},
    sync: async () => {},
  };
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: (input) => ({ events: extractions[input.title], dates: [] }),
    deferredSync: when === 'as the first commits' ? deferredSync : undefined,
  });
  await ingest.ingestBatchInSlices(
    [
      { title: 'again', body: 'a' },
      { title: 'later', body: 'b' },
    ],
    { onSliceCommitted: when === 'between slices' ? afterFirst : undefined },
    0,
  );
}

/** Adds Carol to the stored meeting through another connection to the database file. */
function carolAddedByAnotherConnection(t: Test, path: string, stored: string): () => void {
  const other = openDatabase(path);
  t.teardown(() => other.close());
  const otherRepos = createRepositories(other);
  return () => {
    const event = otherRepos.events.findById(stored)!;
    otherRepos.events.update(stored, { ...event, actors: [...event.actors, person('Carol Example')] }, NOW.toISOString());
  };
}

/** Adds Carol to the stored meeting on this connection, not through the events repository (as another write path would: the link's triggers keep the merge keys and the card). */
function carolLinkedBehindTheRepository(db: SqliteDatabase, stored: string): () => void {
  return () => {
    const carol = db.prepare(`INSERT INTO actors (name, kind) VALUES ('Carol Example', 'person') RETURNING id`).pluck().get();
    db.prepare(`INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?)`).run(stored, carol);
  };
}

t.test('another connection changes a held candidate between slices: the next slice reads it again', async (t) => {
  const { path, repos } = databaseFile(t);
  const stored = storedMeeting(repos);
  await batchAround(repos, carolAddedByAnotherConnection(t, path, stored));
  t.same(eventOfArticle(repos, ['again', 'later']), [[stored], [stored]], 'the meeting as the other connection left it (naming Carol) takes the later report');
});

t.test("another connection commits the moment a slice's commit releases the write lock: the next slice reads the candidate again", async (t) => {
  const { path, repos } = databaseFile(t);
  const stored = storedMeeting(repos);
  await batchAround(repos, carolAddedByAnotherConnection(t, path, stored), 'as the first commits');
  t.same(eventOfArticle(repos, ['again', 'later']), [[stored], [stored]], 'the meeting as the other connection left it (naming Carol) takes the later report');
});

t.test('this connection changes a held candidate between slices, not through the events repository: the next slice reads it again', async (t) => {
  const { db, repos } = databaseFile(t);
  const stored = storedMeeting(repos);
  await batchAround(repos, carolLinkedBehindTheRepository(db, stored));
  t.same(eventOfArticle(repos, ['again', 'later']), [[stored], [stored]]);
});

t.test('nothing changes between slices: the held candidate decides as the stored one would', async (t) => {
  const { repos } = databaseFile(t);
  const stored = storedMeeting(repos);
  await batchAround(repos, () => {});
  const [[again], [later]] = eventOfArticle(repos, ['again', 'later']);
  t.equal(again, stored);
  t.not(later, stored, 'Carol and Dan met elsewhere: a new event');
});

t.test('an article whose write failed after it changed a held candidate: the next article sees the change undone', async (t) => {
  const { repos } = databaseFile(t);
  const stored = storedMeeting(repos, 'phone_call');
  const call = (names: string[], quote?: string | null) => meeting(names, quote, 'phone_call');
  const extractions: Record<string, ExtractedEvent[]> = {
    // adds Carol to the stored call, then reads it again (a candidate of its second report, which
    // names Bob) and fails on that report's quote (NOT NULL): the whole article is undone, Carol too
    failing: [call(['Alice Example', 'Bob Example', 'Carol Example']), call(['Bob Example', 'Erin Example'], null)],
    // Bob and Carol: one call with Alice, Bob and Carol; with Alice and Bob only, another call
    later: [call(['Bob Example', 'Carol Example'])],
  };
  const ingest = createIngestService(repos, { clock: () => NOW, extract: (input) => ({ events: extractions[input.title], dates: [] }) });
  const results = await ingest.ingestBatchInSlices(
    [
      { title: 'failing', body: 'a' },
      { title: 'later', body: 'b' },
    ],
    {},
    1000,
  );
  t.same(
    results.map((result) => result.status),
    ['failed', 'created'],
  );
  t.same(
    repos.events.findById(stored)!.actors.map((actor) => actor.name),
    ['Alice Example', 'Bob Example'],
  );
  t.not(eventOfArticle(repos, ['later'])[0][0], stored, 'the later report does not meet a Carol the stored call never had');
});

// Between batches on the same connection (the writer thread keeps its own), what the last batch
// held is kept while nothing is written; anything written meanwhile lets all of it go.

/** 'again' in one batch, then `between`, then 'later' in the next batch (see batchAround). */
async function batchesAround(repos: Repositories, between: () => void): Promise<void> {
  const extractions: Record<string, ExtractedEvent[]> = {
    again: [meeting(['Alice Example', 'Bob Example'])],
    later: [meeting(['Carol Example', 'Dan Example'])],
  };
  const ingest = createIngestService(repos, { clock: () => NOW, extract: (input) => ({ events: extractions[input.title], dates: [] }) });
  await ingest.ingestBatchInSlices([{ title: 'again', body: 'a' }], {}, 1000);
  between();
  await ingest.ingestBatchInSlices([{ title: 'later', body: 'b' }], {}, 1000);
}

t.test('another connection changes a held candidate between batches: the next batch reads it again', async (t) => {
  const { path, repos } = databaseFile(t);
  const stored = storedMeeting(repos);
  await batchesAround(repos, carolAddedByAnotherConnection(t, path, stored));
  t.same(eventOfArticle(repos, ['again', 'later']), [[stored], [stored]], 'the meeting as the other connection left it (naming Carol) takes the later report');
});

t.test('this connection changes a held candidate between batches, not through the events repository: the next batch reads it again', async (t) => {
  const { db, repos } = databaseFile(t);
  const stored = storedMeeting(repos);
  await batchesAround(repos, carolLinkedBehindTheRepository(db, stored));
  t.same(eventOfArticle(repos, ['again', 'later']), [[stored], [stored]]);
});

t.test('nothing written between batches: the next batch reads no candidate, merge target or search row again', async (t) => {
  const { path, repos: setupRepos } = databaseFile(t);
  const stored = storedMeeting(setupRepos);
  const db = openDatabase(path);
  t.teardown(() => db.close());
  const runs = new Map<string, number>();
  const prepare = db.prepare.bind(db);
  // (counted by what each statement reads: the candidates' rows, a target's fields, a search row's quotes)
  const counted: Array<[string, RegExp]> = [
    ['candidates', /json_group_array\(json_array\(a\.name/],
    ['target fields', /^SELECT title, summary, status, confidence, curated FROM events/],
    ['quotes', /^SELECT quote FROM mentions WHERE event_id/],
  ];
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    const name = counted.find(([, pattern]) => pattern.test(sql))?.[0];
    if (!name) return statement;
    for (const method of ['all', 'get'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        runs.set(name, (runs.get(name) ?? 0) + 1);
        return original(...args);
      };
    }
    return statement;
  };
  const repos = createRepositories(db);
  const report = (title: string) => ({ title, body: title });
  const ingest = createIngestService(repos, {
    clock: () => NOW,
    extract: (input) => ({ events: [meeting(['Alice Example', 'Bob Example'], `Alice Example and Bob Example met (${input.title}).`)], dates: [] }),
  });
  await ingest.ingestBatchInSlices([report('first')], {}, 1000);
  t.same(Object.fromEntries(runs), { candidates: 1, 'target fields': 1, quotes: 1 }, 'the first batch reads them');
  runs.clear();
  await ingest.ingestBatchInSlices([report('second'), report('third')], {}, 1000);
  t.same(Object.fromEntries(runs), {}, 'the next batch reads none of them again');
  t.same(eventOfArticle(repos, ['first', 'second', 'third']), [[stored], [stored], [stored]]);
  t.equal(repos.events.findById(stored)!.mentionCount, 4);
  t.same(
    ['first', 'second', 'third', 'met'].map((word) => repos.events.list({ fts: `"${word}"`, descending: false, limit: 10 }).map((event) => event.id)),
    [[stored], [stored], [stored], [stored]],
    'each report searchable',
  );
});
