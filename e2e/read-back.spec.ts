// Spoken read-back (a device preference): the restock Place step says the
// shelf, lot and quantity to read, once, in the user's language, and says the
// next shelf when the first is scanned. speechSynthesis is replaced by a
// recorder: what matters is what is handed to it, and how often.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { scanUntil } from './support/wedge';

declare global {
  interface Window {
    __spoken?: { text: string; lang: string }[];
  }
}

test('the restock Place step reads its shelf, lot and quantity aloud once, when read-back is on', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('lotline.prefs', JSON.stringify({ speak: true }));
    const spoken: { text: string; lang: string }[] = [];
    window.__spoken = spoken;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined },
    });
  });
  const spoken = () => page.evaluate(() => window.__spoken ?? []);
  const app = new AppPage(page);
  await app.login('OP-1001', '1234');
  await app.expectSynced();
  const restock = new RestockPage(page);
  await restock.open();
  await restock.scanItem('MILK-1L');
  await restock.quantity(12);
  await restock.lots([{ lot: 'L2611Q', quantity: 12 }]);

  const shelf = (await page.locator('[data-testid="placement"]').first().getAttribute('data-shelf')) ?? '';
  const spelled = shelf.split('-').map((part) => [...part].join(' ')).join(', ');
  // Nothing before Place (no step before it asks for a location, lot or quantity to be read), then this, once.
  await expect.poll(spoken).toEqual([{ text: `Location ${spelled}. Lot L 2 6 1 1 Q. 12 carton.`, lang: 'en' }]);
  // Re-renders (typing in a stepper, live queries) do not say it again.
  await page.waitForTimeout(500);
  expect(await spoken()).toHaveLength(1);

  await scanUntil(page, shelf, async () => {
    await expect(page.locator(`[data-testid="placement"][data-shelf="${shelf}"][data-scanned="true"]`)).toBeVisible({ timeout: 2000 });
  });
  // Every shelf scanned: nothing more to read.
  await page.waitForTimeout(300);
  expect(await spoken()).toHaveLength(1);
});
