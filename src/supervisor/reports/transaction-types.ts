// Transaction types in warehouse words, for the report's filter and rows.
import type { TransactionType } from '../../domain';
import { formats, sayIfKnown } from '../../words';

/** Every type once, in the filter's order (a Record, so a new type cannot be left out). */
const ORDER: Record<TransactionType, null> = {
  restock: null, 'putaway-out': null, 'putaway-in': null, pick: null, return: null, 'move-out': null, 'move-in': null, assign: null,
  'count-adjust': null, 'count-remove': null, 'count-place': null, adjust: null, 'adjust-remove': null, 'adjust-place': null,
  'serial-lot-remove': null, 'serial-lot-place': null,
};

export const TRANSACTION_TYPES = Object.keys(ORDER) as TransactionType[];

/** A transaction type in words; a type this console does not know (a newer server's) as itself. */
export function typeName(type: string): string {
  return sayIfKnown(`console.reports.type.${type}`) ?? type;
}

/** A recorded time in the user's language, told in the warehouse's time zone, to the second. */
export function shortTime(iso: string): string {
  return formats().dateTime(iso);
}
