import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import t, { type Test } from 'tap';
import {
  asSingleExtraction, asSingleWrite, asWriting, countReads, createReadPressure, LONGEST_WAIT_MS, msSinceLastRead, READ_PACE, readsBeingServed, readsInFlight, RECENT_READ_MS, restAfterArticle, restForReads, setWriting, singleWritesWaiting, whenQuiet, whenReading, writerWriting, yieldToReads, type ReadPressure,
} from '../../src/ingest/read-pressure.js';
import { startModuleWorker } from '../../src/ingest/worker.js';

/** A server whose requests stay open until the test answers them, counted by countReads. */
async function heldServer(t: Test, pressure: ReadPressure) {
  const open: ServerResponse[] = [];
  const arrived: Array<() => void> = [];
  const server = createServer((_request: IncomingMessage, response: ServerResponse) => {
    open.push(response);
    arrived.shift()?.();
  });
  countReads(server, pressure);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  return {
    /** Sends a request and resolves once the server holds it; the client request is returned to abort it. */
    async send(method: string, path = '/v1/events') {
      const held = new Promise<void>((resolve) => arrived.push(resolve));
      const client = httpRequest({ host: '127.0.0.1', port, method, path });
      client.on('error', () => {});
      client.end();
      await held;
      return client;
    },
    /** Answers the oldest held request and waits for its response to close. */
    async answer() {
      const response = open.shift()!;
      const closed = once(response, 'close');
      response.end('{}');
      await closed;
    },
    /**
     * Sends `methods` pipelined on one connection (each sent before the one ahead is answered) and
     * resolves once the server holds them all; the socket is returned to drop the connection.
     */
    async pipeline(methods: string[]) {
      const held = methods.map(() => new Promise<void>((resolve) => arrived.push(resolve)));
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.on('data', () => {});
      socket.write(methods.map((method) => `${method} /v1/events HTTP/1.1\r\nHost: test\r\n\r\n`).join(''));
      await Promise.all(held);
      return socket;
    },
    open,
  };
}
/**
 * Runs yieldToReads (or, with `sliceMs`, restForReads; with `articleMs`, restAfterArticle) on another
 * thread and resolves with its answer.
 */
function waiterThread(pressure: ReadPressure, longestMs: number, sliceMs?: number, articleMs?: number) {
  const worker = startModuleWorker(new URL('../helpers/read-pressure-waiter.ts', import.meta.url).href, { workerData: { pressure, longestMs, sliceMs, articleMs } });
  let answered = false;
  const answer = (once(worker, 'message') as Promise<[{ waited: number }]>).then(([message]) => {
    answered = true;
    return message;
  });
  return { answer, answered: () => answered, exited: once(worker, 'exit') };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

t.test('countReads counts the GET and HEAD requests open, from arrival to close, answered or aborted', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  await server.send('HEAD');
  t.equal(readsInFlight(pressure), 2, 'two reads open');
  await server.send('POST');
  t.equal(readsInFlight(pressure), 2, 'a write (the batch itself) is not a read');
  await server.answer();
  t.equal(readsInFlight(pressure), 1, 'an answered read no longer counts');
  const aborted = await server.send('GET');
  t.equal(readsInFlight(pressure), 2);
  const abortedResponse = server.open[server.open.length - 1];
  const closed = once(abortedResponse, 'close');
  aborted.destroy();
  await closed;
  t.equal(readsInFlight(pressure), 1, 'a read whose client went away no longer counts');
});

t.test('countReads: probes (/health, /ready) are not reads, and a server polled by them still becomes quiet', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await pause(60);
  for (const path of ['/health', '/ready', '/health?x=1', '/ready#top']) {
    await server.send('GET', path);
    await server.answer();
  }
  await server.send('HEAD', '/ready');
  t.equal(readsInFlight(pressure), 0, 'an open probe is not a read in flight');
  t.notOk(readsBeingServed(pressure), 'probes are not reads being served');
  t.ok(msSinceLastRead(pressure) >= 50, 'nor do they stamp the last read');
  await server.answer();
  for (const path of ['/healthz', '/readyness', '/v1/events?ready', '/health/x']) {
    await server.send('GET', path);
    t.equal(readsInFlight(pressure), 1, `${path} is a read`);
    await server.answer();
  }
});

