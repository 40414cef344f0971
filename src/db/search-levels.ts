/**
 * Where a search index's bulk segment sits among FTS5's merge levels (issue 4, ingest).
 *
 * FTS5 keeps an index as segments on levels and, after each commit's new level-0 segment, merges a
 * level once it holds `automerge` (4) segments, all of them into one segment a level up: a level-L
 * segment is about 4^L commits' worth. An index built in one pass (bench:data's bulk load, the
 * rebuild of migration 012, 'optimize' of migration 010) is one huge segment on level 0 or 1, the
 * level of a few commits' worth, so the first commits after it merge it with their small segments:
 * every page of it is rewritten (on 1M events ~35,000 pages of event search and ~22,000 of article
 * search), again each time it climbs a level, every 4^L commits, until it reaches the level of its
 * size. Put there at once, the small segments of later commits merge among themselves below it, as
 * in an index grown one commit at a time, and the same rows are found: only the level number in the
 * index's structure record changes (its segments, pages and tombstones are kept as they are).
 *
 * The structure record (row id 10 of `<table>_data`, as sqlite3.c's fts5StructureDecode reads it):
 * a 4-byte configuration cookie; the 4 bytes FF 00 00 01 when the record holds tombstone fields
 * (contentless_delete tables); varints: level count, segment count, write counter; then per level
 * its merge count and segment count, and per segment its id, first and last page (and, with
 * tombstones, two origins, tombstone page and entry counts, entry count).
 */
import Database from 'better-sqlite3';
import { unguarded, type SqliteDatabase } from './sqlite.js';

const STRUCTURE_ROWID = 10;
const V2_MARKER = [0xff, 0x00, 0x00, 0x01];
/** FTS5_MAX_LEVEL in sqlite3.c. */
const MAX_LEVEL = 64;
/** FTS5's default 'automerge': the segments a level holds before they are merged into one a level up. */
const SEGMENTS_PER_LEVEL = 4;

interface Level {
  merge: number;
  segments: bigint[][];
}

export interface SearchStructure {
  cookie: Buffer;
  v2: boolean;
  writeCounter: bigint;
  levels: Level[];
}

/** SQLite's varint (sqlite3Fts5GetVarint): big-endian 7-bit groups, the ninth byte whole. */
function readVarint(buffer: Buffer, at: { offset: number }): bigint {
  let value = 0n;
  for (let i = 0; i < 9; i++) {
    const byte = buffer[at.offset++];
    if (byte === undefined) throw new Error('search structure record ends inside a varint');
    if (i === 8) return (value << 8n) | BigInt(byte);
    value = (value << 7n) | BigInt(byte & 0x7f);
    if (!(byte & 0x80)) return value;
  }
  return value;
}

function writeVarint(value: bigint, out: number[]): void {
  if (value < 0n) throw new Error('negative varint');
  if (value > 0x00ffffffffffffffn) {
    // nine bytes: eight 7-bit groups, then the low 8 bits
    const groups: number[] = [];
    let rest = value >> 8n;
    for (let i = 0; i < 8; i++, rest >>= 7n) groups.unshift(Number(rest & 0x7fn) | 0x80);
    out.push(...groups, Number(value & 0xffn));
    return;
  }
  const groups: number[] = [];
  let rest = value;
  do {
    groups.unshift(Number(rest & 0x7fn));
    rest >>= 7n;
  } while (rest > 0n);
  for (let i = 0; i < groups.length - 1; i++) groups[i] |= 0x80;
  out.push(...groups);
}

export function decodeStructure(record: Buffer): SearchStructure {
  const v2 = V2_MARKER.every((byte, i) => record[4 + i] === byte);
  const at = { offset: v2 ? 8 : 4 };
  const levelCount = Number(readVarint(record, at));
  const segmentCount = Number(readVarint(record, at));
  const writeCounter = readVarint(record, at);
  const fields = v2 ? 8 : 3;
  const levels: Level[] = [];
  for (let l = 0; l < levelCount; l++) {
    const merge = Number(readVarint(record, at));
    const count = Number(readVarint(record, at));
    const segments: bigint[][] = [];
    for (let s = 0; s < count; s++) segments.push(Array.from({ length: fields }, () => readVarint(record, at)));
    levels.push({ merge, segments });
  }
  if (levels.reduce((n, level) => n + level.segments.length, 0) !== segmentCount) throw new Error('search structure record: segment count does not match its levels');
  return { cookie: record.subarray(0, 4), v2, writeCounter, levels };
}

