import t, { type Test } from 'tap';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase, type SqliteDatabase } from '../../src/db/sqlite.js';
import { addSearchWords } from '../../src/repositories/events.js';
import { createRepositories, type Repositories } from '../../src/repositories/index.js';
import { articleMaker, eventFields } from '../helpers/db.js';

// While a batch holds its merge candidates, each event's search row is held as what it indexes
// (title, summary, the distinct words of its quotes): a report bringing no new word leaves the row
// as it is, and a row that changes is written from the held words. `q` searches word by word, so
// the rows must find exactly the events a row of every quote would.

const NOW = '2025-07-05T12:00:00.000Z';
const mention = (quote: string, confidence = 0.7) => ({ quote, charStart: 0, charEnd: quote.length, dateText: null, confidence });

/** The tokens FTS5 (the events index's tokenizer) makes of each text, by text. */
function tokenSets(db: SqliteDatabase, texts: string[]): string[][] {
  db.exec(`DROP TABLE IF EXISTS temp.tok; CREATE VIRTUAL TABLE temp.tok USING fts5 (x, tokenize = 'porter unicode61');
    DROP TABLE IF EXISTS temp.tok_v; CREATE VIRTUAL TABLE temp.tok_v USING fts5vocab(temp, tok, 'instance');`);
  const insert = db.prepare(`INSERT INTO temp.tok (rowid, x) VALUES (?, ?)`);
  texts.forEach((text, n) => insert.run(n + 1, text));
  const terms = db.prepare(`SELECT DISTINCT term FROM temp.tok_v WHERE doc = ? ORDER BY term`).pluck();
  return texts.map((_, n) => terms.all(n + 1) as string[]);
}

t.test('the distinct words of quotes are tokenized into the same tokens as the quotes', (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  // (written for this test: punctuation of several kinds, scripts, case, digits, diacritics)
  const quotes = [
    "Drones hit Kyiv overnight, and KYIV's mayor said the drones hit twice.",
    'Zelensky’s office said “talks” in İstanbul would resume — Zelensky’s aide, Yermak, agreed.',
    'A 1,000-for-1,000 swap: 1,000 prisoners each; U.S.-brokered (again) [sic] {ok} a_b a|b a~b.',
    'Київ і Харків: удари дронів по Києву. Straße, STRASSE, Zaporizhzhia’s plant; café and cafe\u0301.',
    'Tabs\tand\nnew lines\u00a0and no\u2009break spaces; emoji 🚀 between words🚀words; ½ and ² too.',
    'Strikes striking struck: the porter stemmer folds strikes, STRIKES and Striking alike.',
  ];
  const deduped = quotes.map((quote) => {
    const words = new Set<string>();
    addSearchWords(words, quote);
    return [...words].join(' ');
  });
  t.same(tokenSets(db, deduped), tokenSets(db, quotes), 'each quote and its distinct words: the same tokens');
  // all quotes as one event's row, and their words gathered quote by quote
  const words = new Set<string>();
  const added = quotes.map((quote) => addSearchWords(words, quote));
  t.same(added, [true, true, true, true, true, true]);
  t.same(tokenSets(db, [[...words].join(' ')]), tokenSets(db, [quotes.join(' ')]), 'gathered: the same tokens as every quote');
  t.equal(addSearchWords(words, 'drones HIT kyiv; the mayor said twice.'), false, 'no new word in other case and punctuation');
  t.equal(addSearchWords(words, 'Drones hit Odesa.'), true, 'a new word');
  t.ok(words.has('drones') && words.has('zelensky’s') && words.has('Київ'), 'ASCII letters folded, others as they are');
  t.end();
});

interface Setup {
  db: SqliteDatabase;
  repos: Repositories;
  article: () => string;
  /** Rows written to the events search index since the last call. */
  searchRowsWritten: () => number;
  slice: <T>(work: () => T) => T;
}

function setup(t: Test): Setup {
  const db = openDatabase(':memory:');
  migrate(db);
  t.teardown(() => db.close());
  let written = 0;
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    if (!/INSERT OR REPLACE INTO events_fts/.test(sql)) return statement;
    const run = statement.run.bind(statement);
    (statement as { run: unknown }).run = (...args: unknown[]) => {
      const result = run(...(args as []));
      written += result.changes;
      return result;
    };
    return statement;
  };
  const repos = createRepositories(db);
  const article = articleMaker(repos, NOW);
  const searchRowsWritten = () => {
    const n = written;
    written = 0;
    return n;
  };
  // a batch slice, as ingestBatchInSlices runs one
  const slice = <T>(work: () => T) => repos.transaction(() => repos.events.holdingMergeCandidates(work));
  return { db, repos, article, searchRowsWritten, slice };
}

