/**
 * Scores extractArticle against the gold sets: per event type, gold / predicted / matched,
 * recall, precision, date accuracy and place accuracy, plus totals and a confidence calibration
 * line. `--json` prints one JSON line with the figures instead of tables.
 *
 *   npm run eval            # tables
 *   npm run eval -- --json  # one JSON line
 *   npm run eval -- --order newest        # merging: ingest each set newest article first
 *   npm run eval -- --order shuffle:7     # merging: ingest each set in a seeded shuffle
 *
 * `--order` changes only the order each set's articles are ingested in for the merging line
 * (publication order by default): a stored timeline should not depend on the order reports arrive in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/sqlite.js';
import { extractArticle } from '../src/extract/index.js';
import type { ArticleInput, ExtractedEvent, ExtractedMention, ExtractionResult } from '../src/extract/types.js';
import { foldName } from '../src/extract/events/places.js';
import { createIngestService } from '../src/ingest/ingest.js';
import { createRepositories } from '../src/repositories/index.js';
import { seededRandom } from '../bench/seeded-random.js';

interface GoldEvent {
  type: string;
  date?: string;
  dateFrom?: string;
  dateTo?: string;
  endDate?: string;
  places?: string[];
  actors?: string[];
  status?: string;
  optional?: boolean;
}

export interface GoldDocument {
  name: string;
  input: ArticleInput;
  gold: GoldEvent[];
  /** Gold event index → a key shared by the gold events (of any article) that are one event. */
  sameAs?: Record<string, string>;
}

interface GoldSet {
  name: string;
  documents: GoldDocument[] | null; // null: the set is absent
  /** Print missed and unmatched events. Off for the held-out set: it is scored, never read. */
  details: boolean;
  /** What to print when the set has no documents. */
  absentNote?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACE_TYPES = new Set(['drone_strike', 'missile_strike', 'air_strike', 'shelling', 'armed_clash', 'territorial_capture']);
export const HIGH_CONFIDENCE = 0.8;

/**
 * The gold.json indexes state their cross-article identities in their `about` note rather than
 * per document: the Trump–Putin call of 2025-07-03 is the first gold event of three articles.
 */
const NOTED_SAME_AS: Record<string, string[]> = {
  'call-2025-07-03': ['000_9386e1b21f598bc0.txt', '002_2143c3894b5ebdc7.txt', '004_2d92cf28955f4d4f.txt', '001-putin-tells-trump-aims-unchanged.json', '003-sixth-call-no-progress.json', '005-call-follows-weapons-pause.json'],
};

function notedSameAs(file: string): Record<string, string> | undefined {
  const key = Object.keys(NOTED_SAME_AS).find((k) => NOTED_SAME_AS[k].includes(file));
  return key ? { 0: key } : undefined;
}

/** A gold.json next to article files: .txt bodies (reference documents) or .json articles (seeds). */
function loadGoldIndex(dir: string): GoldDocument[] | null {
  const goldPath = path.join(dir, 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: Array<{ file: string; publishedAt?: string; events: GoldEvent[] }> };
  return gold.documents.flatMap((doc) => {
    const file = path.join(dir, doc.file);
    if (!existsSync(file)) return [];
    if (doc.file.endsWith('.json')) {
      const article = JSON.parse(readFileSync(file, 'utf8')) as ArticleInput;
      return [{ name: doc.file, input: { ...article, publishedAt: doc.publishedAt ?? article.publishedAt }, gold: doc.events, sameAs: notedSameAs(doc.file) }];
    }
    const body = readFileSync(file, 'utf8');
    return [{ name: doc.file, input: { title: body.split('\n')[0], body, publishedAt: doc.publishedAt }, gold: doc.events, sameAs: notedSameAs(doc.file) }];
  });
}

/** A directory of self-contained articles: {title, body, publishedAt, events}. */
export function loadCorpus(dir: string): GoldDocument[] | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) return null;
  return files.map((f) => {
    const a = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ArticleInput & { events?: GoldEvent[]; sameAs?: Record<string, string> };
    return { name: f, input: { title: a.title, body: a.body, publishedAt: a.publishedAt }, gold: a.events ?? [], sameAs: a.sameAs };
  });
}

