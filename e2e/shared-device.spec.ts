// A shared scanner (issue 9): an operator works offline, is deactivated by a
// supervisor meanwhile, and the next person on the device logs in and syncs
// the queue. The work stays credited to the operator who recorded it; what
// they recorded after their deactivation is applied (the goods did move, C2)
// and flagged for a supervisor, never silently accepted.
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ExceptionRow, Page, TransactionReportRow } from '../src/domain';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { OPERATOR, SUPERVISOR, uniqueTag } from './pages/supervisor-data';
import { loginToken } from './support/server';

async function asSupervisor(request: APIRequestContext, method: 'get' | 'post' | 'put' | 'patch', path: string, data?: unknown) {
  const token = await loginToken(request, ...SUPERVISOR);
  const response = await request[method](path, { headers: { authorization: `Bearer ${token}` }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json() as Promise<unknown>;
}

test('a user deactivated while the scanner was offline: the next user syncs the queue, it stays credited to the recorder, and the work after the deactivation is flagged', async ({ page, context, request }) => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const sku = `SD-${tag}`;
  const shelf = `SD-${tag}-1`;
  await asSupervisor(request, 'put', '/api/v1/locations', { locations: [{ code: shelf, zone: 'Shared', type: 'storage' }] });
  await asSupervisor(request, 'put', '/api/v1/items', { items: [{ sku, name: `Shared device item ${tag}`, unit: 'each' }] });
  await asSupervisor(request, 'put', '/api/v1/assignments', { assignments: [{ sku, location: shelf, capacity: 100 }] });
  const leaver = await asSupervisor(request, 'post', '/api/users', { name: `Leaving ${tag}`, badge: `LV-${tag}`, pin: '8642', role: 'operator' }) as { id: string };

  const app = new AppPage(page);
  await app.login(`LV-${tag}`, '8642');
  await app.expectSynced();
  await context.setOffline(true);
  const restock = new RestockPage(page);
  const receive = async (quantity: number) => {
    await restock.open();
    await restock.scanItem(sku);
    await restock.quantity(quantity);
    await restock.expectPlaced(shelf, quantity);
    await restock.confirm();
  };
  await receive(4);
  await app.expectPending(1);

  // The supervisor deactivates the operator while the scanner is out of reach; the operator goes on working.
  await asSupervisor(request, 'patch', `/api/users/${leaver.id}`, { active: false });
  await receive(2);
  await app.expectPending(2);

  await context.setOffline(false);
  const dialog = page.getByRole('dialog', { name: 'Log in again to sync' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Badge')).toHaveValue(`LV-${tag}`);
  // The leaver cannot log in again; the next operator on shift takes the scanner.
  await dialog.getByRole('button', { name: 'Someone else logs in' }).click();
  await dialog.getByLabel('Badge').fill(OPERATOR[0]);
  await dialog.getByLabel('PIN').fill(OPERATOR[1]);
  await dialog.getByRole('button', { name: 'Log in' }).click();
  await expect(dialog).toBeHidden();
  await app.expectSynced();

  // Both receipts are on the server exactly once, credited to the operator who recorded them.
  const report = await asSupervisor(request, 'get', `/api/supervisor/transactions?item=${encodeURIComponent(sku)}`) as Page<TransactionReportRow>;
  expect(report.rows.map((r) => [r.quantity, r.userId]).sort()).toEqual([[2, leaver.id], [4, leaver.id]]);
  // The one recorded after the deactivation is an open exception for a supervisor, naming who carried it in.
  const open = await asSupervisor(request, 'get', '/api/supervisor/exceptions?status=open&pageSize=200') as Page<ExceptionRow>;
  const flagged = open.rows.filter((r) => r.exception.code === 'recorded-after-access-ended' && r.operation.userId === leaver.id);
  expect(flagged).toHaveLength(1);
  const twoUnits = report.rows.find((r) => r.quantity === 2);
  expect(flagged[0]?.operation.id).toBe(twoUnits?.opId);
  expect(flagged[0]?.exception.details).toMatchObject({ recordedBy: leaver.id, because: 'deactivated', pushedBy: 'usr-olivia' });
  expect(flagged[0]?.operation).toMatchObject({ userName: `Leaving ${tag}`, pushedByName: 'Olivia Operator' });
});
