-- Lot records (issue 8): per item and lot, the expiry, when it first arrived,
-- and whether a supervisor holds it, with the history of holds. Written by
-- the push transaction of the operation that changed them (restock, holdLot)
-- and replicated to devices like slots. Expiry is a calendar day kept as
-- 'YYYY-MM-DD' text: ISO days sort as text, and a driver never shifts them by
-- a time zone the way it parses the date type. "Expired" is not stored: it
-- is computed from the date against the day asked about.
CREATE TABLE lots (
  id text PRIMARY KEY,
  item_id text NOT NULL REFERENCES items (id),
  lot text NOT NULL,
  expiry text CHECK (expiry ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  expiry_source text,
  first_received timestamptz,
  on_hold boolean NOT NULL DEFAULT false,
  holds jsonb NOT NULL DEFAULT '[]',
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  UNIQUE (item_id, lot)
);
CREATE INDEX lots_change ON lots (change_xid, id);
CREATE INDEX lots_expiry ON lots (expiry) WHERE expiry IS NOT NULL;
