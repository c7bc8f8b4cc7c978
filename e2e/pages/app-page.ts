import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in app: status bar, home, inbox. */
export class AppPage {
  readonly syncStatus: Locator;
  readonly pending: Locator;
  readonly attention: Locator;

  constructor(readonly page: Page) {
    this.syncStatus = page.getByRole('status', { name: 'Sync status' });
    this.pending = page.getByLabel('Pending operations');
    this.attention = page.getByRole('button', { name: /^Attention: / });
  }

  async login(badge: string, pin: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Badge').fill(badge);
    await this.page.getByLabel('PIN').fill(pin);
    await this.page.getByRole('button', { name: 'Log in' }).click();
    await expect(this.syncStatus).toBeVisible();
  }

  /** The first sync has finished and nothing is waiting. */
  async expectSynced(): Promise<void> {
    await expect(this.page.getByLabel('Last sync')).toHaveText(/^Synced (just now|\d+ s ago|\d+ min ago)$/);
    await expect(this.pending).toHaveText('0 pending');
  }

  async expectPending(count: number): Promise<void> {
    await expect(this.pending).toHaveText(`${count} pending`);
  }

  async openInbox(): Promise<void> {
    await this.attention.click();
    await expect(this.page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  }
}
