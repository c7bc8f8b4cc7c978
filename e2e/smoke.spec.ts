import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

// Demo users seeded by `sync-server/src/main.ts --demo`.
test.describe('login and role-based home against the real sync server', () => {
  test('an operator logs in with badge and PIN and gets the floor tasks', async ({ page }) => {
    const app = new AppPage(page);
    await app.login('OP-1001', '1234');
    await expect(page.getByText('Olivia Operator · operator')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Tasks' }).getByRole('button', { name: 'Restock' })).toBeVisible();
    await app.expectSynced();

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  });

  test('a picker does not get the restock task', async ({ page }) => {
    const app = new AppPage(page);
    await app.login('PK-2001', '2345');
    await expect(page.getByText('Pete Picker · picker')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Restock' })).toHaveCount(0);
  });

  test('a wrong PIN is said from the catalogue by its code (bad-credentials), never silently, and keeps the badge', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Badge').fill('OP-1001');
    await page.getByLabel('PIN').fill('0000');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Log in' }).click();
    const body = (await (await answer).json()) as { error: { code: string } };
    expect(body.error.code).toBe('bad-credentials');
    await expect(page.getByRole('alert')).toHaveText('Badge or PIN is wrong.');
    await expect(page.getByLabel('Badge')).toHaveValue('OP-1001');
    await expect(page.getByLabel('PIN')).toHaveValue('');
  });
});
