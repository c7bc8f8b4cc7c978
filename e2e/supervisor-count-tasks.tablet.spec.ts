// Planned counts on the supervisor's tablet (issue 16): a count task made for
// a location lists its slots, then is cancelled; one for a lot nobody holds is refused.
import { expect, test } from '@playwright/test';
import { seedTrackedItem } from './pages/count-page';
import { SupervisorPage } from './pages/supervisor-page';

test.describe.configure({ timeout: 60_000 });

test('a supervisor makes a count task for a location, sees its slots, and cancels it; a lot in no slot is refused', async ({ page, request }) => {
  const tag = `P${Date.now().toString(36).toUpperCase().slice(-6)}`;
  const shelf = `CP-${tag}`;
  const { sku } = await seedTrackedItem(request, tag, [{ code: shelf, lot: 'PL-1', quantity: 3 }]);
  const sv = new SupervisorPage(page);
  await sv.login();
  await sv.open('Count tasks');
  const form = page.getByRole('form', { name: 'New count task' });
  await form.getByLabel('Location code').fill(shelf);
  await form.getByRole('button', { name: 'Make count task' }).click();
  await expect(form.getByRole('status')).toHaveText(`Count task made: ${shelf}, 1 slot to count.`);
  const row = page.getByRole('table', { name: 'Planned counts' }).getByRole('row').filter({ hasText: `${shelf} ${sku}` });
  await expect(row).toContainText('0 of 1');
  await expect(row).toContainText('Open');
  await row.getByRole('button', { name: 'Cancel task' }).click();
  await expect(row).toContainText('Cancelled');

  await form.getByLabel('Count').selectOption('lot');
  await form.getByLabel('SKU or GTIN').fill(sku);
  await form.getByLabel('Lot', { exact: true }).fill('NO-SUCH-LOT');
  await form.getByRole('button', { name: 'Make count task' }).click();
  await expect(form.getByRole('alert')).toContainText('nothing to count');
});
