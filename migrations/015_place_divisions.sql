-- Each place's first-level division as the gazetteer codes it (country and GeoNames admin1: "RU-41"; a region's
-- own), for merging: a report naming a town ("Sudzha") and one naming only the region it lies in ("the Kursk
-- region") can tell one event, and the merge, in the writer, has no gazetteer. NULL where unknown (countries,
-- places beyond the gazetteer, places stored before this column or by a curator). The index finds a division's
-- places for the merge-candidate lookup.
ALTER TABLE places ADD COLUMN division TEXT;
CREATE INDEX places_division ON places (division) WHERE division IS NOT NULL;
