/**
 * The writer thread's cost alone (issue 4, ingest): the ingest service's batch path
 * (ingestBatchInSlices with slices as --slices asks, 250 ms / 32 ahead unless told, deferred sync and checkpoints, as
 * store-worker.ts runs it) on a copy of a bench database, on this one thread, with the extraction
 * results computed beforehand (cached in /tmp) and handed back at once. Prints this thread's CPU
 * per article (from /proc/thread-self/schedstat; the process's from process.cpuUsage beside it)
 * for a first and a next batch of the bench's texts (bench/ingest-articles.ts: dev + dev-b +
 * seeds, each made unique), the machine's load, and with --stats the statements that took the time.
 * With --dump FILE, writes what the batches stored (rows of the new articles, the events they
 * reported and everything keyed by them; event and article ids by seq) for a before/after diff.
 *
 * With --pages, counts the pages each batch wrote to the write-ahead log (frames: what the slices'
 * commits wrote; distinct pages: what the checkpoints copied), by table or index (dbstat, read at the end).
 *
 *
 * --pace MS hands the extractions back as one extraction thread taking MS per article would, in
 * the order asked, so that slices end where the server's do (at the first article not extracted
 * yet). Measured 20:30Z (1M copy, --slices 1000,384, two interleaved pairs, load 14): this thread
 * 1.07 / 1.02 ms per article on the first batch and 0.37 / 0.34 on the next at once, 1.06 / 1.13 and
 * 0.39 / 0.40 at --pace 1.2 (the server's extraction pace): the slicing alone does not make the
 * server's writer thread cost more (0.56-0.63 ms on its next batch, bench/thread-cpu.ts).
 *
 * --connection per-batch opens the connection for each batch and closes it after, as the writer
 * thread did until it kept its connection between batches (kept, the default: one for both).
 * Either way the batch's time includes opening it (the first batch) and its final checkpoint.
 *
 *   npx tsx bench/writer.ts --db /tmp/w-200k.db [--count 1000] [--stats] [--pages] [--dump /tmp/a.txt] [--slices 250,32] [--keep COPY] [--cache KiB] [--no-migrate] [--connection kept|per-batch] [--pace MS]
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { migrate } from '../src/db/migrate.js';
import { openDatabase, type SqliteDatabase } from '../src/db/sqlite.js';
import type { ExtractionResult } from '../src/extract/types.js';
import { checkpointPassive, deferredSync } from '../src/ingest/deferred-sync.js';
import { createIngestService, type ArticleSubmission } from '../src/ingest/ingest.js';
import { createRepositories } from '../src/repositories/index.js';
import { ingestArticles } from './ingest-articles.js';
import { threadTimes } from './thread-times.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    count: { type: 'string', default: '1000' },
    stats: { type: 'boolean', default: false },
    dump: { type: 'string' },
    slices: { type: 'string', default: '250,32' },
    keep: { type: 'string' },
    cache: { type: 'string', default: '16000' },
    'no-migrate': { type: 'boolean', default: false },
    connection: { type: 'string', default: 'kept' },
    pages: { type: 'boolean', default: false },
    pace: { type: 'string', default: '0' },
  },
});
if (values.connection !== 'kept' && values.connection !== 'per-batch') throw new Error('--connection kept|per-batch');
if (!values.db) throw new Error('--db PATH (a bench database: npm run bench:data -- --events 200000 --out PATH)');
const COUNT = Number(values.count);
const [sliceMs, extractionsAhead] = values.slices!.split(',').map(Number);
/** The instant the batches are received (fixed: created_at, updated_at and the relative dates depend on it). */
const NOW = new Date('2026-11-23T02:00:00.000Z');

/** Extraction results by title, computed once per (tag, count) and kept in /tmp. */
async function extractions(articles: ArticleSubmission[], tag: string): Promise<Map<string, ExtractionResult>> {
  const file = `/tmp/writer-extractions-${tag}-${articles.length}.json`;
  if (existsSync(file)) return new Map(JSON.parse(readFileSync(file, 'utf8')) as Array<[string, ExtractionResult]>);
  const { extractArticle } = await import('../src/extract/index.js');
  const results = articles.map((a) => [a.title, extractArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt ?? null }, { now: NOW })] as [string, ExtractionResult]);
  writeFileSync(file, JSON.stringify(results));
  return new Map(results);
}

/** This thread's CPU milliseconds (Linux's /proc: the bench needs it). */
function threadCpuMs(): number {
  const times = threadTimes();
  if (!times) throw new Error('bench/writer.ts reads its thread CPU time from /proc/thread-self/schedstat (Linux)');
  return times.cpu * 1000;
}

