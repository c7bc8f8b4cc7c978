// Cycle count end to end on a phone, driven by wedge scans: a corrected lot,
// a count on stale figures, a serial count with a unit missing, and lot
// tracking switched on while a device restocked offline.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CountPage, fontPx, pushAs, seedTrackedItem } from './pages/count-page';
import { scanExpecting } from './support/tones';
import { RestockPage } from './pages/restock-page';
import { loginToken, serverRows, slotAt } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

// The first two tests count the same slot (YOG-500 at C-01-03), one after the other.
// Wedge scans are retried when a loaded machine stretches them into typing (see CountPage.scanUntil).
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('R9, R10: a corrected lot scanned offline is the remove-and-place pair: the slot takes the new lot', async ({ page, context, request }) => {
  const before = slotAt(await serverRows(request), 'itm-yog', 'loc-c-01-03')!;
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  await context.setOffline(true);

  const count = new CountPage(page);
  await count.open();
  await count.scanLocation('C-01-03');
  await count.scanItem('YOG-500');
  await count.expectExpected(before.lot!, before.quantity);
  await expect(page.getByLabel('Counted lot')).toHaveValue(before.lot!);
  // R9: the lot label scanned corrects the lot.
  await count.scanLot('Y25-0999');
  await expect(page.getByText(`Lot corrected from ${before.lot} to Y25-0999`)).toBeVisible();
  await count.finish();
  await expect(page.getByText('two transactions')).toBeVisible();
  await count.confirm();
  await expect(page.getByRole('alert').filter({ hasText: 'flag' })).toHaveCount(0);
  await app.expectPending(1);

  await context.setOffline(false);
  // Back online the queue drains by itself; on a loaded machine that can take a while.
  await expect(app.pending).toHaveText('0 pending', { timeout: 45_000 });
  await app.expectSynced();
  const after = slotAt(await serverRows(request), 'itm-yog', 'loc-c-01-03')!;
  expect(after).toMatchObject({ quantity: before.quantity, lot: 'Y25-0999', lotUnknown: false, needsCount: false });
  await expect(page.getByRole('button', { name: 'Attention: 1' })).toHaveCount(0);
});

test('C2: a count based on stale figures is recorded and flagged: the inbox says so', async ({ page, context, request }) => {
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const before = slotAt(await serverRows(request), 'itm-yog', 'loc-c-01-03')!;
  await context.setOffline(true);

  const count = new CountPage(page);
  await count.open();
  await count.scanLocation('C-01-03');
  await count.scanItem('YOG-500');
  await count.expectExpected(before.lot!, before.quantity);
  await page.getByRole('textbox', { name: 'Counted quantity' }).fill(String(before.quantity - 1));
  await count.finish();
  await count.confirm();

  // Meanwhile another device picks 3 from the slot and syncs.
  const pick = await pushAs(request, ...SUPERVISOR, 'pick', { item: 'YOG-500', location: 'C-01-03', condition: '', quantity: 3 });
  expect(pick.outcome).toBe('applied');

  await context.setOffline(false);
  // Back online the queue drains by itself; on a loaded machine that can take a while.
  await expect(app.pending).toHaveText('0 pending', { timeout: 45_000 });
  await app.openInbox();
  await expect(page.getByRole('listitem').filter({ hasText: 'Cycle count raised an exception' })
    .filter({ hasText: 'The count was based on old figures' })).toBeVisible();
  // The count is a physical fact: applied as counted, the slot marked for a count.
  const after = slotAt(await serverRows(request), 'itm-yog', 'loc-c-01-03')!;
  expect(after).toMatchObject({ quantity: before.quantity - 1, needsCount: true });
  const rows = await serverRows(request);
  expect(rows.exceptions.some((e) => e.code === 'stale-count' && e.slotId === after.id)).toBe(true);
});

