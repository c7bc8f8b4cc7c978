// GS1 dates: YYMMDD (AIs 11-17) and YYMMDDhhmm (7003).
// The century comes from the GS1 rule (General Specifications 7.12) when a
// "today" is given: a year more than 49 years in the past or more than 50 in
// the future belongs to the other century. Without "today", YY means 20YY.

export type DateParse =
  | { ok: true; iso: string; year: number; month: number; day: number }
  | { ok: false; reason: string };

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The four-digit year of a two-digit GS1 year, given today's date as `YYYY-MM-DD`. */
export function resolveYear(yy: number, today?: string): number {
  const m = today === undefined ? null : /^(\d{4})-\d{2}-\d{2}$/.exec(today);
  if (!m || m[1] === undefined) return 2000 + yy;
  const current = Number(m[1]);
  const century = Math.floor(current / 100) * 100;
  const diff = yy - (current % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Parses YYMMDD. DD = 00 means the last day of the month (allowed unless
 * `allowDayZero` is false); the ISO date then carries that last day.
 */
export function parseYymmdd(text: string, today?: string, allowDayZero = true): DateParse {
  if (!/^\d{6}$/.test(text)) return { ok: false, reason: 'a date must be 6 digits YYMMDD' };
  const yy = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const dd = Number(text.slice(4, 6));
  if (month < 1 || month > 12) return { ok: false, reason: `month ${text.slice(2, 4)} is not a month` };
  const year = resolveYear(yy, today);
  const last = daysInMonth(year, month);
  const monthName = MONTHS[month - 1] ?? '';
  if (dd === 0 && !allowDayZero) return { ok: false, reason: 'day 00 is not a day' };
  if (dd > last) {
    const leap = month === 2 && dd === 29 ? ` (${year} is not a leap year)` : '';
    return { ok: false, reason: `day ${text.slice(4, 6)} is not a day of ${monthName} ${year}${leap}` };
  }
  const day = dd === 0 ? last : dd;
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

/** Parses YYMMDDhhmm into `YYYY-MM-DDThh:mm`. */
export function parseYymmddhhmm(text: string, today?: string): DateParse {
  if (!/^\d{10}$/.test(text)) return { ok: false, reason: 'a date and time must be 10 digits YYMMDDhhmm' };
  const date = parseYymmdd(text.slice(0, 6), today, false);
  if (!date.ok) return date;
  const hh = Number(text.slice(6, 8));
  const mm = Number(text.slice(8, 10));
  if (hh > 23) return { ok: false, reason: `hour ${text.slice(6, 8)} is not an hour` };
  if (mm > 59) return { ok: false, reason: `minute ${text.slice(8, 10)} is not a minute` };
  return { ...date, iso: `${date.iso}T${pad(hh)}:${pad(mm)}` };
}
