/**
 * Date-layer evaluation, TempEval-3 style: span F1 (overlap) and value F1.
 * 1. MEANTIME English newswire (../shared/dates/meantime-en.json, kept out of the repository):
 *    gold TIMEX3 of type DATE whose value is a day, ISO week, month or year. Other gold
 *    expressions (DURATION, TIME, SET, PRESENT_REF, quarters, seasons...) are ignored: a
 *    prediction overlapping one is neither right nor wrong. chrono-node alone (casual,
 *    forwardDate false) is measured on the same bodies for comparison.
 * 2. Chronicle's own list (test/fixtures/dates-gold.json), per split (dev, heldout).
 * Run: npm run eval:dates [-- --meantime <path>] [-- --errors]
 * (--meantime names MEANTIME's file where ../shared is not beside the checkout, e.g. in a git worktree)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { findDates } from '../src/extract/dates/index.js';
import { splitSentences } from '../src/extract/dates/sentences.js';
import type { DateReference } from '../src/extract/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MEANTIME_PATH = path.resolve(repoRoot, '../shared/dates/meantime-en.json');
export const GOLD_PATH = path.resolve(repoRoot, 'test/fixtures/dates-gold.json');

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
export interface Score {
  system: string;
  set: string;
  gold: number;
  predicted: number;
  span: Prf;
  value: Prf;
}
export interface DateReport {
  scores: Score[];
  notes: string[];
  errors: { set: string; kind: 'fp' | 'fn' | 'value'; text: string; predicted?: string; gold?: string; context: string }[];
}

interface Expression {
  start: number;
  end: number;
  text: string;
  value: string;
}
interface Document {
  id: string;
  text: string;
  /** Where annotation stops: predictions after it are not scored. */
  annotatedEnd: number;
  reference: DateReference;
  gold: Expression[];
  ignored: { start: number; end: number }[];
}
type Predictor = (doc: Document) => Expression[];

/** Values the date layer produces: day, ISO week, month, year. */
const SCORED_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;

