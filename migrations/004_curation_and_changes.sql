-- Curation (PATCH/DELETE /v1/events/{id}) and the incremental sync feed (GET /v1/events/changes).

-- Which fields a curator set (JSON array of API field names); ingest never overwrites them.
ALTER TABLE events ADD COLUMN curated_fields TEXT NOT NULL DEFAULT '[]';

-- One row per event ever stored: its latest change. change_seq grows with every insert, update or
-- delete (AUTOINCREMENT never reuses a value), and is assigned while the write lock is held, so its
-- order is commit order: the sync feed pages by it. changed_at is the wall-clock time of that
-- change, taken under the same lock, so it grows with change_seq. A deleted event keeps its row
-- (deleted = 1) as the tombstone sync consumers need.
CREATE TABLE event_changes (
  change_seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT NOT NULL UNIQUE,
  changed_at  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX event_changes_changed_at ON event_changes (changed_at, change_seq);

-- Merge identities (type, dates, actors, places) other than an event's current fields:
-- 'alias': how the extractor read a curated event before its first edit, so later reports that
--          repeat that reading still merge into it;
-- 'suppressed': an event deleted through DELETE /v1/events/{id}, so later reports of it are not
--          stored again.
CREATE TABLE event_identities (
  id              INTEGER PRIMARY KEY,
  event_id        TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('alias', 'suppressed')),
  type            TEXT NOT NULL,
  start_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL,
  date_precision  TEXT NOT NULL,
  date_certainty  TEXT NOT NULL,
  actors          TEXT NOT NULL, -- JSON [{name, kind}]
  places          TEXT NOT NULL  -- JSON [{name, countryCode, lat, lon}]
);
CREATE INDEX event_identities_type_start ON event_identities (type, start_date);
CREATE INDEX event_identities_event ON event_identities (event_id);

-- Triggers rather than calls in every write path: whatever code changes an event (ingest,
-- merging, new mentions, curation, article deletion), the feed records it.
CREATE TRIGGER events_change_on_insert AFTER INSERT ON events BEGIN
  INSERT OR REPLACE INTO event_changes (event_id, changed_at, deleted)
  VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0);
END;
CREATE TRIGGER events_change_on_update AFTER UPDATE ON events BEGIN
  INSERT OR REPLACE INTO event_changes (event_id, changed_at, deleted)
  VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0);
END;
CREATE TRIGGER events_change_on_delete AFTER DELETE ON events BEGIN
  INSERT OR REPLACE INTO event_changes (event_id, changed_at, deleted)
  VALUES (old.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1);
  DELETE FROM event_identities WHERE event_id = old.id AND role = 'alias';
END;

-- Events stored before this migration enter the feed in the order they were last updated.
INSERT INTO event_changes (event_id, changed_at, deleted)
  SELECT id, updated_at, 0 FROM events ORDER BY updated_at, id;
