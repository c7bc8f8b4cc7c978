// Lot rules applied on top of an operation's own effects: the operation's
// transactions and shipment lines say which lots moved, so the lot records it
// creates and the exceptions it raises are added here with ids that continue
// the operation's own numbering (`${opId}/x<n>`), the same on device and server.
import type { ApplyResult, OpContext } from '../engine';
import { EXCEPTION_CODES, type ExceptionCode, type LotException, type LotRecord } from '../types';

export interface LotRaise {
  code: ExceptionCode;
  /** Null for an exception about the operation as a whole (who recorded it). */
  itemId: string | null;
  locationId: string | null;
  details: Record<string, unknown>;
}

/** Adds lot records and exceptions to an applied result; an exception makes the outcome 'exception' (C2). */
export function addLotEffects(result: ApplyResult, ctx: OpContext, lots: LotRecord[], raises: LotRaise[]): ApplyResult {
  if (result.outcome === 'rejected' || (lots.length === 0 && raises.length === 0)) return result;
  const own = result.effects.exceptions.filter((e) => e.opId === ctx.opId && e.id.startsWith(`${ctx.opId}/x`)).length;
  const exceptions: LotException[] = raises.map((r, i) => ({
    id: `${ctx.opId}/x${own + i + 1}`, opId: ctx.opId, code: r.code, rule: EXCEPTION_CODES[r.code],
    itemId: r.itemId, locationId: r.locationId, slotId: null,
    details: r.details, status: 'open', resolution: null, resolvedByOpId: null,
  }));
  const byId = new Map((result.effects.lots ?? []).map((l) => [l.id, l]));
  for (const l of lots) byId.set(l.id, l);
  return {
    outcome: raises.length > 0 ? 'exception' : result.outcome,
    effects: { ...result.effects, lots: [...byId.values()], exceptions: [...result.effects.exceptions, ...exceptions] },
  };
}
