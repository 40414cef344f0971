-- Chronicle schema v1. Dates are ISO strings: calendar days as YYYY-MM-DD, instants as
-- YYYY-MM-DDTHH:MM:SS.sssZ (UTC), so text order is time order.

-- `seq` is the stable integer row key the full-text tables join on; `id` is the public, opaque id.
CREATE TABLE articles (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  url           TEXT,
  source        TEXT,
  published_at  TEXT,          -- as the client sent it (offset kept); NULL when absent
  reference_at  TEXT NOT NULL, -- UTC instant dates were resolved against: publishedAt, else ingest time
  ingested_at   TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE
);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_reference_at ON articles (reference_at, id);

CREATE TABLE events (
  seq             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  type            TEXT NOT NULL,
  title           TEXT NOT NULL,
  summary         TEXT NOT NULL,
  start_date      TEXT NOT NULL,
  end_date        TEXT NOT NULL CHECK (end_date >= start_date),
  date_precision  TEXT NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'year')),
  date_certainty  TEXT NOT NULL CHECK (date_certainty IN ('explicit', 'relative', 'inferred')),
  status          TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
  confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  curated         INTEGER NOT NULL DEFAULT 0 CHECK (curated IN (0, 1)),
  mention_count   INTEGER NOT NULL DEFAULT 0,
  source_count    INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
-- Range queries: start_date <= :to AND end_date >= :from, ordered by (start_date, id).
CREATE INDEX events_start ON events (start_date, id);
CREATE INDEX events_end ON events (end_date);
CREATE INDEX events_type_start ON events (type, start_date, id);
CREATE INDEX events_status_start ON events (status, start_date, id);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  event_id    TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote       TEXT NOT NULL,
  char_start  INTEGER NOT NULL CHECK (char_start >= 0),
  char_end    INTEGER NOT NULL CHECK (char_end >= char_start),
  date_text   TEXT,
  confidence  REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  UNIQUE (event_id, article_id)
);
CREATE INDEX mentions_article ON mentions (article_id, event_id);

CREATE TABLE actors (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind  TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'group'))
);

CREATE TABLE event_actors (
  event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor_id  INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

-- country_code '' stands for unknown so that (name, country_code) can be a plain unique key.
CREATE TABLE places (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL COLLATE NOCASE,
  country_code  TEXT NOT NULL DEFAULT '',
  lat           REAL,
  lon           REAL,
  UNIQUE (name, country_code)
);

CREATE TABLE event_places (
  event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  place_id  INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, place_id)
) WITHOUT ROWID;
CREATE INDEX event_places_place ON event_places (place_id, event_id);

-- Full text for `q`, rowid = seq of the row it indexes. Kept in sync by the repositories
-- (events: title, summary and every mention's quote; articles: title and body).
CREATE VIRTUAL TABLE events_fts USING fts5 (title, summary, quotes, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, tokenize = 'porter unicode61');

-- /ready writes here inside a transaction it rolls back: proves the database is writable.
CREATE TABLE readiness_probe (
  id          INTEGER PRIMARY KEY,
  checked_at  TEXT NOT NULL
);
