import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { statementCache } from '../../src/repositories/statements.js';

t.test('statements are prepared once per text, the least recently used leaving beyond the bound', async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const prepare = statementCache(db, 2);
  const one = prepare('SELECT 1');
  t.equal(prepare('SELECT 1'), one, 'the same text gives the same statement');
  const two = prepare('SELECT 2');
  prepare('SELECT 1');
  prepare('SELECT 3');
  t.equal(prepare('SELECT 1'), one, 'used since, it stayed');
  t.not(prepare('SELECT 2'), two, 'the least recently used was dropped and is prepared again');
});
