-- Event cards: every event as the JSON text the API serves (the fields and order of presentEvent
-- in src/routes/present.ts), stored in timeline order. A date window or a cursor page is then a
-- few short range scans of this table, one per span class (see migration 003), merged in
-- (start_date, id) order: no row lookups in events, no subqueries for actors and places, no JSON
-- built per request. (Built per request, a page of 50 cost ~5x more SQLite time on 1M events.)
CREATE TABLE event_cards (
  span_class  INTEGER NOT NULL,
  start_date  TEXT NOT NULL,
  id          TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  json        TEXT NOT NULL,
  PRIMARY KEY (span_class, start_date, id)
) WITHOUT ROWID;

-- The one definition of an event's card, read by the triggers below. The span class is
-- events_window's expression; codes are each type's CAMEO/ACLED codes from src/domain/taxonomy.ts
-- (a test checks every type, so a new type needs a migration that redefines this view).
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
  ) AS json
FROM events e;

-- Triggers rather than calls in every write path (ingest, bulk loading, merging, curation, article
-- deletion): whatever changes an event, its actors or places, or an actor's or place's own
-- fields, rewrites the cards concerned. A card's key moves with its dates, so an update of the
-- event deletes and inserts it (the old key's span class is not known here: the six classes are
-- probed); other changes rewrite the JSON in place. (Not REPLACE: an outer INSERT OR IGNORE would
-- turn it into an ignored insert.)
CREATE TRIGGER event_cards_on_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_cards SELECT * FROM event_card_source WHERE id = new.id;
END;
CREATE TRIGGER event_cards_on_update AFTER UPDATE ON events BEGIN
  DELETE FROM event_cards WHERE span_class IN (0, 1, 2, 3, 4, 5) AND start_date = old.start_date AND id = old.id;
  INSERT INTO event_cards SELECT * FROM event_card_source WHERE id = new.id;
END;
CREATE TRIGGER event_cards_on_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_cards WHERE span_class IN (0, 1, 2, 3, 4, 5) AND start_date = old.start_date AND id = old.id;
END;
CREATE TRIGGER event_cards_on_actor_link AFTER INSERT ON event_actors BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = new.event_id AND event_cards.span_class = s.span_class AND event_cards.start_date = s.start_date AND event_cards.id = s.id;
END;
CREATE TRIGGER event_cards_on_actor_unlink AFTER DELETE ON event_actors BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = old.event_id AND event_cards.span_class = s.span_class AND event_cards.start_date = s.start_date AND event_cards.id = s.id;
END;
CREATE TRIGGER event_cards_on_place_link AFTER INSERT ON event_places BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = new.event_id AND event_cards.span_class = s.span_class AND event_cards.start_date = s.start_date AND event_cards.id = s.id;
END;
CREATE TRIGGER event_cards_on_place_unlink AFTER DELETE ON event_places BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id = old.event_id AND event_cards.span_class = s.span_class AND event_cards.start_date = s.start_date AND event_cards.id = s.id;
END;
-- Names compare case-sensitively here (the columns are NOCASE): a card shows the name as stored.
-- The upserts' no-op "SET kind = kind" changes nothing and rewrites nothing.
CREATE TRIGGER event_cards_on_actor_change AFTER UPDATE OF name, kind ON actors
  WHEN old.name IS NOT new.name COLLATE BINARY OR old.kind IS NOT new.kind
BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id IN (SELECT event_id FROM event_actors WHERE actor_id = new.id)
      AND event_cards.span_class = s.span_class AND event_cards.start_date = s.start_date AND event_cards.id = s.id;
END;
CREATE TRIGGER event_cards_on_place_change AFTER UPDATE OF name, country_code, lat, lon ON places
  WHEN old.name IS NOT new.name COLLATE BINARY OR old.country_code IS NOT new.country_code
    OR old.lat IS NOT new.lat OR old.lon IS NOT new.lon
BEGIN
  UPDATE event_cards SET json = s.json FROM event_card_source s
    WHERE s.id IN (SELECT event_id FROM event_places WHERE place_id = new.id)
      AND event_cards.span_class = s.span_class AND event_cards.start_date = s.start_date AND event_cards.id = s.id;
END;

INSERT INTO event_cards SELECT * FROM event_card_source ORDER BY 1, 2, 3;
