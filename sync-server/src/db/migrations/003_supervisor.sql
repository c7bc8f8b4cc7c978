-- Indexes for the supervisor console's reports and recall
-- (sync-server/src/supervisor/): transactions filtered or sorted by date,
-- location and operator; the exceptions inbox newest first; serials by lot.
-- Kept few: every index is paid for by every push that writes transactions.
CREATE INDEX IF NOT EXISTS transactions_recorded ON transactions (recorded_at, seq);
CREATE INDEX IF NOT EXISTS transactions_location ON transactions (location_id, recorded_at);
CREATE INDEX IF NOT EXISTS transactions_user ON transactions (user_id, recorded_at);
CREATE INDEX IF NOT EXISTS exceptions_created ON exceptions (created_at, id);
CREATE INDEX IF NOT EXISTS serials_lot ON serials (lot) WHERE lot IS NOT NULL;
