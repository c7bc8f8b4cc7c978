-- Master data from an ERP or a supervisor: item fields the first migration
-- lacked, integration API tokens, purchase orders and pick lists. Orders are
-- replicated like the other tables (change_xid); what was received or picked
-- against them is read from the operations that name them, never stored
-- twice (see masterdata/orders-read.ts).

ALTER TABLE items ADD COLUMN shelf_life_days integer;
-- Items, like locations, are deactivated, never deleted: transactions name them.
ALTER TABLE items ADD COLUMN active boolean NOT NULL DEFAULT true;

-- An integration's bearer token: only its SHA-256 is kept. Each token signs
-- its writes and operations as a users row of its own that cannot log in.
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  user_id text NOT NULL REFERENCES users (id),
  allow_floor_ops boolean NOT NULL DEFAULT false,
  created_by text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);

CREATE TABLE purchase_orders (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  supplier text NOT NULL DEFAULT '',
  expected_date date,
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX purchase_orders_change ON purchase_orders (change_xid, id);

CREATE TABLE purchase_order_lines (
  order_id text NOT NULL REFERENCES purchase_orders (id),
  line integer NOT NULL,
  item_id text NOT NULL REFERENCES items (id),
  quantity integer NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, line)
);

CREATE TABLE pick_lists (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  shipment text,
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX pick_lists_change ON pick_lists (change_xid, id);
CREATE INDEX pick_lists_shipment ON pick_lists (shipment) WHERE shipment IS NOT NULL;

CREATE TABLE pick_list_lines (
  list_id text NOT NULL REFERENCES pick_lists (id),
  line integer NOT NULL,
  item_id text NOT NULL REFERENCES items (id),
  quantity integer NOT NULL CHECK (quantity > 0),
  location_id text REFERENCES locations (id),
  PRIMARY KEY (list_id, line)
);

-- Operations that name an order, by order and by when they were written:
-- received and picked counts, and which orders a pull must send again.
CREATE INDEX operations_purchase_order ON operations ((payload ->> 'purchaseOrder')) WHERE type = 'restock';
CREATE INDEX operations_purchase_order_change ON operations (change_xid) WHERE type = 'restock' AND payload ? 'purchaseOrder';
CREATE INDEX operations_pick_list ON operations ((payload -> 'pickList' ->> 'number')) WHERE type = 'pick';
CREATE INDEX operations_pick_list_change ON operations (change_xid) WHERE type = 'pick' AND payload ? 'pickList';
CREATE INDEX operations_pack_change ON operations (change_xid) WHERE type = 'pack';
CREATE INDEX transactions_op ON transactions (op_id);
CREATE INDEX shipment_lines_shipment ON shipment_lines (shipment);

-- Sequence numbers of the operations master-data writes record (a tracking
-- switch through the API is a setLotTracking operation, R1/R2).
CREATE SEQUENCE master_data_op_seq;
