import { expect, type Locator, type Page } from '@playwright/test';

/** The putaway wizard, driven by keyboard-wedge scans. */
export class PutawayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
    await this.page.getByRole('button', { name: 'Putaway', exact: true }).click();
    await this.expectStep('From');
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: `Putaway · ${step}` })).toBeVisible();
  }

  /**
   * A wedge scan: keys typed fast and Enter, with nothing focused, until
   * `then` shows (a step's name, or a locator). On a loaded machine a burst can
   * come out slower than a scanner's: the wedge then drops it, or keeps only
   * its tail (a person typing, then a burst); the scan is typed again.
   */
  async scan(code: string, then: string | Locator): Promise<void> {
    const expected = typeof then === 'string' ? this.page.getByRole('heading', { name: `Putaway · ${then}` }) : then;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await this.page.getByRole('heading', { level: 1 }).click();
      await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await this.page.keyboard.type(code, { delay: 8 });
      await this.page.keyboard.press('Enter');
      try {
        await expect(expected.first()).toBeVisible({ timeout: 3_000 });
        return;
      } catch {
        // Not read as this scan: type it again.
      }
    }
    const toast = await this.page.locator('.scan-toast').allTextContents();
    await expect(expected.first(), `scan ${code}; last refusal: ${toast.join(' | ') || 'none'}`).toBeVisible();
  }

  async quantity(n: number): Promise<void> {
    await this.expectStep('Quantity');
    await this.page.getByRole('textbox', { name: 'Quantity to put away' }).fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.expectStep('Place');
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm putaway' }).click();
    await expect(this.page.getByText('Putaway saved on this device')).toBeVisible();
  }
}
