/**
 * How fast the extractor reaches its warm cost in a fresh process (issue 4, ingest): the extraction
 * thread's warm-up (the seed articles WARM_ROUNDS times, as extract-worker.ts warm() runs them),
 * then the ingest bench's texts (bench/ingest-articles.ts) as the writer hands them over
 * (structured-cloned title, body, publishedAt; one ingest clock), one after another on this thread.
 * Prints this thread's CPU per article (/proc/thread-self/schedstat) for each --chunk articles and
 * the machine's load. Run compiled, with the flag the extraction thread gets (thread-compilation.ts):
 *
 *   npm run build && node --no-concurrent-recompilation --max-semi-space-size=4 dist/bench/warm-up.js [--count 3000] [--chunk 500] [--rounds 10]
 *
 * With --trace, runs itself again under --trace-opt --trace-deopt and prints, after the warm-up,
 * the optimizing compiles and deopts per function (the largest compile times first) and where the
 * deopts of the extractor's own code happened (article number, reason, source position).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seedArticleFiles } from '../src/db/paths.js';
import { extractArticle } from '../src/extract/index.js';
import type { ArticleInput } from '../src/extract/types.js';
import { WARM_ROUNDS } from '../src/ingest/extractor-thread.js';
import { ingestArticles } from './ingest-articles.js';
import { threadTimes } from './thread-times.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    chunk: { type: 'string', default: '500' },
    rounds: { type: 'string', default: String(WARM_ROUNDS) },
    trace: { type: 'boolean', default: false },
    marks: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const chunk = Number(values.chunk);
const MARK = '### warm-up article';

if (values.trace) {
  const self = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, '--trace-opt', '--trace-deopt-verbose', self, '--marks', '--count', values.count!, '--chunk', values.chunk!, '--rounds', values.rounds!];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  console.log(summary(run.stdout));
  process.exit(run.status ?? 1);
}

const cpuMs = () => (threadTimes()?.cpu ?? process.cpuUsage().user / 1e6) * 1000;
const samples = seedArticleFiles().map((path) => {
  const { title, body, publishedAt } = JSON.parse(readFileSync(path, 'utf8')) as ArticleInput;
  return { title, body, publishedAt };
});
const loadBefore = loadavg()[0];
let started = cpuMs();
for (let i = 0; i < Number(values.rounds) * samples.length; i++) extractArticle(samples[i % samples.length], { now: new Date() });
const warmUpMs = cpuMs() - started;
if (values.marks) console.log(`${MARK} 0`);

const articles = ingestArticles(count, `warm-up-${Date.now()}`);
const now = Date.now();
const perArticle: number[] = [];
started = cpuMs();
articles.forEach(({ title, body, publishedAt }, i) => {
  extractArticle(structuredClone({ title, body, publishedAt }), { now: new Date(now) });
  if (values.marks && (i + 1) % 50 === 0) console.log(`${MARK} ${i + 1}`);
  if ((i + 1) % chunk === 0) {
    const at = cpuMs();
    perArticle.push(+((at - started) / chunk).toFixed(3));
    started = at;
  }
});
console.log(JSON.stringify({ warmUpMs: Math.round(warmUpMs), cpuMsPerArticle: perArticle, chunk, load: [+loadBefore.toFixed(1), +loadavg()[0].toFixed(1)] }));

/** Compiles and deopts after the warm-up, per function, from --trace-opt --trace-deopt-verbose output. */
function summary(trace: string): string {
  const compiles = new Map<string, { n: number; ms: number; deopts: number }>();
  const of = (name: string) => compiles.get(name) ?? compiles.set(name, { n: 0, ms: 0, deopts: 0 }).get(name)!;
  const deopts: string[] = [];
  let article = -1;
  const lines = trace.split('\n');
  lines.forEach((line, i) => {
    if (line.startsWith(MARK)) article = Number(line.slice(MARK.length));
    if (article < 0) return;
    const compiled = /completed (?:compiling|optimizing) \S+ <JSFunction (\S*) .*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (compiled) {
      const entry = of(compiled[1]);
      entry.n++;
      entry.ms += Number(compiled[2]) + Number(compiled[3]) + Number(compiled[4]);
    }
    const deopt = /bailout \(kind: [\w-]+, reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction (\S*) /.exec(line);
    if (deopt) {
      of(deopt[2]).deopts++;
      const at = /;;; deoptimize at <([^>]*)>/.exec(lines[i + 1] ?? '')?.[1] ?? '';
      if (at.includes('/dist/src/')) deopts.push(`  after article ${article}: ${deopt[2]} (${deopt[1]}) at ${at.replace(/^.*\/dist\/src\//, '')}`);
    }
  });
  const rows = [...compiles].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((sum, [, e]) => ({ n: sum.n + e.n, ms: sum.ms + e.ms, deopts: sum.deopts + e.deopts }), { n: 0, ms: 0, deopts: 0 });
  return [
    lines.find((line) => line.startsWith('{"warmUpMs"')) ?? '(no result line)',
    `after the warm-up: ${total.n} optimizing compiles (${Math.round(total.ms)} ms of compile wall time), ${total.deopts} deopts`,
    ...rows.slice(0, 15).map(([name, e]) => `  ${name.padEnd(32)} compiles ${e.n}  ${Math.round(e.ms)} ms  deopts ${e.deopts}`),
    `deopts of the extractor's code (${deopts.length}):`,
    ...deopts,
  ].join('\n');
}
