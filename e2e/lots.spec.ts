// Issue 8 on a phone: expiry dates steer a pick to the earliest lot (FEFO), a
// held lot is refused at the slot, and a pick made offline before the device
// heard of a hold ends as an exception on sync (C2). Each test makes its own
// item and locations through the master-data API and receives its lots with
// GS1 expiry dates through the push API, as a receiving operator's device would.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { pushAs } from './pages/count-page';
import { MovePage } from './pages/move-page';
import { PickPage } from './pages/pick-page';
import { loginToken, serverRows, slotAt } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;
const PICKER = ['PK-2001', '2345'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

async function put(request: APIRequestContext, token: string, path: string, data: unknown): Promise<void> {
  const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
}

interface Stocked { sku: string; itemId: string; locations: { code: string; id: string; lot: string }[] }

/** A tracked item in storage locations of its own, each holding a lot received with its GS1 (17) expiry. */
async function stock(request: APIRequestContext, prefix: string, lots: { lot: string; expiry: string }[], types: ('storage' | 'receiving')[] = []): Promise<Stocked> {
  const tag = `${Date.now().toString(36).toUpperCase().slice(-5)}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
  const sku = `${prefix}-${tag}`;
  const codes = lots.map((_, i) => `${prefix}${i}-${tag}`);
  const supervisor = await loginToken(request, ...SUPERVISOR);
  await put(request, supervisor, '/api/v1/locations', { locations: codes.map((code, i) => ({ code, zone: 'Lots', type: types[i] ?? 'storage' })) });
  await put(request, supervisor, '/api/v1/items', { items: [{ sku, name: `Lot test ${tag}`, unit: 'each', lotTracked: true }] });
  await put(request, supervisor, '/api/v1/assignments', { assignments: codes.map((location) => ({ sku, location, capacity: 50 })) });
  const restocked = await pushAs(request, ...OPERATOR, 'restock', {
    item: sku, lines: lots.map((l, i) => ({ location: codes[i], quantity: 10, lot: l.lot + tag, gs1: { expiry: l.expiry } })),
  });
  expect(restocked.outcome).toBe('applied');
  const rows = await serverRows(request);
  const itemId = rows.items.find((i) => i.sku === sku)!.id;
  return {
    sku, itemId,
    locations: codes.map((code, i) => ({ code, id: rows.locations.find((l) => l.code === code)!.id, lot: lots[i]!.lot + tag })),
  };
}

test('FEFO: a pick at the slot of the later-expiring lot is steered to the slot of the earliest one', async ({ page, request }) => {
  const { sku, itemId, locations: [late, early] } = await stock(request, 'FEFO', [
    { lot: 'LATE', expiry: '281231' }, { lot: 'SOON', expiry: '280600' },
  ]);
  const app = new AppPage(page);
  await app.login(...PICKER);
  await app.expectSynced();
  const pick = new PickPage(page);
  await pick.open();
  await pick.scanLocation(late!.code);
  await pick.wedge(sku);
  const prompt = page.getByRole('group', { name: 'Earlier lot available' });
  // Day 00 of June 2028 is its last day.
  await expect(prompt).toContainText(`lot ${early!.lot} in ${early!.code} expires first (2028-06-30)`);
  await prompt.getByRole('button', { name: `Go to ${early!.code}` }).click();
  await expect(page.getByText(`Location ${early!.code}`)).toBeVisible();
  await pick.scanItem(sku);
  await pick.expectSlotLot(`Lot ${early!.lot}`);
  await pick.quantity(2);
  await pick.confirm();
  await app.expectSynced();
  const rows = await serverRows(request);
  expect(slotAt(rows, itemId, early!.id)).toMatchObject({ quantity: 8, lot: early!.lot });
  expect(slotAt(rows, itemId, late!.id)).toMatchObject({ quantity: 10 });
});

test('a lot on hold is refused at the slot with the hold reason when the device knows of the hold', async ({ page, request }) => {
  const { sku, locations: [only] } = await stock(request, 'HOLD', [{ lot: 'H', expiry: '290101' }]);
  expect((await pushAs(request, ...SUPERVISOR, 'holdLot', { item: sku, lot: only!.lot, action: 'hold', reason: 'Recall 42' })).outcome).toBe('applied');
  const app = new AppPage(page);
  await app.login(...PICKER);
  await app.expectSynced();
  const pick = new PickPage(page);
  await pick.open();
  await pick.scanLocation(only!.code);
  await pick.wedge(sku);
  await expect(page.getByRole('alert').filter({ hasText: `Lot ${only!.lot} is on hold (Recall 42)` })).toBeVisible();
  await expect(pick.heading('Item')).toBeVisible();
});

test('C2: a pick made offline of a lot held meanwhile is recorded and ends as a lot-on-hold exception on sync', async ({ page, context, request }) => {
  const { sku, itemId, locations: [only] } = await stock(request, 'OFFH', [{ lot: 'O', expiry: '290101' }]);
  const app = new AppPage(page);
  await app.login(...PICKER);
  await app.expectSynced();

  await context.setOffline(true);
  await expect(app.syncStatus).toContainText('Offline');
  const pick = new PickPage(page);
  await pick.open();
  await pick.scanLocation(only!.code);
  await pick.scanItem(sku);
  await pick.quantity(3);
  await pick.confirm();
  await app.expectPending(1);
  // Meanwhile, at the supervisor's desk.
  expect((await pushAs(request, ...SUPERVISOR, 'holdLot', { item: sku, lot: only!.lot, action: 'hold', reason: 'Supplier recall' })).outcome).toBe('applied');

  await context.setOffline(false);
  await app.expectSynced();
  await app.openInbox();
  await expect(page.getByRole('listitem').filter({ hasText: 'Pick raised an exception' })).toContainText('A lot on hold was taken');
  const rows = await serverRows(request);
  expect(slotAt(rows, itemId, only!.id)).toMatchObject({ quantity: 7 });
  expect(rows.exceptions.some((e) => e.code === 'lot-on-hold' && e.itemId === itemId && e.status === 'open')).toBe(true);
});

test('a held lot is refused when moved from the dock to a pick face (storage), with the hold reason', async ({ page, request }) => {
  // Two lots: the dock's (held) and an empty shelf made by receiving and picking nothing there.
  const { sku, locations: [dock, shelf] } = await stock(request, 'MVH', [{ lot: 'D', expiry: '290101' }, { lot: 'S', expiry: '290101' }], ['receiving', 'storage']);
  // Empty the shelf so the move's destination is free (R3): the shelf's lot goes by a supervisor's adjust.
  expect((await pushAs(request, ...SUPERVISOR, 'adjust', { item: sku, location: shelf!.code, quantity: 0 })).outcome).toBe('applied');
  expect((await pushAs(request, ...SUPERVISOR, 'holdLot', { item: sku, lot: dock!.lot, action: 'hold', reason: 'Damaged inbound' })).outcome).toBe('applied');
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const move = new MovePage(page);
  await move.open();
  await move.scan(dock!.code, 'Item');
  await move.scan(sku, 'Lot');
  await move.scan(dock!.lot, page.getByText(`Lot ${dock!.lot} matches the slot.`));
  await move.quantity(2);
  await move.scan(shelf!.code, page.getByRole('alert').filter({ hasText: `Lot ${dock!.lot} is on hold (Damaged inbound)` }));
  await expect(page.getByRole('alert').filter({ hasText: `may not go to the pick face ${shelf!.code}` }).first()).toBeVisible();
  await move.expectStep('To');
});
