// A small realistic warehouse for the engine's tests. Not imported by the engine.
import { applyOperation, mergeEffects } from './apply';
import type { ApplyResult, Effects, OpContext, Refs, World } from './engine';
import { findItem } from './lookup';
import { parseOperation, type Operation, type OperationType } from './operation';
import {
  DEFAULT_SETTINGS, type Item, type Location, type Role, type Serial, type Slot, type Transaction,
} from './types';

const item = (over: Partial<Item> & Pick<Item, 'id' | 'sku'>): Item => ({
  name: over.sku, gtins: [], unit: 'pcs', lotTracked: false, lotAtPack: false, serialized: false,
  durable: false, conditions: [], specialHandling: false, ...over,
});

export const ITEMS = {
  /** Tracked, non-serialized; EAN-13 on the carton. */
  milk: item({ id: 'i-milk', sku: 'MILK-1L', name: 'Milk 1 l', gtins: ['4006381333931'], lotTracked: true, lotAtPack: true }),
  /** Untracked; UPC-A on the box. */
  bolt: item({ id: 'i-bolt', sku: 'BOLT-M8', name: 'Bolt M8', gtins: ['012345678905'] }),
  /** Serialized and tracked: a lot per serial (R13). */
  pump: item({ id: 'i-pump', sku: 'PUMP-X1', name: 'Pump X1', lotTracked: true, lotAtPack: true, serialized: true }),
  /** Durable, tracked: one slot (and lot) per condition. */
  drill: item({ id: 'i-drill', sku: 'DRILL-18V', name: 'Drill 18V', lotTracked: true, durable: true, conditions: ['new', 'used', 'damaged'] }),
  /** Records lots at packing without tracking them in stock (R15a). */
  gauze: item({ id: 'i-gauze', sku: 'GAUZE-10', name: 'Gauze 10 cm', lotAtPack: true }),
  /** Several target locations (R7). */
  vaccine: item({ id: 'i-vac', sku: 'VAC-5', name: 'Vaccine 5 ml', lotTracked: true, specialHandling: true }),
} as const;

const location = (id: string, code: string, type: Location['type'] = 'storage'): Location => ({
  id, code, zone: code.slice(0, 1), type, active: true,
});

export const LOCATIONS = {
  a1: location('l-a1', 'A-01-01'),
  a2: location('l-a2', 'A-01-02'),
  b1: location('l-b1', 'B-02-01'),
  c1: location('l-c1', 'C-03-01'),
  dock: location('l-dock', 'RCV-01', 'receiving'),
  pack: location('l-pack', 'PACK-01', 'packing'),
} as const;

const slot = (id: string, itemId: string, locationId: string, over: Partial<Slot> = {}): Slot => ({
  id, itemId, locationId, condition: '', capacity: 50, quantity: 0, lot: null, lotUnknown: false, needsCount: false, ...over,
});

export const SLOTS = {
  milkA1: slot('s-milk-a1', 'i-milk', 'l-a1', { quantity: 10, lot: 'L100' }),
  milkA2: slot('s-milk-a2', 'i-milk', 'l-a2'),
  milkDock: slot('s-milk-dock', 'i-milk', 'l-dock', { capacity: 0, quantity: 20, lot: 'L200' }),
  boltA1: slot('s-bolt-a1', 'i-bolt', 'l-a1', { capacity: 500, quantity: 100 }),
  boltDock: slot('s-bolt-dock', 'i-bolt', 'l-dock', { capacity: 0, quantity: 40 }),
  pumpB1: slot('s-pump-b1', 'i-pump', 'l-b1', { capacity: 10, quantity: 2 }),
  pumpC1: slot('s-pump-c1', 'i-pump', 'l-c1', { capacity: 10, quantity: 1 }),
  drillNew: slot('s-drill-new', 'i-drill', 'l-a2', { condition: 'new', capacity: 10, quantity: 3, lot: 'D1' }),
  drillUsed: slot('s-drill-used', 'i-drill', 'l-a2', { condition: 'used', capacity: 10 }),
  vacA1: slot('s-vac-a1', 'i-vac', 'l-a1', { capacity: 100 }),
  vacB1: slot('s-vac-b1', 'i-vac', 'l-b1', { capacity: 100 }),
} as const;

const serial = (id: string, name: string, lot: string | null, slotId: string | null, status: Serial['status'] = 'in-stock'): Serial => ({
  id, itemId: 'i-pump', serial: name, lot, slotId, status,
});

