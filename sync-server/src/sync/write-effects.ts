// Writes what the rule engine returned, the operation with its outcome and
// the device's sequence in ONE statement of data-modifying CTEs: each kind of row
// goes as one JSON array, so an operation costs a single round trip to write
// however many rows it touches. Foreign keys between the CTEs (a new slot and
// its transactions) are checked at the end of the statement.
import type { Queryable } from '../db/connection';
import { EXCEPTIONS, ITEMS_CORE, SERIALS, SHIPMENT_LINES, SLOTS, TRANSACTIONS, upsertSql } from '../db/tables';
import type { Effects, OperationOutcome, World } from '../domain';
import type { Claim } from './operation-log';
import { LOTS } from '../lots/tables';

const RECORD_SQL = `
WITH items_w AS (${upsertSql(ITEMS_CORE, 'upsert', 1)}),
slots_w AS (${upsertSql(SLOTS, 'upsert', 2)}),
serials_w AS (${upsertSql(SERIALS, 'upsert', 3)}),
transactions_w AS (${upsertSql(TRANSACTIONS, 'insert', 4)}),
exceptions_w AS (${upsertSql(EXCEPTIONS, 'upsert', 5)}),
shipment_w AS (${upsertSql(SHIPMENT_LINES, 'insert', 6)}),
lots_w AS (${upsertSql(LOTS, 'upsert', 19)}),
-- A lot record the operation did not load is new: a plain insert, so two first
-- receipts of one lot at once cannot both write it (the later one would
-- overwrite the expiry unseen). The later fails on the unique key, its
-- transaction runs again, loads the record and meets the expiry-conflict check.
lots_new AS (${upsertSql(LOTS, 'insert', 21)}),
settings_w AS (
  INSERT INTO settings (id, value) SELECT 1, $7::jsonb WHERE $7::jsonb IS NOT NULL
  ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, change_xid = pg_current_xact_id()),
operation_w AS (
  INSERT INTO operations (id, device_id, seq, type, user_id, device_time, payload, outcome, code, rule, details, pushed_by)
  VALUES ($8, $13, $15, $16, $14, $17, $18::jsonb, $9, $10, $11, $12::jsonb, $20)),
-- The highest sequence seen per device. A sequence that starts over at 1
-- means the device's storage was wiped: counted so supervisors can see it.
device_w AS (
  -- The device's last user is whoever is on it now: the pusher.
  INSERT INTO devices (id, last_user_id, last_seq) VALUES ($13, coalesce($20, $14), $15)
  ON CONFLICT (id) DO UPDATE SET
    last_user_id = EXCLUDED.last_user_id,
    seq_restarts = devices.seq_restarts + CASE WHEN EXCLUDED.last_seq = 1 AND devices.last_seq > 1 THEN 1 ELSE 0 END,
    last_seq = CASE WHEN EXCLUDED.last_seq = 1 AND devices.last_seq > 1 THEN 1 ELSE GREATEST(devices.last_seq, EXCLUDED.last_seq) END,
    last_seen = now())
SELECT 1`;

const NONE = '[]';

function rows(list: readonly object[] | undefined): string {
  return list && list.length > 0 ? JSON.stringify(list) : NONE;
}

export interface Recorded {
  outcome: Omit<OperationOutcome, 'duplicate'>;
  claim: Claim;
  /** The lot records the operation loaded (locked): the others in its effects are new. */
  loadedLots: World['lots'];
}

export async function recordOutcome(tx: Queryable, effects: Effects | null, recorded: Recorded): Promise<void> {
  const { outcome, claim } = recorded;
  const loaded = new Set((recorded.loadedLots ?? []).map((l) => l.id));
  const lots = effects?.lots ?? [];
  await tx.query(RECORD_SQL, [
    rows(effects?.items), rows(effects?.slots), rows(effects?.serials), rows(effects?.transactions),
    rows(effects?.exceptions), rows(effects?.shipmentLines),
    effects?.settings ? JSON.stringify(effects.settings) : null,
    outcome.id, outcome.outcome, outcome.code, outcome.rule, outcome.details === null ? null : JSON.stringify(outcome.details),
    claim.deviceId, claim.userId, claim.seq, claim.type, claim.deviceTime, JSON.stringify(claim.payload ?? null),
    rows(lots.filter((l) => loaded.has(l.id))), claim.pushedBy ?? null,
    rows(lots.filter((l) => !loaded.has(l.id))),
  ]);
}
