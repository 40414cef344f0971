import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { ProblemError } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that stores nothing (POST /v1/extract): open to anyone, like a GET. */
    storesNothing?: boolean;
  }
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Loopback in IPv4, IPv6 and IPv4-mapped IPv6 form. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time: equal-length digests, so neither content nor length leaks. */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Guards writes (POST, PUT, PATCH, DELETE). With API_TOKEN set they need
 * `Authorization: Bearer <token>`; without it they are accepted only from loopback clients, so a
 * fresh install is usable locally but not writable from the network. Reads are open.
 */
export default fp<{ apiToken?: string }>(
  async (app, options) => {
    const { apiToken } = options;
    if (!apiToken) {
      app.log.warn('API_TOKEN is not set: writes are accepted only from loopback clients (127.0.0.1, ::1)');
    }
    app.addHook('onRequest', async (request) => {
      if (!WRITE_METHODS.has(request.method)) return;
      // Unknown routes answer 404 whoever asks; routes that store nothing need no credentials.
      if (request.routeOptions.url === undefined || request.routeOptions.config.storesNothing) return;
      if (apiToken) {
        const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
        if (!match || !tokenMatches(match[1], apiToken)) {
          throw new ProblemError(401, 'This endpoint needs "Authorization: Bearer <API_TOKEN>".', undefined, {
            'www-authenticate': 'Bearer realm="chronicle"',
          });
        }
        return;
      }
      if (!isLoopback(request.ip)) {
        throw new ProblemError(
          403,
          'Writes are accepted only from the server itself while no API_TOKEN is configured.',
        );
      }
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);
