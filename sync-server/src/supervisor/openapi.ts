// The supervisor console's part of the OpenAPI document. Query parameters
// come from the zod schemas the routes validate with; bodies are described
// by hand (they are SQL rows, not zod-validated input).
import type { z } from 'zod';
import { exceptionsQuery } from './exceptions-list';
import { rejectedQuery } from './rejected-list';
import { XLSX_TYPE } from './export/send';
import { recallQuery } from './recall';
import { stockQuery } from './stock-report';
import { transactionsQuery } from './transactions-report';
import { errorResponses as errors } from '../http/openapi-parts';

const HINTS: Record<string, string> = {
  item: 'SKU or item id', lot: 'exact lot', location: 'location code or id', user: 'user id or badge', zone: 'zone name',
  type: 'transaction type', from: 'ISO date (a whole day in the warehouse\'s time zone, settings.warehouse.timeZone) or date-time, inclusive', to: 'ISO date (a whole day in the warehouse\'s time zone) or date-time, inclusive',
  sort: 'sort column', dir: 'asc or desc', page: '1-based page', pageSize: 'rows per page (max 500)', nonZero: 'true: quantity ≠ 0; false: empty slots',
  format: 'json, or csv / xlsx for a download of every matching row (at most 200,000)', scan: 'raw scanned GS1 text: (01) names the item, (10) the lot',
  status: 'open, resolved or all', opId: 'uuid made by the client: the import\'s idempotency key (C1)', file: 'the uploaded file\'s name, kept for the audit',
};

function parameters(schema: z.ZodObject): Record<string, unknown>[] {
  return Object.keys(schema.shape).map((name) => ({ name, in: 'query', required: false, description: HINTS[name] ?? name, schema: { type: 'string' } }));
}

const download = {
  'text/csv': { schema: { type: 'string' } },
  [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
};

const transactionRow = {
  type: 'object',
  properties: Object.fromEntries(['id', 'recordedAt', 'type', 'itemId', 'sku', 'itemName', 'locationId', 'locationCode', 'condition', 'lot',
    'lotUnknown', 'serial', 'quantity', 'userId', 'userName', 'deviceId', 'opId'].map((k) => [k, {}])),
};

const importRow = {
  type: 'object',
  properties: {
    row: { type: 'integer', description: 'sheet row number, 1-based, header included' },
    sku: { type: 'string' }, locationCode: { type: 'string' }, condition: { type: 'string' },
    quantity: { type: ['integer', 'null'] }, lot: { type: ['string', 'null'] },
    status: { enum: ['set', 'lot-change', 'unchanged', 'refused'] },
    message: { type: ['string', 'null'], description: 'warehouse words: why a row is refused, or what is worth knowing' },
    code: { type: ['string', 'null'] }, rule: { type: ['string', 'null'] },
    current: { type: ['object', 'null'], properties: { quantity: { type: 'integer' }, lot: { type: ['string', 'null'] }, lotUnknown: { type: 'boolean' } } },
  },
};

const importBody = {
  required: true,
  description: 'The file\'s bytes (CSV or .xlsx, at most 25 MiB). Header row: sku (or item), location, quantity, lot, condition (optional).',
  content: { 'text/csv': { schema: { type: 'string' } }, [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
};

export function supervisorOpenApi(): { paths: Record<string, unknown>; schemas: Record<string, unknown> } {
  return {
    schemas: { TransactionReportRow: transactionRow, ImportRowResult: importRow },
    paths: {
      '/api/supervisor/transactions': {
        get: {
          summary: 'Transactions report (R12): filters, sorting, paging; or a CSV/xlsx download. Supervisors only.',
          parameters: parameters(transactionsQuery),
          responses: { 200: { description: '{rows: TransactionReportRow[], total, page, pageSize}, or a download', content: download }, ...errors(400, 401, 403) },
        },
      },
      '/api/supervisor/stock': {
        get: {
          summary: 'Stock by location with its lot (R12) and serials (R13). Supervisors only.',
          parameters: parameters(stockQuery),
          responses: { 200: { description: '{rows, total, page, pageSize}, or a download', content: download }, ...errors(400, 401, 403) },
        },
      },
      '/api/supervisor/recall': {
        get: {
          summary: 'Recall of a lot: where it is now, its serials, every transaction and every shipment that recorded it at packing (R12, R15)',
          parameters: parameters(recallQuery),
          responses: { 200: { description: '{lot, items, now, serials, transactions, transactionsTotal, shipments}, or a download', content: download }, ...errors(400, 401, 403) },
        },
      },
      '/api/supervisor/exceptions': {
        get: {
          summary: 'Exceptions (C2) with the operation behind each, its device and operator, and the resolving operation',
          parameters: parameters(exceptionsQuery),
          responses: { 200: { description: '{rows, total, page, pageSize}' }, ...errors(400, 401, 403) },
        },
      },
      '/api/supervisor/rejected': {
        get: {
          summary: 'Operations the server rejected (C3) from every device, newest first, at most 100 a page: each with its device (and name), who recorded it, when, and the item, location, quantity and lot it named',
          parameters: parameters(rejectedQuery),
          responses: { 200: { description: '{rows: RejectedRow[], total, page, pageSize}' }, ...errors(400, 401, 403) },
        },
      },
      '/api/supervisor/import/read': {
        post: {
          summary: 'Any sheet read as the stock import reads it (encodings, leading zeros, dates as shown, formulas never evaluated), answered as text for a mapping made by the caller; writes nothing',
          requestBody: { ...importBody, description: 'The file\'s bytes (CSV or .xlsx, at most 25 MiB); its first non-empty row names the columns.' },
          responses: {
            200: { description: '{header: string[], rows: {line (the spreadsheet row number), cells: string[], unreadable?: {column, message}[]}[]}' },
            ...errors(400, 401, 403, 413, 415),
          },
        },
      },
      '/api/supervisor/import/stock/preview': {
        post: {
          summary: 'What a stock import would do, row by row; writes nothing',
          parameters: [{ name: 'file', in: 'query', required: false, description: HINTS.file, schema: { type: 'string' } }],
          requestBody: importBody,
          responses: { 200: { description: '{columns, rows: ImportRowResult[], summary: {total, set, lotChange, unchanged, refused}}' }, ...errors(400, 401, 403, 413, 415) },
        },
      },
      '/api/supervisor/import/stock/commit': {
        post: {
          summary: 'Apply a stock import as ONE audited importStock operation: good rows applied, refused rows not (R11), lot changes as the pair (R10); idempotent by opId (C1)',
          parameters: ['opId', 'file'].map((name) => ({ name, in: 'query', required: name === 'opId', description: HINTS[name], schema: { type: 'string' } })),
          requestBody: importBody,
          responses: { 200: { description: '{opId, outcome, duplicate, rows: ImportRowResult[], summary}' }, ...errors(400, 401, 403, 409, 413, 415) },
        },
      },
    },
  };
}
