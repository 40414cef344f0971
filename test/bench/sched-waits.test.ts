import t from 'tap';
import { mainWaits, parseEvents, type SchedEvent, type Threads } from '../../bench/sched-waits.js';

const MAIN = 100;
const INGEST = 101;
const GC_HELPER = 102;
const CLIENT = 200;
const STRANGER = 300;
const threads: Threads = {
  main: MAIN,
  serverThreads: [
    { tid: MAIN, nice: 0 },
    { tid: INGEST, nice: 10 },
    { tid: GC_HELPER, nice: 0 },
  ],
  clientThreads: [CLIENT],
};

const sw = (time: number, cpu: number, prev: number, next: number, prevState = 'S'): SchedEvent => ({ kind: 'switch', time, cpu, prev, prevState, next });
const wake = (time: number, cpu: number, woken: number): SchedEvent => ({ kind: 'waking', time, cpu, woken });

t.test('parseEvents reads perf script lines of switches and wakings, names with spaces too', async (t) => {
  const events = parseEvents([
    '            perf 14435 [000] 86057.998649:       sched:sched_waking: comm=migration/0 pid=18 prio=0 target_cpu=000',
    '            perf 14435 [000] 86057.998653:       sched:sched_switch: prev_comm=perf prev_pid=14435 prev_prio=120 prev_state=R+ ==> next_comm=migration/0 next_pid=18 next_prio=0',
    ' V8 DefaultWorke 16001 [001] 86058.000001:       sched:sched_switch: prev_comm=V8 DefaultWorke prev_pid=16001 prev_prio=120 prev_state=S ==> next_comm=node next_pid=16000 next_prio=120',
    '            perf 14435 [000] 86057.998651: sched:sched_stat_runtime: comm=perf pid=14435 runtime=13440 [ns]',
    '',
  ]);
  t.same(events, [
    { kind: 'waking', cpu: 0, time: 86057.998649, woken: 18 },
    { kind: 'switch', cpu: 0, time: 86057.998653, prev: 14435, prevState: 'R+', next: 18 },
    { kind: 'switch', cpu: 1, time: 86058.000001, prev: 16001, prevState: 'S', next: 16000 },
  ]);
});

t.test('a wait after a waking is put to what ran on each CPU meanwhile', async (t) => {
  const result = mainWaits(
    [
      sw(0, 0, 0, INGEST),
      sw(0, 1, 0, CLIENT),
      wake(1, 1, MAIN),
      // 2 ms of waiting: CPU 0 the ingest thread, CPU 1 the client for 1 ms, then a stranger for 1 ms
      sw(1.001, 1, CLIENT, STRANGER),
      sw(1.002, 0, INGEST, MAIN, 'R'),
      // preempted by the GC helper: waits 0.6 ms (CPU 1 idle meanwhile)
      sw(1.010, 1, STRANGER, 0),
      sw(1.012, 0, MAIN, GC_HELPER, 'R+'),
      sw(1.0126, 0, GC_HELPER, MAIN),
      // woken while on a CPU: no wait
      wake(1.013, 1, MAIN),
      sw(1.02, 0, MAIN, 0, 'S'),
    ],
    threads,
  );
  t.equal(result.cpus, 2);
  t.equal(result.waitedMs, 2.6);
  t.same(result.byOccupant, { 'ingest threads': 1, 'server, other threads': 0.3, 'load generator': 0.5, idle: 0.3, 'other processes': 0.5 });
});

t.test('ingest threads are those niced below the main thread, whatever its own nice value', async (t) => {
  const raised: Threads = { ...threads, serverThreads: [{ tid: MAIN, nice: -15 }, { tid: INGEST, nice: -5 }, { tid: GC_HELPER, nice: -15 }] };
  const result = mainWaits([sw(0, 0, 0, INGEST), sw(0, 1, 0, GC_HELPER), wake(0, 0, MAIN), sw(0.002, 0, INGEST, MAIN)], raised);
  t.same(result.byOccupant, { 'ingest threads': 1, 'server, other threads': 1, 'load generator': 0, idle: 0, 'other processes': 0 });
});

t.test('a CPU not yet seen switching counts as other processes; no events, no wait', async (t) => {
  const result = mainWaits([sw(0, 0, 0, INGEST), wake(0, 0, MAIN), sw(0.002, 1, STRANGER, STRANGER), sw(0.004, 0, INGEST, MAIN)], threads);
  t.equal(result.waitedMs, 4);
  t.same(result.byOccupant, { 'ingest threads': 2, 'server, other threads': 0, 'load generator': 0, idle: 0, 'other processes': 2 });
  t.equal(mainWaits([], threads).waitedMs, 0);
});
