// The who, where and when every console card carries (issue 16.8): a device
// by its name (its id only when nobody named it), a time as "5 minutes ago"
// (Intl.RelativeTimeFormat) with the exact time kept for a tooltip.

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const EXACT = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000],
];

/** "5 minutes ago", "yesterday", "now"; '' for a time that cannot be read. */
export function relativeWhen(iso: string | null | undefined, nowMs: number): string {
  const at = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(at)) return '';
  const ms = at - nowMs;
  if (Math.abs(ms) < 10_000) return RELATIVE.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size || unit === 'second') return RELATIVE.format(Math.round(ms / size), unit);
  }
  return '';
}

/** The exact time, for a tooltip beside the relative one. */
export function exactWhen(iso: string | null | undefined): string {
  const at = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(at) ? '' : EXACT.format(at);
}

/** A device as people know it: its name, else "Unnamed device 1a2b3c4d" (the start of its id). */
export function deviceLabel(name: string | null | undefined, deviceId: string): string {
  const trimmed = name?.trim();
  if (trimmed) return trimmed;
  return `Unnamed device ${deviceId.slice(0, 8)}`;
}

/** "TAPE-48 · Packing tape": an item as SKU and name, whichever are known. */
export function itemLabel(sku: string | null | undefined, name: string | null | undefined): string | null {
  const parts = [sku, name].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}
