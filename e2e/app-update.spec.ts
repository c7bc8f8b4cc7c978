// A new version of the app is deployed while operations are queued on a
// device. The device runs version A (service worker installed, app shell
// precached), goes offline and records operations; meanwhile the server is
// redeployed with version B, a second real `vite build` with its own build id.
// Back online the update banner appears, the operator accepts (at once, or
// deferred until the task is done), the page reloads into version B, and every
// operation the operator saw saved reaches the server exactly once while the
// device's outbox drains (C1, README "Updates").
//
// This spec runs its own server (port LOTLINE_E2E_UPDATE_PORT, default 8192)
// on its own PGlite data, so it can stop it and start it again with other
// files: that is what a deploy is. Version A is the build under test
// (LOTLINE_E2E_DIST or dist/); version B is built by beforeAll.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { appServer, buildApp, tempDir, type AppServer } from './support/app-server';
import { outbox } from './support/device-db';
import { serverRows, slotAt } from './support/server';
import { transactionsByOp } from './support/transactions';

const PORT = Number(process.env.LOTLINE_E2E_UPDATE_PORT ?? 8192);
const DIST_A = process.env.LOTLINE_E2E_DIST ?? resolve(import.meta.dirname, '../dist');
const BUILD_B = `B-${Date.now().toString(36)}`;
const OPERATOR = ['OP-1001', '1234'] as const;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });
// One server for the file, redeployed by every test: the tests run one after another.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: AppServer;
let buildDir: string;
let distB: string;

test.beforeAll(async () => {
  // A real second build of the app: 10-60 s on a busy 2-core machine.
  test.setTimeout(300_000);
  buildDir = tempDir('lotline-build-b-');
  distB = join(buildDir, 'dist');
  await buildApp(distB, BUILD_B);
  server = appServer(PORT);
});

test.beforeEach(async () => {
  // Every test starts with the server on version A (a roll-back after the previous test's deploy).
  await server.deploy(DIST_A);
});

test.afterAll(async () => {
  await server?.dispose();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

/** Deploys version B with the phone connected: the old server must stop on SIGTERM, with no SIGKILL. */
async function deployB(): Promise<void> {
  await server.deploy(distB);
  expect(server.kills, `a deploy needed SIGKILL:\n${server.output().slice(-2000)}`).toBe(0);
}

const build = (page: Page) => page.locator('html');
const updateBanner = (page: Page) => page.getByRole('status', { name: 'App update' });

/** The entry script the page runs: a changed asset shows a different bundle is running. */
async function entryScript(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '');
}

/** Logs in on version A and waits until its service worker controls the page (the app shell is precached). */
async function installVersionA(page: Page, app: AppPage): Promise<string> {
  await app.login(...OPERATOR);
  await app.expectSynced();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load is not controlled (no clientsClaim); the next one is. The session is kept in IndexedDB.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await app.expectSynced();
  const idA = await build(page).getAttribute('data-build');
  expect(idA, 'version A shows a build id').toBeTruthy();
  expect(idA, 'version B is another build').not.toBe(BUILD_B);
  return await entryScript(page);
}

async function restockOffline(page: Page, sku: string, location: string, quantity: number): Promise<void> {
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem(sku);
  await restock.quantity(quantity);
  await restock.expectPlaced(location, quantity);
  await restock.confirm();
}

async function quantityAt(request: APIRequestContext, itemId: string, locationId: string): Promise<number> {
  return slotAt(await serverRows(request), itemId, locationId)?.quantity ?? 0;
}

/** The device has drained its outbox and the server holds each operation's transaction exactly once. */
async function expectExactlyOnce(page: Page, request: APIRequestContext, app: AppPage, sku: string, opIds: string[]): Promise<void> {
  await app.expectSynced();
  await app.expectPending(0);
  expect(await outbox(page)).toEqual([]);
  const byOp = await transactionsByOp(request, sku);
  for (const id of opIds) {
    expect(byOp.get(id)?.map((t) => `${t.type} ${t.quantity}`), `transactions of operation ${id}`).toEqual([expect.stringMatching(/^restock \d+$/)]);
  }
}

async function goHome(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('button', { name: 'Restock', exact: true })).toBeVisible();
}

