import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import t from 'tap';
import { compilingOnItsOwnThread } from '../../src/ingest/thread-compilation.js';

const OFF = '--no-concurrent-recompilation';
const ON = '--concurrent-recompilation';

/** A worker that stays up until the test ends it, or one that fails as it starts. */
const idleWorker = () => new Worker('setInterval(() => {}, 1000)', { eval: true });
const failingWorker = () => new Worker('throw new Error("cannot start")', { eval: true });

t.test('the flag is off while a worker starts and on again once it runs', async (t) => {
  const flags: string[] = [];
  const worker = compilingOnItsOwnThread(idleWorker, (flag) => flags.push(flag));
  t.same(flags, [OFF], 'off before the worker exists');
  await once(worker, 'online');
  await new Promise((resolve) => setImmediate(resolve));
  t.same(flags, [OFF, ON], 'on again once its isolate runs');
  await worker.terminate();
  t.same(flags, [OFF, ON], 'its exit changes nothing');
});

t.test('two workers starting together: off once, on again after both', async (t) => {
  const flags: string[] = [];
  const first = compilingOnItsOwnThread(idleWorker, (flag) => flags.push(flag));
  const second = compilingOnItsOwnThread(idleWorker, (flag) => flags.push(flag));
  t.same(flags, [OFF]);
  await Promise.all([once(first, 'online'), once(second, 'online')]);
  await new Promise((resolve) => setImmediate(resolve));
  t.same(flags, [OFF, ON]);
  await Promise.all([first.terminate(), second.terminate()]);
});

t.test('a worker that fails to start, or cannot be made, leaves the flag on', async (t) => {
  const flags: string[] = [];
  const worker = compilingOnItsOwnThread(failingWorker, (flag) => flags.push(flag));
  await once(worker, 'exit').catch(() => {});
  t.same(flags.at(-1), ON, 'on after the failed start');
  t.throws(() =>
    compilingOnItsOwnThread(
      () => {
        throw new Error('no thread');
      },
      (flag) => flags.push(flag),
    ),
  );
  t.same(flags.slice(-2), [OFF, ON], 'on after a start that threw');
});

t.test("with V8's own flag: the worker started compiles on its own thread; this thread and workers started later still in the background", async (t) => {
  // (this test process only: lets the code below ask V8 whether an isolate compiles in the background)
  setFlagsFromString('--allow-natives-syntax');
  const SOURCE = 'return %IsConcurrentRecompilationSupported()';
  const inBackground = () => new Function(SOURCE)() as boolean;
  const probe = () =>
    new Worker(`require('node:worker_threads').parentPort.postMessage(new Function(${JSON.stringify(SOURCE)})())`, { eval: true });
  const answer = async (worker: Worker) => {
    const [inBackgroundThere] = (await once(worker, 'message')) as [boolean];
    await worker.terminate();
    return inBackgroundThere;
  };
  t.equal(await answer(compilingOnItsOwnThread(probe)), false, 'the worker compiles in-line');
  t.equal(inBackground(), true, 'this thread still in the background');
  t.equal(await answer(probe()), true, 'a worker started afterwards, in the background');
});
