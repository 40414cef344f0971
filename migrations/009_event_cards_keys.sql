-- A narrow copy of event_cards' keys, in the same order, with each event's end day (what a
-- window's range scans test): a page's keys read from it touch ~55 bytes an event instead of
-- ~700, so a page whose cards are mostly held already (the page cache keeps each event's card
-- once; a window shares all but a few events with its neighbours) reads its keys here and only
-- the cards it lacks from event_cards. On 1M events: 56 MB, built in ~1.5 s of CPU.
CREATE INDEX event_cards_keys ON event_cards (span_class, start_date, id, end_date);
