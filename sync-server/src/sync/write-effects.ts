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

// The statement's parameters by name, in the order they are sent: the SQL and
// the values both go through these names, so no $N can point at the wrong value.
const PARAMS = [
  'items', 'slots', 'serials', 'transactions', 'exceptions', 'shipmentLines', 'settings',
  'opId', 'outcome', 'code', 'rule', 'details',
  'deviceId', 'userId', 'seq', 'type', 'deviceTime', 'payload', 'lotsLoaded', 'pushedBy', 'lotsNew',
] as const;
type Param = (typeof PARAMS)[number];
/** The parameter's number ($n without the $). */
const n = (name: Param): number => PARAMS.indexOf(name) + 1;
const p = (name: Param): string => `$${n(name)}`;

const RECORD_SQL = `
WITH items_w AS (${upsertSql(ITEMS_CORE, 'upsert', n('items'))}),
slots_w AS (${upsertSql(SLOTS, 'upsert', n('slots'))}),
serials_w AS (${upsertSql(SERIALS, 'upsert', n('serials'))}),
transactions_w AS (${upsertSql(TRANSACTIONS, 'insert', n('transactions'))}),
exceptions_w AS (${upsertSql(EXCEPTIONS, 'upsert', n('exceptions'))}),
shipment_w AS (${upsertSql(SHIPMENT_LINES, 'insert', n('shipmentLines'))}),
lots_w AS (${upsertSql(LOTS, 'upsert', n('lotsLoaded'))}),
-- A lot record the operation did not load is new: a plain insert, so two first
-- receipts of one lot at once cannot both write it (the later one would
-- overwrite the expiry unseen). The later fails on the unique key, its
-- transaction runs again, loads the record and meets the expiry-conflict check.
lots_new AS (${upsertSql(LOTS, 'insert', n('lotsNew'))}),
settings_w AS (
  INSERT INTO settings (id, value) SELECT 1, ${p('settings')}::jsonb WHERE ${p('settings')}::jsonb IS NOT NULL
  ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, change_xid = pg_current_xact_id()),
operation_w AS (
  INSERT INTO operations (id, device_id, seq, type, user_id, device_time, payload, outcome, code, rule, details, pushed_by)
  VALUES (${p('opId')}, ${p('deviceId')}, ${p('seq')}, ${p('type')}, ${p('userId')}, ${p('deviceTime')}, ${p('payload')}::jsonb,
    ${p('outcome')}, ${p('code')}, ${p('rule')}, ${p('details')}::jsonb, ${p('pushedBy')})),
-- The highest sequence seen per device. A sequence that starts over at 1
-- means the device's storage was wiped: counted so supervisors can see it.
device_w AS (
  -- The device's last user is whoever is on it now: the pusher.
  INSERT INTO devices (id, last_user_id, last_seq) VALUES (${p('deviceId')}, coalesce(${p('pushedBy')}, ${p('userId')}), ${p('seq')})
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
  const values: Record<Param, unknown> = {
    items: rows(effects?.items), slots: rows(effects?.slots), serials: rows(effects?.serials),
    transactions: rows(effects?.transactions), exceptions: rows(effects?.exceptions), shipmentLines: rows(effects?.shipmentLines),
    settings: effects?.settings ? JSON.stringify(effects.settings) : null,
    opId: outcome.id, outcome: outcome.outcome, code: outcome.code, rule: outcome.rule,
    details: outcome.details === null ? null : JSON.stringify(outcome.details),
    deviceId: claim.deviceId, userId: claim.userId, seq: claim.seq, type: claim.type, deviceTime: claim.deviceTime,
    payload: JSON.stringify(claim.payload ?? null), pushedBy: claim.pushedBy ?? null,
    lotsLoaded: rows(lots.filter((l) => loaded.has(l.id))), lotsNew: rows(lots.filter((l) => !loaded.has(l.id))),
  };
  await tx.query(RECORD_SQL, PARAMS.map((name) => values[name]));
}
