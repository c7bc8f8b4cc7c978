// What an exception or a rejected operation is about, read from its details
// and the operation's payload (which vary by type): the lot, the quantity and
// the place, for the context every inbox and console card carries (issue 16.8).

type Fields = Record<string, unknown>;
const fieldsOf = (v: unknown): Fields => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Fields : {});
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The lot the goods carried (scanned or recorded), else the slot's. */
export function lotOf(details: unknown, payload: unknown): string | null {
  const d = fieldsOf(details);
  const p = fieldsOf(payload);
  const line = Array.isArray(p.lines) ? fieldsOf(p.lines[0]) : {};
  return text(d.scannedLot) ?? text(p.lot) ?? text(d.newLot) ?? text(d.lot) ?? text(line.lot) ?? text(d.slotLot) ?? text(d.expectedLot);
}

/** How many units the operation moved or counted. */
export function quantityOf(payload: unknown): number | null {
  const p = fieldsOf(payload);
  const lines = Array.isArray(p.lines) ? p.lines.map((l) => count(fieldsOf(l).quantity)).filter((q): q is number => q !== null) : [];
  return count(p.quantity) ?? count(fieldsOf(p.counted).quantity) ?? (lines.length > 0 ? lines.reduce((a, b) => a + b, 0) : null);
}

/** The place: the one a rejection refused (details.location), else the payload's location, destination, source or first line's. */
export function locationOf(details: unknown, payload: unknown): string | null {
  const p = fieldsOf(payload);
  const line = Array.isArray(p.lines) ? fieldsOf(p.lines[0]) : {};
  return text(fieldsOf(details).location) ?? text(p.location) ?? text(p.to) ?? text(p.from) ?? text(line.location);
}

/** The item as the payload names it (SKU or GTIN). */
export function itemRefOf(payload: unknown): string | null {
  return text(fieldsOf(payload).item);
}
