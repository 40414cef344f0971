import t from 'tap';
import { openDatabase } from '../../src/db/sqlite.js';
import { createRepositories } from '../../src/repositories/index.js';
import { databaseFile, eventFields } from '../helpers/db.js';

const NOW = '2030-05-06T07:08:09.000Z';

t.test('writeGeneration: one value while nothing is written, a new one after each write of this connection or another', async (t) => {
  const { path, repos } = databaseFile(t);
  const first = repos.events.writeGeneration(0);
  for (let ask = 0; ask < 3; ask++) t.equal(repos.events.writeGeneration(0), first, `asked again (${ask}): unchanged`);

  repos.events.insert(eventFields({ title: 'A first event' }), NOW);
  const afterOwn = repos.events.writeGeneration();
  t.not(afterOwn, first, "this connection's write shows at once");
  t.equal(repos.events.writeGeneration(), afterOwn, 'and holds');

  repos.events.insert(eventFields({ title: 'A second event' }), NOW);
  const afterSecond = repos.events.writeGeneration();
  t.not(afterSecond, afterOwn, 'a second write: another value');
  t.not(afterSecond, first);

  const other = openDatabase(path);
  t.teardown(() => other.close());
  createRepositories(other).events.insert(eventFields({ title: 'Written by another connection' }), NOW);
  const afterOther = repos.events.writeGeneration(0);
  t.not(afterOther, afterSecond, "another connection's commit shows once it is looked for");
  t.equal(repos.events.writeGeneration(0), afterOther, 'and holds');
});