test('R14: a serial count scanning 3 of the 4 pumps flags the missing one; the lots do not change', async ({ page, context, request }) => {
  const beforeRows = await serverRows(request);
  const lotsBefore = new Map(beforeRows.serials.filter((s) => s.itemId === 'itm-pump').map((s) => [s.serial, s.lot]));
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  await context.setOffline(true);

  const count = new CountPage(page);
  await count.open();
  await count.scanLocation('A-02-01');
  await count.scanItem('PUMP-X2', 'Serials');
  for (const serial of ['PX2-0001', 'PX2-0002', 'PX2-0003']) await count.scanSerial(serial);
  const counted = page.getByRole('list', { name: 'Counted serials' });
  await expect(counted.getByRole('listitem')).toHaveCount(3);
  // R13: every serial shows its lot.
  await expect(counted.getByRole('listitem').filter({ hasText: 'PX2-0001' })).toContainText('lot PX-L01');
  await expect(counted.getByRole('listitem').filter({ hasText: 'PX2-0003' })).toContainText('lot PX-L02');
  await expect(page.getByRole('list', { name: 'Serials not scanned yet' })).toContainText('PX2-0004');
  await count.finish();
  await count.confirm();
  await expect(page.getByText('Serials expected in the slot were not found in the count')).toBeVisible();

  await context.setOffline(false);
  // Back online the queue drains by itself; on a loaded machine that can take a while.
  await expect(app.pending).toHaveText('0 pending', { timeout: 45_000 });
  const rows = await serverRows(request);
  const pumps = new Map(rows.serials.filter((s) => s.itemId === 'itm-pump').map((s) => [s.serial, s]));
  for (const name of ['PX2-0001', 'PX2-0002', 'PX2-0003', 'PX2-0004']) expect(pumps.get(name)?.lot).toBe(lotsBefore.get(name));
  expect(pumps.get('PX2-0004')?.status).toBe('missing');
  expect(rows.exceptions.some((e) => e.code === 'serial-missing')).toBe(true);
  await app.openInbox();
  await expect(page.getByRole('listitem').filter({ hasText: 'Cycle count raised an exception' })
    .filter({ hasText: 'Serials expected in the slot were not found' })).toBeVisible();
});

// Every demo item is asserted on by some spec, and this test has to flip one item's tracking. PUMP-X2 is
// the least shared (its slot A-02-01 is this file's; its serials keep their lots through the switch, R13),
// and it is untracked only between the first push and the device's first sync, before any scan.
test('C2: lot tracking switched on by a supervisor while a device restocked offline without lots: flagged, nothing lost', async ({ page, context, request }) => {
  const news = [`PX2-E${Date.now() % 100000}A`, `PX2-E${Date.now() % 100000}B`];
  expect((await pushAs(request, ...SUPERVISOR, 'setLotTracking', { items: ['PUMP-X2'], tracked: false })).outcome).toBe('applied');
  const app = new AppPage(page);
  try {
    await app.login(...OPERATOR);
    await app.expectSynced();
    await context.setOffline(true);
  } finally {
    // Meanwhile a supervisor switches lot tracking (back) on (R1); this device has not heard of it.
    expect((await pushAs(request, ...SUPERVISOR, 'setLotTracking', { items: ['PUMP-X2'], tracked: true })).outcome).toBe('applied');
  }

  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem('PUMP-X2');
  await page.getByRole('textbox', { name: 'Quantity to restock' }).fill('2');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Restock · Serials' })).toBeVisible();
  // Not tracked on this device: no lot asked for the new serials.
  await expect(page.getByLabel('Lot of the next serials')).toHaveCount(0);
  for (const serial of news) {
    await page.getByLabel('Serial', { exact: true }).fill(serial);
    await page.getByLabel('Serial', { exact: true }).press('Enter');
  }
  await page.getByRole('button', { name: 'Restock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Restock · Place' })).toBeVisible();
  await restock.confirm();
  await app.expectPending(1);

  await context.setOffline(false);
  // Back online the queue drains by itself; on a loaded machine that can take a while.
  await expect(app.pending).toHaveText('0 pending', { timeout: 45_000 });
  await app.openInbox();
  await expect(page.getByRole('listitem').filter({ hasText: 'Restock raised an exception' })
    .filter({ hasText: 'No lot was recorded for an item that tracks lots' }).first()).toBeVisible();
  // Nothing lost: both units are in stock, without a lot, and flagged.
  const rows = await serverRows(request);
  for (const serial of news) expect(rows.serials.find((s) => s.serial === serial)).toMatchObject({ status: 'in-stock', lot: null });
  expect(rows.exceptions.some((e) => e.code === 'lot-missing' && e.itemId === 'itm-pump')).toBe(true);
  expect(rows.items.findLast((i) => i.id === 'itm-pump')?.lotTracked).toBe(true);
});

