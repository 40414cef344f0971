import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { createReadPressure } from '../../src/ingest/read-pressure.js';
import { startWorker } from '../../src/ingest/worker.js';

// The extraction thread's queue (extract-worker.ts): batch articles wait in it, a single does not.
const NOW = new Date('2025-07-05T12:00:00.000Z');
const seed = JSON.parse(readFileSync(join(SEEDS_DIR, '001-putin-tells-trump-aims-unchanged.json'), 'utf8')) as { title: string; body: string; publishedAt: string };

t.test('a single article goes before the batch articles queued on the extraction thread ahead of it', async (t) => {
  // The extraction thread as the server starts it, serving one batch's writer (this test) on a port.
  const worker = startWorker('extract-worker', { workerData: { readPressure: createReadPressure() } });
  t.teardown(() => worker.terminate());
  const { port1: writer, port2: served } = new MessageChannel();
  t.teardown(() => writer.close());
  worker.postMessage({ kind: 'serve', port: served }, [served]);
  const QUEUED = 60;
  const answered: string[] = [];
  let firstBatchAnswer!: () => void;
  let lastBatchAnswer!: () => void;
  const first = new Promise<void>((resolve) => (firstBatchAnswer = resolve));
  const last = new Promise<void>((resolve) => (lastBatchAnswer = resolve));
  writer.on('message', () => {
    answered.push('batch');
    firstBatchAnswer();
    if (answered.filter((a) => a === 'batch').length === QUEUED) lastBatchAnswer();
  });
  const input = { title: seed.title, body: seed.body, publishedAt: seed.publishedAt };
  for (let id = 0; id < QUEUED; id++) writer.postMessage({ id, input, now: NOW.getTime() });
  // The thread is extracting the batch, the rest of it queued: now a single comes.
  await first;
  const single = new Promise<{ id: number; result?: { events: unknown[] } }>((resolve) => worker.once('message', resolve));
  worker.postMessage({ kind: 'extract', id: QUEUED, input, now: NOW.getTime() });
  const answer = await single;
  answered.push('single');
  t.equal(answer.id, QUEUED);
  t.ok(answer.result && answer.result.events.length > 0, 'the single is extracted');
  const batchBefore = answered.indexOf('single');
  t.ok(batchBefore < QUEUED / 2, `answered after ${batchBefore} of the ${QUEUED} batch articles queued before it, not after all of them`);
  // and the batch goes on: every article queued is still answered
  await last;
  t.pass('every batch article is answered');
});
