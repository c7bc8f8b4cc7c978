// The outcome codes the rules and the server use (exceptions, rejections), the
// operation names, and how long ago something happened.
import type { ExceptionCode, OperationType, RejectionCode } from '../../domain';
import { formatters } from '../format';

const { number } = formatters('en');

const exceptions = {
  'exception.second-lot-in-slot': 'A second lot went into a slot that already held another lot. The slot needs a count.',
  'exception.negative-stock': 'More was taken than the system had in the slot. The slot needs a count.',
  'exception.lot-mismatch': 'The lot scanned on the goods differs from the lot the slot should hold.',
  'exception.lot-missing': 'No lot was recorded for an item that tracks lots (tracking may have been switched on meanwhile).',
  'exception.lot-unknown-picked': 'Stock was picked from a slot whose lot is unknown. The slot needs a count.',
  'exception.short-pick': 'Fewer units were picked than the pick list asked for.',
  'exception.stale-count': 'The count was based on old figures: the slot changed before the count reached the server.',
  'exception.count-review': 'A count differed from the record by more than the review limit: it waits for a supervisor to accept it or send the slot to be counted again.',
  'exception.over-capacity': 'More was placed than the location holds.',
  'exception.serial-elsewhere': 'A serial was found somewhere other than where the system had it.',
  'exception.serial-missing': 'Serials expected in the slot were not found in the count.',
  'exception.serial-exists': 'That serial number is already in stock.',
  'exception.no-assignment': 'Stock was placed in a location the item is not assigned to.',
  'exception.pack-lot-missing': 'A packed line needs its lot (and serial) recorded.',
  'exception.lot-on-hold': 'A lot on hold was taken, moved to a pick face or packed before the device knew of the hold.',
  'exception.lot-expired': 'A lot past its expiry date was taken, moved to a pick face or packed.',
  'exception.expiry-conflict': 'A lot was received with an expiry date different from the one on record. The recorded date was kept.',
  'exception.inactive-location': 'Stock was placed into a location that is no longer in use. Move it to an active location.',
  'exception.inactive-item': 'A deactivated item was received or given a place. Reactivate the item, or send the goods back.',
  'exception.recorded-after-access-ended': 'Recorded on a shared device by a user whose access had ended (deactivated or role changed). The work was applied; check it.',
} satisfies Record<`exception.${ExceptionCode}`, string>;

const rejections = {
  'rejection.malformed': 'The operation was incomplete or had invalid values.',
  'rejection.forbidden': 'Your role is not allowed to do this.',
  'rejection.unknown-item': 'The server does not know this item.',
  'rejection.unknown-location': 'The server does not know this location.',
  'rejection.unknown-serial': 'The server does not know this serial number.',
  'rejection.unknown-condition': 'This condition does not exist for the item.',
  'rejection.unknown-exception': 'That exception does not exist.',
  'rejection.unknown-slot': 'That slot does not exist.',
  'rejection.lot-required': 'A lot is required for this item.',
  'rejection.exception-closed': 'That exception was already resolved.',
  'rejection.serials-required': 'Serial numbers are required for this item.',
  'rejection.lot-hold-unchanged': 'The lot is already in that state (held, or not on hold).',
  'rejection.access-ended': 'Recorded after its author\'s access ended (deactivated or role changed): a supervisor must do it again.',
} satisfies Record<`rejection.${RejectionCode | 'serials-required'}`, string>;

const operations = {
  'operation.restock': 'Restock',
  'operation.putaway': 'Putaway',
  'operation.pick': 'Pick',
  'operation.return': 'Return',
  'operation.move': 'Move',
  'operation.count': 'Cycle count',
  'operation.assign': 'Assign',
  'operation.pack': 'Pack',
  'operation.setLotTracking': 'Lot tracking switch',
  'operation.changeSerialLot': 'Serial lot change',
  'operation.adjust': 'Adjustment',
  'operation.resolveException': 'Exception resolution',
  'operation.changeSettings': 'Settings change',
  'operation.importStock': 'Stock import',
  'operation.holdLot': 'Lot hold',
} satisfies Record<`operation.${OperationType}`, string>;

export const codes = {
  ...exceptions,
  ...rejections,
  'reason.none': 'No reason was given.',
  /** A code this catalogue has no sentence for (from a newer server): shown as itself, never as "something went wrong". */
  'reason.unknown': ({ code }: { code: string }) => `Reason: ${code}`,
  ...operations,
  'ago.never': 'never',
  'ago.just-now': 'just now',
  'ago.seconds': ({ seconds }: { seconds: number }) => `${number(seconds)} s ago`,
  'ago.minutes': ({ minutes }: { minutes: number }) => `${number(minutes)} min ago`,
  'ago.hours': ({ hours }: { hours: number }) => `${number(hours)} h ago`,
};
