import { MessageChannel, type MessagePort } from 'node:worker_threads';
import t from 'tap';
import type { StoredExtraction } from '../../src/ingest/ingest.js';
import { extractionThrough } from '../../src/ingest/extraction-lanes.js';

// How the writer thread deals a batch's articles out to the extraction threads (extraction-lanes.ts):
// each request to one thread, each answer to its own request, whatever the order answers come in.
const NOW = new Date('2025-07-05T12:00:00.000Z');

/** A stand-in extraction thread on a port: it records each request and answers when told. */
function fakeThread(t: { teardown: (fn: () => void) => void }, name: string) {
  const { port1: writerEnd, port2: threadEnd } = new MessageChannel();
  const requests: Array<{ id: number; title: string; found?: unknown }> = [];
  let arrived = () => {};
  threadEnd.on('message', (request: { id: number; input: { title: string }; found?: unknown }) => {
    requests.push({ id: request.id, title: request.input.title, ...(request.found ? { found: request.found } : {}) });
    arrived();
  });
  t.teardown(() => threadEnd.close());
  return {
    name,
    port: writerEnd as MessagePort,
    requests,
    /** Resolves once `count` requests have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        arrived = () => requests.length >= count && resolve();
        arrived();
      }),
    answer(id: number, title: string) {
      // (a batch's answer holds the events only: BatchExtractionAnswer)
      threadEnd.postMessage({ id, result: { events: [{ title: `${name}:${title}` }] } as unknown as StoredExtraction });
    },
    fail(id: number) {
      threadEnd.postMessage({ id, error: 'TypeError: broken' });
    },
    crash: () => threadEnd.close(),
  };
}

const article = (title: string) => ({ title, body: `${title} body`, publishedAt: '2025-07-04' });
const titleOf = (result: StoredExtraction) => (result.events[0] as unknown as { title: string }).title;

t.test('articles are dealt to the thread with the fewest waiting, and each answer reaches its own request, in any order', async (t) => {
  const a = fakeThread(t, 'a');
  const b = fakeThread(t, 'b');
  const extract = extractionThrough([a.port, b.port]);
  const results = ['one', 'two', 'three', 'four', 'five'].map((title) => extract(article(title), NOW));
  await Promise.all([a.received(3), b.received(2)]);
  t.same(a.requests.map((r) => r.title), ['one', 'three', 'five'], 'the first thread among equals');
  t.same(b.requests.map((r) => r.title), ['two', 'four']);
  // Answered backwards, the second thread first.
  for (const { id, title } of [...b.requests].reverse()) b.answer(id, title);
  for (const { id, title } of [...a.requests].reverse()) a.answer(id, title);
  t.same((await Promise.all(results)).map(titleOf), ['a:one', 'b:two', 'a:three', 'b:four', 'a:five']);

  // A thread that has answered fewer of its requests keeps more waiting: the next go to the other.
  const sixth = extract(article('six'), NOW); // a: 0 waiting, b: 0
  const seventh = extract(article('seven'), NOW); // a: 1, b: 0
  await Promise.all([a.received(4), b.received(3)]);
  b.answer(b.requests[2].id, 'seven');
  t.equal(titleOf(await seventh), 'b:seven');
  const eighth = extract(article('eight'), NOW); // a: 1, b: 0
  await b.received(4);
  t.same(a.requests.slice(3).map((r) => r.title), ['six']);
  t.same(b.requests.slice(2).map((r) => r.title), ['seven', 'eight']);
  a.answer(a.requests[3].id, 'six');
  b.answer(b.requests[3].id, 'eight');
  t.same((await Promise.all([sixth, eighth])).map(titleOf), ['a:six', 'b:eight']);
});

t.test('a failed extraction rejects its request only; a thread that goes fails what waits on it, and the rest go to the others', async (t) => {
  const a = fakeThread(t, 'a');
  const b = fakeThread(t, 'b');
  const extract = extractionThrough([a.port, b.port]);
  const first = extract(article('one'), NOW);
  const second = extract(article('two'), NOW);
  const third = extract(article('three'), NOW);
  await Promise.all([a.received(2), b.received(1)]);
  a.fail(a.requests[0].id);
  await t.rejects(first, /extraction failed: TypeError: broken/);
  b.crash();
  await t.rejects(second, /the extraction thread stopped/, 'waiting on the thread that went');
  const later = [extract(article('four'), NOW), extract(article('five'), NOW)];
  await a.received(4);
  t.same(a.requests.map((r) => r.title), ['one', 'three', 'four', 'five'], 'after the crash every article goes to the thread left');
  for (const { id, title } of a.requests.slice(1)) a.answer(id, title);
  t.same((await Promise.all([third, ...later])).map(titleOf), ['a:three', 'a:four', 'a:five']);
  a.crash();
  await new Promise((resolve) => setImmediate(resolve));
  await t.rejects(extract(article('six'), NOW), /the extraction thread stopped/, 'no thread left: at once');
});

t.test("with datesOf, each article's date expressions go with it; one that cannot be dated fails alone, sent nowhere", async (t) => {
  const a = fakeThread(t, 'a');
  const dated: string[] = [];
  const datesOf = (input: { title: string; publishedAt?: string | null }, { now }: { now: Date }) => {
    if (input.title === 'bad') throw new TypeError('no body');
    dated.push(input.title);
    return [{ text: `${input.title} at ${now.toISOString()} from ${input.publishedAt}` }] as unknown as ReturnType<NonNullable<Parameters<typeof extractionThrough>[1]>>;
  };
  const extract = extractionThrough([a.port], datesOf);
  const good = extract(article('one'), NOW);
  await t.rejects(extract(article('bad'), NOW), /extraction failed: TypeError: no body/);
  const other = extract(article('two'), NOW);
  await a.received(2);
  t.same(a.requests.map((r) => [r.title, r.found]), [
    ['one', [{ text: 'one at 2025-07-05T12:00:00.000Z from 2025-07-04' }]],
    ['two', [{ text: 'two at 2025-07-05T12:00:00.000Z from 2025-07-04' }]],
  ]);
  for (const { id, title } of a.requests) a.answer(id, title);
  t.same((await Promise.all([good, other])).map(titleOf), ['a:one', 'a:two']);
  t.same(dated, ['one', 'two']);
});
