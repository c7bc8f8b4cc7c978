// Assign: an item given a place (a slot per condition) with its capacity, and
// the stock already there with its lot (R8) or serials (R13).
import { formatters } from '../format';

const { number } = formatters('en');

type Maybe = string | null;

/** A condition row's words: "Stock", or "Stock (used)" for a durable item's condition. */
const named = (text: string, condition: string) => (condition ? `${text} (${condition})` : text);

export const assign = {
  'assign.title': 'Assign',
  'assign.step.item': 'Item',
  'assign.step.location': 'Location',
  'assign.step.capacity': 'Capacity',
  'assign.step.stock': 'Stock',
  'assign.step.confirm': 'Confirm',
  'assign.step.done': 'Done',

  'assign.lot-required': 'A lot is required for this quantity: scan or enter it.',
  'assign.stock.untracked': ({ sku }: { sku: string }) => `${sku} does not track lots: enter the quantity.`,
  'assign.serial.repeat': ({ serial }: { serial: string }) => `Serial ${serial} is already in this assignment.`,

  'assign.location.already': ({ locations }: { locations: readonly string[] }) => `Already assigned to ${locations.join(', ')}.`,
  'assign.capacity.scan': 'Enter the capacity, then Continue.',
  'assign.capacity.existing': ({ sku }: { sku: string }) => `${sku} is already assigned here: the capacity is updated and stock added.`,
  'assign.capacity.label': 'Capacity',

  'assign.stock.row': ({ condition }: { condition: string }) => named('Stock', condition),
  'assign.stock.serials': ({ condition }: { condition: string }) => named('Serials', condition),
  'assign.stock.quantity': ({ condition }: { condition: string }) => named('Quantity', condition),
  'assign.stock.lot': ({ condition }: { condition: string }) => named('Lot', condition),
  'assign.stock.scan-into': ({ condition }: { condition: string }) => `Scan into ${condition}`,
  'assign.stock.serials-count': ({ count }: { count: number }) => `${number(count)} serials`,

  'assign.confirm.scan': 'Check the assignment and press Confirm assignment.',
  'assign.confirm.label': 'Assignment',
  'assign.confirm.stock': 'Stock placed',
  'assign.confirm.serial': ({ serial, lot }: { serial: string; lot?: Maybe }) => `${serial}${lot ? ` · lot ${lot}` : ''}`,
  'assign.confirm.button': 'Confirm assignment',
  'assign.done.what': 'Assignment',
  'assign.done.again': 'Assign another',
};