interface StatementStats {
  sql: string;
  runs: number;
  ms: number;
  rows: number;
}
const stats = new Map<string, StatementStats>();
/** The process's CPU milliseconds (getrusage: microseconds, and the driver's other threads are idle). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Times every statement's run/get/all (the process's CPU time, so that the machine's load does not count). */
function instrument(db: SqliteDatabase): void {
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    const key = sql.replace(/\s+/g, ' ').slice(0, 110);
    const entry = stats.get(key) ?? { sql: key, runs: 0, ms: 0, rows: 0 };
    stats.set(key, entry);
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        const started = processCpuMs();
        let result: unknown;
        try {
          result = original(...args);
          if (Array.isArray(result)) entry.rows += result.length;
          return result;
        } finally {
          entry.runs++;
          entry.ms += processCpuMs() - started;
        }
      };
    }
    return statement;
  };
  const pragma = db.pragma.bind(db);
  (db as { pragma: unknown }).pragma = (source: string, options?: { simple?: boolean }) => {
    if (values.pages && source.startsWith('wal_checkpoint')) takeWal();
    const key = `PRAGMA ${source.replace(/ = .*/, '')}`;
    const entry = stats.get(key) ?? { sql: key, runs: 0, ms: 0, rows: 0 };
    stats.set(key, entry);
    const started = processCpuMs();
    try {
      return pragma(source, options);
    } finally {
      entry.runs++;
      entry.ms += processCpuMs() - started;
    }
  };
}

/**
 * The page numbers of the valid frames in the write-ahead log `path` (those whose salts match the
 * log's header: a restarted log keeps older frames past its end).
 */
function walPages(path: string): number[] {
  if (!existsSync(path)) return [];
  const wal = readFileSync(path);
  if (wal.length < 32) return [];
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const pages: number[] = [];
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) {
    if (wal.readUInt32BE(offset + 8) !== salt1 || wal.readUInt32BE(offset + 12) !== salt2) break;
    pages.push(wal.readUInt32BE(offset));
  }
  return pages;
}
/** Per batch: every frame the log held at each checkpoint (and at the batch's end), as [frames, distinct pages] by page number. */
let walFrames: number[] = [];
let walDistinct: number[] = [];
function takeWal(): void {
  const pages = walPages(`${copy}-wal`);
  walFrames.push(...pages);
  walDistinct.push(...new Set(pages));
}

const copy = values.keep ?? `/tmp/writer-run-${process.pid}.db`;
for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
copyFileSync(values.db, copy);
{
  const db = openDatabase(copy);
  // (--no-migrate: the copy's schema as it is, to compare a migration's effect with the same code)
  if (!values['no-migrate']) migrate(db);
  db.close();
}
const candidateCounts = { reports: 0, candidates: 0 };
let db!: SqliteDatabase;
let repos!: ReturnType<typeof createRepositories>;
let sync: ReturnType<typeof deferredSync>;
/** Opens the writer's connection as store-worker.ts does (its cache, repositories and deferred sync). */
function open(): void {
  db = openDatabase(copy);
  db.pragma(`cache_size = -${Number(values.cache)}`);
  if (values.stats || values.pages) instrument(db);
  repos = createRepositories(db);
  sync = deferredSync(db, repos);
  if (values.stats) {
    const mergeCandidates = repos.events.mergeCandidates;
    repos.events.mergeCandidates = (query) => {
      const found = mergeCandidates(query);
      candidateCounts.reports++;
      candidateCounts.candidates += found.length;
      return found;
    };
  }
}
const base = (() => {
  const reader = openDatabase(copy);
  try {
    return reader.prepare(`SELECT (SELECT max(seq) FROM articles) AS articles, (SELECT max(id) FROM actors) AS actors, (SELECT max(id) FROM places) AS places`).get() as {
      articles: number;
      actors: number;
      places: number;
    };
  } finally {
    reader.close();
  }
})();

const batches: Array<{ tag: string; articles: ArticleSubmission[]; results: Map<string, ExtractionResult> }> = [];
for (const tag of ['run', 'warm']) {
  const articles = ingestArticles(COUNT, tag);
  batches.push({ tag, articles, results: await extractions(articles, tag) });
}

/**
 * With --pace MS, extractions come back as from one extraction thread that takes MS per article, in
 * the order asked (as the server's does), so that slices end where the server's do: at the first
 * article not extracted yet. Without, at once.
 */
