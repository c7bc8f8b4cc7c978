-- Every replicated table carries change_xid: the id of the transaction that
-- last wrote the row. Pulls read rows by change_xid against a snapshot
-- watermark (see sync/pull.ts for why that never misses a row).

CREATE TABLE items (
  id text PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  name text NOT NULL,
  gtins text[] NOT NULL DEFAULT '{}',
  unit text NOT NULL DEFAULT 'each',
  lot_tracked boolean NOT NULL DEFAULT false,
  lot_at_pack boolean NOT NULL DEFAULT false,
  serialized boolean NOT NULL DEFAULT false,
  durable boolean NOT NULL DEFAULT false,
  conditions text[] NOT NULL DEFAULT '{}',
  special_handling boolean NOT NULL DEFAULT false,
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX items_change ON items (change_xid, id);

-- GTINs padded to 14 digits, so a GTIN-13 scan finds the item stored as GTIN-14.
CREATE TABLE item_gtins (
  gtin14 text PRIMARY KEY,
  item_id text NOT NULL REFERENCES items (id) ON DELETE CASCADE
);

CREATE TABLE locations (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  zone text NOT NULL DEFAULT '',
  type text NOT NULL CHECK (type IN ('storage', 'receiving', 'packing')),
  active boolean NOT NULL DEFAULT true,
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX locations_change ON locations (change_xid, id);

CREATE TABLE slots (
  id text PRIMARY KEY,
  item_id text NOT NULL REFERENCES items (id),
  location_id text NOT NULL REFERENCES locations (id),
  condition text NOT NULL DEFAULT '',
  capacity integer NOT NULL DEFAULT 0,
  quantity integer NOT NULL DEFAULT 0,
  lot text,
  lot_unknown boolean NOT NULL DEFAULT false,
  needs_count boolean NOT NULL DEFAULT false,
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  UNIQUE (item_id, location_id, condition)
);
CREATE INDEX slots_change ON slots (change_xid, id);
CREATE INDEX slots_location ON slots (location_id);
CREATE INDEX slots_lot ON slots (lot) WHERE lot IS NOT NULL;

CREATE TABLE serials (
  id text PRIMARY KEY,
  item_id text NOT NULL REFERENCES items (id),
  serial text NOT NULL UNIQUE,
  lot text,
  slot_id text REFERENCES slots (id),
  status text NOT NULL,
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX serials_change ON serials (change_xid, id);
CREATE INDEX serials_slot ON serials (slot_id);

CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  badge text NOT NULL UNIQUE,
  pin_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('operator', 'picker', 'supervisor')),
  active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE devices (
  id text PRIMARY KEY,
  last_user_id text REFERENCES users (id),
  last_seq bigint NOT NULL DEFAULT 0,
  -- How often the device's sequence started over: its storage was wiped.
  seq_restarts integer NOT NULL DEFAULT 0,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now()
);

-- Every operation ever received, with its outcome, written in the same
-- transaction as its effects (C1: a replay returns this first outcome).
CREATE TABLE operations (
  id uuid PRIMARY KEY,
  device_id text NOT NULL,
  seq bigint NOT NULL,
  type text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  device_time timestamptz,
  payload jsonb NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('applied', 'exception', 'rejected')),
  code text,
  rule text,
  details jsonb,
  received_at timestamptz NOT NULL DEFAULT now(),
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX operations_device_change ON operations (device_id, change_xid, id);

CREATE TABLE transactions (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  op_id uuid NOT NULL REFERENCES operations (id),
  type text NOT NULL,
  item_id text NOT NULL REFERENCES items (id),
  location_id text NOT NULL REFERENCES locations (id),
  slot_id text NOT NULL REFERENCES slots (id),
  condition text NOT NULL DEFAULT '',
  lot text,
  lot_unknown boolean NOT NULL DEFAULT false,
  serial text,
  quantity integer NOT NULL,
  user_id text NOT NULL,
  device_id text NOT NULL,
  device_time timestamptz,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transactions_slot ON transactions (slot_id);
CREATE INDEX transactions_lot ON transactions (lot) WHERE lot IS NOT NULL;
CREATE INDEX transactions_item ON transactions (item_id, recorded_at);

CREATE TABLE exceptions (
  id text PRIMARY KEY,
  op_id uuid NOT NULL REFERENCES operations (id),
  code text NOT NULL,
  rule text NOT NULL,
  item_id text,
  location_id text,
  slot_id text,
  details jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  resolution text,
  resolved_by_op_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX exceptions_change ON exceptions (change_xid, id);
CREATE INDEX exceptions_open ON exceptions (status) WHERE status = 'open';

CREATE TABLE shipment_lines (
  id text PRIMARY KEY,
  op_id uuid NOT NULL REFERENCES operations (id),
  shipment text NOT NULL,
  item_id text NOT NULL REFERENCES items (id),
  quantity integer NOT NULL,
  lot text,
  serial text,
  picked_lot text,
  lot_mismatch boolean NOT NULL DEFAULT false,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shipment_lines_lot ON shipment_lines (lot) WHERE lot IS NOT NULL;

CREATE TABLE settings (
  id integer PRIMARY KEY CHECK (id = 1),
  value jsonb NOT NULL,
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