test('operations queued offline on version A reach the server exactly once after the device updates to version B; the update waits for the open task', async ({ page, context, request }) => {
  const app = new AppPage(page);
  const scriptA = await installVersionA(page, app);
  const tapeBefore = await quantityAt(request, 'itm-tape', 'loc-a-01-02');
  const boxBefore = await quantityAt(request, 'itm-box', 'loc-a-01-01');

  await context.setOffline(true);
  await restockOffline(page, 'TAPE-48', 'A-01-02', 6);
  await restockOffline(page, 'BOX-S', 'A-01-01', 7);
  await app.expectPending(2);
  const queued = (await outbox(page)).map((o) => o.id);
  expect(queued).toHaveLength(2);

  // Meanwhile the server is redeployed with version B.
  await deployB();

  // The operator is in the middle of a task when the network comes back.
  const restock = new RestockPage(page);
  await restock.open();
  await context.setOffline(false);
  await expect(updateBanner(page)).toContainText('A new version of Lotline is ready');
  await updateBanner(page).getByRole('button', { name: 'Update when this task is done' }).click();
  await expect(updateBanner(page).getByRole('button', { name: 'Will update when this task is done' })).toBeDisabled();
  // Nothing reloads under the operator: still version A, still the task's step.
  await expect(page.getByRole('heading', { name: 'Restock · Item' })).toBeVisible();
  expect(await build(page).getAttribute('data-build')).not.toBe(BUILD_B);

  // The task ends (back home): the update applies itself and the page reloads into version B.
  await page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
  await expect(build(page)).toHaveAttribute('data-build', BUILD_B);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await entryScript(page), 'version B runs another bundle').not.toBe(scriptA);
  await expect(updateBanner(page)).not.toContainText('A new version');

  await expectExactlyOnce(page, request, app, 'TAPE-48', queued.slice(0, 1));
  await expectExactlyOnce(page, request, app, 'BOX-S', queued.slice(1));
  expect(await quantityAt(request, 'itm-tape', 'loc-a-01-02')).toBe(tapeBefore + 6);
  expect(await quantityAt(request, 'itm-box', 'loc-a-01-01')).toBe(boxBefore + 7);
});

test('accepting the update while a push is in flight (committed by the server, answer not yet read) loses nothing and doubles nothing', async ({ page, context, request }) => {
  const app = new AppPage(page);
  await installVersionA(page, app);
  const before = await quantityAt(request, 'itm-tape', 'loc-a-01-02');

  await context.setOffline(true);
  await restockOffline(page, 'TAPE-48', 'A-01-02', 4);
  await goHome(page);
  await app.expectPending(1);
  const queued = (await outbox(page)).map((o) => o.id);

  await deployB();

  // Version A's push reaches version B's server and is committed; its answer is held until the page has reloaded.
  let committed = false;
  let releaseAnswer = () => {};
  const answerHeld = new Promise<void>((release) => { releaseAnswer = release; });
  await page.route('**/api/sync/push', async (route: Route) => {
    if (committed) return route.continue();
    const response = await route.fetch();
    committed = true;
    await answerHeld;
    await route.fulfill({ response }).catch(() => undefined);
  });
  await context.setOffline(false);
  await expect.poll(() => committed).toBe(true);
  await app.expectPending(1);

  await updateBanner(page).getByRole('button', { name: 'Update now' }).click();
  await expect(build(page)).toHaveAttribute('data-build', BUILD_B);
  releaseAnswer();

  await expectExactlyOnce(page, request, app, 'TAPE-48', queued);
  expect(await quantityAt(request, 'itm-tape', 'loc-a-01-02')).toBe(before + 4);
});

test('accepting the update right before the queue is sent (the push never reached the server) sends it once from version B', async ({ page, context, request }) => {
  const app = new AppPage(page);
  await installVersionA(page, app);
  const boxBefore = await quantityAt(request, 'itm-box', 'loc-a-01-01');
  const tapeBefore = await quantityAt(request, 'itm-tape', 'loc-a-01-02');

  await context.setOffline(true);
  await restockOffline(page, 'BOX-S', 'A-01-01', 3);
  await restockOffline(page, 'TAPE-48', 'A-01-02', 2);
  await goHome(page);
  await app.expectPending(2);
  const queued = (await outbox(page)).map((o) => o.id);

  await deployB();

  // Version A's push is held before it reaches the server; the update reloads the page under it.
  let held = 0;
  let dropPush = () => {};
  const dropped = new Promise<void>((drop) => { dropPush = drop; });
  await page.route('**/api/sync/push', async (route: Route) => {
    if (held > 0) return route.continue();
    held += 1;
    await dropped;
    await route.abort('connectionreset').catch(() => undefined);
  });
  await context.setOffline(false);
  await expect.poll(() => held).toBe(1);

  await updateBanner(page).getByRole('button', { name: 'Update now' }).click();
  await expect(build(page)).toHaveAttribute('data-build', BUILD_B);
  dropPush();

  await expectExactlyOnce(page, request, app, 'BOX-S', queued.slice(0, 1));
  await expectExactlyOnce(page, request, app, 'TAPE-48', queued.slice(1));
  expect(await quantityAt(request, 'itm-box', 'loc-a-01-01')).toBe(boxBefore + 3);
  expect(await quantityAt(request, 'itm-tape', 'loc-a-01-02')).toBe(tapeBefore + 2);
});
