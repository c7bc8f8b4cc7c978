// A 50,000-row stock sheet: preview and commit work, give the right result
// per kind of row, and write one operation. Times are printed, never asserted.
// One backend (PostgreSQL when the run has one, else PGlite) keeps CI time bounded.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Item, Location } from '../src/domain';
import { insertMasterData } from '../src/db/seed';
import { BACKENDS, SUPERVISOR, loginAs, startHarness, type Harness } from './harness';

const ITEMS = 50;
const LOCATIONS = 1_000;
const backend = BACKENDS[BACKENDS.length - 1] ?? 'pglite';

const items: Item[] = Array.from({ length: ITEMS }, (_, i) => ({
  id: `itm-b${i}`, sku: `BULK-${String(i).padStart(3, '0')}`, name: `Bulk item ${i}`, gtins: [], unit: 'each',
  lotTracked: i % 2 === 0, lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false,
}));
const locations: Location[] = Array.from({ length: LOCATIONS }, (_, j) => ({
  id: `loc-b${j}`, code: `B-${String(j).padStart(4, '0')}`, zone: 'Bulk', type: 'storage', active: true,
}));

/** Per slot: tracked items cycle unchanged / set / lot change / refused (no lot); untracked ones unchanged / set. */
function sheetRows(): string[][] {
  const rows: string[][] = [['sku', 'location', 'quantity', 'lot']];
  for (const [i, item] of items.entries()) {
    for (const [j, location] of locations.entries()) {
      const k = (i + j) % 4;
      if (item.lotTracked) {
        rows.push([item.sku, location.code, k === 1 ? '12' : '10', k === 2 ? 'B-NEW' : k === 3 ? '' : 'B-OLD']);
      } else {
        rows.push([item.sku, location.code, k % 2 === 0 ? '10' : '20', '']);
      }
    }
  }
  return rows;
}

describe(`a 50,000-row stock import on ${backend}`, () => {
  let h: Harness;
  let token = '';
  const rows = sheetRows();
  const csv = rows.map((r) => r.join(',')).join('\n');
  const expected = { total: 50_000, set: 12_500 + 6_250, lotChange: 6_250, unchanged: 6_250 + 12_500, refused: 6_250 };

  beforeAll(async () => {
    h = await startHarness(backend);
    token = await loginAs(h.app, ...SUPERVISOR);
    await h.db.transaction(async (tx) => {
      await insertMasterData(tx, items, locations);
      // Stock as a starting point for the import (set directly: the import only reads slots).
      await tx.query(
        `INSERT INTO slots (id, item_id, location_id, condition, capacity, quantity, lot)
         SELECT 'slt-b' || i || '-' || j, 'itm-b' || i, 'loc-b' || j, '', 100, 10, CASE WHEN i % 2 = 0 THEN 'B-OLD' END
           FROM generate_series(0, $1::int - 1) AS i, generate_series(0, $2::int - 1) AS j`,
        [ITEMS, LOCATIONS],
      );
    });
  });
  afterAll(async () => h.close());

  const post = async (url: string, body: string | Buffer, type: string) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const response = await h.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': type }, payload: body });
    const ms = Math.round(performance.now() - started);
    // CPU time of this process (the server, and PGlite when it is the database): a figure a busy machine distorts less.
    const used = process.cpuUsage(cpu);
    const cpuMs = Math.round((used.user + used.system) / 1000);
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 500)}`);
    return { body: response.json<{ summary: typeof expected; rows: { status: string; message: string | null }[] }>(), ms, cpuMs };
  };

  // Generous limits: the machine may be shared; the printed figures are what counts.
  test('preview and commit of 50,000 CSV rows give each row its result; the commit is one operation', { timeout: 600_000 }, async () => {
    const preview = await post('/api/supervisor/import/stock/preview', csv, 'text/csv');
    expect(preview.body.summary).toEqual(expected);
    expect(preview.body.rows).toHaveLength(50_000);
    const opId = randomUUID();
    const commit = await post(`/api/supervisor/import/stock/commit?opId=${opId}`, csv, 'text/csv');
    expect(commit.body.summary).toEqual(expected);
    console.log(JSON.stringify({ figure: 'import-50k-csv', backend, bytes: csv.length, previewMs: preview.ms, previewCpuMs: preview.cpuMs, commitMs: commit.ms, commitCpuMs: commit.cpuMs }));

    const written = (await h.db.query<{ n: number; pairs: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE type = 'adjust-remove')::int AS pairs FROM transactions WHERE op_id = $1`, [opId],
    )).rows[0];
    // One adjust per set row, two per lot change.
    expect(written).toEqual({ n: expected.set + 2 * expected.lotChange, pairs: expected.lotChange });
    const lots = (await h.db.query<{ lot: string; n: number }>(
      `SELECT lot, count(*)::int AS n FROM slots WHERE item_id LIKE 'itm-b%' AND lot IS NOT NULL GROUP BY lot ORDER BY lot`,
    )).rows;
    expect(lots).toEqual([{ lot: 'B-NEW', n: 6_250 }, { lot: 'B-OLD', n: 18_750 }]);
    expect((await h.db.query<{ n: number }>("SELECT count(*)::int AS n FROM operations WHERE type = 'importStock'")).rows[0]?.n).toBe(1);
  });

  test('the same 50,000 rows as .xlsx preview alike', { timeout: 600_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Stock');
    for (const [n, r] of rows.entries()) sheet.addRow(r.map((cell, c) => (n > 0 && c === 2 ? Number(cell) : cell)));
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await post('/api/supervisor/import/stock/preview', file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    console.log(JSON.stringify({ figure: 'import-50k-xlsx-preview', backend, bytes: file.length, previewMs: preview.ms, previewCpuMs: preview.cpuMs }));
    // After the commit above every row but the refused ones is unchanged.
    expect(preview.body.summary).toEqual({ total: 50_000, set: 0, lotChange: 0, unchanged: 50_000 - expected.refused, refused: expected.refused });
  });
});
