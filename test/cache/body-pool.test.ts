import t from 'tap';
import { BodyPool } from '../../src/cache/body-pool.js';

t.test('a body has exactly the length asked for, and a body given back serves the next one of a similar length', async (t) => {
  const pool = new BodyPool(1024 * 1024);
  const first = pool.take(31_000);
  t.equal(first.length, 31_000);
  first.fill(1);
  pool.give(first);
  t.equal(pool.heldBytes, first.buffer.byteLength, 'kept for later');
  const second = pool.take(30_000);
  t.equal(second.length, 30_000);
  t.equal(second.buffer, first.buffer, 'the same memory, no new allocation');
  t.equal(pool.heldBytes, 0);
  const third = pool.take(31_000);
  t.not(third.buffer, second.buffer, 'a body still in use is never handed out again');
});

t.test('bodies of very different lengths do not share buffers; small ones share the smallest size', async (t) => {
  const pool = new BodyPool(1024 * 1024);
  const small = pool.take(20);
  const empty = pool.take(0);
  t.equal(small.buffer.byteLength, empty.buffer.byteLength);
  const large = pool.take(200_000);
  pool.give(large);
  t.not(pool.take(100).buffer, large.buffer, 'a short body does not take a large buffer');
  t.equal(pool.take(150_000).buffer, large.buffer);
});

t.test('free buffers beyond the bound are left to the garbage collector', async (t) => {
  const pool = new BodyPool(100_000);
  const bodies = [pool.take(30_000), pool.take(30_000), pool.take(30_000), pool.take(30_000)];
  for (const body of bodies) pool.give(body);
  t.ok(pool.heldBytes <= 100_000, `held ${pool.heldBytes}`);
  t.ok(pool.heldBytes > 0);
});
