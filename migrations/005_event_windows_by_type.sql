-- Date windows of one type (ingest looks for merge candidates of the extracted event's type in a
-- few days around it; clients filter by type): the same span-class layout as events_window with
-- the type after the class, so such a window reads only rows of that type, without the table.
CREATE INDEX events_window_type ON events ((CASE WHEN end_date = start_date THEN 0 WHEN julianday(end_date) - julianday(start_date) <= 6 THEN 1 WHEN julianday(end_date) - julianday(start_date) <= 30 THEN 2 WHEN julianday(end_date) - julianday(start_date) <= 91 THEN 3 WHEN julianday(end_date) - julianday(start_date) <= 365 THEN 4 ELSE 5 END), type, start_date, id, end_date);
