// Serials and reports on a tablet: a serial's lot corrected by the supervisor
// (R14: the remove-and-place pair when the unit is in a location, nothing
// when it is in none), and the reports that show it by lot (R12), sorted,
// paged and exported by the server.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { assignStock, createItems, createLocations, OPERATOR, pushOps, supervisorGet, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

// Each test makes its own rows and syncs a tablet: on a busy 2-core machine that takes more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

interface TxPage { rows: { type: string; serial: string | null; lot: string | null; quantity: number; locationCode: string }[]; total: number }

test('R14: a serial in a location gets a new lot as a remove-and-place pair; the transactions report finds it by the new lot, operator and day, and exports it', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVS-${tag}`;
  const location = `SVLS-${tag}`;
  const serial = `SN-${tag}-1`;
  await createItems(request, [{ sku, name: `Infusion set ${tag}`, lotTracked: true, serialized: true }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 10, {
    quantity: 2, serials: [{ serial, lot: `OLD-${tag}` }, { serial: `SN-${tag}-2`, lot: `OLD-${tag}` }],
  }))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Serials');
  await page.getByLabel('Search serial, lot or SKU').fill(`OLD-${tag}`);
  await expect(sv.page.getByRole('grid', { name: 'Serials' }).getByRole('row')).toHaveCount(3);
  await expect(sv.gridRow('Serials', serial)).toContainText(`OLD-${tag}`);
  await expect(sv.gridRow('Serials', serial)).toContainText(location);
  await sv.gridRow('Serials', serial).getByRole('button', { name: serial }).click();

  await expect(sv.heading(`Serial ${serial}`)).toBeVisible();
  await expect(page.getByText(`The unit is in ${location}: the change is recorded as two transactions there`)).toBeVisible();
  await page.getByLabel('New lot').fill(`NEW-${tag}`);
  await page.getByRole('button', { name: 'Change lot' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Lot of ${serial} changed to NEW-${tag}.` })).toBeVisible();
  await expect(page.getByLabel('Current lot')).toHaveText(`NEW-${tag}`);
  await sv.synced();

  // The server wrote the pair: out under the old lot, in under the new one, same serial, same slot.
  const byNew = await supervisorGet<TxPage>(request, `/api/supervisor/transactions?lot=NEW-${tag}`);
  expect(byNew.rows.map((r) => [r.type, r.serial, r.quantity])).toEqual([['serial-lot-place', serial, 1]]);
  const byOld = await supervisorGet<TxPage>(request, `/api/supervisor/transactions?lot=OLD-${tag}&type=serial-lot-remove`);
  expect(byOld.rows.map((r) => [r.serial, r.quantity, r.locationCode])).toEqual([[serial, -1, location]]);

  // The report screen shows the same, filtered by lot on the server.
  await sv.open('Reports');
  const filters = page.getByRole('form', { name: 'Transaction filters' });
  await filters.getByLabel('Item (SKU)').fill(sku);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  const table = sv.table('Transactions');
  // assign x2 + remove + place, newest first.
  await expect(table.getByRole('row')).toHaveCount(1 + 4);
  await expect(table.getByRole('row').nth(1)).toContainText('Serial lot change: placed');
  await table.getByRole('button', { name: 'Qty' }).click();
  await expect(table.getByRole('columnheader', { name: /Qty/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('-1');
  await filters.getByLabel('Lot', { exact: true }).fill(`NEW-${tag}`);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(serial);
  await expect(page.getByRole('status').filter({ hasText: 'Rows 1–1 of 1' })).toBeVisible();
  // Operator (by badge) and date range are filtered on the server too.
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  await filters.getByLabel('Operator badge').fill('SV-3001');
  await filters.getByLabel('From', { exact: true }).fill(day(0));
  await filters.getByLabel('To', { exact: true }).fill(day(0));
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Sam Supervisor');
  await filters.getByLabel('To', { exact: true }).fill(day(-1));
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table).toContainText('No transaction matches these filters.');
  await filters.getByLabel('To', { exact: true }).fill(day(0));
  await filters.getByLabel('Operator badge').fill('OP-1001');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table).toContainText('No transaction matches these filters.');
  await filters.getByLabel('Operator badge').fill('SV-3001');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);

  // The CSV export carries the same filter, downloaded with the token in a header.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain(`NEW-${tag}`);
  expect(csv).toContain(serial);
  expect(csv).not.toContain(`OLD-${tag}`);
});

test('R14: a serial in no location (picked) changes lot without any transaction', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVP-${tag}`;
  const location = `SVLP-${tag}`;
  const serial = `PK-${tag}`;
  await createItems(request, [{ sku, name: `Monitor ${tag}`, lotTracked: true, serialized: true }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 5, { quantity: 1, serials: [{ serial, lot: `P1-${tag}` }] }))[0]!.outcome).toBe('applied');
  expect((await pushOps(request, OPERATOR, [{ type: 'pick', payload: { item: sku, location, condition: '', quantity: 1, serials: [serial] } }]))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Serials');
  await page.getByLabel('Search serial, lot or SKU').fill(serial);
  await expect(sv.gridRow('Serials', serial)).toContainText('Picked');
  await page.getByRole('grid', { name: 'Serials' }).locator('.vlist-body').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('The unit is in no location: only the serial\'s lot changes, no transaction is written (R14).')).toBeVisible();
  await page.getByLabel('New lot').fill(`P2-${tag}`);
  await page.getByRole('button', { name: 'Change lot' }).click();
  await expect(page.getByLabel('Current lot')).toHaveText(`P2-${tag}`);
  await sv.synced();
  const tx = await supervisorGet<TxPage>(request, `/api/supervisor/transactions?item=${sku}`);
  expect(tx.rows.map((r) => r.type).sort()).toEqual(['assign', 'pick']);
});

test('R12: the stock report lists slots with their lot, filtered by item and lot and sorted by quantity', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVR-${tag}`;
  const [l1, l2] = [`SVLR1-${tag}`, `SVLR2-${tag}`];
  await createItems(request, [{ sku, name: `Yeast ${tag}`, lotTracked: true }]);
  await createLocations(request, [l1, l2]);
  expect((await assignStock(request, sku, l1, 50, { quantity: 11, lot: `R1-${tag}` }))[0]!.outcome).toBe('applied');
  expect((await assignStock(request, sku, l2, 50, { quantity: 22, lot: `R2-${tag}` }))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Reports');
  await page.getByRole('tab', { name: 'Stock by location' }).click();
  const filters = page.getByRole('form', { name: 'Stock filters' });
  await filters.getByLabel('Item (SKU)').fill(sku);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  const table = sv.table('Stock');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText(`R1-${tag}`);
  await table.getByRole('button', { name: 'Qty' }).click();
  await table.getByRole('button', { name: /Qty/ }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('22');
  await filters.getByLabel('Lot', { exact: true }).fill(`R1-${tag}`);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText(l1);
});