function reference(publishedAt: string): DateReference {
  // One MEANTIME article writes its creation time day first (03-02-2009; its gold says February).
  const dayFirst = /^(\d{2})-(\d{2})-(\d{4})$/.exec(publishedAt);
  if (dayFirst) publishedAt = `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(publishedAt);
  const offsetMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const instant = new Date(/T/.test(publishedAt) ? publishedAt : `${publishedAt}T00:00:00Z`);
  return { instant, offsetMinutes, fromIngestTime: false };
}

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function score(system: string, set: string, docs: Document[], predict: Predictor, report: DateReport): Score {
  let predicted = 0;
  let spanCorrect = 0;
  let valueCorrect = 0;
  let gold = 0;
  for (const doc of docs) {
    gold += doc.gold.length;
    const matched = new Set<Expression>();
    const context = (e: { start: number; end: number }): string => doc.text.slice(Math.max(0, e.start - 60), e.end + 40).replace(/\s+/g, ' ');
    for (const guess of predict(doc).filter((p) => p.start < doc.annotatedEnd)) {
      const hit = doc.gold.find((g) => !matched.has(g) && overlaps(g, guess));
      if (hit) {
        matched.add(hit);
        predicted++;
        spanCorrect++;
        if (hit.value === guess.value) valueCorrect++;
        else if (system === 'chronicle') report.errors.push({ set, kind: 'value', text: guess.text, predicted: guess.value, gold: `${hit.text}=${hit.value}`, context: context(guess) });
      } else if (!doc.ignored.some((i) => overlaps(i, guess)) && !doc.gold.some((g) => overlaps(g, guess))) {
        predicted++;
        if (system === 'chronicle') report.errors.push({ set, kind: 'fp', text: guess.text, predicted: guess.value, context: context(guess) });
      }
    }
    if (system === 'chronicle') {
      for (const g of doc.gold) if (!matched.has(g)) report.errors.push({ set, kind: 'fn', text: g.text, gold: g.value, context: context(g) });
    }
  }
  return { system, set, gold, predicted, span: prf(spanCorrect, predicted, gold), value: prf(valueCorrect, predicted, gold) };
}

const chronicle: Predictor = (doc) =>
  findDates(doc.text, doc.reference)
    .filter((m) => m.kind === 'date' && m.value !== null)
    .map((m) => ({ start: m.charStart, end: m.charEnd, text: m.text, value: m.value as string }));

/** chrono-node alone: its casual parser, the value at the precision of the components it is certain of. */
const chronoAlone: Predictor = (doc) =>
  chrono.casual
    .parse(doc.text, { instant: doc.reference.instant, timezone: doc.reference.offsetMinutes }, { forwardDate: false })
    .map((r) => {
      const s = r.start;
      const [y, m, d] = [s.get('year'), s.get('month'), s.get('day')].map((n) => String(n).padStart(2, '0'));
      const value =
        s.isCertain('day') || s.isCertain('weekday') || !s.isCertain('month') ? `${y}-${m}-${d}` : s.isCertain('year') || !s.isCertain('day') ? `${y}-${m}` : y;
      const onlyYear = s.isCertain('year') && !s.isCertain('month');
      return { start: r.index, end: r.index + r.text.length, text: r.text, value: onlyYear ? y : value };
    });

interface MeantimeFile {
  documents: { id: string; publishedAt: string; body: string; timexes: { text: string; charStart: number; charEnd: number; type: string; value: string }[] }[];
}

/**
 * MEANTIME annotates each article's title and first four body sentences only (measured: 349 of
 * the file's 350 gold TIMEX lie in the first four sentences our splitter finds, one in the fifth).
 * The splitter must split as MEANTIME's tokens do, quotes (`` '') included: before it did, the
 * window reached a sentence or two further in several articles and 15 unannotated dates were
 * scored as false.
 */
const MEANTIME_ANNOTATED_SENTENCES = 4;

function meantimeDocuments(file: MeantimeFile): Document[] {
  // Two articles have no creation time: their relative dates cannot be scored.
  return file.documents.filter((doc) => doc.publishedAt).map((doc) => {
    const scored = (t: MeantimeFile['documents'][number]['timexes'][number]): boolean => t.type === 'DATE' && SCORED_VALUE.test(t.value);
    const sentences = splitSentences(doc.body);
    const annotatedEnd = Math.max(
      sentences[Math.min(MEANTIME_ANNOTATED_SENTENCES, sentences.length) - 1]?.end ?? 0,
      ...doc.timexes.map((t) => t.charEnd),
    );
    return {
      id: doc.id,
      text: doc.body,
      annotatedEnd,
      reference: reference(doc.publishedAt),
      gold: doc.timexes.filter(scored).map((t) => ({ start: t.charStart, end: t.charEnd, text: t.text, value: t.value })),
      ignored: doc.timexes.filter((t) => !scored(t)).map((t) => ({ start: t.charStart, end: t.charEnd })),
    };
  });
}

interface GoldFile {
  items: { id: string; split: string; publishedAt: string; sentence: string; expressions: { text: string; value: string }[] }[];
}

function goldDocuments(file: GoldFile, split: string): Document[] {
  return file.items
    .filter((item) => item.split === split)
    .map((item) => {
      let from = 0;
      const gold: Expression[] = [];
      for (const e of item.expressions) {
        const start = item.sentence.indexOf(e.text, from);
        if (start < 0) throw new Error(`dates-gold ${item.id}: "${e.text}" is not in its sentence`);
        gold.push({ start, end: start + e.text.length, text: e.text, value: e.value });
        from = start + e.text.length;
      }
      return { id: item.id, text: item.sentence, annotatedEnd: item.sentence.length, reference: reference(item.publishedAt), gold, ignored: [] };
    });
}

export function evaluateDates(meantimePath = MEANTIME_PATH): DateReport {
  const report: DateReport = { scores: [], notes: [], errors: [] };
  if (existsSync(meantimePath)) {
    const meantime = JSON.parse(readFileSync(meantimePath, 'utf8')) as MeantimeFile;
    const docs = meantimeDocuments(meantime);
    const undated = meantime.documents.filter((d) => !d.publishedAt).length;
    if (undated) report.notes.push(`MEANTIME: ${undated} articles without a creation time left out`);
    report.scores.push(score('chronicle', 'meantime', docs, chronicle, report));
    report.scores.push(score('chrono-node alone', 'meantime', docs, chronoAlone, report));
  } else {
    report.notes.push(`MEANTIME skipped: ${meantimePath} not found (npm run eval:dates -- --meantime <path>)`);
  }
  if (existsSync(GOLD_PATH)) {
    const file = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as GoldFile;
    for (const split of ['dev', 'heldout']) {
      const docs = goldDocuments(file, split);
      if (docs.length === 0) continue;
      report.scores.push(score('chronicle', `own-${split}`, docs, chronicle, report));
      report.scores.push(score('chrono-node alone', `own-${split}`, docs, chronoAlone, report));
    }
  } else {
    report.notes.push(`own gold list skipped: ${GOLD_PATH} not found`);
  }
  return report;
}

const pct = (n: number): string => n.toFixed(3);

export function printDateReport(report: DateReport = evaluateDates(), showErrors = false): void {
  const header = ['set', 'system', 'gold', 'pred', 'span P', 'span R', 'span F1', 'value P', 'value R', 'value F1'];
  const rows = report.scores.map((s) => [
    s.set, s.system, String(s.gold), String(s.predicted),
    pct(s.span.precision), pct(s.span.recall), pct(s.span.f1), pct(s.value.precision), pct(s.value.recall), pct(s.value.f1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const note of report.notes) console.log(`note: ${note}`);
  if (showErrors) {
    for (const e of report.errors) console.log(`${e.set} ${e.kind.padEnd(5)} ${JSON.stringify(e.text)} pred=${e.predicted ?? '-'} gold=${e.gold ?? '-'} | ${e.context}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { meantime: { type: 'string' }, errors: { type: 'boolean', default: false } } });
  printDateReport(evaluateDates(values.meantime ? path.resolve(values.meantime) : MEANTIME_PATH), values.errors);
}
