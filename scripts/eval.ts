/**
 * Scores extractArticle against the gold sets: per event type, gold / predicted / matched,
 * recall, precision, date accuracy and place accuracy, plus totals and a confidence calibration
 * line. `--json` prints one JSON line with the figures instead of tables.
 *
 *   npm run eval            # tables
 *   npm run eval -- --json  # one JSON line
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractArticle } from '../src/extract/index.js';
import type { ArticleInput, ExtractedEvent } from '../src/extract/types.js';
import { foldName } from '../src/extract/events/places.js';

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

interface GoldDocument {
  name: string;
  input: ArticleInput;
  gold: GoldEvent[];
}

interface GoldSet {
  name: string;
  documents: GoldDocument[] | null; // null: the set is absent
  /** Print missed and unmatched events. Off for the held-out set: it is scored, never read. */
  details: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACE_TYPES = new Set(['drone_strike', 'missile_strike', 'air_strike', 'shelling', 'armed_clash', 'territorial_capture']);
const HIGH_CONFIDENCE = 0.8;

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
      return [{ name: doc.file, input: { ...article, publishedAt: doc.publishedAt ?? article.publishedAt }, gold: doc.events }];
    }
    const body = readFileSync(file, 'utf8');
    return [{ name: doc.file, input: { title: body.split('\n')[0], body, publishedAt: doc.publishedAt }, gold: doc.events }];
  });
}

/** A directory of self-contained articles: {title, body, publishedAt, events}. */
function loadCorpus(dir: string): GoldDocument[] | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) return null;
  return files.map((f) => {
    const a = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ArticleInput & { events?: GoldEvent[] };
    return { name: f, input: { title: a.title, body: a.body, publishedAt: a.publishedAt }, gold: a.events ?? [] };
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
  typeFound: number; // required gold events with a same-type prediction (date aside)
  placeChecked: number;
  placeRight: number;
}

interface Score {
  rows: Map<string, TypeRow>;
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

function scoreSet(documents: GoldDocument[]): Score {
  const score: Score = { rows: new Map(), highConfidence: { predicted: 0, matched: 0 }, misses: [], falsePositives: [], millis: 0 };
  for (const doc of documents) {
    const started = performance.now();
    const { events } = extractArticle(doc.input, { now: new Date(doc.input.publishedAt ?? Date.now()) });
    score.millis += performance.now() - started;
    const used = new Set<number>();
    for (const g of doc.gold) if (!g.optional) row(score, g.type).gold++;
    // strongest predictions claim gold events first; a required gold event and a right place win ties
    const predictions = [...events].sort((a, b) => b.confidence - a.confidence);
    for (const p of predictions) {
      const r = row(score, p.type);
      r.predicted++;
      const candidates = doc.gold
        .map((g, i) => ({ g, i }))
        .filter(({ g, i }) => !used.has(i) && g.type === p.type && dateRight(p, g))
        .sort((a, b) => Number(!!a.g.optional) - Number(!!b.g.optional) || Number(placeRight(p, b.g)) - Number(placeRight(p, a.g)));
      const hit = candidates[0];
      const high = p.confidence >= HIGH_CONFIDENCE && p.type !== 'statement';
      if (high) score.highConfidence.predicted++;
      if (!hit) {
        score.falsePositives.push(`${doc.name}: ${p.type} ${p.startDate}${p.places[0] ? ` @${p.places[0].name}` : ''} (${p.confidence}) “${p.mention.quote.slice(0, 90)}”`);
        continue;
      }
      used.add(hit.i);
      r.matched++;
      if (high) score.highConfidence.matched++;
      if (!hit.g.optional) r.matchedRequired++;
      if (PLACE_TYPES.has(p.type) && hit.g.places?.length) {
        r.placeChecked++;
        if (placeRight(p, hit.g)) r.placeRight++;
      }
    }
    doc.gold.forEach((g, i) => {
      if (g.optional) return;
      if (events.some((p) => p.type === g.type)) row(score, g.type).typeFound++;
      if (!used.has(i)) score.misses.push(`${doc.name}: ${g.type} ${g.date ?? `${g.dateFrom}..${g.dateTo}`}${g.places ? ` @${g.places.join('/')}` : ''}`);
    });
  }
  return score;
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

function printTable(name: string, documents: GoldDocument[], score: Score, details: boolean): void {
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
  if (!details) return;
  if (score.misses.length) console.log(`missed required:\n  ${score.misses.join('\n  ')}`);
  if (score.falsePositives.length) console.log(`unmatched predictions:\n  ${score.falsePositives.join('\n  ')}`);
}

function figures(score: Score) {
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
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const sets: GoldSet[] = [
    { name: 'reference documents (../shared/seeds)', documents: loadGoldIndex(path.resolve(repoRoot, '../shared/seeds')), details: true },
    { name: 'seeds', documents: loadGoldIndex(path.join(repoRoot, 'seeds')), details: true },
    { name: 'dev corpus', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/dev')), details: true },
    { name: 'heldout corpus', documents: loadCorpus(path.join(repoRoot, 'test/fixtures/corpus/heldout')), details: false },
  ];
  const results: Record<string, unknown> = {};
  for (const set of sets) {
    if (!set.documents) {
      if (!json) console.log(`\n## ${set.name}: absent, skipped`);
      continue;
    }
    const score = scoreSet(set.documents);
    results[set.name] = figures(score);
    if (!json) printTable(set.name, set.documents, score, set.details);
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

await main();
