import type { SqliteDatabase } from '../db/sqlite.js';

/** One entry of the change feed: the latest change of one event. */
export interface ChangeRecord {
  /** Position in commit order; grows with every change of any event. */
  seq: number;
  eventId: string;
  /** UTC instant of the change (for a tombstone, of the deletion). */
  changedAt: string;
  deleted: boolean;
}

interface ChangeRow {
  seq: number;
  eventId: string;
  changedAt: string;
  deleted: number;
}

export type ChangeRepository = ReturnType<typeof createChangeRepository>;

/**
 * The incremental sync feed (table event_changes, kept by triggers on events): every event's
 * latest change, tombstones included, in commit order.
 */
export function createChangeRepository(db: SqliteDatabase) {
  const firstSince = db.prepare(`SELECT min(change_seq) AS seq FROM event_changes WHERE changed_at >= ?`);
  const after = db.prepare(`SELECT change_seq AS seq, event_id AS eventId, changed_at AS changedAt, deleted
    FROM event_changes WHERE change_seq > ? ORDER BY change_seq LIMIT ?`);
  const ofEvent = db.prepare(`SELECT change_seq AS seq, event_id AS eventId, changed_at AS changedAt, deleted
    FROM event_changes WHERE event_id = ?`);

  const toRecord = (row: ChangeRow): ChangeRecord => ({ ...row, deleted: row.deleted === 1 });

  return {
    /** The position just before the first change at or after `instant`; undefined when none is. */
    positionBefore(instant: string): number | undefined {
      const { seq } = firstSince.get(instant) as { seq: number | null };
      return seq === null ? undefined : seq - 1;
    },

    /** Up to `limit` changes after position `seq`, in commit order. */
    after(seq: number, limit: number): ChangeRecord[] {
      return (after.all(seq, limit) as ChangeRow[]).map(toRecord);
    },

    /** The latest change of one event: its version (seq) while it lives, its tombstone once deleted. */
    ofEvent(eventId: string): ChangeRecord | undefined {
      const row = ofEvent.get(eventId) as ChangeRow | undefined;
      return row ? toRecord(row) : undefined;
    },
  };
}
