import { z } from 'zod';
import type { ApplyResult, Effects, OpContext, World } from '../engine';
import { emptyEffects } from '../engine';
import { newDraft, type Draft } from '../effects-builder';
import { adjustSlot } from '../adjust-rules';
import { normalizeGtin, skuKey } from '../lookup';
import { isItemActive } from '../inactive-item';
import { knownLot } from '../lot-check';
import { ensureSlot } from '../slot-rules';
import { NO_CONDITION, type Item, type Location, type RuleId, type Slot } from '../types';

/**
 * One data row of an imported sheet, as the sheet said it: cells are text so
 * the operation records exactly what was imported (the audit), and this file
 * alone decides what a cell means. `unreadable` is set by the file reader when
 * a cell it needs could not be read as a value (a formula without a saved
 * value, an error cell): the row is refused, never guessed.
 */
export const importRow = z.object({
  /** The sheet's row number, 1-based, header included. */
  row: z.number().int().positive(),
  /** SKU or GTIN as typed. */
  item: z.string().max(200),
  location: z.string().max(200),
  condition: z.string().max(200).default(''),
  quantity: z.string().max(200),
  lot: z.string().max(200).default(''),
  unreadable: z.object({ column: z.string().max(40), cell: z.string().max(20), reason: z.enum(['formula', 'error', 'invalid-text']) }).optional(),
});
export type ImportRow = z.infer<typeof importRow>;

export const MAX_IMPORT_ROWS = 100_000;

/** R11: a supervisor sets slot quantities (and lots) from a sheet; one operation for the whole sheet. */
export const importStockPayload = z.object({
  /** The uploaded file's name, kept for the audit. */
  file: z.string().max(200).optional(),
  rows: z.array(importRow).max(MAX_IMPORT_ROWS),
});
export type ImportStockPayload = z.infer<typeof importStockPayload>;

export type ImportRowStatus = 'set' | 'lot-change' | 'unchanged' | 'refused';

/** Why a row was refused (refused) or what is worth saying about it (others). The words live at the edge. */
export type ImportRowCode =
  | 'item-missing' | 'location-missing' | 'unknown-item' | 'unknown-location' | 'inactive-location' | 'inactive-item' | 'unknown-condition'
  | 'bad-quantity' | 'lot-too-long' | 'lot-required' | 'serials-required' | 'duplicate-slot' | 'unreadable-cell'
  | 'lot-ignored' | 'new-assignment' | 'lot-changed' | 'count-closed';

export interface ImportRowResult {
  row: number;
  /** The item's SKU once known, else the reference as typed. */
  sku: string;
  locationCode: string;
  condition: string;
  /** The quantity read, or null when the cell was not a whole number. */
  quantity: number | null;
  /** The lot the row sets (null: none, or the item does not track lots). */
  lot: string | null;
  status: ImportRowStatus;
  code: ImportRowCode | null;
  rule: RuleId | null;
  details: Record<string, unknown>;
  /** The slot before the import: null when there was none. */
  current: { quantity: number; lot: string | null; lotUnknown: boolean } | null;
}

export interface ImportSummary {
  total: number;
  set: number;
  lotChange: number;
  unchanged: number;
  refused: number;
}

export interface ImportStockResult {
  result: ApplyResult;
  rows: ImportRowResult[];
  summary: ImportSummary;
}

const MAX_QUANTITY = 1_000_000;
const MAX_LOT = 40;

/** A whole number ≥ 0 as typed ("12", " 12 ", "12.0" from a spreadsheet), else null. */
export function parseQuantity(text: string): number | null {
  const t = text.trim();
  const match = /^(\d+)(?:\.0+)?$/.exec(t);
  if (!match?.[1]) return null;
  const n = Number(match[1]);
  return n <= MAX_QUANTITY ? n : null;
}

/** The world indexed for a sheet of many rows: look-ups by key, never a scan per row. */
interface Index {
  bySku: Map<string, Item>;
  bySkuKey: Map<string, Item>;
  byGtin: Map<string, Item>;
  locations: Map<string, Location>;
  slots: Map<string, Slot>;
}

const slotKey = (itemId: string, locationId: string, condition: string): string => `${itemId}\u0000${locationId}\u0000${condition}`;

function indexWorld(w: World): Index {
  const byGtin = new Map<string, Item>();
  for (const item of w.items) {
    for (const g of item.gtins) {
      const key = normalizeGtin(g);
      if (key !== null && !byGtin.has(key)) byGtin.set(key, item);
    }
  }
  return {
    bySku: new Map(w.items.map((i) => [i.sku, i])),
    // Reversed so the first item with a key wins, as in findItemByCode's scan.
    bySkuKey: new Map([...w.items].reverse().map((i) => [skuKey(i.sku), i])),
    byGtin,
    locations: new Map(w.locations.map((l) => [l.code, l])),
    slots: new Map(w.slots.map((s) => [slotKey(s.itemId, s.locationId, s.condition), s])),
  };
}

