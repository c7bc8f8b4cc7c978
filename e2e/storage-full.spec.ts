// The device's storage fills up until the browser refuses writes. Operations already queued stay
// queued; confirming a new one says plainly that storage is full (never hangs
// on "Saving…", never says "saved"), and nothing is half-written: the outbox,
// the overlay of pending operations and the pull cursor are as they were. Once
// space is freed the operator retries the same task and it saves; a sync that
// meets a full storage keeps its outbox and cursor; back online with space,
// every confirmed operation reaches the server exactly once.
//
// How the disk is "full": the page's IndexedDB write calls throw the browser's
// own QuotaExceededError (installFullDisk). Chromium's real quota enforcement
// cannot be reached from a test here: DevTools Storage.overrideQuotaForOrigin
// leaves the quota at the fixed 10 GiB Chromium 156 reports (from a page
// session it is ignored, from a browser session it fails with "Internal
// error"), and 10 GiB cannot be filled in a test.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { pendingState, outbox } from './support/device-db';
import { loginToken, serverRows, slotAt } from './support/server';
import { transactionsByOp } from './support/transactions';

const OPERATOR = ['OP-1001', '1234'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

test.describe.configure({ timeout: 120_000 });

async function put(request: APIRequestContext, token: string, path: string, data: unknown): Promise<void> {
  const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
}

/**
 * A full disk, as IndexedDB reports it: while `__storageFull` is set, every write that needs
 * space (put, add, a cursor's update) throws the DOMException 'QuotaExceededError' the browser
 * throws, so Dexie aborts the transaction as it does on a real full disk. Deletes still work.
 * (Chromium 156 ignores DevTools Storage.overrideQuotaForOrigin and reports a fixed 10 GiB
 * quota, which a test cannot fill: see the header.)
 */
function installFullDisk(): void {
  const w = window as unknown as { __storageFull: boolean };
  w.__storageFull = false;
  const refuse = <T extends object>(proto: T, method: keyof T) => {
    const original = proto[method] as unknown as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, method, {
      configurable: true,
      writable: true,
      value(this: unknown, ...args: unknown[]) {
        if (w.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      },
    });
  };
  refuse(IDBObjectStore.prototype, 'put');
  refuse(IDBObjectStore.prototype, 'add');
  refuse(IDBCursor.prototype, 'update');
}

async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => { (window as unknown as { __storageFull: boolean }).__storageFull = true; });
}

async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => { (window as unknown as { __storageFull: boolean }).__storageFull = false; });
}

