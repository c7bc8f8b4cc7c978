// Issue 16.8 on a tablet: the supervisor sees the rejected operations of every
// device (not only the tablet's own), each card with the item (SKU and name),
// location, quantity, who, which device by name and when, the rule code as
// small print; a device named at login shows by that name, and a supervisor
// renames a device on the Devices screen, which every list then shows.
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createItems, createLocations, assignStock, OPERATOR, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

test.describe.configure({ timeout: 60_000 });

/** Logs in as the operator on `deviceId` (naming it when `deviceName` is given) and pushes `ops` from it. */
async function pushFromDevice(request: APIRequestContext, deviceId: string, deviceName: string | undefined, ops: { type: string; payload: unknown }[]): Promise<string[]> {
  const login = await request.post('/api/auth/login', {
    data: { badge: OPERATOR[0], pin: OPERATOR[1], deviceId, ...(deviceName ? { deviceName } : {}) },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const { token } = (await login.json()) as { token: string };
  const response = await request.post('/api/sync/push', {
    headers: { authorization: `Bearer ${token}` },
    data: { deviceId, operations: ops.map((op, i) => ({ id: randomUUID(), seq: i + 1, type: op.type, deviceTime: new Date().toISOString(), payload: op.payload })) },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { outcomes: { outcome: string }[] }).outcomes.map((o) => o.outcome);
}

test('C3: rejected operations of two other devices are listed with item, location, quantity, who, device name and when; renaming a device on Devices renames it there', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVRJ-${tag}`;
  const location = `SVLRJ-${tag}`;
  await createItems(request, [{ sku, name: `Cling film ${tag}` }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 100, { quantity: 10 }))[0]!.outcome).toBe('applied');
  const [dock, freezer] = [`e2e-rj-dock-${tag}`, `e2e-rj-frz-${tag}`].map((d) => d.toLowerCase()) as [string, string];
  // Two phones name places the server does not know: each push is rejected (C3).
  expect(await pushFromDevice(request, dock, `Dock ${tag}`, [
    { type: 'restock', payload: { item: sku, lines: [{ location: `NOPE-${tag}`, condition: '', quantity: 6 }] } },
  ])).toEqual(['rejected']);
  expect(await pushFromDevice(request, freezer, undefined, [
    { type: 'move', payload: { item: sku, from: location, to: `GONE-${tag}`, condition: '', quantity: 4 } },
  ])).toEqual(['rejected']);

  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Rejected');
  await expect(sv.heading('Rejected operations')).toBeVisible();
  const restockCard = page.getByRole('listitem', { name: `Restock rejected: ${sku} · Cling film ${tag}` });
  await expect(restockCard).toContainText('The server does not know this location.');
  await expect(restockCard.getByLabel('What it named')).toContainText(`LocationNOPE-${tag}`);
  await expect(restockCard.getByLabel('What it named')).toContainText('Quantity6');
  await expect(restockCard.getByLabel('What it named')).toContainText('WhoOlivia Operator');
  await expect(restockCard.getByLabel('What it named')).toContainText(`DeviceDock ${tag}`);
  await expect(restockCard.getByLabel('What it named')).toContainText(/When(now|\d+ seconds? ago|\d+ minutes? ago)/);
  // The code only as small print.
  await expect(restockCard.locator('.rule')).toHaveText('Rule C3 · unknown-location');

  const moveCard = page.getByRole('listitem', { name: `Move rejected: ${sku} · Cling film ${tag}` });
  await expect(moveCard.getByLabel('What it named')).toContainText(`LocationGONE-${tag}`);
  // Nobody named the freezer phone: the start of its id, never a bare UUID.
  await expect(moveCard.getByLabel('What it named')).toContainText(`DeviceUnnamed device ${freezer.slice(0, 8)}`);

  // The supervisor names it on Devices: the name replaces "Unnamed" there and on its rejected operation.
  await sv.open('Devices');
  const row = sv.table('Devices').getByRole('row').filter({ hasText: freezer });
  await expect(row).toContainText('Unnamed');
  await row.getByRole('button', { name: `Rename ${freezer}` }).click();
  await row.getByLabel('Device name').fill(`Freezer ${tag}`);
  await row.getByRole('button', { name: 'Save name' }).click();
  await expect(row).toContainText(`Freezer ${tag}`);
  await expect(sv.table('Devices').getByRole('row').filter({ hasText: dock })).toContainText(`Dock ${tag}`);
  await sv.open('Rejected');
  await expect(moveCard.getByLabel('What it named')).toContainText(`DeviceFreezer ${tag}`);
});