t.test('countReads: reads pipelined behind an open one stop counting when their client goes away', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  const socket = await server.pipeline(['GET', 'HEAD', 'GET']);
  t.equal(readsInFlight(pressure), 3, 'three reads open on one connection');
  // Node never gives a response waiting behind another its socket, nor a 'close', once the
  // connection is gone: only their requests close.
  // (a request dropped with its connection closes with an error: only the close is awaited)
  const queued = server.open.slice(1).map((response) => new Promise((resolve) => response.req.on('close', resolve)));
  socket.destroy();
  await Promise.all(queued);
  t.equal(readsInFlight(pressure), 0, 'none left counted');
  // The handlers still answer them, into a connection that is gone: nothing is counted twice.
  for (const response of server.open.splice(0)) response.end('{}');
  await pause(50);
  t.equal(readsInFlight(pressure), 0, 'and the count does not go below zero');
});

t.test('countReads: pipelined reads answered in turn are each counted until answered', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  const socket = await server.pipeline(['GET', 'GET']);
  t.teardown(() => socket.destroy());
  t.equal(readsInFlight(pressure), 2);
  await server.answer();
  t.equal(readsInFlight(pressure), 1, 'the first answered; the second still open');
  await server.answer();
  t.equal(readsInFlight(pressure), 0);
});

t.test('asWriting flags the slice while it runs, and clears the flag when it throws', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  // With a read in flight, the flag is what makes yieldToReads wait: seen from inside the work.
  await server.send('GET');
  const waitedInside = asWriting(pressure, () => yieldToReads(pressure, 30));
  t.ok(waitedInside >= 30, `inside a slice, the extraction thread waits (${waitedInside.toFixed(1)} ms, at most 30)`);
  t.throws(() =>
    asWriting(pressure, () => {
      throw new Error('slice failed');
    }),
  );
  t.ok(yieldToReads(pressure, 60_000) < 60_000, 'after a failed slice, nothing waits for it');
  await server.answer();
});

t.test('yieldToReads: no wait without reads in flight, nor while the writer is not writing', async (t) => {
  const pressure = createReadPressure();
  setWriting(pressure, true);
  t.ok(yieldToReads(pressure, 60_000) < 60_000, 'writer busy, no reads: goes on at once');
  setWriting(pressure, false);
  const server = await heldServer(t, pressure);
  await server.send('GET');
  t.ok(yieldToReads(pressure, 60_000) < 60_000, 'reads, writer idle: goes on at once');
  await server.answer();
});

t.test('yieldToReads waits while reads are in flight and a slice is written, until the slice ends', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  setWriting(pressure, true);
  const waiter = waiterThread(pressure, 60_000);
  await pause(200);
  t.notOk(waiter.answered(), 'still waiting while the slice is written');
  setWriting(pressure, false);
  const { waited } = await waiter.answer;
  t.ok(waited < 60_000, 'woken by the end of the slice, not by the cap');
  await waiter.exited;
  await server.answer();
});

t.test('yieldToReads waits until the last read closes, when the slice goes on', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  await server.send('GET');
  setWriting(pressure, true);
  const waiter = waiterThread(pressure, 60_000);
  await pause(100);
  await server.answer();
  await pause(100);
  t.notOk(waiter.answered(), 'one read still open: still waiting');
  await server.answer();
  const { waited } = await waiter.answer;
  t.ok(waited < 60_000, 'woken when no read is left, the slice still being written');
  await waiter.exited;
  setWriting(pressure, false);
});

t.test('yieldToReads never waits longer than its cap: a writer that stopped (its flag left set) holds a batch back only that long', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  setWriting(pressure, true);
  const { waited } = await waiterThread(pressure, 150).answer;
  t.ok(waited >= 150, `waited its cap (${waited.toFixed(1)} ms)`);
  t.ok(waited < 60_000, 'and went on');
  await server.answer();
});

