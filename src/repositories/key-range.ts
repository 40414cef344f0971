import type { KeysetPosition } from './types.js';

/**
 * The conditions on (key, id) of one read in key order (an event's start date, an article's
 * reference instant): keys from `lower` up to `upper`, and after the cursor `after`. On the side
 * the read goes, the cursor and that bound are alternatives, the later one implying the other, and
 * only that one is written: given both, SQLite seeks to the window's bound and tests the cursor on
 * every row up to it, so page n of a window cost a walk over its n - 1 pages (page 1,000 of a year
 * of the 1M bench timeline: 14 ms against 0.13 ms for its first page). Keys are ISO dates or
 * instants in one format, compared as text as SQLite compares them. `shape` names the conditions
 * written (c: the cursor, l: lower, u: upper), for a cache of statements by shape.
 */
export function keyRange(
  columns: { start: string; id: string },
  range: { lower?: string; upper?: string; after?: KeysetPosition; descending?: boolean },
): { where: string[]; params: unknown[]; shape: string } {
  const where: string[] = [];
  const params: unknown[] = [];
  const { after, descending } = range;
  const { cursor, lower, upper, shape } = boundsWritten(range);
  if (cursor) {
    where.push(`(${columns.start}, ${columns.id}) ${descending ? '<' : '>'} (?, ?)`);
    params.push(after!.key, after!.id);
  }
  if (lower !== undefined) {
    where.push(`${columns.start} >= ?`);
    params.push(lower);
  }
  if (upper !== undefined) {
    where.push(`${columns.start} <= ?`);
    params.push(upper);
  }
  return { where, params, shape };
}

/**
 * A position as one key that sorts as (key, id) does (event_cards.key, migration 014): the two
 * joined by a space, which sorts below every character of a day or an id.
 */
export function joinedKey(position: KeysetPosition): string {
  return `${position.key} ${position.id}`;
}

/** A joined key's position (see joinedKey). */
export function splitKey(key: string): KeysetPosition {
  const space = key.indexOf(' ');
  return { key: key.slice(0, space), id: key.slice(space + 1) };
}

/**
 * keyRange's conditions on one column `column` holding joinedKey's keys: the cursor is one
 * comparison (the named parameter `cursorName`, bound by the caller to joinedKey(after)), which
 * SQLite takes as the start of an index range and does not test again on each row, as it does a
 * row value; a day bound is a key bound (start >= d: key >= d; start <= d: key < d || '!', '!'
 * being the character after the space).
 */
export function joinedKeyRange(
  column: string,
  range: { lower?: string; upper?: string; after?: KeysetPosition; descending?: boolean },
  cursorName: string,
): { where: string[]; params: unknown[]; shape: string } {
  const where: string[] = [];
  const params: unknown[] = [];
  const { cursor, lower, upper, shape } = boundsWritten(range);
  if (cursor) where.push(`${column} ${range.descending ? '<' : '>'} @${cursorName}`);
  if (lower !== undefined) {
    where.push(`${column} >= ?`);
    params.push(lower);
  }
  if (upper !== undefined) {
    where.push(`${column} < ?`);
    params.push(`${upper}!`);
  }
  return { where, params, shape };
}

/**
 * Which of a range's three conditions are written: on the side the read goes, the cursor and that
 * bound are alternatives, the later one implying the other (see keyRange). `shape` names them
 * (c: the cursor, l: lower, u: upper), for a cache of statements by shape.
 */
function boundsWritten(range: { lower?: string; upper?: string; after?: KeysetPosition; descending?: boolean }): {
  cursor: boolean;
  lower?: string;
  upper?: string;
  shape: string;
} {
  const { after, descending } = range;
  let { lower, upper } = range;
  let cursor = after !== undefined;
  if (after && !descending && lower !== undefined) {
    if (after.key >= lower) lower = undefined;
    else cursor = false;
  }
  if (after && descending && upper !== undefined) {
    if (after.key <= upper) upper = undefined;
    else cursor = false;
  }
  return { cursor, lower, upper, shape: `${cursor ? 'c' : ''}${lower !== undefined ? 'l' : ''}${upper !== undefined ? 'u' : ''}` };
}
