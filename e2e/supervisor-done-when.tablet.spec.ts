// Issue 6's "done when", in one browser session on a tablet: a supervisor with
// the demo server switches tracking on for a stocked item and sees the count
// tasks (R1/R2), resolves an offline conflict of two devices (C2), changes a
// serial's lot (R14), imports a sheet with one bad row (R11), and runs a
// recall that finds a lot in two locations and one shipment (R12/R15).
// The rows are this test's own (the demo server is shared by every spec).
import { expect, test } from '@playwright/test';
import { assignStock, createItems, createLocations, OPERATOR, pushOps, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

test('done when: tracking switched on with count tasks, an offline conflict resolved, a serial lot changed, a sheet with one bad row imported, and a recall across two locations and one shipment', async ({ page, request }) => {
  test.setTimeout(150_000);
  const tag = uniqueTag();
  const sku = { stocked: `DW1-${tag}`, tracked: `DW2-${tag}`, serial: `DW3-${tag}` };
  const loc = { a: `DWA-${tag}`, b: `DWB-${tag}`, c: `DWC-${tag}`, d: `DWD-${tag}` };
  const lot = `DW${tag}`;
  const serial = `DWSN-${tag}`;
  await createItems(request, [
    { sku: sku.stocked, name: `Pallet wrap ${tag}` },
    { sku: sku.tracked, name: `Cold brew ${tag}`, lotTracked: true, lotAtPack: true },
    { sku: sku.serial, name: `Defibrillator ${tag}`, lotTracked: true, serialized: true },
  ]);
  await createLocations(request, Object.values(loc));
  expect((await assignStock(request, sku.stocked, loc.a, 100, { quantity: 30 }))[0]!.outcome).toBe('applied');
  expect((await assignStock(request, sku.tracked, loc.b, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');
  expect((await assignStock(request, sku.tracked, loc.c, 100, { quantity: 9, lot }))[0]!.outcome).toBe('applied');
  expect((await assignStock(request, sku.serial, loc.d, 5, { quantity: 1, serials: [{ serial, lot: `OLD${tag}` }] }))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();

  await test.step('R1/R2: tracking switched on for a stocked item; its slot is a count task', async () => {
    await page.getByLabel('Search SKU, name or GTIN').fill(sku.stocked);
    await page.getByRole('checkbox', { name: `Select ${sku.stocked}` }).check();
    await page.getByRole('button', { name: 'Track lots', exact: true }).click();
    await expect(sv.dialog()).toContainText('rule R2');
    await sv.dialog().getByRole('button', { name: 'Track lots' }).click();
    await sv.dialog().getByRole('button', { name: 'See count tasks' }).click();
    await expect(sv.table('Count tasks').getByRole('row').filter({ hasText: loc.a })).toContainText('lot unknown');
  });

  await test.step('C2: two devices put two lots into one empty slot offline; the supervisor accepts the exception', async () => {
    const restock = (l: string) => ({ type: 'restock', payload: { item: sku.tracked, lines: [{ location: loc.b, condition: '', quantity: 2, lot: l }] } });
    expect((await pushOps(request, OPERATOR, [restock(`X${tag}`)]))[0]!.outcome).toBe('applied');
    expect((await pushOps(request, OPERATOR, [restock(`Y${tag}`)]))[0]!.outcome).toBe('exception');
    await sv.open('Exceptions');
    const card = page.getByRole('listitem', { name: `Exception at ${loc.b} · ${sku.tracked}` });
    await expect(card).toContainText('A second lot went into a slot');
    await card.getByRole('button', { name: 'Accept' }).click();
    await sv.synced();
    await expect(card).toHaveCount(0);
  });

  await test.step('R14: a serial\'s lot changed on its detail', async () => {
    await sv.open('Serials');
    await page.getByLabel('Search serial, lot or SKU').fill(serial);
    await sv.gridRow('Serials', serial).getByRole('button', { name: serial }).click();
    await page.getByLabel('New lot').fill(`NEW${tag}`);
    await page.getByRole('button', { name: 'Change lot' }).click();
    await expect(page.getByLabel('Current lot')).toHaveText(`NEW${tag}`);
    await sv.synced();
  });

  await test.step('R11: a sheet with one bad row: the bad row refused, the other imported', async () => {
    await sv.open('Import');
    const csv = `sku,location,quantity,lot\n${sku.tracked},${loc.b},6,${lot}\n${sku.tracked},${loc.c},4,\n`;
    await page.getByLabel('Sheet (.csv or .xlsx)').setInputFiles({ name: 'count.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(sv.table('Import rows').getByRole('row').filter({ hasText: loc.c })).toContainText('needs a lot (R11)');
    await page.getByRole('button', { name: 'Commit 1 row' }).click();
    await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('Imported: 2 rows · 0 set · 1 lot change · 0 unchanged · 1 refused');
  });

  await test.step('R12/R15: the lot is now in two locations and one shipment recorded it at packing', async () => {
    expect((await pushOps(request, ['PK-2001', '2345'], [
      { type: 'pick', payload: { item: sku.tracked, location: loc.c, condition: '', quantity: 1 } },
      { type: 'pack', payload: { shipment: `DWSHIP-${tag}`, lines: [{ item: sku.tracked, quantity: 1, lot }] } },
    ])).map((o) => o.outcome)).toEqual(['applied', 'applied']);
    await sv.open('Recall');
    await page.getByLabel('Lot', { exact: true }).fill(lot);
    await page.getByRole('button', { name: 'Find lot' }).click();
    const report = page.getByRole('article', { name: `Recall of lot ${lot}` });
    await expect(report.getByRole('region', { name: 'Where it is now' }).getByRole('heading')).toHaveText('Where it is now: 14 in 2 locations');
    await expect(report.getByRole('region', { name: 'Shipments' }).getByRole('row').filter({ hasText: `DWSHIP-${tag}` })).toBeVisible();
  });
});
