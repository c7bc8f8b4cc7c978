import { expect, type Locator, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil } from '../support/wedge';

/**
 * Move and putaway are driven alike (from, item, lot or serials, quantity, then
 * where the goods go): the shared half of their page models, by wizard title.
 */
export class TransferWizardPage {
  constructor(readonly page: Page, private readonly title: 'Move' | 'Putaway', private readonly quantityLabel: string, private readonly afterQuantity: string) {}

  async open(): Promise<void> {
    await openFlow(this.page, this.title, 'From');
  }

  private heading(step: string): Locator {
    return this.page.getByRole('heading', { name: `${this.title} · ${step}` });
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.heading(step)).toBeVisible();
  }

  /** A wedge scan with nothing focused, until `then` shows (a step's name, or a locator). */
  async scan(code: string, then: string | Locator): Promise<void> {
    const expected = typeof then === 'string' ? this.heading(then) : then;
    await scanUntil(this.page, code, () => expect(expected.first()).toBeVisible({ timeout: 3_000 }));
  }

  async quantity(n: number): Promise<void> {
    await this.expectStep('Quantity');
    await this.page.getByRole('textbox', { name: this.quantityLabel }).fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.expectStep(this.afterQuantity);
  }
}
