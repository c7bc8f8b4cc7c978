import { expect, type Locator, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil } from '../support/wedge';

/** The move wizard, driven by keyboard-wedge scans the way an operator does. */
export class MovePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Move', 'From');
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: `Move · ${step}` })).toBeVisible();
  }

  /** A wedge scan with nothing focused, until `then` shows (a step's name, or a locator). */
  async scan(code: string, then: string | Locator): Promise<void> {
    const expected = typeof then === 'string' ? this.page.getByRole('heading', { name: `Move · ${then}` }) : then;
    await scanUntil(this.page, code, () => expect(expected.first()).toBeVisible({ timeout: 3_000 }));
  }

  async quantity(n: number): Promise<void> {
    await this.expectStep('Quantity');
    await this.page.getByRole('textbox', { name: 'Quantity to move' }).fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.expectStep('To');
  }

  /** From, item, lot verified (matching), quantity, destination, confirm. */
  async move(from: string, item: string, lot: string, quantity: number, to: string): Promise<void> {
    await this.open();
    await this.scan(from, 'Item');
    await this.scan(item, 'Lot');
    await this.scan(lot, this.page.getByText(`Lot ${lot} matches the slot.`));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.quantity(quantity);
    await this.scan(to, 'Confirm');
    await this.confirm();
  }

  async confirm(): Promise<void> {
    await this.expectStep('Confirm');
    await this.page.getByRole('button', { name: 'Confirm move' }).click();
    await expect(this.page.getByText('Move saved on this device')).toBeVisible();
  }
}
