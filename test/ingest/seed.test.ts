import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { SEEDS_DIR } from '../../src/db/paths.js';
import { extractArticle } from '../../src/extract/index.js';
import { createIngestService } from '../../src/ingest/ingest.js';
import { seedIfEmpty } from '../../src/seed.js';
import { tempDir, testDatabase } from '../helpers/db.js';

const silent = { warn: () => {} } as never;

t.test('seeds an empty database from *.json articles, skipping gold.json and invalid files', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ title: 'B', body: 'Second seed.', publishedAt: '2025-07-02', url: 'https://example.com/b', source: 'Ex' }));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'A', body: 'First seed.', publishedAt: '2025-07-01' }));
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ events: [] }));
  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ title: 'No body' }));
  writeFileSync(join(dir, 'notes.txt'), 'not json');
  const { repos } = testDatabase(t);
  const ingest = createIngestService(repos, { extract: extractArticle });
  const summary = await seedIfEmpty(repos, ingest, silent, dir);
  t.same(summary, { created: 2, invalid: ['broken.json'] });
  t.same(repos.articles.list({ limit: 10 }).data.map((a) => a.title), ['B', 'A']);
  t.same(await seedIfEmpty(repos, ingest, silent, dir), { skipped: 'database not empty', created: 0, invalid: [] }, 'runs only once');
  t.equal(repos.articles.count(), 2);
});

t.test('the project seeds are valid articles', async (t) => {
  const { repos } = testDatabase(t);
  const files = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.json') && file !== 'gold.json');
  const summary = await seedIfEmpty(repos, createIngestService(repos, { extract: extractArticle }), silent);
  t.same(summary.invalid, []);
  t.equal(summary.created, files.length, 'every seed article is stored (distinct url and content)');
});
