// Assign end to end on a phone, driven by wedge scans: an empty assignment
// needs no lot; a tracked item assigned with stock needs its lot (R8).
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { AssignPage } from './pages/assign-page';
import { serverRows, slotAt } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;

test.describe.configure({ timeout: 120_000 });

test('R8: METER-G5 assigned to A-02-04 with capacity 20 and no stock needs no lot', async ({ page, request }) => {
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const assign = new AssignPage(page);
  await assign.open();
  await assign.scanItem('METER-G5');
  await expect(page.getByText('Already assigned to A-02-02')).toBeVisible();
  await assign.scanLocation('A-02-04');
  await assign.capacity(20);
  await expect(page.getByText('0 serials')).toBeVisible();
  await assign.toConfirm();
  await assign.confirm();
  await app.expectSynced();
  const slot = slotAt(await serverRows(request), 'itm-meter', 'loc-a-02-04');
  expect(slot).toMatchObject({ capacity: 20, quantity: 0 });
});

test('R8: YOG-500 assigned offline to A-01-03 with 5 pots cannot continue without a lot; the scanned lot is placed', async ({ page, context, request }) => {
  const before = slotAt(await serverRows(request), 'itm-yog', 'loc-a-01-03')?.quantity ?? 0;
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  await context.setOffline(true);

  const assign = new AssignPage(page);
  await assign.open();
  await assign.scanItem('YOG-500');
  await assign.scanLocation('A-01-03');
  await assign.capacity(20);
  await page.getByRole('textbox', { name: 'Quantity' }).fill('5');
  // R8: the quantity needs its lot.
  await expect(page.getByText('A lot is required for this quantity')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await assign.scanLot('Y25-0950');
  await expect(page.getByText('A lot is required for this quantity')).toHaveCount(0);
  await assign.toConfirm();
  await expect(page.getByRole('list', { name: 'Stock placed' })).toContainText('lot Y25-0950');
  await assign.confirm();
  await app.expectPending(1);

  await context.setOffline(false);
  // Back online the queue drains by itself; on a loaded machine that can take a while.
  await expect(app.pending).toHaveText('0 pending', { timeout: 45_000 });
  await app.expectSynced();
  const slot = slotAt(await serverRows(request), 'itm-yog', 'loc-a-01-03');
  expect(slot).toMatchObject({ capacity: 20, quantity: before + 5, lot: 'Y25-0950' });
});
