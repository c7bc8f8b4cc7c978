// Packing end to end on a phone, driven by wedge scans: with "Require lot/serial
// at pack" on (R15), a lotAtPack item asks its lot; a lot other than the picked
// one is shown, not blocked, and saved.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { pushAs } from './pages/count-page';
import { PackPage } from './pages/pack-page';
import { loginToken, serverRows } from './support/server';
import { scanExpecting } from './support/tones';

const OPERATOR = ['OP-1001', '1234'] as const;
const SUPERVISOR = ['SV-3001', '3456'] as const;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.afterAll(async ({ request }) => {
  await pushAs(request, ...SUPERVISOR, 'changeSettings', { requireLotAtPack: false });
});

test('R15: with recording on, packing YOG-500 offline asks its lot; a lot other than the picked one is shown and saved', async ({ page, context, request }) => {
  const settings = await pushAs(request, ...SUPERVISOR, 'changeSettings', { requireLotAtPack: true });
  expect(settings.outcome).toBe('applied');
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  await context.setOffline(true);

  const pack = new PackPage(page);
  await pack.open();
  await pack.scanShipment('SHP-E2E-0001');
  await pack.scanItem('YOG-500');
  // R15: the line cannot be added without its lot.
  await expect(page.getByLabel('Lot packed')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add line' })).toBeDisabled();
  await expect(page.getByText('Scan or enter the lot of this line')).toBeVisible();
  await page.getByRole('textbox', { name: 'Quantity packed' }).fill('4');
  await page.getByLabel('Picked lot (optional)').fill('Y25-0917');
  await pack.scanLot('Y25-0001');
  // R15: a mismatch with the picked lot is shown, not blocked.
  await expect(page.getByText('Lot Y25-0001 differs from the picked lot Y25-0917')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add line' })).toBeEnabled();
  await pack.addLine();

  // R15a: BOX-S does not require lots at packing: no lot asked.
  await pack.scanItem('BOX-S');
  await expect(page.getByLabel('Lot packed')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Quantity packed' }).fill('2');
  await pack.addLine();

  const lines = page.getByRole('list', { name: 'Packed lines' });
  await expect(lines.getByRole('listitem')).toHaveCount(2);
  await expect(lines.getByRole('listitem').filter({ hasText: 'YOG-500' })).toContainText('lot Y25-0001');
  await pack.finish();
  await expect(page.getByText('One line records a lot other than the picked lot')).toBeVisible();
  await pack.confirm();
  // Nothing for the server to flag: the lot was given.
  await expect(page.getByRole('alert').filter({ hasText: 'flag' })).toHaveCount(0);
  await app.expectPending(1);

  await context.setOffline(false);
  // Back online the queue drains by itself; on a loaded machine that can take a while.
  await expect(app.pending).toHaveText('0 pending', { timeout: 45_000 });
  await app.expectSynced();
  await expect(app.attention).toHaveAccessibleName('Attention: 0');
  const rows = await serverRows(request);
  expect(rows.exceptions.filter((e) => e.code === 'pack-lot-missing')).toHaveLength(0);
});

test('R15: with recording off, the lot read off a scanned label is shown on the line and recorded on the shipment; every scan is answered', async ({ page, request }) => {
  expect((await pushAs(request, ...SUPERVISOR, 'changeSettings', { requireLotAtPack: false })).outcome).toBe('applied');
  const shipment = `SHP-E2E-${Date.now().toString(36).toUpperCase()}`;
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const pack = new PackPage(page);
  await pack.open();
  // A product label is not a shipment reference.
  await scanExpecting(page, '(01)05012345000022(10)Y25-0917', 'error');
  await scanExpecting(page, shipment, 'good');
  await expect(page.getByRole('heading', { name: 'Pack · Lines' })).toBeVisible();
  await scanExpecting(page, 'NO-SUCH-ITEM-77', 'error');
  await scanExpecting(page, '(01)05012345000022(10)Y25-0917', 'good');
  // Not asked for (the setting is off), but scanned: shown, because it is recorded.
  await expect(page.getByTestId('pack-label-lot')).toHaveText('Y25-0917');
  await pack.addLine();
  await pack.finish();
  await expect(page.getByRole('list', { name: 'Lines to record' })).toContainText('lot Y25-0917');
  await pack.confirm();
  await app.expectSynced();
  const token = await loginToken(request, ...SUPERVISOR);
  const response = await request.get(`/api/v1/shipments?shipment=${shipment}`, { headers: { authorization: `Bearer ${token}` } });
  const { rows } = (await response.json()) as { rows: { lines: { sku: string; lot: string | null }[] }[] };
  expect(rows[0]?.lines).toEqual([expect.objectContaining({ sku: 'YOG-500', lot: 'Y25-0917' })]);
});
