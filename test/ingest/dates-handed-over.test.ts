import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { projectRoot, SEEDS_DIR } from '../../src/db/paths.js';
import { datesOf, extractArticle, extractWithDates } from '../../src/extract/index.js';

// A batch's writer thread finds each article's date expressions (datesOf) and sends them to the
// extraction thread with the article, which runs the event layer on them (extractWithDates): the
// two halves, with the structured clone between threads, must give what extractArticle gives.
const NOW = new Date('2025-07-05T12:00:00.000Z');

/** Articles of several writers (the seeds and three tunable corpora), each also undated. */
function articles(): Array<{ name: string; title: string; body: string; publishedAt?: string | null }> {
  const root = projectRoot();
  const files = [
    ...readdirSync(SEEDS_DIR).filter((f) => /^\d+.*\.json$/.test(f)).map((f) => join(SEEDS_DIR, f)),
    ...['dev', 'dev-g', 'dev-m'].flatMap((dir) =>
      readdirSync(join(root, 'test/fixtures/corpus', dir)).filter((f) => f.endsWith('.json')).sort().slice(0, 12).map((f) => join(root, 'test/fixtures/corpus', dir, f)),
    ),
  ];
  return files.flatMap((file) => {
    const { title, body, publishedAt } = JSON.parse(readFileSync(file, 'utf8')) as { title: string; body: string; publishedAt?: string };
    const name = file.slice(root.length + 1);
    return [
      { name, title, body, publishedAt },
      { name: `${name} (undated)`, title, body, publishedAt: null },
    ];
  });
}

t.test('the event layer on the date expressions found elsewhere (a structured clone) gives what extractArticle gives', async (t) => {
  const all = articles();
  t.ok(all.length >= 70, `${all.length} articles`);
  let withDates = 0;
  for (const article of all) {
    const found = structuredClone(datesOf(article, { now: NOW }));
    if (found.length > 0) withDates++;
    t.same(extractWithDates(article, found, { now: NOW }), extractArticle(article, { now: NOW }), article.name);
  }
  t.ok(withDates > all.length / 2, `date expressions in most of them (${withDates})`);
});

t.test('extractWithDates uses the dates it is given', async (t) => {
  const article = { title: 'Strike', body: 'Russian drones struck Kharkiv on Tuesday, officials said.', publishedAt: '2025-07-04T09:00:00Z' };
  const found = datesOf(article, { now: NOW });
  t.ok(extractArticle(article, { now: NOW }).events.some((e) => e.startDate === '2025-07-01'), 'Tuesday 1 July');
  t.notOk(extractWithDates(article, [], { now: NOW }).events.some((e) => e.startDate === '2025-07-01'), 'no date expressions given: Tuesday is not read');
  t.ok(found.length > 0);
});
