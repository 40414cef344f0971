import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import t from 'tap';
import { bodyConsumers, clientBodies, countedBodyBytes, decodeBodies, run } from '../../bench/autocannon-bodies.js';

const require = createRequire(import.meta.url);
const Queue = require('autocannon/lib/pipelinedRequestsQueue.js') as new () => {
  insertRequest(req: unknown): void;
  addBody(data: Buffer): void;
  addByteCount(count: number): void;
  terminateRequest(): { body: string; bytes: number; duration: number };
};

/** A known body of several chunks, non-ASCII text in it (a decoder's slow path), ~31 KB like a 1M window page. */
const CHUNK = Buffer.from(`{"title":"Удари по Одесі — ${'x'.repeat(600)}"},`);
const CHUNKS = 50;
const BODY_BYTES = CHUNK.length * CHUNKS;

async function withServer(work: (url: string) => Promise<void>): Promise<void> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(BODY_BYTES) });
    // Written in pieces so that the client's parser hands the body over in several calls.
    for (let index = 0; index < CHUNKS - 1; index++) response.write(CHUNK);
    response.end(CHUNK);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const REQUESTS = 120;

async function load(url: string, decode: boolean) {
  decodeBodies(decode);
  const counted = countedBodyBytes();
  const responses: Array<{ status: number; bytes: number; time: number }> = [];
  const instance = run({ url, connections: 4, amount: REQUESTS });
  instance.on('response', (_client, status, bytes, time) => responses.push({ status, bytes, time }));
  const result = await instance;
  return { result, responses, counted: countedBodyBytes() - counted };
}

t.test('the counting client keeps autocannon\'s requests, bytes and latencies', async (t) => {
  await withServer(async (url) => {
    const decoded = await load(url, true);
    const countedRun = await load(url, false);
    decodeBodies(true);
    for (const { result, responses } of [decoded, countedRun]) {
      t.equal(result.requests.total, REQUESTS);
      t.equal(result['2xx'], REQUESTS);
      t.equal(result.errors, 0);
      t.equal(result.latency.totalCount, REQUESTS, 'a latency recorded per response');
      t.equal(responses.length, REQUESTS);
      t.ok(responses.every((response) => response.status === 200 && response.time > 0));
    }
    // Every response is the same bytes: head (its Date aside, of fixed length) and the body.
    const perResponse = decoded.responses[0].bytes;
    t.ok(perResponse > BODY_BYTES, 'bytes count the head and the body');
    for (const { result, responses } of [decoded, countedRun]) {
      t.ok(responses.every((response) => response.bytes === perResponse), 'the same bytes per response');
      t.equal(result.throughput.total, REQUESTS * perResponse, 'throughput counts every byte');
    }
    t.equal(decoded.counted, 0, 'autocannon\'s own client decodes, counts nothing');
    t.equal(countedRun.counted, REQUESTS * BODY_BYTES, 'the counting client saw every body byte');
  });
});

t.test('a pending request\'s body is decoded only by autocannon\'s own addBody', async (t) => {
  const body = (decode: boolean) => {
    decodeBodies(decode);
    const queue = new Queue();
    queue.insertRequest({});
    queue.addByteCount(9);
    queue.addBody(Buffer.from('{"a":'));
    queue.addBody(Buffer.from('"é"}'));
    return queue.terminateRequest();
  };
  const decoded = body(true);
  t.equal(clientBodies(), 'decoded');
  t.equal(decoded.body, '{"a":"é"}');
  const counted = body(false);
  t.equal(clientBodies(), 'counted');
  t.equal(counted.body, '', 'no string made');
  t.equal(counted.bytes, decoded.bytes, 'the byte count untouched');
  decodeBodies(true);
});

t.test('a body consumer is refused while bodies are only counted', async (t) => {
  const url = 'http://127.0.0.1:9';
  t.same(bodyConsumers({ url }), []);
  t.same(bodyConsumers({ url, requests: [{ method: 'GET' }] }), []);
  const reading = [
    { url, verifyBody: () => true },
    { url, expectBody: '{}' },
    { url, workers: 2 },
    { url, requests: [{ method: 'GET' }, { method: 'GET', onResponse: () => undefined }] },
  ];
  t.same(reading.map((options) => bodyConsumers(options)), [['verifyBody'], ['expectBody'], ['workers'], ['requests[1].onResponse']]);
  decodeBodies(false);
  for (const options of reading) t.throws(() => run(options), /would read them/);
  decodeBodies(true);
});

t.test('autocannon\'s own client still serves a body consumer', async (t) => {
  await withServer(async (url) => {
    decodeBodies(true);
    const expectBody = CHUNK.toString().repeat(CHUNKS);
    const result = await run({ url, connections: 2, amount: 20, expectBody } as Parameters<typeof run>[0]);
    t.equal(result.mismatches, 0, 'every body decoded in full and compared');
    t.equal(result.requests.total, 20);
  });
});