/** findItemByCode over an index: a sheet of many rows must not scan every item per row. */
function findItemIn(ix: Index, ref: string): Item | undefined {
  const bySku = ix.bySku.get(ref) ?? ix.bySkuKey.get(skuKey(ref));
  if (bySku) return bySku;
  const gtin = normalizeGtin(ref);
  return gtin === null ? undefined : ix.byGtin.get(gtin);
}

type Refusal = Pick<ImportRowResult, 'code' | 'rule' | 'details'>;

const refuse = (code: ImportRowCode, rule: ImportRowResult['rule'], details: Record<string, unknown> = {}): Refusal => ({ code, rule, details });

/**
 * R11: apply a sheet of slot quantities. Each row is judged on its own: a row
 * that breaks a rule is refused with its reason and the other rows go through.
 * A row sets the slot exactly like an adjust (R10: a lot change is the
 * remove-and-place pair; R12: every transaction carries the lot), through the
 * same adjustSlot. A slot named twice is refused the second time, so the
 * result never depends on row order. Pure and linear in the number of rows.
 */
export function importStock(p: ImportStockPayload, w: World, ctx: OpContext): ImportStockResult {
  const ix = indexWorld(w);
  // Ids stay `${opId}/t1`, `/t2`... across the whole sheet: one counter set for every row's draft.
  const counters = newDraft(w, ctx).counters;
  const effects: Effects = emptyEffects();
  const seen = new Map<string, number>();
  const rows: ImportRowResult[] = [];
  const summary: ImportSummary = { total: 0, set: 0, lotChange: 0, unchanged: 0, refused: 0 };

  for (const r of p.rows) {
    const itemRef = r.item.trim();
    const locationRef = r.location.trim();
    const condition = r.condition.trim();
    const lotText = r.lot.trim();
    const quantity = parseQuantity(r.quantity);
    const item = itemRef === '' ? undefined : findItemIn(ix, itemRef);
    const location = locationRef === '' ? undefined : ix.locations.get(locationRef);
    const slot = item && location ? ix.slots.get(slotKey(item.id, location.id, condition)) : undefined;
    const base = {
      row: r.row, sku: item?.sku ?? itemRef, locationCode: location?.code ?? locationRef, condition, quantity,
      lot: lotText === '' || (item !== undefined && !item.lotTracked) ? null : lotText,
      current: slot ? { quantity: slot.quantity, lot: knownLot(slot), lotUnknown: slot.lotUnknown } : null,
    };
    const refusal = checkRow(r, { itemRef, locationRef, condition, lotText, quantity, item, location, currentQuantity: slot?.quantity ?? 0 }, seen);
    let outcome: Omit<ImportRowResult, keyof typeof base>;
    if (refusal) {
      outcome = { status: 'refused', ...refusal };
    } else if (item && location && quantity !== null) {
      const key = slotKey(item.id, location.id, condition);
      seen.set(key, r.row);
      outcome = setRow(w, ctx, counters, effects, { item, location, condition, quantity, lot: base.lot, slot });
    } else {
      throw new Error('engine bug: an import row passed its checks without item, location and quantity');
    }
    // R1: a lot given for an item that does not track lots is not stock's business: said, and ignored.
    if (item && !item.lotTracked && lotText !== '' && outcome.status !== 'refused' && outcome.code === null) {
      outcome = { ...outcome, code: 'lot-ignored', rule: 'R1', details: { item: item.sku, lot: lotText } };
    }
    const result: ImportRowResult = { ...base, ...outcome };
    rows.push(result);
    summary.total += 1;
    if (result.status === 'set') summary.set += 1;
    else if (result.status === 'lot-change') summary.lotChange += 1;
    else if (result.status === 'unchanged') summary.unchanged += 1;
    else summary.refused += 1;
  }
  // An import is a supervisor's command: it opens no exception, refused rows are reported, not raised.
  return { result: { outcome: 'applied', effects }, rows, summary };
}

/** The operation as the engine's entry point sees it: effects only (the per-row results are importStock's). */
export function applyImportStock(p: ImportStockPayload, w: World, ctx: OpContext): ApplyResult {
  return importStock(p, w, ctx).result;
}

interface Read {
  itemRef: string;
  locationRef: string;
  condition: string;
  lotText: string;
  quantity: number | null;
  item: Item | undefined;
  location: Location | undefined;
  /** The slot's quantity before the sheet (0 when there is no slot). */
  currentQuantity: number;
}

