// Move (between storage slots) and putaway (from a dock into storage): they
// take goods out of a slot the same way and differ in where the goods go.
import { formatters } from '../format';

const { plural, number, rich } = formatters('en');

type Maybe = string | null;

export const move = {
  'move.title': 'Move',
  'move.step.from': 'From',
  'move.step.item': 'Item',
  'move.step.lot': 'Lot',
  'move.step.quantity': 'Quantity',
  'move.step.serials': 'Serials',
  'move.step.to': 'To',
  'move.step.confirm': 'Confirm',
  'move.step.done': 'Done',

  'move.scan.product-label': 'That is a product label: scan the location label.',
  'move.from.field': 'From location (scan the label)',
  'move.item.not-here': ({ sku, location }: { sku: string; location: string }) => `${sku} is not in ${location}.`,
  'move.item.stock-in': ({ location }: { location: string }) => `Stock in ${location}`,
  'move.lot.slot-holds': ({ location, quantity, unit, lot }: { location: string; quantity: number; unit: string; lot: Maybe }) =>
    `Slot ${location} holds ${number(quantity)} ${unit} of lot ${lot ?? '–'}`,
  'move.lot.slot-holds-unknown': ({ location, quantity, unit }: { location: string; quantity: number; unit: string }) =>
    `Slot ${location} holds ${number(quantity)} ${unit} of unknown lot`,
  'move.holds': ({ location, quantity, unit }: { location: string; quantity: number; unit: string }) => `${location} holds ${number(quantity)} ${unit}`,
  'move.quantity.label': 'Quantity to move',
  'move.serials.chosen': ({ count }: { count: number }) => plural(count, { one: `${number(count)} serial chosen`, other: `${number(count)} serials chosen` }),
  'move.serial.chosen': ({ serial }: { serial: string }) => `Serial ${serial} is already chosen.`,
  'move.serial.not-in-slot': ({ serial }: { serial: string }) => `Serial ${serial} is not in this slot.`,

  'move.to.field': 'To location (scan the label)',
  'move.to.list': 'Where it may go',
  'move.to.choice': ({ where }: { where: string }) => `To ${where}`,
  'move.to.moving': ({ count, unit, lot, from }: { count: number; unit: string; lot: Maybe; from: string }) =>
    `Moving ${number(count)} ${unit}${lot ? ` of lot ${lot}` : ''} from ${from}`,
  'move.to.not-possible': 'not possible',
  'move.to.blocked': ({ refusal, location }: { refusal: string; location: string }) => `${refusal} It may not go to the pick face ${location}.`,
  'move.to.is-source': ({ where }: { where: string }) => `${where} is where the goods come from: scan another location.`,
  'move.to.inactive': ({ where }: { where: string }) => `${where} is no longer in use: it takes no more stock.`,
  'move.to.other-lot': ({ where, held, lot }: { where: string; held: string; lot: Maybe }) =>
    `${where} holds lot ${held}: lot ${lot ?? '(none)'} may only go into an empty slot or one holding the same lot.`,
  'move.to.unknown-lot': ({ where, lot }: { where: string; lot: Maybe }) =>
    `${where} holds stock of unknown lot: only an empty slot or one holding lot ${lot ?? '(none)'} takes it.`,
  'move.to.full': ({ where }: { where: string }) => `${where} is full.`,
  'move.to.room': ({ where, free }: { where: string; free: number }) => `${where} has room for only ${number(free)}.`,

  'move.confirm.serial': ({ serial, lot }: { serial: string; lot: Maybe }) => `${serial}${lot ? ` (lot ${lot})` : ''}`,
  'move.confirm.mismatch': ({ expected, found, why }: { expected: string; found: string; why: string }) =>
    `Lot mismatch confirmed: the slot should hold lot ${expected}, the goods are lot ${found}. It is recorded as found: ${why}`,
  'move.confirm.button': 'Confirm move',
  'move.done.what': 'Move',
  'move.done.again': 'Move more',

  // The take steps move and putaway share (src/flows/kit/take), and their figures.
  'transfer.lot.mismatch': ({ expected, found }: { expected: string; found: string }) =>
    `Lot differs: the goods say lot ${found}, the slot holds lot ${expected}. Scan the lot again, or continue anyway to record lot ${found}.`,
  'transfer.lot.goods-say': 'The goods say',
  'transfer.lot.slot-unknown': ({ found }: { found: string }) => `The slot's lot was unknown: lot ${found} from the goods is recorded.`,
  'transfer.lot.in-slot': 'Lot in the slot',
  'transfer.lot.scan': 'Scan the lot on the goods.',
  'transfer.quantity.no-count': 'This label carries no count: set the quantity, then scan where the goods go.',
  'transfer.quantity.other-lot': ({ found, lot }: { found: string; lot: string }) =>
    `This label is lot ${found}, the goods taken are lot ${lot}: scan the label of lot ${lot}, or set the quantity.`,
  'transfer.quantity.too-many': ({ count, where, holds }: { count: number; where: string; holds: number }) =>
    `The label counts ${number(count)}, but ${where} holds only ${number(holds)}: count the goods and set the quantity.`,
  'transfer.quantity.next': 'Scan where the goods go, or press Continue.',
  'transfer.quantity.counted': ({ count }: { count: number }) => `The label counts ${number(count)}.`,
  'transfer.label.holds': 'Holds',
  'transfer.label.moving': 'Taking',
  'transfer.label.scan-to': 'Scan',
  'transfer.suggested': ({ where }: { where: string }) => `Suggested: ${where}`,
  'transfer.tap-suggested': ({ quantity, where }: { quantity: number; where: string }) => `Put ${number(quantity)} in ${where}`,
  'transfer.done.saved': 'Saved',
  'transfer.placed.label': 'Placed',
  'transfer.placed.into': ({ where }: { where: string }) => `Placed into ${where}`,
  'transfer.slots.label': 'Slots of this item',
  'transfer.confirm.no-scan': ({ button }: { button: string }) => `Everything is scanned: check the figures and press ${button}, or Back to change them.`,
  'transfer.none-fits': 'No slot takes it: see the slots below.',

  'putaway.title': 'Putaway',
  'putaway.step.from': 'From',
  'putaway.step.item': 'Item',
  'putaway.step.lot': 'Lot',
  'putaway.step.quantity': 'Quantity',
  'putaway.step.serials': 'Serials',
  'putaway.step.place': 'Place',
  'putaway.step.done': 'Done',

  'putaway.from.field': 'Receiving location (scan the label)',
  'putaway.from.not-staging': ({ location }: { location: string }) =>
    `${location} is not a receiving location: putaway starts at a dock. Use Move between storage slots.`,
  'putaway.lot.holds': rich<'location' | 'quantity' | 'unit' | 'lot'>(({ location, quantity, unit, lot }) =>
    [location, ' holds ', quantity, ' ', unit, ' of lot ', lot]),
  'putaway.lot.holds-unknown': ({ location, quantity, unit }: { location: string; quantity: number; unit: string }) =>
    `${location} holds ${number(quantity)} ${unit} of unknown lot`,
  'putaway.lot.continue': ({ lot }: { lot: string }) => `Lot ${lot}: continue`,
  'putaway.quantity.label': 'Quantity to put away',
  'putaway.place.no-slot-here': ({ sku, code }: { sku: string; code: string }) => `${sku} has no storage slot in ${code}.`,
  'putaway.place.from': ({ where }: { where: string }) => `From ${where}`,
  'putaway.place.mismatch': ({ location, expected, found, why }: { location: string; expected: string; found: string; why: string }) =>
    `Lot mismatch confirmed: ${location} should hold lot ${expected}, the goods are lot ${found}. ${why}`,
  'putaway.place.no-slots': 'This item has no storage location. Create an assignment first.',
  'putaway.place.confirm': 'Confirm putaway',
  'putaway.place.all-placed': 'Everything is placed already: press Confirm putaway.',
  'putaway.done.what': 'Putaway',
  'putaway.done.again': 'Put away more',
};
