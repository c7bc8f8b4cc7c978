// Return end to end on a phone, by keyboard-wedge scans: picked stock goes back
// into a slot holding its lot; a slot holding another lot is refused (R3).
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReturnPage } from './pages/return-page';
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
  await expect(slots.getByRole('button', { name: /F-01-01/ })).toContainText('Holds lot IC240811');

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
  await expect(page.getByText('Into A-02-03 (new)')).toBeVisible();
  await ret.quantity(1);
  await ret.confirm();
  await app.expectPending(1);
  await context.setOffline(false);
  await app.expectSynced();
  const after = newSlot(await serverRows(request));
  expect(after.quantity).toBe(before.quantity + 1);
  expect(after).toMatchObject({ lot: 'TC-2501', lotUnknown: false });
});
