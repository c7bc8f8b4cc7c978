// A full day on a phone, partly offline, on a new lot-tracked item of its own
// (created through the master-data API the way an ERP would): receive into
// storage, register a delivery staged at the dock (assign, R8) and put it away,
// pick, pack with lot recording, move, count with a lot correction, return. Afterwards every transaction on the server carries the right lot
// (R12), the count's correction is the remove-and-place pair (R9, R10), the
// shipment records the packed lot (R15), and each slot holds one lot (R3).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { AssignPage } from './pages/assign-page';
import { CountPage, pushAs } from './pages/count-page';
import { MovePage } from './pages/move-page';
import { PackPage } from './pages/pack-page';
import { PickPage } from './pages/pick-page';
import { PutawayPage } from './pages/putaway-page';
import { RestockPage } from './pages/restock-page';
import { ReturnPage } from './pages/return-page';
import { loginToken } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

test.describe.configure({ timeout: 240_000 });

interface ReportRow { type: string; locationCode: string; lot: string | null; lotUnknown: boolean; quantity: number }

async function put(request: APIRequestContext, token: string, path: string, data: unknown): Promise<void> {
  const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  const { summary } = (await response.json()) as { summary: { errors: number } };
  expect(summary.errors, path).toBe(0);
}

test('a full day on a phone, partly offline: every transaction on the server carries the right lot', async ({ page, context, request }) => {
  const tag = Date.now().toString(36).toUpperCase().slice(-6);
  const sku = `DAY-${tag}`;
  // Storage codes sort before the dock's: restock suggests the first empty storage slot.
  const [shelfA, shelfB, shelfC, dock] = [`DA-${tag}`, `DB-${tag}`, `DC-${tag}`, `DD-${tag}`];
  const [lotA, lotB, lotD] = [`LA${tag}`, `LB${tag}`, `LD${tag}`];
  const shipment = `SH-${tag}`;

  // The morning's master data, as the ERP sends it.
  const supervisor = await loginToken(request, ...SUPERVISOR);
  await put(request, supervisor, '/api/v1/locations', {
    locations: [
      { code: dock, zone: 'Day', type: 'receiving' },
      { code: shelfA, zone: 'Day', type: 'storage' },
      { code: shelfB, zone: 'Day', type: 'storage' },
      { code: shelfC, zone: 'Day', type: 'storage' },
    ],
  });
  await put(request, supervisor, '/api/v1/items', {
    items: [{ sku, name: `Day test item ${tag}`, unit: 'each', lotTracked: true, lotAtPack: true }],
  });
  await put(request, supervisor, '/api/v1/assignments', {
    // The dock has no assignment yet: the operator makes it when the delivery is staged (R8).
    assignments: [{ sku, location: shelfA, capacity: 50 }, { sku, location: shelfB, capacity: 50 }, { sku, location: shelfC, capacity: 50 }],
  });
  expect((await pushAs(request, ...SUPERVISOR, 'changeSettings', { requireLotAtPack: true })).outcome).toBe('applied');

  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();

  // Receive 30 of lot A straight into storage (online).
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem(sku);
  await restock.quantity(30);
  await restock.lots([{ lot: lotA, quantity: 30 }]);
  await restock.expectPlaced(shelfA, 30);
  await restock.confirm();
  await app.expectSynced();

  // The freezer aisle has no Wi-Fi: from here to the move, everything is offline.
  await context.setOffline(true);
  // A second delivery, 12 of lot B, is staged at the dock: R8 assigns the item there with its lot.
  const assign = new AssignPage(page);
  await assign.open();
  await assign.scanItem(sku);
  await assign.scanLocation(dock);
  await assign.capacity(100);
  await page.getByRole('textbox', { name: 'Quantity' }).fill('12');
  await assign.scanLot(lotB);
  await assign.toConfirm();
  await assign.confirm();

  // Put away the staged 12 into B (A holds lot A: R3 keeps lot B out of it).
  const putaway = new PutawayPage(page);
  await putaway.open();
  await putaway.scan(dock, 'Item');
  await putaway.scan(sku, 'Lot');
  await putaway.scan(lotB, 'Quantity');
  await putaway.quantity(12);
  await expect(page.getByRole('listitem', { name: `${shelfA} unavailable` })).toContainText(`Holds lot ${lotA}`);
  await putaway.scan(shelfB, page.getByRole('textbox', { name: `Into ${shelfB}` }));
  await expect(page.getByRole('textbox', { name: `Into ${shelfB}` })).toHaveValue('12');
  await putaway.confirm();

  const pick = new PickPage(page);
  await pick.open();
  await pick.scanLocation(shelfA);
  await pick.scanItem(sku);
  await pick.expectSlotLot(`Lot ${lotA}`);
  await pick.quantity(5);
  await pick.confirm();

  const pack = new PackPage(page);
  await pack.open();
  await pack.scanShipment(shipment);
  await pack.scanItem(sku);
  await page.getByRole('textbox', { name: 'Quantity packed' }).fill('5');
  await pack.scanLot(lotA);
  await pack.addLine();
  await pack.finish();
  await pack.confirm();

  const move = new MovePage(page);
  await move.move(shelfA, sku, lotA, 3, shelfC);
  await app.expectPending(5);

  await context.setOffline(false);
  await expect(app.pending).toHaveText('0 pending', { timeout: 60_000 });
  await app.expectSynced();

  // The count at C finds the goods carry lot D: the correction is the remove-and-place pair.
  const count = new CountPage(page);
  await count.open();
  await count.scanLocation(shelfC);
  await count.scanItem(sku);
  await count.expectExpected(lotA, 3);
  await count.scanLot(lotD);
  await expect(page.getByText(`Lot corrected from ${lotA} to ${lotD}`)).toBeVisible();
  await count.finish();
  await count.confirm();

  // Two of the picked units come back to A.
  const ret = new ReturnPage(page);
  await ret.open();
  await ret.scanItem(sku);
  await ret.scanLot(lotA);
  await ret.scanLocation(shelfA);
  await ret.quantity(2);
  await ret.confirm();
  await expect(app.pending).toHaveText('0 pending', { timeout: 60_000 });
  await app.expectSynced();
  await expect(app.attention).toHaveAccessibleName('Attention: 0');

  // The server's record of the day, through the supervisor's transaction report.
  const report = await request.get(`/api/supervisor/transactions?item=${sku}&sort=recordedAt&dir=asc&pageSize=100`, {
    headers: { authorization: `Bearer ${supervisor}` },
  });
  expect(report.status()).toBe(200);
  const { rows } = (await report.json()) as { rows: ReportRow[] };
  expect(rows.map((r) => [r.type, r.locationCode, r.lot, r.quantity])).toEqual([
    ['restock', shelfA, lotA, 30],
    ['assign', dock, lotB, 12],
    ['putaway-out', dock, lotB, -12],
    ['putaway-in', shelfB, lotB, 12],
    ['pick', shelfA, lotA, -5],
    ['move-out', shelfA, lotA, -3],
    ['move-in', shelfC, lotA, 3],
    ['count-remove', shelfC, lotA, -3],
    ['count-place', shelfC, lotD, 3],
    ['return', shelfA, lotA, 2],
  ]);
  expect(rows.every((r) => !r.lotUnknown)).toBe(true);

  // Stock per slot, one lot each (R3), and equal to the sum of its transactions.
  const stock = await request.get(`/api/supervisor/stock?item=${sku}&pageSize=100`, { headers: { authorization: `Bearer ${supervisor}` } });
  const slots = ((await stock.json()) as { rows: { locationCode: string; quantity: number; lot: string | null }[] }).rows;
  const byLocation = Object.fromEntries(slots.map((s) => [s.locationCode, [s.quantity, s.lot]]));
  expect(byLocation).toEqual({ [shelfA]: [24, lotA], [shelfB]: [12, lotB], [shelfC]: [3, lotD], [dock]: [0, null] });

  // R15: the recall of lot A finds the shipment that recorded it at packing.
  const recall = await request.get(`/api/supervisor/recall?lot=${lotA}&item=${sku}`, { headers: { authorization: `Bearer ${supervisor}` } });
  const found = (await recall.json()) as { shipments: { shipment: string; quantity: number }[] };
  expect(found.shipments).toEqual([expect.objectContaining({ shipment, quantity: 5 })]);
});
