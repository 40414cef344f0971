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
 */
import { createRequire } from 'node:module';
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

/** autocannon(options), refused when bodies are only counted and an option would read one. */
export function run(options: Options): Instance {
  if (clientBodies() === 'counted') {
    const consumers = bodyConsumers(options as Options & Record<string, unknown>);
    if (consumers.length > 0) {
      throw new Error(`autocannon runs with bodies counted, not decoded (bench/autocannon-bodies.ts), but ${consumers.join(', ')} would read them`);
    }
  }
  return autocannon(options);
}
