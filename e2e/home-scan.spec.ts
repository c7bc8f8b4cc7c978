// Every scan gets an answer, on home too: a shelf's label shows what it holds,
// a lot where its stock is, and a code the device does not know is refused
// with what to scan instead. Outside a task the inbox says where scans go.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { scanExpecting } from './support/tones';

test.use({ viewport: { width: 360, height: 640 } });

test('home answers every scan: a shelf shows its stock (good), a lot where it is (good), an unknown code is refused (error)', async ({ page }) => {
  const app = new AppPage(page);
  await app.login('OP-1001', '1234');
  await app.expectSynced();
  const answer = page.getByRole('region', { name: 'What you scanned' });

  await scanExpecting(page, 'F-01-02', 'good');
  await expect(answer.getByRole('heading', { name: 'F-01-02' })).toBeVisible();
  await expect(answer).toContainText('ICE-2L');
  await expect(answer).toContainText('lot IC240902');
  await expect(answer).toContainText('25');
  const size = await answer.getByRole('heading', { name: 'F-01-02' }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);

  await scanExpecting(page, 'IC240811', 'good');
  await expect(answer.getByRole('heading', { name: 'Lot IC240811' })).toBeVisible();
  await expect(answer).toContainText('F-01-01');

  await scanExpecting(page, 'NOPE-42', 'error');
  await expect(page.getByRole('alert')).toHaveText(/NOPE-42 is no shelf, item, lot or serial this device knows/);
  // The refusal stays until the next good scan clears it.
  await scanExpecting(page, 'A-01-01', 'good');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(answer.getByRole('heading', { name: 'A-01-01' })).toBeVisible();

  await app.openInbox();
  await scanExpecting(page, 'F-01-02', 'error');
  await expect(page.getByRole('alert')).toHaveText('Nothing on this screen takes a scan: open a task from Home.');
});
