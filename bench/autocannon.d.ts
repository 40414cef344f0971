/** The part of autocannon's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
  }
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests to make before ending; overrides duration. */
    amount?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  }
  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    '2xx': number;
    requests: { total: number; sent: number };
    /** Response bytes (head and body) of 2xx answers, counted from the socket's chunks. */
    throughput: { total: number };
    latency: { totalCount: number; p50: number };
  }
  export interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): this;
  }
  export default function autocannon(options: Options): Instance;
}
