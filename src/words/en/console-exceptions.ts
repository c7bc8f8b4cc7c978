// The console's Exceptions inbox (C2, src/supervisor/exceptions): each
// exception's card with the operation behind it and the three ways to close
// it, and the labels of the fields an exception or an operation carries.
import { formatters } from '../format';

const { plural, number } = formatters('en');

type Maybe = string | null;

export const consoleExceptions = {
  'console.exceptions.title': 'Exceptions',
  'console.exceptions.show': 'Show',
  'console.exceptions.show.open': 'Open',
  'console.exceptions.show.resolved': 'Resolved',
  'console.exceptions.show.all': 'All',
  'console.exceptions.load-failed': ({ error }: { error: string }) => `Could not load the exceptions: ${error}`,
  'console.exceptions.none-open': 'No open exception: nothing waits for a decision.',
  'console.exceptions.none': 'No exception here.',
  'console.exceptions.count': ({ count }: { count: number }) => plural(count, { one: `${number(count)} exception`, other: `${number(count)} exceptions` }),

  'console.exceptions.card.label': ({ title }: { title: string }) => `Exception at ${title}`,
  'console.exceptions.card.no-location': 'No location',
  'console.exceptions.card.rule': ({ rule, code }: { rule: string; code: string }) => `Rule ${rule} · ${code}`,
  'console.exceptions.card.about': 'What it is about',
  'console.exceptions.card.location-none': 'none',
  'console.exceptions.card.found': 'What was found',
  'console.exceptions.card.operation': 'Operation',
  'console.exceptions.card.summary': ({ operation, who, device, done, received, syncedBy }: {
    operation: string; who: string; device: string; done: string; received: string; syncedBy: Maybe;
  }) => `${operation} by ${who} on ${device}, done ${done}, received ${received}${syncedBy !== null ? `, synced by ${syncedBy}` : ''}`,
  'console.exceptions.card.device-id': 'Device id',
  'console.exceptions.card.operation-id': 'Operation id',
  'console.exceptions.card.no-operation': 'The operation behind it is not on the server.',
  'console.exceptions.card.clock-ahead': ({ amount }: { amount: string }) =>
    `The device's clock was ${amount} ahead of the server's: its time is not when this happened.`,
  // `by`: undefined when nobody is known to have resolved it, null for a supervisor whose name is not known.
  'console.exceptions.card.resolved': ({ resolution, by }: { resolution: Maybe; by?: Maybe }) =>
    `Resolved: ${resolution ?? 'closed'}${by === undefined ? '' : ` by ${by ?? 'a supervisor'}`}.`,
  'console.exceptions.card.pending': ({ action }: { action: string }) => `Resolution saved (${action}); it reaches the server with the next sync.`,
  'console.exceptions.action.accept': 'accepted as recorded',
  'console.exceptions.action.count-task': 'sent to a count',
  'console.exceptions.action.adjust': 'adjusted',

  'console.exceptions.resolve.accept': 'Accept',
  'console.exceptions.resolve.accept-count': 'Accept count',
  'console.exceptions.resolve.count-task': 'Count task',
  'console.exceptions.resolve.count-again': 'Reject: count again',
  'console.exceptions.resolve.adjust': 'Adjust…',
  'console.exceptions.resolve.held-count-hint': 'Accept count books the counted difference on the slot as it is now; Reject books nothing and leaves the slot to be counted again.',
  'console.exceptions.resolve.hint': 'Accept keeps what was recorded and closes the slot\'s count task; Count task leaves the slot for an operator to count; Adjust sets the slot\'s true quantity and lot (a lot change is recorded as the old lot removed and the new one placed).',
  'console.exceptions.adjust.label': 'Adjust the slot',
  'console.exceptions.adjust.slot': ({ quantity, lot, lotUnknown, waiting }: { quantity: number; lot: Maybe; lotUnknown: boolean; waiting: boolean }) =>
    `The slot holds ${number(quantity)} now, lot ${lotUnknown ? 'unknown' : lot ?? 'none'}${waiting ? ', waiting for a count' : ''}.`,
  'console.exceptions.adjust.quantity': 'True quantity',
  'console.exceptions.adjust.lot': 'Lot (for items that track lots)',
  'console.exceptions.adjust.submit': 'Save adjustment',

  // Values of a field: nothing, and a yes or no.
  'console.exceptions.value.none': 'none',
  'console.exceptions.value.yes': 'yes',
  'console.exceptions.value.no': 'no',
  // The fields of an exception's details and of an operation's payload, by their key.
  'console.exceptions.field.lot': 'Lot',
  'console.exceptions.field.slot-lot': 'Slot lot',
  'console.exceptions.field.expected-lot': 'Expected lot',
  'console.exceptions.field.scanned-lot': 'Scanned lot',
  'console.exceptions.field.found-lot': 'Found lot',
  'console.exceptions.field.existing-lot': 'Lot already there',
  'console.exceptions.field.new-lot': 'New lot',
  'console.exceptions.field.quantity': 'Quantity',
  'console.exceptions.field.expected': 'Expected',
  'console.exceptions.field.counted': 'Counted',
  'console.exceptions.field.available': 'Available',
  'console.exceptions.field.requested': 'Requested',
  'console.exceptions.field.picked': 'Picked',
  'console.exceptions.field.capacity': 'Capacity',
  'console.exceptions.field.serial': 'Serial',
  'console.exceptions.field.serials': 'Serials',
  'console.exceptions.field.item': 'Item',
  'console.exceptions.field.location': 'Location',
  'console.exceptions.field.from': 'From',
  'console.exceptions.field.to': 'To',
  'console.exceptions.field.condition': 'Condition',
  'console.exceptions.field.shipment': 'Shipment',
  'console.exceptions.field.before': 'Before',
  'console.exceptions.field.after': 'After',
  'console.exceptions.field.reason': 'Reason',
  'console.exceptions.field.found': 'Found',
  'console.exceptions.field.taken': 'Taken',
  'console.exceptions.field.slot': 'Slot',
  'console.exceptions.field.item-id': 'Item id',
  'console.exceptions.field.slot-quantity': 'Slot quantity',
  'console.exceptions.field.picked-lot': 'Picked lot',
};
