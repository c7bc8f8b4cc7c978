// The helpers a catalogue writes its sentences with, bound to its language:
// plurals through Intl.PluralRules, numbers through Intl.NumberFormat, and
// rich sentences whose parameters may be marked up (a bold lot, a location),
// and recorded times in the warehouse's time zone.

/** The forms of a word by plural category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A sentence some of whose parameters are shown marked up: its text is a list of strings and those parameters, in order. */
export type Rich<P extends string> = <T>(params: Record<P, T>) => (string | T)[];

/** `timeZone`: an IANA zone the times are told in (the warehouse's); absent, the device's own. Calendar days need none. */
export function formatters(locale: string, timeZone?: string) {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const zone = timeZone ? { timeZone } : {};
  const times = new Intl.DateTimeFormat(locale, { timeStyle: 'short', ...zone });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', ...zone });
  const instant = (iso: string, format: Intl.DateTimeFormat): string => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? iso : format.format(at);
  };
  const units = Object.fromEntries((['second', 'minute', 'hour', 'day'] as const).map((u) => [u, new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' })])) as Record<SpanUnit, Intl.NumberFormat>;
  return {
    /** The form for `n`: `plural(n, { one: 'row', other: 'rows' })`. */
    plural: (n: number, forms: PluralForms): string => forms[rules.select(n)] ?? forms.other,
    /** A quantity as the language writes numbers (1,200 in English). */
    number: (n: number): string => numbers.format(n),
    /** A calendar day (YYYY-MM-DD) as the language writes dates (7 Dec 2026 in British English). */
    day: (iso: string): string => {
      const at = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(at.getTime()) ? iso : days.format(at);
    },
    /** The time of day of a recorded instant (ISO 8601), to the minute: 14:05, 2:05 PM. */
    time: (iso: string): string => instant(iso, times),
    /** A recorded instant (ISO 8601) as date and time, to the second: 07/12/2026, 14:05:09. */
    dateTime: (iso: string): string => instant(iso, dateTimes),
    /** A span of time, coarse as a person says it (45 sec, 9 hr 30 min, 3 days), in the language's unit words; the sign is dropped. */
    duration: (ms: number): string => spanParts(Math.abs(ms)).map(([n, u]) => units[u].format(n)).join(' '),
    /** A rich sentence: `rich<'lot'>(({ lot }) => ['Lot ', lot, ' matches.'])`. */
    rich: <P extends string>(sentence: Rich<P>): Rich<P> => sentence,
  };
}

type SpanUnit = 'second' | 'minute' | 'hour' | 'day';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span in the units worth saying: seconds under a minute, hours and minutes under two days, then days (and hours, under a fortnight). */
function spanParts(ms: number): [number, SpanUnit][] {
  if (ms < MINUTE) return [[Math.round(ms / 1000), 'second']];
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return [[minutes, 'minute']];
  if (minutes < 48 * 60) {
    const m = minutes % 60;
    return m === 0 ? [[Math.floor(minutes / 60), 'hour']] : [[Math.floor(minutes / 60), 'hour'], [m, 'minute']];
  }
  const hours = Math.round(ms / HOUR);
  const h = hours % 24;
  // Past a fortnight the odd hours are noise.
  return h === 0 || ms >= 14 * DAY ? [[Math.round(ms / DAY), 'day']] : [[Math.floor(hours / 24), 'day'], [h, 'hour']];
}
