// Restock: receiving goods (against a purchase order or not), their lots or
// serials, and placing them into slots.
import { formatters } from '../format';

const { number } = formatters('en');

export const restock = {
  'restock.title': 'Restock',
  'restock.step.item': 'Item',
  'restock.step.quantity': 'Quantity',
  'restock.step.lots': 'Lots',
  'restock.step.serials': 'Serials',
  'restock.step.place': 'Place',
  'restock.step.done': 'Done',

  'restock.item.not-on-order': ({ sku, order }: { sku: string; order: string }) =>
    `${sku} is not on purchase order ${order}: choose "No order" to receive it without one.`,
  'restock.order.reference': 'Order reference (optional)',
  'restock.order.placeholder': 'Purchase order number',
  'restock.order.line-unknown': ({ sku }: { sku: string }) => `Item ${sku} of this order is not known on this device yet: sync, then try again.`,
  'restock.order.label': ({ order }: { order: string }) => `Purchase order ${order}`,
  'restock.order.none': 'No order',
  'restock.order.lines': ({ order }: { order: string }) => `Lines of ${order}`,
  'restock.order.received': ({ received, expected }: { received: number; expected: number }) => `${number(received)} of ${number(expected)} received`,
  'restock.order.complete': 'complete',
  'restock.order.not-open': ({ order }: { order: string }) => `No open purchase order ${order} on this device: the reference is sent as typed.`,
  'restock.order.open': 'Open purchase orders',

  'restock.quantity.order-label': 'Purchase order',
  'restock.quantity.receiving': ({ order }: { order: string }) => `Receiving against ${order}`,
  'restock.quantity.receiving-count': ({ order, received, expected }: { order: string; received: number; expected: number }) =>
    `Receiving against ${order}: ${number(received)} of ${number(expected)} received`,
  'restock.quantity.label': 'Quantity to restock',
  'restock.quantity.over': ({ over }: { over: number }) => `${number(over)} more than the order expects.`,

  'restock.lots.all-have-lot': 'Every unit already has a lot: lower a line first to add another lot.',
  'restock.lots.need': ({ remaining, quantity }: { remaining: number; quantity: number }) => `${number(remaining)} of ${number(quantity)} still need a lot`,
  'restock.lots.too-many': ({ over }: { over: number }) => `${number(over)} too many: lower a line`,
  'restock.lots.complete': ({ quantity }: { quantity: number }) => `All ${number(quantity)} have a lot`,
  'restock.lots.field': 'Lot',
  'restock.lots.add': 'Add lot',
  'restock.lots.list': 'Lots',
  'restock.lots.quantity': ({ lot }: { lot: string }) => `Quantity of lot ${lot}`,
  'restock.lots.expiry': 'Expiry',
  'restock.lots.expiry-of': ({ lot }: { lot: string }) => `Expiry of lot ${lot}`,
  'restock.lots.clear': ({ lot }: { lot: string }) => `Clear lot ${lot}`,
  'restock.lots.done': 'Restock',

  'restock.serials.all-scanned': ({ quantity }: { quantity: number }) => `All ${number(quantity)} serials are scanned.`,
  'restock.serials.repeat': ({ serial }: { serial: string }) => `Serial ${serial} is already in this restock.`,
  'restock.serials.progress': ({ count, quantity }: { count: number; quantity: number }) => `${number(count)} of ${number(quantity)} serials`,

  'restock.place.scan-location': 'Scan a location label here.',
  'restock.place.no-slots': 'This item is not assigned to any location. Create an assignment first.',
  'restock.place.confirm': 'Confirm restock',

  'restock.done.order': ({ order }: { order: string }) => `Counted as received on purchase order ${order} once it syncs.`,
  'restock.done.what': 'Restock',
  'restock.done.again': 'Restock another item',
};
