// Preview and commit of a stock import. Both load the rows the sheet names
// (the preview without locks, the commit through the push path's locking
// loader) and run the same pure importStock, so the preview shows exactly
// what a commit does to the same data. A commit is ONE
// operation (type importStock) of the supervisor, from the server's own
// device id, written with its effects, outcome and per-row results in one
// transaction by the push path's writer; its id makes it idempotent (C1).
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../db/connection';
import {
  importStock, importStockPayload, refsOf,
  type ImportCommitResponse as CommitResponse, type ImportPreviewResponse as PreviewResponse, type ImportRowResponse,
  type ImportRowResult, type ImportStockPayload, type ImportSummary, type OpContext, type Operation,
} from '../../domain';
import { HttpError } from '../../http/errors';
import type { SessionUser } from '../../auth/sessions';
import { loadUnlessSeen } from '../../sync/load-world';
import { firstOutcome } from '../../sync/operation-log';
import { recordOutcome } from '../../sync/write-effects';
import { loadForPreview } from './load-for-preview';
import { importMessage } from './messages';
import type { Sheet } from './read-sheet';

/** The device id of imports made on the server (its sequence is kept in devices like any device's). */
export const IMPORT_DEVICE = 'server:import';

function respond(r: ImportRowResult): ImportRowResponse {
  return {
    row: r.row, sku: r.sku, locationCode: r.locationCode, condition: r.condition, quantity: r.quantity, lot: r.lot,
    status: r.status, message: importMessage(r), code: r.code, rule: r.rule, current: r.current,
  };
}

function operationOf(opId: string, seq: number, payload: ImportStockPayload, deviceTime: string): Operation {
  return { id: opId, seq, type: 'importStock', deviceTime, payload };
}

function payloadOf(sheet: Sheet, file: string | undefined): ImportStockPayload {
  const parsed = importStockPayload.safeParse({ file, rows: sheet.rows });
  if (!parsed.success) throw new HttpError(400, 'bad-file', `the sheet could not be read as stock rows: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

export async function previewImport(db: Db, user: SessionUser, sheet: Sheet, file?: string): Promise<PreviewResponse> {
  const payload = payloadOf(sheet, file);
  const op = operationOf(randomUUID(), 1, payload, new Date().toISOString());
  const world = await loadForPreview(db, refsOf(op));
  const result = importStock(payload, world, contextOf(op, user));
  return { columns: sheet.columns, rows: result.rows.map(respond), summary: result.summary };
}

function contextOf(op: Operation, user: SessionUser): OpContext {
  return { opId: op.id, userId: user.id, role: user.role, deviceId: IMPORT_DEVICE, deviceTime: op.deviceTime };
}

/** The per-row results as stored in the operation's details: one array per row in this key order (half the JSON of objects). */
const ROW_KEYS = ['row', 'sku', 'locationCode', 'condition', 'quantity', 'lot', 'status', 'message', 'code', 'rule', 'current'] as const;

interface StoredDetails {
  file: string | null;
  summary: ImportSummary;
  rowKeys: readonly string[];
  rows: unknown[][];
}

function pack(rows: ImportRowResponse[]): unknown[][] {
  return rows.map((r) => ROW_KEYS.map((k) => r[k]));
}

function unpack(details: StoredDetails): ImportRowResponse[] {
  return details.rows.map((values) => Object.fromEntries(details.rowKeys.map((k, i) => [k, values[i] ?? null])) as unknown as ImportRowResponse);
}

export async function commitImport(db: Db, user: SessionUser, opId: string, sheet: Sheet, file?: string): Promise<CommitResponse> {
  const payload = payloadOf(sheet, file);
  return db.transaction(async (tx) => {
    // The import device's sequence, taken under its row lock: imports number 1, 2, 3... like a device's operations.
    const seq = await nextSeq(tx, user.id);
    const op = operationOf(opId, seq, payload, new Date().toISOString());
    const loaded = await loadUnlessSeen(tx, opId, refsOf(op));
    if (!loaded.claimed) return replay(tx, opId);
    const result = importStock(payload, loaded.world, contextOf(op, user));
    if (result.result.outcome === 'rejected') throw new Error('importStock never rejects a whole sheet');
    const rows = result.rows.map(respond);
    const details: StoredDetails = { file: file ?? null, summary: result.summary, rowKeys: ROW_KEYS, rows: pack(rows) };
    await recordOutcome(tx, result.result.effects, {
      outcome: { id: opId, seq, outcome: 'applied', code: null, rule: null, details: details as unknown as Record<string, unknown> },
      claim: { id: opId, seq, deviceId: IMPORT_DEVICE, userId: user.id, type: 'importStock', deviceTime: op.deviceTime, payload },
      loadedLots: loaded.world.lots,
    });
    return { opId, outcome: 'applied', duplicate: false, rows, summary: details.summary };
  });
}

async function nextSeq(tx: Queryable, userId: string): Promise<number> {
  await tx.query('INSERT INTO devices (id, last_user_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [IMPORT_DEVICE, userId]);
  const row = (await tx.query<{ seq: number }>('SELECT last_seq::int + 1 AS seq FROM devices WHERE id = $1 FOR UPDATE', [IMPORT_DEVICE])).rows[0];
  return row?.seq ?? 1;
}

/** C1: the id was applied before: its first result, nothing applied again. */
async function replay(tx: Queryable, opId: string): Promise<CommitResponse> {
  const first = await firstOutcome(tx, opId);
  const type = (await tx.query<{ type: string }>('SELECT type FROM operations WHERE id = $1', [opId])).rows[0]?.type;
  const details = first.details as unknown as StoredDetails | null;
  if (type !== 'importStock' || !details || !Array.isArray(details.rows) || !Array.isArray(details.rowKeys)) {
    throw new HttpError(409, 'op-id-taken', `operation ${opId} is already recorded as another kind of operation: use a new id`);
  }
  return { opId, outcome: 'applied', duplicate: true, rows: unpack(details), summary: details.summary };
}
