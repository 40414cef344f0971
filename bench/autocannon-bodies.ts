/**
 * Whether the bench's load generator decodes the response bodies nobody reads.
 *
 * autocannon (8.0.0, lib/httpClient.js) hands every piece of every response body to
 * PipelinedRequestsQueue.prototype.addBody, which does `req.body += data`: each body is decoded
 * from bytes into a string, only so that a request's onResponse, verifyBody or expectBody can
 * read it. The bench sets none of them, and autocannon runs in the bench process on the same two
 * cores as the server: decoding a 31 KB 1M window page costs the client more than a 16 KB 10k one,
 * and at 32 connections in a closed loop that CPU is in the p50 the bench compares across sizes.
 *
 * `decodeBodies(false)` replaces addBody with one that only counts the body's bytes (a process-wide
 * change of autocannon's prototype, for the bench process only). Nothing else changes: autocannon
 * counts a response's `bytes` from the socket's chunks (addByteCount, before parsing), its
 * latency from insertRequest to terminateRequest, its requests from the 'response' event; none of
 * them reads the body string. `decodeBodies(true)` puts autocannon's own addBody back
 * (`npm run bench -- --client-decodes-bodies`). Load runs through `run()`, which refuses options
 * that would read a body while bodies are not decoded, and worker threads (where this module's
 * change would not apply and the JSON would name the wrong client).
 *
 * `reuseReadBuffer(true)` makes every connection read into one buffer (net's `onread`) instead of
 * a new one per read: Node otherwise allocates a 64 KB buffer for each read and hands it to the
 * garbage collector, a cost that grows with the response (a 31 KB page is one read, often two).
 * autocannon parses each chunk before the next read and keeps none of it (http-parser-js copies
 * header lines into strings; the body goes to addBody), so the buffer can be reused; only a
 * 'body' listener (setupClient) would see it, and run() refuses setupClient while reads share it.
 * Plain TCP only: a TLS or Unix-socket client connects as autocannon does.
 */
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import autocannon, { type Instance, type Options } from 'autocannon';

interface PendingRequest {
  body: string;
}
interface Queue {
  peek(): PendingRequest | undefined;
  addBody(data: Buffer): void;
}

const require = createRequire(import.meta.url);
const queuePrototype = (require('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: Queue }).prototype;
const autocannonAddBody = queuePrototype.addBody;

interface ClientInternals {
  opts: { port: number; hostname: string; pipelining: number };
  secure: boolean;
  ipc: boolean;
  destroyed: boolean;
  conn: ReturnType<typeof connect>;
  parser: { execute(chunk: Buffer): unknown };
  pipelinedRequests: { addByteCount(count: number): void };
  emit(event: string, ...args: unknown[]): boolean;
  _connect(): void;
  _doRequest(): void;
}
const clientPrototype = (require('autocannon/lib/httpClient.js') as { prototype: ClientInternals }).prototype;
const autocannonConnect = clientPrototype._connect;

/** The buffer every connection reads into while reuseReadBuffer(true); one read is parsed before the next. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
let sharedReads = 0;

/** autocannon's Client.prototype._connect for plain TCP, reading into READ_BUFFER ('data' events replaced by onread). */
function connectReusingBuffer(this: ClientInternals): void {
  if (this.secure || this.ipc) return autocannonConnect.call(this);
  // true: keep reading (false would pause the socket).
  const onRead = (length: number): boolean => {
    sharedReads++;
    this.pipelinedRequests.addByteCount(length);
    this.parser.execute(READ_BUFFER.subarray(0, length));
    return true;
  };
  this.conn = connect({ port: this.opts.port, host: this.opts.hostname, onread: { buffer: READ_BUFFER, callback: onRead } });
  this.conn.on('error', (error) => {
    this.emit('connError', error);
    if (!this.destroyed) this._connect();
  });
  this.conn.on('end', () => {
    if (!this.destroyed) this._connect();
  });
  for (let index = 0; index < this.opts.pipelining; index++) this._doRequest();
}

/** true: every connection reads into one buffer; false: autocannon's own connections (a new buffer per read). */
export function reuseReadBuffer(reuse: boolean): void {
  clientPrototype._connect = reuse ? connectReusingBuffer : autocannonConnect;
}

/** How the client reads: into one 'reused' buffer, or a new buffer 'per read' (autocannon's own). */
export function clientReads(): 'reused' | 'per read' {
  return clientPrototype._connect === autocannonConnect ? 'per read' : 'reused';
}

/** Reads delivered into the shared buffer since the process started. */
export function sharedBufferReads(): number {
  return sharedReads;
}

let counted = 0;

function countBody(this: Queue, data: Buffer): void {
  counted += data.length;
}

/** Which client a run used: autocannon's own ('decoded') or the one that only counts body bytes. */
export type ClientBodies = 'decoded' | 'counted';

/** true: autocannon's own addBody (bodies decoded into strings); false: body bytes only counted. */
export function decodeBodies(decode: boolean): void {
  queuePrototype.addBody = decode ? autocannonAddBody : countBody;
}

export function clientBodies(): ClientBodies {
  return queuePrototype.addBody === autocannonAddBody ? 'decoded' : 'counted';
}

/** Body bytes seen by the counting addBody since the process started (none while bodies are decoded). */
export function countedBodyBytes(): number {
  return counted;
}

/** The options that would read a response body (or run where decodeBodies does not reach), by name. */
export function bodyConsumers(options: Options & Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const name of ['verifyBody', 'expectBody', 'onResponse', 'workers']) if (options[name]) found.push(name);
  (options.requests ?? []).forEach((request, index) => {
    if ((request as Record<string, unknown>).onResponse) found.push(`requests[${index}].onResponse`);
  });
  return found;
}

/**
 * autocannon(options), refused when bodies are only counted and an option would read one, or
 * when reads share one buffer and setupClient (or workers) could see it.
 */
export function run(options: Options): Instance {
  if (clientBodies() === 'counted') {
    const consumers = bodyConsumers(options as Options & Record<string, unknown>);
    if (consumers.length > 0) {
      throw new Error(`autocannon runs with bodies counted, not decoded (bench/autocannon-bodies.ts), but ${consumers.join(', ')} would read them`);
    }
  }
  if (clientReads() === 'reused') {
    const readers = ['setupClient', 'workers'].filter((name) => (options as Options & Record<string, unknown>)[name]);
    if (readers.length > 0) throw new Error(`autocannon reads into one shared buffer (bench/autocannon-bodies.ts), but ${readers.join(', ')} could keep it`);
  }
  return autocannon(options);
}

/**
 * The bench's client (false: bodies counted, reads into one buffer) or autocannon's own (true:
 * bodies decoded, a new buffer per read), as `npm run bench -- --client-decodes-bodies` runs it.
 */
export function autocannonOwnClient(own: boolean): void {
  decodeBodies(own);
  reuseReadBuffer(!own);
}

/** What the JSON records of the client a load ran with. */
export function clientDescription(): { bodies: ClientBodies; reads: 'reused' | 'per read' } {
  return { bodies: clientBodies(), reads: clientReads() };
}
