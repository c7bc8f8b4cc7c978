// A lot's expiry from what a receipt carries, and its status on a given day.
// Pure: "today" is always passed in (the operation's date), never read from a clock.
import { parseYymmdd } from '../gs1/dates';
import type { ExpirySource, Item, LotRecord, LotStatus } from '../types';

/** The GS1 dates a receipt scanned, as printed: YYMMDD, day 00 meaning the month's last day. */
export interface Gs1Dates {
  /** AI (17) expiration date. */
  expiry?: string | undefined;
  /** AI (15) best before date. */
  bestBefore?: string | undefined;
  /** AI (11) production date. */
  production?: string | undefined;
}

export interface ExpiryInput {
  gs1?: Gs1Dates | undefined;
  /** YYYY-MM-DD typed by the operator. */
  typed?: string | undefined;
}

export interface Expiry {
  expiry: string;
  source: ExpirySource;
}

/** The id of the lot record of (item, lot): the same on every device and on the server. */
export function lotRecordId(itemId: string, lot: string): string {
  return `${itemId}\u001f${lot}`;
}

/** `YYYY-MM-DD` of an ISO date-time as the device wrote it (its local date when it carries an offset). */
export function dayOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

/** Adds whole days to `YYYY-MM-DD` in calendar terms (UTC arithmetic, no time zone drift). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const t = (day: string) => { const [y, m, d] = day.split('-').map(Number) as [number, number, number]; return Date.UTC(y, m - 1, d); };
  return Math.round((t(to) - t(from)) / 86_400_000);
}

function gs1Day(text: string | undefined, today: string): string | null {
  if (text === undefined) return null;
  const parsed = parseYymmdd(text, today);
  return parsed.ok ? parsed.iso : null;
}

/**
 * The expiry a receipt gives a lot: (17) expiry, else (15) best-before, else
 * the typed date, else (11) production date plus the item's shelf life. Null
 * when none of these is there. Day 00 is the month's last day (GS1).
 */
export function expiryFrom(input: ExpiryInput, item: Pick<Item, 'shelfLifeDays'>, today: string): Expiry | null {
  const expiry = gs1Day(input.gs1?.expiry, today);
  if (expiry) return { expiry, source: 'expiry' };
  const bestBefore = gs1Day(input.gs1?.bestBefore, today);
  if (bestBefore) return { expiry: bestBefore, source: 'best-before' };
  if (input.typed) return { expiry: input.typed, source: 'typed' };
  const produced = gs1Day(input.gs1?.production, today);
  const shelfLife = item.shelfLifeDays;
  if (produced && typeof shelfLife === 'number' && shelfLife >= 0) return { expiry: addDays(produced, shelfLife), source: 'shelf-life' };
  return null;
}

/** Expired once the expiry day is over: a lot is still good on its expiry date. */
export function isExpired(record: Pick<LotRecord, 'expiry'>, today: string): boolean {
  return record.expiry !== null && record.expiry < today;
}

/** On hold wins over expired: a held lot stays held whatever its date. */
export function lotStatus(record: Pick<LotRecord, 'expiry' | 'onHold'> | undefined, today: string): LotStatus {
  if (!record) return 'available';
  if (record.onHold) return 'on-hold';
  return isExpired(record, today) ? 'expired' : 'available';
}

export function findLotRecord(lots: readonly LotRecord[] | undefined, itemId: string, lot: string | null): LotRecord | undefined {
  if (lot === null || !lots) return undefined;
  const id = lotRecordId(itemId, lot);
  return lots.find((l) => l.id === id);
}
