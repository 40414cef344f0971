/**
 * The bookkeeping of the benchmark's alternated loads (bench/run.ts): what each slice of a load
 * measured, the loads' slices run in turn round after round, and comparisons of two loads read
 * from the slices of the same round (paired), so that the machine's drift between rounds (it is
 * shared) is not in the ratio.
 */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Load {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Counts of answers other than 200, by status (0: no answer). */
  failures?: Record<string, number>;
  /**
   * CPU time the server process spent per request (user + system, from /proc): unlike req/s, it
   * hardly moves when other work on the machine takes CPU away from the server.
   */
  serverCpuUs?: number;
  /**
   * CPU time this process (autocannon, the load generator, on the same cores) spent per request,
   * user + system, from process.cpuUsage() around the slices.
   */
  clientCpuUs?: number;
}

/** What one slice of a load measured. */
export interface SliceFigures {
  requests: number;
  seconds: number;
  /** Response times (ms) of the slice's answers. */
  latencies: number[];
  errors: number;
  failures?: Record<string, number>;
  /** Server CPU over the slice (µs), when the server's pid was known. */
  serverCpuUs?: number;
  clientCpuUs: number;
}

/** One slice as a comparison reads it: its rate, its p50 and the server's CPU per request. */
export interface SliceReading {
  rps: number;
  p50: number;
  serverCpuUs?: number;
}

/** A load's slices, each kept apart (for paired comparisons) and summed (for its line in the table). */
export class Recorder {
  failures: Record<string, number> = {};
  latencies: number[] = [];
  requests = 0;
  seconds = 0;
  errors = 0;
  serverCpuUs = 0;
  clientCpuUs = 0;
  /** Each slice's reading, in the order they ran. */
  readonly slices: SliceReading[] = [];

  add(slice: SliceFigures): void {
    for (const latency of slice.latencies) this.latencies.push(latency);
    this.requests += slice.requests;
    this.seconds += slice.seconds;
    this.errors += slice.errors;
    for (const [status, count] of Object.entries(slice.failures ?? {})) this.failures[status] = (this.failures[status] ?? 0) + count;
    this.serverCpuUs += slice.serverCpuUs ?? 0;
    this.clientCpuUs += slice.clientCpuUs;
    const sorted = [...slice.latencies].sort((a, b) => a - b);
    this.slices.push({
      rps: slice.requests / slice.seconds,
      p50: percentile(sorted, 50),
      ...(slice.serverCpuUs !== undefined && slice.requests > 0 ? { serverCpuUs: slice.serverCpuUs / slice.requests } : {}),
    });
  }

  summary(): Load {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      requests: this.requests,
      seconds: round2(this.seconds),
      rps: Math.round(this.requests / this.seconds),
      p50: round2(percentile(sorted, 50)),
      p99: round2(percentile(sorted, 99)),
      errors: this.errors,
      ...(this.serverCpuUs > 0 ? { serverCpuUs: Math.round(this.serverCpuUs / this.requests) } : {}),
      clientCpuUs: Math.round(this.clientCpuUs / this.requests),
      ...(Object.keys(this.failures).length > 0 ? { failures: this.failures } : {}),
    };
  }
}

/**
 * The order of the loads in each round: as given, or (`mirrored`) as given in even rounds and
 * reversed in odd ones (A B C, C B A, A B C ...), so that over two rounds each load runs as often
 * early as late and a steady drift of the machine's speed favours none of them.
 */
export function roundOrder<T>(loads: readonly T[], round: number, mirrored: boolean): T[] {
  return mirrored && round % 2 === 1 ? [...loads].reverse() : [...loads];
}

/**
 * Runs a slice of each load, `rounds` times, each into its load's recorder (`run` measures one
 * slice of the load named). Returns the recorders by load name.
 */
export async function alternateSlices(
  names: readonly string[],
  rounds: number,
  run: (name: string, round: number) => Promise<SliceFigures>,
  options: { mirrored?: boolean } = {},
): Promise<Record<string, Recorder>> {
  const recorders: Record<string, Recorder> = Object.fromEntries(names.map((name) => [name, new Recorder()]));
  for (let round = 0; round < rounds; round++) {
    for (const name of roundOrder(names, round, options.mirrored ?? false)) recorders[name].add(await run(name, round));
  }
  return recorders;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A ratio read once per round: its median, and the least and greatest of the rounds (the spread). */
export interface RoundRatio {
  median: number;
  min: number;
  max: number;
}

function roundRatio(values: number[]): RoundRatio | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  const round3 = (n: number) => Math.round(n * 1000) / 1000;
  return { median: round3(median(finite)), min: round3(Math.min(...finite)), max: round3(Math.max(...finite)) };
}

/**
 * Load `a` against load `b` from their slices of the same round, every ratio oriented so that 1 is
 * "as fast" and less is "slower": `rate` a's req/s ÷ b's; `cpu` b's server CPU per request ÷ a's;
 * `p50` b's p50 ÷ a's. Rounds where either load lacks a figure are left out of that ratio.
 */
export interface PairedRatios {
  rounds: number;
  rate: RoundRatio;
  cpu?: RoundRatio;
  p50?: RoundRatio;
}

export function pairedRatios(a: Recorder, b: Recorder): PairedRatios {
  if (a.slices.length !== b.slices.length) throw new Error(`unpaired loads: ${a.slices.length} slices against ${b.slices.length}`);
  const rounds = a.slices.map((slice, index) => [slice, b.slices[index]] as const);
  const rate = roundRatio(rounds.map(([x, y]) => x.rps / y.rps));
  if (!rate) throw new Error('no round measured both loads');
  const cpu = roundRatio(rounds.map(([x, y]) => (x.serverCpuUs !== undefined && y.serverCpuUs !== undefined ? y.serverCpuUs / x.serverCpuUs : NaN)));
  const p50 = roundRatio(rounds.map(([x, y]) => y.p50 / x.p50));
  return { rounds: rounds.length, rate, ...(cpu ? { cpu } : {}), ...(p50 ? { p50 } : {}) };
}

/** A paired ratio as the table prints it: the median and the rounds' range. */
export function describeRatio(ratio: RoundRatio | undefined): string {
  if (!ratio) return 'n/a';
  return `${ratio.median.toFixed(2)} [${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}]`;
}
