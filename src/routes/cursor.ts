import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { invalidField } from '../plugins/errors.js';
import type { KeysetPosition } from '../repositories/types.js';

/**
 * Results of the functions below kept for the inputs last seen, so that a page read (every
 * uncached page, each page of a cursor walk) does not hash its filters, decode its cursor or
 * parse its URL again: a few of these are most of what serving a page costs beyond the database
 * and the socket. A map that reaches `max` entries starts over, which bounds it whatever clients send.
 */
class Recent<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly max: number) {}
  get(key: string, make: (key: string) => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}

const digests = new Recent<string>(1024);

/** Characters of the filters' digest a cursor carries: 60 bits, against replaying a cursor with other filters by mistake. */
const DIGEST_LENGTH = 10;

/**
 * Keyset cursors carry the last row's sort key and id, plus a digest of the query's filters, so
 * a cursor replayed with other filters is refused rather than silently skipping rows. The digest
 * is the start of the filters JSON's SHA-256 (base64url).
 */
export function filterDigest(filters: unknown): string {
  return digestOfJson(JSON.stringify(filters));
}

/** filterDigest of filters the caller has already written as JSON (`JSON.stringify(filters)`). */
export function digestOfJson(filtersJson: string): string {
  return digests.get(filtersJson, (text) => createHash('sha256').update(text).digest('base64url').slice(0, DIGEST_LENGTH));
}

/**
 * A cursor (version 1): "1", the digest, then the key and the id, each after a ".", in the
 * characters a URL carries as they are (letters, digits, "-_.*"): a key or id of letters, digits,
 * "-" and "_" (an event's day and id) as it is, any other as "*" and its UTF-8 in base64url. An
 * event page's cursor is 53 characters where the JSON form below was 104: the request line, the
 * cache key and the maps a page request looks it up in all read it. Version 0, base64url of the
 * JSON {k, i, f} with a 16-character digest, has no "." and is still read.
 */
const PLAIN_FIELD = /^[\w-]+$/;
const CURSOR_V1 = new RegExp(`^1([\\w-]{${DIGEST_LENGTH}})\\.(\\*[\\w-]*|[\\w-]+)\\.(\\*[\\w-]*|[\\w-]+)$`);

const cursorField = (text: string) => (PLAIN_FIELD.test(text) ? text : `*${Buffer.from(text, 'utf8').toString('base64url')}`);
const fieldText = (field: string) => (field.startsWith('*') ? Buffer.from(field.slice(1), 'base64url').toString('utf8') : field);

export function encodeCursor(position: KeysetPosition, digest: string): string {
  return `1${digest}.${cursorField(position.key)}.${cursorField(position.id)}`;
}

/** A cursor's fields, or null when it is not one this API issued. */
const decoded = new Recent<{ k: string; i: string; f: string } | null>(1024);

function cursorFields(text: string): { k: string; i: string; f: string } | null {
  if (text.includes('.')) {
    const match = CURSOR_V1.exec(text);
    return match ? { k: fieldText(match[2]), i: fieldText(match[3]), f: match[1] } : null;
  }
  // Version 0: its 16-character digest starts with the digest version 1 carries.
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const { k, i, f } = (parsed ?? {}) as Record<string, unknown>;
  return typeof k === 'string' && typeof i === 'string' && typeof f === 'string' ? { k, i, f: f.slice(0, DIGEST_LENGTH) } : null;
}

/** The position a cursor points after; 400 naming `cursor` when it is malformed or from other filters. */
export function decodeCursor(cursor: string, digest: string): KeysetPosition {
  const fields = decoded.get(cursor, cursorFields);
  if (fields === null) throw invalidField('cursor', 'query', 'is not a cursor this API issued');
  if (fields.f !== digest) {
    throw invalidField('cursor', 'query', 'belongs to a query with other filters; repeat its filters or drop the cursor');
  }
  return { key: fields.k, id: fields.i };
}

/** `protocol://host` as the URL API writes it (lower-case host, no default port), by the request's protocol and Host. */
const origins = new Recent<string>(64);

/** A path, and a query's names and values, that the URL API would write back unchanged. */
const PLAIN_PATH = /^\/(?!\/)[\w\-/]*$/;
const PLAIN_PARAMETER = /^[\w\-.*]+=[\w\-.*]*$/;

/** A query parameter nextPageUrl may rewrite as a string: a cursor it replaces, or a plain one. */
const replacedOrPlain = (parameter: string) => (parameter.startsWith('cursor=') && !parameter.includes('#')) || PLAIN_PARAMETER.test(parameter);

/**
 * The absolute URL of the next page: this request's URL with `cursor` replaced (in place) or
 * added (last). A plain URL (letters, digits, "-_.*" in the query; the usual case) is rewritten as
 * a string, to what the URL API gives, which parses the query and percent-encodes it again
 * (~2 us a page); any other URL is rewritten by the URL API.
 */
export function nextPageUrl(request: FastifyRequest, cursor: string): string {
  const { url } = request;
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const parameters = mark < 0 || mark === url.length - 1 ? [] : url.slice(mark + 1).split('&');
  const next = `cursor=${cursor}`;
  // A `cursor=` parameter is replaced whatever it holds (the URL API's set() drops its value too), so
  // its 50-odd characters are not tested, unless a "#" would make the rest of the URL a fragment.
  if (PLAIN_PATH.test(path) && PLAIN_PARAMETER.test(next) && parameters.every(replacedOrPlain)) {
    let replaced = false;
    const rewritten: string[] = [];
    for (const parameter of parameters) {
      if (!parameter.startsWith('cursor=')) rewritten.push(parameter);
      else if (!replaced) {
        rewritten.push(next);
        replaced = true;
      }
    }
    if (!replaced) rewritten.push(next);
    const origin = origins.get(`${request.protocol}://${request.host}`, (base) => new URL('/', base).href.slice(0, -1));
    return `${origin}${path}?${rewritten.join('&')}`;
  }
  const rewritten = new URL(url, `${request.protocol}://${request.host}`);
  rewritten.searchParams.set('cursor', cursor);
  return rewritten.toString();
}