function dateRight(p: ExtractedEvent, g: GoldEvent): boolean {
  let start = true;
  if (g.date) start = p.startDate === g.date;
  else if (g.dateFrom || g.dateTo) start = p.startDate >= (g.dateFrom ?? '0000') && p.startDate <= (g.dateTo ?? '9999');
  return start && (!g.endDate || p.endDate === g.endDate);
}

function samePlace(name: string, gold: string): boolean {
  const a = foldName(name);
  const b = foldName(gold);
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

function placeRight(p: ExtractedEvent, g: GoldEvent): boolean {
  return !g.places?.length || g.places.some((gp) => p.places.some((pp) => samePlace(pp.name, gp)));
}

interface TypeRow {
  gold: number;
  predicted: number;
  matched: number; // predictions matched to a gold event (required or optional)
  matchedRequired: number;
  typeFound: number; // required gold events with a same-type prediction standing for them: matched, or one matched to no gold event (date aside)
  placeChecked: number;
  placeRight: number;
}

/** A prediction matched to a gold event, and which real-world event that gold event is. */
interface MatchedMention {
  mention: ExtractedMention;
  goldKey: string;
}

interface Score {
  rows: Map<string, TypeRow>;
  extractions: Map<GoldDocument, ExtractionResult>;
  matched: MatchedMention[];
  highConfidence: { predicted: number; matched: number };
  misses: string[];
  falsePositives: string[];
  millis: number;
}

function row(score: Score, type: string): TypeRow {
  let r = score.rows.get(type);
  if (!r) {
    r = { gold: 0, predicted: 0, matched: 0, matchedRequired: 0, typeFound: 0, placeChecked: 0, placeRight: 0 };
    score.rows.set(type, r);
  }
  return r;
}

/** Gold actors the prediction names: which of two calls on one day ("Erdoğan–Putin", "Erdoğan–Zelenskyy") it is. */
function sharedActors(p: ExtractedEvent, g: GoldEvent): number {
  return (g.actors ?? []).filter((ga) => p.actors.some((pa) => foldName(pa.name) === foldName(ga))).length;
}

/**
 * Each prediction with the gold event it matches (same type, right date), if any. The strongest
 * predictions claim gold events first; a required gold event, a right place and then more shared
 * actors win ties, so which rival claims which gold event rarely hangs on their confidences.
 */
export function matchPredictions(doc: GoldDocument, events: ExtractedEvent[]): Array<{ prediction: ExtractedEvent; hit?: { g: GoldEvent; i: number } }> {
  const used = new Set<number>();
  const hits = new Map<ExtractedEvent, { g: GoldEvent; i: number }>();
  const byConfidence = [...events].sort((a, b) => b.confidence - a.confidence);
  // Two passes, each in confidence order: first only pairs whose place agrees too (or that have no place to
  // check), then any pair of the same type and a right date. One pass let a confident strike at a wrong place
  // take the gold event a later prediction had right, so place accuracy moved with the confidence model.
  for (const strict of [true, false]) {
    for (const prediction of byConfidence) {
      if (hits.has(prediction)) continue;
      const hit = doc.gold
        .map((g, i) => ({ g, i }))
        .filter(({ g, i }) => !used.has(i) && g.type === prediction.type && dateRight(prediction, g))
        .filter(({ g }) => !strict || !PLACE_TYPES.has(prediction.type) || !g.places?.length || placeRight(prediction, g))
        .sort(
          (a, b) =>
            Number(!!a.g.optional) - Number(!!b.g.optional) ||
            Number(placeRight(prediction, b.g)) - Number(placeRight(prediction, a.g)) ||
            sharedActors(prediction, b.g) - sharedActors(prediction, a.g),
        )[0];
      if (!hit) continue;
      used.add(hit.i);
      hits.set(prediction, hit);
    }
  }
  return byConfidence.map((prediction) => ({ prediction, hit: hits.get(prediction) }));
}

function scoreSet(documents: GoldDocument[]): Score {
  const score: Score = { rows: new Map(), extractions: new Map(), matched: [], highConfidence: { predicted: 0, matched: 0 }, misses: [], falsePositives: [], millis: 0 };
  for (const doc of documents) {
    const started = performance.now();
    const extraction = extractArticle(doc.input, { now: new Date(doc.input.publishedAt ?? Date.now()) });
    score.millis += performance.now() - started;
    score.extractions.set(doc, extraction);
    const { events } = extraction;
    for (const g of doc.gold) if (!g.optional) row(score, g.type).gold++;
    const matches = matchPredictions(doc, events);
    const used = new Set(matches.flatMap(({ hit }) => (hit ? [hit.i] : [])));
    for (const { prediction: p, hit } of matches) {
      const r = row(score, p.type);
      r.predicted++;
      const high = p.confidence >= HIGH_CONFIDENCE && p.type !== 'statement';
      if (high) score.highConfidence.predicted++;
      if (!hit) {
        score.falsePositives.push(`${doc.name}: ${p.type} ${p.startDate}${p.places[0] ? ` @${p.places[0].name}` : ''} (${p.confidence}) “${p.mention.quote.slice(0, 90)}”`);
        continue;
      }
      // an optional (background) gold event without a sameAs key has no annotated identity to score
      const goldKey = doc.sameAs?.[hit.i] ?? (hit.g.optional ? undefined : `${doc.name}#${hit.i}`);
      if (goldKey) score.matched.push({ mention: p.mention, goldKey });
      r.matched++;
      if (high) score.highConfidence.matched++;
      if (!hit.g.optional) r.matchedRequired++;
      if (PLACE_TYPES.has(p.type) && hit.g.places?.length) {
        r.placeChecked++;
        if (placeRight(p, hit.g)) r.placeRight++;
      }
    }
    // a required gold event is type-found when a prediction of its type stands for it: the one matched to it, else one
    // matched to no gold event, each such prediction standing for one missed event only (a missed second event of a
    // type is no wrong date of the first)
    const free = new Map<string, number>();
    for (const { prediction: p, hit } of matches) if (!hit) free.set(p.type, (free.get(p.type) ?? 0) + 1);
    doc.gold.forEach((g, i) => {
      if (g.optional) return;
      const left = free.get(g.type) ?? 0;
      if (used.has(i)) row(score, g.type).typeFound++;
      else if (left > 0) {
        row(score, g.type).typeFound++;
        free.set(g.type, left - 1);
      }
      if (!used.has(i)) score.misses.push(`${doc.name}: ${g.type} ${g.date ?? `${g.dateFrom}..${g.dateTo}`}${g.places ? ` @${g.places.join('/')}` : ''}`);
    });
  }
  return score;
}

interface MergeScore {
  /** Pairs of matched gold mentions that are one event (a shared sameAs key), and of those stored as one. */
  goldPairs: number;
  goldPairsMerged: number;
  /** Pairs of matched mentions stored as one event, and of those the gold calls one event. */
  storedPairs: number;
  storedPairsRight: number;
  /** One line per wrong merge and per missed merge, for the sets that print details. */
  errors: string[];
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function countPairs<T>(items: T[], outer: (item: T) => string, inner: (item: T) => string): { all: number; agreeing: number } {
  const groups = new Map<string, Map<string, number>>();
  for (const item of items) {
    const group = groups.get(outer(item)) ?? new Map<string, number>();
    group.set(inner(item), (group.get(inner(item)) ?? 0) + 1);
    groups.set(outer(item), group);
  }
  let all = 0;
  let agreeing = 0;
  for (const group of groups.values()) {
    const counts = [...group.values()];
    all += pairs(counts.reduce((a, b) => a + b, 0));
    agreeing += counts.reduce((sum, n) => sum + pairs(n), 0);
  }
  return { all, agreeing };
}

/** The order the merging score ingests a set's articles in (`--order`): publication (the default), newest first, or shuffled. */
export type IngestOrder = { kind: 'publication' } | { kind: 'newest' } | { kind: 'shuffle'; seed: number };

export function parseOrder(argv: readonly string[]): IngestOrder {
  const at = argv.indexOf('--order');
  const value = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--order='))?.slice('--order='.length);
  if (value === undefined || value === 'publication') return { kind: 'publication' };
  if (value === 'newest') return { kind: 'newest' };
  const seed = /^shuffle:(\d+)$/.exec(value)?.[1];
  if (seed !== undefined) return { kind: 'shuffle', seed: Number(seed) };
  throw new Error(`--order: "${value}" is not publication, newest or shuffle:<seed>`);
}

/** A seeded shuffle (Fisher–Yates over seededRandom): the same seed gives the same order on every machine. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The set's articles in the order `order` ingests them (publication order sorts by publishedAt, then as loaded). */
export function ingestOrder(documents: GoldDocument[], order: IngestOrder): GoldDocument[] {
  const byPublication = [...documents].sort((a, b) => (a.input.publishedAt ?? '').localeCompare(b.input.publishedAt ?? ''));
  if (order.kind === 'newest') return byPublication.reverse();
  if (order.kind === 'shuffle') return shuffled(byPublication, order.seed);
  return byPublication;
}

/**
 * Ingests the set's articles, in publication order (or `order`), through the real ingest service into a fresh
 * in-memory database, and scores which matched mentions were stored as one event.
 */
function scoreMerging(documents: GoldDocument[], score: Score, order: IngestOrder = { kind: 'publication' }): MergeScore {
  const db = openDatabase(':memory:');
  try {
    migrate(db);
    const repos = createRepositories(db);
    const storedAs = new Map<ExtractedMention, string>();
    const addMention = repos.events.addMention.bind(repos.events);
    repos.events.addMention = (eventId, articleId, mention, ...rest) => {
      storedAs.set(mention as ExtractedMention, eventId);
      addMention(eventId, articleId, mention, ...rest);
    };
    let current: GoldDocument | undefined;
    const ingest = createIngestService(repos, {
      extract: () => score.extractions.get(current!)!,
      clock: () => new Date(current?.input.publishedAt ?? Date.now()),
    });
    const ordered = ingestOrder(documents, order);
    ordered.forEach((doc, i) => {
      current = doc;
      ingest.ingestArticle({ ...doc.input, url: `https://eval.invalid/${i}/${encodeURIComponent(doc.name)}` });
    });
    const stored = score.matched.filter((m) => storedAs.has(m.mention)).map((m) => ({ ...m, eventId: storedAs.get(m.mention)! }));
    const recall = countPairs(stored, (m) => m.goldKey, (m) => m.eventId);
    const precision = countPairs(stored, (m) => m.eventId, (m) => m.goldKey);
    const errors: string[] = [];
    const describe = (m: (typeof stored)[number]) => `${m.goldKey} “${m.mention.quote.slice(0, 70)}”`;
    stored.forEach((a, i) =>
      stored.slice(i + 1).forEach((b) => {
        if (a.goldKey === b.goldKey && a.eventId !== b.eventId) errors.push(`not merged: ${describe(a)} / ${describe(b)}`);
        if (a.goldKey !== b.goldKey && a.eventId === b.eventId) errors.push(`wrongly merged: ${describe(a)} / ${describe(b)}`);
      }),
    );
    return { goldPairs: recall.all, goldPairsMerged: recall.agreeing, storedPairs: precision.all, storedPairsRight: precision.agreeing, errors };
  } finally {
    db.close();
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');
const ratio = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 1000 : null);

function totals(score: Score, include: (type: string) => boolean) {
  const t = { gold: 0, predicted: 0, matched: 0, matchedRequired: 0, typeFound: 0, placeChecked: 0, placeRight: 0 };
  for (const [type, r] of score.rows) {
    if (!include(type)) continue;
    for (const k of Object.keys(t) as Array<keyof typeof t>) t[k] += r[k];
  }
  return t;
}

function printTable(name: string, documents: GoldDocument[], score: Score, merge: MergeScore, details: boolean): void {
  console.log(`\n## ${name} (${documents.length} articles, ${score.millis.toFixed(0)} ms extraction)`);
  const header = ['type', 'gold', 'pred', 'match', 'recall', 'precision', 'date acc', 'place acc'];
  const lines = [header];
  const rowLine = (type: string, r: TypeRow) => [
    type,
    String(r.gold),
    String(r.predicted),
    String(r.matched),
    pct(r.matchedRequired, r.gold),
    pct(r.matched, r.predicted),
    pct(r.matchedRequired, r.typeFound),
    pct(r.placeRight, r.placeChecked),
  ];
  for (const type of [...score.rows.keys()].sort()) lines.push(rowLine(type, score.rows.get(type)!));
  lines.push(rowLine('TOTAL (no statement)', totals(score, (t) => t !== 'statement')));
  lines.push(rowLine('statement', totals(score, (t) => t === 'statement')));
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const l of lines) console.log(l.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  const hc = score.highConfidence;
  console.log(`calibration: precision at confidence ≥ ${HIGH_CONFIDENCE}: ${pct(hc.matched, hc.predicted)} (${hc.matched}/${hc.predicted})`);
  console.log(
    `merging (ingested into SQLite): recall ${pct(merge.goldPairsMerged, merge.goldPairs)} (${merge.goldPairsMerged}/${merge.goldPairs} same-event pairs stored as one), ` +
      `precision ${pct(merge.storedPairsRight, merge.storedPairs)} (${merge.storedPairsRight}/${merge.storedPairs} pairs stored as one are one event)`,
  );
  if (!details) return;
  if (merge.errors.length) console.log(`merge errors:\n  ${merge.errors.join('\n  ')}`);
  if (score.misses.length) console.log(`missed required:\n  ${score.misses.join('\n  ')}`);
  if (score.falsePositives.length) console.log(`unmatched predictions:\n  ${score.falsePositives.join('\n  ')}`);
}

function figures(score: Score, merge: MergeScore) {
  const t = totals(score, (type) => type !== 'statement');
  const s = totals(score, (type) => type === 'statement');
  return {
    gold: t.gold,
    predicted: t.predicted,
    matched: t.matched,
    recall: ratio(t.matchedRequired, t.gold),
    precision: ratio(t.matched, t.predicted),
    dateAccuracy: ratio(t.matchedRequired, t.typeFound),
    placeAccuracy: ratio(t.placeRight, t.placeChecked),
    statementPrecision: ratio(s.matched, s.predicted),
    precisionAtHighConfidence: ratio(score.highConfidence.matched, score.highConfidence.predicted),
    extractionMs: Math.round(score.millis),
    mergeRecall: ratio(merge.goldPairsMerged, merge.goldPairs),
    mergePrecision: ratio(merge.storedPairsRight, merge.storedPairs),
    mergeGoldPairs: merge.goldPairs,
    mergeStoredPairs: merge.storedPairs,
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const order = parseOrder(process.argv);
  const sets: GoldSet[] = [
    { name: 'reference documents (../shared/seeds)', documents: loadGoldIndex(path.resolve(repoRoot, '../shared/seeds')), details: true },
    { name: 'seeds', documents: loadGoldIndex(path.join(repoRoot, 'seeds')), details: true },
    { name: 'dev corpus', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev')), details: true },
    // the first held-out corpus, retired into a second dev set to learn another writer's style
    { name: 'dev-b (former held-out, tuned on from 01:00 UTC)', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-b')), details: true },
    // two more writers' styles (broadcast, Q&A, passive voice, coder notes, readouts), written to tune on
    { name: 'dev-c', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-c')), details: true },
    { name: 'dev-d', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-d')), details: true },
    // a fifth writer: assessments, state-agency copy, oblast updates, factboxes, newsletters, interviews, op-eds
    { name: 'dev-e', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-e')), details: true },
    // a sixth writer: dateline wire, UN/IAEA monitoring, press releases, translated regional, Kremlin readouts, markets, maritime, summits, posts
    { name: 'dev-f', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-f')), details: true },
    // a seventh writer: briefing transcripts, non-Western English services, key-events digests, chronologies, parliament, NGO reports, reconstructions, captions, podcasts, local papers, corrections, tickers
    { name: 'dev-g', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-g')), details: true },
    // an eighth writer: newsletter bullets, diplomatic cables, court judgment summaries, insurance/energy notes, letters pages, translated war-blogger channels, regional outage updates, diaries and letters, address transcripts, encyclopedia timelines, news quizzes
    { name: 'dev-h', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-h')), details: true },
    // a ninth writer: headline-ese digests, machine-translated regional reports, law-firm client alerts, corporate updates, present-tense dispatches, markdown tables, forum threads, children's news, council minutes, anniversary retrospectives, policy briefs. Kept unread through the session of 2026-11-22 evening (first read 47/68, end 52/71), tuned on since
    { name: 'dev-i', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-i')), details: true },
    // a tenth writer: fact-checks, push-alert digests, embassy security alerts, live TV transcripts, wiki talk pages, investor filings,
    // translated official communiqués, magazine profiles, church news, academic abstracts, second-person essays. Kept unread through
    // the session of 2026-11-22 night (first read 49/77, end 52/80), tuned on since
    { name: 'dev-j', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-j')), details: true },
    // an eleventh writer: mainstream registers (wire house styles, broadcasters, regional sites, foreign English services, official
    // readouts, liveblogs, ACLED-style and ISO coder notes, newsletters), weighted to truces and phone calls; first read recorded in its README
    { name: 'dev-k', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-k')), details: true },
    // a twelfth writer (mainstream registers, weighted to truces and phone calls); unread until 2026-11-23 07:30, first read 71/78
    { name: 'dev-l', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-l')), details: true },
    // a thirteenth writer (mainstream registers, weighted to truces, calls and exchanges); unread until 2026-11-23 12:20, first read 61/74, end 62/73
    { name: 'dev-m', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-m')), details: true },
    // written independently and never read by whoever tunes the extractor: tables only
    {
      name: 'heldout-b corpus',
      documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/heldout-b')),
      details: false,
      absentNote: 'no articles yet (directory empty or missing), skipped',
    },
    // written by a sixth writer, never read by whoever tunes: tables only
    { name: 'heldout-c corpus', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/heldout-c')), details: false, absentNote: 'no articles yet (directory empty or missing), skipped' },
    // a fourteenth writer (mainstream registers, weighted to captures, truces, calls and exchanges of 2022-2024), kept unread through the
    // session of 2026-11-23 12:20-15:10 (start read 62/92 recall, 82/110 precision; end read the same), tuned on since 16:45
    { name: 'dev-n', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-n')), details: true },
    // a fifteenth writer (mainstream registers: wire house styles, readouts, liveblog, newsletter, explainer, three coders' notes), weighted to
    // truces, calls and exchanges; kept unread through the session of 2026-11-23 16:40-19:40 (start read 57/79, end read 67.6/79.4 at a093ef4), tuned on since 19:55
    { name: 'dev-o', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-o')), details: true },
    // a sixteenth writer (mainstream registers: nine wire stories in four house styles, liveblogs, readouts, three coder desks' notes), weighted to
    // truces, calls and exchanges; kept unread through the session of 2026-11-23 19:50-22:50 (start read 81.6/80.9 at 30370a2, end read 82.5/81.6
    // at 4d3daec), tuned on since 22:40
    { name: 'dev-p', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-p')), details: true },
    // a seventeenth writer (mainstream registers: eight wire stories in four house styles, foreign agencies' English services, readouts,
    // liveblogs, eight coder notes from three desks), weighted to truces, calls and exchanges; kept unread through the session of
    // 2026-11-23/24 22:35-01:35 (start read 73.5/79.6 at 6b96266, end read 78.3/80.4 at c9e59f0), tuned on since 01:20 on 2026-11-24
    { name: 'dev-q', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-q')), details: true },
    // an eighteenth writer (mainstream registers: three wire house styles, defence-ministry and air-force daily summaries, a think-tank
    // daily assessment, regional sites, foreign agencies' English services, liveblogs, a newsletter, readouts, two coder desks), weighted to
    // strikes, captures, aid and sanctions; kept unread through the session of 2026-11-24 01:20-04:10 (start read 80.6/76.3 at 92230f1,
    // end read 80.6/79.9 at fa2b789), tuned on since 03:55 on 2026-11-24
    { name: 'dev-r', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-r')), details: true },
    // a nineteenth writer (registers none of the others used much: radio bulletin transcripts, press-conference Q&A transcripts, UN situation
    // reports, an atomic agency's statements, EU/NATO communiques, ministry Telegram posts in translation, a timeline sidebar, correction notices,
    // a long read with scenes out of order, a podcast summary, two wire house styles, one coder desk), weighted to calls, meetings, truces,
    // exchanges and killings; kept unread through the session of 2026-11-24 03:55-06:50 (start read 78.8/85.4 at 4bd65ef, end read
    // 80.0/85.6 at 45089ad), tuned on since 06:30 on 2026-11-24
    { name: 'dev-s', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-s')), details: true },
    // a twentieth writer (registers none of the others used much: English services of Ukrainian, Polish, Turkish, Indian and Gulf outlets, a wire
    // urgent -> writethru series, TV evening-news scripts, a city daily's front page, a fact-check, a parliamentary committee's summary record, an
    // NGO casualty bulletin, a marine war-risk note, sports and culture desks, a student paper, a ministry's week in review, a White House pool
    // report, a coder desk writing military date-time groups), weighted like ordinary news (meetings, strikes on named places, calls, captures);
    // kept unread through the session of 2026-11-24 06:30-09:25 (start read 61.7/83.3 at 33a8800, end read 61.7/83.3 at b18a91d), tuned on
    // since 10:15 on 2026-11-24
    { name: 'dev-t', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-t')), details: true },
    // a twenty-first writer (registers none of the others used much: UN meetings coverage, a grain-market newsletter, a diaspora weekly, a
    // regional radio's site, a charity release, a religious news agency, a reporter's thread, parliamentary written answers, an obituary, a
    // council notice, a think tank's map update, an international body's newsroom, a week-ahead diary, a tabloid, a press review, an "on this
    // day" almanac, a defence-intelligence update, an interview transcript, a travel advisory, floor remarks, a volunteer fund's update, video
    // captions, health and science desks, a coding desk writing nights as "N 18/19.07"), weighted like ordinary news (strikes on named places,
    // meetings, calls, captures); kept unread through the session of 2026-11-24 10:15-13:15 (start read 65.6/76.7 at 1589136, end read
    // 65.6/76.7 at 3455176), tuned on since 13:31 on 2026-11-24
    { name: 'dev-u', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-u')), details: true },
    // a twenty-second writer (registers none of the others used much: a Moldovan and a Romanian regional daily, a Baltic daily, a
    // Swiss regional, a South African daily, a Nordic public radio's English service, an energy-market wire, a gas-market weekly, a
    // port agent's circular, an aviation security bulletin, an agro-weather advisory, a heritage alert, a humanitarian operational
    // update, a trade union's statement, a foreign ministry's Q and A, a sanctions desk, a morning digest, a podcast's show notes, a
    // local TV live blog, a university paper, a corrections column, a book review, a veterans' bulletin, a city traffic bulletin,
    // a coding desk writing "30.VIII.23 nt"), weighted like ordinary news; kept unread through the session of 2026-11-24
    // 13:30-16:30 (start read 61.3/72.0 at b6e0b87, end read 61.3/72.0 at be24e5c), tuned on since 16:20 on 2026-11-24
    { name: 'dev-v', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-v')), details: true },
    // a twenty-third writer (registers none of the others used much: a railway passenger notice, a Bulgarian regional daily, a teachers'
    // lesson plan, a bank's FX strategy note, an ombudsman's report, a Korean agency's English service, a company's earnings-call
    // transcript, a metals-market report, a translated investigators' release, a foreign ministry's special-briefing transcript, a blood
    // centre's appeal, a school's parent newsletter, a Dutch broadcaster's live blog, a satellite-imagery brief, a Belgian daily's English
    // edition, a trading desk's morning call, an Alaska public radio site, a mobile operator's network notice, a customs broker's circular,
    // a defence-industry weekly, a newsroom style guide, an actuarial review, a radio commentary, a coding desk writing day-of-year dates
    // "2024-237" and "2025-113N"), weighted like ordinary news; kept unread through the session of 2026-11-24 16:18-19:18 (start read
    // 54.3/60.7 at 46b576f, end read 54.3/60.7 at 346e1ca), tuned on since 19:10 on 2026-11-24
    { name: 'dev-w', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-w')), details: true },
    // a twenty-fourth writer (registers none of the others used much: a marine war-risk insurer's circular, a diocese's bulletin, an
    // archive's exhibition notice, a sports federation's statement, a Finnish daily's English edition, a government portal's English
    // service, a demining NGO's field report, a former ambassador's op-ed, a Japanese agency's English service, a school-atlas publisher's
    // list of map changes, teletext pages, an easy-read news site, a rating agency's comment, a written ministerial statement, a Senate
    // hearing transcript, a city's alert-SMS digest, a yearbook chronology, Czech and Singapore dailies' English editions, a press-freedom
    // alert, a children's explainer, a coding desk writing days as offsets from the batch day "D-3" and nights "D-5>4"), weighted like
    // ordinary news; kept unread through the session of 2026-11-24 19:05-22:05 (start read 63.9/71.0 at d1d0487, end read 63.9/71.7 at
    // a606162), tuned on since 22:05 on 2026-11-24
    { name: 'dev-x', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-x')), details: true },
    // a twenty-fifth writer, mostly ordinary news this time (wires in three house styles, a broadsheet's report and its analysis, regional
    // sites, broadcasters' web stories, Spanish, French and German papers' English editions, a weekly's round-up, a morning briefing, a
    // correspondent's dispatch, a diplomatic correspondent's summit piece) and a third other registers (a TV running order, a parliamentary
    // library briefing, a shipping agent's port notice, a regional administration's release, a wire's what-we-know box, an NGO sitrep, a
    // timeline graphic, plain-English coder notes, a think tank's weekly update); kept unread through the session of 2026-11-24
    // 22:00-01:00 (start read 73.9/85.5 at 3af8c15, end read 73.9/85.5 at 6a49c01), tuned on since 00:50 on 2026-11-25
    { name: 'dev-y', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-y')), details: true },
    // a twenty-sixth writer, mostly ordinary news again in voices dev-y did not use (wires in three house styles, a US metro daily's foreign
    // desk, Canadian and Australian broadcasters' web copy, Indian, South African and Irish papers' world pages, a Baltic broadcaster's and a
    // Turkish agency's English services, a financial daily, a Sunday long read, a liveblog summary, a week ahead, a local paper on its twinned
    // city, a correspondent's notebook) and a third other registers (a presidency's media advisory, an agency's story budget, a government fact
    // sheet, a party's lines to take, a Model UN guide, an almanac's year in review, a verification log, a prediction market's resolutions,
    // plain-English coder notes); kept unread through the session of 2026-11-25 00:46-03:46 (start read 73.4/82.6 at b5b371b, end read
    // 73.4/82.6 at 2d0ae07), tuned on since 03:30 on 2026-11-25
    { name: 'dev-z', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-z')), details: true },
    // a twenty-seventh writer, mostly ordinary news in voices dev-z did not use (German, Italian, Portuguese and Spanish agencies' English
    // services, Pakistani, Nigerian, Kenyan, Israeli, Hong Kong, Philippine, Malaysian, Slovak, Greek and Georgian outlets, New Zealand and
    // Austrian broadcasters' web copy, a US public radio web story, Welsh, Scottish and US regional dailies, a weekly's news pages) and a third
    // other registers (museum captions, a court filing's background, a war-risks club's circular, a bank's screening memo, a corporate risk
    // bulletin, plain-English coder reconciliation notes, a data desk's explainer, an editorial, a readers' editor's column); kept unread
    // through the session of 2026-11-25 03:19-06:19: tables only
    { name: 'dev-za', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev-za')), details: false },
  ];
  const results: Record<string, unknown> = {};
  for (const set of sets) {
    if (!set.documents) {
      if (!json) console.log(`\n## ${set.name}: ${set.absentNote ?? 'absent, skipped'}`);
      continue;
    }
    const score = scoreSet(set.documents);
    const merge = scoreMerging(set.documents, score, order);
    results[set.name] = figures(score, merge);
    if (!json) printTable(set.name, set.documents, score, merge, set.details);
  }
  if (json) {
    console.log(JSON.stringify(results));
    return;
  }
  const dateReport = path.join(repoRoot, 'scripts/eval-dates.ts');
  if (existsSync(dateReport)) {
    const mod = (await import(pathToFileURL(dateReport).href)) as { printDateReport?: () => unknown };
    if (typeof mod.printDateReport === 'function') await mod.printDateReport();
  }
}

// imported by scripts/fit-confidence.ts for its loaders and matching: run only as a script
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
