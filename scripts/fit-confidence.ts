/**
 * Fits the confidence model (src/extract/events/confidence.ts) on the dev corpora: each predicted
 * event is labelled right or wrong by scripts/eval.ts's matching, and a logistic regression with
 * per-type intercepts shrunk toward a global one, and per-writer intercepts whose spread the model
 * keeps, is fitted to those labels. The penalties are chosen by leave-one-writer-out
 * cross-validation (each dev corpus is one writer), and the calibration printed is nested
 * leave-one-writer-out: every writer scored by a model that never saw it, its penalties chosen
 * without it. Writes src/extract/events/confidence-model.ts. The held-out corpora are never read.
 *
 * Those labels are today's extractor on text it was tuned on, which it gets right more often than
 * a new writer's. So the log-odds are then recalibrated (shift and scale) on first reads: dev corpora
 * run through the extractor as it stood before it was tuned on them (FIRST_READS, unpacked from git),
 * and the honest estimate printed for a new writer is leave-one-first-read-out. When a new writer's
 * corpus arrives, add its first read before tuning on it. After a change to the extractor, refit;
 * --check says whether the committed model is still what the fit gives.
 *
 *   npm run fit:confidence              # fit, print the calibration, write the model
 *   npm run fit:confidence -- --check   # fit and print; exit 1 if the committed model differs
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EventType } from '../src/domain/taxonomy.js';
import { findDates } from '../src/extract/dates/index.js';
import { FEATURES, evidenceOf, probabilityOf, writerLogOdds, type ConfidenceModel, type Evidence } from '../src/extract/events/confidence.js';
import { fitModel, fitRecalibration, fitWithoutWriters, roundModel, type Regularisation, type Sample } from '../src/extract/events/confidence-fit.js';
import { startModuleWorker } from '../src/ingest/worker.js';
import type { FitTask } from './fit-confidence-worker.js';
import { EVENT_PIPELINE, runPipeline, type ArticleContext } from '../src/extract/events/pipeline.js';
import { referenceFor } from '../src/extract/index.js';
import type { ExtractedEvent } from '../src/extract/types.js';
import { HIGH_CONFIDENCE, loadCorpus, matchPredictions, type GoldDocument } from './eval.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_FILE = path.join(repoRoot, 'src/extract/events/confidence-model.ts');
/** One writer each. Never a held-out corpus: those judge the fitted model. */
const DEV_CORPORA = ['dev', 'dev-b', 'dev-c', 'dev-d', 'dev-e', 'dev-f', 'dev-g', 'dev-h', 'dev-i', 'dev-j', 'dev-k', 'dev-l', 'dev-m', 'dev-n', 'dev-o', 'dev-p', 'dev-q', 'dev-r', 'dev-s', 'dev-t', 'dev-u', 'dev-v', 'dev-w', 'dev-x', 'dev-y', 'dev-z'];

/**
 * Dev corpora as the extractor first read them: the last commit before it was tuned on each. The
 * extractor reads every corpus above after tuning on it, so their labels overstate how often it is
 * right on a new writer; these first reads are the only text of ours it had not been tuned on.
 */
