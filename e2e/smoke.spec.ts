import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';

// Demo users seeded by `sync-server/src/main.ts --demo`.
const OPERATOR = { badge: 'OP-1001', pin: '1234' };

test.describe('app shell against the real sync server', () => {
  let shell: ShellPage;

  test.beforeEach(async ({ page }) => {
    shell = new ShellPage(page);
    await shell.goto();
  });

  test('shows that the server is healthy', async () => {
    await expect(shell.health).toHaveText(/^Server: ok \((pglite|postgres)\)$/);
  });

  test('logs the demo operator in with badge and PIN', async () => {
    await shell.login(OPERATOR.badge, OPERATOR.pin);

    await expect(shell.session).toHaveText(/^Logged in as .+ \(operator\)$/);
    await expect(shell.error).toBeHidden();

    await shell.logOut.click();
    await expect(shell.logIn).toBeVisible();
  });

  test('shows the server\'s error for a wrong PIN', async ({ page }) => {
    const answer = page.waitForResponse(
      (response) => response.url().endsWith('/api/auth/login') && response.request().method() === 'POST',
    );
    await shell.login(OPERATOR.badge, '0000');
    const response = await answer;

    expect(response.status()).toBeGreaterThanOrEqual(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toBeTruthy();

    await expect(shell.error).toHaveText(body.error.message);
    await expect(shell.session).toBeHidden();
    // The badge stays filled in for another try; the PIN is cleared.
    await expect(shell.badge).toHaveValue(OPERATOR.badge);
    await expect(shell.pin).toHaveValue('');
  });
});
