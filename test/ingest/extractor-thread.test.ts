import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { extractArticle } from '../../src/extract/index.js';
import { createExtractorThread } from '../../src/ingest/extractor-thread.js';

const NOW = new Date('2025-07-05T12:00:00.000Z');
const seed = JSON.parse(readFileSync(join(SEEDS_DIR, '001-putin-tells-trump-aims-unchanged.json'), 'utf8')) as { title: string; body: string; publishedAt: string };

t.test('the extraction thread returns what extraction on this thread returns', async (t) => {
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  const input = { title: seed.title, body: seed.body, publishedAt: seed.publishedAt };
  const [off, again] = await Promise.all([thread.extract(input, NOW), thread.extract({ ...input, publishedAt: null }, NOW)]);
  t.same(off, extractArticle(input, { now: NOW }));
  t.same(again, extractArticle({ ...input, publishedAt: null }, { now: NOW }), 'the clock reaches the thread: undated articles resolve against it');
  t.ok(off.events.length > 0);
});

t.test('a failing extraction rejects that request only; close rejects what waits and a later request starts a new thread', async (t) => {
  const thread = createExtractorThread();
  t.teardown(() => thread.close());
  const broken = thread.extract({ title: 't', body: null as unknown as string }, NOW);
  const fine = thread.extract({ title: 't', body: 'Drones struck Kharkiv on Tuesday.', publishedAt: '2025-07-03' }, NOW);
  await t.rejects(broken, /extraction failed: TypeError/);
  t.ok((await fine).events.length > 0, 'the next article is still extracted');

  const waiting = thread.extract({ title: 't', body: seed.body, publishedAt: seed.publishedAt }, NOW);
  const rejected = t.rejects(waiting, /closed/);
  await thread.close();
  await rejected;
  t.ok((await thread.extract({ title: 't', body: seed.body, publishedAt: seed.publishedAt }, NOW)).events.length > 0, 'started again on demand');
});
