import { expect, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil } from '../support/wedge';

/** The restock wizard, step by step, driven the way an operator does (typed scans end with Enter). */
export class RestockPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Restock', 'Item');
  }

  async scanItem(code: string): Promise<void> {
    // Typed and confirmed with the button: an instant fill followed by Enter looks like an
    // input-method scanner to the wedge (wedge.spec.ts covers real scans).
    await this.page.getByLabel('Item (scan or type SKU / GTIN)').fill(code);
    await this.page.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
  }

  async quantity(n: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Quantity to restock' }).fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** R5: lots one after another; each takes what is still without a lot, then is lowered to `quantity`. */
  async lots(lots: { lot: string; quantity: number }[]): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Restock · Lots' })).toBeVisible();
    for (const { lot, quantity } of lots) {
      await this.page.getByLabel('Lot', { exact: true }).fill(lot);
      await this.page.getByRole('button', { name: 'Add lot' }).click();
      await this.page.getByRole('textbox', { name: `Quantity of lot ${lot}` }).fill(String(quantity));
      await expect(this.page.getByRole('textbox', { name: `Quantity of lot ${lot}` })).toHaveValue(String(quantity));
    }
    await this.page.getByRole('button', { name: 'Restock', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Restock · Place' })).toBeVisible();
  }

  async expectPlaced(location: string, quantity: number): Promise<void> {
    await expect(this.page.getByRole('textbox', { name: `Into ${location}` }).first()).toHaveValue(String(quantity));
  }

  /** Issue 16: every share on Place is confirmed by scanning its shelf's label (wedge), as the suggestion shows it. */
  async scanShelves(): Promise<void> {
    const placements = this.page.locator('[data-testid="placement"]');
    const open = this.page.locator('[data-testid="placement"][data-scanned="false"]');
    await expect(placements.first()).toBeVisible();
    while ((await open.count()) > 0) {
      const code = (await open.first().getAttribute('data-shelf')) ?? '';
      await scanUntil(this.page, code, async () => {
        await expect(this.page.locator(`[data-testid="placement"][data-shelf="${code}"][data-scanned="true"]`).first()).toBeVisible({ timeout: 2000 });
      });
    }
  }

  async confirm(): Promise<void> {
    await this.scanShelves();
    await this.page.getByRole('button', { name: 'Confirm restock' }).click();
    await expect(this.page.getByText('Restock saved on this device')).toBeVisible();
  }
}
