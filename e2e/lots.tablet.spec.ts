// Issue 8 on a supervisor's tablet: a lot's page shows its expiry and status,
// a hold with its reason is saved, reaches the server and shows in the hold
// history; the near-expiry report lists the lot by location with its quantity
// and exports it as CSV.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { assignStock, createItems, createLocations, OPERATOR, pushOps, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

test.describe.configure({ timeout: 60_000 });

/** YYMMDD `days` days from now, as a GS1 (17) date. */
function gs1In(days: number): { yymmdd: string; iso: string } {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return { yymmdd: iso.slice(2).replace(/-/g, ''), iso };
}

test('a supervisor holds a lot with a reason from its page, sees the history, and exports the near-expiry report', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVLOT-${tag}`;
  const shelf = `SVLOT1-${tag}`;
  const lot = `NX${tag}`;
  const soon = gs1In(10);
  await createItems(request, [{ sku, name: `Lot page ${tag}`, lotTracked: true }]);
  await createLocations(request, [shelf]);
  expect((await assignStock(request, sku, shelf, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');
  expect((await pushOps(request, OPERATOR, [
    { type: 'restock', payload: { item: sku, lines: [{ location: shelf, quantity: 12, lot, gs1: { expiry: soon.yymmdd } }] } },
  ]))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.nav.getByRole('link', { name: 'Lots' }).click();
  await expect(sv.heading('Lots')).toBeVisible();

  // Near-expiry report: the lot by location with its quantity, exported.
  const report = page.getByRole('table', { name: 'Near-expiry stock' });
  const row = report.getByRole('row').filter({ hasText: lot });
  await expect(row).toContainText(`${sku}${lot}${soon.iso}10Available${shelf}12`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await downloading).path(), 'utf8');
  expect(csv).toContain(`${sku},${lot},${soon.iso},10,available,${shelf},12`);

  // The lot's page: hold with a reason.
  const find = page.getByRole('form', { name: 'Find a lot' });
  await find.getByLabel('Item (SKU or GTIN)').fill(sku);
  await find.getByLabel('Lot').fill(lot);
  await find.getByRole('button', { name: 'Open lot' }).click();
  await expect(page.getByTestId('lot-status')).toHaveText('Available');
  const hold = page.getByRole('form', { name: 'Put on hold' });
  await hold.getByLabel('Reason').fill(`Recall ${tag}`);
  await hold.getByRole('button', { name: 'Put lot on hold' }).click();
  await expect(page.getByTestId('lot-status')).toHaveText('On hold');
  await expect(page.getByRole('table', { name: 'Hold history' })).toContainText(`Held${`Recall ${tag}`}`);
  await expect(row).toContainText('On hold');
  // The server has it: releasing it as another supervisor device is accepted, holding it again is not a no-op.
  expect((await pushOps(request, ['SV-3001', '3456'], [
    { type: 'holdLot', payload: { item: sku, lot, action: 'hold', reason: 'again' } },
  ]))[0]).toMatchObject({ outcome: 'rejected', code: 'lot-hold-unchanged' });
});

test('a recalled lot is put on hold from the recall view itself, with its hold history beside the trace', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `RCLOT-${tag}`;
  const shelf = `RCLOT1-${tag}`;
  const lot = `RC${tag}`;
  await createItems(request, [{ sku, name: `Recall hold ${tag}`, lotTracked: true }]);
  await createLocations(request, [shelf]);
  expect((await assignStock(request, sku, shelf, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');
  expect((await pushOps(request, OPERATOR, [
    { type: 'restock', payload: { item: sku, lines: [{ location: shelf, quantity: 7, lot, gs1: { expiry: gs1In(90).yymmdd } }] } },
  ]))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Recall');
  const search = page.getByRole('form', { name: 'Recall search' });
  await search.getByLabel('Lot', { exact: true }).fill(lot);
  await search.getByRole('button', { name: 'Find lot' }).click();
  await expect(page.getByRole('article', { name: `Recall of lot ${lot}` })).toContainText(`${shelf}${sku}`);
  const lotPage = page.getByRole('region', { name: `Lot ${lot}` });
  await expect(lotPage.getByTestId('lot-status')).toHaveText('Available');
  await lotPage.getByRole('form', { name: 'Put on hold' }).getByLabel('Reason').fill(`Recall ${tag}`);
  await lotPage.getByRole('button', { name: 'Put lot on hold' }).click();
  await expect(lotPage.getByTestId('lot-status')).toHaveText('On hold');
  await expect(lotPage.getByRole('table', { name: 'Hold history' })).toContainText(`HeldRecall ${tag}`);
});