/**
 * Each word of every stored event's title, summary and quotes, searched as `q` searches it (its
 * own phrase): the events the index finds, and those a fresh index of every quote finds.
 */
function answers(db: SqliteDatabase, probes: string[] = []): { index: string[]; fresh: string[] } {
  const rows = db
    .prepare(`SELECT seq, title, summary, (SELECT group_concat(quote, ' ') FROM mentions WHERE event_id = e.id) AS quotes FROM events e`)
    .all() as Array<{ seq: number; title: string; summary: string; quotes: string | null }>;
  db.exec(`DROP TABLE IF EXISTS temp.fresh; CREATE VIRTUAL TABLE temp.fresh USING fts5 (title, summary, quotes, tokenize = 'porter unicode61')`);
  const insert = db.prepare(`INSERT INTO temp.fresh (rowid, title, summary, quotes) VALUES (?, ?, ?, ?)`);
  // (as the index: an event with no mention has no row)
  for (const row of rows) if (row.quotes !== null) insert.run(row.seq, row.title, row.summary, row.quotes);
  const words = [...new Set([...probes, ...rows.flatMap((row) => `${row.title} ${row.summary} ${row.quotes ?? ''}`.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase())])].sort();
  const find = (table: string) => {
    const name = table.replace(/^temp\./, '');
    const statement = db.prepare(`SELECT group_concat(rowid) FROM (SELECT rowid FROM ${table} WHERE ${name} MATCH ? ORDER BY rowid)`).pluck();
    return words.map((word) => `${word}: ${statement.get(`"${word}"`) as string | null}`);
  };
  return { index: find('events_fts'), fresh: find('temp.fresh') };
}

t.test('in a batch, a report bringing no new word writes no search row; a new word, title or summary does', (t) => {
  const { db, repos, article, searchRowsWritten, slice } = setup(t);
  const call = eventFields({ title: 'Call between Alice and Bob', summary: 'They spoke.' });
  const stored = repos.events.insert(call, NOW);
  repos.events.addMention(stored, article(), mention('Alice and Bob spoke by phone on Thursday.'), NOW);
  searchRowsWritten();

  slice(() => {
    repos.events.addMention(stored, article(), mention('Bob and Alice spoke by phone on Thursday.'), NOW, undefined, true);
    repos.events.addMention(stored, article(), mention('On Thursday, ALICE and bob spoke by phone!'), NOW, undefined, true);
  });
  t.equal(searchRowsWritten(), 0, 'the same words in other orders and cases: the row stays');
  slice(() => repos.events.addMention(stored, article(), mention('Alice and Bob spoke by phone.'), NOW, undefined, true));
  t.equal(searchRowsWritten(), 0, 'in a later slice too');

  slice(() => repos.events.addMention(stored, article(), mention('Alice and Bob discussed grain by phone.'), NOW, undefined, true));
  t.equal(searchRowsWritten(), 1, 'new words: the row is written');
  slice(() => repos.events.addMention(stored, article(), mention('Alice and Bob spoke.'), NOW, { ...call, title: 'Call between Alice and Bob on grain' }, true));
  t.equal(searchRowsWritten(), 1, 'a merged title: the row is written');
  slice(() => repos.events.addMention(stored, article(), mention('Alice and Bob spoke.'), NOW, { ...call, title: 'Call between Alice and Bob on grain', status: 'planned' }, true));
  t.equal(searchRowsWritten(), 0, 'a merge leaving title and summary: the row stays');

  // a new event gets its row with its first mention, in the slice that stores it
  slice(() => {
    const meeting = repos.events.insert(eventFields({ type: 'meeting', title: 'Meeting in Geneva', summary: 'A meeting.' }), NOW);
    repos.events.addMention(meeting, article(), mention(''), NOW, undefined, true);
  });
  t.equal(searchRowsWritten(), 1, 'a new event, even with an empty quote');
  const { index, fresh } = answers(db);
  t.same(index, fresh, 'every word finds the events a fresh index of every quote finds');
  t.ok(index.some((line) => /^grain: \d/.test(line)) && index.some((line) => /^geneva: \d/.test(line)));
  t.end();
});