function checkRow(r: ImportRow, x: Read, seen: Map<string, number>): Refusal | null {
  if (r.unreadable) return refuse('unreadable-cell', 'C3', { ...r.unreadable });
  if (x.itemRef === '') return refuse('item-missing', 'C3');
  if (x.locationRef === '') return refuse('location-missing', 'C3');
  if (!x.item) return refuse('unknown-item', 'C3', { item: x.itemRef });
  if (!x.location) return refuse('unknown-location', 'C3', { location: x.locationRef });
  const conditionOk = x.item.durable ? x.item.conditions.includes(x.condition) : x.condition === NO_CONDITION;
  if (!conditionOk) {
    return refuse('unknown-condition', 'C3', { item: x.item.sku, condition: x.condition, allowed: x.item.durable ? x.item.conditions : [] });
  }
  if (x.quantity === null) return refuse('bad-quantity', 'C3', { quantity: r.quantity, max: MAX_QUANTITY });
  // A location or item taken out of use may be counted down or emptied by a sheet, never stocked up.
  const raises = x.quantity > x.currentQuantity;
  if (raises && !x.location.active) return refuse('inactive-location', 'C3', { location: x.location.code, current: x.currentQuantity });
  if (raises && !isItemActive(x.item)) return refuse('inactive-item', 'C3', { item: x.item.sku, current: x.currentQuantity });
  // R13, R14: serialized stock is set by counting its serials, never by a number.
  if (x.item.serialized) return refuse('serials-required', 'R13', { item: x.item.sku });
  if (x.item.lotTracked && x.lotText.length > MAX_LOT) return refuse('lot-too-long', 'C3', { lot: x.lotText, max: MAX_LOT });
  // R11: a tracked item's row must give the lot of the stock it sets.
  if (x.item.lotTracked && x.quantity > 0 && x.lotText === '') return refuse('lot-required', 'R11', { item: x.item.sku });
  const first = seen.get(slotKey(x.item.id, x.location.id, x.condition));
  if (first !== undefined) return refuse('duplicate-slot', 'C3', { firstRow: first, item: x.item.sku, location: x.location.code });
  return null;
}

interface RowTarget {
  item: Item;
  location: Location;
  condition: string;
  quantity: number;
  lot: string | null;
  slot: Slot | undefined;
}

/** One row through adjustSlot, on a draft that sees only this row's slot (the sheet's rows never share one). */
function setRow(
  w: World, ctx: OpContext, counters: Draft['counters'], effects: Effects, t: RowTarget,
): Pick<ImportRowResult, 'status' | 'code' | 'rule' | 'details'> {
  // Nothing to set where there is no slot and nothing to put in one: no empty assignment is made.
  if (!t.slot && t.quantity === 0) return { status: 'unchanged', code: null, rule: null, details: {} };
  const rowWorld: World = { ...w, items: [t.item], locations: [t.location], slots: t.slot ? [t.slot] : [], serials: [], exceptions: [] };
  const d: Draft = { ...newDraft(rowWorld, ctx), counters };
  // A command, not an offline fact: a missing assignment is simply created (capacity 0), as adjust does.
  const slotId = ensureSlot(d, t.item, t.location, t.condition, false);
  const refused = adjustSlot(d, t.item, slotId, t.quantity, t.item.lotTracked ? t.lot : null);
  if (refused?.outcome === 'rejected') {
    // checkRow refuses these first; mapped anyway should adjustSlot's rules grow.
    const code: ImportRowCode = refused.code === 'lot-required' ? 'lot-required' : 'serials-required';
    return { status: 'refused', code, rule: refused.rule, details: refused.details };
  }
  effects.transactions.push(...d.transactions);
  effects.slots.push(...d.slots.values());
  const pair = d.transactions.some((tx) => tx.type === 'adjust-remove');
  if (pair) {
    // R10: the remove-and-place pair.
    const before = t.slot ? knownLot(t.slot) : null;
    return { status: 'lot-change', code: 'lot-changed', rule: 'R10', details: { from: before, fromUnknown: t.slot?.lotUnknown ?? false, to: t.lot } };
  }
  if (!t.slot) return { status: 'set', code: 'new-assignment', rule: null, details: { item: t.item.sku, location: t.location.code } };
  if (d.transactions.length > 0) return { status: 'set', code: null, rule: null, details: {} };
  if (d.slots.size > 0) return { status: 'set', code: 'count-closed', rule: null, details: {} };
  return { status: 'unchanged', code: null, rule: null, details: {} };
}
