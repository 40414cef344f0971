import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { invalidField } from '../plugins/errors.js';
import type { KeysetPosition } from '../repositories/types.js';

/**
 * Keyset cursors: base64url JSON of the last row's sort key and id, plus a digest of the query's
 * filters, so a cursor replayed with other filters is refused rather than silently skipping rows.
 */
export function filterDigest(filters: unknown): string {
  return createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: KeysetPosition, digest: string): string {
  return Buffer.from(JSON.stringify({ k: position.key, i: position.id, f: digest })).toString('base64url');
}

/** The position a cursor points after; 400 naming `cursor` when it is malformed or from other filters. */
export function decodeCursor(cursor: string, digest: string): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', 'query', 'is not a cursor this API issued');
  }
  const { k, i, f } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof k !== 'string' || typeof i !== 'string' || typeof f !== 'string') {
    throw invalidField('cursor', 'query', 'is not a cursor this API issued');
  }
  if (f !== digest) {
    throw invalidField('cursor', 'query', 'belongs to a query with other filters; repeat its filters or drop the cursor');
  }
  return { key: k, id: i };
}

/** The absolute URL of the next page: this request's URL with `cursor` replaced. */
export function nextPageUrl(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.set('cursor', cursor);
  return url.toString();
}
