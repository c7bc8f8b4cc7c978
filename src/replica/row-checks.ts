// Per-row checks of a pulled page. A row the device cannot rely on (a field of
// the wrong type, an unknown location type or exception code, a bad date, a
// string far too long) is left out and named, so the rest of the page is
// applied and the cursor moves on: one strange row never wedges sync or
// crashes a screen. Plain typeof checks of the fields the device reads, not
// zod: a first sync brings hundreds of thousands of rows (bench figures in
// the commit that added this file). Extra fields are kept as they come.
import { isTimeZone, type PullChanges } from '../domain';

/** A row left out of a page: its table and id (null when it had no readable id). */
export interface SkippedRow {
  table: string;
  id: string | null;
}

export interface CheckedChanges {
  changes: PullChanges;
  skipped: SkippedRow[];
}

/** Ids, codes, numbers of orders and lots: far longer ones are not ours. */
const KEY_MAX = 500;
/** Names, reasons, units: free text. */
const TEXT_MAX = 5000;

type Row = Record<string, unknown>;
type Check = (row: Row) => boolean;

const key = (v: unknown): boolean => typeof v === 'string' && v.length <= KEY_MAX;
const text = (v: unknown): boolean => typeof v === 'string' && v.length <= TEXT_MAX;
const keyOrNull = (v: unknown): boolean => v === null || key(v);
const textOrNull = (v: unknown): boolean => v === null || text(v);
const bool = (v: unknown): boolean => typeof v === 'boolean';
const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const obj = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (values: readonly string[]) => {
  const set = new Set(values);
  return (v: unknown): boolean => typeof v === 'string' && set.has(v);
};
function keys(v: unknown, max = 1000): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const k of v) if (!key(k)) return false;
  return true;
}
function rows(v: unknown, check: Check, max = 10_000): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const r of v) if (!obj(r) || !check(r)) return false;
  return true;
}
/** A real calendar day, YYYY-MM-DD: the lot screens do date arithmetic on it. */
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
function day(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = DAY.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}
/**
 * A code the screens look up in a table of words: not one of Object's own
 * property names ('__proto__', 'constructor'), whose look-up is not a string.
 */
const code = (v: unknown): boolean => key(v) && !((v as string) in Object.prototype);
const codeOrNull = (v: unknown): boolean => v === null || code(v);
const locationType = oneOf(['storage', 'receiving', 'packing']);
const serialStatus = oneOf(['in-stock', 'picked', 'packed', 'missing']);
const exceptionStatus = oneOf(['open', 'resolved']);
const outcomeKind = oneOf(['applied', 'exception', 'rejected']);
const expirySource = oneOf(['expiry', 'best-before', 'typed', 'shelf-life']);
const holdAction = oneOf(['hold', 'release']);
const orderStatus = oneOf(['open', 'closed', 'packed']);

const item: Check = (r) => key(r.sku) && text(r.name) && keys(r.gtins, 100) && text(r.unit)
  && bool(r.lotTracked) && bool(r.lotAtPack) && bool(r.serialized) && bool(r.durable) && keys(r.conditions, 100)
  && bool(r.specialHandling)
  && (r.shelfLifeDays === undefined || r.shelfLifeDays === null || num(r.shelfLifeDays))
  && (r.active === undefined || bool(r.active));

const location: Check = (r) => key(r.code) && text(r.zone) && locationType(r.type) && bool(r.active);

const slot: Check = (r) => key(r.itemId) && key(r.locationId) && key(r.condition) && num(r.capacity) && num(r.quantity)
  && keyOrNull(r.lot) && bool(r.lotUnknown) && bool(r.needsCount);

const serial: Check = (r) => key(r.itemId) && key(r.serial) && keyOrNull(r.lot) && keyOrNull(r.slotId) && serialStatus(r.status);

// A code this app does not know (a newer server's) is shown as the code itself (describeCode): kept.
const exception: Check = (r) => key(r.opId) && code(r.code) && key(r.rule)
  && keyOrNull(r.itemId) && keyOrNull(r.locationId) && keyOrNull(r.slotId) && obj(r.details)
  && exceptionStatus(r.status) && textOrNull(r.resolution) && keyOrNull(r.resolvedByOpId);

const outcome: Check = (r) => num(r.seq) && outcomeKind(r.outcome) && codeOrNull(r.code) && keyOrNull(r.rule)
  && (r.details === null || obj(r.details));

const orderLine: Check = (l) => num(l.line) && key(l.itemId) && key(l.sku) && num(l.quantity) && num(l.received);
const purchaseOrder: Check = (r) => key(r.number) && text(r.supplier) && (r.expectedDate === null || day(r.expectedDate))
  && orderStatus(r.status) && rows(r.lines, orderLine);

