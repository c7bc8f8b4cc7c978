// The parts every flow shares (src/flows/kit) and the floor's UI pieces
// (src/ui): fields, buttons, lot checks, placing, serial lists, saving, the
// redo banner and the Done step.
import { formatters } from '../format';

const { plural, number, rich } = formatters('en');

type Maybe = string | null;

export const kit = {
  'ui.ok': 'OK',
  'ui.back': 'Back',
  'ui.cancel': 'Cancel',
  'ui.cancel.question': ({ task }: { task: string }) => `Cancel this ${task.toLowerCase()}?`,
  'ui.cancel.lost': 'What you entered in this task will be lost.',
  'ui.cancel.keep': 'Keep working',
  'ui.cancel.discard': 'Cancel task',
  'ui.stepper.less': ({ label }: { label: string }) => `Less ${label.toLowerCase()}`,
  'ui.stepper.more': ({ label }: { label: string }) => `More ${label.toLowerCase()}`,

  'kit.continue': 'Continue',
  'kit.saving': 'Saving…',
  'kit.loading': 'Loading…',
  'kit.loading-slot': 'Loading the slot…',
  'kit.loading-slots': 'Loading slots…',
  'kit.home': 'Home',
  'kit.units': 'units',
  'kit.field.item': 'Item (scan or type SKU / GTIN)',
  'kit.field.location': 'Location (scan the label)',
  'kit.field.serial': 'Serial',
  'kit.field.add-serial': 'Add serial',
  'kit.field.lot-on-goods': 'Lot on the goods (scan to verify)',
  'kit.field.verify': 'Verify',
  'kit.field.lot-label': 'Scan a lot label',
  'kit.field.set-lot': 'Set lot',
  'kit.field.next-serials-lot': 'Lot of the next serials',
  'kit.location-here': rich<'location'>(({ location }) => ['Location ', location]),
  'kit.nothing-assigned-here': 'Nothing is assigned to this location.',
  'kit.serials': 'Serials',
  'kit.serials-in-slot': 'Serials in the slot',
  'kit.label.item': 'Item',
  'kit.label.from': 'From',
  'kit.label.to': 'To',
  'kit.label.quantity': 'Quantity',
  'kit.label.lot': 'Lot',
  'kit.label.serials': 'Serials',
  'kit.label.slot': 'Slot',
  'kit.label.location': 'Location',
  'kit.serial.remove': ({ serial }: { serial: string }) => `Remove serial ${serial}`,
  'kit.lot-text.per-serial': 'Each serial carries its own lot',
  'kit.lot-text.untracked': 'No lot tracking',
  'kit.tag.lot': ({ lot }: { lot: string }) => `lot ${lot}`,
  'kit.tag.lot-unknown': 'lot unknown',
  'kit.stock-unknown-lot': 'stock of unknown lot',
  'kit.tag.lots': 'lots',
  'kit.tag.serials': 'serials',
  'kit.tag.deactivated': 'deactivated',
  'kit.tag.not-in-slot': 'not in this slot',

  'kit.search.label': 'Search items',
  'kit.search.placeholder': 'SKU or name',
  'kit.search.matches': 'Matching items',

  'kit.inactive-item.received': ({ sku }: { sku: string }) => `${sku} is deactivated: it is no longer received. A supervisor can reactivate it in Items.`,
  'kit.inactive-item.assigned': ({ sku }: { sku: string }) => `${sku} is deactivated: it is no longer assigned. A supervisor can reactivate it in Items.`,

  'kit.lot.on-hold': ({ lot, reason }: { lot: string; reason: Maybe }) =>
    `Lot ${lot} is on hold${reason ? ` (${reason})` : ''}: do not take it. Leave it in place and tell a supervisor.`,
  'kit.lot.expired': ({ lot, expiry }: { lot: string; expiry: Maybe }) =>
    `Lot ${lot} expired on ${expiry ?? 'an earlier date'}: do not take it. Leave it in place and tell a supervisor.`,
  'kit.lot.fefo': ({ lot, own, earlierLot, location, expiry }: { lot: Maybe; own: Maybe; earlierLot: Maybe; location: string; expiry: Maybe }) =>
    `Lot ${lot ?? '?'} here ${own ? `expires ${own}` : 'has no expiry date'}; lot ${earlierLot ?? '?'} in ${location} expires first (${expiry ?? ''}). Pick from ${location}.`,

  'kit.lot-check.match': ({ lot }: { lot: string }) => `Lot ${lot} matches the slot.`,
  'kit.lot-check.slot-unknown': ({ found }: { found: string }) => `The slot's lot is unknown: lot ${found} from the goods is recorded.`,
  'kit.lot-check.mismatch-label': 'Lot mismatch',
  'kit.lot-check.mismatch-title': 'Lot mismatch.',
  'kit.lot-check.mismatch': rich<'title' | 'expected' | 'found'>(({ title, expected, found }) =>
    [title, ' The slot should hold lot ', expected, '; the goods say lot ', found, '.']),
  'kit.lot-check.mismatch-advice': ({ found, why }: { found: string; why: string }) =>
    `Check the label and scan again. If the goods really are lot ${found}, confirm it: it is recorded as found and a supervisor is told (${why}).`,
  'kit.lot-check.rescan': 'Scan again',
  'kit.lot-check.accept': ({ found }: { found: string }) => `Goods are lot ${found}: continue anyway`,

  'kit.place.label': ({ title }: { title: string }) => `Place ${title}`,
  'kit.place.lot': ({ lot }: { lot: string }) => `Lot ${lot}`,
  'kit.place.lot-unknown': 'Lot unknown',
  'kit.place.units': 'Units',
  'kit.place.all-placed': 'All placed',
  'kit.place.left': ({ left }: { left: number }) => `${number(left)} left to place`,
  'kit.place.unavailable': ({ where }: { where: string }) => `${where} unavailable`,
  'kit.place.full': 'Full',
  'kit.place.holds': ({ lot, expiry }: { lot: string; expiry: Maybe }) => `Holds lot ${lot}${expiry ? `, expires ${expiry}` : ''}`,
  'kit.place.holds-unknown': 'Holds stock of unknown lot',
  'kit.place.empty': 'Empty',
  'kit.place.slot-lot': ({ lot, expiry }: { lot: string; expiry: Maybe }) => `Lot ${lot}${expiry ? `, expires ${expiry}` : ''}`,
  'kit.place.in-slot': ({ quantity }: { quantity: number }) => `${number(quantity)} in slot`,
  'kit.place.free': ({ free }: { free: number }) => `${number(free)} free`,
  'kit.place.into': ({ where }: { where: string }) => `Into ${where}`,
  'kit.place.shortage': ({ needs }: { needs: readonly { quantity: number; lot: Maybe }[] }) =>
    `Not enough space for ${needs.map((n) => `${number(n.quantity)}${n.lot ? ` of lot ${n.lot}` : ''}`).join(', ')}. Create a new assignment or lower the quantity.`,

  'kit.save.logged-out': 'You are logged out: log in again to save.',
  'kit.save.nothing': 'Nothing to save.',
  'kit.save.refused': ({ full, name, savedBefore }: { full: boolean; name: string; savedBefore: number }) =>
    `${full ? 'This device\'s storage is full' : `This device could not save it (${name})`}.`
    + (savedBefore > 0 ? ` The first ${number(savedBefore)} part(s) of the task were saved; the rest were not.` : ' Nothing was saved.')
    + ' Sync, then try again; if it keeps failing, ask a supervisor.',

  'kit.saved': ({ what }: { what: string }) => `${what} saved on this device. It syncs by itself whenever the network is there.`,
  'kit.saved.flagged': ({ why }: { why: string }) => `As things stand the server will flag it: ${why}`,

  'kit.redo.label': 'Redoing a rejected operation',
  'kit.redo.title': rich<'title' | 'summary'>(({ title, summary }) => (summary ? [title, ': ', summary, '.'] : [title, '.'])),
  'kit.redo.refused': ({ why }: { why: string }) => `Refused because: ${why} Saving replaces it; nothing is sent twice.`,
  'kit.redo.stop': 'Stop redoing (keep it in the inbox)',

  'kit.summary.shipment': ({ shipment }: { shipment: string }) => `shipment ${shipment}`,
  'kit.summary.item-quantity': ({ item, quantity }: { item: string; quantity: number }) => `${item} × ${number(quantity)}`,
  'kit.summary.at': ({ location }: { location: string }) => `at ${location}`,
  'kit.summary.from': ({ location }: { location: string }) => `from ${location}`,
  'kit.summary.to': ({ location }: { location: string }) => `to ${location}`,
  'kit.summary.lot': ({ lot }: { lot: string }) => `lot ${lot}`,
  'kit.summary.lines': ({ lines }: { lines: number }) => plural(lines, { one: `${number(lines)} line`, other: `${number(lines)} lines` }),
};
