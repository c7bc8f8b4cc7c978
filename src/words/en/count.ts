// Count: a slot's quantity and lot counted (R9), or its serials scanned (R14).
import { formatters } from '../format';

const { number } = formatters('en');

type Maybe = string | null;

export const count = {
  'count.title': 'Count',
  'count.step.location': 'Location',
  'count.step.item': 'Item',
  'count.step.count': 'Quantity',
  'count.step.serials': 'Serials',
  'count.step.confirm': 'Confirm',
  'count.step.done': 'Done',

  'count.lot-required': "This slot's lot is unknown: scan or enter the lot",
  'count.expected.lot-unknown': 'Lot unknown',
  'count.expected.empty': 'Empty slot: no lot',
  'count.expected.not-set': 'Lot not set',
  'count.expected.label': 'Expected',
  'count.expected.lot-label': 'Expected lot',
  'count.expected.quantity-label': 'Expected quantity',
  'count.lot.serialized': "A serial's lot is not changed by a count: scan the serials.",
  'count.lot.untracked': ({ sku }: { sku: string }) => `${sku} does not track lots: enter the counted quantity.`,
  'count.serial.repeat': ({ serial }: { serial: string }) => `Serial ${serial} is already counted.`,

  'count.item.not-here': ({ sku, location }: { sku: string; location: string }) => `Wrong item: ${sku} is not assigned to ${location}.`,
  'count.item.slots': 'Slots in this location',
  'count.item.needs-count': 'needs count',
  'count.item.on-task': 'count task',
  'count.tasks.heading': ({ count }: { count: number }) => `Count tasks: ${number(count)} ${count === 1 ? 'location' : 'locations'} to count. Scan one to start.`,
  'count.tasks.list': 'Locations to count',

  'count.count.quantity': 'Counted quantity',
  'count.count.lot': 'Counted lot',
  'count.count.lot-corrected': ({ from, lot }: { from: Maybe; lot: string }) =>
    `Lot corrected${from ? ` from ${from}` : ''} to ${lot}: the old lot is removed and the new one placed.`,
  'count.finish': 'Finish count',
  'count.count.item-again': ({ sku }: { sku: string }) => `That is ${sku}'s own barcode: scan the lot label, or enter the counted quantity.`,
  'count.count.enter-quantity': 'Enter the quantity you counted.',
  'count.count.a-location': ({ code }: { code: string }) => `${code} is a location: finish this count first (or go Back to count another).`,
  'count.count.blind': 'Blind count: the recorded quantity is not shown. Count what is there.',
  'count.count.from-label': ({ quantity }: { quantity: number }) => `Label count: ${number(quantity)}`,
  'count.expected.hidden': 'Not shown (blind count)',
  'count.expected.location-label': 'Location',

  'count.serials.progress': ({ count }: { count: number }) => `${number(count)} counted`,
  'count.serials.scanned': 'Counted serials',
  'count.serials.left-heading': 'Not scanned yet',
  'count.serials.left': 'Serials not scanned yet',

  'count.confirm.scan': 'Check the count and press Confirm count.',
  'count.confirm.label': 'Count',
  'count.confirm.counted': 'Counted',
  'count.confirm.quantity': ({ quantity, unit, lot }: { quantity: number; unit: string; lot: Maybe | undefined }) =>
    `${number(quantity)} ${unit}${lot ? ` · lot ${lot}` : ''}`,
  'count.confirm.lot-corrected': ({ lot }: { lot: string }) => `The lot is corrected: the old lot is removed and ${lot} placed (two transactions).`,
  'count.confirm.button': 'Confirm count',
  'count.done.what': 'Count',
  'count.done.saved': 'Saved count',
  'count.done.again': 'Count another slot',
};
