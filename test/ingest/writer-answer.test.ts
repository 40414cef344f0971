import t from 'tap';
import { answerThen } from '../../src/ingest/worker.js';

// The writer thread answers a batch before its final checkpoint (store-worker.ts writeBatch): the
// batch is durable once its log is synced, and the client need not wait for the log to be copied.

t.test('the answer goes first, then the work that needs no waiting for', async (t) => {
  const order: string[] = [];
  answerThen(
    () => order.push('answer'),
    () => order.push('checkpoint'),
  );
  t.same(order, ['answer', 'checkpoint']);
});

t.test('a failing checkpoint throws only after the answer has gone', async (t) => {
  const order: string[] = [];
  t.throws(
    () =>
      answerThen(
        () => order.push('answer'),
        () => {
          order.push('checkpoint');
          throw new Error('disk I/O error');
        },
      ),
    /disk I\/O error/,
  );
  t.same(order, ['answer', 'checkpoint']);
});

t.test('an answer that cannot be sent still lets the connection be released, and its error is thrown', async (t) => {
  const order: string[] = [];
  t.throws(
    () =>
      answerThen(
        () => {
          order.push('answer');
          throw new Error('port closed');
        },
        () => order.push('checkpoint'),
      ),
    /port closed/,
  );
  t.same(order, ['answer', 'checkpoint']);
});
