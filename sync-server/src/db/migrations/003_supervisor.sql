-- Indexes for the supervisor console's reports, recall and exceptions inbox
-- (sync-server/src/supervisor/): transaction filters by date, location and
-- operator; operations looked up from the exceptions and shipment lines they caused.
CREATE INDEX IF NOT EXISTS transactions_recorded ON transactions (recorded_at, seq);
CREATE INDEX IF NOT EXISTS transactions_location ON transactions (location_id, recorded_at);
CREATE INDEX IF NOT EXISTS transactions_user ON transactions (user_id, recorded_at);
CREATE INDEX IF NOT EXISTS transactions_op ON transactions (op_id);
CREATE INDEX IF NOT EXISTS exceptions_op ON exceptions (op_id);
CREATE INDEX IF NOT EXISTS exceptions_created ON exceptions (created_at, id);
CREATE INDEX IF NOT EXISTS serials_lot ON serials (lot) WHERE lot IS NOT NULL;
