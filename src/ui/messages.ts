// The words an operator reads for every code the rules and the server use.
// One place, so a message can be fixed (or translated) without touching logic.
import type { ExceptionCode, RejectionCode } from '../domain';

const EXCEPTION_WORDS: Record<ExceptionCode, string> = {
  'second-lot-in-slot': 'A second lot went into a slot that already held another lot. The slot needs a count.',
  'negative-stock': 'More was taken than the system had in the slot. The slot needs a count.',
  'lot-mismatch': 'The lot scanned on the goods differs from the lot the slot should hold.',
  'lot-missing': 'No lot was recorded for an item that tracks lots (tracking may have been switched on meanwhile).',
  'lot-unknown-picked': 'Stock was picked from a slot whose lot is unknown. The slot needs a count.',
  'short-pick': 'Fewer units were picked than the pick list asked for.',
  'stale-count': 'The count was based on old figures: the slot changed before the count reached the server.',
  'over-capacity': 'More was placed than the location holds.',
  'serial-elsewhere': 'A serial was found somewhere other than where the system had it.',
  'serial-missing': 'Serials expected in the slot were not found in the count.',
  'serial-exists': 'That serial number is already in stock.',
  'no-assignment': 'Stock was placed in a location the item is not assigned to.',
  'pack-lot-missing': 'A packed line needs its lot (and serial) recorded.',
  'lot-on-hold': 'A lot on hold was taken, moved to a pick face or packed before the device knew of the hold.',
  'lot-expired': 'A lot past its expiry date was taken, moved to a pick face or packed.',
  'expiry-conflict': 'A lot was received with an expiry date different from the one on record. The recorded date was kept.',
  'inactive-location': 'Stock was placed into a location that is no longer in use. Move it to an active location.',
  'inactive-item': 'A deactivated item was received or given a place. Reactivate the item, or send the goods back.',
  'recorded-after-access-ended': 'Recorded on a shared device by a user whose access had ended (deactivated or role changed). The work was applied; check it.',
};

const REJECTION_WORDS: Record<RejectionCode | 'serials-required', string> = {
  malformed: 'The operation was incomplete or had invalid values.',
  forbidden: 'Your role is not allowed to do this.',
  'unknown-item': 'The server does not know this item.',
  'unknown-location': 'The server does not know this location.',
  'unknown-serial': 'The server does not know this serial number.',
  'unknown-condition': 'This condition does not exist for the item.',
  'unknown-exception': 'That exception does not exist.',
  'unknown-slot': 'That slot does not exist.',
  'lot-required': 'A lot is required for this item.',
  'exception-closed': 'That exception was already resolved.',
  'serials-required': 'Serial numbers are required for this item.',
  'lot-hold-unchanged': 'The lot is already in that state (held, or not on hold).',
  'access-ended': 'Recorded after its author\'s access ended (deactivated or role changed): a supervisor must do it again.',
};

/** A sentence for an outcome code; falls back to the code itself, never to "something went wrong". */
export function describeCode(code: string | null): string {
  if (code === null) return 'No reason was given.';
  // Own keys only: a code such as "constructor" from a strange server answer must not find Object.prototype's.
  if (Object.hasOwn(EXCEPTION_WORDS, code)) return (EXCEPTION_WORDS as Record<string, string>)[code] as string;
  if (Object.hasOwn(REJECTION_WORDS, code)) return (REJECTION_WORDS as Record<string, string>)[code] as string;
  return `Reason: ${code}`;
}

export const OPERATION_NAMES: Record<string, string> = {
  restock: 'Restock', putaway: 'Putaway', pick: 'Pick', return: 'Return', move: 'Move', count: 'Cycle count',
  assign: 'Assign', pack: 'Pack', setLotTracking: 'Lot tracking switch', changeSerialLot: 'Serial lot change',
  adjust: 'Adjustment', resolveException: 'Exception resolution', changeSettings: 'Settings change',
  importStock: 'Stock import', holdLot: 'Lot hold',
};

/** "2 min ago", for the last successful sync. */
export function ago(iso: string | null, now: number): string {
  if (iso === null) return 'never';
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 10) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  return `${Math.floor(seconds / 3600)} h ago`;
}
