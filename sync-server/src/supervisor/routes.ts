// The supervisor console's HTTP API: reports (transactions, stock), recall,
// the exceptions inbox, the rejected operations of every device, the stock import and the sheet reader behind the
// master-data import. Every route is for supervisors only (401 without a
// session, 403 for operators and pickers).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { HttpError, parseOr400 } from '../http/errors';
import type { LiveHub } from '../sync/live';
import { listExceptions, exceptionsQuery } from './exceptions-list';
import { checkExportSize, EXPORT_CAP, sendDownload, XLSX_TYPE } from './export/send';
import { toGrid } from './export/table';
import { commitImport, IMPORT_DEVICE, previewImport } from './importer/run-import';
import { readSheet } from './importer/read-sheet';
import { readTable } from './importer/read-table';
import { recall, recallQuery, recallTarget } from './recall';
import { listRejected, rejectedQuery } from './rejected-list';
import { recallLines, recallSheets, stockTable, transactionsTable } from './report-tables';
import { requireSupervisor } from './require-supervisor';
import { countStock, listStock, stockQuery } from './stock-report';
import { countTransactions, listTransactions, transactionsQuery } from './transactions-report';

/** A sheet of 100,000 rows fits with room to spare. */
export const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

/** The content types an uploaded sheet may come with; the bytes decide what it is (see read-sheet.ts). */
const SHEET_TYPES = [
  'text/csv', 'application/csv', 'text/plain', 'text/tab-separated-values', 'application/vnd.ms-excel', XLSX_TYPE,
  'application/octet-stream',
];

const READ = { isolation: 'repeatable read', readOnly: true } as const;

const fileParam = z.string().trim().max(200).optional();
const previewQuery = z.object({ file: fileParam });
const commitQuery = z.object({ opId: z.uuid(), file: fileParam });

export async function supervisorRoutes(app: FastifyInstance, db: Db, hub: LiveHub): Promise<void> {
  await app.register(async (scope) => {
    reportRoutes(scope, db);
    // The import's parsers live in their own scope: the rest of the API keeps answering 415 to anything but JSON.
    await scope.register((upload, _options, done) => {
      importRoutes(upload, db, hub);
      done();
    });
  });
}

function reportRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/supervisor/transactions', async (request, reply) => {
    await requireSupervisor(db, request);
    const q = parseOr400(transactionsQuery, request.query, 'query');
    if (q.format === 'json') {
      return db.transaction(async (tx) => ({
        rows: await listTransactions(tx, q, q.pageSize, (q.page - 1) * q.pageSize),
        total: await countTransactions(tx, q),
        page: q.page,
        pageSize: q.pageSize,
      }), READ);
    }
    const rows = await db.transaction(async (tx) => {
      checkExportSize(await countTransactions(tx, q));
      return listTransactions(tx, q, EXPORT_CAP);
    }, READ);
    return sendDownload(reply, q.format, 'transactions', [toGrid(transactionsTable(rows))]);
  });

  app.get('/api/supervisor/stock', async (request, reply) => {
    await requireSupervisor(db, request);
    const q = parseOr400(stockQuery, request.query, 'query');
    if (q.format === 'json') {
      return db.transaction(async (tx) => ({
        rows: await listStock(tx, q, q.pageSize, (q.page - 1) * q.pageSize),
        total: await countStock(tx, q),
        page: q.page,
        pageSize: q.pageSize,
      }), READ);
    }
    const rows = await db.transaction(async (tx) => {
      checkExportSize(await countStock(tx, q));
      return listStock(tx, q, EXPORT_CAP);
    }, READ);
    return sendDownload(reply, q.format, 'stock', [toGrid(stockTable(rows))]);
  });

  app.get('/api/supervisor/recall', async (request, reply) => {
    await requireSupervisor(db, request);
    const q = parseOr400(recallQuery, request.query, 'query');
    const target = await recallTarget(db, q);
    const result = await db.transaction((tx) => recall(tx, target.lot, target.itemId), READ);
    if (q.format === 'json') return result;
    return q.format === 'csv'
      ? sendDownload(reply, 'csv', `recall-${target.lot}`, [toGrid(recallLines(result))])
      : sendDownload(reply, 'xlsx', `recall-${target.lot}`, recallSheets(result));
  });

  app.get('/api/supervisor/exceptions', async (request) => {
    await requireSupervisor(db, request);
    const q = parseOr400(exceptionsQuery, request.query, 'query');
    const { rows, total } = await db.transaction((tx) => listExceptions(tx, q), READ);
    return { rows, total, page: q.page, pageSize: q.pageSize };
  });

  app.get('/api/supervisor/rejected', async (request) => {
    await requireSupervisor(db, request);
    const q = parseOr400(rejectedQuery, request.query, 'query');
    const { rows, total } = await db.transaction((tx) => listRejected(tx, q), READ);
    return { rows, total, page: q.page, pageSize: q.pageSize };
  });
}

function importRoutes(app: FastifyInstance, db: Db, hub: LiveHub): void {
  app.addContentTypeParser(SHEET_TYPES, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('*', (request, _payload, done) => done(new HttpError(415, 'unsupported-media-type',
    `send the sheet's bytes as text/csv or ${XLSX_TYPE} (got ${request.headers['content-type'] ?? 'no content type'})`)));

  const bytesOf = (request: FastifyRequest): Buffer => {
    if (!Buffer.isBuffer(request.body)) {
      throw new HttpError(415, 'unsupported-media-type', `send the file's bytes as text/csv or ${XLSX_TYPE}, not JSON`);
    }
    return request.body;
  };
  const sheetOf = (request: FastifyRequest) => readSheet(bytesOf(request));

  // Any sheet as header and rows of text, for imports mapped in the browser (items, locations).
  app.post('/api/supervisor/import/read', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    await requireSupervisor(db, request);
    return readTable(bytesOf(request));
  });

  app.post('/api/supervisor/import/stock/preview', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
    const user = await requireSupervisor(db, request);
    const q = parseOr400(previewQuery, request.query, 'query');
    return previewImport(db, user, await sheetOf(request), q.file);
  });

  app.post('/api/supervisor/import/stock/commit', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply: FastifyReply) => {
    const user = await requireSupervisor(db, request);
    const q = parseOr400(commitQuery, request.query, 'query');
    const result = await commitImport(db, user, q.opId, await sheetOf(request), q.file);
    if (!result.duplicate && result.summary.set + result.summary.lotChange > 0) {
      // Devices and supervisors' screens pull, as after a device's push.
      await hub.announce({ deviceId: IMPORT_DEVICE, operations: 1 }).catch((error: unknown) => {
        request.log.warn({ err: error }, 'could not announce changes');
      });
    }
    return reply.send(result);
  });
}
