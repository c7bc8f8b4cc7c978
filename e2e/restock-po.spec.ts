// From master data to a receipt: a supervisor on a tablet creates a
// lot-tracked item, a location, the item's assignment and a purchase order;
// an operator's phone receives the order with two lots (R5, R3: one lot per
// slot, so the second lot goes to a second assigned location), and the
// server counts the order's line as received.
import { devices, expect, test } from '@playwright/test';
import type { PurchaseOrder } from '../src/domain';
import { AppPage } from './pages/app-page';
import { apiGet, apiPut, MasterPage, stamp, uniqueGtin13 } from './pages/master-page';
import { RestockPage } from './pages/restock-page';

const SUPERVISOR = ['SV-3001', '3456'] as const;
const OPERATOR = ['OP-1001', '1234'] as const;

test('an order created on the tablet is received on the phone with two lots, and the server counts 30 of 30 received', async ({ browser, page, baseURL, request }) => {
  test.setTimeout(90_000);
  const id = stamp();
  const sku = `CHEESE-${id}`;
  const [first, second] = [`R-${id}-1`, `R-${id}-2`];
  const order = `PO-${id}`;

  const { defaultBrowserType: _, ...tab } = devices['Galaxy Tab S4 landscape'];
  const tabletPage = await (await browser.newContext({ ...tab, baseURL: baseURL! })).newPage();
  const supervisor = new AppPage(tabletPage);
  await supervisor.login(...SUPERVISOR);
  const master = new MasterPage(tabletPage);
  await master.createItem({ sku, name: `Cheese ${id}`, gtin: uniqueGtin13(), lotTracked: true });
  await master.createLocation(first, 'R');
  await master.assign(sku, first, 20);
  // The second slot through the integration API, the way an ERP would send it.
  await apiPut(request, '/api/v1/locations', { locations: [{ code: second, zone: 'R', type: 'storage' }] });
  await apiPut(request, '/api/v1/assignments', { assignments: [{ sku, location: second, capacity: 40 }] });
  await master.createPurchaseOrder(order, 'Dairy Co', [{ sku, quantity: 30 }]);
  await master.expectReceived(order, sku, '0 / 30');

  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const restock = new RestockPage(page);
  await restock.open();
  await page.getByRole('list', { name: 'Open purchase orders' }).getByRole('button', { name: new RegExp(order) }).click();
  const lines = page.getByRole('list', { name: `Lines of ${order}` });
  await expect(lines.getByRole('button', { name: new RegExp(sku) })).toContainText('0 of 30 received');
  await lines.getByRole('button', { name: new RegExp(sku) }).click();
  await expect(page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
  // The units still due on the line are the starting quantity.
  await expect(page.getByRole('textbox', { name: 'Quantity to restock' })).toHaveValue('30');
  await expect(page.getByLabel('Purchase order')).toHaveText(`Receiving against ${order}: 0 of 30 received`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await restock.lots([{ lot: `A${id}`.slice(0, 20), quantity: 10 }, { lot: `B${id}`.slice(0, 20), quantity: 20 }]);
  await restock.expectPlaced(first, 10);
  await restock.expectPlaced(second, 20);
  await restock.confirm();
  await app.expectSynced();

  const [received] = (await apiGet<{ rows: PurchaseOrder[] }>(request, `/api/v1/purchase-orders?number=${order}`)).rows;
  expect(received?.lines).toEqual([expect.objectContaining({ line: 1, sku, quantity: 30, received: 30 })]);
  await master.expectReceived(order, sku, '30 / 30');

  // The phone sees the order as complete too.
  await page.getByRole('button', { name: 'Restock another item' }).click();
  await page.getByRole('list', { name: 'Open purchase orders' }).getByRole('button', { name: new RegExp(order) }).click();
  await expect(page.getByRole('list', { name: `Lines of ${order}` }).getByRole('button', { name: new RegExp(sku) })).toContainText('30 of 30 received');
  await tabletPage.context().close();
});
