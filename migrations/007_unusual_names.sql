-- Actors and places whose names SQLite's case-insensitive comparison (ASCII only, untrimmed) may
-- fail to match where the merge rules' comparison (trimmed, lower-cased in full Unicode) does:
-- names with characters outside printable ASCII, or with outer spaces. Merge candidate queries
-- let events naming one of them through, and read these few ids from these partial indexes
-- instead of testing every candidate's names. (The expression must stay the one in
-- src/repositories/events.ts for the query to use the indexes.)
CREATE INDEX actors_unusual_names ON actors (id) WHERE name GLOB '*[^ -~]*' OR name <> trim(name);
CREATE INDEX places_unusual_names ON places (id) WHERE name GLOB '*[^ -~]*' OR name <> trim(name);
