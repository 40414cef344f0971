/**
 * The performance benchmark (not a test): builds or reuses databases of 10,000 and 1,000,000
 * events (bench/data.ts), starts the built server on each as a separate process and drives it with
 * autocannon from this one. Prints a table and one JSON line; writes the JSON (with the machine) to
 * bench/results/latest.json.
 *
 *   npm run bench                               # sizes 10000,1000000
 *   npm run bench -- --sizes 10000 --slice 1    # quicker: one size, 1-second slices
 *   npm run bench -- --client-decodes-bodies    # autocannon decoding every body, as it does unchanged
 *   npm run bench -- --windows-only             # the /health and window loads alone, both clients (see windowsOnly)
 *   npm run bench -- --sizes 1000000 --pages-only   # page 1 / page 2 / deep page alone (see pagesOnly)
 *   npm run bench -- --sizes 1000000 --ingest-only  # the ingest phase alone: two batches against chrono, reads during a third
 *
 * Ratios are measured within one run: /health and /v1/events windows alternate in short slices,
 * so a change in the machine's speed (it is shared) affects both sides alike. The sizes' servers
 * are up at once and their /health and window slices alternate too (alternateAcross), so the
 * windows' p50 of one size over another's is measured the same way.
 *
 * autocannon runs in this process, on the same cores as the server: by default it only counts the
 * response bodies' bytes instead of decoding each into a string nobody reads, and reads into one
 * buffer instead of a new one per read (autocannon-bodies.ts); the JSON's `client` says which ran.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { migrate } from '../src/db/migrate.js';
import { projectRoot } from '../src/db/paths.js';
import { openDatabase } from '../src/db/sqlite.js';
import { autocannonOwnClient, clientDescription, run as autocannon } from './autocannon-bodies.js';
import { alternateSlices, describeRatio, type Load, pairedRatios, type PairedRatios, Recorder, type SliceFigures } from './alternation.js';
import { buildBenchDatabase } from './data.js';
import { BENCH_TOKEN, benchServerEnv, startFlags } from './server-process.js';
import { ingestArticles } from './ingest-articles.js';

const ROOT = projectRoot();
const TOKEN = BENCH_TOKEN;
const CONNECTIONS = 32;
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = 3653;
const DAY_MS = 86_400_000;
const BATCH_SIZE = 1000;

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const SIZES = argument('sizes', '10000,1000000').split(',').map(Number);
/** Seconds per autocannon slice; rounds of alternating slices per comparison. */
const SLICE = Number(argument('slice', '2'));
const ROUNDS = Number(argument('rounds', '4'));
/**
 * autocannon's own client (every response body decoded into a string, a new buffer per socket
 * read) instead of the bench's (body bytes counted, one read buffer reused): autocannon-bodies.ts.
 */
const CLIENT_DECODES_BODIES = process.argv.includes('--client-decodes-bodies');
autocannonOwnClient(CLIENT_DECODES_BODIES);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The 7-day windows inside the ten years the bench data covers, by their first day's number. */
const WINDOW_STARTS = DAYS - 7;

function windowPath(startDay: number): string {
  const start = FIRST_DAY + startDay * DAY_MS;
  return `/v1/events?from=${day(start)}&to=${day(start + 6 * DAY_MS)}&limit=50`;
}

/** A random 7-day window inside the ten years the bench data covers. */
function randomWindowPath(): string {
  return windowPath(Math.floor(Math.random() * WINDOW_STARTS));
}

/** Every window randomWindowPath draws from, once each, in random order. */
function everyWindowOnce(): () => string {
  const starts = Array.from({ length: WINDOW_STARTS }, (_, index) => index);
  for (let index = starts.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [starts[index], starts[other]] = [starts[other], starts[index]];
  }
  let next = 0;
  return () => windowPath(starts[next++ % starts.length]);
}

/** CPU time used so far by process `pid`, in microseconds (/proc/<pid>/stat counts 100 Hz ticks). */
function cpuMicroseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** One autocannon slice: what it measured, also added to `recorder` when one is given. */
async function slice(
  base: string,
  recorder: Recorder | undefined,
  path: () => string,
  options: { seconds?: number; requests?: number; headers?: Record<string, string>; connections?: number; serverPid?: number } = {},
): Promise<SliceFigures> {
  const cpuBefore = options.serverPid ? cpuMicroseconds(options.serverPid) : 0;
  const clientBefore = process.cpuUsage();
  const instance = autocannon({
    url: base,
    connections: options.connections ?? CONNECTIONS,
    duration: options.seconds ?? SLICE,
    // A number of requests, when given, ends the slice instead of its duration.
    amount: options.requests,
    headers: options.headers,
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: path() }) }],
  });
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let errors = 0;
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (status !== 200) {
      errors++;
      failures[status] = (failures[status] ?? 0) + 1;
    }
  });
  const result = await instance;
  const client = process.cpuUsage(clientBefore);
  // Requests still queued in the server when the slice ends would slow the next slice: wait them out.
  await fetch(`${base}/health`);
  const figures: SliceFigures = {
    requests: result.requests.total,
    seconds: result.duration,
    latencies,
    errors: errors + result.errors + result.timeouts,
    ...(Object.keys(failures).length > 0 ? { failures } : {}),
    ...(options.serverPid ? { serverCpuUs: cpuMicroseconds(options.serverPid) - cpuBefore } : {}),
    clientCpuUs: client.user + client.system,
  };
  recorder?.add(figures);
  return figures;
}

