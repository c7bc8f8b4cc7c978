// The supervisor's items grid and count tasks on a tablet: lot tracking
// switched per item and for many at once (R1), stock already on the shelves
// getting an unknown lot and a count task (R2). Each test makes its own items.
import { expect, test } from '@playwright/test';
import { serverRows } from './support/server';
import { assignStock, createItems, createLocations, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage } from './pages/supervisor-page';

// Each test makes its own rows and syncs a tablet: on a busy 2-core machine that takes more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

test('R1/R2: tracking switched on for two selected stocked items leaves their stock with lot unknown and lists the slots as count tasks', async ({ page, request }) => {
  const tag = uniqueTag();
  const [a, b] = [`SVA-${tag}`, `SVB-${tag}`];
  const [la, lb] = [`SVLA-${tag}`, `SVLB-${tag}`];
  await createItems(request, [{ sku: a, name: `Bulk bolts ${tag}` }, { sku: b, name: `Bulk nuts ${tag}` }]);
  await createLocations(request, [la, lb]);
  expect((await assignStock(request, a, la, 100, { quantity: 40 }))[0]!.outcome).toBe('applied');
  expect((await assignStock(request, b, lb, 100, { quantity: 7 }))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await expect(sv.heading('Items')).toBeVisible();
  await page.getByLabel('Search SKU, name or GTIN').fill(tag);
  await expect(sv.gridRow('Items', a)).toContainText('40');
  await expect(sv.gridRow('Items', a)).toContainText('No');
  await page.getByRole('checkbox', { name: `Select ${a}` }).check();
  await page.getByRole('checkbox', { name: `Select ${b}` }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Track lots', exact: true }).click();

  // The dialog says what R2 does before anything is recorded.
  const dialog = sv.dialog();
  await expect(dialog.getByRole('heading')).toHaveText('Track lots for 2 items?');
  await expect(dialog).toContainText('2 of them have stock in slots');
  await expect(dialog).toContainText('rule R2');
  await dialog.getByRole('button', { name: 'Track lots' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved for 2 items');
  await expect(dialog).toContainText('2 slots need a count');
  await dialog.getByRole('button', { name: 'See count tasks' }).click();

  await expect(sv.heading('Count tasks')).toBeVisible();
  const tasks = sv.table('Count tasks');
  await expect(tasks.getByRole('row').filter({ hasText: la })).toContainText(a);
  await expect(tasks.getByRole('row').filter({ hasText: la })).toContainText('lot unknown');
  await expect(tasks.getByRole('row').filter({ hasText: lb })).toContainText('7');

  // The server agrees once the switch has synced.
  await sv.synced();
  const rows = await serverRows(request);
  const items = rows.items.filter((i) => i.sku === a || i.sku === b);
  expect(items.map((i) => i.lotTracked)).toEqual([true, true]);
  const slots = rows.slots.filter((s) => items.some((i) => i.id === s.itemId));
  expect(slots).toHaveLength(2);
  for (const slot of slots) expect(slot).toMatchObject({ lot: null, lotUnknown: true, needsCount: true });
});

test('R1: the item detail switches tracking off again after a confirm, and the grid follows', async ({ page, request }) => {
  const tag = uniqueTag();
  const sku = `SVC-${tag}`;
  const location = `SVLC-${tag}`;
  await createItems(request, [{ sku, name: `Cable ties ${tag}`, lotTracked: true }]);
  await createLocations(request, [location]);
  expect((await assignStock(request, sku, location, 50, { quantity: 12, lot: `LOT-${tag}` }))[0]!.outcome).toBe('applied');

  const sv = new SupervisorPage(page);
  await sv.login();
  await page.getByLabel('Search SKU, name or GTIN').fill(sku);
  // Keyboard: the grid is one tab stop, Enter opens the active row.
  await page.getByRole('grid', { name: 'Items' }).locator('.vlist-body').focus();
  await page.keyboard.press('Enter');
  await expect(sv.heading(`${sku} · Cable ties ${tag}`)).toBeVisible();
  await expect(sv.table('Slots').getByRole('row').filter({ hasText: location })).toContainText(`LOT-${tag}`);

  const toggle = page.getByRole('switch', { name: 'Lot tracking (R1)' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.click();
  await expect(sv.dialog()).toContainText('lots of stock in their slots are forgotten');
  // Keyboard: focus starts inside the dialog, Escape closes it without recording anything.
  await expect(sv.dialog().getByRole('button', { name: 'Stop tracking' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sv.dialog()).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await sv.app.expectPending(0);
  await toggle.click();
  await sv.dialog().getByRole('button', { name: 'Stop tracking' }).click();
  await sv.dialog().getByRole('button', { name: 'Close' }).click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(sv.table('Slots').getByRole('row').filter({ hasText: location })).toContainText('no lot');

  await sv.synced();
  const rows = await serverRows(request);
  expect(rows.items.find((i) => i.sku === sku)).toMatchObject({ lotTracked: false });
  await page.getByRole('button', { name: '← All items' }).click();
  await page.getByLabel('Lot tracking').selectOption('untracked');
  await page.getByLabel('Search SKU, name or GTIN').fill(sku);
  await expect(sv.gridRow('Items', sku)).toContainText('12');
});

test('the console is the supervisor\'s only: an operator asking for it gets the home screen', async ({ page }) => {
  const sv = new SupervisorPage(page);
  await sv.app.login('OP-1001', '1234');
  await page.goto('/supervisor/items');
  await expect(page.getByRole('heading', { name: 'Lotline' })).toBeVisible();
  await expect(sv.nav).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Supervisor' })).toHaveCount(0);
});
