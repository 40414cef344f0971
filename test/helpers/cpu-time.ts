/**
 * Milliseconds of this process's CPU time spent in `work`. Blow-up guards measure CPU, not wall
 * time: on a shared machine wall time mostly measures waiting for a core, while a quadratic
 * regex or loop shows up in CPU time whatever the load.
 */
export function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}