interface AlternatedLoad {
  path: () => string;
  headers?: Record<string, string>;
  /** The server the load is sent to, when not alternate()'s own (see alternateAcross). */
  server?: { base: string; pid: number };
  /** autocannon's own client (true) or the bench's (false) for this load's slices, when not the run's (windowsOnly). */
  ownClient?: boolean;
}

/**
 * Alternates slices of each load `rounds` times (`seconds` each), so all see the same machine;
 * `mirrored` reverses the order every other round (roundOrder). The recorders keep each slice.
 */
async function alternateRecorded(
  base: string,
  serverPid: number,
  loads: Record<string, AlternatedLoad>,
  options: { rounds?: number; seconds?: number; mirrored?: boolean } = {},
): Promise<Record<string, Recorder>> {
  return alternateSlices(
    Object.keys(loads),
    options.rounds ?? ROUNDS,
    (name) => {
      const load = loads[name];
      const server = load.server ?? { base, pid: serverPid };
      autocannonOwnClient(load.ownClient ?? CLIENT_DECODES_BODIES);
      return slice(server.base, undefined, load.path, { headers: load.headers, serverPid: server.pid, seconds: options.seconds });
    },
    { mirrored: options.mirrored },
  );
}

/** alternateRecorded's loads summed, one Load per name. */
async function alternate(base: string, serverPid: number, loads: Record<string, AlternatedLoad>) {
  const recorders = await alternateRecorded(base, serverPid, loads);
  return Object.fromEntries(Object.entries(recorders).map(([name, recorder]) => [name, recorder.summary()]));
}

/**
 * The same loads on several servers (one per database size, all up at once), alternated in one
 * run: each round sends every load to each server in turn (a load's slices on the servers back to
 * back), so that a comparison across sizes sees the same machine as one within a size does. Before
 * this the sizes were measured minutes apart, one server after the other, and the 10k windows' p50
 * moved 0.82-1.09 ms from run to run while the 1M side stayed at 1.29-1.32 ms.
 */
async function alternateAcross(servers: ReadonlyArray<{ base: string; pid: number }>, loads: Record<string, AlternatedLoad>) {
  const across: Record<string, AlternatedLoad> = {};
  for (const [name, load] of Object.entries(loads)) {
    servers.forEach((server, index) => (across[`${index} ${name}`] = { ...load, server }));
  }
  const summaries = await alternate('', 0, across);
  return servers.map((_, index) => Object.fromEntries(Object.keys(loads).map((name) => [name, summaries[`${index} ${name}`]])));
}

/** Peak resident memory of a process from when it is made until stop(), sampled from /proc/<pid>/status every 100 ms (MB). */
class PeakRss {
  private peak = 0;
  private gone: unknown;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => {
      try {
        this.sample();
      } catch (error) {
        this.gone = error;
        clearInterval(this.timer);
      }
    }, 100);
  }

  private sample(): void {
    if (!existsSync(`/proc/${this.pid}/status`)) throw new Error(`the server (pid ${this.pid}) is gone`);
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    if (match) this.peak = Math.max(this.peak, Number(match[1]) / 1024);
  }

  private stopped?: number;

  /** Stops sampling (again: the same answer); the peak in MB (throws if the server went away meanwhile). */
  stop(): number {
    if (this.stopped !== undefined) return this.stopped;
    clearInterval(this.timer);
    if (this.gone) throw this.gone;
    this.sample();
    this.stopped = Math.round(this.peak);
    return this.stopped;
  }

  /** Stops sampling without an answer (a run that failed). */
  cancel(): void {
    clearInterval(this.timer);
  }
}

/** Peak resident memory of `pid` while `work` runs, from /proc/<pid>/status (MB). */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const rss = new PeakRss(pid);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    rss.cancel();
    throw error;
  }
  return { result, peakMb: rss.stop() };
}

/**
 * A read every 250 ms to a server that is up but not being measured (the other size's slices, its
 * own turn not come yet): a server that serves no read for a second warms its ingest threads
 * (server.ts whenQuiet), on both cores and with ~140 MB, which would land in the other server's
 * slices and in its own peak RSS. Measured alone, one server after the other, no server was ever
 * idle that long. A cached page of one event: ~4 requests a second at ~30 us each.
 */
function keepReading(base: string): () => void {
  const timer = setInterval(() => void fetch(`${base}/v1/events?limit=1`).then((response) => response.arrayBuffer(), () => undefined), 250);
  return () => clearInterval(timer);
}

async function startServer(database: string, port: number): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [...startFlags(), join(ROOT, 'dist/src/server.js')], {
    env: benchServerEnv(database, port),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping.has(child)) console.error(`server on ${database} exited: code ${code}, signal ${signal}`);
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start within 60 s');
}

const stopping = new Set<ChildProcess>();

