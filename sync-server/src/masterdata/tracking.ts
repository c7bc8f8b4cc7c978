// R1/R2 through the API: switching an item's lot tracking is the same
// setLotTracking operation a supervisor's device sends, applied by the same
// rule engine (stock already in slots gets lot unknown and a count task), and
// recorded in the operations log under the writer's name. It runs inside the
// master-data write's own transaction, so an item is never saved half-switched.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/connection';
import { applyOperation, parseOperation, refsOf } from '../domain';
import { loadUnlessSeen } from '../sync/load-world';
import { recordOutcome } from '../sync/write-effects';

/** The device id master-data writes record their operations under. */
export const MASTER_DATA_DEVICE = 'master-data';
/** The largest setLotTracking payload (its schema's limit). */
const CHUNK = 5000;

export async function switchLotTracking(tx: Queryable, userId: string, skus: readonly string[], tracked: boolean): Promise<void> {
  for (let start = 0; start < skus.length; start += CHUNK) {
    const seq = Number((await tx.query<{ seq: string }>("SELECT nextval('master_data_op_seq')::text AS seq")).rows[0]?.seq);
    const raw = {
      id: randomUUID(), seq, type: 'setLotTracking', deviceTime: new Date().toISOString(),
      payload: { items: skus.slice(start, start + CHUNK), tracked },
    };
    const parsed = parseOperation(raw);
    if (!parsed.ok) throw new Error(`tracking switch is malformed: ${JSON.stringify(parsed.issues)}`);
    const op = parsed.operation;
    const loaded = await loadUnlessSeen(tx, op.id, refsOf(op));
    if (!loaded.claimed) throw new Error(`operation ${op.id} already recorded`);
    // The API writer is authorized for master data; R1 lets tracking be switched through it.
    const result = applyOperation(op, loaded.world, {
      opId: op.id, userId, role: 'supervisor', deviceId: MASTER_DATA_DEVICE, deviceTime: op.deviceTime,
    });
    if (result.outcome === 'rejected') throw new Error(`tracking switch rejected: ${result.code}`);
    await recordOutcome(tx, result.effects, {
      outcome: { id: op.id, seq, outcome: result.outcome, code: null, rule: null, details: null },
      claim: { id: op.id, seq, deviceId: MASTER_DATA_DEVICE, userId, type: op.type, deviceTime: op.deviceTime, payload: op.payload },
      loadedLots: loaded.world.lots,
    });
  }
}
