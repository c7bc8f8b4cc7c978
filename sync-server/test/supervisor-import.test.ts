// Stock import (R10, R11, R12, C1) through HTTP: the preview writes nothing,
// a commit is one audited importStock operation that applies the good rows,
// refuses the bad ones with a reason, and is applied once however often it
// is sent. Files are real CSV and .xlsx bytes.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANGES_CHANNEL } from '../src/sync/live';
import { BACKENDS, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RowResult {
  row: number; sku: string; locationCode: string; condition: string; quantity: number | null; lot: string | null;
  status: 'set' | 'lot-change' | 'unchanged' | 'refused'; message: string | null; code: string | null;
  current: { quantity: number; lot: string | null } | null;
}
interface Summary { total: number; set: number; lotChange: number; unchanged: number; refused: number }
interface Preview { columns: string[]; rows: RowResult[]; summary: Summary }
interface Commit { opId: string; outcome: string; duplicate: boolean; rows: RowResult[]; summary: Summary }

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Stock'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(BACKENDS)('stock import on %s', (backend) => {
  let h: Harness;
  let token = '';

  const send = (url: string, body: string | Buffer, type = 'text/csv') => h.app.inject({
    method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': type }, payload: body,
  });
  const preview = async (body: string | Buffer, type?: string): Promise<Preview> => {
    const response = await send('/api/supervisor/import/stock/preview', body, type);
    if (response.statusCode !== 200) throw new Error(`preview: ${response.statusCode} ${response.body}`);
    return response.json<Preview>();
  };
  const commit = async (body: string | Buffer, opId = randomUUID(), type?: string): Promise<Commit> => {
    const response = await send(`/api/supervisor/import/stock/commit?opId=${opId}&file=stock.csv`, body, type);
    if (response.statusCode !== 200) throw new Error(`commit: ${response.statusCode} ${response.body}`);
    return response.json<Commit>();
  };
  const slot = async (item: string, location: string, condition = '') => (await h.db.query<{ quantity: number; lot: string | null; lotUnknown: boolean }>(
    `SELECT s.quantity, s.lot, s.lot_unknown AS "lotUnknown" FROM slots s JOIN items i ON i.id = s.item_id JOIN locations l ON l.id = s.location_id
      WHERE i.sku = $1 AND l.code = $2 AND s.condition = $3`, [item, location, condition])).rows[0];
  const count = async (sql: string, params: unknown[] = []) => (await h.db.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0;

  beforeAll(async () => {
    h = await startHarness(backend);
    token = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h.close());

  test('a preview shows each row\'s result in warehouse words and writes nothing', async () => {
    const operations = await count('SELECT count(*)::int AS n FROM operations');
    const transactions = await count('SELECT count(*)::int AS n FROM transactions');
    const p = await preview([
      'SKU, Location ,Quantity,LOT',
      'MILK-1L,C-01-01,80,L2611A',
      'MILK-1L,C-01-02,10,',
      'BOX-S,A-01-01,250,',
      'MILK-1L,DOCK-01,48,L2700',
      'BOX-S,B-99-9,1,',
      'TAPE-48,A-01-02,2.5,',
    ].join('\n'));
    expect(p.columns).toEqual(['SKU', 'Location', 'Quantity', 'LOT']);
    expect(p.rows.map((r) => [r.row, r.sku, r.status, r.message])).toEqual([
      [2, 'MILK-1L', 'unchanged', null],
      [3, 'MILK-1L', 'refused', 'MILK-1L tracks lots: this row needs a lot (R11)'],
      [4, 'BOX-S', 'set', null],
      [5, 'MILK-1L', 'lot-change', 'lot L2612B replaced by L2700: written as remove and place (R10)'],
      [6, 'BOX-S', 'refused', 'unknown location B-99-9'],
      [7, 'TAPE-48', 'refused', 'quantity must be a whole number ≥ 0 (at most 1,000,000), not "2.5"'],
    ]);
    expect(p.rows[2]).toMatchObject({ locationCode: 'A-01-01', quantity: 250, lot: null, current: { quantity: 300, lot: null } });
    expect(p.summary).toEqual({ total: 6, set: 1, lotChange: 1, unchanged: 1, refused: 3 });
    expect(await count('SELECT count(*)::int AS n FROM operations')).toBe(operations);
    expect(await count('SELECT count(*)::int AS n FROM transactions')).toBe(transactions);
    expect(await slot('BOX-S', 'A-01-01')).toMatchObject({ quantity: 300 });
  });

  test('R11, R10, R12: a commit applies the good rows, refuses a tracked row without a lot, writes the lot change as the pair, as ONE audited operation', async () => {
    const device = new TestDevice(h.app, token, 'tab-watch');
    while ((await device.pull()).hasMore) { /* first sync */ }
    // LISTEN is in place before the commit: a notification sent before it would be lost, and the test would wait forever.
    let heard: (payload: string) => void = () => undefined;
    const announced = new Promise<string>((resolve) => { heard = resolve; });
    const unlisten = await h.db.listen(CHANGES_CHANNEL, (payload) => {
      if (payload.includes('server:import')) heard(payload);
    });
    const opId = randomUUID();
    const sheet = [
      'sku,location,quantity,lot',
      'YOG-500,C-01-04,20,',
      'YOG-500,C-01-03,150,Y26-0101',
      'TAPE-48,A-01-02,100,',
      'ICE-2L,F-01-02,30,IC240902',
    ].join('\r\n');
    const result = await commit(sheet, opId);
    expect(result).toMatchObject({ opId, outcome: 'applied', duplicate: false, summary: { total: 4, set: 2, lotChange: 1, unchanged: 0, refused: 1 } });
    expect(result.rows[0]).toMatchObject({ status: 'refused', message: 'YOG-500 tracks lots: this row needs a lot (R11)' });
    expect(await slot('YOG-500', 'C-01-04')).toMatchObject({ quantity: 0 });
    expect(await slot('YOG-500', 'C-01-03')).toMatchObject({ quantity: 150, lot: 'Y26-0101' });
    expect(await slot('TAPE-48', 'A-01-02')).toMatchObject({ quantity: 100 });
    expect(await slot('ICE-2L', 'F-01-02')).toMatchObject({ quantity: 30, lot: 'IC240902' });

    const txs = (await h.db.query<{ type: string; quantity: number; lot: string | null; deviceId: string; userId: string; sku: string }>(
      `SELECT t.type, t.quantity, t.lot, t.device_id AS "deviceId", t.user_id AS "userId", i.sku FROM transactions t JOIN items i ON i.id = t.item_id
        WHERE t.op_id = $1 ORDER BY t.seq`, [opId])).rows;
    expect(txs.map((t) => [t.sku, t.type, t.quantity, t.lot])).toEqual([
      ['YOG-500', 'adjust-remove', -150, 'Y25-0917'],
      ['YOG-500', 'adjust-place', 150, 'Y26-0101'],
      ['TAPE-48', 'adjust', -20, null],
      ['ICE-2L', 'adjust', 5, 'IC240902'],
    ]);
    expect(new Set(txs.map((t) => `${t.deviceId} ${t.userId}`))).toEqual(new Set(['server:import usr-sam']));

    const op = (await h.db.query<{ type: string; userId: string; deviceId: string; seq: number; outcome: string; details: { summary: Summary; rows: unknown[][]; rowKeys: string[]; file: string } }>(
      'SELECT type, user_id AS "userId", device_id AS "deviceId", seq::int AS seq, outcome, details FROM operations WHERE id = $1', [opId])).rows[0];
    expect(op).toMatchObject({ type: 'importStock', userId: 'usr-sam', deviceId: 'server:import', outcome: 'applied', details: { file: 'stock.csv', summary: result.summary } });
    // The per-row results are kept with the operation (as arrays in rowKeys order).
    const stored = op?.details.rows.map((values) => Object.fromEntries(op.details.rowKeys.map((k, i) => [k, values[i]])));
    expect(stored).toEqual(result.rows);

    // Devices see it through the normal pull, after the live nudge.
    expect(JSON.parse(await announced)).toMatchObject({ deviceId: 'server:import' });
    await unlisten();
    const changed = await device.pull();
    expect(changed.changes.slots.find((s) => s.itemId === 'itm-yog' && s.lot === 'Y26-0101')).toMatchObject({ quantity: 150 });
  });

  test('C1: a commit sent again with the same id returns the first result and applies nothing again', async () => {
    const opId = randomUUID();
    const first = await commit('sku,location,quantity,lot\nBOX-S,A-01-01,275,\n', opId);
    const transactions = await count('SELECT count(*)::int AS n FROM transactions');
    const again = await commit('sku,location,quantity,lot\nBOX-S,A-01-01,999,\n', opId);
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await count('SELECT count(*)::int AS n FROM transactions')).toBe(transactions);
    expect(await slot('BOX-S', 'A-01-01')).toMatchObject({ quantity: 275 });
    // The import device numbers its operations like any device.
    const seqs = (await h.db.query<{ seq: number }>("SELECT seq::int AS seq FROM operations WHERE device_id = 'server:import' ORDER BY seq")).rows.map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const used = await send(`/api/supervisor/import/stock/commit?opId=${opId}`, 'sku,location,quantity,lot\nBOX-S,A-01-01,1,\n');
    expect(used.statusCode).toBe(200);
    const bad = await send('/api/supervisor/import/stock/commit?opId=not-a-uuid', 'sku,location,quantity,lot\nBOX-S,A-01-01,1,\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid-request', message: expect.stringContaining('query.opId') as unknown } });
  });

  test('importStock is an operation like any other: a supervisor\'s device may push it, an operator\'s is refused (C3)', async () => {
    const tablet = new TestDevice(h.app, token, 'tab-import');
    const [outcome] = await tablet.push([tablet.op('importStock', { rows: [{ row: 2, item: 'BOX-S', location: 'A-01-01', quantity: '260', lot: '' }] })]);
    expect(outcome).toMatchObject({ outcome: 'applied', duplicate: false });
    expect(await slot('BOX-S', 'A-01-01')).toMatchObject({ quantity: 260 });
    const scanner = new TestDevice(h.app, await loginAs(h.app, 'OP-1001', '1234'), 'dev-op');
    const [refused] = await scanner.push([scanner.op('importStock', { rows: [{ row: 2, item: 'BOX-S', location: 'A-01-01', quantity: '1', lot: '' }] })]);
    expect(refused).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
    expect(await slot('BOX-S', 'A-01-01')).toMatchObject({ quantity: 260 });
  });

  test('a cell with a character that cannot be stored (NUL) refuses its row, never the import', async () => {
    // Past the first 4 KiB (where a NUL means "not a text file"): 5,000 empty rows in between.
    const sheet = `sku,location,quantity,lot\nTAPE-48,A-01-02,100,\n${',,,\n'.repeat(5_000)}MILK-1L,C-01-02,4,L\u0000X\n`;
    const result = await commit(sheet);
    expect(result.rows.map((r) => [r.row, r.status, r.lot])).toEqual([[2, 'unchanged', null], [5003, 'refused', 'L\uFFFDX']]);
    expect(result.rows[1]?.message).toBe('cell D5003 (lot) contains a character that cannot be stored (NUL or a broken character): retype it');
  });

  test('bad files are a 400 that says what to send; nothing is applied', async () => {
    const cases: [string | Buffer, string, string][] = [
      ['', 'bad-file', 'empty'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'bad-file', '.xls'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'bad-file', '.xlsx file could not be read'],
      [Buffer.from([0x00, 0x01, 0x02, 0x7f, 0x00, 0x10]), 'bad-file', 'neither CSV'],
      ['\n\n', 'no-header', 'first row must name the columns'],
      ['product,bin,count\nBOX-S,A-01-01,1\n', 'bad-columns', 'expected columns sku (or item), location, quantity, lot'],
      ['sku,location,quantity,lot,Lot\nBOX-S,A-01-01,1,,\n', 'bad-columns', 'appears twice'],
      ['item,location,quantity,lot\n', 'no-rows', 'no rows'],
    ];
    const before = await count('SELECT count(*)::int AS n FROM operations');
    for (const [body, code, words] of cases) {
      const response = await send(`/api/supervisor/import/stock/commit?opId=${randomUUID()}`, body);
      expect(response.statusCode, code).toBe(400);
      expect(response.json<{ error: { code: string; message: string } }>().error, words).toMatchObject({ code, message: expect.stringContaining(words) as unknown });
    }
    const wrong = await send('/api/supervisor/import/stock/preview', 'product,bin,count\nBOX-S,A-01-01,1\n');
    expect(wrong.json()).toMatchObject({ error: { details: { missing: ['sku', 'location', 'quantity', 'lot'], columns: ['product', 'bin', 'count'] } } });
    const twice = await send('/api/supervisor/import/stock/preview', 'sku,location,quantity,lot,Lot\nBOX-S,A-01-01,1,,\n');
    expect(twice.json()).toMatchObject({ error: { code: 'bad-columns', details: { column: 'Lot' } } });
    expect(await count('SELECT count(*)::int AS n FROM operations')).toBe(before);
  });

  test('the import takes file bytes only; the rest of the API still answers 415 to anything but JSON', async () => {
    const json = await h.app.inject({
      method: 'POST', url: '/api/supervisor/import/stock/preview', headers: { authorization: `Bearer ${token}` }, payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
    const png = await send('/api/supervisor/import/stock/preview', Buffer.from('x'), 'image/png');
    expect(png.statusCode).toBe(415);
    expect(png.json()).toMatchObject({ error: { code: 'unsupported-media-type', message: expect.stringContaining('text/csv') as unknown } });
    const push = await send('/api/sync/push', 'sku,location\n');
    expect(push.statusCode).toBe(415);
    // 3.4 MB: over the API's 2 MiB, within the import's 25 MiB; over the 100,000 rows one import takes.
    const many = await send('/api/supervisor/import/stock/preview', `sku,location,quantity,lot\n${'BOX-S,A-01-01,1,\n'.repeat(200_000)}`);
    expect(many.statusCode).toBe(400);
    expect(many.json()).toMatchObject({ error: { code: 'too-many-rows', message: expect.stringContaining('at most 100,000') as unknown, details: { rows: 200_000, max: 100_000 } } });
    const huge = await send('/api/supervisor/import/stock/preview', Buffer.alloc(26 * 1024 * 1024, 0x41));
    expect(huge.statusCode).toBe(413);
  });

  test('CSV: leading zeros, dates and Excel\'s ="…" stay text as typed; ; separators; a formula is refused, never evaluated', async () => {
    const p = await preview([
      'sku;location;quantity;lot;condition',
      'MILK-1L;C-01-02;5;007;',
      'ICE-2L;F-01-03;3;2024-08-11;',
      'TC52;A-02-03;1;="0042";damaged',
      'YOG-500;C-01-04;=2+3;Y1;',
      'TC52;A-02-03;1;T1;broken',
    ].join('\n'));
    expect(p.rows.map((r) => [r.lot, r.status])).toEqual([['007', 'set'], ['2024-08-11', 'set'], ['0042', 'set'], ['Y1', 'refused'], ['T1', 'refused']]);
    expect(p.rows[3]?.message).toBe('cell C5 (quantity) is a formula without a saved value: type the value, or open and save the file in Excel first');
    expect(p.rows[4]?.message).toBe('TC52 has no condition "broken": use new, used, damaged');
  });

  test('xlsx: formulas give their saved value (or the row is refused), dates and zero-padded numbers in the lot column stay text as shown', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['Item', 'Location', 'Qty', 'Lot', 'Condition']);
      sheet.addRow(['MILK-1L', 'C-01-02', { formula: '10+5', result: 15 }, 'L-F1', '']);
      sheet.addRow(['YOG-500', 'C-01-04', { formula: 'C2*2' }, 'Y-F2', '']);
      const date = sheet.addRow(['ICE-2L', 'F-01-03', 3, new Date(Date.UTC(2024, 7, 11)), '']);
      date.getCell(4).numFmt = 'yyyy-mm-dd';
      const padded = sheet.addRow(['TC52', 'A-02-03', 1, 7, 'damaged']);
      padded.getCell(4).numFmt = '000';
      sheet.addRow(['TC52', 'A-02-03', 2, '0099', 'used']);
      sheet.addRow(['BOX-S', 'A-01-01', { error: '#N/A' }, '', '']);
      sheet.addRow([]);
      sheet.addRow(['TAPE-48', 'A-01-02', 130, '', '']);
    });
    const opId = randomUUID();
    const result = await commit(file, opId, XLSX);
    expect(result.rows.map((r) => [r.row, r.sku, r.quantity, r.lot, r.status])).toEqual([
      [2, 'MILK-1L', 15, 'L-F1', 'set'],
      [3, 'YOG-500', null, 'Y-F2', 'refused'],
      [4, 'ICE-2L', 3, '2024-08-11', 'set'],
      [5, 'TC52', 1, '007', 'set'],
      [6, 'TC52', 2, '0099', 'lot-change'],
      [7, 'BOX-S', null, null, 'refused'],
      [9, 'TAPE-48', 130, null, 'set'],
    ]);
    expect(result.rows[1]?.message).toContain('cell C3 (quantity) is a formula without a saved value');
    expect(result.rows[5]?.message).toBe('cell C7 (quantity) shows an error value');
    expect(await slot('ICE-2L', 'F-01-03')).toMatchObject({ quantity: 3, lot: '2024-08-11' });
    expect(await slot('TC52', 'A-02-03', 'damaged')).toMatchObject({ quantity: 1, lot: '007' });
    expect(await slot('TC52', 'A-02-03', 'used')).toMatchObject({ quantity: 2, lot: '0099' });
  });
});