t.test('what a rolled-back savepoint or transaction stored is never searchable through the held rows', (t) => {
  const { db, repos, article, slice } = setup(t);
  const call = eventFields({ title: 'Call between Alice and Bob', summary: 'They spoke.' });
  const stored = repos.events.insert(call, NOW);
  repos.events.addMention(stored, article(), mention('Alice and Bob spoke by phone.'), NOW);
  slice(() => {
    repos.events.addMention(stored, article(), mention('Alice and Bob spoke about a walrus.'), NOW, undefined, true);
  });
  slice(() => {
    // an article's savepoint: its report (new words, a new title) undone
    t.throws(() =>
      repos.transaction(() => {
        repos.events.addMention(stored, article(), mention('Alice and Bob spoke about a pelican.'), NOW, { ...call, title: 'Call about a heron' }, true);
        throw new Error('undone');
      }),
    );
    // the next article's report brings a new word: its row is written
    repos.events.addMention(stored, article(), mention('Alice and Bob spoke about an otter.'), NOW, undefined, true);
  });
  const afterSavepoint = answers(db, ['pelican', 'heron']);
  t.same(afterSavepoint.index, afterSavepoint.fresh, 'after the savepoint rolled back');
  t.ok(afterSavepoint.index.includes('pelican: null') && afterSavepoint.index.includes('heron: null'));
  t.throws(() =>
    slice(() => {
      repos.events.addMention(stored, article(), mention('Alice and Bob spoke about a magpie.'), NOW, undefined, true);
      throw new Error('the whole slice undone');
    }),
  );
  slice(() => repos.events.addMention(stored, article(), mention('Alice and Bob spoke about a beaver.'), NOW, undefined, true));
  const { index, fresh } = answers(db, ['pelican', 'heron', 'magpie']);
  t.same(index, fresh);
  for (const word of ['pelican', 'heron', 'magpie']) t.ok(index.includes(`${word}: null`), `${word} is not found`);
  for (const word of ['walrus', 'otter', 'beaver']) t.notOk(index.includes(`${word}: null`), `${word} is found`);
  t.end();
});

t.test('a quote replaced by the same article\'s more confident report: its words go with it', (t) => {
  const { db, repos, article, slice } = setup(t);
  const stored = repos.events.insert(eventFields(), NOW);
  const first = article();
  repos.events.addMention(stored, first, mention('Alice and Bob spoke.'), NOW);
  slice(() => {
    repos.events.addMention(stored, article(), mention('Alice and Bob spoke about a walrus.', 0.5), NOW, undefined, true);
  });
  const second = article();
  slice(() => {
    repos.events.addMention(stored, second, mention('They spoke about a pelican.', 0.5), NOW, undefined, true);
    // (the same article again, more confident: its mention replaced, not added)
    repos.events.addMention(stored, second, mention('They spoke about an otter.', 0.9), NOW);
    repos.events.addMention(stored, article(), mention('They spoke.'), NOW, undefined, true);
  });
  const { index, fresh } = answers(db, ['pelican']);
  t.same(index, fresh);
  t.ok(index.includes('pelican: null'), 'the replaced quote is not found');
  t.notOk(index.includes('otter: null'));
  t.end();
});

t.test('random reports over several slices: every word finds what a fresh index finds', (t) => {
  const { db, repos, article, slice } = setup(t);
  const vocabulary = ['Alice', 'Bob', 'grain', 'truce', 'Kyiv', 'Odesa', 'drones', 'spoke', 'met', 'Geneva', 'walrus', 'İstanbul', 'Zelensky’s', 'café', 'U.S.-led'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const sentence = () => Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(vocabulary)).join(pick([' ', ', ', ' and ', '; ']));
  const events = [repos.events.insert(eventFields(), NOW)];
  repos.events.addMention(events[0], article(), mention(sentence()), NOW);
  for (let s = 0; s < 12; s++) {
    slice(() => {
      for (let r = 0; r < 8; r++) {
        const roll = random();
        if (roll < 0.15) {
          const id = repos.events.insert(eventFields({ title: sentence(), summary: sentence() }), NOW);
          events.push(id);
          repos.events.addMention(id, article(), mention(sentence()), NOW, undefined, true);
        } else if (roll < 0.3) {
          repos.events.addMention(pick(events), article(), mention(sentence()), NOW, { ...eventFields(), title: sentence(), summary: sentence() }, true);
        } else if (roll < 0.4) {
          try {
            repos.transaction(() => {
              repos.events.addMention(pick(events), article(), mention(sentence()), NOW, { ...eventFields(), title: sentence() }, true);
              throw new Error('undone');
            });
          } catch {
            // (an article that failed)
          }
        } else repos.events.addMention(pick(events), article(), mention(sentence()), NOW, undefined, true);
      }
    });
  }
  const { index, fresh } = answers(db);
  t.same(index, fresh);
  t.ok(index.length > 10);
  t.end();
});
