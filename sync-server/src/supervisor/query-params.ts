// Query strings of the supervisor endpoints: paging, sorting, export format
// and the date range, parsed once with zod (a bad value is a 400 naming it).
import { z } from 'zod';

export const MAX_PAGE_SIZE = 500;

const text = z.string().trim().min(1).max(200).optional();

export const formatParam = z.enum(['json', 'csv', 'xlsx']).default('json');
export type Format = z.infer<typeof formatParam>;

export const pagingParams = {
  page: z.coerce.number().int().positive().max(1_000_000).default(1),
  pageSize: z.coerce.number().int().positive().max(MAX_PAGE_SIZE).default(50),
};

export const dirParam = z.enum(['asc', 'desc']).optional();

/** A filter value: trimmed, empty means no filter. */
export const filter = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), text);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A report's bound: an ISO date-time (an instant), or an ISO date, a whole
 * calendar day of the warehouse (its time zone is a setting; SQL turns the day
 * into instants: `dayBoundSql`). `to=2026-11-23` includes that whole day.
 */
export type Bound = ({ at: string } | { day: string }) & { end: boolean };

export function boundary(end: boolean) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().optional()
      .refine((v) => v === undefined || (DATE_ONLY.test(v) || /^\d{4}-\d{2}-\d{2}T/.test(v)) && !Number.isNaN(Date.parse(v)), 'an ISO date (2026-11-23) or date-time (2026-11-23T08:00:00Z)')
      .transform((v): Bound | undefined => {
        if (v === undefined) return undefined;
        return DATE_ONLY.test(v) ? { day: v, end } : { at: new Date(v).toISOString(), end };
      }),
  );
}

/** The warehouse's time zone, as stored (UTC before one was set). */
const WAREHOUSE_ZONE = "coalesce((SELECT value #>> '{warehouse,timeZone}' FROM settings WHERE id = 1), 'UTC')";

/** The bound's value for its placeholder. */
export const boundValue = (bound: Bound | undefined): string | undefined => (bound === undefined ? undefined : 'at' in bound ? bound.at : bound.day);

/**
 * `column` against a bound, `p` its placeholder: an instant is inclusive at
 * both ends; a day starts at midnight in the warehouse, and an end day runs to
 * the next midnight (DST days are 23 or 25 hours long, as they are).
 */
export function boundSql(column: string, bound: Bound, p: string): string {
  if ('at' in bound) return `${column} ${bound.end ? '<=' : '>='} ${p}::timestamptz`;
  const midnight = `((${p}::date + ${bound.end ? 1 : 0})::timestamp AT TIME ZONE ${WAREHOUSE_ZONE})`;
  return bound.end ? `${column} < ${midnight}` : `${column} >= ${midnight}`;
}

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true').optional();
