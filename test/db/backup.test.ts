import { join } from 'node:path';
import t from 'tap';
import { backupDatabase, backupFile } from '../../src/db/backup.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/sqlite.js';
import { createRepositories } from '../../src/repositories/index.js';
import { eventFields, tempDir } from '../helpers/db.js';

t.test('an online backup is a consistent copy, taken while the source stays open and writable', async (t) => {
  const dir = tempDir(t);
  const source = openDatabase(join(dir, 'live.db'));
  t.teardown(() => source.close());
  migrate(source);
  const repos = createRepositories(source);
  for (let i = 0; i < 200; i++) repos.events.insert(eventFields({ title: `Event ${i} ${'x'.repeat(500)}` }), '2025-07-05T00:00:00Z');

  const progress: Array<[number, number]> = [];
  const { pages } = await backupDatabase(source, join(dir, 'copy.db'), (copied, total) => progress.push([copied, total]));
  t.ok(pages > 0);
  t.same(progress[progress.length - 1], [pages, pages], 'progress ends at the total');
  repos.events.insert(eventFields(), '2025-07-05T00:00:00Z');
  t.equal(repos.events.count(), 201, 'the source is still writable');

  const copy = openDatabase(join(dir, 'copy.db'));
  t.teardown(() => copy.close());
  t.equal(createRepositories(copy).events.count(), 200, 'the copy is the snapshot');
  t.equal(copy.pragma('integrity_check', { simple: true }), 'ok');

  const { pages: filePages } = await backupFile(join(dir, 'live.db'), join(dir, 'copy2.db'));
  t.ok(filePages >= pages);
  await t.rejects(backupFile(join(dir, 'missing.db'), join(dir, 'copy3.db')), 'the source must exist');
});