const FIRST_READS = [
  // the held-out corpus on the day it was retired into dev-b, before anyone read it
  { corpus: 'dev-b', commit: 'edb5d9b99eb19ffe1759ab4405faf7ecfa218abc' },
  // the third and fourth writers' corpora, complete, before the extractor's next change
  { corpus: 'dev-c', commit: '8164507184b0802c7f6f2c8776c86317cfd4948e' },
  { corpus: 'dev-d', commit: '8164507184b0802c7f6f2c8776c86317cfd4948e' },
  // the fifth writer's corpus, its gold written before any extractor run
  { corpus: 'dev-e', commit: '9ca31c73d7668414f0f5925d312413b239faaaf2' },
  // the sixth writer's corpus, its gold written before any extractor run
  { corpus: 'dev-f', commit: '507ecd915bdc8e83b1be8bce6d472c4a4495a954' },
  // the seventh writer's corpus, its gold written before any extractor run
  { corpus: 'dev-g', commit: '068aeb8c8aaa56a4a38b819de198c137ec63d7d7' },
  // the eighth writer's corpus, its gold written before any extractor run
  { corpus: 'dev-h', commit: '1b0241ec1c3046c2ba5ed966636ad0d8f241a2cc' },
  // the ninth writer's corpus, its gold written before any extractor run
  { corpus: 'dev-i', commit: '8f44cd0f7fd2251792f999d9b8b8d7d9615b1754' },
  // the tenth writer's corpus, its gold written before any extractor run
  { corpus: 'dev-j', commit: '713d2c6eaef9802b2734d89cd1ba512fbd9a4dd4' },
  // the eleventh writer's corpus, its gold written before any extractor run
  { corpus: 'dev-k', commit: 'b26deeb0d2e568660cafea8fddf251bcf3e4304f' },
  // the twelfth writer's corpus, kept unread through a whole session: its last commit before tuning on it
  { corpus: 'dev-l', commit: '98136390e182332fbb7af8b34f051d5ea717aadc' },
  // the thirteenth writer's corpus, kept unread through a whole session: its last commit before tuning on it
  { corpus: 'dev-m', commit: '4c68185434aeed153b7c13a0637cb19c3669cd9b' },
  // the fourteenth writer's corpus, kept unread through a whole session: its last commit before tuning on it
  { corpus: 'dev-n', commit: '9e84f5defa1dcb979c41dc9312a7a5becf79aea0' },
  // the fifteenth writer's corpus, kept unread through a whole session: the last extractor commit before tuning on it
  { corpus: 'dev-o', commit: 'a093ef412dc3c8c53a800e06aaaba55dc44bfb22' },
  // the sixteenth writer's corpus, kept unread through a whole session: the session's last commit before tuning on it
  { corpus: 'dev-p', commit: '4d3daec8f92f8b2ca54df33e2c08fde0e9d74ff6' },
  // the seventeenth writer's corpus, kept unread through a whole session: the session's last extractor commit before tuning on it
  { corpus: 'dev-q', commit: 'c9e59f088b5c17299cc40d11856690651e7a262e' },
  // the eighteenth writer's corpus, kept unread through a whole session: the session's last commit (a confidence refit) before tuning on it
  { corpus: 'dev-r', commit: 'fa2b78974f6af33503d64ebbe2f166a4d7ebd6c5' },
  // the nineteenth writer's corpus, kept unread through a whole session: the session's last commit (a confidence refit) before tuning on it
  { corpus: 'dev-s', commit: '45089add43f95722e600887af4a67f4fb6c57b47' },
  // the twentieth writer's corpus, kept unread through a whole session: the session's last commit (a confidence refit) before tuning on it
  { corpus: 'dev-t', commit: 'b18a91d1b44d5b6c9dc509fac1c364089cdf8e36' },
  // the twenty-first writer's corpus, kept unread through a whole session: the session's last commit (a confidence refit) before tuning on it
  { corpus: 'dev-u', commit: '345517633671eb539e4cd5806d1ab02b1ed12be4' },
  // the twenty-second writer's corpus, kept unread through a whole session: the session's last extraction commit (a confidence refit) before tuning on it
  { corpus: 'dev-v', commit: 'be24e5c4fc7866da4f429b231b0d45a174c485e4' },
  // the twenty-third writer's corpus, kept unread through a whole session: the session's confidence refit, after its last extraction commit
  { corpus: 'dev-w', commit: '346e1cabe55fadcb5b9e02aa6c8b29bc2c7b95f4' },
  // the twenty-fourth writer's corpus, kept unread through a whole session: the session's confidence refit, after its last extraction commit
  { corpus: 'dev-x', commit: 'a606162bbf6b1fd75fb50aef3e9ac61f09de2a9d' },
  // the twenty-fifth writer's corpus, kept unread through a whole session: the session's confidence refit, after its last extraction commit
  { corpus: 'dev-y', commit: '6a49c0129886fcf7b2d304023c6c4ec49d9ec66e' },
  // the twenty-sixth writer's corpus, kept unread through a whole session: the session's confidence refit, after its last extraction commit
  { corpus: 'dev-z', commit: '2d0ae07721e30c9f1937023189f6877c92769196' },
];

/** Candidate penalties: from nearly free to strongly pooled. */
const GRID: Regularisation[] = [3, 10, 30].flatMap((weights) =>
  [1, 3, 10].flatMap((types) => [0.25, 0.5, 1, 2, 4, 8, 16].map((writers) => ({ weights, types, writers }))),
);

