import { expect, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil, wedgeScan } from '../support/wedge';

/** The pack wizard, driven by keyboard-wedge scans with nothing focused. */
export class PackPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Pack', 'Shipment');
  }

  async wedge(code: string): Promise<void> {
    await wedgeScan(this.page, code);
  }

  /** A wedge scan, scanned again when a loaded machine stretched it into typing (no beep). */
  async scanUntil(code: string, took: () => Promise<void>): Promise<void> {
    await scanUntil(this.page, code, took);
  }

  async scanShipment(reference: string): Promise<void> {
    await this.scanUntil(reference, () => expect(this.page.getByRole('heading', { name: 'Pack · Lines' })).toBeVisible({ timeout: 2_000 }));
  }

  async scanItem(code: string): Promise<void> {
    await this.scanUntil(code, () => expect(this.page.getByRole('group', { name: new RegExp(`^Line ${code}`) })).toBeVisible({ timeout: 2_000 }));
  }

  async scanLot(lot: string): Promise<void> {
    await this.scanUntil(lot, () => expect(this.page.getByLabel('Lot packed')).toHaveValue(lot, { timeout: 2_000 }));
  }

  async addLine(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add line' }).click();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish packing' }).click();
    await expect(this.page.getByRole('heading', { name: 'Pack · Confirm' })).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm pack' }).click();
    await expect(this.page.getByText('Pack saved on this device')).toBeVisible();
  }
}