const pickLine: Check = (l) => num(l.line) && key(l.itemId) && key(l.sku) && num(l.quantity)
  && keyOrNull(l.locationId) && keyOrNull(l.locationCode) && num(l.picked);
const pickList: Check = (r) => key(r.number) && keyOrNull(r.shipment) && orderStatus(r.status) && rows(r.lines, pickLine);

const countTaskStatus = oneOf(['open', 'done', 'cancelled']);
const countTaskLine: Check = (l) => num(l.line) && key(l.slotId) && key(l.itemId) && key(l.sku) && key(l.locationId)
  && key(l.locationCode) && text(l.condition) && bool(l.counted);
const countTask: Check = (r) => oneOf(['location', 'item', 'lot'])(r.kind) && keyOrNull(r.locationCode) && keyOrNull(r.sku)
  && keyOrNull(r.lot) && text(r.note) && countTaskStatus(r.status) && key(r.createdAt) && rows(r.lines, countTaskLine);

const hold: Check = (h) => holdAction(h.action) && text(h.reason) && key(h.opId) && key(h.userId) && key(h.deviceTime);
const lot: Check = (r) => key(r.itemId) && key(r.lot) && (r.expiry === null || day(r.expiry))
  && (r.expirySource === null || expirySource(r.expirySource)) && keyOrNull(r.firstReceived) && bool(r.onHold)
  && rows(r.holds, hold);

function settingsOk(v: unknown): boolean {
  if (!obj(v) || !bool(v.requireLotAtPack) || !obj(v.scanner)) return false;
  const s = v.scanner;
  const f = v.floor;
  // floor is absent from rows written before it existed (defaults fill it).
  const floorOk = f === undefined || (obj(f) && bool(f.tapToConfirm) && (f.expiredAtReceipt === 'warn' || f.expiredAtReceipt === 'refuse')
    && num(f.nearExpiryDays) && bool(f.blindCount) && num(f.countReviewAbove));
  // warehouse likewise (before issue 17); a time zone this device's browser does not know is not readable.
  const w = v.warehouse;
  const warehouseOk = w === undefined || (obj(w) && isTimeZone(w.timeZone));
  return key(s.gsSubstitute) && key(s.prefix) && key(s.suffix) && num(s.maxGapMs) && floorOk && warehouseOk;
}

/** Keeps the rows that pass `check` (and have a string id); names the others in `skipped`. */
function keep(table: string, input: unknown, check: Check, skipped: SkippedRow[]): Row[] {
  if (input === undefined || input === null) return [];
  const list = input as unknown[];
  let out: Row[] | null = null;
  for (let i = 0; i < list.length; i += 1) {
    const r = list[i];
    const ok = obj(r) && key(r.id) && check(r);
    if (ok && out === null) continue;
    // First bad row: copy the good ones before it, then go on row by row.
    if (out === null) out = list.slice(0, i) as Row[];
    if (ok) out.push(r);
    else skipped.push({ table, id: obj(r) && key(r.id) ? (r.id as string) : null });
  }
  return out ?? (list as Row[]);
}

/**
 * The page's rows the device can rely on, and the ones left out. `changes`
 * has passed the envelope check (its tables are arrays, or absent where
 * optional); settings that cannot be read count as one skipped row.
 */
export function checkChanges(changes: Record<string, unknown>): CheckedChanges {
  const skipped: SkippedRow[] = [];
  const settingsReadable = changes.settings === null || changes.settings === undefined || settingsOk(changes.settings);
  if (!settingsReadable) skipped.push({ table: 'settings', id: null });
  const checked = {
    items: keep('items', changes.items, item, skipped),
    locations: keep('locations', changes.locations, location, skipped),
    slots: keep('slots', changes.slots, slot, skipped),
    serials: keep('serials', changes.serials, serial, skipped),
    exceptions: keep('exceptions', changes.exceptions, exception, skipped),
    outcomes: keep('outcomes', changes.outcomes, outcome, skipped),
    settings: settingsReadable ? (changes.settings ?? null) : null,
    purchaseOrders: keep('purchaseOrders', changes.purchaseOrders, purchaseOrder, skipped),
    pickLists: keep('pickLists', changes.pickLists, pickList, skipped),
    lots: keep('lots', changes.lots, lot, skipped),
    countTasks: keep('countTasks', changes.countTasks, countTask, skipped),
  };
  return { changes: checked as unknown as PullChanges, skipped };
}
