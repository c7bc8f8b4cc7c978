// An exception's details and its operation's payload in plain words: each
// field a supervisor may need, labelled, nothing hidden. A key without a
// label of its own (a field newer than this app) is shown split into words.
import { say, type SentenceKey } from '../../words';

const LABELS: Record<string, SentenceKey> = {
  lot: 'console.exceptions.field.lot', slotLot: 'console.exceptions.field.slot-lot', expectedLot: 'console.exceptions.field.expected-lot',
  scannedLot: 'console.exceptions.field.scanned-lot', foundLot: 'console.exceptions.field.found-lot',
  existingLot: 'console.exceptions.field.existing-lot', newLot: 'console.exceptions.field.new-lot', quantity: 'console.exceptions.field.quantity',
  expected: 'console.exceptions.field.expected', counted: 'console.exceptions.field.counted', available: 'console.exceptions.field.available',
  requested: 'console.exceptions.field.requested', picked: 'console.exceptions.field.picked', capacity: 'console.exceptions.field.capacity',
  serial: 'console.exceptions.field.serial', serials: 'console.exceptions.field.serials', item: 'console.exceptions.field.item',
  location: 'console.exceptions.field.location', from: 'console.exceptions.field.from', to: 'console.exceptions.field.to',
  condition: 'console.exceptions.field.condition', shipment: 'console.exceptions.field.shipment', before: 'console.exceptions.field.before',
  after: 'console.exceptions.field.after', reason: 'console.exceptions.field.reason', found: 'console.exceptions.field.found',
  taken: 'console.exceptions.field.taken', slotId: 'console.exceptions.field.slot', itemId: 'console.exceptions.field.item-id',
  slotQuantity: 'console.exceptions.field.slot-quantity', pickedLot: 'console.exceptions.field.picked-lot',
};

export function labelOf(key: string): string {
  // Own keys only: a field called "constructor" must not find Object.prototype's.
  const label = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
  return label ? say(label) : key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** A value as text: lists joined, objects flattened one level, null as "none". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return say('console.exceptions.value.none');
  if (Array.isArray(value)) return value.map(valueText).join(', ') || say('console.exceptions.value.none');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${labelOf(k)} ${valueText(v)}`).join('; ');
  }
  if (typeof value === 'boolean') return say(value ? 'console.exceptions.value.yes' : 'console.exceptions.value.no');
  if (value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  return typeof value;
}

export function fields(record: unknown): { label: string; value: string }[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return [];
  return Object.entries(record as Record<string, unknown>).map(([key, value]) => ({ label: labelOf(key), value: valueText(value) }));
}
