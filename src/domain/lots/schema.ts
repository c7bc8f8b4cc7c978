// Schema pieces for the dates a receipt carries.
import { z } from 'zod';
import { parseYymmdd } from '../gs1/dates';

const yymmdd = z.string().regex(/^\d{6}$/, 'a GS1 date is 6 digits YYMMDD')
  .refine((t) => parseYymmdd(t).ok, { message: 'not a calendar date (day 00 means the last day of the month)' });

/** A calendar day typed as YYYY-MM-DD. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((t) => { const d = new Date(`${t}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(t); }, { message: 'not a calendar date' });

/** The GS1 dates of a lot as scanned: (17) expiry, (15) best before, (11) production. */
export const gs1Dates = z.object({
  expiry: yymmdd.optional(),
  bestBefore: yymmdd.optional(),
  production: yymmdd.optional(),
});
