import { expect, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil, wedgeScan } from '../support/wedge';

/** The assign wizard, driven by keyboard-wedge scans with nothing focused. */
export class AssignPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Assign', 'Item');
  }

  async wedge(code: string): Promise<void> {
    await wedgeScan(this.page, code);
  }

  /** A wedge scan, scanned again when a loaded machine stretched it into typing (no beep). */
  async scanUntil(code: string, took: () => Promise<void>): Promise<void> {
    await scanUntil(this.page, code, took);
  }

  async scanItem(code: string): Promise<void> {
    await this.scanUntil(code, () => expect(this.page.getByRole('heading', { name: 'Assign · Location' })).toBeVisible({ timeout: 2_000 }));
  }

  async scanLocation(code: string): Promise<void> {
    await this.scanUntil(code, () => expect(this.page.getByRole('heading', { name: 'Assign · Capacity' })).toBeVisible({ timeout: 2_000 }));
  }

  async capacity(n: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Capacity' }).fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await expect(this.page.getByRole('heading', { name: 'Assign · Stock' })).toBeVisible();
  }

  async scanLot(lot: string): Promise<void> {
    await this.scanUntil(lot, () => expect(this.page.getByLabel('Lot', { exact: true })).toHaveValue(lot, { timeout: 2_000 }));
  }

  async toConfirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await expect(this.page.getByRole('heading', { name: 'Assign · Confirm' })).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm assignment' }).click();
    await expect(this.page.getByText('Assignment saved on this device')).toBeVisible();
  }
}
