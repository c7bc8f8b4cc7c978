// The console's Items screens (src/supervisor/items): the items grid, one
// item's page, a slot's lot, and the dialog that switches lot tracking (R1, R2).
import { formatters } from '../format';

const { plural, number } = formatters('en');

type Maybe = string | null;

export const consoleItems = {
  'console.items.title': 'Items',
  'console.items.search': 'Search SKU, name or GTIN',
  'console.items.filter.label': 'Lot tracking',
  'console.items.filter.all': 'All items',
  'console.items.filter.tracked': 'Tracked',
  'console.items.filter.untracked': 'Not tracked',
  'console.items.loading': 'Loading items…',
  'console.items.selection': 'Selection',
  'console.items.selection.count': ({ selected, shown, total }: { selected: number; shown: number; total: number }) => plural(total, {
    one: `${number(selected)} selected · ${number(shown)} of ${number(total)} item shown`,
    other: `${number(selected)} selected · ${number(shown)} of ${number(total)} items shown`,
  }),
  'console.items.track': 'Track lots',
  'console.items.stop-tracking': 'Stop tracking',
  'console.items.clear-selection': 'Clear selection',
  'console.items.none-yet': 'No items yet: the first sync may still be running.',
  'console.items.no-match': 'No item matches the search.',
  'console.items.select-all': 'Select all shown',
  'console.items.select': ({ sku }: { sku: string }) => `Select ${sku}`,
  'console.items.column.tracked': 'Tracked',
  'console.items.column.serialized': 'Serialized',
  'console.items.column.stock': 'Stock',
  'console.items.stock': ({ stock }: { stock: number }) => number(stock),
  'console.items.unknown-slots': ({ count }: { count: number }) => `${number(count)} unknown`,
  'console.items.unknown-slots.hint': 'Slots whose lot is unknown (R2)',

  'console.items.detail.loading': 'Loading the item…',
  'console.items.detail.back': '← All items',
  'console.items.detail.unknown': 'This device does not know that item (yet).',
  'console.items.detail.tracking': 'Lot tracking',
  'console.items.detail.on': 'On',
  'console.items.detail.off': 'Off',
  'console.items.detail.serialized': 'Serialized',
  'console.items.detail.lot-at-pack': 'Lot at packing',
  'console.items.detail.recorded': 'Recorded',
  'console.items.detail.not-recorded': 'Not recorded',
  'console.items.detail.stock': 'Stock',
  'console.items.detail.stock-value': ({ stock, unit }: { stock: number; unit: string }) => `${number(stock)} ${unit}`,
  'console.items.detail.gtin': 'GTIN',
  'console.items.detail.switch': 'Lot tracking (R1)',
  'console.items.detail.slots': 'Slots',
  'console.items.detail.no-slots': 'The item is not assigned to any location.',
  'console.items.detail.capacity': 'Capacity',
  'console.items.detail.count': 'Count',
  'console.items.detail.needs-count': 'needs a count',
  'console.items.detail.serials': 'Serials in stock',
  'console.items.detail.no-serials': 'No unit in a location.',
  'console.items.detail.serial': ({ serial, lot }: { serial: string; lot: Maybe }) => `${serial} · lot ${lot ?? 'unknown'}`,

  'console.items.slot-lot.unknown': 'lot unknown',
  'console.items.slot-lot.per-serial': 'per serial',
  'console.items.slot-lot.empty': 'empty',
  'console.items.slot-lot.none': 'no lot',

  // The dialog names one item by its SKU, more by how many.
  'console.items.tracking.items': ({ count }: { count: number }) => plural(count, { one: `${number(count)} item`, other: `${number(count)} items` }),
  'console.items.tracking.on.title': ({ what }: { what: string }) => `Track lots for ${what}?`,
  'console.items.tracking.off.title': ({ what }: { what: string }) => `Stop tracking lots for ${what}?`,
  'console.items.tracking.nothing': 'Nothing to change',
  'console.items.tracking.on.already': 'All chosen items already track lots.',
  'console.items.tracking.off.already': 'None of the chosen items tracks lots.',
  'console.items.tracking.on.stocked-one': ({ sku }: { sku: string }) =>
    `${sku} has stock in slots. Nobody knows the lot of that stock yet (rule R2): each of those slots gets the lot “unknown” and is listed as a count task. Picks from such a slot are recorded with lot unknown and flagged, until a count or an import sets its lot.`,
  'console.items.tracking.on.stocked-many': ({ count }: { count: number }) =>
    `${number(count)} of them have stock in slots. Nobody knows the lot of that stock yet (rule R2): each of those slots gets the lot “unknown” and is listed as a count task. Picks from such a slot are recorded with lot unknown and flagged, until a count or an import sets its lot.`,
  'console.items.tracking.on.unstocked': 'None of them has stock, so no count is needed: every lot is recorded from the next restock on.',
  'console.items.tracking.off.warning': 'The lots of stock in their slots are forgotten and new movements are recorded without a lot. Switching tracking on again later makes that stock\'s lot unknown, and the slots will need a count (R2).',
  'console.items.tracking.on.unchanged': ({ count }: { count: number }) => `${number(count)} of the chosen items already track lots and stay as they are.`,
  'console.items.tracking.off.unchanged': ({ count }: { count: number }) => `${number(count)} of the chosen items already do not track lots and stay as they are.`,
  'console.items.tracking.on.done': 'Lot tracking switched on',
  'console.items.tracking.off.done': 'Lot tracking switched off',
  'console.items.tracking.saved': ({ what }: { what: string }) => `Saved for ${what}. It reaches the server with the next sync.`,
  'console.items.tracking.count-tasks': ({ count }: { count: number }) => plural(count, {
    one: `${number(count)} slot needs a count to set the lot of the stock already there (R2).`,
    other: `${number(count)} slots need a count to set the lot of the stock already there (R2).`,
  }),
  'console.items.tracking.see-count-tasks': 'See count tasks',
};
