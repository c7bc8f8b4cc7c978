// How an item keeps its stock cannot change under stock: serialized or not,
// and the conditions holding stock of a durable item. Counting the stock out
// first keeps every unit's transactions consistent. Pure: the server reads the
// item's stock and judges a changed item here.
import type { RowError } from './rows';

/** What an item has in stock, as far as its structure is concerned. */
export interface ItemStock {
  /** Conditions of slots holding stock. */
  conditions: ReadonlySet<string>;
  /** Serials not yet packed. */
  serials: boolean;
}

/** The fields of an item that say how its stock is kept. */
export interface ItemStructure {
  sku: string;
  serialized: boolean;
  durable: boolean;
  conditions: readonly string[];
}

/** Why an item changed from `before` to `after` cannot be stored while it has `stock`; none without stock. */
export function itemStructureErrors(before: ItemStructure, after: ItemStructure, stock: ItemStock | undefined): RowError[] {
  if (!stock) return [];
  const errors: RowError[] = [];
  if (before.serialized !== after.serialized && (stock.serials || stock.conditions.size > 0)) {
    errors.push({ field: 'serialized', message: `${before.sku} has stock or serials: serialized cannot change until it is counted out` });
  }
  const kept = new Set(after.durable ? after.conditions : ['']);
  for (const c of stock.conditions) {
    if (!kept.has(c)) {
      errors.push({ field: 'conditions', message: `${before.sku} has stock in condition "${c || '(none)'}": it cannot be removed` });
    }
  }
  return errors;
}
