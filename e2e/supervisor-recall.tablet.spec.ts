// Recall on a tablet (R12, R15): a lot scanned from its GS1 label is found in
// two locations and in the shipment that recorded it at packing, after two
// devices worked offline; the page prints without the app around it and
// exports as Excel. Settings (R15 and the scanners') are saved as an operation.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { wedgeScan } from './support/wedge';
import { assignStock, createItems, createLocations, freshGtin, OPERATOR, pushOps, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

// Each test makes its own rows and syncs a tablet: on a busy 2-core machine that takes more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

test('R12/R15: a GS1 scan of a lot finds it in two locations, its transactions and the one shipment that recorded it at packing', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVRC-${tag}`;
  const gtin = freshGtin();
  const lot = `RC${tag}`;
  const [l1, l2, dock] = [`SVLRC1-${tag}`, `SVLRC2-${tag}`, `SVLRCD-${tag}`];
  await createItems(request, [{ sku, name: `Baby formula ${tag}`, gtins: [gtin], lotTracked: true, lotAtPack: true }]);
  await createLocations(request, [l1, l2, dock]);
  expect((await assignStock(request, sku, dock, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');
  for (const l of [l1, l2]) expect((await assignStock(request, sku, l, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');
  // An offline day of two devices, synced at its end: one receives and puts away, the other picks and packs.
  expect((await pushOps(request, OPERATOR, [
    { type: 'restock', payload: { item: sku, lines: [{ location: dock, condition: '', quantity: 20, lot }] } },
    { type: 'putaway', payload: { item: sku, from: dock, to: l1, condition: '', quantity: 12, lot } },
    { type: 'putaway', payload: { item: sku, from: dock, to: l2, condition: '', quantity: 8, lot } },
  ])).map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied']);
  expect((await pushOps(request, ['PK-2001', '2345'], [
    { type: 'pick', payload: { item: sku, location: l2, condition: '', quantity: 3 } },
    { type: 'pack', payload: { shipment: `SHIP-${tag}`, lines: [{ item: sku, quantity: 3, lot, pickedLot: lot }] } },
  ])).map((o) => o.outcome)).toEqual(['applied', 'applied']);

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Recall');
  await expect(sv.heading('Recall')).toBeVisible();
  await wedgeScan(page, `(01)0${gtin}(10)${lot}`);
  await expect(page.getByLabel('Lot', { exact: true })).toHaveValue(lot);

  const report = page.getByRole('article', { name: `Recall of lot ${lot}` });
  const now = report.getByRole('region', { name: 'Where it is now' });
  await expect(now.getByRole('heading')).toHaveText('Where it is now: 17 in 2 locations');
  await expect(now.getByRole('row').filter({ hasText: l1 })).toContainText('12');
  await expect(now.getByRole('row').filter({ hasText: l2 })).toContainText('5');
  const shipments = report.getByRole('region', { name: 'Shipments' });
  await expect(shipments.getByRole('row')).toHaveCount(2);
  await expect(shipments.getByRole('row').nth(1)).toContainText(`SHIP-${tag}`);
  await expect(shipments.getByRole('row').nth(1)).toContainText('Pete Picker');
  const transactions = report.getByRole('region', { name: 'Transactions' });
  // restock, putaway out/in twice, pick.
  await expect(transactions.getByRole('heading')).toHaveText('Every transaction (6)');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  // An .xlsx is a zip archive.
  expect((await readFile(await file.path())).subarray(0, 2).toString()).toBe('PK');

  // On paper: the report without navigation, status bar or search form.
  await page.emulateMedia({ media: 'print' });
  await expect(sv.nav).toBeHidden();
  await expect(page.getByRole('form', { name: 'Recall search' })).toBeHidden();
  await expect(now).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A typed lot nobody has: said in plain words, not an error.
  await page.getByLabel('Lot', { exact: true }).fill(`NONE-${tag}`);
  await page.getByLabel('Item (SKU or GTIN, optional)').fill('');
  await page.getByRole('button', { name: 'Find lot' }).click();
  await expect(page.getByRole('article', { name: `Recall of lot NONE-${tag}` })).toContainText('No item has ever recorded this lot.');
});

test('R15: "Require lot/serial at pack" and the scanner settings are saved as one operation; a bad gap is refused before anything is saved', async ({ page }) => {
  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Settings');
  const required = page.getByLabel('Require lot/serial at pack');
  const gap = page.getByLabel('Largest gap between scanner keys (ms)');
  const was = await required.isChecked();
  const gapWas = await gap.inputValue();

  await gap.fill('500');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Largest gap');
  await sv.app.expectPending(0);

  await gap.fill(gapWas);
  await required.setChecked(!was);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  await sv.synced();
  await page.reload();
  await expect(page.getByLabel('Require lot/serial at pack')).toBeChecked({ checked: !was });

  // Put it back: other specs share this server.
  await page.getByLabel('Require lot/serial at pack').setChecked(was);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
  await sv.synced();
});