t.test('yieldToReads keeps no single extraction waiting: batch articles go on while one is asked for, and wait again after it', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  setWriting(pressure, true);
  const waiter = waiterThread(pressure, 60_000);
  await pause(100);
  t.notOk(waiter.answered(), 'a read and a slice: the batch article waits');
  let answerSingle!: () => void;
  const single = asSingleExtraction(pressure, () => new Promise<void>((resolve) => (answerSingle = resolve)));
  const { waited } = await waiter.answer;
  t.ok(waited < 60_000, 'woken when a single extraction is asked for, not by the cap');
  t.ok(yieldToReads(pressure, 60_000) < 60_000, 'the next batch article does not wait either');
  answerSingle();
  await single;
  t.ok(yieldToReads(pressure, 50) >= 50, 'once it is answered, batch articles wait for slices again');
  await t.rejects(asSingleExtraction(pressure, () => Promise.reject(new Error('extraction failed'))));
  t.ok(yieldToReads(pressure, 50) >= 50, 'and after one that failed');
  await waiter.exited;
  setWriting(pressure, false);
  await server.answer();
});

for (const [rest, work] of [
  [restForReads, 'slice'],
  [restAfterArticle, 'article'],
] as const) {
  t.test(`${rest.name}: no rest without reads; while reads are in flight READ_PACE times the ${work}, at most its cap`, async (t) => {
    const pressure = createReadPressure();
    t.ok(rest(pressure, 60_000, 60_000) < 60_000, 'no read: goes on at once');
    const server = await heldServer(t, pressure);
    await server.send('GET');
    const rested = rest(pressure, 20, 60_000);
    t.ok(rested >= 20 * READ_PACE, `rested ${rested.toFixed(1)} ms after a 20 ms ${work}`);
    const capped = rest(pressure, 60_000, 80);
    t.ok(capped >= 80 && capped < 60_000, `a long ${work} rests the cap only (${capped.toFixed(1)} ms)`);
    await server.answer();
  });
}

t.test("restForReads: the writer's rest ends as soon as the last read closes", async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  await server.send('GET');
  const waiter = waiterThread(pressure, 60_000, 60_000);
  await pause(100);
  await server.answer();
  await pause(100);
  t.notOk(waiter.answered(), 'one read still open: still resting');
  await server.answer();
  const { waited } = await waiter.answer;
  t.ok(waited < 60_000, 'woken when no read is left');
  await waiter.exited;
});

t.test('readsBeingServed: reads count as served while one is open and for RECENT_READ_MS after the last arrived', async (t) => {
  const pressure = createReadPressure();
  t.notOk(readsBeingServed(pressure), 'no read yet');
  const server = await heldServer(t, pressure);
  await server.send('GET');
  t.ok(readsBeingServed(pressure), 'one open');
  await server.answer();
  t.equal(readsInFlight(pressure), 0);
  // A route answers an uncached page synchronously: between two requests none is open.
  t.ok(readsBeingServed(pressure), 'answered just now: still being served');
  await pause(RECENT_READ_MS + 30);
  t.notOk(readsBeingServed(pressure), 'none for longer than RECENT_READ_MS');
  await server.send('POST');
  t.notOk(readsBeingServed(pressure), 'a write is not a read');
  await server.answer();
});

t.test('restForReads: the writer rests after a slice while reads keep arriving, though none stays open', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  // One read after another, each answered at once, until the rest is over (the thread may take a
  // while to start on a loaded machine: reads that end before it rests test nothing). A stall of
  // this thread longer than RECENT_READ_MS when the writer looks ends its rest rightly, so a loaded
  // machine gets a few attempts; with only the count of open reads no attempt rests: each read is
  // answered at once.
  const attempts: string[] = [];
  let rested = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    const waiter = waiterThread(pressure, 60_000, 100);
    let answered = 0;
    const until = performance.now() + 60_000;
    while (performance.now() < until && !waiter.answered()) {
      await server.send('GET');
      await server.answer();
      answered++;
      await pause(2);
    }
    const { waited } = await waiter.answer;
    await waiter.exited;
    attempts.push(`${waited.toFixed(1)} ms over ${answered} reads`);
    rested = waited >= 2 * RECENT_READ_MS;
    if (rested) break;
    await pause(RECENT_READ_MS * 3);
  }
  t.ok(rested, `rested ${attempts.join('; ')}`);
});