async function stopServer(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function databaseFor(size: number): { path: string; built?: { seconds: number; cpuSeconds: number } } {
  const dir = join(ROOT, 'bench/data');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `events-${size}.db`);
  if (existsSync(path)) {
    // A database built before the newest migrations is brought up to date here, not by the
    // server's start, which the bench waits for only 60 s (migration 012 rebuilds the event
    // search index: about a minute on 1M events under load).
    const db = openDatabase(path);
    try {
      const applied = migrate(db);
      if (applied.length > 0) console.error(`${path}: migrations ${applied.join(', ')} applied`);
    } finally {
      db.close();
    }
    return { path };
  }
  console.error(`building ${path} ...`);
  const summary = buildBenchDatabase(size, path);
  console.error(JSON.stringify(summary));
  return { path, built: { seconds: Math.round(summary.seconds * 10) / 10, cpuSeconds: Math.round(summary.cpuSeconds * 10) / 10 } };
}

/** Articles per second of chrono-node alone over the same bodies (this process, one thread). */
function chronoAlone(articles: Array<{ body: string; publishedAt?: string }>): number {
  const started = performance.now();
  let found = 0;
  for (const article of articles) {
    found += chrono.parse(article.body, article.publishedAt ? new Date(article.publishedAt) : new Date()).length;
  }
  if (found === 0) throw new Error('chrono found no dates: wrong texts?');
  return articles.length / ((performance.now() - started) / 1000);
}

