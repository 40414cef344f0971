/**
 * A probe loaded into the server's main thread (node --import bench/server-probe.mjs, by
 * bench/reads-during-batch.ts; never in production): over each stretch the driver asks about (an
 * IPC message 'probe' answers and starts the next), the event loop's delay histogram
 * (monitorEventLoopDelay, 1 ms resolution), GC pauses by kind (PerformanceObserver 'gc'), the main
 * thread's event-loop utilisation, its heap at the ask, and the longest delay of each 100 ms (a timeline, by Date.now()).
 */
import { isMainThread } from 'node:worker_threads';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

if (isMainThread && typeof process.send === 'function') {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const recent = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  recent.enable();
  const kinds = { [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb' };
  let gc = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = kinds[entry.detail?.kind ?? entry.kind] ?? 'other';
      const g = (gc[kind] ??= { count: 0, ms: 0, maxMs: 0 });
      g.count++;
      g.ms += entry.duration;
      g.maxMs = Math.max(g.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  let timeline = [];
  setInterval(() => {
    timeline.push([Date.now(), recent.max / 1e6]);
    recent.reset();
  }, 100).unref();
  let utilisation = performance.eventLoopUtilization();
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  const mb = (bytes) => Math.round(bytes / 1e5) / 10;
  /** The main thread's heap now (MB): used, and what V8 holds for it; the process's external and array buffer memory. */
  const heapNow = () => {
    const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    return { usedMb: mb(heapUsed), totalMb: mb(heapTotal), externalMb: mb(external), arrayBuffersMb: mb(arrayBuffers) };
  };
  process.on('message', (message) => {
    if (message !== 'probe') return;
    const elu = performance.eventLoopUtilization(utilisation);
    process.send({
      delay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), mean: ms(delay.mean), count: delay.count },
      gc: Object.fromEntries(Object.entries(gc).map(([kind, g]) => [kind, { count: g.count, ms: Math.round(g.ms * 10) / 10, maxMs: Math.round(g.maxMs * 10) / 10 }])),
      utilisation: Math.round(elu.utilization * 1000) / 1000,
      heap: heapNow(),
      timeline,
    });
    delay.reset();
    gc = {};
    timeline = [];
    utilisation = performance.eventLoopUtilization();
  });
  process.channel?.unref();
}
