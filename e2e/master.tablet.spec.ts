// Master data on a tablet: the checks a supervisor meets before anything is
// saved, the server's per-row answers to an import, deactivating instead of
// deleting, and a clear "needs a connection" state offline.
import { expect, test } from '@playwright/test';
import type { Item, Location } from '../src/domain';
import { makeXlsx } from '../sync-server/test/support/make-xlsx';
import { AppPage } from './pages/app-page';
import { apiGet, MasterPage, stamp, uniqueGtin13 } from './pages/master-page';

const SUPERVISOR = ['SV-3001', '3456'] as const;

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page);
  await app.login(...SUPERVISOR);
  await app.expectSynced();
});

test('a GTIN with a wrong check digit is refused at the field before anything is sent', async ({ page, request }) => {
  const master = new MasterPage(page);
  const sku = `BAD-${stamp()}`;
  await master.open('items/new');
  const form = page.getByRole('form', { name: 'New item' });
  await form.getByLabel('SKU').fill(sku);
  await form.getByLabel('Name').fill('Bad GTIN');
  await form.getByLabel('GTINs').fill('4006381333932');
  await form.getByRole('button', { name: 'Create item' }).click();
  await expect(form.getByRole('alert')).toHaveText('GTIN 4006381333932 has a wrong check digit (expected 1).');
  await expect(form.getByRole('textbox', { name: /GTINs/ })).toHaveAttribute('aria-invalid', 'true');
  expect((await apiGet<{ total: number }>(request, `/api/v1/items?search=${sku}`)).total).toBe(0);
});

