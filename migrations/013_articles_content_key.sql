-- The duplicate lookup by content hash keyed by the hash's first 12 hex digits (48 bits) instead
-- of all 64. A hash is in no order of arrival, so every stored article put its index entry on a
-- leaf of its own: with 64-character keys, ~49 to a page, a batch of 1,000 articles touched ~1.3
-- pages of that index per article (bench/writer.ts --pages on the 1M bench database). The short
-- key packs ~3.5 times as many entries to a page, so the index has that many times fewer pages
-- and a batch's entries share them. The key only narrows: both readers compare the whole hash
-- (findDuplicate, and the trigger below that keeps a content hash unique, raising the error the
-- UNIQUE constraint did).
-- The inline UNIQUE (its automatic index) goes only with the table, so the table is rebuilt with
-- its rows, seqs (the search index's rowids) and ids unchanged; migrate() runs this with foreign
-- keys off (the mentions' references to the articles are unchanged) and checks them after.
CREATE TABLE articles_rebuilt (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  url           TEXT,
  source        TEXT,
  published_at  TEXT,          -- as the client sent it (offset kept); NULL when absent
  reference_at  TEXT NOT NULL, -- UTC instant dates were resolved against: publishedAt, else ingest time
  ingested_at   TEXT NOT NULL,
  content_hash  TEXT NOT NULL  -- sha256 hex (contentHash); unique: articles_content_unique
);
-- The key's index before the rows, as the index it replaces was filled: entry by entry in arrival
-- order, its pages left with room. Built after them (CREATE INDEX), every page was packed full and
-- the next batch's entries split most of them: 1.75 pages per article written against 1.30 before.
CREATE INDEX articles_content_key ON articles_rebuilt (substr(content_hash, 1, 12));
INSERT INTO articles_rebuilt (seq, id, title, body, url, source, published_at, reference_at, ingested_at, content_hash)
  SELECT seq, id, title, body, url, source, published_at, reference_at, ingested_at, content_hash FROM articles ORDER BY seq;
DROP TABLE articles;
ALTER TABLE articles_rebuilt RENAME TO articles;
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_reference_at ON articles (reference_at, id);
CREATE TRIGGER articles_content_unique BEFORE INSERT ON articles
  WHEN EXISTS (SELECT 1 FROM articles WHERE substr(content_hash, 1, 12) = substr(new.content_hash, 1, 12) AND content_hash = new.content_hash)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint failed: articles.content_hash');
END;
CREATE TRIGGER articles_content_unique_on_update BEFORE UPDATE OF content_hash ON articles
  WHEN new.content_hash IS NOT old.content_hash
   AND EXISTS (SELECT 1 FROM articles WHERE substr(content_hash, 1, 12) = substr(new.content_hash, 1, 12) AND content_hash = new.content_hash)
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint failed: articles.content_hash');
END;