t.test('msSinceLastRead is 0 while a read is open and counts from the last arrival once none is', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  t.equal(msSinceLastRead(pressure), 0, 'a read open');
  await pause(30);
  t.equal(msSinceLastRead(pressure), 0, 'still open, however long ago it arrived');
  await server.answer();
  await pause(30);
  t.ok(msSinceLastRead(pressure) >= 25, `counted from the arrival once closed (${msSinceLastRead(pressure)} ms)`);
});

t.test('whenQuiet calls its work once no read has been served for the quiet time, and not while reads keep arriving', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  let called = 0;
  whenQuiet(pressure, () => called++, 500);
  // A read every ~20 ms for over a second: never 500 ms without one.
  for (let i = 0; i < 50; i++) {
    await server.send('GET');
    await server.answer();
    await pause(20);
  }
  t.equal(called, 0, 'not while reads are being served');
  await server.send('GET');
  await pause(700);
  t.equal(called, 0, 'not while a read is open');
  await server.answer();
  while (called === 0) await pause(20);
  await pause(700);
  t.equal(called, 1, 'once, after the reads stopped');
});

t.test('whenQuiet: probes flooding in are not quiet (no read among them); probes at a polling rate are', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  let flooded = 0;
  whenQuiet(pressure, () => flooded++, 300, 20);
  // /health answered back to back for over three quiet times: hundreds a second, no read.
  const floodUntil = performance.now() + 1000;
  let sent = 0;
  while (performance.now() < floodUntil) {
    await server.send('GET', sent % 2 === 0 ? '/health' : '/ready');
    await server.answer();
    sent++;
  }
  t.equal(flooded, 0, `not while probes flood in (${sent} in a second)`);
  while (flooded === 0) await pause(20);
  t.equal(flooded, 1, 'once they stop');

  let polled = 0;
  whenQuiet(pressure, () => polled++, 300, 20);
  // A probe every 100 ms (10 a second) until the work is called: polling is quiet.
  for (let probes = 0; polled === 0; probes++) {
    await server.send('GET', '/ready');
    await server.answer();
    await pause(100);
  }
  t.equal(polled, 1, 'while polled every 100 ms');
});

t.test('whenReading calls its work once a read is served, not before, and not once cancelled', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await pause(300); // the pressure's clock starts at no read for a long time
  let called = 0;
  whenReading(pressure, () => called++, 50);
  await pause(200);
  t.equal(called, 0, 'no read yet');
  await server.send('GET');
  while (called === 0) await pause(10);
  await server.answer();
  await server.send('GET');
  await server.answer();
  await pause(200);
  t.equal(called, 1, 'once');
  let cancelledCalls = 0;
  const cancel = whenReading(pressure, () => cancelledCalls++, 50);
  cancel();
  await server.send('GET');
  await server.answer();
  await pause(200);
  t.equal(cancelledCalls, 0, 'cancelled: never');
});

t.test('whenQuiet: cancelled before the quiet time, the work is never called', async (t) => {
  const pressure = createReadPressure();
  let called = 0;
  const cancel = whenQuiet(pressure, () => called++, 30);
  cancel();
  await pause(150);
  t.equal(called, 0);
});

t.test('restForReads rests flagged as writing: the extraction thread does not run ahead of a resting writer', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  t.equal(restForReads(pressure, 50, 60_000), 0, 'no read: no rest');
  t.notOk(writerWriting(pressure), 'nor the flag');
  await server.send('GET');
  const writer = waiterThread(pressure, 60_000, 60_000);
  while (!writerWriting(pressure) && !writer.answered()) await pause(5);
  t.ok(writerWriting(pressure), 'flagged while it rests');
  const article = waiterThread(pressure, 60_000);
  await pause(200);
  t.notOk(article.answered(), "the next batch article waits for the writer's rest");
  await server.answer();
  t.ok((await article.answer).waited < 60_000, 'both go on when the reads end');
  t.ok((await writer.answer).waited < 60_000);
  t.notOk(writerWriting(pressure), 'the flag cleared after the rest');
  await Promise.all([writer.exited, article.exited]);
});

