import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import t from 'tap';
import { INGEST_NICE, startModuleWorker } from '../../src/ingest/worker.js';

const linux = existsSync('/proc/thread-self/stat');
const niceOfProcess = () => {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

t.test('an ingest thread lowers its own priority to the lowest, and only its own', { skip: linux ? false : 'no /proc' }, async (t) => {
  t.equal(INGEST_NICE, 19);
  const mainBefore = niceOfProcess();
  const worker = startModuleWorker(new URL('../helpers/lowered-priority.ts', import.meta.url).href);
  const [{ before, after }] = (await once(worker, 'message')) as [{ before: number; after: number }];
  await once(worker, 'exit');
  t.equal(before, mainBefore, 'the thread starts at the process priority');
  // Raising a nice value needs no privilege.
  t.equal(after, INGEST_NICE);
  t.equal(niceOfProcess(), mainBefore, 'the main thread keeps its priority');
});
