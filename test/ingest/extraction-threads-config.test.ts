import t from 'tap';
import { loadConfig } from '../../src/config.js';

t.test('EXTRACTION_THREADS: 1 unless set, a whole number from 1 to 8', async (t) => {
  t.equal(loadConfig({ DATABASE_URL: ':memory:' }).EXTRACTION_THREADS, 1);
  t.equal(loadConfig({ DATABASE_URL: ':memory:', EXTRACTION_THREADS: '3' }).EXTRACTION_THREADS, 3);
  for (const bad of ['0', '9', '1.5', 'two']) t.throws(() => loadConfig({ DATABASE_URL: ':memory:', EXTRACTION_THREADS: bad }), /EXTRACTION_THREADS/, bad);
});
