// Stock import on a tablet (R11): a sheet made in the test, a preview of every
// row's result before anything is written, refused rows highlighted with their
// reason while the others go through, a lot change written as the
// remove-and-place pair, and a commit applied once even when its answer is
// lost and the supervisor presses Commit again (C1).
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { serverRows } from './support/server';
import { assignStock, createItems, createLocations, supervisorGet, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

// Each test makes its own rows and syncs a tablet: on a busy 2-core machine that takes more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

interface TxPage { rows: { type: string; lot: string | null; quantity: number; locationCode: string }[] }

test('R11: a CSV with one row missing its lot is previewed row by row; the commit applies the good rows once, even when pressed again after a lost answer', async ({ page, request }) => {
  const tag = uniqueTag();
  const [tracked, plain] = [`SVIT-${tag}`, `SVIU-${tag}`];
  const [l1, l2, l3] = [`SVLI1-${tag}`, `SVLI2-${tag}`, `SVLI3-${tag}`];
  await createItems(request, [{ sku: tracked, name: `Flour ${tag}`, lotTracked: true }, { sku: plain, name: `Labels ${tag}` }]);
  await createLocations(request, [l1, l2, l3]);
  expect((await assignStock(request, tracked, l1, 100, { quantity: 5, lot: `OLD-${tag}` }))[0]!.outcome).toBe('applied');
  const csv = [
    'sku,location,condition,quantity,lot',
    `${tracked},${l1},,9,NEW-${tag}`,
    `${plain},${l2},,15,`,
    `${tracked},${l3},,4,`,
  ].join('\r\n');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Import');
  await page.getByLabel('Sheet (.csv or .xlsx)').setInputFiles({ name: `stock-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();

  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toHaveText('Preview: 3 rows · 1 set · 1 lot change · 0 unchanged · 1 refused');
  const rows = sv.table('Import rows').getByRole('row');
  await expect(rows.filter({ hasText: l1 })).toContainText('Lot change');
  await expect(rows.filter({ hasText: l1 })).toContainText(`5 · OLD-${tag}`);
  await expect(rows.filter({ hasText: l2 })).toContainText('Set');
  const refused = rows.filter({ hasText: l3 });
  await expect(refused).toContainText('Refused');
  await expect(refused).toContainText(`${tracked} tracks lots: this row needs a lot (R11)`);
  await expect(refused).toHaveClass('refused');
  // Nothing is written by a preview.
  const before = await serverRows(request);
  const trackedId = before.items.find((i) => i.sku === tracked)!.id;
  expect(before.slots.find((s) => s.itemId === trackedId)).toMatchObject({ quantity: 5, lot: `OLD-${tag}` });

  // The server applies the commit, but its answer is lost on the way back.
  let lost = false;
  await page.route('**/api/supervisor/import/stock/commit*', async (route) => {
    if (lost) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'Commit 2 rows' }).click();
  await expect(page.getByRole('alert')).toContainText('Press Commit again: it is applied once');
  await page.getByRole('button', { name: 'Commit 2 rows' }).click();
  await expect(summary).toHaveText('Already imported earlier (nothing applied twice): 3 rows · 1 set · 1 lot change · 0 unchanged · 1 refused');

  const after = await serverRows(request);
  const plainId = after.items.find((i) => i.sku === plain)!.id;
  expect(after.slots.filter((s) => s.itemId === trackedId)).toEqual([expect.objectContaining({ quantity: 9, lot: `NEW-${tag}` })]);
  expect(after.slots.filter((s) => s.itemId === plainId)).toEqual([expect.objectContaining({ quantity: 15, lot: null })]);
  // R10: the lot change is the remove-and-place pair, written once.
  const tx = await supervisorGet<TxPage>(request, `/api/supervisor/transactions?item=${tracked}&sort=quantity&dir=asc`);
  expect(tx.rows.map((r) => [r.type, r.lot, r.quantity])).toEqual([
    ['adjust-remove', `OLD-${tag}`, -5], ['assign', `OLD-${tag}`, 5], ['adjust-place', `NEW-${tag}`, 9],
  ]);
});

test('R11: an Excel sheet keeps a lot with leading zeros as text, and a file that is not a sheet is refused in plain words', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVIX-${tag}`;
  const location = `SVLIX-${tag}`;
  await createItems(request, [{ sku, name: `Rice ${tag}`, lotTracked: true }]);
  await createLocations(request, [location]);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Stock');
  sheet.addRow(['SKU', 'Location', 'Quantity', 'Lot']);
  sheet.addRow([sku, location, 12, '000123']);
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Import');
  const input = page.getByLabel('Sheet (.csv or .xlsx)');
  await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(page.getByRole('alert')).toHaveText('Choose a .csv or .xlsx file.');
  await expect(page.getByRole('button', { name: 'Preview' })).toBeDisabled();

  await input.setInputFiles({ name: `rice-${tag}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  await page.getByRole('button', { name: 'Preview' }).click();
  const row = sv.table('Import rows').getByRole('row').filter({ hasText: location });
  await expect(row).toContainText('000123');
  await expect(row).toContainText('new slot');
  await page.getByRole('button', { name: 'Commit 1 row' }).click();
  await expect(page.getByRole('status', { name: 'Import summary' })).toHaveText('Imported: 1 row · 1 set · 0 lot changes · 0 unchanged · 0 refused');
  const rows = await serverRows(request);
  const id = rows.items.find((i) => i.sku === sku)!.id;
  expect(rows.slots.find((s) => s.itemId === id)).toMatchObject({ quantity: 12, lot: '000123' });
});
