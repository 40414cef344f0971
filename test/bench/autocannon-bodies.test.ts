import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import t from 'tap';
import {
  autocannonOwnClient,
  bodyConsumers,
  clientBodies,
  clientDescription,
  clientReads,
  countedBodyBytes,
  decodeBodies,
  reuseReadBuffer,
  run,
  sharedBufferReads,
} from '../../bench/autocannon-bodies.js';

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

async function load(url: string, client: () => void) {
  client();
  const counted = countedBodyBytes();
  const reads = sharedBufferReads();
  const responses: Array<{ status: number; bytes: number; time: number }> = [];
  const instance = run({ url, connections: 4, amount: REQUESTS });
  instance.on('response', (_client, status, bytes, time) => responses.push({ status, bytes, time }));
  const result = await instance;
  autocannonOwnClient(true);
  return { result, responses, counted: countedBodyBytes() - counted, sharedReads: sharedBufferReads() - reads };
}

t.test('the bench\'s client keeps autocannon\'s requests, bytes and latencies', async (t) => {
  await withServer(async (url) => {
    const decoded = await load(url, () => autocannonOwnClient(true));
    const countedRun = await load(url, () => {
      decodeBodies(false);
      reuseReadBuffer(false);
    });
    const bench = await load(url, () => autocannonOwnClient(false));
    for (const { result, responses } of [decoded, countedRun, bench]) {
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
    for (const { result, responses } of [decoded, countedRun, bench]) {
      t.ok(responses.every((response) => response.bytes === perResponse), 'the same bytes per response');
      t.equal(result.throughput.total, REQUESTS * perResponse, 'throughput counts every byte');
    }
    t.equal(decoded.counted, 0, 'autocannon\'s own client decodes, counts nothing');
    t.equal(countedRun.counted, REQUESTS * BODY_BYTES, 'the counting client saw every body byte');
    t.equal(bench.counted, REQUESTS * BODY_BYTES, 'every body byte, read into the shared buffer');
    t.equal(decoded.sharedReads + countedRun.sharedReads, 0, 'autocannon\'s own connections read as they do');
    t.ok(bench.sharedReads >= REQUESTS, 'the bench\'s connections read into the one buffer');
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
  reuseReadBuffer(true);
  t.throws(() => run({ url, setupClient: () => undefined } as Parameters<typeof run>[0]), /setupClient could keep it/);
  t.throws(() => run({ url, workers: 2 } as Parameters<typeof run>[0]), /workers could keep it/);
  reuseReadBuffer(false);
});

t.test('the client described as it runs', async (t) => {
  autocannonOwnClient(false);
  t.same(clientDescription(), { bodies: 'counted', reads: 'reused' });
  autocannonOwnClient(true);
  t.same(clientDescription(), { bodies: 'decoded', reads: 'per read' });
  t.equal(clientReads(), 'per read');
});

t.test('a TLS client connects as autocannon does, whatever the reads', async (t) => {
  // An https URL nobody answers: the connection fails, counted as an error, with either _connect.
  reuseReadBuffer(true);
  const reads = sharedBufferReads();
  const result = await run({ url: 'https://127.0.0.1:9', connections: 1, duration: 1 } as Parameters<typeof run>[0]);
  reuseReadBuffer(false);
  t.ok(result.errors > 0);
  t.equal(sharedBufferReads(), reads);
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

t.test('the bench\'s connections reconnect as autocannon\'s do', async (t) => {
  // The server closes each connection after its response ('end'): the client connects again.
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-length': '2', connection: 'close' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  autocannonOwnClient(true);
  const own = await run({ url, connections: 2, amount: 20 });
  autocannonOwnClient(false);
  const bench = await run({ url, connections: 2, amount: 20 });
  // Nothing listening: each refused connection is an error, and the client tries again.
  const refused = await run({ url: 'http://127.0.0.1:9', connections: 1, duration: 1 });
  autocannonOwnClient(true);
  t.ok(own['2xx'] > 2, 'more answers than connections: connected again after each close');
  t.equal(bench['2xx'], own['2xx']);
  t.equal(bench.errors, own.errors);
  t.ok(refused.errors > 1, 'connected again after each refusal');
});
