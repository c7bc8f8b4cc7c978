// An exception's details and its operation's payload in plain words: each
// field a supervisor may need, labelled, nothing hidden.

const LABELS: Record<string, string> = {
  lot: 'Lot', slotLot: 'Slot lot', expectedLot: 'Expected lot', scannedLot: 'Scanned lot', foundLot: 'Found lot',
  existingLot: 'Lot already there', newLot: 'New lot', quantity: 'Quantity', expected: 'Expected', counted: 'Counted',
  available: 'Available', requested: 'Requested', picked: 'Picked', capacity: 'Capacity', serial: 'Serial',
  serials: 'Serials', item: 'Item', location: 'Location', from: 'From', to: 'To', condition: 'Condition',
  shipment: 'Shipment', before: 'Before', after: 'After', reason: 'Reason', found: 'Found', taken: 'Taken',
  slotId: 'Slot', itemId: 'Item id', slotQuantity: 'Slot quantity', pickedLot: 'Picked lot',
};

export function labelOf(key: string): string {
  return LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/** A value as text: lists joined, objects flattened one level, null as "none". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.map(valueText).join(', ') || 'none';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${labelOf(k)} ${valueText(v)}`).join('; ');
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  return typeof value;
}

export function fields(record: unknown): { label: string; value: string }[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return [];
  return Object.entries(record as Record<string, unknown>).map(([key, value]) => ({ label: labelOf(key), value: valueText(value) }));
}