test.describe('on a 360x640 scanner, by scans only', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('R9: a slot counted with scans only: every scan answers with its true tone, the label count sets the quantity, Confirm stays on screen', async ({ page, request }) => {
    const tag = `C${Date.now().toString(36).toUpperCase().slice(-6)}`;
    const shelf = `CT-${tag}`;
    const { sku, gtin } = await seedTrackedItem(request, tag, [{ code: shelf, lot: 'CL-1', quantity: 12 }]);
    const app = new AppPage(page);
    await app.login(...OPERATOR);
    await app.expectSynced();
    const count = new CountPage(page);
    await count.open();

    // Location: a product label and an unknown code are refused; the shelf's label is taken.
    await scanExpecting(page, `(01)${gtin}(10)CL-1`, 'error');
    await scanExpecting(page, `NOWHERE-${tag}`, 'error');
    await scanExpecting(page, shelf, 'good');
    await expect(page.getByRole('heading', { name: 'Count · Item' })).toBeVisible();
    // Scan, don't tap: the slots here are guidance, not buttons.
    await expect(page.getByRole('list', { name: 'Slots in this location' }).getByRole('button')).toHaveCount(0);

    // Item: an unknown code and an item not assigned here are refused.
    await scanExpecting(page, `NOITEM-${tag}`, 'error');
    await scanExpecting(page, 'YOG-500', 'error');
    await scanExpecting(page, sku, 'good');
    await expect(page.getByRole('heading', { name: 'Count · Quantity' })).toBeVisible();
    await count.expectExpected('CL-1', 12);
    // The counted quantity starts as the recorded one (not a blind count).
    await expect(page.getByRole('textbox', { name: 'Counted quantity' })).toHaveValue('12');
    expect(await fontPx(page.getByTestId('expected-lot'))).toBeGreaterThanOrEqual(24);
    expect(await fontPx(page.getByTestId('count-location'))).toBeGreaterThanOrEqual(24);

    // Quantity: the item's own barcode and a location are not lots; the label's (30) count sets the quantity.
    await scanExpecting(page, sku, 'error');
    await expect(page.locator('.scan-answer.error')).toContainText('own barcode');
    await scanExpecting(page, shelf, 'error');
    await scanExpecting(page, `(01)${gtin}(10)CL-1(30)11`, 'good');
    await expect(page.getByRole('textbox', { name: 'Counted quantity' })).toHaveValue('11');
    await expect(page.getByRole('button', { name: 'Finish count' })).toBeInViewport();
    await count.finish();

    await scanExpecting(page, sku, 'error');
    await expect(page.getByTestId('counted')).toHaveText('11 each · lot CL-1');
    await expect(page.getByRole('button', { name: 'Confirm count' })).toBeInViewport();
    await count.confirm();
    // Done says what was saved.
    await expect(page.getByRole('definition').filter({ hasText: '11 each · lot CL-1' })).toBeVisible();
    await app.expectSynced();
    const rows = await serverRows(request);
    const item = rows.items.findLast((i) => i.sku === sku)!;
    const location = rows.locations.find((l) => l.code === shelf)!;
    expect(slotAt(rows, item.id, location.id)).toMatchObject({ quantity: 11, lot: 'CL-1' });
  });
});

test.describe('a count task planned by a supervisor', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the operator sees the planned location on the first step, counts it by scans, and the task is done', async ({ page, request }) => {
    const tag = `K${Date.now().toString(36).toUpperCase().slice(-6)}`;
    const shelf = `CK-${tag}`;
    const { sku } = await seedTrackedItem(request, tag, [{ code: shelf, lot: 'KL-1', quantity: 4 }]);
    const token = await loginToken(request, ...SUPERVISOR);
    const made = await request.post('/api/supervisor/count-tasks', { headers: { authorization: `Bearer ${token}` }, data: { kind: 'location', location: shelf } });
    expect(made.status()).toBe(201);
    const task = (await made.json()) as { id: string };

    const app = new AppPage(page);
    await app.login(...OPERATOR);
    await app.expectSynced();
    const count = new CountPage(page);
    await count.open();
    const planned = page.getByRole('list', { name: 'Locations to count' });
    await expect(planned.getByRole('listitem').filter({ hasText: shelf })).toContainText(sku);
    await scanExpecting(page, shelf, 'good');
    await expect(page.getByRole('list', { name: 'Slots in this location' })).toContainText('count task');
    await scanExpecting(page, sku, 'good');
    await count.finish();
    await count.confirm();
    await app.expectSynced();

    const done = await request.get('/api/supervisor/count-tasks?status=done', { headers: { authorization: `Bearer ${token}` } });
    expect(((await done.json()) as { rows: { id: string }[] }).rows.map((t) => t.id)).toContain(task.id);
    await page.getByRole('button', { name: 'Count another slot' }).click();
    await expect(page.getByRole('list', { name: 'Locations to count' }).getByRole('listitem').filter({ hasText: shelf })).toHaveCount(0);
  });
});
