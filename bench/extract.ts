/**
 * extractArticle (dates + events) on ~8 KB articles made of the dev corpus's own bodies, after
 * warm-up (the gazetteer index is built once per process): median and p90 ms per article.
 * Run: npx tsx bench/extract.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/index.js';

const TARGET_CHARS = 8 * 1024;
const RUNS = 100;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/corpus/dev');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { body: string; publishedAt: string });

// Consecutive corpus bodies joined until ~8 KB: real sentences at a real event density.
const articles: Array<{ title: string; body: string; publishedAt: string }> = [];
for (let i = 0; i < docs.length; ) {
  const parts: string[] = [];
  const publishedAt = docs[i].publishedAt;
  while (i < docs.length && parts.join('\n\n').length < TARGET_CHARS) parts.push(docs[i++].body);
  articles.push({ title: 'bench', body: parts.join('\n\n'), publishedAt });
}

const started = performance.now();
extractArticle(articles[0]);
const coldMs = performance.now() - started;

const times: number[] = [];
let events = 0;
for (let run = 0; run < RUNS; run++) {
  for (const article of articles) {
    const t0 = performance.now();
    events += extractArticle(article).events.length;
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.floor(q * (times.length - 1))];
const meanChars = Math.round(articles.reduce((n, a) => n + a.body.length, 0) / articles.length);
console.log(
  JSON.stringify({
    articles: articles.length,
    meanChars,
    eventsPerArticle: +(events / RUNS / articles.length).toFixed(1),
    firstCallMs: +coldMs.toFixed(0),
    medianMs: +at(0.5).toFixed(2),
    p90Ms: +at(0.9).toFixed(2),
    loadAverage: +loadavg()[0].toFixed(2),
  }),
);
