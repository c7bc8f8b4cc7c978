// The who, where and when every console card carries (issue 16.8): a device
// by its name (its id only when nobody named it), a time as "5 minutes ago"
// (Intl.RelativeTimeFormat) with the exact time kept for a tooltip. Times are
// told in the user's language and the warehouse's time zone (src/words/say.ts).
import { formats, say, useLanguage } from '../words';

/** The formatters of one language and zone, made once: a list of 500 cards asks for them 1,000 times. */
const made = new Map<string, { relative: Intl.RelativeTimeFormat; exact: Intl.DateTimeFormat }>();
function timeFormats() {
  const { language, timeZone } = useLanguage.getState();
  const key = `${language}|${timeZone ?? ''}`;
  let formats = made.get(key);
  if (!formats) {
    formats = {
      relative: new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
      exact: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    };
    made.set(key, formats);
  }
  return formats;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000],
];

/** "5 minutes ago", "yesterday", "now"; '' for a time that cannot be read. */
export function relativeWhen(iso: string | null | undefined, nowMs: number): string {
  const at = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(at)) return '';
  const ms = at - nowMs;
  const relative = timeFormats().relative;
  if (Math.abs(ms) < 10_000) return relative.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size || unit === 'second') return relative.format(Math.round(ms / size), unit);
  }
  return '';
}

/** The exact time, for a tooltip beside the relative one. */
export function exactWhen(iso: string | null | undefined): string {
  const at = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(at) ? '' : timeFormats().exact.format(at);
}

/** A recorded time in full (date and time to the second), as the language writes it; '' for a time that cannot be read. */
export function localTime(iso: string | null | undefined): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  return formats().dateTime(iso);
}

/** A device as people know it: its name, else "Unnamed device 1a2b3c4d" (the start of its id). */
export function deviceLabel(name: string | null | undefined, deviceId: string): string {
  const trimmed = name?.trim();
  if (trimmed) return trimmed;
  return say('console.shell.unnamed-device', { id: deviceId.slice(0, 8) });
}

/** "TAPE-48 · Packing tape": an item as SKU and name, whichever are known. */
export function itemLabel(sku: string | null | undefined, name: string | null | undefined): string | null {
  const parts = [sku, name].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}
