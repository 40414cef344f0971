import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { formatSummary, ingestInputs } from '../../src/cli/ingest.js';
import { exportFilter } from '../../src/cli/export.js';
import { collectFiles, parseArticles } from '../../src/cli/sources.js';
import { tempDir, testDatabase } from '../helpers/db.js';

t.test('parseArticles reads each kind of file', async (t) => {
  t.same(parseArticles('a.md', '\n# Drones hit Kharkiv\n\nDrones struck the city overnight.\n', '2025-07-05'), [
    { label: 'a.md', submission: { title: 'Drones hit Kharkiv', body: 'Drones struck the city overnight.', publishedAt: '2025-07-05' } },
  ], 'Markdown: the heading is the title');
  t.same(parseArticles('empty.txt', ' \n\n'), [{ label: 'empty.txt', error: 'the file is empty' }]);
  t.match(parseArticles('title-only.txt', 'Just a title')[0], { error: /body/ }, 'a title without a body is invalid');

  const [array0, array1] = parseArticles('list.json', JSON.stringify([{ title: 'A', body: 'B', publishedAt: '2025-01-02' }, 'nonsense']), '2025-07-05');
  t.same(array0, { label: 'list.json[0]', submission: { title: 'A', body: 'B', publishedAt: '2025-01-02' } }, 'an own date wins over --published-at');
  t.same(array1, { label: 'list.json[1]', error: 'expected an article object with title and body' });
  t.match(parseArticles('bad-date.json', JSON.stringify({ title: 'A', body: 'B', publishedAt: 'Tuesday' }))[0], {
    error: /publishedAt: must be an ISO 8601 date/,
  }, 'validated like the API');

  const ndjson = parseArticles('feed.jsonl', '{"title":"A","body":"B"}\n\n{oops\n');
  t.equal(ndjson.length, 2, 'blank lines are skipped');
  t.match(ndjson[1], { label: 'feed.jsonl:3', error: /not valid JSON/ });

  t.match(parseArticles('-', '{"title":"A","body":"B"}'), [{ submission: { title: 'A' } }], 'stdin: JSON');
  t.equal(parseArticles('-', '{"title":"A","body":"B"}\n{"title":"C","body":"D"}').length, 2, 'stdin: NDJSON');
  t.match(parseArticles('-', 'A title\nA body.'), [{ submission: { title: 'A title', body: 'A body.' } }], 'stdin: text');
  t.match(parseArticles('unknown.dat', '[{"title":"A","body":"B"}]'), [{ label: 'unknown.dat[0]' }], 'other names: detected');
});

t.test('collectFiles walks directories in order and reports missing inputs', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'b'));
  for (const file of ['z.txt', 'a.md', 'b/c.ndjson', 'b/skip.pdf', 'y.json']) writeFileSync(join(dir, file), '');
  const { files, missing } = await collectFiles([dir, join(dir, 'b', 'skip.pdf'), '-', join(dir, 'gone')]);
  t.same(files.map((file) => file.slice(dir.length + 1) || file), ['a.md', 'b/c.ndjson', 'y.json', 'z.txt', 'b/skip.pdf', '-']);
  t.same(missing, [join(dir, 'gone')]);
});

t.test('ingestInputs stores through the ingest service and counts', async (t) => {
  const { repos } = testDatabase(t);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'call.txt'), 'Leaders talk\nVolodymyr Zelenskyy and Emmanuel Macron spoke by phone on Thursday.');
  const summary = await ingestInputs(repos, [dir, join(dir, 'missing.json')], { publishedAt: '2025-07-05', clock: () => new Date('2025-07-06T00:00:00Z') });
  t.match(summary, { files: 1, articles: 1, created: 1, duplicates: 0 });
  t.equal(summary.events, repos.events.count());
  t.same(summary.errors, [{ label: join(dir, 'missing.json'), error: 'no such file or directory' }]);
  t.match(formatSummary(summary), /^errors\s+1\n\nerrors:\n {2}.*missing\.json: no such file or directory\n$/m);
});

t.test('exportFilter reads dates like the API and names the bad option', async (t) => {
  const now = new Date('2025-07-10T12:00:00Z');
  t.match(exportFilter({ format: 'csv', from: '2025-07', to: '2025' }, now), { from: '2025-07-01', to: '2025-12-31', descending: false });
  t.match(exportFilter({ format: 'csv', type: 'phone_call, meeting', actor: 'putin' }, now), { types: ['phone_call', 'meeting'], actor: 'putin' });
  t.throws(() => exportFilter({ format: 'csv', from: 'someday soon-ish' }, now), /--from "someday soon-ish" is not a date/);
  t.throws(() => exportFilter({ format: 'csv', to: 'gibberish words' }, now), /--to/);
  t.throws(() => exportFilter({ format: 'csv', from: '2025-08-01', to: '2025-07-01' }, now), /--to must not be before --from/);
});
