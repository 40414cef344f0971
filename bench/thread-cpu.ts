/**
 * The ingest threads' CPU per article inside the compiled server (issue 4, ingest): starts
 * dist/src/server.js as bench/run.ts does (same flags and environment) on a copy of a database,
 * waits until the server logs that its ingest threads are warm, posts `--batches` batches of the
 * ingest bench's texts (bench/ingest-articles.ts) and prints, per batch, every thread's CPU
 * (/proc/<pid>/task/<tid>/schedstat) per article, the extraction and writer threads named (in the
 * first batch, the writer is the thread that made the most write system calls, the extraction threads
 * the others that worked most: `extraction` their sum, `extraction1`, `extraction2` each), the batch's
 * wall time and the machine's load, and each named thread's share of that wall time running and
 * waiting runnable for a CPU (schedstat's second field), and the server's RSS before the batch and its
 * peak during it (sampled every 50 ms). It waits as bench/run.ts does: until GET /ready says
 * `extraction: 'warm'`. --env NAME=VALUE (repeatable) and --flags '...' go to the server.
 *
 *   npm run build && npx tsx bench/thread-cpu.ts --db /tmp/t-200k.db [--batches 2] [--size 1000] [--no-wait]
 *
 * --no-wait posts the first batch as soon as /health answers (as bench/run.ts did before it waited).
 *
 * --phases also samples every thread's schedstat every --sample-ms (10) while each batch runs and
 * prints where the batch's wall time went between the writer and the extraction thread
 * (bench/batch-phases.ts: both working, one alone, neither; the start before extraction works and
 * the writer's tail after it). The sampling costs this process ~1% of a core at 10 ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/db/paths.js';
import { batchPhases, type BatchPhases, type PhaseSample } from './batch-phases.js';
import { ingestArticles } from './ingest-articles.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/t-200k.db' },
    batches: { type: 'string', default: '2' },
    size: { type: 'string', default: '1000' },
    port: { type: 'string', default: String(4100 + (process.pid % 800)) },
    'no-wait': { type: 'boolean', default: false },
    env: { type: 'string', multiple: true, default: [] },
    flags: { type: 'string', default: '' },
    phases: { type: 'boolean', default: false },
    'sample-ms': { type: 'string', default: '10' },
  },
});
const ROOT = projectRoot();
const TOKEN = 'bench-token';
const size = Number(values.size);

/**
 * CPU milliseconds of each thread of process `pid`, milliseconds it waited runnable for a CPU (the
 * machine's load), and its write system calls so far (the writer thread is the one that makes them), by thread id.
 */
function tasks(pid: number): Map<number, { cpu: number; waited: number; writes: number }> {
  const result = new Map<number, { cpu: number; waited: number; writes: number }>();
  for (const [tid, times] of schedstats(pid)) {
    try {
      const writes = Number(/^syscw: (\d+)$/m.exec(readFileSync(`/proc/${pid}/task/${tid}/io`, 'utf8'))?.[1] ?? 0);
      result.set(tid, { ...times, writes });
    } catch {
      // the thread ended
    }
  }
  return result;
}

/** Each thread's CPU and runnable wait so far, in ms (schedstat alone: light enough to sample every few ms). */
function schedstats(pid: number): Map<number, { cpu: number; waited: number }> {
  const result = new Map<number, { cpu: number; waited: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const [cpu, waited] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map((field) => Number(field) / 1e6);
      result.set(Number(tid), { cpu, waited });
    } catch {
      // the thread ended
    }
  }
  return result;
}

/** The process's resident set, in MB (/proc/<pid>/status VmRSS). */
function rssMb(pid: number): number {
  return Math.round(Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
}

function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const match = /^node((?: --[\w-]+(?:=\S+)?)*) dist\/src\/server\.js$/.exec(start);
  if (!match) throw new Error(`package.json "start" is not "node [flags] dist/src/server.js": ${start}`);
  return match[1].trim().split(' ').filter(Boolean);
}

