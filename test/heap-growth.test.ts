import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import t from 'tap';
import { applyHeapGrowthPolicy, READS_HEAP_GROWTH_PERCENT } from '../src/heap-growth.js';

t.test('the heap grows by V8 itself only while a write request is open', async (t) => {
  const settings: number[] = [];
  const held: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // Writes are held open until the test ends them; reads answer at once.
    if (request.method === 'GET') response.end('ok');
    else held.push(response);
  });
  applyHeapGrowthPolicy(server, (percent) => settings.push(percent));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  const { port } = server.address() as AddressInfo;
  const send = (method: string) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path: '/' });
    const answered = new Promise<void>((resolve) => request.on('response', (response) => response.resume().on('end', resolve)).on('error', () => resolve()));
    request.end();
    return { request, answered };
  };
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  t.same(settings, [READS_HEAP_GROWTH_PERCENT], 'tight from the start');
  await send('GET').answered;
  t.same(settings, [READS_HEAP_GROWTH_PERCENT], 'a read changes nothing');
  const first = send('POST');
  const second = send('DELETE');
  await until(() => held.length === 2);
  t.same(settings, [READS_HEAP_GROWTH_PERCENT, 0], "V8's own factor once, for two open writes");
  held[0].end();
  await first.answered;
  t.same(settings, [READS_HEAP_GROWTH_PERCENT, 0], 'still while one is open');
  held[1].end();
  await second.answered;
  await until(() => settings.length === 3);
  t.same(settings, [READS_HEAP_GROWTH_PERCENT, 0, READS_HEAP_GROWTH_PERCENT], 'tight again when the last one is answered');
  const abandoned = send('POST');
  await until(() => held.length === 3);
  abandoned.request.destroy();
  await until(() => settings.length === 5);
  t.same(settings.slice(3), [0, READS_HEAP_GROWTH_PERCENT], 'and when its client goes away');
});

t.test('writes pipelined behind an open one give the factor back when their client goes away', async (t) => {
  const settings: number[] = [];
  const held: ServerResponse[] = [];
  const server = createServer((_request: IncomingMessage, response: ServerResponse) => {
    held.push(response);
  });
  applyHeapGrowthPolicy(server, (percent) => settings.push(percent));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  const { port } = server.address() as AddressInfo;
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.on('data', () => {});
  // three writes on one connection, each sent before the one ahead is answered
  socket.write(['POST', 'DELETE', 'PATCH'].map((method) => `${method} / HTTP/1.1\r\nHost: test\r\nContent-Length: 0\r\n\r\n`).join(''));
  while (held.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
  t.same(settings, [READS_HEAP_GROWTH_PERCENT, 0], "V8's own factor while they are open");
  // Node never gives a response queued behind another its socket nor a 'close' once the connection
  // is gone: only the requests close.
  const closed = held.map((response) => new Promise((resolve) => response.req.on('close', resolve)));
  socket.destroy();
  await Promise.all(closed);
  t.same(settings, [READS_HEAP_GROWTH_PERCENT, 0, READS_HEAP_GROWTH_PERCENT], 'tight again once all three are gone');
  for (const response of held) response.end();
});
