import { expect, type Page } from '@playwright/test';
import { TransferWizardPage } from './transfer-wizard-page';

/** The move wizard, driven by keyboard-wedge scans the way an operator does. */
export class MovePage extends TransferWizardPage {
  constructor(page: Page) {
    super(page, 'Move', 'Quantity to move', 'To');
  }

  /** From, item, lot verified (matching: on to the quantity), quantity, the destination's label, confirm. */
  async move(from: string, item: string, lot: string, quantity: number, to: string): Promise<void> {
    await this.open();
    await this.scan(from, 'Item');
    await this.scan(item, 'Lot');
    await this.scan(lot, 'Quantity');
    await this.quantityField.fill(String(quantity));
    await this.scan(to, 'Confirm');
    await this.confirm();
  }

  async confirm(): Promise<void> {
    await this.expectStep('Confirm');
    await this.page.getByRole('button', { name: 'Confirm move' }).click();
    await expect(this.page.getByText('Move saved on this device')).toBeVisible();
  }
}