async function postBatch(base: string, articles: unknown[]): Promise<{ seconds: number; created: number; failed: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/v1/articles/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles }),
  });
  if (!response.ok) throw new Error(`batch answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { summary: { created: number; failed: number } };
  return { seconds: (performance.now() - started) / 1000, created: body.summary.created, failed: body.summary.failed };
}

/**
 * Follows nextCursor from `first` (a URL with limit=50) to its page `pages`, or to its last page
 * when it has fewer and `orLast`; returns that page's URL and number.
 */
async function cursorAt(base: string, pages: number, first = '/v1/events?limit=50', orLast = false): Promise<{ path: string; page: number }> {
  let path = first;
  for (let page = 1; page < pages; page++) {
    const body = (await (await fetch(`${base}${path}`)).json()) as { nextCursor: string | null };
    if (!body.nextCursor) {
      if (orLast) return { path, page };
      throw new Error(`${first} has fewer than ${pages} pages`);
    }
    path = `${first}&cursor=${encodeURIComponent(body.nextCursor)}`;
  }
  return { path, page: pages };
}

/** A year of the bench timeline as one window (its middle year): pages by cursor through a window. */
const YEAR_WINDOW = '/v1/events?from=2020-01-01&to=2020-12-31&limit=50';

interface SizeResult {
  events: number;
  database: { built?: { seconds: number; cpuSeconds: number } };
  /** The pass over every window that fills the page cache (see benchSize), cached variant. */
  firstPass: Load;
  mixed: {
    health: Load;
    window: Load;
    windowUncached: Load;
    ratio: number;
    ratioUncached: number;
    cpuRatio: number;
    cpuRatioUncached: number;
  };
  /**
   * Page 1, page 2 and the deepest page by cursor of the whole timeline (page 2 carries a cursor
   * as the deep page does: depth alone is deep ÷ page 2), and page 1 and the deepest page of a
   * year window (a window's own bounds must not make the cursor walk its earlier pages).
   */
  deepPages: {
    deepPage: number;
    /** Seconds per slice and rounds of the page 1 / page 2 / deep page alternation. */
    slice: number;
    rounds: number;
    page1: Load;
    page2: Load;
    deep: Load;
    /** Each comparison from the slices of the same round (pairedRatios): 1 is as fast, less is slower. */
    paired: { deepOverPage1: PairedRatios; deepOverPage2: PairedRatios; page2OverPage1: PairedRatios };
    window: { path: string; deepPage: number; page1: Load; deep: Load };
  };
  filters: Record<string, Load>;
  /** Peak RSS during the window, deep-page phases; during the filter phase. */
  peakRssMb: number;
  filtersPeakRssMb: number;
}

/** Requests that skip the server's page cache: the database path, not the cache, is measured. */
const NO_CACHE = { 'cache-control': 'no-cache' };

/** The loads that filter the timeline, one after another (benchSize). */
const FILTER_PATHS: Record<string, () => string> = {
  type: () => '/v1/events?type=sanctions&limit=50',
  actor: () => '/v1/events?actor=putin&limit=50',
  place: () => '/v1/events?place=kharkiv&limit=50',
  q: () => '/v1/events?q=ceasefire&limit=50',
  'type+window': () => `${randomWindowPath()}&type=drone_strike`,
  'actor+window': () => `${randomWindowPath()}&actor=zelensk`,
  'place+window': () => `${randomWindowPath()}&place=kharkiv`,
  'q+window': () => `${randomWindowPath()}&q=ceasefire`,
};

/** A size's server, up from its first pass until its last phase. */
interface SizeServer {
  size: number;
  built?: { seconds: number; cpuSeconds: number };
  child: ChildProcess;
  base: string;
  pid: number;
  /** Its peak RSS over the first pass, the mixed loads and the pages. */
  rss: PeakRss;
  stopReading: () => void;
  firstPass: Load;
}

/**
 * Starts a size's server and warms it up: first requests compile schemas and fault pages in. On
 * the 1M database that takes a pass over every window: the machine's page cache keeps the file's
 * pages only while they are used (after a minute idle, 70 MB of the 3.1 GB file were resident), so
 * its first reads come from disk, each blocking the event loop for milliseconds, where the whole
 * small database is read in the first second. Measured, not hidden: it is the first line of the table.
 */
async function startSize(size: number, port: number): Promise<SizeServer> {
  const { path, built } = databaseFor(size);
  const { child, base } = await startServer(path, port);
  const pid = child.pid!;
  const rss = new PeakRss(pid);
  const stopReading = keepReading(base);
  try {
    const firstPass = new Recorder();
    await slice(base, firstPass, everyWindowOnce(), { requests: WINDOW_STARTS, serverPid: pid });
    return { size, built, child, base, pid, rss, stopReading, firstPass: firstPass.summary() };
  } catch (error) {
    stopReading();
    rss.cancel();
    await stopServer(child);
    throw error;
  }
}

/** The mixed loads of every size, alternated across all the servers at once (alternateAcross). */
async function mixedLoads(servers: readonly SizeServer[]): Promise<Array<SizeResult['mixed']>> {
  const mixed = await alternateAcross(servers, {
    health: { path: () => '/health' },
    window: { path: randomWindowPath },
    windowUncached: { path: randomWindowPath, headers: NO_CACHE },
  });
  return mixed.map((loads) => ({
    health: loads.health,
    window: loads.window,
    windowUncached: loads.windowUncached,
    ratio: Math.round((loads.window.rps / loads.health.rps) * 1000) / 1000,
    ratioUncached: Math.round((loads.windowUncached.rps / loads.health.rps) * 1000) / 1000,
    // The same comparison by the server's CPU time per request (health's ÷ the window's).
    cpuRatio: Math.round((loads.health.serverCpuUs! / loads.window.serverCpuUs!) * 1000) / 1000,
    cpuRatioUncached: Math.round((loads.health.serverCpuUs! / loads.windowUncached.serverCpuUs!) * 1000) / 1000,
  }));
}

/**
 * `--windows-only`: the sizes' servers up and warmed up as benchSizes does, then their /health and
 * window loads (cached and not) alternated across sizes, and each window load under both clients
 * alternated too: the bench's (body bytes counted, one read buffer) and autocannon's own (every
 * body decoded, a buffer per read), so the load generator's share of the windows' p50 and CPU is
 * read in one run. No deep
 * pages, filters or ingest; prints a table and a JSON line, leaves bench/results/latest.json alone.
 */
async function windowsOnly(sizes: readonly number[], firstPort: number) {
  const servers: SizeServer[] = [];
  try {
    for (const [index, size] of sizes.entries()) servers.push(await startSize(size, firstPort + index));
    const loads = await alternateAcross(servers, {
      health: { path: () => '/health' },
      window: { path: randomWindowPath, ownClient: false },
      windowDecoded: { path: randomWindowPath, ownClient: true },
      windowUncached: { path: randomWindowPath, headers: NO_CACHE, ownClient: false },
      windowUncachedDecoded: { path: randomWindowPath, headers: NO_CACHE, ownClient: true },
    });
    return servers.map((server, index) => ({ events: server.size, firstPass: server.firstPass, peakRssMb: server.rss.stop(), loads: loads[index] as Record<string, Load> }));
  } finally {
    for (const server of servers) {
      server.stopReading();
      server.rss.cancel();
      await stopServer(server.child);
    }
  }
}

/**
 * `--pages-only`: each size's server started and warmed up as benchSizes does (its first pass),
 * then its page loads alone (pagePhase), one size after another. Prints a table and a JSON line,
 * leaves bench/results/latest.json alone.
 */
async function pagesOnly(sizes: readonly number[], firstPort: number) {
  const results: Array<Pick<SizeResult, 'events' | 'deepPages'> & { firstPass: Load }> = [];
  for (const [index, size] of sizes.entries()) {
    const server = await startSize(size, firstPort + index);
    try {
      const { deepPages } = await pagePhase(server);
      results.push({ events: size, firstPass: server.firstPass, deepPages });
    } finally {
      server.stopReading();
      server.rss.cancel();
      await stopServer(server.child);
    }
  }
  return results;
}

/** A ratio of two figures as the tables print it: two decimals. */
const ratio = (a: number, b: number) => String(Math.round((a / b) * 100) / 100);

/** Rows of cells as a plain-text table, each column padded to its widest cell. */
function aligned(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ')).join('\n');
}

function windowsTable(results: Awaited<ReturnType<typeof windowsOnly>>): string {
  const rows: string[][] = [['size', 'load', 'client', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'client CPU µs/req']];
  const loads: Array<[string, string, string]> = [
    ['/health', 'bench', 'health'],
    ['7-day window', 'bench', 'window'],
    ['7-day window', 'autocannon', 'windowDecoded'],
    ['7-day window, no cache', 'bench', 'windowUncached'],
    ['7-day window, no cache', 'autocannon', 'windowUncachedDecoded'],
  ];
  for (const r of results) {
    for (const [name, client, key] of loads) {
      const l = r.loads[key];
      rows.push([String(r.events), name, client, String(l.rps), String(l.p50), String(l.p99), String(l.serverCpuUs ?? ''), String(l.clientCpuUs ?? '')]);
    }
  }
  if (results.length > 1) {
    const [small, large] = [results[0], results[results.length - 1]];
    for (const [name, client, key] of loads.slice(1)) {
      const [l, s] = [large.loads[key], small.loads[key]];
      rows.push([`${large.events}/${small.events}`, name, client, '', ratio(l.p50, s.p50), '', ratio(l.serverCpuUs!, s.serverCpuUs!), ratio(l.clientCpuUs!, s.clientCpuUs!)]);
    }
  }
  return aligned(rows);
}

/** Seconds per slice and rounds of the page loads: half the slice, twice the rounds (the same time in all). */
const PAGE_SLICE = Number(argument('page-slice', String(SLICE / 2)));
const PAGE_ROUNDS = Number(argument('page-rounds', String(ROUNDS * 2)));

/**
 * Page 1, page 2 and the deepest page by cursor of the whole timeline alternated in short slices,
 * the order mirrored every other round (page 1, 2, deep; deep, 2, page 1 ...), and compared slice
 * with slice of the same round (pairedRatios: the median of the rounds' ratios and their range);
 * then page 1 and the deepest page of a year window, alternated as the other loads are.
 */
async function pagePhase(server: { size: number; base: string; pid: number }): Promise<{ deepPages: SizeResult['deepPages'] }> {
  const { size, base, pid } = server;
  // Page 1,000 where the timeline has that many pages of 50 (the small database has 200).
  const deepPage = Math.min(1000, Math.floor(size / 50));
  const { path: deepPath } = await cursorAt(base, deepPage);
  const { path: page2Path } = await cursorAt(base, 2);
  const windowDeep = await cursorAt(base, 1000, YEAR_WINDOW, true);
  const pages = await alternateRecorded(
    base,
    pid,
    {
      page1: { path: () => '/v1/events?limit=50', headers: NO_CACHE },
      page2: { path: () => page2Path, headers: NO_CACHE },
      deep: { path: () => deepPath, headers: NO_CACHE },
    },
    { rounds: PAGE_ROUNDS, seconds: PAGE_SLICE, mirrored: true },
  );
  const windows = await alternate(base, pid, {
    windowPage1: { path: () => YEAR_WINDOW, headers: NO_CACHE },
    windowDeep: { path: () => windowDeep.path, headers: NO_CACHE },
  });
  return {
    deepPages: {
      deepPage,
      slice: PAGE_SLICE,
      rounds: PAGE_ROUNDS,
      page1: pages.page1.summary(),
      page2: pages.page2.summary(),
      deep: pages.deep.summary(),
      paired: {
        deepOverPage1: pairedRatios(pages.deep, pages.page1),
        deepOverPage2: pairedRatios(pages.deep, pages.page2),
        page2OverPage1: pairedRatios(pages.page2, pages.page1),
      },
      window: { path: YEAR_WINDOW, deepPage: windowDeep.page, page1: windows.windowPage1, deep: windows.windowDeep },
    },
  };
}

/** A size's own phases after the mixed loads (deep pages, then filters); stops its server. */
async function finishSize(server: SizeServer, mixed: SizeResult['mixed']): Promise<SizeResult> {
  const { size, base, pid } = server;
  try {
    const { deepPages } = await pagePhase(server);
    const peakMb = server.rss.stop();
    // Filters one after another, 4 connections each (a slow filter would otherwise queue 32 deep).
    const { result: filters, peakMb: filtersPeakMb } = await peakRss(pid, async () => {
      const loads: Record<string, Load> = {};
      for (const [name, filterPath] of Object.entries(FILTER_PATHS)) {
        const recorder = new Recorder();
        await slice(base, recorder, filterPath, { headers: NO_CACHE, connections: 4 });
        loads[name] = recorder.summary();
      }
      return loads;
    });
    return {
      events: size,
      database: { built: server.built },
      firstPass: server.firstPass,
      mixed,
      deepPages,
      filters,
      peakRssMb: peakMb,
      filtersPeakRssMb: filtersPeakMb,
    };
  } finally {
    server.stopReading();
    server.rss.cancel();
    await stopServer(server.child);
  }
}

/**
 * Every size: each server started and warmed up in turn and left up, the mixed loads alternated
 * across all of them, then each size's deep pages and filters, the largest first (its database
 * file is the one the machine pages out when left idle), stopping each server after its own.
 */
async function benchSizes(sizes: readonly number[], firstPort: number): Promise<SizeResult[]> {
  const servers: SizeServer[] = [];
  const finished = new Set<SizeServer>();
  try {
    for (const [index, size] of sizes.entries()) servers.push(await startSize(size, firstPort + index));
    const mixed = await mixedLoads(servers);
    const results = new Map<SizeServer, SizeResult>();
    const largestFirst = servers.map((server, index) => ({ server, index })).sort((a, b) => b.server.size - a.server.size);
    for (const { server, index } of largestFirst) {
      finished.add(server);
      results.set(server, await finishSize(server, mixed[index]));
    }
    return servers.map((server) => results.get(server)!);
  } finally {
    for (const server of servers) {
      if (finished.has(server)) continue;
      server.stopReading();
      server.rss.cancel();
      await stopServer(server.child);
    }
  }
}

/**
 * Seconds until GET /ready says the extraction thread is warm: the server warms it after listening,
 * once no read has been served for a second (probes do not count), as a backfill would find it.
 */
async function untilExtractionWarm(base: string, timeoutMs = 180_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { extraction } = (await (await fetch(`${base}/ready`)).json()) as { extraction?: string };
    if (extraction === 'warm') return (performance.now() - started) / 1000;
    if (performance.now() - started > timeoutMs) throw new Error(`the extraction thread was not warm within ${timeoutMs / 1000} s (${extraction})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Ingest throughput against chrono alone (a fresh server's first batch once its extraction thread
 * is warm, then the next), then reads while a 1,000-article batch is written.
 */
async function benchIngest(size: number, port: number) {
  const { path } = databaseFor(size);
  const copy = join(ROOT, 'bench/data', `ingest-${size}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(path, copy);
  const { child, base } = await startServer(copy, port);
  try {
    const warmSeconds = await untilExtractionWarm(base);
    const articles = ingestArticles(BATCH_SIZE, `run-${Date.now()}`);
    const chronoRate = chronoAlone(articles);
    const { result: batch, peakMb } = await peakRss(child.pid!, () => postBatch(base, articles));
    const ingestRate = BATCH_SIZE / batch.seconds;
    // The same again: what a running service's batches see (the extractor compiled by the first
    // batch's texts too; the warm-up's samples do not reach every path of them).
    const warmArticles = ingestArticles(BATCH_SIZE, `warm-${Date.now()}`);
    const warmChronoRate = chronoAlone(warmArticles);
    const warmBatch = await postBatch(base, warmArticles);
    const warmRate = BATCH_SIZE / warmBatch.seconds;

    // The copy's pages are read from disk the first time (see benchSize's warm-up): one pass over
    // every window first, so that the reads before and during the batch see the same page cache.
    const firstPass = new Recorder();
    await slice(base, firstPass, everyWindowOnce(), { requests: WINDOW_STARTS, headers: NO_CACHE });
    const quiet = new Recorder();
    await slice(base, quiet, randomWindowPath, { seconds: SLICE * 2, headers: NO_CACHE });
    const during = new Recorder();
    const second = ingestArticles(BATCH_SIZE, `during-${Date.now()}`);
    const writing = postBatch(base, second);
    let done = false;
    void writing.finally(() => (done = true));
    while (!done) await slice(base, during, randomWindowPath, { seconds: 1, headers: NO_CACHE });
    const secondBatch = await writing;
    return {
      events: size,
      chronoArticlesPerSecond: Math.round(chronoRate),
      ingestArticlesPerSecond: Math.round(ingestRate * 10) / 10,
      ratio: Math.round((ingestRate / chronoRate) * 1000) / 1000,
      warm: {
        chronoArticlesPerSecond: Math.round(warmChronoRate),
        ingestArticlesPerSecond: Math.round(warmRate * 10) / 10,
        ratio: Math.round((warmRate / warmChronoRate) * 1000) / 1000,
        batchSeconds: Math.round(warmBatch.seconds * 10) / 10,
      },
      stored: batch.created + warmBatch.created + secondBatch.created,
      failed: batch.failed + warmBatch.failed + secondBatch.failed,
      batchSeconds: Math.round(batch.seconds * 10) / 10,
      /** From /health answering to GET /ready's extraction: 'warm' (the first batch is posted then). */
      warmSeconds: Math.round(warmSeconds * 10) / 10,
      readsFirstPass: firstPass.summary(),
      readsQuiet: quiet.summary(),
      readsDuringBatch: during.summary(),
      peakRssMb: peakMb,
    };
  } finally {
    await stopServer(child);
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}

/** The page 1 / page 2 / deep page lines of a size and their paired ratios (median [range] of the rounds). */
function pageRows(r: Pick<SizeResult, 'events' | 'deepPages'>): string[][] {
  const { deepPages: d } = r;
  const line = (load: string, l: Load, note: string) => [String(r.events), load, String(l.rps), String(l.p50), String(l.p99), String(l.serverCpuUs ?? ''), String(l.clientCpuUs ?? ''), note];
  const slices = `no cache; ${d.rounds} rounds of ${d.slice} s slices, order mirrored`;
  const paired = (name: string, p: PairedRatios) =>
    [String(r.events), name, '', '', '', '', '', `paired by round: rate ${describeRatio(p.rate)}, server CPU ${describeRatio(p.cpu)}, p50 ${describeRatio(p.p50)}`];
  return [
    line('page 1 (cursor)', d.page1, slices),
    line('page 2 (cursor)', d.page2, slices),
    line(`page ${d.deepPage} (cursor)`, d.deep, slices),
    paired(`page ${d.deepPage} ÷ page 1`, d.paired.deepOverPage1),
    paired(`page ${d.deepPage} ÷ page 2`, d.paired.deepOverPage2),
    paired('page 2 ÷ page 1', d.paired.page2OverPage1),
  ];
}

/** The ingest phase's lines of the table. */
function ingestRows(ingest: Awaited<ReturnType<typeof benchIngest>>): string[][] {
  const rows: string[][] = [];
  rows.push([String(ingest.events), 'ingest, first batch', String(ingest.ingestArticlesPerSecond), '', '', '', '', `chrono alone ${ingest.chronoArticlesPerSecond}/s, ratio ${ingest.ratio} (fresh server, posted once /ready said extraction warm: ${ingest.warmSeconds} s)`]);
  rows.push([String(ingest.events), 'ingest, next batch', String(ingest.warm.ingestArticlesPerSecond), '', '', '', '', `chrono alone ${ingest.warm.chronoArticlesPerSecond}/s, ratio ${ingest.warm.ratio}; stored ${ingest.stored} of ${ingest.stored + ingest.failed} in all`]);
  rows.push([String(ingest.events), 'reads, first pass', String(ingest.readsFirstPass.rps), String(ingest.readsFirstPass.p50), String(ingest.readsFirstPass.p99), '', '', 'no cache; each window once (warm-up)']);
  rows.push([String(ingest.events), 'reads, quiet', String(ingest.readsQuiet.rps), String(ingest.readsQuiet.p50), String(ingest.readsQuiet.p99), '', '', 'no cache']);
  rows.push([String(ingest.events), 'reads, during batch', String(ingest.readsDuringBatch.rps), String(ingest.readsDuringBatch.p50), String(ingest.readsDuringBatch.p99), '', '', `no cache; RSS ${ingest.peakRssMb} MB`]);
  return rows;
}

function table(results: SizeResult[], ingest: Awaited<ReturnType<typeof benchIngest>>): string {
  const rows: string[][] = [['size', 'load', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'client CPU µs/req', 'note']];
  for (const r of results) {
    const add = (load: string, l: Load, note = '') =>
      rows.push([String(r.events), load, String(l.rps), String(l.p50), String(l.p99), String(l.serverCpuUs ?? ''), String(l.clientCpuUs ?? ''), note]);
    add('7-day windows, first pass', r.firstPass, `each of the ${WINDOW_STARTS} windows once, cache filling (warm-up)`);
    add('/health', r.mixed.health);
    add('7-day window', r.mixed.window, `ratio ${r.mixed.ratio} (by CPU ${r.mixed.cpuRatio})`);
    add('7-day window, no cache', r.mixed.windowUncached, `ratio ${r.mixed.ratioUncached} (by CPU ${r.mixed.cpuRatioUncached})`);
    rows.push(...pageRows(r));
    add('a year window, page 1', r.deepPages.window.page1, `no cache; ${r.deepPages.window.path}`);
    add(`a year window, page ${r.deepPages.window.deepPage} (cursor)`, r.deepPages.window.deep, 'no cache');
    rows.push([String(r.events), 'peak RSS', '', '', '', '', '', `${r.peakRssMb} MB (windows, pages)`]);
    for (const [name, load] of Object.entries(r.filters)) add(`filter ${name}`, load, 'no cache, 4 connections');
    rows.push([String(r.events), 'peak RSS', '', '', '', '', '', `${r.filtersPeakRssMb} MB (filters)`]);
  }
  if (results.length > 1) {
    const [small, large] = [results[0], results[results.length - 1]];
    rows.push([
      `${large.events}/${small.events}`,
      '7-day window, p50 ratio',
      '',
      ratio(large.mixed.window.p50, small.mixed.window.p50),
      '',
      ratio(large.mixed.window.serverCpuUs!, small.mixed.window.serverCpuUs!),
      ratio(large.mixed.window.clientCpuUs!, small.mixed.window.clientCpuUs!),
      `no cache: p50 ${ratio(large.mixed.windowUncached.p50, small.mixed.windowUncached.p50)}, CPU ${ratio(large.mixed.windowUncached.serverCpuUs!, small.mixed.windowUncached.serverCpuUs!)}; the sizes' slices alternated in one run`,
    ]);
  }
  rows.push(...ingestRows(ingest));
  return aligned(rows);
}

