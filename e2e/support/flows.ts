// Opening an operator flow from anywhere: the banner's Home link (a Done step
// has a Home button of its own), then the flow's tile.
import { expect, type Page } from '@playwright/test';

export async function openFlow(page: Page, title: string, firstStep: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: `${title} · ${firstStep}` })).toBeVisible();
}
