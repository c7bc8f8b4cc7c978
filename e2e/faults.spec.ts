// Browser-side faults on a phone: the answer to a push lost after the server
// committed it, and the page reloaded while a push is in flight. Each time the
// operation stays queued on the device until a pull confirms it, and reaches
// the server exactly once (C1). (A browser restart with operations queued is
// e2e/restock.spec.ts R5; a 401 mid-sync is its C1 test.)
import { expect, test, type Route } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { serverRows, slotAt } from './support/server';

const OPERATOR = ['OP-1001', '1234'] as const;

test('C1: the answer to a push is lost after the server committed it; the app sends it again and the server counts it once', async ({ page, request }) => {
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const before = slotAt(await serverRows(request), 'itm-tape', 'loc-a-01-02')?.quantity ?? 0;

  let lost = 0;
  await page.route('**/api/sync/push', async (route: Route) => {
    if (lost > 0) return route.continue();
    lost += 1;
    await route.fetch(); // the server applies and commits the push...
    await route.abort('connectionreset'); // ...and its answer never arrives
  });
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem('TAPE-48');
  await restock.quantity(6);
  await restock.expectPlaced('A-01-02', 6);
  await restock.confirm();
  await expect.poll(() => lost).toBe(1);
  await app.expectSynced();
  await app.expectPending(0);
  expect(slotAt(await serverRows(request), 'itm-tape', 'loc-a-01-02')?.quantity).toBe(before + 6);
});

test('C1: a reload while a push is in flight (committed, answer not yet read) loses nothing and doubles nothing', async ({ page, request }) => {
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const before = slotAt(await serverRows(request), 'itm-box', 'loc-a-01-01')?.quantity ?? 0;

  let committed = false;
  await page.route('**/api/sync/push', async (route: Route) => {
    if (committed) return route.continue();
    const response = await route.fetch();
    committed = true;
    // Hold the answer: the page reloads before it is read.
    await new Promise<void>((release) => page.once('load', () => release()));
    await route.fulfill({ response }).catch(() => undefined);
  });
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem('BOX-S');
  await restock.quantity(7);
  await restock.expectPlaced('A-01-01', 7);
  await restock.confirm();
  await expect.poll(() => committed).toBe(true);
  await page.reload();
  await app.expectSynced();
  await app.expectPending(0);
  expect(slotAt(await serverRows(request), 'itm-box', 'loc-a-01-01')?.quantity).toBe(before + 7);
});