// probabilityOf stays inside 0.01..0.99, so neither logarithm is infinite
const logLoss = (model: ConfidenceModel, samples: Sample[]) =>
  samples.reduce((sum, s) => {
    const p = probabilityOf(s.evidence, model);
    return sum - (s.right ? Math.log(p) : Math.log(1 - p));
  }, 0);

/** Fits already made on a labelling, by the writers left out and the penalties. */
const fitsByLabelling = new WeakMap<Map<string, Sample[]>, Map<string, ConfidenceModel>>();

function fitsOf(byWriter: Map<string, Sample[]>): Map<string, ConfidenceModel> {
  let fits = fitsByLabelling.get(byWriter);
  if (!fits) fitsByLabelling.set(byWriter, (fits = new Map()));
  return fits;
}

const fitKey = (without: string[], reg: Regularisation) => `${[...without].sort().join(',')}|${reg.weights}|${reg.types}|${reg.writers}`;

/**
 * The model fitted on every writer of `byWriter` but `without`, in byWriter's order. fitModel is
 * deterministic, so a fit asked again is taken from the cache: the nested leave-one-out asks for
 * each pair of writers left out twice (a held out, b out; b held out, a out), most of its work.
 */
function fitWithout(byWriter: Map<string, Sample[]>, without: string[], reg: Regularisation): ConfidenceModel {
  const fits = fitsOf(byWriter);
  const key = fitKey(without, reg);
  let model = fits.get(key);
  if (!model) {
    model = fitWithoutWriters(byWriter, without, reg);
    fits.set(key, model);
  }
  return model;
}

/**
 * Makes the fits of every set of writers left out in `withouts`, under every penalty of the grid, in worker
 * threads (one per core, the tasks dealt out in turn) and puts them in fitWithout's cache: the same fits
 * fitWithout would make (fitModel is deterministic), in a fraction of the time. What is already cached is not redone.
 */
