// Return: picked stock back into a slot that takes its lot (R3), by lot or by
// serials (R13).
import { formatters } from '../format';

const { number, rich } = formatters('en');

export const returns = {
  'return.title': 'Return',
  'return.step.item': 'Item',
  'return.step.lot': 'Lot',
  'return.step.serials': 'Serials',
  'return.step.location': 'Location',
  'return.step.quantity': 'Quantity',
  'return.step.confirm': 'Confirm',
  'return.step.done': 'Done',

  'return.fit.same-lot': ({ lot, free }: { lot: string; free: number }) => `Holds lot ${lot} · ${number(free)} free`,
  'return.fit.empty': ({ free }: { free: number }) => `Empty · ${number(free)} free`,
  'return.to.other-lot': ({ location, holding, returning }: { location: string; holding: string; returning: string }) =>
    `${location} holds ${holding}: ${returning} can only go back into a slot holding it or an empty slot.`,
  'return.serial.repeat': ({ serial }: { serial: string }) => `Serial ${serial} is already in this return.`,
  'return.serial.in-stock': ({ serial }: { serial: string }) => `Serial ${serial} is still in stock as far as the system knows. It is recorded and flagged.`,

  'return.lot.field': 'Lot of the returned goods (scan the lot label)',
  'return.lot.unknown': 'Lot unknown',
  'return.location.returning': rich<'lot'>(({ lot }) => ['Returning ', lot]),
  'return.location.slots': 'Slots of the item',
  'return.quantity.scan': ({ sku }: { sku: string }) => `Not ${sku}: scan another unit of ${sku} to add it, or a label with its count, then Continue.`,
  'return.quantity.other-lot': ({ scanned, lot }: { scanned: string; lot: string }) => `This label is lot ${scanned}, but the return is ${lot}: return it separately.`,
  'return.quantity.added': 'One more unit scanned.',
  'return.done.saved': 'Saved return',
  'return.quantity.into': rich<'where'>(({ where }) => ['Into ', where]),
  'return.quantity.into-lot': rich<'where' | 'lot'>(({ where, lot }) => ['Into ', where, ' · ', lot]),
  'return.quantity.label': 'Quantity returned',
  'return.quantity.over': ({ free, location }: { free: number; location: string }) => `Only ${number(free)} fit in ${location}: the server will flag it.`,
  'return.serials.progress': ({ count }: { count: number }) => `${number(count)} returned`,
  'return.serials.list': 'Returned serials',

  'return.confirm.scan': 'Check the return and press Confirm return.',
  'return.confirm.label': 'Return',
  'return.confirm.lot-unknown': 'Unknown',
  'return.confirm.into': 'Into',
  'return.confirm.button': 'Confirm return',
  'return.done.what': 'Return',
  'return.done.again': 'Return more',
};