function pacedExtraction(result: (input: ArticleSubmission) => ExtractionResult): (input: ArticleSubmission) => Promise<ExtractionResult> {
  const pace = Number(values.pace);
  if (!(pace > 0)) return async (input) => result(input);
  let freeAt = 0;
  return (input) => {
    freeAt = Math.max(freeAt, performance.now()) + pace;
    return new Promise((resolve) => setTimeout(() => resolve(result(input)), Math.max(0, freeAt - performance.now())));
  };
}
const lines: string[] = [];
const pageCounts: Array<{ tag: string; articles: number; frames: number[]; distinct: number[] }> = [];
let opened = false;
for (const { tag, articles, results } of batches) {
  stats.forEach((entry) => ((entry.runs = 0), (entry.ms = 0), (entry.rows = 0)));
  // (timed: the writer thread opens its connection, or keeps it, and checkpoints and closes it, within the batch)
  const load = loadavg()[0];
  const cpu0 = process.cpuUsage();
  const thread0 = threadCpuMs();
  const wall0 = performance.now();
  if (!opened || values.connection === 'per-batch') open();
  opened = true;
  const ingest = createIngestService(repos, {
    extractOffThread: pacedExtraction((input) => results.get(input.title)!),
    deferredSync: sync,
    slices: { ms: sliceMs, extractionsAhead },
    clock: () => NOW,
  });
  const out = await ingest.ingestBatchInSlices(articles);
  if (values.pages) {
    // (the checkpoint takes the log's reading first: instrument's db.pragma wrapper)
    db.pragma('wal_checkpoint(TRUNCATE)');
    pageCounts.push({ tag, articles: articles.length, frames: walFrames, distinct: walDistinct });
    walFrames = [];
    walDistinct = [];
  } else checkpointPassive(db);
  if (values.connection === 'per-batch') db.close();
  const wall = performance.now() - wall0;
  const thread = threadCpuMs() - thread0;
  const cpu = process.cpuUsage(cpu0);
  const created = out.filter((r) => r.status === 'created').length;
  lines.push(
    `${tag}: ${created}/${articles.length} stored; thread CPU ${(thread / articles.length).toFixed(3)} ms/article, process CPU ${((cpu.user + cpu.system) / 1000 / articles.length).toFixed(3)} ms/article (user ${(cpu.user / 1000 / articles.length).toFixed(3)}), wall ${(wall / articles.length).toFixed(3)} ms/article; load ${load.toFixed(1)}`,
  );
  if (values.stats) {
    const total = [...stats.values()].reduce((sum, entry) => sum + entry.ms, 0);
    lines.push(`  statements: ${(total / articles.length).toFixed(3)} ms/article of CPU; ${candidateCounts.reports} reports, ${candidateCounts.candidates} candidates`);
    candidateCounts.reports = candidateCounts.candidates = 0;
    for (const entry of [...stats.values()].filter((e) => e.runs > 0).sort((a, b) => b.ms - a.ms).slice(0, 25)) {
      lines.push(`  ${((entry.ms / articles.length) * 1000).toFixed(0).padStart(6)} us/art ${String(entry.runs).padStart(7)} runs ${String(entry.rows).padStart(8)} rows  ${entry.sql}`);
    }
  }
}
if (values.connection === 'per-batch') open();
if (pageCounts.length > 0) {
  // (pages freed and reused meanwhile count as what they are at the end)
  const owner = new Map((db.prepare(`SELECT pageno, name FROM dbstat`).raw().all() as Array<[number, string]>).map(([page, name]) => [page, name]));
  for (const { tag, articles, frames, distinct } of pageCounts) {
    const byName = new Map<string, { frames: number; distinct: number }>();
    const count = (pages: number[], field: 'frames' | 'distinct') => {
      for (const page of pages) {
        const name = owner.get(page) ?? '(free or new)';
        const entry = byName.get(name) ?? { frames: 0, distinct: 0 };
        entry[field]++;
        byName.set(name, entry);
      }
    };
    count(frames, 'frames');
    count(distinct, 'distinct');
    lines.push(`${tag} pages: ${(frames.length / articles).toFixed(1)} frames/article written, ${(distinct.length / articles).toFixed(1)} distinct pages/article checkpointed`);
    for (const [name, entry] of [...byName].sort((a, b) => b[1].frames - a[1].frames).slice(0, 20)) {
      lines.push(`  ${(entry.frames / articles).toFixed(2).padStart(7)} frames ${(entry.distinct / articles).toFixed(2).padStart(7)} distinct /article  ${name}`);
    }
  }
}
console.log(lines.join('\n'));

