-- Each search index as one segment. A bulk load (bench:data, or a rebuild) leaves an FTS5 index as a
-- few huge segments on level 0, where the incremental merges every later commit starts fall on
-- them: the first batches ingested into such a 1M-event database merged those segments with each
-- other, decoding and re-encoding every doclist (300 bench articles in 250 ms slices, storage only:
-- 19.4 ms CPU per article before this, 12.0 after). 'optimize' leaves one segment above level 0;
-- the small segments commits add are merged with each other, and with it only by copying.
-- On a 1M-event database it takes ~3 s of CPU (12 s at load 16) once, at the server's start.
INSERT INTO events_fts (events_fts) VALUES ('optimize');
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