async function prefit(byWriter: Map<string, Sample[]>, withouts: string[][]): Promise<void> {
  const fits = fitsOf(byWriter);
  const tasks = new Map<string, FitTask>();
  for (const without of withouts) {
    for (const reg of GRID) {
      const key = fitKey(without, reg);
      if (!fits.has(key)) tasks.set(key, { key, without, reg });
    }
  }
  const threads = Math.min(os.availableParallelism(), tasks.size);
  if (threads < 2) return;
  const all = [...tasks.values()];
  const writers = [...byWriter];
  await Promise.all(
    Array.from({ length: threads }, (_, thread) => {
      const worker = startModuleWorker(new URL('./fit-confidence-worker.ts', import.meta.url).href, {
        workerData: { writers, tasks: all.filter((_, i) => i % threads === thread) },
      });
      return new Promise<void>((resolve, reject) => {
        worker.once('message', (models: [string, ConfidenceModel][]) => {
          for (const [key, model] of models) fits.set(key, model);
          resolve();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a fit worker exited with code ${code}`))));
      });
    }),
  );
}

/** The regularisation with the lowest leave-one-writer-out log loss over `writers`, each writer weighing the same. */
function chooseRegularisation(byWriter: Map<string, Sample[]>, writers: string[]): Regularisation {
  const outside = [...byWriter.keys()].filter((w) => !writers.includes(w));
  let best = GRID[0];
  let bestLoss = Infinity;
  for (const reg of GRID) {
    let loss = 0;
    for (const out of writers) {
      // per event, averaged over writers: an unseen writer is one draw, however much it wrote
      loss += logLoss(fitWithout(byWriter, [...outside, out], reg), byWriter.get(out)!) / byWriter.get(out)!.length;
    }
    if (loss < bestLoss - 1e-9) {
      best = reg;
      bestLoss = loss;
    }
  }
  return best;
}

/** One article's events beside the evidence each was scored from. */
interface ScoredDocument {
  writer: string;
  doc: GoldDocument;
  events: ExtractedEvent[];
  evidence: Evidence[];
}

/** The extraction modules: today's, or a commit's (extractorAt). */
interface Extractor {
  referenceFor: typeof referenceFor;
  findDates: typeof findDates;
  runPipeline: typeof runPipeline;
  stages: typeof EVENT_PIPELINE;
}

const TODAY: Extractor = { referenceFor, findDates, runPipeline, stages: EVENT_PIPELINE };

/** One article as extractArticle reads it, keeping the candidates the events were made from. */
function read(extractor: Extractor, doc: GoldDocument): ArticleContext {
  const ref = extractor.referenceFor(doc.input.publishedAt, new Date(doc.input.publishedAt ?? Date.now()));
  return extractor.runPipeline(doc.input.body, ref, extractor.findDates(doc.input.body, ref), extractor.stages, doc.input.title);
}

function extractAll(): ScoredDocument[] {
  return DEV_CORPORA.flatMap((writer) =>
    (loadCorpus(path.join(repoRoot, 'test/fixtures/corpus', writer)) ?? []).map((doc) => {
      const ctx = read(TODAY, doc);
      return { writer, doc, events: ctx.events, evidence: ctx.candidates.map((c) => evidenceOf(c, ctx)) };
    }),
  );
}

/** Each prediction, right (it matches a gold event) or wrong, under eval's matching. */
function rightOrWrong(doc: GoldDocument, events: ExtractedEvent[]): Map<ExtractedEvent, boolean> {
  return new Map(matchPredictions(doc, events).map((m) => [m.prediction, !!m.hit]));
}

/** The extraction modules of one commit, unpacked from git into a temporary directory. */
async function extractorAt(commit: string, dir: string): Promise<Extractor> {
  execSync(`git archive ${commit} src | tar -x -C ${dir}`, { cwd: repoRoot });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const load = (module: string) => import(pathToFileURL(path.join(dir, 'src/extract', module)).href);
  const [index, dates, pipeline] = await Promise.all([load('index.ts'), load('dates/index.ts'), load('events/pipeline.ts')]);
  return { referenceFor: index.referenceFor, findDates: dates.findDates, runPipeline: pipeline.runPipeline, stages: pipeline.EVENT_PIPELINE };
}

/** One first-read article: its gold, the events that commit's extractor found, today's evidence of each. */
interface FirstReadArticle {
  doc: GoldDocument;
  events: ExtractedEvent[];
  evidence: Evidence[];
}

/**
 * Each first-read corpus as that commit's extractor read it: today's evidence of its candidates,
 * labelled by today's gold under eval's matching.
 */
async function extractFirstReads(articles?: Map<string, FirstReadArticle[]>): Promise<Map<string, Sample[]>> {
  // in FIRST_READS order (setting an existing key keeps its place), each commit unpacked once for its corpora
  const byCorpus = new Map<string, Sample[]>(FIRST_READS.map(({ corpus }) => [corpus, []]));
  for (const commit of new Set(FIRST_READS.map((r) => r.commit))) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chronicle-first-read-'));
    try {
      const old = await extractorAt(commit, dir);
      for (const { corpus } of FIRST_READS.filter((r) => r.commit === commit)) {
        const samples = (loadCorpus(path.join(repoRoot, 'test/fixtures/corpus', corpus)) ?? []).flatMap((doc) => {
          const ctx = read(old, doc);
          const matched = rightOrWrong(doc, ctx.events);
          if (articles) {
            const list = articles.get(corpus) ?? [];
            list.push({ doc, events: ctx.events, evidence: ctx.candidates.map((c) => evidenceOf(c, ctx)) });
            articles.set(corpus, list);
          }
          return ctx.candidates.map((c, i) => ({ evidence: evidenceOf(c, ctx), right: matched.get(ctx.events[i])!, writer: corpus }));
        });
        byCorpus.set(corpus, samples);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return byCorpus;
}

/** The base model's log-odds turned into those of text it was not tuned on, fitted on first reads. */
function recalibrated(base: ConfidenceModel, firstReads: Sample[]): ConfidenceModel {
  const unseenText = fitRecalibration(
    firstReads.map((s) => writerLogOdds(s.evidence, base)),
    firstReads.map((s) => s.right),
  );
  return roundModel({ ...base, unseenText });
}

/**
 * Right or wrong per event under eval's matching. Which of two rival predictions claims a gold event
 * depends on their confidences, so the labels are read with the model's own confidences.
 */
function label(docs: ScoredDocument[], model: ConfidenceModel): Map<string, Sample[]> {
  const byWriter = new Map<string, Sample[]>();
  for (const { writer, doc, events, evidence } of docs) {
    const rescored = events.map((e, i) => ({ ...e, confidence: probabilityOf(evidence[i], model) }));
    const matched = rightOrWrong(doc, rescored);
    const samples = byWriter.get(writer) ?? [];
    rescored.forEach((e, i) => samples.push({ evidence: evidence[i], right: matched.get(e)!, writer }));
    byWriter.set(writer, samples);
  }
  return byWriter;
}

const sameModel = (a: ConfidenceModel, b: ConfidenceModel) => JSON.stringify(a) === JSON.stringify(b);

const ROUNDS = 10;

/** Fit, relabel with the fitted confidences, refit, until the labels (and so the model) stop changing. */
async function fitToFixedPoint(docs: ScoredDocument[], firstReads: Sample[], start: ConfidenceModel) {
  let model = start;
  for (let round = 1; ; round++) {
    const byWriter = label(docs, model);
    await prefit(byWriter, [...byWriter.keys()].map((w) => [w]));
    const reg = chooseRegularisation(byWriter, [...byWriter.keys()]);
    const next = recalibrated(fitModel([...byWriter.values()].flat(), reg), firstReads);
    const settled = sameModel(next, model);
    if (!settled && round === ROUNDS) console.warn(`labels still changing after ${ROUNDS} rounds: keeping the last fit`);
    if (settled || round === ROUNDS) return { model: next, reg, byWriter };
    model = next;
  }
}

interface Prediction {
  p: number;
  right: boolean;
  type: EventType;
}

/** How sure `model` is of each sample, beside whether it was right. */
const predictionsOf = (samples: Sample[], model: ConfidenceModel): Prediction[] =>
  samples.map((s) => ({ p: probabilityOf(s.evidence, model), right: s.right, type: s.evidence.type }));

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');

function printCalibration(title: string, predictions: Prediction[]): void {
  // as eval's calibration line: statements aside
  const scored = predictions.filter((x) => x.type !== 'statement');
  const high = scored.filter((x) => x.p >= HIGH_CONFIDENCE);
  const highRight = high.filter((x) => x.right).length;
  const brier = predictions.reduce((s, x) => s + (x.p - Number(x.right)) ** 2, 0) / (predictions.length || 1);
  console.log(
    `${title}: precision at confidence ≥ ${HIGH_CONFIDENCE}: ${pct(highRight, high.length)} (${highRight}/${high.length} of ${scored.length}); ` +
      `Brier ${brier.toFixed(4)} over ${predictions.length} events (${predictions.filter((x) => x.right).length} right)`,
  );
}

function printReliability(predictions: Prediction[]): void {
  console.log('  decile      events  mean conf  right');
  for (let k = 0; k < 10; k++) {
    const bin = predictions.filter((x) => Math.min(9, Math.floor(x.p * 10)) === k);
    if (!bin.length) continue;
    const mean = bin.reduce((s, x) => s + x.p, 0) / bin.length;
    const right = bin.filter((x) => x.right).length;
    console.log(`  ${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}  ${String(bin.length).padStart(8)}  ${mean.toFixed(2).padStart(9)}  ${pct(right, bin.length).padStart(5)}`);
  }
}

/** Per event type: how sure the model said it was against how often it was right. */
function printByType(predictions: Prediction[]): void {
  console.log('  type                 events  mean conf  right');
  for (const type of [...new Set(predictions.map((x) => x.type))].sort()) {
    const of = predictions.filter((x) => x.type === type);
    const mean = of.reduce((s, x) => s + x.p, 0) / of.length;
    console.log(`  ${type.padEnd(19)}  ${String(of.length).padStart(6)}  ${mean.toFixed(2).padStart(9)}  ${pct(of.filter((x) => x.right).length, of.length).padStart(5)}`);
  }
}

/** For each writer, the base model fitted on the other writers, with a regularisation chosen without it. */
interface FittedWithout {
  rest: string[];
  reg: Regularisation;
  model: ConfidenceModel;
}

/**
 * Each writer's leave-one-out base model, fitted once: both leave-one-out estimates below score a
 * writer by it (choosing the penalties is most of the fit script's time).
 */
async function fitWithoutEachWriter(byWriter: Map<string, Sample[]>): Promise<Map<string, FittedWithout>> {
  const writers = [...byWriter.keys()];
  await prefit(
    byWriter,
    writers.flatMap((a, i) => writers.slice(i + 1).map((b) => [a, b])),
  );
  return new Map(
    writers.map((heldOut) => {
      const rest = writers.filter((w) => w !== heldOut);
      const reg = chooseRegularisation(byWriter, rest);
      return [heldOut, { rest, reg, model: fitWithout(byWriter, [heldOut], reg) }];
    }),
  );
}

/** Every writer scored by a model fitted without it, with a regularisation chosen without it. */
function leaveOneWriterOut(byWriter: Map<string, Sample[]>, withoutWriter: Map<string, FittedWithout>): Map<string, Prediction[]> {
  const out = new Map<string, Prediction[]>();
  for (const [heldOut, { rest, reg, model }] of withoutWriter) {
    out.set(heldOut, predictionsOf(byWriter.get(heldOut)!, model));
    console.log(`  ${heldOut}: fitted on ${rest.join(', ')} with penalties weights ${reg.weights}, types ${reg.types}, writers ${reg.writers}`);
  }
  return out;
}

/**
 * Each first-read corpus scored by a model that never saw it: the base fitted without its corpus
 * (penalties chosen without it), recalibrated on the other first reads. The estimate for new writers.
 */
function leaveOneFirstReadOut(withoutWriter: Map<string, FittedWithout>, firstReads: Map<string, Sample[]>): Map<string, Prediction[]> {
  const out = new Map<string, Prediction[]>();
  for (const [corpus, samples] of firstReads) {
    const { rest, model: base } = withoutWriter.get(corpus)!;
    const model = recalibrated(base, [...firstReads].filter(([c]) => c !== corpus).flatMap(([, s]) => s));
    out.set(corpus, predictionsOf(samples, model));
    console.log(`  ${corpus} as first read: base fitted on ${rest.join(', ')}, recalibrated (shift ${model.unseenText.shift.toFixed(2)}, scale ${model.unseenText.scale.toFixed(2)}) on the other first reads`);
  }
  return out;
}

function modelSource(model: ConfidenceModel, reg: Regularisation, byWriter: Map<string, Sample[]>): string {
  const fittedOn = [...byWriter].map(([w, s]) => `${w} (${s.length})`).join(', ');
  return `// Written by \`npm run fit:confidence\` (scripts/fit-confidence.ts); do not edit by hand.
// Fitted on ${fittedOn} events; penalties: weights ${reg.weights}, types ${reg.types}, writers ${reg.writers} pseudo-examples.
import type { ConfidenceModel } from './confidence.js';

export const CONFIDENCE_MODEL: ConfidenceModel = ${JSON.stringify(model, null, 2)};
`;
}

/** Floors tried: a calibrated probability, to two decimals as probabilityOf gives it. */
const FLOORS = Array.from({ length: 15 }, (_, k) => k / 20);

interface FloorScore {
  recall: number;
  precision: number;
  /** Predictions kept (statements aside). */
  predicted: number;
}

/**
 * One writer's recall and precision of (type, date) pairs, statements aside, as eval scores them, when the events `model`
 * gives a probability below `floor` are dropped (the rest matched again, in the order of `model`'s confidences).
 */
function scoreAtFloor(articles: FirstReadArticle[], model: ConfidenceModel, floor: number): FloorScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let matchedRequired = 0;
  for (const { doc, events, evidence } of articles) {
    gold += doc.gold.filter((g) => !g.optional && g.type !== 'statement').length;
    const kept = events.map((e, i) => ({ ...e, confidence: probabilityOf(evidence[i], model) })).filter((e) => e.confidence >= floor);
    for (const { prediction, hit } of matchPredictions(doc, kept)) {
      if (prediction.type === 'statement') continue;
      predicted++;
      if (!hit) continue;
      matched++;
      if (!hit.g.optional) matchedRequired++;
    }
  }
  return { recall: gold ? matchedRequired / gold : 1, precision: predicted ? matched / predicted : 1, predicted };
}

const worse = (s: FloorScore) => Math.min(s.recall, s.precision);
const f1 = (s: FloorScore) => (s.recall + s.precision ? (2 * s.recall * s.precision) / (s.recall + s.precision) : 0);

/**
 * Would a confidence floor help on text nobody tuned on? Each first read scored by the model that never saw its writer
 * (base fitted without the writer, recalibrated on the other first reads, as leaveOneFirstReadOut), at each floor; the
 * floor chosen on the other writers (the best mean of min(recall, precision), each writer weighing the same; the lowest
 * floor on a tie) and scored on the left-out one.
 */
function floorAnalysis(withoutWriter: Map<string, FittedWithout>, firstReads: Map<string, Sample[]>, articles: Map<string, FirstReadArticle[]>): void {
  const curves = new Map<string, FloorScore[]>();
  for (const [corpus] of firstReads) {
    const model = recalibrated(withoutWriter.get(corpus)!.model, [...firstReads].filter(([c]) => c !== corpus).flatMap(([, s]) => s));
    curves.set(corpus, FLOORS.map((floor) => scoreAtFloor(articles.get(corpus) ?? [], model, floor)));
  }
  const f2 = (x: number) => x.toFixed(2);
  const p1 = (x: number) => (100 * x).toFixed(1);
  console.log('\n## confidence floor on first reads (each writer scored by a model that never saw it): min(recall, precision) %, statements aside');
  console.log(`  floor      ${[...curves.keys()].map((c) => c.padStart(6)).join('')}    mean`);
  FLOORS.forEach((floor, k) => {
    const row = [...curves.values()].map((curve) => worse(curve[k]));
    console.log(`  ${f2(floor)}       ${row.map((x) => p1(x).padStart(6)).join('')}  ${p1(row.reduce((a, b) => a + b, 0) / row.length).padStart(6)}`);
  });
  console.log('\n## mean over writers at each floor: recall, precision, F1 %');
  FLOORS.forEach((floor, k) => {
    const of = (measure: (s: FloorScore) => number) => p1([...curves.values()].reduce((sum, curve) => sum + measure(curve[k]), 0) / curves.size);
    console.log(`  ${f2(floor)}  recall ${of((s) => s.recall)}  precision ${of((s) => s.precision)}  F1 ${of(f1)}`);
  });
  for (const [name, objective] of [['min(recall, precision)', worse], ['F1', f1]] as const) {
    console.log(`\n## floor chosen leaving one writer out on ${name} (chosen on the others, scored on it)`);
    console.log(`  writer  floor  recall  precision  ${name.padEnd(6)} | no floor: recall  precision  ${name.padEnd(6)} | gain  predictions kept`);
    const gains: number[] = [];
    const chosen: number[] = [];
    for (const [corpus, curve] of curves) {
      const others = [...curves].filter(([c]) => c !== corpus).map(([, s]) => s);
      let best = 0;
      let bestMean = -Infinity;
      FLOORS.forEach((_, k) => {
        const mean = others.reduce((sum, s) => sum + objective(s[k]), 0) / others.length;
        if (mean > bestMean + 1e-12) {
          best = k;
          bestMean = mean;
        }
      });
      const at = curve[best];
      const none = curve[0];
      gains.push(objective(at) - objective(none));
      chosen.push(FLOORS[best]);
      console.log(
        `  ${corpus.padEnd(6)}  ${f2(FLOORS[best])}   ${p1(at.recall).padStart(5)}  ${p1(at.precision).padStart(9)}  ${p1(objective(at)).padStart(6)} |` +
          `           ${p1(none.recall).padStart(5)}  ${p1(none.precision).padStart(9)}  ${p1(objective(none)).padStart(6)} | ${(100 * (objective(at) - objective(none))).toFixed(1).padStart(5)}  ${at.predicted}/${none.predicted}`,
      );
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `  left-out writers' mean gain in ${name}: ${(100 * mean(gains)).toFixed(2)} points (${gains.filter((g) => g > 1e-12).length} gain, ` +
        `${gains.filter((g) => g < -1e-12).length} lose, ${gains.filter((g) => Math.abs(g) <= 1e-12).length} unchanged); floors chosen: ${[...new Set(chosen)].map(f2).join(', ')}`,
    );
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--floor')) {
    // analysis only: nothing written; the labels are those of the committed model (no fixed point: the floor is what is read)
    const { CONFIDENCE_MODEL } = await import('../src/extract/events/confidence-model.js');
    const articles = new Map<string, FirstReadArticle[]>();
    const firstReads = await extractFirstReads(articles);
    const byWriter = label(extractAll(), CONFIDENCE_MODEL);
    await prefit(byWriter, [...byWriter.keys()].map((w) => [w]));
    // the penalties chosen once on every writer (not again without each: fifteen times the fit script's longest step); each
    // writer's base model is still fitted without it, and recalibrated without its first read
    const reg = chooseRegularisation(byWriter, [...byWriter.keys()]);
    const writers = [...byWriter.keys()];
    const withoutWriter = new Map(
      [...firstReads.keys()].map((heldOut) => {
        const rest = writers.filter((w) => w !== heldOut);
        return [heldOut, { rest, reg, model: fitWithout(byWriter, [heldOut], reg) }];
      }),
    );
    console.log(`penalties (chosen on all writers): weights ${reg.weights}, types ${reg.types}, writers ${reg.writers}`);
    floorAnalysis(withoutWriter, firstReads, articles);
    return;
  }
  const check = process.argv.includes('--check');
  const { CONFIDENCE_MODEL } = await import('../src/extract/events/confidence-model.js');
  const docs = extractAll();
  const firstReads = await extractFirstReads();
  const { model, reg, byWriter } = await fitToFixedPoint(docs, [...firstReads.values()].flat(), CONFIDENCE_MODEL);
  console.log(`fitted on ${[...byWriter].map(([w, s]) => `${w} ${s.length}`).join(', ')} events; penalties chosen by leave-one-writer-out: weights ${reg.weights}, types ${reg.types}, writers ${reg.writers} (writer spread ${model.writerSpread.toFixed(2)})`);
  console.log(`intercept ${model.intercept.toFixed(3)}; weights ${FEATURES.map((f) => `${f.name} ${model.weights[f.name].toFixed(3)}`).join(', ')}`);
  console.log(`type intercepts: ${Object.entries(model.typeIntercepts).map(([t, v]) => `${t} ${v!.toFixed(3)}`).join(', ')}`);
  console.log(
    `unseen text: shift ${model.unseenText.shift.toFixed(3)}, scale ${model.unseenText.scale.toFixed(3)}, fitted on ` +
      `${[...firstReads].map(([c, s]) => `${c} as first read (${s.filter((x) => x.right).length}/${s.length} right)`).join(', ')}`,
  );

  const withoutWriter = await fitWithoutEachWriter(byWriter);
  console.log('\n## first reads, leave one out: the estimate for a writer the extractor was not tuned on');
  const unseen = leaveOneFirstReadOut(withoutWriter, firstReads);
  for (const [corpus, predictions] of unseen) printCalibration(`  ${corpus} as first read`, predictions);
  const pooledUnseen = [...unseen.values()].flat();
  printCalibration('pooled', pooledUnseen);
  printReliability(pooledUnseen);
  printByType(pooledUnseen);

  console.log('\n## leave-one-writer-out on the tuned dev corpora, before recalibration (nested: penalties chosen without the writer)');
  const lowo = leaveOneWriterOut(byWriter, withoutWriter);
  for (const [writer, predictions] of lowo) printCalibration(`  ${writer}`, predictions);
  const pooled = [...lowo.values()].flat();
  printCalibration('pooled', pooled);
  printReliability(pooled);
  printByType(pooled);

  const fitted = predictionsOf([...byWriter.values()].flat(), model);
  console.log('\n## the fitted model on the tuned dev corpora (recalibrated for unseen text: it should underrate these)');
  printCalibration('all dev', fitted);

  const source = modelSource(model, reg, byWriter);
  const committed = existsSync(MODEL_FILE) ? readFileSync(MODEL_FILE, 'utf8') : '';
  if (check) {
    console.log(source === committed ? '\ncommitted model is up to date' : '\ncommitted model differs from this fit: run npm run fit:confidence');
    process.exitCode = source === committed ? 0 : 1;
    return;
  }
  writeFileSync(MODEL_FILE, source);
  console.log(`\nwrote ${path.relative(repoRoot, MODEL_FILE)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
