import { expect, type Page } from '@playwright/test';
import { TransferWizardPage } from './transfer-wizard-page';

/** The putaway wizard, driven by keyboard-wedge scans. */
export class PutawayPage extends TransferWizardPage {
  constructor(page: Page) {
    super(page, 'Putaway', 'Quantity to put away', 'Place');
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm putaway' }).click();
    await expect(this.page.getByText('Putaway saved on this device')).toBeVisible();
  }
}