test('an item created on the tablet reaches the device replica, and a lot-tracking change is saved as an update', async ({ page }) => {
  const master = new MasterPage(page);
  const sku = `TAB-${stamp()}`;
  const gtin = uniqueGtin13();
  await master.createItem({ sku, name: 'Tablet item', gtin });
  await page.getByRole('form', { name: `Item ${sku}` }).getByLabel('Lot tracking (R1)').check();
  await page.getByRole('button', { name: 'Save item' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${sku}: updated` })).toBeVisible();
  // After the write the device pulled: the restock search on this tablet finds the item with its lot tag.
  await page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Restock', exact: true }).click();
  await page.getByLabel('Search items').fill(sku);
  await expect(page.getByRole('list', { name: 'Matching items' }).getByRole('button', { name: new RegExp(sku) })).toContainText('lots');
});

test('importing items from XLSX previews each row, sends only the good ones, and shows the server answer per row', async ({ page, request }) => {
  const master = new MasterPage(page);
  const id = stamp();
  const file = makeXlsx([
    ['SKU', 'Name', 'GTIN', 'Lot tracked', 'Shelf life days'],
    [`IMP-${id}-1`, 'Imported one', uniqueGtin13(), 'yes', 30],
    [`IMP-${id}-2`, 'Imported two', '4006381333932', 'no', null],
    [`IMP-${id}-3`, 'Imported three', null, 'maybe', null],
    [`IMP-${id}-4`, 'Imported four', null, 'no', 10],
  ]);
  await master.open('import/items');
  await page.getByLabel('Items file (CSV or XLSX)').setInputFiles({ name: 'items.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(file) });
  await expect(page.getByText('2 rows ready, 2 with errors')).toBeVisible();
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row').filter({ hasText: `IMP-${id}-2` })).toContainText('GTIN 4006381333932 has a wrong check digit (expected 1)');
  await expect(preview.getByRole('row').filter({ hasText: `IMP-${id}-3` })).toContainText('lotTracked must be yes or no, not "maybe"');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toHaveText('Imported: 2 created, 0 updated, 0 unchanged, 0 refused by the server');
  await expect(preview.getByRole('row').filter({ hasText: `IMP-${id}-1` })).toContainText(`IMP-${id}-1: created`);
  const rows = (await apiGet<{ rows: Item[] }>(request, `/api/v1/items?search=IMP-${id}&active=true`)).rows;
  expect(rows.map((r) => [r.sku, r.lotTracked, r.shelfLifeDays])).toEqual([[`IMP-${id}-1`, true, 30], [`IMP-${id}-4`, false, 10]]);
});

test('importing the same locations CSV twice: created, then unchanged (idempotent); a duplicate code in one file is refused', async ({ page }) => {
  const master = new MasterPage(page);
  const id = stamp();
  const csv = `Location;Zone;Type\nI-${id}-1;I;storage\nI-${id}-2;I;dock\nI-${id}-3;I;freezer\nI-${id}-1;I;packing\n`;
  for (const expected of ['Imported: 1 created, 0 updated, 0 unchanged, 0 refused by the server', 'Imported: 0 created, 0 updated, 1 unchanged, 0 refused by the server']) {
    await master.open('import/locations');
    await page.getByLabel('Locations file (CSV or XLSX)').setInputFiles({ name: 'locations.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByText('1 row ready, 3 with errors')).toBeVisible();
    const preview = page.getByRole('table', { name: 'Preview' });
    await expect(preview.getByRole('row').filter({ hasText: `I-${id}-3` })).toContainText('type must be storage, receiving or packing, not "freezer"');
    await expect(preview.getByRole('row').filter({ hasText: 'also on line 5' })).toContainText(`Code I-${id}-1 is also on line 5`);
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toHaveText(expected);
  }
});

test('a location is deactivated, not deleted: it leaves the active list and can be activated again', async ({ page, request }) => {
  const master = new MasterPage(page);
  const code = `DEL-${stamp()}`;
  await master.createLocation(code, 'X');
  await page.getByRole('button', { name: 'Deactivate location' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${code}: updated` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Activate location' })).toBeVisible();
  const [row] = (await apiGet<{ rows: Location[] }>(request, `/api/v1/locations?search=${code}`)).rows;
  expect(row).toMatchObject({ code, active: false });
  await master.open('locations');
  await page.getByLabel('Search locations').fill(code);
  await expect(page.getByText('0 of 0 shown')).toBeVisible();
  await page.getByRole('combobox', { name: 'Show' }).selectOption('false');
  await expect(page.getByRole('table', { name: 'Locations' }).getByRole('row').filter({ hasText: code })).toContainText('deactivated');
  await page.getByRole('button', { name: `Edit ${code}` }).click();
  await page.getByRole('button', { name: 'Activate location' }).click();
  await expect(page.getByRole('button', { name: 'Deactivate location' })).toBeVisible();
  const [again] = (await apiGet<{ rows: Location[] }>(request, `/api/v1/locations?search=${code}`)).rows;
  expect(again).toMatchObject({ code, active: true });
});

test('offline, master data says it needs a connection; labels still work from the rows already chosen', async ({ page, context }) => {
  const master = new MasterPage(page);
  await master.open('locations');
  await page.getByLabel('Search locations').fill('C-01-0');
  await page.getByRole('checkbox', { name: 'Select C-01-01' }).check();
  await page.getByRole('checkbox', { name: 'Select C-01-02' }).check();
  await context.setOffline(true);
  await expect(page.getByRole('heading', { name: 'Needs a connection' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Master data' }).getByRole('button', { name: 'Items' }).click();
  await expect(page.getByRole('heading', { name: 'Needs a connection' })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('navigation', { name: 'Master data' }).getByRole('button', { name: 'Locations' }).click();
  await page.getByLabel('Search locations').fill('C-01-0');
  await page.getByRole('checkbox', { name: 'Select C-01-01' }).check();
  await page.getByRole('checkbox', { name: 'Select C-01-02' }).check();
  await page.getByRole('button', { name: 'Print labels (2)' }).click();
  await context.setOffline(true);
  const labels = page.locator('.label-sheet .label');
  await expect(labels).toHaveCount(2);
  await expect(labels.first()).toHaveAttribute('data-bcid', 'code128');
  await expect(labels.locator('svg')).toHaveCount(2);
});
