-- Date windows. An event overlaps [from, to] when start_date <= to AND end_date >= from; an index
-- on start_date alone has to read every earlier event to test end_date, so a window in the tenth
-- year of a timeline reads nine years of rows. Events are grouped by how many days they span
-- (the span class, the CASE expression below); within a class the longest span bounds start_date
-- from below as well (start_date >= from - longest span), so each class is one narrow range scan
-- of (span class, start_date, id), and end_date rides in the index for the overlap test.
-- Classes: 0 one day, 1 up to a week, 2 up to a month, 3 up to a quarter, 4 up to a year,
-- 5 longer (bounded by event_span_bound.max_days, kept by the triggers below).
-- An index on an expression rather than a generated column: SQLite reads an expression index as a
-- covering index, but not one on a virtual column. Queries must repeat the expression verbatim
-- (SPAN_CLASS in src/repositories/events.ts).
CREATE INDEX events_window ON events ((CASE WHEN end_date = start_date THEN 0 WHEN julianday(end_date) - julianday(start_date) <= 6 THEN 1 WHEN julianday(end_date) - julianday(start_date) <= 30 THEN 2 WHEN julianday(end_date) - julianday(start_date) <= 91 THEN 3 WHEN julianday(end_date) - julianday(start_date) <= 365 THEN 4 ELSE 5 END), start_date, id, end_date);
-- Superseded by events_window (the end_date index could only serve a window with no upper bound).
DROP INDEX events_end;

-- The longest span (end_date - start_date, in days) any event has had. It only grows: a deleted
-- or shortened event leaves a bound that is still safe, just less tight. (The first test skips the
-- date arithmetic for one-day events, most of them.)
CREATE TABLE event_span_bound (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  max_days  INTEGER NOT NULL
);
INSERT INTO event_span_bound (id, max_days)
  VALUES (1, coalesce((SELECT max(CAST(julianday(end_date) - julianday(start_date) AS INTEGER)) FROM events), 0));
CREATE TRIGGER events_span_bound_insert AFTER INSERT ON events
  WHEN NEW.end_date > NEW.start_date
   AND julianday(NEW.end_date) - julianday(NEW.start_date) > (SELECT max_days FROM event_span_bound WHERE id = 1)
BEGIN
  UPDATE event_span_bound SET max_days = CAST(julianday(NEW.end_date) - julianday(NEW.start_date) AS INTEGER) WHERE id = 1;
END;
CREATE TRIGGER events_span_bound_update AFTER UPDATE OF start_date, end_date ON events
  WHEN NEW.end_date > NEW.start_date
   AND julianday(NEW.end_date) - julianday(NEW.start_date) > (SELECT max_days FROM event_span_bound WHERE id = 1)
BEGIN
  UPDATE event_span_bound SET max_days = CAST(julianday(NEW.end_date) - julianday(NEW.start_date) AS INTEGER) WHERE id = 1;
END;
