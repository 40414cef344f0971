import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Tells `opened` when `server` receives a request whose method (and URL) `counts`, and `closed` once when
 * that request is over: at the first 'close' of its response or of the request itself. The
 * response's comes once per response, answered or aborted, except for a response pipelined behind
 * another on a connection that goes away: Node never gives it its socket nor a 'close', and only
 * its request closes (otherwise the request closes after its response). Listeners are shared by
 * every request (no closure per request).
 */
export function trackOpenRequests(server: Server, counts: (method: string | undefined, url: string | undefined) => boolean, opened: () => void, closed: () => void): void {
  const open = new WeakSet<IncomingMessage>();
  const over = (request: IncomingMessage) => {
    if (open.delete(request)) closed();
  };
  function requestClosed(this: IncomingMessage) {
    over(this);
  }
  function responseClosed(this: ServerResponse) {
    over(this.req);
  }
  server.on('request', (request, response) => {
    if (!counts(request.method, request.url)) return;
    open.add(request);
    opened();
    response.on('close', responseClosed);
    request.on('close', requestClosed);
  });
}
