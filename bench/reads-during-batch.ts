/**
 * What competes with reads while a batch is written (issue 4: "reads keep their p99 while a
 * 1,000-article batch is written"): a driver of bench/run.ts's ingest phase. Starts the compiled
 * server as the bench does, with bench/server-probe.mjs loaded into its main thread, on a copy of a
 * database in /tmp; once its extraction thread is warm posts a first and a next batch (as the bench
 * does), reads every window once, then for each round: random 7-day windows (no cache) for
 * `--quiet` seconds, then the same reads in 1 s slices while a 1,000-article batch is written. For
 * each stretch: the reads' rate, p50 and p99 (and p99 over the batch's first second and the rest),
 * the main thread's CPU per read, every other thread's CPU by name (/proc/<pid>/task), the event
 * loop's delay histogram, GC pauses and event-loop utilisation (the probe), and the stretches of
 * 100 ms with the longest event-loop delay.
 *
 *   npm run build && npx tsx bench/reads-during-batch.ts --db bench/data/events-1000000.db [--rounds 3] [--quiet 4]
 *     [--alternate-nice 19] [--alternate-policy idle] [--alternate-reads] [--perf-dir /tmp/rdb]
 *
 * The copy (~3 GB for 1M events) is deleted at the end.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, setPriority } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/db/paths.js';
import { percentile } from './alternation.js';
import { run as autocannon } from './autocannon-bodies.js';
import { ingestArticles } from './ingest-articles.js';
import { BENCH_TOKEN, benchServerEnv, startFlags } from './server-process.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench/data/events-1000000.db' },
    rounds: { type: 'string', default: '3' },
    quiet: { type: 'string', default: '4' },
    size: { type: 'string', default: '1000' },
    port: { type: 'string', default: String(4900 + (process.pid % 90)) },
    env: { type: 'string', multiple: true, default: [] },
    /** Every other round, the ingest threads (niced: worker.ts INGEST_NICE) reniced to this value for the round: an A/B of their priority. */
    'alternate-nice': { type: 'string' },
    /**
     * Every other round, the ingest threads under this scheduling policy for the round (`idle`:
     * SCHED_IDLE, set with util-linux's chrt; the other rounds SCHED_OTHER at their own nice value):
     * an A/B of the policy. A waking thread of normal policy preempts a SCHED_IDLE one at once,
     * where against a niced SCHED_OTHER one the scheduler may let it finish its slice first.
     */
    'alternate-policy': { type: 'string' },
    /**
     * Rounds with no reads at all (neither quiet nor during the batch: the driver sleeps the quiet
     * stretch and waits for the batch), in the order with, without, without, with ...: what the
     * batch alone does to the main thread (its GCs, its CPU) against the same batch with reads.
     */
    'alternate-reads': { type: 'boolean', default: false },
    /**
     * A directory for `perf sched` traces (sched_switch, sched_waking, system-wide) of each stretch
     * (the quiet reads' middle, 6 s of the batch from its second second) and the thread ids they
     * need (bench/sched-waits.py tells what ran while the server's main thread waited for a CPU).
     */
    'perf-dir': { type: 'string' },
  },
});
const ROOT = projectRoot();
const TOKEN = BENCH_TOKEN;
const SIZE = Number(values.size);
const FIRST_DAY = Date.UTC(2016, 0, 1);
const WINDOW_STARTS = 3653 - 7;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const windowPath = (start: number) => `/v1/events?from=${day(FIRST_DAY + start * 86_400_000)}&to=${day(FIRST_DAY + (start + 6) * 86_400_000)}&limit=50`;
const randomWindow = () => windowPath(Math.floor(Math.random() * WINDOW_STARTS));
const NO_CACHE = { 'cache-control': 'no-cache' };

/** What threads() reads of a thread: /proc's schedstat, stat (nice), io (read calls) and status (context switches). */
interface ThreadFigures {
  name: string;
  nice: number;
  cpuMs: number;
  waitedMs: number;
  /** read-like system calls (sockets and SQLite's preads alike) and the bytes they returned */
  readCalls: number;
  readBytes: number;
  /** context switches: the thread gave up the CPU (waiting for work) / was taken off it (preempted) */
  voluntary: number;
  involuntary: number;
}

