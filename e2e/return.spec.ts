// Return end to end on a phone, by keyboard-wedge scans: picked stock goes back
// into a slot holding its lot; a slot holding another lot is refused (R3).
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReturnPage } from './pages/return-page';
import { fontPx, seedTrackedItem } from './pages/count-page';
import { scanExpecting } from './support/tones';
import { serverRows, slotAt } from './support/server';

const PICKER = ['PK-2001', '2345'] as const;

test.describe.configure({ mode: 'default' });

test('R3: 3 of ICE-2L lot IC240811 go back into F-01-01 (same lot); F-01-02 (lot IC240902) is refused, naming its lot', async ({ page, request }) => {
  const app = new AppPage(page);
  await app.login(...PICKER);
  await app.expectSynced();
  const ret = new ReturnPage(page);
  await ret.open();
  await ret.scanItem('ICE-2L');
  await ret.scanLot('IC240811');
  // Guidance: the slot with the same lot and the empty slot accept; the other lot does not.
  const slots = page.getByRole('list', { name: 'Slots of the item' });
  await expect(slots.getByRole('listitem').filter({ hasText: 'F-01-02' })).toContainText('Holds lot IC240902');
  await expect(slots.getByRole('listitem').filter({ hasText: 'F-01-01' })).toContainText('Holds lot IC240811');

  await ret.scanLocation('F-01-02');
  await expect(page.getByRole('alert').filter({ hasText: 'F-01-02 holds lot IC240902' }).first()).toBeVisible();
  await expect(ret.heading('Location')).toBeVisible();

  await ret.scanLocation('F-01-01');
  await ret.quantity(3);
  const before = slotAt(await serverRows(request), 'itm-ice', 'loc-f-01-01')!;
  await ret.confirm();
  await app.expectSynced();
  const after = slotAt(await serverRows(request), 'itm-ice', 'loc-f-01-01')!;
  expect(after.quantity).toBe(before.quantity + 3);
  expect(after).toMatchObject({ lot: 'IC240811', lotUnknown: false });
});

test('R3: a return made offline with the lot from the goods\' GS1 label goes into the condition holding that lot, and syncs once', async ({ page, context, request }) => {
  const app = new AppPage(page);
  await app.login(...PICKER);
  await app.expectSynced();
  const newSlot = (rows: Awaited<ReturnType<typeof serverRows>>) =>
    rows.slots.findLast((s) => s.itemId === 'itm-tc52' && s.locationId === 'loc-a-02-03' && s.condition === 'new')!;
  const before = newSlot(await serverRows(request));
  await context.setOffline(true);
  await expect(app.syncStatus).toContainText('Offline');
  const ret = new ReturnPage(page);
  await ret.open();
  // One label gives the item and its lot: the lot step is skipped.
  await ret.scanItem('(01)05012345000084(10)TC-2501', 'Location');
  await expect(page.getByText('Lot TC-2501', { exact: true })).toBeVisible();
  await ret.scanLocation('A-02-03');
  await expect(page.getByTestId('return-into')).toHaveText('A-02-03 (new)');
  await ret.quantity(1);
  await ret.confirm();
  await app.expectPending(1);
  await context.setOffline(false);
  await app.expectSynced();
  const after = newSlot(await serverRows(request));
  expect(after.quantity).toBe(before.quantity + 1);
  expect(after).toMatchObject({ lot: 'TC-2501', lotUnknown: false });
});

test.describe('on a 360x640 scanner, by scans only', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('R3: a return with scans only: the label gives item, lot and count, the shelf label confirms the slot, every scan has its true tone', async ({ page, request }) => {
    const tag = `R${Date.now().toString(36).toUpperCase().slice(-6)}`;
    const [same, other] = [`RT-${tag}-A`, `RT-${tag}-B`];
    const { sku, gtin } = await seedTrackedItem(request, tag, [{ code: same, lot: 'RL-1', quantity: 5 }, { code: other, lot: 'RL-2', quantity: 5 }]);
    const app = new AppPage(page);
    await app.login(...PICKER);
    await app.expectSynced();
    const ret = new ReturnPage(page);
    await ret.open();

    // Item: an unknown code is refused; the goods' GS1 label names item, lot and count (30).
    await scanExpecting(page, `NOITEM-${tag}`, 'error');
    await scanExpecting(page, `(01)${gtin}(10)RL-1(30)3`, 'good');
    await expect(ret.heading('Location')).toBeVisible();
    // Scan, don't tap: the slots are guidance, not buttons.
    await expect(page.getByRole('list', { name: 'Slots of the item' }).getByRole('button')).toHaveCount(0);

    // Location: the slot of another lot and an unknown shelf are refused; the slot holding RL-1 is taken.
    await scanExpecting(page, other, 'error');
    await expect(page.locator('.scan-answer.error')).toContainText(`${other} holds lot RL-2`);
    await scanExpecting(page, `NOWHERE-${tag}`, 'error');
    await scanExpecting(page, same, 'good');
    await expect(ret.heading('Quantity')).toBeVisible();
    // The quantity is the label's count, not 1.
    await expect(page.getByRole('textbox', { name: 'Quantity returned' })).toHaveValue('3');
    expect(await fontPx(page.getByTestId('return-into'))).toBeGreaterThanOrEqual(24);
    expect(await fontPx(page.getByTestId('return-lot'))).toBeGreaterThanOrEqual(24);

    // Quantity: one more unit scanned adds one; a label of another lot and a shelf are refused.
    await scanExpecting(page, sku, 'good');
    await expect(page.getByRole('textbox', { name: 'Quantity returned' })).toHaveValue('4');
    await scanExpecting(page, `(01)${gtin}(10)RL-2(30)1`, 'error');
    await scanExpecting(page, same, 'error');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeInViewport();
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(ret.heading('Confirm')).toBeVisible();
    await scanExpecting(page, sku, 'error');
    await expect(page.getByTestId('return-quantity')).toHaveText('4 each');
    await expect(page.getByRole('button', { name: 'Confirm return' })).toBeInViewport();
    await ret.confirm();
    // Done says what was saved.
    await expect(page.getByTestId('return-into')).toHaveText(same);
    await expect(page.getByTestId('return-quantity')).toHaveText('4 each');
    await app.expectSynced();
    const rows = await serverRows(request);
    const item = rows.items.findLast((i) => i.sku === sku)!;
    const location = rows.locations.find((l) => l.code === same)!;
    expect(slotAt(rows, item.id, location.id)).toMatchObject({ quantity: 9, lot: 'RL-1' });
  });
});