const copy = `/tmp/thread-cpu-${process.pid}.db`;
copyFileSync(values.db!, copy);
const port = Number(values.port);
const extraEnv = Object.fromEntries(values.env!.map((pair) => pair.split('=') as [string, string]));
const child: ChildProcess = spawn(process.execPath, [...startFlags(), ...values.flags!.split(' ').filter(Boolean), join(ROOT, 'dist/src/server.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: copy,
    SEED: 'false',
    RATE_LIMIT_MAX: '0',
    RATE_LIMIT_READS: '0',
    RATE_LIMIT_WRITES: '0',
    LOG_LEVEL: 'info',
    API_TOKEN: TOKEN,
    ...extraEnv,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let logTail = '';
child.stdout!.on('data', (chunk: Buffer) => {
  logTail = (logTail + chunk.toString()).slice(-4000);
});
const base = `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${logTail}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not yet
    }
    await sleep(50);
  }
  const startedAt = performance.now();
  if (!values['no-wait']) {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited: ${logTail}`);
      const { extraction } = (await (await fetch(`${base}/ready`)).json()) as { extraction?: string };
      if (extraction === 'warm') break;
      await sleep(200);
    }
  }
  const warmSeconds = (performance.now() - startedAt) / 1000;
  let before = tasks(child.pid!);
  const roles = new Map<number, string>();
  const out: unknown[] = [];
  for (let b = 0; b < Number(values.batches); b++) {
    const articles = ingestArticles(size, `thread-cpu-${process.pid}-${b}`);
    const load = loadavg()[0];
    const rssBefore = rssMb(child.pid!);
    let peakRss = rssBefore;
    const sampling = setInterval(() => (peakRss = Math.max(peakRss, rssMb(child.pid!))), 50);
    const started = performance.now();
    const samples: PhaseSample[] = [];
    const sample = () => samples.push({ at: performance.now() - started, threads: schedstats(child.pid!) });
    if (values.phases) sample();
    const phaseSampling = values.phases ? setInterval(sample, Number(values['sample-ms'])) : undefined;
    const response = await fetch(`${base}/v1/articles/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ articles }),
    });
    const body = (await response.json()) as { summary: { created: number; failed: number } };
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampling);
    clearInterval(phaseSampling);
    if (values.phases) sample();
    const after = tasks(child.pid!);
    if (roles.size === 0) {
      // The writer: the thread that made the most write system calls in the batch. The extraction
      // threads: the others that worked at least a third as much as the busiest of them (V8's
      // helper threads work far less), busiest first.
      const grew = (tid: number) => after.get(tid)!.cpu - (before.get(tid)?.cpu ?? 0);
      const wrote = (tid: number) => after.get(tid)!.writes - (before.get(tid)?.writes ?? 0);
      const others = [...after.keys()].filter((tid) => tid !== child.pid);
      const writer = others.reduce((x, y) => (wrote(y) > wrote(x) ? y : x));
      roles.set(writer, 'writer');
      const busiest = others.filter((tid) => tid !== writer).sort((x, y) => grew(y) - grew(x));
      const extraction = busiest.filter((tid) => grew(tid) >= grew(busiest[0]) / 3);
      extraction.forEach((tid, index) => roles.set(tid, extraction.length === 1 ? 'extraction' : `extraction${index + 1}`));
    }
    const perThread: Record<string, number> = {};
    /**
     * The share of the batch's wall time each named thread ran, and waited runnable for a CPU: a
     * thread that ran (or waited to run) the whole batch bounds its rate; one with time left over
     * waited for the other (the extraction thread busy throughout: the writer's CPU does not set
     * the rate on an idle machine).
     */
    const busy: Record<string, { ran: number; waitedForCpu: number }> = {};
    let other = 0;
    let total = 0;
    for (const [tid, task] of after) {
      const delta = task.cpu - (before.get(tid)?.cpu ?? 0);
      total += delta;
      const role = roles.get(tid) ?? (tid === child.pid ? 'main' : undefined);
      if (role) {
        perThread[role] = +(delta / size).toFixed(3);
        const waited = task.waited - (before.get(tid)?.waited ?? 0);
        busy[role] = { ran: +(delta / (seconds * 1000)).toFixed(2), waitedForCpu: +(waited / (seconds * 1000)).toFixed(2) };
      }
      else other += delta;
    }
    const extractionRoles = Object.keys(perThread).filter((role) => /^extraction\d/.test(role));
    if (extractionRoles.length > 0) perThread.extraction = +extractionRoles.reduce((sum, role) => sum + perThread[role], 0).toFixed(3);
    perThread.other = +(other / size).toFixed(3);
    const writerTid = [...roles].find(([, role]) => role === 'writer')?.[0];
    const extractionTids = [...roles].filter(([, role]) => role.startsWith('extraction')).map(([tid]) => tid);
    const phases: BatchPhases | undefined = values.phases && writerTid !== undefined ? batchPhases(samples, writerTid, extractionTids) : undefined;
    perThread.total = +(total / size).toFixed(3);
    out.push({ batch: b + 1, created: body.summary?.created, failed: body.summary?.failed, seconds: +seconds.toFixed(2), articlesPerSecond: Math.round(size / seconds), cpuMsPerArticle: perThread, shareOfWallTime: busy, ...(phases ? { phasesMs: phases } : {}), rssMb: { before: rssBefore, peak: peakRss }, load: [+load.toFixed(1), +loadavg()[0].toFixed(1)] });
    before = after;
  }
  console.log(JSON.stringify({ waitedForWarm: !values['no-wait'], warmSeconds: +warmSeconds.toFixed(2), batches: out }));
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
}
