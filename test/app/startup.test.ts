import { join } from 'node:path';
import t from 'tap';
import { tempDir } from '../helpers/db.js';
import { startServer } from '../helpers/server.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real server starts its ingest threads and warms them once it has listened and no read has
 * been served for QUIET_MS (src/server.ts), so the first batch finds them ready. The log says so.
 */
t.test('a started server warms its ingest threads once quiet, and still answers meanwhile', async (t) => {
  const server = await startServer(t, join(tempDir(t), 'startup.db'));
  t.equal((await fetch(`${server.base}/health`)).status, 200, 'ready for reads before the threads are');
  for (let waited = 0; !server.output().includes('ingest threads ready') && waited < 60_000; waited += 100) await pause(100);
  t.match(server.output(), /ingest threads ready/, 'the threads warmed');
  t.notMatch(server.output(), /could not warm/);
  const response = await fetch(`${server.base}/v1/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 't', body: 'Drones struck Kharkiv on Tuesday.', publishedAt: '2025-07-03' }),
  });
  t.equal(response.status, 200, 'and extract on the warm thread');
  t.ok(((await response.json()) as { events: unknown[] }).events.length > 0);
});

t.test('GET /ready says when the extraction thread is warm, and polling it does not keep the server from warming', async (t) => {
  const server = await startServer(t, join(tempDir(t), 'ready.db'));
  const states: string[] = [];
  for (let waited = 0; states.at(-1) !== 'warm' && waited < 90_000; waited += 100) {
    const response = await fetch(`${server.base}/ready`);
    t.equal(response.status, 200);
    const { extraction } = (await response.json()) as { extraction: string };
    if (states.at(-1) !== extraction) states.push(extraction);
    await pause(100);
  }
  t.equal(states.at(-1), 'warm', `warm while polled every 100 ms (${states.join(' -> ')})`);
  t.same(states.filter((state) => state !== 'warming'), ['stopped', 'warm'], 'stopped, then warming, then warm');
  t.match(server.output(), /ingest threads ready/, 'the log says so too');
});

t.test('a server flooded with probes after a read is not quiet: it does not warm its ingest threads until the flood stops', async (t) => {
  const server = await startServer(t, join(tempDir(t), 'flood.db'));
  // A read first (the server's quiet time counts from it), then /health back to back from four
  // clients for three quiet times (QUIET_MS): load, as npm run bench's /health slices are.
  t.equal((await fetch(`${server.base}/v1/events?limit=1`)).status, 200);
  const floodUntil = performance.now() + 3000;
  const seen = new Set<string>();
  const client = async () => {
    while (performance.now() < floodUntil) {
      const response = await fetch(`${server.base}/health`);
      await response.arrayBuffer();
    }
  };
  const pollReady = async () => {
    while (performance.now() < floodUntil) {
      seen.add(((await (await fetch(`${server.base}/ready`)).json()) as { extraction: string }).extraction);
      await pause(100);
    }
  };
  await Promise.all([client(), client(), client(), client(), pollReady()]);
  t.same([...seen], ['stopped'], 'stopped all through the flood');
  t.notMatch(server.output(), /ingest threads (ready|stopped)/, 'nothing started, nothing released');
  let extraction = 'stopped';
  for (let waited = 0; extraction !== 'warm' && waited < 90_000; waited += 100) {
    extraction = ((await (await fetch(`${server.base}/ready`)).json()) as { extraction: string }).extraction;
    await pause(100);
  }
  t.equal(extraction, 'warm', 'warm once only polled');
});