t.test("restAfterArticle: the extraction thread's rest ends when the last read closes, and when a single extraction is asked for", async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  const first = waiterThread(pressure, 60_000, undefined, 60_000);
  await pause(200);
  t.notOk(first.answered(), 'a read open: resting');
  await server.answer();
  t.ok((await first.answer).waited < 60_000, 'woken when no read is left');
  await first.exited;

  await server.send('GET');
  const second = waiterThread(pressure, 60_000, undefined, 60_000);
  await pause(200);
  t.notOk(second.answered(), 'resting again');
  let answerSingle!: () => void;
  const single = asSingleExtraction(pressure, () => new Promise<void>((resolve) => (answerSingle = resolve)));
  t.ok((await second.answer).waited < 60_000, 'woken by the single extraction, the read still open');
  answerSingle();
  await single;
  await second.exited;
  await server.answer();
});

t.test('asSingleWrite: the write runs at once while the writer thread is not writing, else once its slice ends', async (t) => {
  const pressure = createReadPressure();
  t.equal(await asSingleWrite(pressure, () => 'written'), 'written', 'no slice: written at once');
  t.notOk(singleWritesWaiting(pressure), 'nothing waits after it');

  setWriting(pressure, true);
  let written = false;
  const single = asSingleWrite(pressure, () => (written = true));
  await new Promise((resolve) => setImmediate(resolve));
  t.notOk(written, 'not during the slice');
  t.ok(singleWritesWaiting(pressure), 'the writer thread is told a single waits');
  setWriting(pressure, false);
  await single;
  t.ok(written, 'written once the slice ended');
  t.notOk(singleWritesWaiting(pressure));

  await t.rejects(
    asSingleWrite(pressure, () => {
      throw new Error('write failed');
    }),
    /write failed/,
  );
  t.notOk(singleWritesWaiting(pressure), 'a failed write waits no more either');
});

t.test('asWriting: the writer thread starts no slice while a single write waits; the single goes first', async (t) => {
  const pressure = createReadPressure();
  // The writer is in a slice; a single is extracted and waits for it to end.
  setWriting(pressure, true);
  const order: string[] = [];
  const single = asSingleWrite(pressure, () => {
    order.push('single');
    t.notOk(writerWriting(pressure), 'no slice is being written meanwhile');
  });
  t.ok(singleWritesWaiting(pressure));
  // The writer thread's next slice (its flag still set from the one before, as between two slices).
  const writer = startModuleWorker(new URL('../helpers/slice-after-singles.ts', import.meta.url).href, { workerData: { pressure, longestMs: 60_000 } });
  const [{ singleWaitingInside }] = (await once(writer, 'message')) as [{ singleWaitingInside: boolean }];
  order.push('slice');
  await single;
  t.same(order, ['single', 'slice'], 'the single was written before the slice started');
  t.notOk(singleWaitingInside, 'no single waiting when the slice ran');
  t.notOk(writerWriting(pressure), 'the flag cleared after the slice');
  await once(writer, 'exit');
});

t.test('restForReads: a single article waiting to be written ends the writer\'s rest, a read still open', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  // The writer is in a slice; a single waits for it to end.
  setWriting(pressure, true);
  let written = false;
  const single = asSingleWrite(pressure, () => (written = true));
  const rested = restForReads(pressure, 1000, 60_000);
  t.ok(rested < 3000, `no rest of 3 s after a 1 s slice (${rested.toFixed(1)} ms)`);
  t.notOk(writerWriting(pressure), 'the flag cleared');
  await single;
  t.ok(written, 'the single is written');
  await server.answer();
});

t.test('restForReads by default: after a slice of the writer thread\'s whole length (1 s), a rest as long, not a quarter of it', async (t) => {
  const pressure = createReadPressure();
  const server = await heldServer(t, pressure);
  await server.send('GET');
  const rested = restForReads(pressure, 1000);
  t.ok(rested >= 1000, `rested ${rested.toFixed(0)} ms after a 1,000 ms slice, a read open`);
  t.ok(LONGEST_WAIT_MS >= 1000, 'LONGEST_WAIT_MS is at least the writer thread\'s slice (store-worker.ts WRITER_SLICES.ms)');
  await server.answer();
});
