/**
 * What ran while the server's main thread waited for a CPU, from a `perf sched` trace written by
 * bench/reads-during-batch.ts --perf-dir (sched_switch and sched_waking, system-wide) and the
 * thread ids beside it. The main thread waits from when it is woken or preempted until it is
 * switched in; over each such stretch, each CPU's time is put to the thread running on it: the
 * server's ingest threads (niced below its main thread), its other threads (V8's GC and compiler helpers, libuv's
 * pool), the load generator (the driver's threads), idle CPUs, or anything else on the machine.
 * Unlike the wall-clock latencies, this tells the batch's own threads from the machine's load.
 *
 *   npx tsx bench/sched-waits.ts /tmp/perf-dir/round-0-during      # reads .data and .json
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type Occupant = 'ingest threads' | 'server, other threads' | 'load generator' | 'idle' | 'other processes';

export interface Threads {
  main: number;
  serverThreads: Array<{ tid: number; nice: number }>;
  clientThreads: number[];
}

/** One scheduler event: at `time` (s) on `cpu`, a switch from `prev` (left in `prevState`) to `next`, or the waking of `woken`. */
export type SchedEvent = { time: number; cpu: number } & ({ kind: 'switch'; prev: number; prevState: string; next: number } | { kind: 'waking'; woken: number });

const SWITCH = /^\s*\S.*?\s+(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:sched_switch:.*prev_pid=(\d+) .*prev_state=(\S+) ==> .*next_pid=(\d+)/;
const WAKING = /^\s*\S.*?\s+(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:sched_waking:.* pid=(\d+) /;

/** The events of `perf script` output lines, in order. */
export function parseEvents(lines: Iterable<string>): SchedEvent[] {
  const events: SchedEvent[] = [];
  for (const line of lines) {
    let match = SWITCH.exec(line);
    if (match) {
      events.push({ kind: 'switch', cpu: Number(match[2]), time: Number(match[3]), prev: Number(match[4]), prevState: match[5], next: Number(match[6]) });
      continue;
    }
    match = WAKING.exec(line);
    if (match) events.push({ kind: 'waking', cpu: Number(match[2]), time: Number(match[3]), woken: Number(match[4]) });
  }
  return events;
}

/**
 * Milliseconds the main thread waited, and each CPU's share of those milliseconds by what ran on
 * it (a CPU's first switch tells what ran before it; until then its time goes to 'other processes').
 */
export function mainWaits(events: readonly SchedEvent[], threads: Threads): { seconds: number; waitedMs: number; byOccupant: Record<Occupant, number>; cpus: number } {
  const mainNice = threads.serverThreads.find((t) => t.tid === threads.main)?.nice ?? 0;
  const ingest = new Set(threads.serverThreads.filter((t) => t.nice > mainNice).map((t) => t.tid));
  const server = new Set(threads.serverThreads.map((t) => t.tid));
  const client = new Set(threads.clientThreads);
  const occupant = (tid: number | undefined): Occupant =>
    tid === undefined ? 'other processes' : tid === 0 ? 'idle' : ingest.has(tid) ? 'ingest threads' : server.has(tid) ? 'server, other threads' : client.has(tid) ? 'load generator' : 'other processes';
  const cpus = new Set(events.map((e) => e.cpu));
  const running = new Map<number, number>();
  const byOccupant: Record<Occupant, number> = { 'ingest threads': 0, 'server, other threads': 0, 'load generator': 0, idle: 0, 'other processes': 0 };
  let waiting = false;
  /** On a CPU now (a waking then finds it running: no wait). */
  let onCpu = false;
  let last = events[0]?.time ?? 0;
  for (const event of events) {
    if (waiting) {
      for (const cpu of cpus) byOccupant[occupant(running.get(cpu))] += ((event.time - last) * 1000) / cpus.size;
    }
    last = event.time;
    if (event.kind === 'waking') {
      if (event.woken === threads.main && !onCpu) waiting = true;
      continue;
    }
    running.set(event.cpu, event.next);
    if (event.next === threads.main) {
      waiting = false;
      onCpu = true;
    } else if (event.prev === threads.main) {
      onCpu = false;
      // Switched out still runnable (preempted): it waits from now.
      waiting = event.prevState.startsWith('R');
    }
  }
  const waitedMs = Object.values(byOccupant).reduce((sum, ms) => sum + ms, 0);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    seconds: round1((events[events.length - 1]?.time ?? 0) - (events[0]?.time ?? 0)),
    waitedMs: round1(waitedMs),
    byOccupant: Object.fromEntries(Object.entries(byOccupant).map(([name, ms]) => [name, round1(ms)])) as Record<Occupant, number>,
    cpus: cpus.size,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const stem of process.argv.slice(2)) {
    const threads = JSON.parse(readFileSync(`${stem}.json`, 'utf8')) as Threads;
    const output = execFileSync('perf', ['script', '-i', `${stem}.data`, '-F', 'comm,tid,cpu,time,event,trace'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    console.log(JSON.stringify({ trace: stem, ...mainWaits(parseEvents(output.split('\n')), threads) }));
  }
}
