-- Merge keys: for each actor and each place an event names, the event's type and dates, in the
-- order (name, type, span class, start day), so that the events of one type naming one actor (or
-- place) whose dates may reach a few days are one short range per span class (migration 003).
-- Ingest finds the stored events an incoming report could be (same type, overlapping dates, a
-- shared name) through the report's names, instead of reading every event of its type around its
-- date and testing their names (on 1M events: a few hundred per report, ~3 ms each time). Kept by
-- the triggers below whatever changes an event's type or dates, its actors or places. Rows are found
-- by their whole key (from the event's row, or the old row in a trigger), so no second index.
-- The span class is events_window's expression.
CREATE TABLE event_actor_keys (
  actor_id    INTEGER NOT NULL,
  type        TEXT NOT NULL,
  span_class  INTEGER NOT NULL,
  start_date  TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  PRIMARY KEY (actor_id, type, span_class, start_date, event_id)
) WITHOUT ROWID;

CREATE TABLE event_place_keys (
  place_id    INTEGER NOT NULL,
  type        TEXT NOT NULL,
  span_class  INTEGER NOT NULL,
  start_date  TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  PRIMARY KEY (place_id, type, span_class, start_date, event_id)
) WITHOUT ROWID;

CREATE TRIGGER event_actor_keys_on_link AFTER INSERT ON event_actors BEGIN
  INSERT INTO event_actor_keys (actor_id, type, span_class, start_date, event_id, end_date)
  SELECT new.actor_id, e.type, CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END, e.start_date, e.id, e.end_date
  FROM events e WHERE e.id = new.event_id;
END;
-- (When the event itself is deleted, its keys are gone already: see event_merge_keys_on_delete.)
CREATE TRIGGER event_actor_keys_on_unlink AFTER DELETE ON event_actors BEGIN
  DELETE FROM event_actor_keys WHERE (actor_id, type, span_class, start_date, event_id) IN
    (SELECT old.actor_id, e.type, CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END, e.start_date, e.id FROM events e WHERE e.id = old.event_id);
END;
CREATE TRIGGER event_place_keys_on_link AFTER INSERT ON event_places BEGIN
  INSERT INTO event_place_keys (place_id, type, span_class, start_date, event_id, end_date)
  SELECT new.place_id, e.type, CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END, e.start_date, e.id, e.end_date
  FROM events e WHERE e.id = new.event_id;
END;
-- (When the event itself is deleted, its keys are gone already: see event_merge_keys_on_delete.)
CREATE TRIGGER event_place_keys_on_unlink AFTER DELETE ON event_places BEGIN
  DELETE FROM event_place_keys WHERE (place_id, type, span_class, start_date, event_id) IN
    (SELECT old.place_id, e.type, CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END, e.start_date, e.id FROM events e WHERE e.id = old.event_id);
END;
CREATE TRIGGER event_merge_keys_on_update AFTER UPDATE OF type, start_date, end_date ON events
  WHEN new.type IS NOT old.type OR new.start_date IS NOT old.start_date OR new.end_date IS NOT old.end_date
BEGIN
  UPDATE event_actor_keys SET type = new.type, span_class = CASE WHEN new.end_date = new.start_date THEN 0 WHEN julianday(new.end_date) - julianday(new.start_date) <= 6 THEN 1 WHEN julianday(new.end_date) - julianday(new.start_date) <= 30 THEN 2 WHEN julianday(new.end_date) - julianday(new.start_date) <= 91 THEN 3 WHEN julianday(new.end_date) - julianday(new.start_date) <= 365 THEN 4 ELSE 5 END,
    start_date = new.start_date, end_date = new.end_date
  WHERE actor_id IN (SELECT actor_id FROM event_actors WHERE event_id = old.id)
    AND type = old.type AND span_class = CASE WHEN old.end_date = old.start_date THEN 0 WHEN julianday(old.end_date) - julianday(old.start_date) <= 6 THEN 1 WHEN julianday(old.end_date) - julianday(old.start_date) <= 30 THEN 2 WHEN julianday(old.end_date) - julianday(old.start_date) <= 91 THEN 3 WHEN julianday(old.end_date) - julianday(old.start_date) <= 365 THEN 4 ELSE 5 END AND start_date = old.start_date AND event_id = old.id;
  UPDATE event_place_keys SET type = new.type, span_class = CASE WHEN new.end_date = new.start_date THEN 0 WHEN julianday(new.end_date) - julianday(new.start_date) <= 6 THEN 1 WHEN julianday(new.end_date) - julianday(new.start_date) <= 30 THEN 2 WHEN julianday(new.end_date) - julianday(new.start_date) <= 91 THEN 3 WHEN julianday(new.end_date) - julianday(new.start_date) <= 365 THEN 4 ELSE 5 END,
    start_date = new.start_date, end_date = new.end_date
  WHERE place_id IN (SELECT place_id FROM event_places WHERE event_id = old.id)
    AND type = old.type AND span_class = CASE WHEN old.end_date = old.start_date THEN 0 WHEN julianday(old.end_date) - julianday(old.start_date) <= 6 THEN 1 WHEN julianday(old.end_date) - julianday(old.start_date) <= 30 THEN 2 WHEN julianday(old.end_date) - julianday(old.start_date) <= 91 THEN 3 WHEN julianday(old.end_date) - julianday(old.start_date) <= 365 THEN 4 ELSE 5 END AND start_date = old.start_date AND event_id = old.id;
END;
-- Before the row goes: the keys are found from its type and dates and its links, which its deletion
-- then takes with it (foreign keys).
CREATE TRIGGER event_merge_keys_on_delete BEFORE DELETE ON events BEGIN
  DELETE FROM event_actor_keys WHERE actor_id IN (SELECT actor_id FROM event_actors WHERE event_id = old.id)
    AND type = old.type AND span_class = CASE WHEN old.end_date = old.start_date THEN 0 WHEN julianday(old.end_date) - julianday(old.start_date) <= 6 THEN 1 WHEN julianday(old.end_date) - julianday(old.start_date) <= 30 THEN 2 WHEN julianday(old.end_date) - julianday(old.start_date) <= 91 THEN 3 WHEN julianday(old.end_date) - julianday(old.start_date) <= 365 THEN 4 ELSE 5 END AND start_date = old.start_date AND event_id = old.id;
  DELETE FROM event_place_keys WHERE place_id IN (SELECT place_id FROM event_places WHERE event_id = old.id)
    AND type = old.type AND span_class = CASE WHEN old.end_date = old.start_date THEN 0 WHEN julianday(old.end_date) - julianday(old.start_date) <= 6 THEN 1 WHEN julianday(old.end_date) - julianday(old.start_date) <= 30 THEN 2 WHEN julianday(old.end_date) - julianday(old.start_date) <= 91 THEN 3 WHEN julianday(old.end_date) - julianday(old.start_date) <= 365 THEN 4 ELSE 5 END AND start_date = old.start_date AND event_id = old.id;
END;

INSERT INTO event_actor_keys (actor_id, type, span_class, start_date, event_id, end_date)
  SELECT l.actor_id, e.type, CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END, e.start_date, e.id, e.end_date
  FROM event_actors l JOIN events e ON e.id = l.event_id ORDER BY 1, 2, 3, 4, 5;
INSERT INTO event_place_keys (place_id, type, span_class, start_date, event_id, end_date)
  SELECT l.place_id, e.type, CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END, e.start_date, e.id, e.end_date
  FROM event_places l JOIN events e ON e.id = l.event_id ORDER BY 1, 2, 3, 4, 5;