/** Each thread of `pid` so far (see ThreadFigures), by thread id. */
function threads(pid: number): Map<number, ThreadFigures> {
  const result = new Map<number, ThreadFigures>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const task = `/proc/${pid}/task/${tid}`;
      const [cpu, waited] = readFileSync(`${task}/schedstat`, 'utf8').split(' ').map(Number);
      const stat = readFileSync(`${task}/stat`, 'utf8');
      // Fields after the name: state is the 3rd field, nice the 19th.
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(text)?.[1] ?? NaN);
      const io = readFileSync(`${task}/io`, 'utf8');
      const status = readFileSync(`${task}/status`, 'utf8');
      result.set(Number(tid), {
        name: readFileSync(`${task}/comm`, 'utf8').trim(),
        nice,
        cpuMs: cpu / 1e6,
        waitedMs: waited / 1e6,
        readCalls: field(io, 'syscr'),
        readBytes: field(io, 'rchar'),
        voluntary: field(status, 'voluntary_ctxt_switches'),
        involuntary: field(status, 'nonvoluntary_ctxt_switches'),
      });
    } catch {
      // the thread ended
    }
  }
  return result;
}

/**
 * CPU and wait milliseconds from `before` to `after`: the main thread apart, the others summed by
 * name and nice value (the ingest threads run niced, worker.ts lowerThisThreadsPriority).
 */
function threadDeltas(pid: number, before: ReturnType<typeof threads>, after: ReturnType<typeof threads>) {
  const byName: Record<string, { cpuMs: number; waitedMs: number }> = {};
  let main = { cpuMs: 0, waitedMs: 0, readCalls: 0, readBytes: 0, voluntary: 0, involuntary: 0 };
  for (const [tid, { name, nice, cpuMs, waitedMs }] of after) {
    const delta = { cpuMs: cpuMs - (before.get(tid)?.cpuMs ?? 0), waitedMs: waitedMs - (before.get(tid)?.waitedMs ?? 0) };
    if (tid === pid) {
      const was = before.get(tid);
      const now = after.get(tid)!;
      main = {
        ...delta,
        readCalls: now.readCalls - (was?.readCalls ?? 0),
        readBytes: now.readBytes - (was?.readBytes ?? 0),
        voluntary: now.voluntary - (was?.voluntary ?? 0),
        involuntary: now.involuntary - (was?.involuntary ?? 0),
      };
    } else {
      const group = (byName[`${name} nice ${nice}`] ??= { cpuMs: 0, waitedMs: 0 });
      group.cpuMs += delta.cpuMs;
      group.waitedMs += delta.waitedMs;
    }
  }
  return {
    main,
    others: Object.fromEntries(
      Object.entries(byName)
        .filter(([, t]) => t.cpuMs >= 1)
        .map(([name, t]) => [name, { cpuMs: Math.round(t.cpuMs), waitedMs: Math.round(t.waitedMs) }]),
    ),
  };
}

/** Reads (responses) of a stretch: when each ended (performance.now()) and how long it took (ms). */
interface Reads {
  ended: number[];
  latencies: number[];
  errors: number;
}

async function readSlice(base: string, seconds: number, reads: Reads): Promise<void> {
  const instance = autocannon({
    url: base,
    connections: 32,
    duration: seconds,
    headers: NO_CACHE,
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: randomWindow() }) }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    reads.ended.push(performance.now());
    reads.latencies.push(responseTime);
    if (status !== 200) reads.errors++;
  });
  await instance;
  await fetch(`${base}/health`);
}

