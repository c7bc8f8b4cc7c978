// C3 fix and resend on a phone, against the real server: an assignment
// recorded offline names a condition the item loses meanwhile, so the server
// rejects it (unknown-condition). From the inbox, Fix and resend reopens the
// assign wizard refilled from the rejected payload (item, location, capacity),
// under the redo banner; confirming replaces the rejected operation.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { AssignPage } from './pages/assign-page';
import { apiPut, stamp } from './pages/master-page';
import { outbox } from './support/device-db';
import { serverRows } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;

test.describe.configure({ timeout: 120_000 });

test('C3: a rejected assignment is fixed from the inbox: the wizard comes back filled, and saving replaces the rejected operation', async ({ page, context, request }) => {
  const sku = `DUR-${stamp()}`;
  await apiPut(request, '/api/v1/items', { items: [{ sku, name: 'Hand scanner', durable: true, conditions: ['new', 'used', 'refurbished'] }] });

  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  await context.setOffline(true);
  const assign = new AssignPage(page);
  await assign.open();
  await assign.scanItem(sku);
  await assign.scanLocation('A-02-04');
  await assign.capacity(12);
  await assign.toConfirm();
  await assign.confirm();
  await app.expectPending(1);

  // Meanwhile the item stops having a "refurbished" condition: the server cannot place the assignment's row for it.
  await apiPut(request, '/api/v1/items', { items: [{ sku, name: 'Hand scanner', durable: true, conditions: ['new', 'used'] }] });
  await context.setOffline(false);
  await expect.poll(async () => (await outbox(page)).map((e) => e.state)).toEqual(['rejected']);
  const [rejected] = await outbox(page);

  await app.openInbox();
  await expect(page.getByText('This condition does not exist for the item.')).toBeVisible();
  await page.getByRole('button', { name: 'Fix and resend' }).click();
  await expect(page.getByRole('note', { name: 'Redoing a rejected operation' })).toBeVisible();
  // Refilled: straight at the stock step of the same item, location and capacity, with the item's conditions as they are now.
  await expect(page.getByRole('heading', { name: 'Assign · Stock' })).toBeVisible();
  await expect(page.getByText(sku).first()).toBeVisible();
  await expect(page.getByText('A-02-04').first()).toBeVisible();
  await assign.toConfirm();
  await assign.confirm();
  await app.expectSynced();

  // The rejected operation was replaced, and its replacement applied (an applied operation leaves the outbox).
  expect(await outbox(page)).toEqual([]);
  expect(rejected?.type).toBe('assign');
  const rows = await serverRows(request);
  const item = rows.items.findLast((i) => i.sku === sku);
  const slots = rows.slots.filter((s) => s.itemId === item?.id && s.locationId === 'loc-a-02-04');
  expect(slots.map((s) => [s.condition, s.capacity]).sort()).toEqual([['new', 12], ['used', 12]]);
});
