// Transaction types in warehouse words, for the report's filter and rows.
import type { TransactionType } from '../../domain';

const NAMES: Record<TransactionType, string> = {
  restock: 'Restock', 'putaway-out': 'Putaway out', 'putaway-in': 'Putaway in', pick: 'Pick', return: 'Return',
  'move-out': 'Move out', 'move-in': 'Move in', assign: 'Assign', 'count-adjust': 'Count adjustment',
  'count-remove': 'Count: lot removed', 'count-place': 'Count: lot placed', adjust: 'Adjustment',
  'adjust-remove': 'Adjustment: lot removed', 'adjust-place': 'Adjustment: lot placed',
  'serial-lot-remove': 'Serial lot change: removed', 'serial-lot-place': 'Serial lot change: placed',
};

export const TRANSACTION_TYPES = Object.keys(NAMES) as TransactionType[];

export function typeName(type: string): string {
  return (NAMES as Record<string, string>)[type] ?? type;
}

/** A recorded time as the device shows dates, to the minute. */
export function shortTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}