if (values.dump) {
  // ids by seq: event and article ids are random
  const eventSeq = new Map((db.prepare(`SELECT id, seq FROM events`).raw().all() as Array<[string, number]>).map(([id, seq]) => [id, seq]));
  const articleSeq = new Map((db.prepare(`SELECT id, seq FROM articles WHERE seq > ?`).raw().all(base.articles) as Array<[string, number]>).map(([id, seq]) => [id, seq]));
  const ev = (id: string) => `e${eventSeq.get(id) ?? `?${id}`}`;
  const art = (id: string) => (articleSeq.has(id) ? `a${articleSeq.get(id)}` : id);
  const out: string[] = [];
  const rows = (title: string, sql: string, map: (row: Record<string, unknown>) => unknown, ...params: unknown[]) => {
    out.push(`## ${title}`);
    // sorted: rows read in no particular order come in the order of random ids
    out.push(...(db.prepare(sql).all(...params) as Array<Record<string, unknown>>).map((row) => JSON.stringify(map(row))).sort());
  };
  const touched = `(SELECT DISTINCT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.seq > ${base.articles})`;
  rows('articles', `SELECT * FROM articles WHERE seq > ? ORDER BY seq`, ({ id, body, ...r }) => ({ ...r, id: art(id as string), body: (body as string).length }), base.articles);
  rows('events', `SELECT * FROM events WHERE id IN ${touched} ORDER BY seq`, ({ id, ...r }) => ({ ...r, id: ev(id as string) }));
  rows('mentions', `SELECT m.* FROM mentions m WHERE m.event_id IN ${touched}`, ({ id: _id, event_id, article_id, ...r }) => ({ e: ev(event_id as string), a: art(article_id as string), ...r }));
  rows('event_actors', `SELECT * FROM event_actors WHERE event_id IN ${touched}`, (r) => ({ e: ev(r.event_id as string), actor: r.actor_id }));
  rows('event_places', `SELECT * FROM event_places WHERE event_id IN ${touched}`, (r) => ({ e: ev(r.event_id as string), place: r.place_id }));
  rows('actors', `SELECT * FROM actors WHERE id > ? ORDER BY id`, (r) => r, base.actors);
  rows('places', `SELECT * FROM places WHERE id > ? ORDER BY id`, (r) => r, base.places);
  // (a card's key holds its id too since migration 014)
  rows('event_cards', `SELECT * FROM event_cards WHERE id IN ${touched}`, ({ id, json, key, ...r }) => ({
    ...r,
    id: ev(id as string),
    json: (json as string).replaceAll(id as string, ev(id as string)),
    ...(key === undefined ? {} : { key: (key as string).replace(id as string, ev(id as string)) }),
  }));
  rows('event_actor_keys', `SELECT * FROM event_actor_keys WHERE event_id IN ${touched}`, ({ event_id, ...r }) => ({ ...r, e: ev(event_id as string) }));
  rows('event_place_keys', `SELECT * FROM event_place_keys WHERE event_id IN ${touched}`, ({ event_id, ...r }) => ({ ...r, e: ev(event_id as string) }));
  rows('event_changes', `SELECT event_id, deleted FROM event_changes WHERE event_id IN ${touched}`, ({ event_id, ...r }) => ({ ...r, e: ev(event_id as string) }));
  rows('event_span_bound', `SELECT * FROM event_span_bound`, (r) => r);
  // (quotes in the order of the mentions' index, by random article ids: compared as sorted words)
  rows('events_fts rows', `SELECT rowid, title, summary, quotes FROM events_fts WHERE rowid IN (SELECT seq FROM events WHERE id IN ${touched}) ORDER BY rowid`, ({ quotes, ...r }) => ({
    ...r,
    quotes: quotes === null ? null : (quotes as string).split(/\s+/).sort().join(' '),
  }));
  const words = ['ceasefire', 'drone', 'putin', 'kyiv', 'energy infrastructure', 'phone', 'sanctions', 'zelenskyy', 'talks', 'missile', 'odesa', 'prisoners'];
  for (const word of words) {
    rows(`events_fts q=${word}`, `SELECT count(*) AS n, sum(rowid) AS s FROM events_fts WHERE events_fts MATCH ?`, (r) => r, word);
    rows(`articles_fts q=${word}`, `SELECT count(*) AS n, sum(rowid) AS s FROM articles_fts WHERE articles_fts MATCH ?`, (r) => r, word);
  }
  // Every word of the touched events' titles, summaries and quotes as a `q` search (toFtsQuery:
  // each word its own phrase), answered among the touched events.
  const touchedSeqs = db.prepare(`SELECT json_group_array(seq) FROM events WHERE id IN ${touched}`).pluck().get() as string;
  const texts = db.prepare(`SELECT title || ' ' || summary || ' ' || coalesce((SELECT group_concat(quote, ' ') FROM mentions WHERE event_id = e.id), '') FROM events e WHERE id IN ${touched}`).pluck().all() as string[];
  const allWords = [...new Set(texts.flatMap((text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase())))].sort();
  const answer = db.prepare(`SELECT group_concat(rowid) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid)`).pluck();
  out.push(`## events_fts: ${allWords.length} words of the touched events, each a q search among them`);
  for (const word of allWords) out.push(`${word}: ${answer.get(`"${word}"`, touchedSeqs) as string | null}`);
  db.prepare(`INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)`).run();
  db.prepare(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`).run();
  out.push('## fts integrity-check ok');
  writeFileSync(values.dump, `${out.join('\n')}\n`);
  console.log(`dump: ${out.length} lines -> ${values.dump}`);
}
db.close();
if (!values.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
