import { statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { createCheckpointThread } from '../../src/ingest/checkpoint-thread.js';
import { tempDir } from '../helpers/db.js';

t.test('the checkpoint thread copies the write-ahead log into the database file; requests while one runs add one more', async (t) => {
  const path = join(tempDir(t), 'checkpoint.db');
  const db = openDatabase(path);
  t.teardown(() => db.close());
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE filler (text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(4000));
  })();
  const before = statSync(path).size;
  t.ok(statSync(`${path}-wal`).size > 800_000, 'the rows are in the log');

  const errors: Error[] = [];
  const thread = createCheckpointThread(path, (error) => errors.push(error));
  t.teardown(() => thread.close());
  await thread.settled();
  thread.request();
  thread.request();
  thread.request();
  await thread.settled();
  t.ok(statSync(path).size > before + 800_000, `the database file holds them (${before} -> ${statSync(path).size} bytes)`);
  t.equal(db.prepare('SELECT count(*) FROM filler').pluck().get(), 200, 'readers see the same rows');
  t.same(errors, []);

  await thread.close();
  db.prepare('INSERT INTO filler (text) VALUES (?)').run('after');
  thread.request();
  await thread.settled();
  t.same(errors, [], 'a request after close starts a new thread');
});

t.test('a checkpoint that fails is reported and does not leave settled() waiting', async (t) => {
  const errors: Error[] = [];
  const thread = createCheckpointThread(join(tempDir(t), 'missing', 'chronicle.db'), (error) => errors.push(error));
  t.teardown(() => thread.close());
  thread.request();
  await thread.settled();
  t.equal(errors.length, 1);
  t.match(String(errors[0]), /directory does not exist/);
});
