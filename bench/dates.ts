/**
 * findDates on an ~8 KB article built from the date layer's test sentences: median ms per
 * article over many runs. Run: npx tsx bench/dates.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates } from '../src/extract/dates/index.js';
import { cases, MONDAY, referenceOf } from '../test/extract/dates/cases.js';

const TARGET_BYTES = 8 * 1024;
const RUNS = 200;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function buildArticle(): string {
  const sentences = cases.map((c) => c.text);
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < TARGET_BYTES; i += 4) {
    const paragraph = Array.from({ length: 4 }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** Realistic density: the development corpus's bodies (project-written articles), up to 8 KB. */
function corpusArticle(): string | null {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/corpus/dev');
  if (!existsSync(dir)) return null;
  let body = '';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    if (body.length >= TARGET_BYTES) break;
    body += `${(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { body: string }).body}\n\n`;
  }
  return body.slice(0, TARGET_BYTES);
}

function measure(label: string, article: string): void {
  const reference = referenceOf(MONDAY);
  for (let i = 0; i < 20; i++) findDates(article, reference); // warm-up: JIT and regex compilation

  // Wall time per run, and the process's CPU time per run (steadier when other processes share the cores).
  const wall: number[] = [];
  const cpu: number[] = [];
  let mentions = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    mentions = findDates(article, reference).length;
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${label}: ${Buffer.byteLength(article)} bytes, ${mentions} mentions, ${RUNS} runs: ` +
      `median ${median(wall).toFixed(2)} ms wall, ${median(cpu).toFixed(2)} ms CPU per article; load average ${loadavg()[0].toFixed(1)}`,
  );
}

measure('test sentences (every sentence dated)', buildArticle());
const corpus = corpusArticle();
if (corpus) measure('development corpus articles', corpus);
else console.log('development corpus not found: test/fixtures/corpus/dev');
