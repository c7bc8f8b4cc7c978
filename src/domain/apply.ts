// The engine's entry points: apply one operation, say what it needs loaded,
// merge effects into a world, and re-apply pending operations (C4).
import { finish, rejected, type Drafted } from './effects-builder';
import type { ApplyResult, Effects, OpContext, Refs, World } from './engine';
import { isFloorWork, mayRun, type FloorOperation, type Operation } from './operation';
import { applyPostRules, type ApplyOptions } from './post-rules';
import { applyAdjust } from './operations/adjust';
import { applyAssign } from './operations/assign';
import { applyChangeSerialLot } from './operations/change-serial-lot';
import { applyChangeSettings } from './operations/change-settings';
import { applyCount } from './operations/count';
import { applyImportStock } from './operations/import-stock';
import { applyMove } from './operations/move';
import { applyPack } from './operations/pack';
import { applyPick } from './operations/pick';
import { applyPutaway } from './operations/putaway';
import { applyResolveException } from './operations/resolve-exception';
import { applyRestock } from './operations/restock';
import { applyReturn } from './operations/return';
import { applySetLotTracking } from './operations/set-lot-tracking';
import { applyHoldLot } from './operations/hold-lot';

/**
 * Apply one validated operation to the rows it touches. Pure: the same
 * operation on the same world gives the same effects, ids included (C1, C4).
 */
export function applyOperation(op: Operation, world: World, ctx: OpContext, options: ApplyOptions = {}): ApplyResult {
  // C3: a role may only send its own kinds of work.
  if (!mayRun(ctx.role, op.type)) return rejected('forbidden', { role: ctx.role, type: op.type });
  // Ids derive from the operation's own id, whatever the shell passed.
  const c: OpContext = ctx.opId === op.id ? ctx : { ...ctx, opId: op.id };
  if (!isFloorWork(op)) return applyCommand(op, world, c);
  // Floor work: its own rules, then the post-rules over the same draft (post-rules.ts).
  const d = applyFloorWork(op, world, c);
  if ('outcome' in d) return d;
  applyPostRules(d, op, options);
  return finish(d);
}

function applyFloorWork(op: FloorOperation, world: World, c: OpContext): Drafted {
  switch (op.type) {
    case 'restock': return applyRestock(op.payload, world, c);
    case 'putaway': return applyPutaway(op.payload, world, c);
    case 'pick': return applyPick(op.payload, world, c);
    case 'return': return applyReturn(op.payload, world, c);
    case 'move': return applyMove(op.payload, world, c);
    case 'count': return applyCount(op.payload, world, c);
    case 'assign': return applyAssign(op.payload, world, c);
    case 'pack': return applyPack(op.payload, world, c);
  }
}

/** Supervisor commands: decisions, not facts, so no post-rule judges them. */
function applyCommand(op: Exclude<Operation, FloorOperation>, world: World, c: OpContext): ApplyResult {
  switch (op.type) {
    case 'setLotTracking': return applySetLotTracking(op.payload, world, c);
    case 'changeSerialLot': return applyChangeSerialLot(op.payload, world, c);
    case 'adjust': return applyAdjust(op.payload, world, c);
    case 'resolveException': return applyResolveException(op.payload, world, c);
    case 'changeSettings': return applyChangeSettings(op.payload, world, c);
    case 'importStock': return applyImportStock(op.payload, world, c);
    case 'holdLot': return applyHoldLot(op.payload, world, c);
  }
}

const unique = (names: string[]): string[] => [...new Set(names)];

/**
 * What a shell must load before applying: items as scanned (SKU or GTIN),
 * location codes, serial numbers (with the slots they are in) and exception ids
 * (with the item, location and slot each names). `allSlotsOfItems` asks for
 * every slot and serial of the items, where the engine looks beyond the named
 * slots: tracking switches (R2), counts (R14: serials not scanned) and any
 * operation naming serials (R13: a unit may be in another slot).
 */
export function refsOf(op: Operation): Refs {
  const refs = (items: string[], locations: string[], serials: string[] = [], all = false): Refs => ({
    items: unique(items), locations: unique(locations), serials: unique(serials), exceptionIds: [],
    allSlotsOfItems: all || serials.length > 0, writesItems: false,
  });
  switch (op.type) {
    case 'restock': {
      const p = op.payload;
      return refs([p.item], p.lines.map((l) => l.location), p.lines.flatMap((l) => (l.serials ?? []).map((s) => s.serial)));
    }
    case 'assign': {
      const p = op.payload;
      return refs([p.item], [p.location], p.conditions.flatMap((c) => (c.serials ?? []).map((s) => s.serial)));
    }
    case 'putaway':
    case 'move':
      return refs([op.payload.item], [op.payload.from, op.payload.to], op.payload.serials);
    case 'pick':
    case 'return':
      return refs([op.payload.item], [op.payload.location], op.payload.serials);
    case 'count':
      return refs([op.payload.item], [op.payload.location], op.payload.serials, true);
    case 'adjust':
      return refs([op.payload.item], [op.payload.location]);
    case 'pack':
      return refs(op.payload.lines.map((l) => l.item), []);
    case 'setLotTracking':
      return { ...refs(op.payload.items, [], [], true), writesItems: true };
    case 'changeSerialLot':
      return refs([], [], [op.payload.serial]);
    case 'resolveException':
      return { ...refs([], []), exceptionIds: [op.payload.exceptionId] };
    case 'changeSettings':
      return refs([], []);
    case 'importStock':
      // Every named item in every named location: a superset of the slots the sheet sets.
      return refs(op.payload.rows.map((r) => r.item.trim()), op.payload.rows.map((r) => r.location.trim()));
    case 'holdLot':
      return refs([op.payload.item], []);
  }
}

function upsert<T extends { id: string }>(rows: readonly T[], changed: readonly T[]): T[] {
  if (changed.length === 0) return [...rows];
  const byId = new Map(changed.map((r) => [r.id, r]));
  const merged = rows.map((r) => byId.get(r.id) ?? r);
  const known = new Set(rows.map((r) => r.id));
  return [...merged, ...changed.filter((r) => !known.has(r.id))];
}

/** The world after effects: rows upserted by id, settings replaced when given. Pure. */
export function mergeEffects(world: World, effects: Effects): World {
  return {
    items: upsert(world.items, effects.items),
    locations: world.locations,
    slots: upsert(world.slots, effects.slots),
    serials: upsert(world.serials, effects.serials),
    exceptions: upsert(world.exceptions, effects.exceptions),
    settings: effects.settings ?? world.settings,
    ...(world.lots || effects.lots?.length ? { lots: upsert(world.lots ?? [], effects.lots ?? []) } : {}),
  };
}

export interface PendingOperation {
  op: Operation;
  ctx: OpContext;
}

/**
 * C4: server rows plus the device's pending operations re-applied in order by
 * the same code the server runs. A rejected operation changes nothing.
 */
export function applyPending(world: World, ops: readonly PendingOperation[]): World {
  return ops.reduce((w, { op, ctx }) => {
    const result = applyOperation(op, w, ctx);
    return result.outcome === 'rejected' ? w : mergeEffects(w, result.effects);
  }, world);
}
