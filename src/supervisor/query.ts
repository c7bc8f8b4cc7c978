// Report filters as the server's query string: empty fields are left out, so
// "no filter" is never sent as "filter on nothing".

export type QueryValue = string | number | boolean | null | undefined;

export function toQuery(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === false) continue;
    const text = String(value).trim();
    if (text === '') continue;
    search.set(key, text);
  }
  const query = search.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * A date field (YYYY-MM-DD, the device's day) as the instant the server
 * compares with: `from` is the start of that day, `to` the end, so "to 3 May"
 * includes all of 3 May.
 */
export function dayBound(day: string, edge: 'from' | 'to'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = edge === 'from' ? new Date(y, m - 1, d, 0, 0, 0, 0) : new Date(y, m - 1, d, 23, 59, 59, 999);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export type SortDir = 'asc' | 'desc';

/** Clicking a column: a new column sorts ascending, the same column flips. */
export function nextSort<K extends string>(current: { sort: K; dir: SortDir }, column: K): { sort: K; dir: SortDir } {
  if (current.sort !== column) return { sort: column, dir: 'asc' };
  return { sort: column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

/** Number of pages for `total` rows (at least 1, so "page 1 of 1" shows for an empty result). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
