// Restock: receiving goods (against a purchase order or not), their lots or
// serials, and placing them into slots.
import { formatters } from '../format';

const { number, plural } = formatters('en');

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
  'restock.quantity.figure': 'Quantity',
  'restock.quantity.change': 'Change the quantity if it differs',
  'restock.quantity.label-no-count': 'This label carries no count and no lot: change the quantity with − and + if it differs, then Continue.',
  'restock.quantity.scan-label': 'Scan the label with the count, or the shelf to put the goods on; change the quantity with − and + if it differs.',
  'restock.quantity.over': ({ over }: { over: number }) => `${number(over)} more than the order expects.`,

  'restock.lots.cannot-split': ({ lot }: { lot: string }) => `Every lot line holds a single unit: raise the quantity first to add lot ${lot}.`,
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
  'restock.place.scan-shelf': ({ code }: { code: string }) => `Scan shelf ${code}`,
  'restock.place.scan-dock': ({ code }: { code: string }) => `Scan dock ${code}`,
  'restock.place.to-scan': 'Shelves to scan',
  'restock.place.scanned': ({ code }: { code: string }) => `${code} scanned`,
  'restock.place.all-scanned': 'Every shelf is scanned: press Confirm restock.',
  'restock.place.tap-allowed': 'Or press Confirm restock to accept the suggestion.',
  'restock.place.wrong-shelf': ({ code, expected }: { code: string; expected: string }) => `${code} is not a place for this item: scan shelf ${expected}.`,
  'restock.place.wrong-shelf-done': ({ code }: { code: string }) => `${code} is not a place for this item. Every shelf is scanned: press Confirm restock.`,
  'restock.place.other-lot': ({ code, holding, expected }: { code: string; holding: string; expected: string }) =>
    `${code} holds ${holding}: only an empty shelf takes another lot. Scan shelf ${expected}.`,
  'restock.place.no-room': ({ code, expected }: { code: string; expected: string }) => `${code} has no room left: scan shelf ${expected}.`,
  'restock.place.not-location': ({ expected }: { expected: string }) => `That is not a shelf label: scan shelf ${expected}.`,
  'restock.place.not-location-done': 'That is not a shelf label. Every shelf is scanned: press Confirm restock.',
  'restock.place.unknown-lot': 'a lot not known',
  'restock.place.lots-first': 'Every unit needs a lot before it goes on a shelf: scan the lot label first.',
  'restock.place.serials-first': 'Every serial needs its scan before the goods go on a shelf: scan the serial labels first.',
  'restock.place.to-dock': ({ lot, dock }: { lot: string | null; dock: string }) =>
    `No shelf can take ${lot ? `lot ${lot}` : 'these goods'}: it goes to the receiving dock ${dock} for putaway later.`,
  'restock.place.dock-label': ({ dock }: { dock: string }) => `To the receiving dock ${dock}`,
  'restock.place.units': ({ quantity, unit }: { quantity: number; unit: string }) => `${number(quantity)} ${unit}`,

  'restock.expiry.refused': ({ lot, expiry }: { lot: string; expiry: string }) =>
    `Lot ${lot} expired on ${expiry}: it may not be received. Set the goods aside and tell a supervisor.`,
  'restock.expiry.expired': ({ lot, expiry }: { lot: string; expiry: string }) => `Lot ${lot} expired on ${expiry}. Taken: tell a supervisor.`,
  'restock.expiry.near': ({ lot, expiry, days }: { lot: string; expiry: string; days: number }) =>
    `Lot ${lot} expires ${days === 0 ? 'today' : `in ${number(days)} ${plural(days, { one: 'day', other: 'days' })}`} (${expiry}).`,

  'restock.done.order': ({ order }: { order: string }) => `Counted as received on purchase order ${order} once it syncs.`,
  'restock.done.what': 'Restock',
  'restock.done.saved': 'Saved',
  'restock.done.item': 'Item',
  'restock.done.lot': 'Lot',
  'restock.done.quantity': 'Quantity',
  'restock.done.where': 'Where',
  'restock.done.again': 'Restock another item',
};
