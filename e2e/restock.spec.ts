// Restock end to end on a phone: offline, across a browser restart, between
// two devices that disagree, and through an expired session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, expect, test, type BrowserContext } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { CHROMIUM_LAUNCH } from './support/chromium';
import { serverRows, slotAt } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

/** A phone whose storage lives in a directory, so it can be closed and started again. */
async function launchPhone(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
  return chromium.launchPersistentContext(userDataDir, { ...CHROMIUM_LAUNCH, ...phone, baseURL });
}

/** Waits until the service worker controls the page, so the app opens offline. */
async function waitForServiceWorker(app: AppPage): Promise<void> {
  await app.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await app.page.reload();
  await expect.poll(() => app.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(app.syncStatus).toBeVisible();
}

test('R5: a restock split over two lots, done offline, survives a browser restart and reaches the server exactly once', async ({ baseURL, request }) => {
  // Two browsers (or a restart) on a 2-core box: about 25 s alone, over the 30 s default when the machine is busy.
  test.slow();
  const dir = mkdtempSync(join(tmpdir(), 'lotline-phone-'));
  try {
    let phone = await launchPhone(dir, baseURL!);
    let app = new AppPage(phone.pages()[0] ?? (await phone.newPage()));
    await app.login(...OPERATOR);
    await app.expectSynced();
    await waitForServiceWorker(app);

    await phone.setOffline(true);
    await expect(app.syncStatus).toContainText('Offline');
    const restock = new RestockPage(app.page);
    await restock.open();
    await restock.scanItem('MILK-1L');
    await restock.quantity(50);
    await restock.lots([{ lot: 'L2611A', quantity: 20 }, { lot: 'L2614Z', quantity: 30 }]);
    // R6: the lot already in C-01-01 tops it up; the new lot takes the empty C-01-02.
    await restock.expectPlaced('C-01-01', 20);
    await restock.expectPlaced('C-01-02', 30);
    await restock.confirm();
    await app.expectPending(1);
    await phone.close();

    // The phone is switched off and on again, still without network.
    phone = await launchPhone(dir, baseURL!);
    await phone.setOffline(true);
    app = new AppPage(phone.pages()[0] ?? (await phone.newPage()));
    await app.page.goto('/');
    await app.expectPending(1);

    await phone.setOffline(false);
    await app.expectSynced();
    const rows = await serverRows(request);
    expect(slotAt(rows, 'itm-milk', 'loc-c-01-01')).toMatchObject({ quantity: 100, lot: 'L2611A' });
    expect(slotAt(rows, 'itm-milk', 'loc-c-01-02')).toMatchObject({ quantity: 30, lot: 'L2614Z' });
    await phone.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('C2: two devices restock different lots into the same empty slot offline; one is applied, the other is an exception both can see', async ({ browser, baseURL, request }) => {
  // Two browsers (or a restart) on a 2-core box: about 25 s alone, over the 30 s default when the machine is busy.
  test.slow();
  const phone = { ...devices['Pixel 7'], baseURL: baseURL! };
  const [contextA, contextB] = [await browser.newContext(phone), await browser.newContext(phone)];
  const a = new AppPage(await contextA.newPage());
  const b = new AppPage(await contextB.newPage());
  await a.login(...OPERATOR);
  await b.login(...SUPERVISOR);
  await a.expectSynced();
  await b.expectSynced();
  await contextA.setOffline(true);
  await contextB.setOffline(true);

  for (const [app, lot, quantity] of [[a, 'Y26-A', 10], [b, 'Y26-B', 12]] as const) {
    const restock = new RestockPage(app.page);
    await restock.open();
    await restock.scanItem('YOG-500');
    await restock.quantity(quantity);
    await restock.lots([{ lot, quantity }]);
    // C-01-03 holds another lot (R3): the empty C-01-04 is offered.
    await restock.expectPlaced('C-01-04', quantity);
    await restock.confirm();
  }

  await contextA.setOffline(false);
  await a.expectSynced();
  await contextB.setOffline(false);
  await b.expectPending(0);
  await expect(b.attention).toHaveAccessibleName('Attention: 1');
  await b.openInbox();
  await expect(b.page.getByRole('listitem').filter({ hasText: 'Restock raised an exception' }))
    .toContainText('A second lot went into a slot that already held another lot');

  // Device A sees it too: the slot now holds stock of unknown lot and is listed as an open exception.
  await a.page.reload();
  await a.openInbox();
  await expect(a.page.getByRole('list', { name: 'Open exceptions in the warehouse' }).getByRole('listitem').filter({ hasText: 'C-01-04' }))
    .toContainText('A second lot went into a slot that already held another lot');

  const rows = await serverRows(request);
  expect(slotAt(rows, 'itm-yog', 'loc-c-01-04')).toMatchObject({ quantity: 22, lotUnknown: true, needsCount: true });
  await contextA.close();
  await contextB.close();
});

test('C1: a 401 in the middle of syncing pauses the queue, asks for the PIN again, and loses nothing', async ({ page, request }) => {
  const before = slotAt(await serverRows(request), 'itm-tape', 'loc-a-01-02')!.quantity;
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  // The session ends on the server while the operator works.
  await page.route('**/api/sync/push', (route) => route.fulfill({
    status: 401, contentType: 'application/json',
    body: JSON.stringify({ error: { code: 'session-expired', message: 'the session has expired' } }),
  }));
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem('TAPE-48');
  await restock.quantity(6);
  await restock.expectPlaced('A-01-02', 6);
  await restock.confirm();
  await expect(page.getByRole('dialog', { name: 'Log in again to sync' })).toBeVisible();
  await app.expectPending(1);

  await page.unroute('**/api/sync/push');
  await page.getByRole('dialog').getByLabel('PIN').fill('1234');
  await page.getByRole('dialog').getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await app.expectSynced();
  const rows = await serverRows(request);
  // Other specs restock TAPE-48 too (e2e/faults.spec.ts): the change is checked, not the total.
  expect(slotAt(rows, 'itm-tape', 'loc-a-01-02')).toMatchObject({ quantity: before + 6 });
});