export function encodeStructure(structure: SearchStructure): Buffer {
  const out: number[] = [...structure.cookie];
  if (structure.v2) out.push(...V2_MARKER);
  writeVarint(BigInt(structure.levels.length), out);
  writeVarint(BigInt(structure.levels.reduce((n, level) => n + level.segments.length, 0)), out);
  writeVarint(structure.writeCounter, out);
  for (const level of structure.levels) {
    writeVarint(BigInt(level.merge), out);
    writeVarint(BigInt(level.segments.length), out);
    for (const segment of level.segments) for (const field of segment) writeVarint(field, out);
  }
  return Buffer.from(out);
}

/** Search index `table`'s structure record, decoded (undefined: the index has none yet). */
function structureOf(db: SqliteDatabase, table: string): SearchStructure | undefined {
  const row = db.prepare(`SELECT block FROM "${table}_data" WHERE id = ?`).get(STRUCTURE_ROWID) as { block: Buffer } | undefined;
  return row && decodeStructure(row.block);
}

/** The level FTS5's merges would have carried a segment of `pages` pages to: log4 of its pages. */
export function levelOfSize(pages: number): number {
  return Math.min(MAX_LEVEL - 1, Math.ceil(Math.log(Math.max(pages, 1)) / Math.log(SEGMENTS_PER_LEVEL)));
}

/**
 * Moves the oldest segment of search index `table` (an FTS5 table of `db`'s main schema) to the level
 * of its size, when it sits lower and no merge is under way. The oldest segment is the first of the
 * highest populated level (FTS5 reads newer segments over older ones: lower levels, and later ones
 * in a level, are newer); on a higher level of its own it is still the oldest, and every other
 * segment keeps its place, so the index reads the same rows. That covers an index built in one pass
 * (one segment) and one that commits have added small segments to since. Returns the levels it
 * moved from and to, or null. Run it on a connection that has not read the index: FTS5 caches the
 * structure per connection, and other connections read the new record once this commits (PRAGMA
 * data_version); this connection's own cache, if any, would write the old level back at its next
 * write (the same segments, nothing lost).
 */
export function liftOldestSegment(db: SqliteDatabase, table: string): { from: number; to: number } | null {
  const structure = structureOf(db, table);
  if (!structure) return null;
  if (structure.levels.some((level) => level.merge > 0)) return null;
  const from = structure.levels.findLastIndex((level) => level.segments.length > 0);
  if (from < 0) return null;
  const [oldest, ...younger] = structure.levels[from].segments;
  const [, first, last] = oldest;
  const to = levelOfSize(Number(last - first) + 1);
  if (to <= from) return null;
  const levels: Level[] = Array.from({ length: to + 1 }, (_, index) => (index < from ? structure.levels[index] : { merge: 0, segments: [] }));
  levels[from] = { merge: 0, segments: younger };
  levels[to] = { merge: 0, segments: [oldest] };
  const record = encodeStructure({ ...structure, levels });
  // (better-sqlite3's defensive mode keeps SQL from writing FTS5's shadow tables)
  unguarded(db, () => db.prepare(`UPDATE "${table}_data" SET block = ? WHERE id = ?`).run(record, STRUCTURE_ROWID));
  return { from, to };
}

/** The search indexes (FTS5 tables) of the schema. */
const SEARCH_INDEXES = ['events_fts', 'articles_fts'];

/**
 * Lifts each search index's oldest segment (liftOldestSegment), on a connection of its own when the
 * database is a file, so that no connection's cached structure holds the old level; one that had
 * read it notices the commit (data_version) and reads the record again. A no-op, two small reads,
 * unless an index's oldest segment is on a level below its size's: after a rebuild, an 'optimize' or
 * a bulk load, and the commits since. Returns the lifted indexes and their new levels.
 */
export function liftSearchIndexes(db: SqliteDatabase): Record<string, number> {
  if (db.readonly) return {};
  // (a plain connection: no journal mode or other setting of the file's is changed; inside an open
  // transaction, that transaction's own connection)
  const own = db.memory || db.name === '' || db.inTransaction ? null : new Database(db.name, { fileMustExist: true, timeout: 5000 });
  const target = own ?? db;
  try {
    const lifted: Record<string, number> = {};
    target.transaction(() => {
      for (const table of SEARCH_INDEXES) {
        const exists = target.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(`${table}_data`);
        if (!exists) continue;
        const moved = liftOldestSegment(target, table);
        if (moved) lifted[table] = moved.to;
      }
    })();
    return lifted;
  } finally {
    own?.close();
  }
}

/** The level of an index's lone segment (null: none, or several). */
export function levelOf(db: SqliteDatabase, table: string): number | null {
  const structure = structureOf(db, table);
  if (!structure) return null;
  const populated = structure.levels.flatMap((level, index) => level.segments.map(() => index));
  return populated.length === 1 ? populated[0] : null;
}
