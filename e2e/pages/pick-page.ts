import { expect, type Page } from '@playwright/test';

const SCANNER_GAP_MS = 8;
const PUNCTUATION: Record<string, [code: string, keyCode: number]> = {
  '-': ['Minus', 189], '(': ['Digit9', 57], ')': ['Digit0', 48], '.': ['Period', 190], '/': ['Slash', 191],
};

function describeKey(key: string): { key: string; code: string; windowsVirtualKeyCode: number; text: string } {
  if (key === 'Enter') return { key, code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' };
  const upper = key.toUpperCase();
  if (/^[A-Z]$/.test(upper)) return { key, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), text: key };
  if (/^[0-9]$/.test(key)) return { key, code: `Digit${key}`, windowsVirtualKeyCode: key.charCodeAt(0), text: key };
  const [code, keyCode] = PUNCTUATION[key] ?? ['', 0];
  return { key, code, windowsVirtualKeyCode: keyCode, text: key };
}

const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - Date.now())));

/**
 * A keyboard-wedge scanner with nothing focused: each key then Enter, 8 ms apart. The
 * keys go through DevTools stamped with their time, as a scanner's are, so the page sees
 * 8 ms gaps even on a busy 2-core machine (page.keyboard.type({ delay: 8 })'s round trips
 * stretch gaps past the wedge's 30 ms under load, as e2e/wedge.spec.ts found).
 */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = Date.now() + 5;
    const sent: Promise<unknown>[] = [];
    for (const [i, key] of [...code, 'Enter'].entries()) {
      const at = start + i * SCANNER_GAP_MS;
      await until(at);
      const { text, ...description } = describeKey(key);
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...description, text, unmodifiedText: text, timestamp: at / 1000 }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...description, timestamp: (at + SCANNER_GAP_MS / 2) / 1000 }));
    }
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}

/** The pick wizard, driven by keyboard-wedge scans (nothing focused, keys then Enter). */
export class PickPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Home' }).click();
    await this.page.getByRole('button', { name: 'Pick', exact: true }).click();
    await expect(this.heading('Location')).toBeVisible();
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

  async quantity(n: number, requested?: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Quantity picked' }).fill(String(n));
    if (requested !== undefined) await this.page.getByLabel('Requested on the pick list (optional)').fill(String(requested));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await expect(this.heading('Confirm')).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm pick' }).click();
    await expect(this.page.getByText('Pick saved on this device')).toBeVisible();
  }
}