const started = new Date();
const results: SizeResult[] = [];
const port = 3900 + Math.floor(Math.random() * 500);
if (process.argv.includes('--windows-only')) {
  const loadAverageAtStart = loadavg()[0];
  const windows = await windowsOnly(SIZES, port);
  console.log(windowsTable(windows));
  const command = `npm run bench -- --sizes ${SIZES.join(',')} --slice ${SLICE} --rounds ${ROUNDS} --windows-only`;
  console.log(JSON.stringify({ date: started.toISOString(), loadAverageAtStart, loadAverageAtEnd: loadavg()[0], command, connections: CONNECTIONS, sizes: windows }));
  process.exit(0);
}
if (process.argv.includes('--pages-only')) {
  const loadAverageAtStart = loadavg()[0];
  const pages = await pagesOnly(SIZES, port);
  console.log(aligned([['size', 'load', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'client CPU µs/req', 'note'], ...pages.flatMap(pageRows)]));
  const command = `npm run bench -- --sizes ${SIZES.join(',')} --page-slice ${PAGE_SLICE} --page-rounds ${PAGE_ROUNDS} --pages-only`;
  console.log(JSON.stringify({ date: started.toISOString(), loadAverageAtStart, loadAverageAtEnd: loadavg()[0], command, connections: CONNECTIONS, client: clientDescription(), sizes: pages }));
  process.exit(0);
}
if (process.argv.includes('--ingest-only')) {
  // The ingest phase alone, on the largest size (its database built or migrated first).
  const loadAverageAtStart = loadavg()[0];
  const ingest = await benchIngest(SIZES[SIZES.length - 1], port);
  console.log(aligned([['size', 'load', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'client CPU µs/req', 'note'], ...ingestRows(ingest)]));
  const command = `npm run bench -- --sizes ${SIZES.join(',')} --ingest-only`;
  console.log(JSON.stringify({ date: started.toISOString(), loadAverageAtStart, loadAverageAtEnd: loadavg()[0], command, ingest }));
  process.exit(0);
}
results.push(...(await benchSizes(SIZES, port)));
const ingest = await benchIngest(SIZES[SIZES.length - 1], port + SIZES.length);
const [small, large] = [results[0], results[results.length - 1]];
const summary = {
  date: started.toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadAverageAtStart: loadavg()[0],
  },
  command: `npm run bench -- --sizes ${SIZES.join(',')} --slice ${SLICE} --rounds ${ROUNDS}${CLIENT_DECODES_BODIES ? ' --client-decodes-bodies' : ''}`,
  connections: CONNECTIONS,
  /**
   * The load generator: autocannon in this process, its response bodies 'counted' (bytes only) and
   * its reads into one 'reused' buffer (autocannon-bodies.ts), or bodies 'decoded' into strings and
   * a buffer 'per read' as autocannon does unchanged (--client-decodes-bodies).
   */
  client: clientDescription(),
  /** How the sizes' mixed loads (/health, windows) were measured: 'alternated' slice by slice across the servers, all up at once. */
  mixedAcrossSizes: 'alternated',
  sizes: results,
  ingest,
  targets: {
    windowRatio: large.mixed.ratio,
    windowCpuRatio: large.mixed.cpuRatio,
    windowP99Ms: large.mixed.window.p99,
    p50LargeOverSmall: Math.round((large.mixed.window.p50 / small.mixed.window.p50) * 100) / 100,
    p50LargeOverSmallUncached: Math.round((large.mixed.windowUncached.p50 / small.mixed.windowUncached.p50) * 100) / 100,
    /** The windows' server CPU per request, largest size over smallest (same alternated run as the p50s). */
    windowCpuLargeOverSmall: Math.round((large.mixed.window.serverCpuUs! / small.mixed.window.serverCpuUs!) * 100) / 100,
    windowCpuLargeOverSmallUncached: Math.round((large.mixed.windowUncached.serverCpuUs! / small.mixed.windowUncached.serverCpuUs!) * 100) / 100,
    /** The same for the client's (autocannon's) CPU per request; `client.bodies` says which client. */
    windowClientCpuLargeOverSmall: Math.round((large.mixed.window.clientCpuUs! / small.mixed.window.clientCpuUs!) * 100) / 100,
    deepPageOverPage1: Math.round((large.deepPages.deep.p50 / large.deepPages.page1.p50) * 100) / 100,
    /** Throughput of the deep page over page 1's, over page 2's (cursor against cursor), and in a year window. */
    deepPageRateOverPage1: Math.round((large.deepPages.deep.rps / large.deepPages.page1.rps) * 100) / 100,
    deepPageRateOverPage2: Math.round((large.deepPages.deep.rps / large.deepPages.page2.rps) * 100) / 100,
    /**
     * The deep page against page 1 from the slices of the same round (medians of the rounds' ratios;
     * 1 is as fast): by rate, by server CPU per request (page 1's ÷ the deep page's), by p50.
     */
    deepPageOverPage1Paired: {
      rate: large.deepPages.paired.deepOverPage1.rate.median,
      cpu: large.deepPages.paired.deepOverPage1.cpu?.median,
      p50: large.deepPages.paired.deepOverPage1.p50?.median,
    },
    windowDeepPageRateOverPage1: Math.round((large.deepPages.window.deep.rps / large.deepPages.window.page1.rps) * 100) / 100,
    peakRssMb: Math.max(...results.map((r) => r.peakRssMb), ingest.peakRssMb),
    ingestRatio: ingest.ratio,
    ingestRatioWarm: ingest.warm.ratio,
    readP99QuietMs: ingest.readsQuiet.p99,
    readP99DuringBatchMs: ingest.readsDuringBatch.p99,
  },
};
console.log(table(results, ingest));
const line = JSON.stringify(summary);
console.log(line);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