test('storage full: a confirmed task says so and writes nothing, the queue is kept, the same task saves once space is freed, and everything syncs exactly once', async ({ page, context, request }) => {
  // An item and a shelf of this test's own, as the ERP sends them.
  const tag = Date.now().toString(36).toUpperCase().slice(-6);
  const sku = `SF-${tag}`;
  const shelf = `SF-${tag}`;
  const supervisor = await loginToken(request, ...SUPERVISOR);
  await put(request, supervisor, '/api/v1/locations', { locations: [{ code: shelf, zone: 'Storage full', type: 'storage' }] });
  await put(request, supervisor, '/api/v1/items', { items: [{ sku, name: `Storage full test ${tag}`, unit: 'each' }] });
  await put(request, supervisor, '/api/v1/assignments', { assignments: [{ sku, location: shelf, capacity: 100 }] });

  await page.addInitScript(installFullDisk);
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const restock = new RestockPage(page);

  // Offline, one restock is queued as usual.
  await context.setOffline(true);
  await restock.open();
  await restock.scanItem(sku);
  await restock.quantity(5);
  await restock.expectPlaced(shelf, 5);
  await restock.confirm();
  await app.expectPending(1);

  // The storage fills up; the operator confirms the next task.
  await restock.open();
  await restock.scanItem(sku);
  await restock.quantity(3);
  await restock.expectPlaced(shelf, 3);
  const before = await pendingState(page);
  await restock.scanShelves();
  await fillStorage(page);
  const confirm = page.getByRole('button', { name: 'Confirm restock' });
  await confirm.click();
  await expect(page.getByRole('alert')).toContainText("This device's storage is full. Nothing was saved.");
  // Not stuck on "Saving…", not "saved", still the task's step to try again.
  await expect(confirm).toBeEnabled();
  await expect(page.getByText('Restock saved on this device')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Restock · Place' })).toBeVisible();
  await app.expectPending(1);
  // Nothing half-written: the outbox, the overlay and the counters are as they were.
  expect(await pendingState(page)).toEqual(before);

  // Space is freed: the same task, confirmed again, saves.
  await freeStorage(page);
  await confirm.click();
  await expect(page.getByText('Restock saved on this device')).toBeVisible();
  await app.expectPending(2);
  const queued = (await outbox(page)).map((o) => o.id);
  expect(queued).toHaveLength(2);

  // Back online while the storage is full again: the pushes reach the server, but the
  // device cannot write the answers nor the pulled rows. It keeps its queue and its cursor.
  const full = await pendingState(page);
  await fillStorage(page);
  await context.setOffline(false);
  await expect.poll(async () => (await transactionsByOp(request, sku)).size, { timeout: 30_000 }).toBe(2);
  await expect(page.getByLabel('Last sync')).not.toHaveText('Syncing…');
  await app.expectPending(2);
  const kept = await pendingState(page);
  expect(kept.outbox, 'the outbox keeps both operations').toEqual(full.outbox);
  expect(kept.cursor, 'the pull cursor is not moved past rows it could not write').toEqual(full.cursor);

  // Space again, but the pull's answer is held until the disk is full once more: the device
  // records the pushes' answers (acked) and then cannot write the pulled page. It keeps the
  // acked operations queued and its old cursor, so the rows it could not write come again.
  let pulls = 0;
  let releasePull = () => {};
  const pullHeld = new Promise<void>((release) => { releasePull = release; });
  await page.route('**/api/sync/pull?**', async (route) => {
    pulls += 1;
    if (pulls === 1) await pullHeld;
    await route.continue();
  });
  await freeStorage(page);
  await expect.poll(async () => (await outbox(page)).map((o) => o.state), { timeout: 60_000 }).toEqual(['acked', 'acked']);
  await expect.poll(() => pulls).toBeGreaterThan(0);
  const acked = await pendingState(page);
  await fillStorage(page);
  const pulled = page.waitForResponse('**/api/sync/pull?**');
  releasePull();
  await pulled;
  await expect(page.getByLabel('Last sync')).not.toHaveText('Syncing…');
  await app.expectPending(2);
  const afterPull = await pendingState(page);
  expect(afterPull.outbox, 'the acked operations stay queued').toEqual(acked.outbox);
  expect(afterPull.cursor, 'the cursor stays where the written rows end').toEqual(acked.cursor);
  expect(afterPull.cursor).toEqual(full.cursor);
  await page.unroute('**/api/sync/pull?**');

  // Space again: the next sync confirms both, each counted once by the server.
  await freeStorage(page);
  await expect(app.pending).toHaveText('0 pending', { timeout: 90_000 });
  await app.expectSynced();
  expect(await outbox(page)).toEqual([]);
  const byOp = await transactionsByOp(request, sku);
  expect([...byOp.keys()].sort()).toEqual([...queued].sort());
  for (const id of queued) expect(byOp.get(id), `transactions of ${id}`).toHaveLength(1);
  expect(queued.map((id) => byOp.get(id)?.[0]?.quantity)).toEqual([5, 3]);
  // The server holds 8 on the shelf, and the device has nothing of its own left to lay over it.
  const rows = await serverRows(request);
  const itemId = rows.items.find((i) => i.sku === sku)?.id ?? '';
  const locationId = rows.locations.find((l) => l.code === shelf)?.id ?? '';
  expect(slotAt(rows, itemId, locationId)?.quantity).toBe(8);
  const drained = await pendingState(page);
  expect([drained.overlayItems, drained.overlaySerials, drained.overlayExceptions]).toEqual([[], [], []]);
});