async function postBatch(base: string, tag: string): Promise<{ created: number; failed: number; startedAt: number; seconds: number }> {
  const body = JSON.stringify({ articles: ingestArticles(SIZE, tag) });
  const startedAt = performance.now();
  const response = await fetch(`${base}/v1/articles/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });
  if (!response.ok) throw new Error(`batch answered ${response.status}: ${await response.text()}`);
  const { summary } = (await response.json()) as { summary: { created: number; failed: number } };
  return { ...summary, startedAt, seconds: (performance.now() - startedAt) / 1000 };
}

/** Traces the scheduler for `seconds` after `afterMs` into `--perf-dir`/`name`.data, with the thread ids it needs beside it. */
function traceScheduler(name: string, afterMs: number, seconds: number): Promise<void> {
  const directory = values['perf-dir'];
  if (!directory) return Promise.resolve();
  mkdirSync(directory, { recursive: true });
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      const server = threads(pid);
      writeFileSync(
        join(directory, `${name}.json`),
        JSON.stringify({
          main: pid,
          serverThreads: [...server].map(([tid, t]) => ({ tid, nice: t.nice })),
          clientThreads: readdirSync('/proc/self/task').map(Number),
        }),
      );
      const perf = spawn('perf', ['record', '-q', '-e', 'sched:sched_switch', '-e', 'sched:sched_waking', '-a', '-o', join(directory, `${name}.data`), '--', 'sleep', String(seconds)], { stdio: 'ignore' });
      perf.once('error', reject);
      perf.once('exit', () => resolve());
    }, afterMs);
  });
}

const copy = `/tmp/reads-during-batch-${process.pid}.db`;
copyFileSync(values.db!, copy);
const port = Number(values.port);
const child: ChildProcess = spawn(process.execPath, [...startFlags(), '--import', join(ROOT, 'bench/server-probe.mjs'), join(ROOT, 'dist/src/server.js')], {
  env: benchServerEnv(copy, port, Object.fromEntries(values.env!.map((pair) => pair.split('=') as [string, string]))),
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const pid = child.pid!;
const base = `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The probe's figures for the stretch since the last ask. */
function probe(): Promise<{ delay: Record<string, number>; gc: Record<string, unknown>; heap: Record<string, number>; utilisation: number; timeline: Array<[number, number]> }> {
  return new Promise((resolve) => {
    child.once('message', resolve as (message: unknown) => void);
    child.send('probe');
  });
}

/** A stretch's reads and what the server did meanwhile. */
function stretch(reads: Reads, seconds: number, cpu: ReturnType<typeof threadDeltas>, probed: Awaited<ReturnType<typeof probe>>, batchStartedAt?: number) {
  if (reads.latencies.length === 0) {
    // A round without reads: what the main thread did by itself.
    return { reads: 0, seconds: +seconds.toFixed(2), mainCpuMs: Math.round(cpu.main.cpuMs), otherThreadsCpuMs: cpu.others, gc: probed.gc, heap: probed.heap, eventLoopUtilisation: probed.utilisation };
  }
  const sorted = [...reads.latencies].sort((a, b) => a - b);
  const figures: Record<string, unknown> = {
    reads: reads.latencies.length,
    rps: Math.round(reads.latencies.length / seconds),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: reads.errors,
    mainCpuUsPerRead: Math.round((cpu.main.cpuMs * 1000) / reads.latencies.length),
    /** The main thread's time runnable but not running (another thread had the CPU), per read. */
    mainWaitedUsPerRead: Math.round((cpu.main.waitedMs * 1000) / reads.latencies.length),
    mainShareWaited: Math.round((cpu.main.waitedMs / (seconds * 1000)) * 1000) / 1000,
    /**
     * The main thread's read calls and bytes per read (the requests' sockets and the read
     * connection's preads: SQLite reads pages again after another connection's commit), and its
     * context switches per read, given up (voluntary) and taken (preempted).
     */
    mainReadCallsPerRead: +(cpu.main.readCalls / reads.latencies.length).toFixed(2),
    mainReadKbPerRead: +(cpu.main.readBytes / 1024 / reads.latencies.length).toFixed(2),
    mainSwitchesPerRead: { voluntary: +(cpu.main.voluntary / reads.latencies.length).toFixed(3), involuntary: +(cpu.main.involuntary / reads.latencies.length).toFixed(3) },
    otherThreadsCpuMs: cpu.others,
    eventLoopDelayMs: probed.delay,
    gc: probed.gc,
    heap: probed.heap,
    eventLoopUtilisation: probed.utilisation,
    longestDelays: [...probed.timeline].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([, ms]) => ms),
  };
  if (batchStartedAt !== undefined) {
    // Reads that ended in the batch's first second against the rest.
    const first: number[] = [];
    const rest: number[] = [];
    reads.ended.forEach((ended, index) => (ended - batchStartedAt < 1000 ? first : rest).push(reads.latencies[index]));
    first.sort((a, b) => a - b);
    rest.sort((a, b) => a - b);
    figures.firstSecond = { reads: first.length, p50: percentile(first, 50), p99: percentile(first, 99) };
    figures.afterFirstSecond = { reads: rest.length, p50: percentile(rest, 50), p99: percentile(rest, 99) };
  }
  return figures;
}

try {
  for (;;) {
    if (child.exitCode !== null) throw new Error('server exited');
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  for (;;) {
    const { extraction } = (await (await fetch(`${base}/ready`)).json()) as { extraction?: string };
    if (extraction === 'warm') break;
    await sleep(200);
  }
  const first = await postBatch(base, `rdb-first-${Date.now()}`);
  const next = await postBatch(base, `rdb-next-${Date.now()}`);
  console.error(`first batch ${first.seconds.toFixed(1)} s, next ${next.seconds.toFixed(1)} s; reading every window once`);
  const firstPass: Reads = { ended: [], latencies: [], errors: 0 };
  const every = Array.from({ length: WINDOW_STARTS }, (_, index) => windowPath(index));
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon({ url: base, connections: 32, amount: WINDOW_STARTS, headers: NO_CACHE, requests: [{ method: 'GET', setupRequest: (r: Record<string, unknown>) => ({ ...r, path: every.pop() ?? randomWindow() }) }] });
    instance.then(() => resolve(), reject);
  });
  const rounds: unknown[] = [];
  // The ingest threads are the niced ones (worker.ts INGEST_NICE), at their own nice value unless an A/B round sets another.
  const niced = [...threads(pid)].filter(([tid, t]) => tid !== pid && t.nice > 0);
  const ingestThreads = niced.map(([tid]) => tid);
  const ownNice = niced[0]?.[1].nice ?? 10;
  for (let round = 0; round < Number(values.rounds); round++) {
    const load = loadavg()[0];
    const nice = values['alternate-nice'] !== undefined && round % 2 === 1 ? Number(values['alternate-nice']) : ownNice;
    const policy = values['alternate-policy'] !== undefined && round % 2 === 1 ? values['alternate-policy'] : 'other';
    for (const tid of ingestThreads) {
      try {
        if (values['alternate-policy'] !== undefined) execFileSync('chrt', [`--${policy}`, '-p', '0', String(tid)], { stdio: 'ignore' });
        setPriority(tid, nice);
      } catch {
        // the thread ended
      }
    }
    const reading = !values['alternate-reads'] || round % 4 === 0 || round % 4 === 3;
    await probe();
    let before = threads(pid);
    let started = performance.now();
    const quietReads: Reads = { ended: [], latencies: [], errors: 0 };
    const quietTrace = traceScheduler(`round-${round}-quiet`, 500, Number(values.quiet) - 1);
    if (reading) await readSlice(base, Number(values.quiet), quietReads);
    else await sleep(Number(values.quiet) * 1000);
    await quietTrace;
    const quiet = stretch(quietReads, (performance.now() - started) / 1000, threadDeltas(pid, before, threads(pid)), await probe());

    before = threads(pid);
    started = performance.now();
    const duringReads: Reads = { ended: [], latencies: [], errors: 0 };
    const writing = postBatch(base, `rdb-during-${round}-${Date.now()}`);
    const duringTrace = traceScheduler(`round-${round}-during`, 1000, 6);
    let done = false;
    void writing.finally(() => (done = true));
    while (!done && reading) await readSlice(base, 1, duringReads);
    const batch = await writing;
    await duringTrace;
    const during = stretch(duringReads, (performance.now() - started) / 1000, threadDeltas(pid, before, threads(pid)), await probe(), batch.startedAt);
    rounds.push({ round, reading, ingestNice: nice, ingestPolicy: policy, ingestThreads: ingestThreads.length, load: [+load.toFixed(1), +loadavg()[0].toFixed(1)], batch: { seconds: +batch.seconds.toFixed(2), created: batch.created, failed: batch.failed }, quiet, during });
    console.log(JSON.stringify(rounds[rounds.length - 1]));
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
}
