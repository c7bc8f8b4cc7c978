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
 * An ISO date (a whole day, UTC) or an ISO date-time. `end` turns a date into
 * the start of the next day, so `to=2026-11-23` includes that whole day.
 */
export function boundary(end: boolean) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().optional()
      .refine((v) => v === undefined || (DATE_ONLY.test(v) || /^\d{4}-\d{2}-\d{2}T/.test(v)) && !Number.isNaN(Date.parse(v)), 'an ISO date (2026-11-23) or date-time (2026-11-23T08:00:00Z)')
      .transform((v) => {
        if (v === undefined) return undefined;
        if (!DATE_ONLY.test(v)) return { at: new Date(v).toISOString(), inclusive: true };
        const day = new Date(`${v}T00:00:00.000Z`);
        if (end) day.setUTCDate(day.getUTCDate() + 1);
        return { at: day.toISOString(), inclusive: !end };
      }),
  );
}

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true').optional();
