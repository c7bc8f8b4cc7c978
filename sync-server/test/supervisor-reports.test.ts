// Reports (R12), recall (R12, R15) and the exceptions inbox, through HTTP on
// the demo warehouse plus a day of floor work pushed by devices.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gs1CheckDigit } from '../src/domain';
import {
  BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness,
} from './harness';

interface TxRow { id: string; type: string; sku: string; lot: string | null; locationCode: string; quantity: number; userName: string; userId: string; recordedAt: string; deviceId: string; opId: string }
interface Page<R> { rows: R[]; total: number; page: number; pageSize: number }

const YOG_GTIN14 = `0${'501234500002'}${gs1CheckDigit('501234500002')}`;

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** The cells of a sheet as [row][column] with their exceljs value types. */
function cellsOf(sheet: ExcelJS.Worksheet): { value: unknown; type: number }[][] {
  const rows: { value: unknown; type: number }[][] = [];
  sheet.eachRow((row) => {
    const cells: { value: unknown; type: number }[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push({ value: row.getCell(c).value, type: row.getCell(c).type });
    rows.push(cells);
  });
  return rows;
}

describe.each(BACKENDS)('supervisor reports on %s', (backend) => {
  let h: Harness;
  let auth: { authorization: string };
  let operator: TestDevice;
  let exceptionId = '';

  const get = async <T>(url: string): Promise<T> => {
    const response = await h.app.inject({ method: 'GET', url, headers: auth });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };

  beforeAll(async () => {
    h = await startHarness(backend);
    const supervisorToken = await loginAs(h.app, ...SUPERVISOR);
    auth = { authorization: `Bearer ${supervisorToken}` };
    operator = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR), 'dev-olivia');
    const picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER), 'dev-pete');
    const supervisor = new TestDevice(h.app, supervisorToken, 'tab-sam');

    await supervisor.push([supervisor.op('changeSettings', { requireLotAtPack: true })]);
    const day = await operator.push([
      // Lot Y25-0917 now in a second location (R12 recall: two locations).
      operator.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-04', quantity: 30, lot: 'Y25-0917' }] }),
      operator.op('restock', { item: 'MILK-1L', lines: [{ location: 'C-01-02', quantity: 12, lot: '007' }] }),
      operator.op('restock', { item: 'ICE-2L', lines: [{ location: 'F-01-03', quantity: 2, lot: '=1+2' }] }),
      // C2: a second lot into C-01-01 is recorded and raises an exception.
      operator.op('restock', { item: 'MILK-1L', lines: [{ location: 'C-01-01', quantity: 5, lot: 'L999' }] }),
      operator.op('pick', { item: 'YOG-500', location: 'C-01-03', quantity: 5 }),
      // R15: the lot recorded at packing belongs to the shipment.
      operator.op('pack', { shipment: 'SHP-1', lines: [{ item: 'YOG-500', quantity: 5, lot: 'Y25-0917', pickedLot: 'Y25-0917' }] }),
    ]);
    expect(day.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied', 'exception', 'applied', 'applied']);
    const details = day[3]?.details as { exceptions: { id: string }[] };
    exceptionId = details.exceptions[0]?.id ?? '';
    expect((await picker.push([picker.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 3 })]))[0]?.outcome).toBe('applied');
  });
  afterAll(async () => h.close());

  describe('transactions', () => {
    test('R12: every transaction row carries its lot, item, location, operator, device and operation', async () => {
      const page = await get<Page<TxRow>>('/api/supervisor/transactions?lot=Y25-0917&sort=recordedAt&dir=asc');
      expect(page.rows.map((r) => [r.type, r.locationCode, r.quantity])).toEqual([
        ['assign', 'C-01-03', 150], ['restock', 'C-01-04', 30], ['pick', 'C-01-03', -5],
      ]);
      expect(page.total).toBe(3);
      expect(page.rows[1]).toMatchObject({
        sku: 'YOG-500', itemName: 'Greek yoghurt 500 g', lot: 'Y25-0917', lotUnknown: false, serial: null, condition: '',
        userId: 'usr-olivia', userName: 'Olivia Operator', deviceId: 'dev-olivia',
      });
      expect(Date.parse(page.rows[1]?.recordedAt ?? '')).not.toBeNaN();
    });

    test('filters: item by SKU or id, location by code, operator by id or badge, type, date range', async () => {
      const bySku = await get<Page<TxRow>>('/api/supervisor/transactions?item=MILK-1L');
      const byId = await get<Page<TxRow>>('/api/supervisor/transactions?item=itm-milk');
      expect(bySku.total).toBe(byId.total);
      expect(bySku.rows.every((r) => r.sku === 'MILK-1L')).toBe(true);
      const byBadge = await get<Page<TxRow>>('/api/supervisor/transactions?user=PK-2001');
      expect(byBadge.rows.map((r) => [r.userName, r.type, r.sku, r.quantity])).toEqual([['Pete Picker', 'pick', 'BOX-S', -3]]);
      expect((await get<Page<TxRow>>('/api/supervisor/transactions?user=usr-pete')).total).toBe(1);
      const picks = await get<Page<TxRow>>('/api/supervisor/transactions?type=pick&location=C-01-03');
      expect(picks.rows.map((r) => [r.sku, r.quantity])).toEqual([['YOG-500', -5]]);
      const today = new Date().toISOString().slice(0, 10);
      const all = await get<Page<TxRow>>('/api/supervisor/transactions');
      expect((await get<Page<TxRow>>(`/api/supervisor/transactions?from=${today}&to=${today}`)).total).toBe(all.total);
      expect((await get<Page<TxRow>>('/api/supervisor/transactions?to=2000-01-01')).total).toBe(0);
      expect((await get<Page<TxRow>>(`/api/supervisor/transactions?from=${new Date(Date.now() + 3_600_000).toISOString()}`)).total).toBe(0);
    });

    test("a date filter is a whole calendar day of the warehouse's time zone (settings.warehouse.timeZone), DST and all", async () => {
      const row = (await get<Page<TxRow>>('/api/supervisor/transactions?item=ICE-2L')).rows[0]!;
      const dayIn = (timeZone: string, at: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
      const at = Date.parse(row.recordedAt);
      const only = async (day: string) => (await get<Page<TxRow>>(`/api/supervisor/transactions?item=ICE-2L&from=${day}&to=${day}`)).rows.map((r) => r.id);
      const supervisor = new TestDevice(h.app, await loginAs(h.app, ...SUPERVISOR), 'tab-zone');
      const zoneTo = async (timeZone: string) => {
        expect((await supervisor.push([supervisor.op('changeSettings', { warehouse: { timeZone } })]))[0]?.outcome).toBe('applied');
      };
      try {
        // Kiritimati (UTC+14) and Pago Pago (UTC-11): at any hour one of them is on another calendar day than UTC.
        for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Chicago', 'UTC']) {
          await zoneTo(zone);
          expect(await only(dayIn(zone, at)), zone).toContain(row.id);
          expect(await only(dayIn(zone, at - 86_400_000)), zone).not.toContain(row.id);
          expect(await only(dayIn(zone, at + 86_400_000)), zone).not.toContain(row.id);
        }
        // A zone a device cannot name is refused; the zone stays as it was.
        const refused = await supervisor.push([supervisor.op('changeSettings', { warehouse: { timeZone: 'Mars/Olympus' } })]);
        expect(refused[0]?.outcome).toBe('rejected');
        expect(await only(dayIn('UTC', at))).toContain(row.id);
      } finally {
        await zoneTo('UTC');
      }
    });

    test('a bad filter is a 400 naming the query field', async () => {
      for (const [query, field] of [['type=teleport', 'type'], ['from=yesterday', 'from'], ['pageSize=501', 'pageSize'], ['sort=colour', 'sort'], ['format=pdf', 'format']]) {
        const response = await h.app.inject({ method: 'GET', url: `/api/supervisor/transactions?${query}`, headers: auth });
        expect(response.statusCode, query).toBe(400);
        expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'invalid-request', message: expect.stringContaining(`query.${field}`) as unknown });
      }
    });

    test('sorting by quantity, lot and item, both ways', async () => {
      const asc = await get<Page<TxRow>>('/api/supervisor/transactions?sort=quantity&dir=asc&pageSize=500');
      const quantities = asc.rows.map((r) => r.quantity);
      expect(quantities).toEqual([...quantities].sort((a, b) => a - b));
      const desc = await get<Page<TxRow>>('/api/supervisor/transactions?sort=item&dir=desc&pageSize=500');
      const skus = desc.rows.map((r) => r.sku);
      expect(skus).toEqual([...skus].sort().reverse());
      const lots = (await get<Page<TxRow>>('/api/supervisor/transactions?sort=lot&pageSize=500')).rows.map((r) => r.lot);
      const firstNull = lots.indexOf(null);
      expect(lots.slice(firstNull).every((l) => l === null)).toBe(true);
    });

    test('paging: pages do not overlap, together they are every row, and total stays the same', async () => {
      const all = await get<Page<TxRow>>('/api/supervisor/transactions?pageSize=500');
      const pages: TxRow[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 4); page++) {
        const p = await get<Page<TxRow>>(`/api/supervisor/transactions?pageSize=4&page=${page}`);
        expect(p).toMatchObject({ total: all.total, page, pageSize: 4 });
        pages.push(...p.rows);
      }
      expect(pages.map((r) => r.id)).toEqual(all.rows.map((r) => r.id));
      expect(new Set(pages.map((r) => r.id)).size).toBe(all.total);
    });

    test('CSV export: every matching row with a Lot column, as a download, safe against formulas', async () => {
      const all = await get<Page<TxRow>>('/api/supervisor/transactions?pageSize=500');
      const response = await h.app.inject({ method: 'GET', url: '/api/supervisor/transactions?format=csv&pageSize=2', headers: auth });
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="lotline-transactions-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Recorded at (UTC),Type,SKU,Item,Location,Condition,Lot,Lot unknown,Serial,Quantity,User,Device,Operation');
      expect(lines).toHaveLength(all.total + 1);
      const injected = lines.find((l) => l.includes('ICE-2L') && l.includes('restock'));
      expect(injected).toContain(",'=1+2,");
      const pick = lines.find((l) => l.includes('Pete Picker'));
      expect(pick).toContain(',-3,');
    });

    test('xlsx export: a lot "007" stays text, quantities are numbers, times are dates', async () => {
      const response = await h.app.inject({ method: 'GET', url: '/api/supervisor/transactions?format=xlsx&item=MILK-1L', headers: auth });
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers['content-disposition']).toMatch(/filename="lotline-transactions-.*\.xlsx"/);
      const workbook = await readWorkbook(response.rawPayload);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      const cells = cellsOf(sheet);
      const header = cells[0]?.map((c) => c.value);
      const lotColumn = header?.indexOf('Lot') ?? -1;
      const quantityColumn = header?.indexOf('Quantity') ?? -1;
      expect(lotColumn).toBeGreaterThan(0);
      const row007 = cells.find((r) => r[lotColumn]?.value === '007');
      expect(row007?.[lotColumn]?.type).toBe(ExcelJS.ValueType.String);
      expect(row007?.[quantityColumn]).toEqual({ value: 12, type: ExcelJS.ValueType.Number });
      expect(row007?.[0]?.value).toBeInstanceOf(Date);
      expect(cells).toHaveLength((await get<Page<TxRow>>('/api/supervisor/transactions?item=MILK-1L')).total + 1);
    });
  });

  describe('stock', () => {
    interface StockRow { slotId: string; sku: string; locationCode: string; zone: string; quantity: number; lot: string | null; serials: string[]; serialLots: string[]; needsCount: boolean; lotUnknown: boolean; capacity: number; condition: string }

    test('R12: stock by location with its lot, filtered by lot, zone and non-zero, sorted', async () => {
      const byLot = await get<Page<StockRow>>('/api/supervisor/stock?lot=Y25-0917');
      expect(byLot.rows.map((r) => [r.locationCode, r.quantity, r.lot])).toEqual([['C-01-03', 145, 'Y25-0917'], ['C-01-04', 30, 'Y25-0917']]);
      const chilled = await get<Page<StockRow>>('/api/supervisor/stock?zone=Chilled&nonZero=true&sort=quantity&dir=desc');
      expect(chilled.rows.map((r) => r.quantity)).toEqual([...chilled.rows.map((r) => r.quantity)].sort((a, b) => b - a));
      expect(chilled.rows.every((r) => r.zone === 'Chilled' && r.quantity !== 0)).toBe(true);
      const mixed = chilled.rows.find((r) => r.locationCode === 'C-01-01');
      expect(mixed).toMatchObject({ lot: null, lotUnknown: true, needsCount: true, quantity: 85 });
      const empty = await get<Page<StockRow>>('/api/supervisor/stock?nonZero=false&item=YOG-500');
      expect(empty.total).toBe(0);
    });

    test('R13: a serialized slot lists its serials, and the lot filter finds it by a serial\'s lot', async () => {
      const page = await get<Page<StockRow>>('/api/supervisor/stock?lot=PX-L01');
      expect(page.rows).toEqual([expect.objectContaining({
        sku: 'PUMP-X2', locationCode: 'A-02-01', quantity: 4, serials: ['PX2-0001', 'PX2-0002', 'PX2-0003', 'PX2-0004'], serialLots: ['PX-L01', 'PX-L02'],
      })]);
    });

    test('paging and the xlsx export with its Lot column as text', async () => {
      const all = await get<Page<StockRow>>('/api/supervisor/stock?pageSize=500');
      const second = await get<Page<StockRow>>('/api/supervisor/stock?pageSize=5&page=2');
      expect(second.rows.map((r) => r.slotId)).toEqual(all.rows.slice(5, 10).map((r) => r.slotId));
      const response = await h.app.inject({ method: 'GET', url: '/api/supervisor/stock?format=xlsx', headers: auth });
      const cells = cellsOf((await readWorkbook(response.rawPayload)).worksheets[0] as ExcelJS.Worksheet);
      const lot = cells[0]?.map((c) => c.value).indexOf('Lot') ?? -1;
      expect(cells.find((r) => r[lot]?.value === '007')?.[lot]?.type).toBe(ExcelJS.ValueType.String);
      expect(cells).toHaveLength(all.total + 1);
      const csv = await h.app.inject({ method: 'GET', url: '/api/supervisor/stock?format=csv&lot=007', headers: auth });
      expect(csv.body.replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual([
        'Location,Zone,SKU,Item,Condition,Quantity,Capacity,Lot,Lot unknown,Needs count,Serials',
        'C-01-02,Chilled,MILK-1L,Whole milk 1 L,,12,120,007,false,false,',
      ]);
    });
  });

  describe('recall', () => {
    interface RecallBody {
      lot: string; items: { sku: string }[];
      now: { locationCode: string; quantity: number; sku: string }[];
      serials: { serial: string; locationCode: string | null; status: string; lot: string }[];
      transactions: TxRow[];
      shipments: { shipment: string; sku: string; quantity: number; pickedLot: string | null; lotMismatch: boolean; userName: string }[];
    }

    test('R12, R15: a lot in two locations, every transaction it went through, and the shipment that recorded it at packing', async () => {
      const r = await get<RecallBody>('/api/supervisor/recall?lot=Y25-0917');
      expect(r.lot).toBe('Y25-0917');
      expect(r.items.map((i) => i.sku)).toEqual(['YOG-500']);
      expect(r.now.map((n) => [n.locationCode, n.quantity])).toEqual([['C-01-03', 145], ['C-01-04', 30]]);
      expect(r.transactions.map((t) => [t.type, t.locationCode, t.quantity])).toEqual([
        ['assign', 'C-01-03', 150], ['restock', 'C-01-04', 30], ['pick', 'C-01-03', -5],
      ]);
      expect(r.shipments).toEqual([expect.objectContaining({
        shipment: 'SHP-1', sku: 'YOG-500', quantity: 5, pickedLot: 'Y25-0917', lotMismatch: false, userName: 'Olivia Operator',
      })]);
    });

    test('a scanned GS1 code names the item (01) and the lot (10)', async () => {
      const scan = encodeURIComponent(`(01)${YOG_GTIN14}(10)Y25-0917`);
      const r = await get<RecallBody>(`/api/supervisor/recall?scan=${scan}`);
      expect(r.lot).toBe('Y25-0917');
      expect(r.now).toHaveLength(2);
      const noLot = await h.app.inject({ method: 'GET', url: `/api/supervisor/recall?scan=${encodeURIComponent(`(01)${YOG_GTIN14}`)}`, headers: auth });
      expect(noLot.statusCode).toBe(400);
      expect(noLot.json()).toMatchObject({ error: { code: 'scan-without-lot', message: expect.stringContaining('no lot') as unknown } });
      const nothing = await h.app.inject({ method: 'GET', url: '/api/supervisor/recall', headers: auth });
      expect(nothing.json()).toMatchObject({ error: { code: 'lot-required' } });
      const unknown = await h.app.inject({ method: 'GET', url: '/api/supervisor/recall?lot=Y25-0917&item=NOPE', headers: auth });
      expect(unknown.json()).toMatchObject({ error: { code: 'unknown-item', details: { item: 'NOPE' } } });
    });

    test('R13: the serials of a lot, where each one is', async () => {
      const r = await get<RecallBody>('/api/supervisor/recall?lot=PX-L01&item=PUMP-X2');
      expect(r.serials.map((s) => [s.serial, s.status, s.locationCode])).toEqual([['PX2-0001', 'in-stock', 'A-02-01'], ['PX2-0002', 'in-stock', 'A-02-01']]);
      expect(r.now).toEqual([expect.objectContaining({ locationCode: 'A-02-01', quantity: 2 })]);
    });

    test('the recall exports as a workbook with a sheet per part, and as CSV', async () => {
      const response = await h.app.inject({ method: 'GET', url: '/api/supervisor/recall?lot=Y25-0917&format=xlsx', headers: auth });
      expect(response.headers['content-disposition']).toMatch(/filename="lotline-recall-Y25-0917-.*\.xlsx"/);
      const workbook = await readWorkbook(response.rawPayload);
      expect(workbook.worksheets.map((w) => [w.name, w.rowCount])).toEqual([['Now', 3], ['Serials', 1], ['Transactions', 4], ['Shipments', 2], ['Picks', 2]]);
      const csv = await h.app.inject({ method: 'GET', url: '/api/supervisor/recall?lot=Y25-0917&format=csv', headers: auth });
      const sections = csv.body.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
      expect(sections).toEqual(['now', 'now', 'transaction', 'transaction', 'transaction', 'shipment', 'pick']);
    });
  });

  describe('exceptions', () => {
    interface ExceptionBody {
      exception: { id: string; code: string; status: string; createdAt: string };
      itemSku: string; locationCode: string;
      operation: { type: string; deviceId: string; userName: string; payload: { item: string } };
      resolvedBy: { userName: string; type: string } | null;
    }

    test('C2: an open exception with the operation behind it, its device and operator; resolved, it names who resolved it', async () => {
      const open = await get<Page<ExceptionBody>>('/api/supervisor/exceptions');
      const row = open.rows.find((r) => r.exception.id === exceptionId);
      expect(row).toMatchObject({
        exception: { code: 'second-lot-in-slot', status: 'open' }, itemSku: 'MILK-1L', locationCode: 'C-01-01',
        operation: { type: 'restock', deviceId: 'dev-olivia', userName: 'Olivia Operator', payload: { item: 'MILK-1L' } },
        resolvedBy: null,
      });
      expect(Date.parse(row?.exception.createdAt ?? '')).not.toBeNaN();
      const tablet = new TestDevice(h.app, auth.authorization.slice(7), 'tab-sam');
      expect((await tablet.push([tablet.op('resolveException', { exceptionId, action: 'accept' })]))[0]?.outcome).toBe('applied');
      const stillOpen = await get<Page<ExceptionBody>>('/api/supervisor/exceptions');
      expect(stillOpen.rows.some((r) => r.exception.id === exceptionId)).toBe(false);
      const resolved = await get<Page<ExceptionBody>>('/api/supervisor/exceptions?status=resolved');
      expect(resolved.rows.find((r) => r.exception.id === exceptionId)).toMatchObject({
        exception: { status: 'resolved' }, resolvedBy: { userName: 'Sam Supervisor', type: 'resolveException' },
      });
      const all = await get<Page<ExceptionBody>>('/api/supervisor/exceptions?status=all&pageSize=1');
      expect(all.total).toBe(stillOpen.total + resolved.total);
      expect(all.rows).toHaveLength(1);
    });
  });
});
