// Sends a report as a download: CSV or .xlsx, with a file name that says what
// and when (lotline-transactions-2026-11-23.xlsx).
import type { FastifyReply } from 'fastify';
import { HttpError } from '../../http/errors';
import { toCsv } from './csv';
import type { Grid } from './table';
import { toXlsx } from './xlsx';

/** The most rows an export writes; more is refused with a hint to narrow the filters. */
export const EXPORT_CAP = 200_000;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function checkExportSize(total: number): void {
  if (total > EXPORT_CAP) {
    throw new HttpError(400, 'export-too-large',
      `${total.toLocaleString('en')} rows match; an export holds at most ${EXPORT_CAP.toLocaleString('en')}: narrow the filters (e.g. a shorter date range)`,
      { total, cap: EXPORT_CAP });
  }
}

export function fileName(what: string, format: 'csv' | 'xlsx', now = new Date()): string {
  const safe = what.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
  return `lotline-${safe}-${now.toISOString().slice(0, 10)}.${format}`;
}

export async function sendDownload(
  reply: FastifyReply, format: 'csv' | 'xlsx', what: string, tables: readonly Grid[],
): Promise<FastifyReply> {
  const first = tables[0];
  if (!first) throw new Error('nothing to export');
  const body = format === 'csv' ? toCsv(first) : await toXlsx(tables);
  return reply
    .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${fileName(what, format)}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
