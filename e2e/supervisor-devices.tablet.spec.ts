// Issue 9: a supervisor sees WHICH devices have a wrong clock. Phones push
// with their clock (sentAt); the Devices screen flags each one off by more
// than two minutes with how far, the worst first, and follows new pushes
// after the sync, like the other server-backed screens.
import { randomUUID } from 'node:crypto';
import { devices as deviceProfiles, expect, test, type APIRequestContext } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { assignStock, createItems, createLocations, OPERATOR, supervisorGet, tokenOf, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

test.describe.configure({ timeout: 60_000 });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One push from `deviceId` whose clock runs `aheadMs` ahead of the real one (negative: behind); its operations carry that clock too. */
async function pushWithClock(request: APIRequestContext, deviceId: string, aheadMs: number, ops: { type: string; payload: unknown }[]): Promise<string[]> {
  const token = await tokenOf(request, ...OPERATOR);
  const deviceNow = new Date(Date.now() + aheadMs).toISOString();
  const response = await request.post('/api/sync/push', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      deviceId, sentAt: deviceNow,
      operations: ops.map((op, i) => ({ id: randomUUID(), seq: i + 1, type: op.type, deviceTime: deviceNow, payload: op.payload })),
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { outcomes: { outcome: string }[] }).outcomes.map((o) => o.outcome);
}

test('a phone whose clock runs 9 h ahead is flagged on Devices with the hours, an on-time one is OK, and one 3 days behind shows up first after the next sync', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVDV-${tag}`;
  const location = `SVLDV-${tag}`;
  await createItems(request, [{ sku, name: `Cable ties ${tag}` }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');
  const restock = { type: 'restock', payload: { item: sku, lines: [{ location, condition: '', quantity: 1 }] } };
  const [ahead, onTime, behind] = ['ahead', 'right', 'behind'].map((k) => `e2e-clock-${k}-${tag}`.toLowerCase()) as [string, string, string];
  expect(await pushWithClock(request, ahead, 9 * HOUR, [restock])).toEqual(['applied']);
  expect(await pushWithClock(request, onTime, 0, [restock])).toEqual(['applied']);

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.nav.getByRole('link', { name: 'Devices' }).click();
  await expect(sv.heading('Devices')).toBeVisible();
  const devices = sv.table('Devices');
  const row = (deviceId: string) => devices.getByRole('row').filter({ hasText: deviceId });
  await expect(row(ahead)).toContainText('Clock 9 hr ahead — device times on its operations are wrong by that much');
  await expect(row(ahead)).toContainText('Olivia Operator');
  await expect(row(onTime)).toContainText('OK');
  await expect(row(onTime)).not.toContainText('Clock');
  await expect(page.getByRole('status', { name: 'Devices summary' })).toContainText(/\d+ with a wrong clock/);

  // A phone 3 days behind syncs while the screen is open: it appears after the tablet's next sync, above the one 9 h ahead.
  expect(await pushWithClock(request, behind, -3 * DAY, [restock])).toEqual(['applied']);
  await expect(row(behind)).toContainText('Clock 3 days behind — device times on its operations are wrong by that much');
  const order = (await devices.getByRole('row').allTextContents()).map((text) => [behind, ahead, onTime].findIndex((id) => text.includes(id))).filter((i) => i >= 0);
  expect(order).toEqual([0, 1, 2]);
});

test('a real phone whose clock was set 9 h ahead restocks and syncs normally, and the supervisor sees that phone flagged 9 h ahead', async ({ browser, page, request }) => {
  const tag = uniqueTag();
  const sku = `SVDP-${tag}`;
  const location = `SVLDP-${tag}`;
  await createItems(request, [{ sku, name: `Zip bags ${tag}` }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 100, { quantity: 0 }))[0]!.outcome).toBe('applied');

  // The phone's clock: 9 hours ahead of the server's, and running.
  const phoneContext = await browser.newContext({ ...deviceProfiles['Pixel 7'] });
  try {
    await phoneContext.clock.install({ time: Date.now() + 9 * HOUR });
    const phone = await phoneContext.newPage();
    const app = new AppPage(phone);
    await app.login(...OPERATOR);
    await app.expectSynced();
    const restock = new RestockPage(phone);
    await restock.open();
    await restock.scanItem(sku);
    await restock.quantity(3);
    await restock.expectPlaced(location, 3);
    await restock.confirm();
    await app.expectPending(0);
  } finally {
    await phoneContext.close();
  }
  // Which device it was: the server's own record of the restock names it.
  const report = await supervisorGet<{ rows: { deviceId: string }[] }>(request, `/api/supervisor/transactions?item=${sku}&type=restock`);
  const deviceId = report.rows[0]?.deviceId;
  expect(deviceId).toBeTruthy();

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.nav.getByRole('link', { name: 'Devices' }).click();
  await expect(sv.table('Devices').getByRole('row').filter({ hasText: deviceId! }))
    .toContainText('Clock 9 hr ahead — device times on its operations are wrong by that much');
});
