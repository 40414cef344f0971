/**
 * extractArticle (dates + events) on ~8 KB articles made of the dev corpus's own bodies, after
 * warm-up (the gazetteer index is built once per process): median and p90 ms per article, in
 * wall time and in this process's CPU time (the machine is shared: under load the wall time
 * includes waiting for a core, the CPU time does not). chrono-node alone parses the same
 * articles in the same run, for the ingest target stated relative to it.
 *
 * The same figures for short articles, each dev-corpus article as written (~700 characters, title and body):
 * the size a news feed hands the server's extraction thread, where what an article costs whatever its
 * length (the headline, the article-wide stages) weighs more than on 8 KB.
 * Run: npx tsx bench/extract.ts
 *
 * `--stages` adds where the CPU goes: the date layer (findDates) and each stage of the event
 * pipeline, each timed by this process's CPU clock around it (a sampling profile misplaces much
 * of the time spent in regular expressions), as mean ms per article and share of their sum; then the same for the
 * short articles (what an article costs whatever its length).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findDates } from '../src/extract/dates/index.js';
import { EVENT_PIPELINE, runPipeline, type Stage } from '../src/extract/events/pipeline.js';
import { extractArticle, referenceFor } from '../src/extract/index.js';

const TARGET_CHARS = 8 * 1024;
const RUNS = 100;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/corpus/dev');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { title: string; body: string; publishedAt: string });
/** Each dev article as written: the short articles' figures. */
const shortArticles = docs.map(({ title, body, publishedAt }) => ({ title, body, publishedAt }));
/** Rounds over the short articles: about as many calls' CPU as the 8 KB figures read in all. */
const SHORT_RUNS = 20;

// Consecutive corpus bodies joined until ~8 KB: real sentences at a real event density.
const articles: Array<{ title: string; body: string; publishedAt: string }> = [];
for (let i = 0; i < docs.length; ) {
  const parts: string[] = [];
  const publishedAt = docs[i].publishedAt;
  while (i < docs.length && parts.join('\n\n').length < TARGET_CHARS) parts.push(docs[i++].body);
  articles.push({ title: 'bench', body: parts.join('\n\n'), publishedAt });
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wall and CPU ms of each call of `fn` on each article, `runs` times over. */
function measure(fn: (article: (typeof articles)[number]) => void, of = articles, runs = RUNS): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const article of of) {
      const [w0, c0] = [performance.now(), cpuMs()];
      fn(article);
      cpu.push(cpuMs() - c0);
      wall.push(performance.now() - w0);
    }
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const at = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))];
const round = (ms: number) => +ms.toFixed(2);

const started = performance.now();
extractArticle(articles[0]);
const coldMs = performance.now() - started;

let events = 0;
const extraction = measure((article) => {
  events += extractArticle(article).events.length;
});
for (const article of articles) chrono.parse(article.body, new Date(article.publishedAt)); // warm-up
const chronoAlone = measure((article) => chrono.parse(article.body, new Date(article.publishedAt)));
let shortEvents = 0;
const shortExtraction = measure((article) => {
  shortEvents += extractArticle(article).events.length;
}, shortArticles, SHORT_RUNS);
const shortChronoAlone = measure((article) => chrono.parse(article.body, new Date(article.publishedAt)), shortArticles, SHORT_RUNS);

/** Mean CPU ms per article of the date layer and of each pipeline stage, over `runs` rounds of the articles. */
function stageTimes(of = articles, runs = RUNS): Record<string, string> {
  const spent = new Map<string, number>();
  const timed = (name: string, run: () => void) => {
    const c0 = cpuMs();
    run();
    spent.set(name, (spent.get(name) ?? 0) + cpuMs() - c0);
  };
  const stages: Array<[string, Stage]> = EVENT_PIPELINE.map(([name, stage]) => [name, (ctx) => timed(name, () => stage(ctx))]);
  for (let run = 0; run < runs; run++) {
    for (const article of of) {
      const ref = referenceFor(article.publishedAt);
      let found: ReturnType<typeof findDates> = [];
      timed('dates (findDates)', () => (found = findDates(article.body, ref, article.title)));
      runPipeline(article.body, ref, found, stages, article.title);
    }
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    [...spent].map(([name, ms]) => [name, `${(ms / runs / of.length).toFixed(3)} ms (${((100 * ms) / total).toFixed(1)}%)`]),
  );
}

const meanChars = Math.round(articles.reduce((n, a) => n + a.body.length, 0) / articles.length);
console.log(
  JSON.stringify({
    articles: articles.length,
    meanChars,
    eventsPerArticle: +(events / RUNS / articles.length).toFixed(1),
    firstCallMs: +coldMs.toFixed(0),
    medianMs: round(at(extraction.wall, 0.5)),
    p90Ms: round(at(extraction.wall, 0.9)),
    cpuMedianMs: round(at(extraction.cpu, 0.5)),
    cpuP90Ms: round(at(extraction.cpu, 0.9)),
    chronoAloneMedianMs: round(at(chronoAlone.wall, 0.5)),
    chronoAloneCpuMedianMs: round(at(chronoAlone.cpu, 0.5)),
    short: {
      articles: shortArticles.length,
      meanChars: Math.round(shortArticles.reduce((n, a) => n + a.body.length, 0) / shortArticles.length),
      eventsPerArticle: +(shortEvents / SHORT_RUNS / shortArticles.length).toFixed(1),
      cpuMedianMs: +at(shortExtraction.cpu, 0.5).toFixed(3),
      cpuP90Ms: +at(shortExtraction.cpu, 0.9).toFixed(3),
      cpuMeanMs: +(shortExtraction.cpu.reduce((a, b) => a + b, 0) / shortExtraction.cpu.length).toFixed(3),
      chronoAloneCpuMedianMs: +at(shortChronoAlone.cpu, 0.5).toFixed(3),
    },
    loadAverage: +loadavg()[0].toFixed(2),
  }),
);
if (process.argv.includes('--stages')) {
  console.log(JSON.stringify({ cpuPerArticleByStage: stageTimes() }, null, 1));
  // what an article costs whatever its length: the short articles' stages (referenceFor and extractArticle's own
  // sort and dedupe are outside them)
  console.log(JSON.stringify({ shortCpuPerArticleByStage: stageTimes(shortArticles, SHORT_RUNS * 5) }, null, 1));
}
