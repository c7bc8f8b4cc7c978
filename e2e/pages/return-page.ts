import { expect, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { wedgeScan } from '../support/wedge';

/** The return wizard, driven by keyboard-wedge scans (nothing focused, keys then Enter). */
export class ReturnPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Return', 'Item');
  }

  heading(step: string) {
    return this.page.getByRole('heading', { name: `Return · ${step}` });
  }

  async wedge(code: string): Promise<void> {
    await this.page.locator('#return-title').click();
    await wedgeScan(this.page, code);
  }

  async scanItem(code: string, next: 'Lot' | 'Serials' | 'Location' = 'Lot'): Promise<void> {
    await this.wedge(code);
    await expect(this.heading(next)).toBeVisible();
  }

  async scanLot(lot: string): Promise<void> {
    await this.wedge(lot);
    await expect(this.heading('Location')).toBeVisible();
  }

  async scanLocation(code: string): Promise<void> {
    await this.wedge(code);
  }

  async quantity(n: number): Promise<void> {
    await expect(this.heading('Quantity')).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Quantity returned' }).fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await expect(this.heading('Confirm')).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm return' }).click();
    await expect(this.page.getByText('Return saved on this device')).toBeVisible();
  }
}
