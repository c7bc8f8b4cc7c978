// A deactivated item on a phone: a restock recorded offline before the phone
// knew is applied and flagged for a supervisor (C2); once the phone knows, the
// restock and assign wizards refuse the item (its stock can still be picked:
// sync-server/test/masterdata-api.test.ts).
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { apiPut, stamp, uniqueGtin13 } from './pages/master-page';
import { RestockPage } from './pages/restock-page';
import { openFlow } from './support/flows';
import { serverRows } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;

test('C2: an item deactivated while the phone was offline: its restock is applied and flagged inactive-item; afterwards restock and assign refuse it', async ({ page, request }) => {
  const sku = `OFF-${stamp()}`;
  const gtin = uniqueGtin13();
  await apiPut(request, '/api/v1/items', { items: [{ sku, name: 'Discontinued widget', gtins: [gtin], lotTracked: false }] });
  await apiPut(request, '/api/v1/assignments', { assignments: [{ sku, location: 'A-02-02', capacity: 40 }] });

  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  await page.context().setOffline(true);
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem(gtin);
  await restock.quantity(6);
  await restock.expectPlaced('A-02-02', 6);
  await restock.confirm();
  await app.expectPending(1);

  // Meanwhile the item is deactivated in master data.
  await apiPut(request, '/api/v1/items', { items: [{ sku, name: 'Discontinued widget', active: false }] });
  await page.context().setOffline(false);
  await app.expectPending(0);

  const rows = await serverRows(request);
  const item = rows.items.findLast((i) => i.sku === sku);
  expect(item?.active).toBe(false);
  const flagged = rows.exceptions.filter((e) => e.itemId === item?.id);
  expect(flagged.map((e) => [e.code, e.status])).toEqual([['inactive-item', 'open']]);
  expect(rows.slots.findLast((s) => s.itemId === item?.id)?.quantity).toBe(6); // the goods did arrive

  // The phone knows now (its sync pulled after the push): restock refuses the scan and the search.
  await restock.open();
  await page.getByLabel('Item (scan or type SKU / GTIN)').fill(gtin);
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  const refusal = `${sku} is deactivated: it is no longer received.`;
  await expect(page.getByRole('alert').filter({ hasText: refusal }).first()).toBeVisible();
  await page.getByLabel('Search items').fill(sku);
  const match = page.getByRole('list', { name: 'Matching items' }).getByRole('button', { name: new RegExp(sku) });
  await expect(match).toContainText('deactivated');
  await match.click();
  await expect(page.getByRole('heading', { name: 'Restock · Item' })).toBeVisible();

  await openFlow(page, 'Assign', 'Item');
  await page.getByLabel('Search items').fill(sku);
  await page.getByRole('list', { name: 'Matching items' }).getByRole('button', { name: new RegExp(sku) }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${sku} is deactivated: it is no longer assigned.` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Assign · Item' })).toBeVisible();
});
