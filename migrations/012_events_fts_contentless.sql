-- The event search index keeps no copy of the text it indexes (contentless, with deletes: SQLite
-- 3.43+). Nothing reads the text back from it (a `q` filter reads rowids only), and an event's
-- search text, its title, summary and every mention's quote, grows with each report: rewriting a
-- row (INSERT OR REPLACE, once per event per batch slice) read the old text back and tokenized it
-- again to delete its terms, so each new report of a much reported event paid for all the quotes
-- before it. Contentless with deletes, FTS5 drops the old row by its rowid (a tombstone) and only
-- the new text is tokenized; the same words match the same events.
-- On a 1M-event database the rebuild takes about a minute of CPU once (bench/run.ts migrates its
-- databases before starting the server).
DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5 (
  title, summary, quotes, tokenize = 'porter unicode61', content = '', contentless_delete = 1
);
INSERT INTO events_fts (rowid, title, summary, quotes)
  SELECT e.seq, e.title, e.summary, (SELECT group_concat(quote, ' ') FROM mentions WHERE event_id = e.id)
  FROM events e ORDER BY e.seq;
-- One segment, as migration 010 left the index.
INSERT INTO events_fts (events_fts) VALUES ('optimize');
