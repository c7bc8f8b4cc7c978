// C3 fix and resend on a phone, against the real server: an assignment
// recorded offline names a condition the item loses meanwhile, so the server
// rejects it (unknown-condition). From the inbox, Fix and resend reopens the
// assign wizard refilled from the rejected payload (item, location, capacity),
// under the redo banner; confirming replaces the rejected operation.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { AssignPage } from './pages/assign-page';
import { apiPut, stamp } from './pages/master-page';
import { createLocations } from './pages/supervisor-data';
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
  // The card says what it is about, in words (issue 16.8): item, location, who and when; the rule only as small print.
  const card = page.getByRole('listitem', { name: 'Assign rejected' });
  await expect(card).toContainText(`Item${sku} · Hand scanner`);
  await expect(card).toContainText('LocationA-02-04');
  await expect(card).toContainText('WhoOlivia Operator (you)');
  await expect(card).toContainText(/When(just now|\d+ s ago|\d+ min ago)/);
  await expect(card).toContainText('Fix it and send it again, or discard it');
  await expect(card.locator('.rule')).toHaveText('Rule C3');
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

test('C3: fix and resend never proposes again the place the server refused: the wizard asks for another location, and the scanned one is saved', async ({ page, request }) => {
  const tag = stamp();
  const sku = `RFS-${tag}`;
  const good = `RFSL-${tag}`;
  const ghost = `GHOST-${tag}`;
  await apiPut(request, '/api/v1/items', { items: [{ sku, name: 'Label roll' }] });
  await createLocations(request, [good]);

  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  // This device still knows a location the server does not (a replica older than a restored server).
  await page.evaluate(async (code) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lotline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['locations'], 'readwrite');
      tx.objectStore('locations').put({ id: `loc-${code.toLowerCase()}`, code, zone: 'OLD', type: 'storage', active: true });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, ghost);

  const assign = new AssignPage(page);
  await assign.open();
  await assign.scanItem(sku);
  await assign.scanLocation(ghost);
  await assign.capacity(20);
  await assign.toConfirm();
  await assign.confirm();
  await expect.poll(async () => (await outbox(page)).map((e) => e.state)).toEqual(['rejected']);

  await app.openInbox();
  const card = page.getByRole('listitem', { name: 'Assign rejected' });
  await expect(card).toContainText('The server does not know this location.');
  await expect(card).toContainText(`Location${ghost}`);
  await card.getByRole('button', { name: 'Fix and resend' }).click();
  // The refused place is left out: back at the location step with the item kept, not at Stock with the ghost location.
  await expect(page.getByRole('heading', { name: 'Assign · Location' })).toBeVisible();
  await expect(page.getByText(sku).first()).toBeVisible();
  await assign.scanLocation(good);
  await assign.capacity(20);
  await assign.toConfirm();
  await assign.confirm();
  await app.expectSynced();
  expect(await outbox(page)).toEqual([]);
  const rows = await serverRows(request);
  const item = rows.items.findLast((i) => i.sku === sku);
  const place = rows.locations.find((l) => l.code === good);
  expect(rows.slots.filter((s) => s.itemId === item?.id).map((s) => [s.locationId, s.capacity])).toEqual([[place?.id, 20]]);
});
