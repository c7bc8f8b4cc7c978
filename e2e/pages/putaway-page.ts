import { expect, type Locator, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil } from '../support/wedge';

/** The putaway wizard, driven by keyboard-wedge scans. */
export class PutawayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Putaway', 'From');
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: `Putaway · ${step}` })).toBeVisible();
  }

  /** A wedge scan with nothing focused, until `then` shows (a step's name, or a locator). */
  async scan(code: string, then: string | Locator): Promise<void> {
    const expected = typeof then === 'string' ? this.page.getByRole('heading', { name: `Putaway · ${then}` }) : then;
    await scanUntil(this.page, code, () => expect(expected.first()).toBeVisible({ timeout: 3_000 }));
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
