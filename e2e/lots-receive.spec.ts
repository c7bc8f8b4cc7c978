// Issue 8's first step on a phone: two lots with different expiries received
// by scanning their GS1 labels in the restock wizard ((17) expiry, day 00 being
// the month's last day); the server keeps each date on its lot record, and a
// pick at the later lot's slot is steered to the earlier one (FEFO); placement
// shows each slot's lot with its expiry.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { gs1CheckDigit } from '../src/domain/gtin';
import { AppPage } from './pages/app-page';
import { PickPage } from './pages/pick-page';
import { RestockPage } from './pages/restock-page';
import { loginToken, serverRows } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;
const PICKER = ['PK-2001', '2345'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

async function put(request: APIRequestContext, token: string, path: string, data: unknown): Promise<void> {
  const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
}

test('receiving two lots by their GS1 labels keeps each expiry on the server, and picking is steered to the earlier one', async ({ browser, request }) => {
  const tag = Date.now().toString(36).toUpperCase().slice(-6);
  const sku = `EXP-${tag}`;
  const body = `50999${String(Date.now()).slice(-7)}`;
  const gtin13 = body + String(gs1CheckDigit(body));
  const gtin14 = `0${gtin13}`;
  const [first, second] = [`EA-${tag}`, `EB-${tag}`];
  const [late, soon] = [`LATE${tag}`, `SOON${tag}`];
  const supervisor = await loginToken(request, ...SUPERVISOR);
  await put(request, supervisor, '/api/v1/locations', { locations: [first, second].map((code) => ({ code, zone: 'Expiry', type: 'storage' })) });
  await put(request, supervisor, '/api/v1/items', { items: [{ sku, name: `Expiry test ${tag}`, gtins: [gtin13], lotTracked: true }] });
  await put(request, supervisor, '/api/v1/assignments', { assignments: [first, second].map((location) => ({ sku, location, capacity: 50 })) });

  const phone = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const restock = new RestockPage(page);
  await restock.open();
  // The first label names the item, its lot and its expiry.
  await restock.scanItem(`(01)${gtin14}(17)281231(10)${late}`);
  await restock.quantity(20);
  await expect(page.getByLabel(`Expiry of lot ${late}`)).toHaveValue('2028-12-31');
  await page.getByRole('textbox', { name: `Quantity of lot ${late}` }).fill('10');
  // The second label, scanned at the lots step, adds its lot with its own expiry (day 00: end of June).
  await page.getByLabel('Lot', { exact: true }).fill(`(01)${gtin14}(17)280600(10)${soon}`);
  await page.getByRole('button', { name: 'Add lot' }).click();
  await expect(page.getByLabel(`Expiry of lot ${soon}`)).toHaveValue('2028-06-30');
  await expect(page.getByRole('textbox', { name: `Quantity of lot ${soon}` })).toHaveValue('10');
  await page.getByRole('button', { name: 'Restock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Restock · Place' })).toBeVisible();
  await restock.confirm();
  await app.expectSynced();

  for (const [lot, expiry] of [[late, '2028-12-31'], [soon, '2028-06-30']] as const) {
    const response = await request.get(`/api/v1/lots?item=${sku}&lot=${lot}`, { headers: { authorization: `Bearer ${supervisor}` } });
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { record: { expiry: string | null } | null }).record).toMatchObject({ expiry });
  }

  // FEFO: a picker at the later lot's slot is sent to the earlier one.
  const rows = await serverRows(request);
  const itemId = rows.items.find((i) => i.sku === sku)!.id;
  const codeOf = (lot: string) => {
    const slot = rows.slots.findLast((s) => s.itemId === itemId && s.lot === lot)!;
    return rows.locations.find((l) => l.id === slot.locationId)!.code;
  };

  // The next receipt's placement shows each slot's lot with its expiry.
  await restock.open();
  await restock.scanItem(sku);
  await restock.quantity(1);
  await restock.lots([{ lot: `NEXT${tag}`, quantity: 1 }]);
  await expect(page.getByRole('listitem', { name: `${codeOf(late)} unavailable` })).toContainText(`Holds lot ${late}, expires 2028-12-31`);
  await expect(page.getByRole('listitem', { name: `${codeOf(soon)} unavailable` })).toContainText(`Holds lot ${soon}, expires 2028-06-30`);
  const picker = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  const pickerPage = await picker.newPage();
  const pickerApp = new AppPage(pickerPage);
  await pickerApp.login(...PICKER);
  await pickerApp.expectSynced();
  const pick = new PickPage(pickerPage);
  await pick.open();
  await pick.scanLocation(codeOf(late));
  await pick.wedge(sku);
  await expect(pickerPage.getByRole('group', { name: 'Earlier lot available' }))
    .toContainText(`lot ${soon} in ${codeOf(soon)} expires first (2028-06-30)`);
  await phone.close();
  await picker.close();
});
