-- Event cards keyed by one column: `key` is start_date || ' ' || id, and the table's primary key
-- (span_class, key) instead of (span_class, start_date, id). A day has no space in it and the
-- space sorts below every character of a day or an id, so keys sort as (start_date, id) do and a
-- cursor page's bound is one comparison, `key > ?`, which SQLite takes as the start of each span
-- class's range and does not test again; the row value `(start_date, id) > (?, ?)` it replaces
-- was tested again on every row read (docs/measurements.md, "Serving at scale: what a cursor
-- costs a page"). A window's day bounds are key bounds too: start_date >= d is key >= d, and
-- start_date <= d is key < d || '!'. start_date and id stay columns (the cards are read with
-- them); every lookup of a card by its event goes by key, so the triggers are written again with
-- key in place of (start_date, id), and event_cards_keys holds (span_class, key, end_date).
DROP TRIGGER event_cards_on_insert;
DROP TRIGGER event_cards_on_update;
DROP TRIGGER event_cards_on_count;
DROP TRIGGER event_cards_on_delete;
DROP TRIGGER event_cards_on_actor_link;
DROP TRIGGER event_cards_on_actor_unlink;
DROP TRIGGER event_cards_on_place_link;
DROP TRIGGER event_cards_on_place_unlink;
DROP TRIGGER event_cards_on_actor_change;
DROP TRIGGER event_cards_on_place_change;
DROP VIEW event_card_source;

-- Copied in the old key's order, which is the new key's: the new table is written in order.
CREATE TABLE event_cards_by_key (
  span_class  INTEGER NOT NULL,
  start_date  TEXT NOT NULL,
  id          TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  json        TEXT NOT NULL,
  key         TEXT NOT NULL,
  PRIMARY KEY (span_class, key)
) WITHOUT ROWID;
INSERT INTO event_cards_by_key SELECT span_class, start_date, id, end_date, json, start_date || ' ' || id FROM event_cards ORDER BY 1, 2, 3;
DROP TABLE event_cards;
ALTER TABLE event_cards_by_key RENAME TO event_cards;
CREATE INDEX event_cards_keys ON event_cards (span_class, key, end_date);

-- Migration 006's definition of a card with its key as a sixth column, so that the triggers'
-- and the bulk loader's INSERT ... SELECT * fill the new table.
CREATE VIEW event_card_source AS
SELECT
  CASE WHEN e.end_date = e.start_date THEN 0 WHEN julianday(e.end_date) - julianday(e.start_date) <= 6 THEN 1 WHEN julianday(e.end_date) - julianday(e.start_date) <= 30 THEN 2 WHEN julianday(e.end_date) - julianday(e.start_date) <= 91 THEN 3 WHEN julianday(e.end_date) - julianday(e.start_date) <= 365 THEN 4 ELSE 5 END AS span_class,
  e.start_date, e.id, e.end_date,
  json_object(
    'id', e.id, 'type', e.type, 'title', e.title, 'summary', e.summary,
    'startDate', e.start_date, 'endDate', e.end_date, 'datePrecision', e.date_precision,
    'dateCertainty', e.date_certainty, 'status', e.status,
    'actors', (SELECT json_group_array(json_object('name', a.name, 'kind', a.kind) ORDER BY a.name)
               FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id),
    'places', (SELECT json_group_array(json_object('name', p.name, 'countryCode', nullif(p.country_code, ''),
                 'lat', p.lat, 'lon', p.lon) ORDER BY p.name)
               FROM event_places ep JOIN places p ON p.id = ep.place_id WHERE ep.event_id = e.id),
    'confidence', e.confidence,
    'codes', json(CASE e.type
      WHEN 'phone_call' THEN '{"cameo":"041","acled":null}'
      WHEN 'meeting' THEN '{"cameo":"043/044/046","acled":"Agreement (peace talks)"}'
      WHEN 'statement' THEN '{"cameo":"010/013/130","acled":null}'
      WHEN 'drone_strike' THEN '{"cameo":"195","acled":"Air/drone strike"}'
      WHEN 'missile_strike' THEN '{"cameo":"195/194","acled":"Shelling/artillery/missile attack"}'
      WHEN 'air_strike' THEN '{"cameo":"195","acled":"Air/drone strike"}'
      WHEN 'shelling' THEN '{"cameo":"194","acled":"Shelling/artillery/missile attack"}'
      WHEN 'armed_clash' THEN '{"cameo":"190/193","acled":"Armed clash"}'
      WHEN 'territorial_capture' THEN '{"cameo":"192","acled":"Non-state actor overtakes territory / Government regains territory"}'
      WHEN 'ceasefire' THEN '{"cameo":"0871","acled":"Agreement"}'
      WHEN 'agreement' THEN '{"cameo":"057","acled":"Agreement"}'
      WHEN 'prisoner_exchange' THEN '{"cameo":"0841","acled":"Agreement"}'
      WHEN 'aid_decision' THEN '{"cameo":"072/1622","acled":null}'
      WHEN 'sanctions' THEN '{"cameo":"163","acled":null}'
      WHEN 'assassination' THEN '{"cameo":"186","acled":null}'
    END),
    'mentionCount', e.mention_count, 'sourceCount', e.source_count,
    'curated', json(CASE WHEN e.curated = 1 THEN 'true' ELSE 'false' END),
    'createdAt', e.created_at, 'updatedAt', e.updated_at
  ) AS json,
  e.start_date || ' ' || e.id AS key
FROM events e;

CREATE TRIGGER event_cards_on_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_cards SELECT * FROM event_card_source WHERE id = new.id;
END;
CREATE TRIGGER event_cards_on_update AFTER UPDATE OF id, type, title, summary, start_date, end_date, date_precision,
  date_certainty, status, confidence, curated, created_at ON events
BEGIN
  DELETE FROM event_cards WHERE span_class IN (0, 1, 2, 3, 4, 5) AND key = old.start_date || ' ' || old.id;
  INSERT INTO event_cards SELECT * FROM event_card_source WHERE id = new.id;
END;
CREATE TRIGGER event_cards_on_count AFTER UPDATE OF mention_count, source_count, updated_at ON events
  WHEN new.id IS old.id AND new.type IS old.type AND new.title IS old.title AND new.summary IS old.summary
    AND new.start_date IS old.start_date AND new.end_date IS old.end_date AND new.date_precision IS old.date_precision
    AND new.date_certainty IS old.date_certainty AND new.status IS old.status AND new.confidence IS old.confidence
    AND new.curated IS old.curated AND new.created_at IS old.created_at
BEGIN
  UPDATE event_cards SET json = json_set(json, '$.mentionCount', new.mention_count, '$.sourceCount', new.source_count, '$.updatedAt', new.updated_at)
  WHERE span_class = (CASE WHEN new.end_date = new.start_date THEN 0 WHEN julianday(new.end_date) - julianday(new.start_date) <= 6 THEN 1 WHEN julianday(new.end_date) - julianday(new.start_date) <= 30 THEN 2 WHEN julianday(new.end_date) - julianday(new.start_date) <= 91 THEN 3 WHEN julianday(new.end_date) - julianday(new.start_date) <= 365 THEN 4 ELSE 5 END)
    AND key = new.start_date || ' ' || new.id;
END;
CREATE TRIGGER event_cards_on_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_cards WHERE span_class IN (0, 1, 2, 3, 4, 5) AND key = old.start_date || ' ' || old.id;
END;
CREATE TRIGGER event_cards_on_actor_link AFTER INSERT ON event_actors BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = new.event_id AND event_cards.span_class = s.span_class AND event_cards.key = s.key;
END;
CREATE TRIGGER event_cards_on_actor_unlink AFTER DELETE ON event_actors BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = old.event_id AND event_cards.span_class = s.span_class AND event_cards.key = s.key;
END;
CREATE TRIGGER event_cards_on_place_link AFTER INSERT ON event_places BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = new.event_id AND event_cards.span_class = s.span_class AND event_cards.key = s.key;
END;
CREATE TRIGGER event_cards_on_place_unlink AFTER DELETE ON event_places BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = old.event_id AND event_cards.span_class = s.span_class AND event_cards.key = s.key;
END;
CREATE TRIGGER event_cards_on_actor_change AFTER UPDATE OF name, kind ON actors
  WHEN old.name IS NOT new.name COLLATE BINARY OR old.kind IS NOT new.kind
BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id IN (SELECT event_id FROM event_actors WHERE actor_id = new.id)
      AND event_cards.span_class = s.span_class AND event_cards.key = s.key;
END;
CREATE TRIGGER event_cards_on_place_change AFTER UPDATE OF name, country_code, lat, lon ON places
  WHEN old.name IS NOT new.name COLLATE BINARY OR old.country_code IS NOT new.country_code
    OR old.lat IS NOT new.lat OR old.lon IS NOT new.lon
BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id IN (SELECT event_id FROM event_places WHERE place_id = new.id)
      AND event_cards.span_class = s.span_class AND event_cards.key = s.key;
END;
