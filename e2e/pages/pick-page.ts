import { expect, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { wedgeScan } from '../support/wedge';

export { wedgeScan };

/** The pick wizard, driven by keyboard-wedge scans (nothing focused, keys then Enter). */
export class PickPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Pick', 'Location');
  }

  heading(step: string) {
    return this.page.getByRole('heading', { name: `Pick · ${step}` });
  }

  /** A scanner in keyboard-wedge mode: the heading is clicked so no field has focus. */
  async wedge(code: string): Promise<void> {
    await this.page.locator('#pick-title').click();
    await wedgeScan(this.page, code);
  }

  async scanLocation(code: string): Promise<void> {
    await this.wedge(code);
    await expect(this.heading('Item')).toBeVisible();
  }

  async scanItem(code: string, next: 'Quantity' | 'Serials' = 'Quantity'): Promise<void> {
    await this.wedge(code);
    await expect(this.heading(next)).toBeVisible();
  }

  async expectSlotLot(text: string): Promise<void> {
    await expect(this.page.getByTestId('slot-lot')).toHaveText(text);
  }

  /** The quantity step: the quantity (and, on a free pick, the list's request) typed; Confirm pick saves from there. */
  async quantity(n: number, requested?: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Quantity picked' }).fill(String(n));
    if (requested !== undefined) await this.page.getByLabel('Requested on the pick list (optional)').fill(String(requested));
  }

  confirmButton() {
    return this.page.getByRole('button', { name: 'Confirm pick' });
  }

  /** Confirm pick, and the pick is saved (the Done step). */
  async confirm(): Promise<void> {
    await this.confirmButton().click();
    await expect(this.page.getByText('Pick saved on this device')).toBeVisible();
  }
}