export const SERIALS = {
  sn1: serial('n-sn1', 'SN-1', 'P1', 's-pump-b1'),
  sn2: serial('n-sn2', 'SN-2', 'P2', 's-pump-b1'),
  sn3: serial('n-sn3', 'SN-3', 'P1', 's-pump-c1'),
  sn4: serial('n-sn4', 'SN-4', 'P2', null, 'picked'),
} as const;

export function makeWorld(over: Partial<World> = {}): World {
  return {
    items: Object.values(ITEMS),
    locations: Object.values(LOCATIONS),
    slots: Object.values(SLOTS),
    serials: Object.values(SERIALS),
    exceptions: [],
    settings: DEFAULT_SETTINGS,
    ...over,
  };
}

/** A world with some rows replaced by id. */
export function withRows(world: World, rows: { items?: Item[]; slots?: Slot[]; serials?: Serial[] }): World {
  return mergeEffects(world, {
    transactions: [], shipmentLines: [], exceptions: [], settings: null,
    items: rows.items ?? [], slots: rows.slots ?? [], serials: rows.serials ?? [],
  });
}

let counter = 0;
/** A valid, deterministic RFC 4122 v4 id. */
export function uuid(n: number = ++counter): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A validated operation; throws in tests when the payload is malformed. */
export function op(type: OperationType, payload: unknown, id: string = uuid()): Operation {
  const parsed = parseOperation({ id, seq: 1, type, deviceTime: '2026-03-01T08:00:00.000Z', payload });
  if (!parsed.ok) throw new Error(`malformed ${type}: ${JSON.stringify(parsed.issues)}`);
  return parsed.operation;
}

export function ctxFor(operation: Operation, role: Role = 'supervisor'): OpContext {
  return { opId: operation.id, userId: `u-${role}`, role, deviceId: 'dev-1', deviceTime: operation.deviceTime };
}

export interface Run {
  result: ApplyResult;
  effects: Effects;
  world: World;
}

/** Apply one operation and merge its effects (a rejection leaves the world as it was). */
export function run(world: World, type: OperationType, payload: unknown, role: Role = 'supervisor'): Run {
  const operation = op(type, payload);
  const result = applyOperation(operation, world, ctxFor(operation, role));
  if (result.outcome === 'rejected') {
    return { result, effects: { transactions: [], slots: [], serials: [], items: [], exceptions: [], shipmentLines: [], settings: null }, world };
  }
  return { result, effects: result.effects, world: mergeEffects(world, result.effects) };
}

export function slotIn(world: World, id: string): Slot {
  const found = world.slots.find((s) => s.id === id);
  if (!found) throw new Error(`no slot ${id}`);
  return found;
}

export function serialIn(world: World, name: string): Serial {
  const found = world.serials.find((s) => s.serial === name);
  if (!found) throw new Error(`no serial ${name}`);
  return found;
}

export const codesOf = (r: Run): string[] => r.effects.exceptions.map((e) => e.code);
export const txSummary = (r: Run): Pick<Transaction, 'type' | 'quantity' | 'lot' | 'lotUnknown' | 'serial'>[] =>
  r.effects.transactions.map(({ type, quantity, lot, lotUnknown, serial: s }) => ({ type, quantity, lot, lotUnknown, serial: s }));

/**
 * What a server shell loads for an operation, as the sync server does: items by
 * SKU/GTIN (and the items exceptions name), locations by code, the items' slots
 * there (or all of them), serials by name or in those slots, and the slots (with
 * locations) the named serials are in.
 */
export function loadRefs(world: World, refs: Refs): World {
  const exceptions = world.exceptions.filter((e) => refs.exceptionIds.includes(e.id));
  const items = world.items.filter((i) =>
    refs.items.some((r) => findItem({ ...world, items: [i] }, r)) || exceptions.some((e) => e.itemId === i.id));
  const named = world.locations.filter((l) => refs.locations.includes(l.code) || exceptions.some((e) => e.locationId === l.id));
  const itemSlots = world.slots.filter((s) =>
    items.some((i) => i.id === s.itemId) && (refs.allSlotsOfItems || named.some((l) => l.id === s.locationId)));
  const serials = world.serials.filter((s) => refs.serials.includes(s.serial) || itemSlots.some((sl) => sl.id === s.slotId));
  const stray = world.slots.filter((s) => !itemSlots.includes(s) && serials.some((n) => n.slotId === s.id));
  const locations = world.locations.filter((l) => named.includes(l) || stray.some((s) => s.locationId === l.id));
  return { items, locations, slots: [...itemSlots, ...stray], serials, exceptions, settings: world.settings };
}
