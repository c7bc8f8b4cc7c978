// The words a supervisor reads for each import row, in one place, from the
// domain's codes: warehouse words, with the rule where one applies.
import type { ImportRowResult } from '../../domain';

const s = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export function importMessage(r: ImportRowResult): string | null {
  const d = r.details;
  switch (r.code) {
    case null: return null;
    case 'item-missing': return 'the sku cell is empty';
    case 'location-missing': return 'the location cell is empty';
    case 'unknown-item': return `unknown item ${s(d.item)}`;
    case 'unknown-location': return `unknown location ${s(d.location)}`;
    case 'inactive-location': return `location ${s(d.location)} is out of use: it can be counted down or emptied (it holds ${s(d.current)}), not stocked up`;
    case 'inactive-item': return `${r.sku} is out of use: its stock can be counted down or emptied (${r.locationCode} holds ${s(d.current)}), not raised`;
    case 'unknown-condition': {
      const allowed = Array.isArray(d.allowed) ? d.allowed.map(s) : [];
      if (allowed.length > 0 && d.condition === '') return `${r.sku} is kept per condition: give one of ${allowed.join(', ')}`;
      return allowed.length > 0
        ? `${r.sku} has no condition "${s(d.condition)}": use ${allowed.join(', ')}`
        : `${r.sku} is not kept per condition: leave the condition empty`;
    }
    case 'bad-quantity': return `quantity must be a whole number ≥ 0 (at most 1,000,000), not "${s(d.quantity)}"`;
    case 'lot-too-long': return `lot "${s(d.lot)}" is longer than ${s(d.max)} characters`;
    case 'lot-required': return `${r.sku} tracks lots: this row needs a lot (R11)`;
    case 'serials-required': return `${r.sku} is serialized: its stock is set by counting its serials, not by import (R13)`;
    case 'duplicate-slot': return `${r.sku} at ${r.locationCode}${r.condition ? ` (${r.condition})` : ''} is already set by row ${s(d.firstRow)}: one row per slot`;
    case 'unreadable-cell': return unreadableMessage(s(d.cell), s(d.column), d.reason);
    case 'lot-ignored': return `${r.sku} does not track lots: lot ${s(d.lot)} ignored`;
    case 'new-assignment': return `no assignment of ${r.sku} at ${r.locationCode} yet: one is created (capacity 0)`;
    case 'lot-changed': return `lot ${d.fromUnknown === true ? 'unknown' : s(d.from ?? 'none')} replaced by ${s(d.to)}: written as remove and place (R10)`;
    case 'count-closed': return 'quantity and lot confirmed: the count task is closed';
  }
}

/** Why a cell has no value to import: `cell` is its address (C5), `column` its column's name. */
export function unreadableMessage(cell: string, column: string, reason: unknown): string {
  if (reason === 'formula') return `cell ${cell} (${column}) is a formula without a saved value: type the value, or open and save the file in Excel first`;
  if (reason === 'invalid-text') return `cell ${cell} (${column}) contains a character that cannot be stored (NUL or a broken character): retype it`;
  return `cell ${cell} (${column}) shows an error value`;
}
