// Pick: from a slot, free or through a pick list line; FEFO and short picks.
import { formatters } from '../format';

const { number, rich } = formatters('en');

type Maybe = string | null;

export const pick = {
  'pick.title': 'Pick',
  'pick.step.location': 'Location',
  'pick.step.item': 'Item',
  'pick.step.quantity': 'Quantity',
  'pick.step.serials': 'Serials',
  'pick.step.confirm': 'Confirm',
  'pick.step.done': 'Done',

  'pick.item.unknown': 'Unknown item.',
  'pick.item.not-here': ({ sku, location }: { sku: string; location: string }) => `Wrong item: ${sku} is not stored in ${location}.`,
  'pick.item.wrong-line': ({ line, list, sku }: { line: number; list: string; sku: string }) => `Wrong item: line ${line} of pick list ${list} is ${sku}.`,
  'pick.item.list-line': ({ list, line, sku }: { list: string; line: number; sku: string }) => `Pick list ${list}, line ${line}: ${sku}`,
  'pick.lot.unknown': 'Lot unknown: the pick will be flagged for a count',
  'pick.lot.empty': 'No stock in the slot',
  'pick.serial.repeat': ({ serial }: { serial: string }) => `Serial ${serial} is already in this pick.`,
  'pick.serial.elsewhere': ({ serial }: { serial: string }) => `Serial ${serial} is not in this slot as far as the system knows. It is recorded and flagged.`,
  'pick.condition.label': 'Condition',
  'pick.condition.none': 'No condition',

  'pick.list.done': ({ list }: { list: string }) => `Pick list ${list} is fully picked.`,
  'pick.list.line-label': 'Pick list line',
  'pick.list.line': rich<'list' | 'line' | 'remaining' | 'sku'>(({ list, line, remaining, sku }) =>
    ['Pick list ', list, ', line ', line, ': pick ', remaining, ' × ', sku]),
  'pick.list.line-from': rich<'list' | 'line' | 'remaining' | 'sku' | 'location'>(({ list, line, remaining, sku, location }) =>
    ['Pick list ', list, ', line ', line, ': pick ', remaining, ' × ', sku, ' from ', location]),
  'pick.list.fefo': rich<'lot' | 'location' | 'expiry'>(({ lot, location, expiry }) =>
    ['Earliest expiry: lot ', lot, ' in ', location, ' (expires ', expiry, ')']),
  'pick.list.without': 'Pick without the list',
  'pick.lists.label': 'Open pick lists',
  'pick.lists.title': 'Pick lists',
  'pick.lists.heading': ({ list, shipment }: { list: string; shipment: Maybe }) => `${list}${shipment ? ` · shipment ${shipment}` : ''}`,
  'pick.lists.line-label': ({ list, line, sku }: { list: string; line: number; sku: string }) => `${list} line ${line}: ${sku}`,
  'pick.lists.line': ({ line, sku, remaining, quantity, location }: { line: number; sku: string; remaining: number; quantity: number; location: Maybe }) =>
    `Line ${line}: ${sku} · ${remaining === 0 ? 'picked' : `${number(remaining)} of ${number(quantity)} to pick`}${location ? ` · ${location}` : ''}`,

  'pick.location.go': rich<'location'>(({ location }) => ['Go to ', location]),
  'pick.location.go-to': ({ scanned, location }: { scanned: string; location: string }) => `Wrong location: ${scanned}. Go to ${location}.`,
  'pick.location.other': ({ location, target, sku }: { location: string; target: string; sku: string }) =>
    `Not the list's location: taking ${sku} from ${location} instead of ${target}.`,
  'pick.location.take': ({ quantity, sku }: { quantity: number; sku: string }) => `Take ${number(quantity)} × ${sku}`,
  'pick.lot.mismatch': ({ found, expected, location }: { found: string; expected: string; location: string }) =>
    `The label says lot ${found}, but ${location} holds lot ${expected}. Scan another location to take it from there, or scan this label again to record lot ${found} (the slot is flagged for a count).`,
  'pick.lot.mismatch-label': 'Lot differs from the slot',
  'pick.lot.record': ({ lot }: { lot: string }) => `Record lot ${lot}`,
  'pick.lot.recorded': ({ lot }: { lot: string }) => `Lot ${lot} is recorded as picked; the slot is flagged for a count.`,
  'pick.lot.from-label': ({ lot }: { lot: string }) => `Lot ${lot} (label, differs from the slot)`,
  'pick.next.saved': ({ line, quantity, sku }: { line: number; quantity: number; sku: string }) => `Saved line ${line}: ${number(quantity)} × ${sku}. Next line:`,
  'pick.done.picked': 'Picked',
  'pick.done.line': ({ quantity, unit, sku, lot, location }: { quantity: number; unit: string; sku: string; lot: Maybe; location: string }) =>
    `${number(quantity)} ${unit} ${sku}${lot ? ` · lot ${lot}` : ''} from ${location}`,

  'pick.fefo.label': 'Earlier lot available',
  'pick.fefo.go': ({ location }: { location: string }) => `Go to ${location}`,
  'pick.fefo.reason': 'Reason to take this lot instead',
  'pick.fefo.anyway': 'Pick this lot anyway',

  'pick.quantity.wrong-item': ({ sku }: { sku: string }) => `Wrong item: this is not ${sku}. Enter how many ${sku} you took, then press Confirm pick.`,
  'pick.quantity.scan': ({ sku }: { sku: string }) =>
    `Nothing to scan here but ${sku}'s label with its count: enter how many you took, then press Confirm pick.`,
  'pick.quantity.to-pick': 'To pick',
  'pick.quantity.label': 'Quantity picked',
  'pick.quantity.over': ({ quantity }: { quantity: number }) =>
    `More than the ${number(quantity)} the system has in this slot: the pick is recorded and the slot flagged for a count.`,
  'pick.quantity.list-line': ({ list, line, requested, unit }: { list: string; line: number; requested: number; unit: string }) =>
    `Pick list ${list}, line ${line}: ${number(requested)} ${unit} requested`,
  'pick.quantity.requested': 'Requested on the pick list (optional)',
  'pick.quantity.reference': 'Pick list reference (optional)',
  'pick.quantity.short': ({ quantity, requested }: { quantity: number; requested: number | null }) =>
    `Short pick: ${number(quantity)} of ${requested === null ? '' : number(requested)}. It is recorded and flagged.`,

  'pick.serials.progress': ({ count }: { count: number }) => `${number(count)} picked`,
  'pick.serials.scanned': 'Picked serials',
  'pick.serials.left-heading': 'In this slot',

  'pick.slot.in-slot': 'In slot',
  'pick.confirm.scan': 'Check the pick and press Confirm pick.',
  'pick.confirm.label': 'Pick',
  'pick.confirm.picked': 'Picked',
  'pick.confirm.fefo-reason': 'Later lot because',
  'pick.confirm.requested-label': 'Requested',
  'pick.confirm.requested': ({ requested, list, line }: { requested: number; list: Maybe; line: number | null }) =>
    `${number(requested)}${list ? (line !== null ? ` (list ${list}, line ${line})` : ` (list ${list})`) : ''}`,
  'pick.confirm.short': 'Short pick: it is recorded and flagged.',
  'pick.confirm.button': 'Confirm pick',
  'pick.done.what': 'Pick',
  'pick.done.again': 'Pick another',
};
