import t from 'tap';
import { alternateSlices, describeRatio, pairedRatios, percentile, Recorder, roundOrder, type SliceFigures } from '../../bench/alternation.js';

/** A slice of `requests` answers over `seconds`, each taking `latency` ms, the server spending `cpuUs` on each. */
function figures(requests: number, seconds: number, latency: number, cpuUs?: number): SliceFigures {
  return {
    requests,
    seconds,
    latencies: Array.from({ length: requests }, () => latency),
    errors: 0,
    ...(cpuUs !== undefined ? { serverCpuUs: cpuUs * requests } : {}),
    clientCpuUs: 10 * requests,
  };
}

t.test('roundOrder mirrors every other round only when asked', async (t) => {
  t.same(roundOrder(['a', 'b', 'c'], 0, true), ['a', 'b', 'c']);
  t.same(roundOrder(['a', 'b', 'c'], 1, true), ['c', 'b', 'a']);
  t.same(roundOrder(['a', 'b', 'c'], 2, true), ['a', 'b', 'c']);
  t.same(roundOrder(['a', 'b', 'c'], 1, false), ['a', 'b', 'c']);
});

t.test('alternateSlices runs each load once a round, in the round order, into its own recorder', async (t) => {
  const calls: string[] = [];
  const recorders = await alternateSlices(
    ['page1', 'page2', 'deep'],
    4,
    async (name, round) => {
      calls.push(`${round}:${name}`);
      // Each load's slices told apart by their request counts: page1 100+round, page2 200+round, deep 300+round.
      const base = { page1: 100, page2: 200, deep: 300 }[name]!;
      return figures(base + round, 1, 1, 50);
    },
    { mirrored: true },
  );
  t.same(calls, ['0:page1', '0:page2', '0:deep', '1:deep', '1:page2', '1:page1', '2:page1', '2:page2', '2:deep', '3:deep', '3:page2', '3:page1']);
  t.same(
    recorders.page1.slices.map((s) => s.rps),
    [100, 101, 102, 103],
  );
  t.same(
    recorders.deep.slices.map((s) => s.rps),
    [300, 301, 302, 303],
  );
  const summary = recorders.page2.summary();
  t.equal(summary.requests, 200 + 201 + 202 + 203);
  t.equal(summary.seconds, 4);
  t.equal(summary.serverCpuUs, 50);
  t.equal(summary.clientCpuUs, 10);
});

t.test('Recorder sums slices and keeps each one apart', async (t) => {
  const recorder = new Recorder();
  recorder.add(figures(100, 1, 2, 40));
  recorder.add({ ...figures(300, 2, 4, 60), errors: 3, failures: { 500: 2, 0: 1 } });
  recorder.add({ ...figures(50, 1, 8), failures: { 500: 1 } });
  const summary = recorder.summary();
  t.equal(summary.requests, 450);
  t.equal(summary.seconds, 4);
  t.equal(summary.rps, 113);
  t.equal(summary.errors, 3);
  t.same(summary.failures, { 500: 3, 0: 1 });
  // 100 at 2 ms, 300 at 4, 50 at 8: p50 is 4, p99 8.
  t.equal(summary.p50, 4);
  t.equal(summary.p99, 8);
  // Server CPU over the slices that measured it, per request of all: (4,000 + 18,000) / 450.
  t.equal(summary.serverCpuUs, Math.round(22_000 / 450));
  t.same(recorder.slices, [
    { rps: 100, p50: 2, serverCpuUs: 40 },
    { rps: 150, p50: 4, serverCpuUs: 60 },
    { rps: 50, p50: 8 },
  ]);
  t.ok(Number.isNaN(percentile([], 50)));
});

t.test('pairedRatios compares the slices of the same round, oriented so that 1 is as fast', async (t) => {
  const fast = new Recorder();
  const slow = new Recorder();
  // The machine slows down round by round (rates fall, p50s rise) while `slow` costs 10% more CPU per request throughout.
  const speeds = [1, 0.8, 0.6, 0.9, 0.5];
  for (const speed of speeds) {
    fast.add(figures(Math.round(1000 * speed), 1, 1 / speed, 100));
    slow.add(figures(Math.round(900 * speed), 1, 1.1 / speed, 110));
  }
  const paired = pairedRatios(slow, fast);
  t.equal(paired.rounds, 5);
  t.equal(paired.rate.median, 0.9);
  t.equal(paired.rate.min, 0.9);
  t.equal(paired.rate.max, 0.9);
  t.equal(paired.cpu!.median, 0.909);
  t.equal(paired.p50!.median, 0.909);
  // The sums would mix the rounds' speeds; the paired ratio does not move with them.
  t.equal(describeRatio(paired.rate), '0.90 [0.90–0.90]');
  t.equal(describeRatio(undefined), 'n/a');
});

t.test('pairedRatios: median of an even count, the spread, rounds without CPU left out', async (t) => {
  const a = new Recorder();
  const b = new Recorder();
  const rates = [
    [90, 100],
    [110, 100],
    [100, 100],
    [95, 100],
  ];
  for (const [index, [x, y]] of rates.entries()) {
    a.add(figures(x, 1, 1, index === 0 ? undefined : 100));
    b.add(figures(y, 1, 1, 100));
  }
  const paired = pairedRatios(a, b);
  t.same(paired.rate, { median: 0.975, min: 0.9, max: 1.1 });
  t.same(paired.cpu, { median: 1, min: 1, max: 1 });
  // No round with both CPU figures: no CPU ratio at all.
  const c = new Recorder();
  const d = new Recorder();
  c.add(figures(10, 1, 1));
  d.add(figures(10, 1, 1));
  t.equal(pairedRatios(c, d).cpu, undefined);
});

t.test('pairedRatios refuses loads of different round counts', async (t) => {
  const a = new Recorder();
  const b = new Recorder();
  a.add(figures(10, 1, 1));
  t.throws(() => pairedRatios(a, b), /unpaired loads/);
});

t.test('mirrored order keeps a steady drift out of the paired median where a fixed order puts it in', async (t) => {
  // Two identical loads on a machine whose speed falls 2% per slice.
  async function run(mirrored: boolean) {
    let slices = 0;
    const recorders = await alternateSlices(
      ['a', 'b'],
      6,
      async () => {
        const speed = 1 - 0.02 * slices++;
        return figures(Math.round(10_000 * speed), 1, 1 / speed, 100);
      },
      { mirrored },
    );
    return pairedRatios(recorders.b, recorders.a).rate.median;
  }
  t.ok((await run(false)) < 0.985, 'a fixed order: b always runs later, slower');
  t.ok(Math.abs((await run(true)) - 1) < 0.005, 'mirrored: the median near 1');
});
