import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { shapedStatementCache, statementCache } from '../../src/repositories/statements.js';

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

t.test('statements by shape: the SQL is written only when no statement of the shape is held', async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.close());
  const prepare = shapedStatementCache(db, 2);
  let written = 0;
  const sql = (text: string) => () => (written++, text);
  const one = prepare('one', sql('SELECT 1'));
  t.equal(prepare('one', sql('SELECT 1')), one, 'the same shape gives the same statement');
  t.equal(written, 1, 'its SQL written once');
  prepare('two', sql('SELECT 2'));
  prepare('one', sql('SELECT 1'));
  prepare('three', sql('SELECT 3'));
  t.equal(written, 3);
  t.equal(prepare('one', sql('SELECT 1')), one, 'used since, it stayed');
  t.equal(written, 3, 'and was not written again');
  prepare('two', sql('SELECT 2'));
  t.equal(written, 4, 'the least recently used was dropped and is written and prepared again');
});
