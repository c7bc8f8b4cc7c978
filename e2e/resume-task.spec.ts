// Hard to lose work: a half-done task survives the app being closed and comes
// back where it was; Cancel of a task with data asks first; a log-out leaves
// no task for the next person on the device.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';

test.use({ viewport: { width: 360, height: 640 } });

test('a half-done restock resumes after the app restarts; Cancel asks before losing it; a log-out forgets it', async ({ page }) => {
  const app = new AppPage(page);
  await app.login('OP-1001', '1234');
  await app.expectSynced();
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem('BOX-S');
  await page.getByRole('textbox', { name: 'Quantity to restock' }).fill('36');

  await page.reload(); // the scanner killed the app, or its battery was swapped
  await expect(page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Quantity to restock' })).toHaveValue('36');
  await expect(page.getByText(/^BOX-S · /)).toBeVisible();

  // Cancel asks; keeping the task loses nothing.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cancel this restock?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep working' }).click();
  await expect(page.getByRole('textbox', { name: 'Quantity to restock' })).toHaveValue('36');

  // Leaving for home and coming back resumes too; a log-out forgets the task.
  await page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await app.login('OP-1001', '1234');
  await page.getByRole('button', { name: 'Restock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Restock · Item' })).toBeVisible();
});
