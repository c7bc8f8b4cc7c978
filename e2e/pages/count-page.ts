import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanUntil, wedgeScan } from '../support/wedge';
import { randomUUID } from 'node:crypto';

/** The cycle count wizard, driven by keyboard-wedge scans with nothing focused. */
export class CountPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await openFlow(this.page, 'Count', 'Location');
  }

  /** A wedge scan: the scanner types the code and Enter, nothing focused (the heading clicked first). */
  async wedge(code: string): Promise<void> {
    await wedgeScan(this.page, code);
  }

  /**
   * A wedge scan until the screen shows it took it. On a loaded machine the
   * keys can arrive further apart than a scanner's burst and read as typing:
   * the operator hears no beep and scans again.
   */
  async scanUntil(code: string, took: () => Promise<void>): Promise<void> {
    await scanUntil(this.page, code, took);
  }

  async scanLocation(code: string): Promise<void> {
    await this.scanUntil(code, () => expect(this.page.getByRole('heading', { name: 'Count · Item' })).toBeVisible({ timeout: 2_000 }));
  }

  async scanItem(code: string, next: 'Quantity' | 'Serials' = 'Quantity'): Promise<void> {
    await this.scanUntil(code, () => expect(this.page.getByRole('heading', { name: `Count · ${next}` })).toBeVisible({ timeout: 2_000 }));
  }

  async scanLot(lot: string): Promise<void> {
    await this.scanUntil(lot, () => expect(this.page.getByLabel('Counted lot')).toHaveValue(lot, { timeout: 2_000 }));
  }

  async scanSerial(serial: string): Promise<void> {
    const counted = this.page.getByRole('list', { name: 'Counted serials' }).getByRole('listitem').filter({ hasText: serial });
    await this.scanUntil(serial, () => expect(counted).toHaveCount(1, { timeout: 2_000 }));
  }

  async expectExpected(lot: string, quantity: number): Promise<void> {
    await expect(this.page.getByTestId('expected-lot')).toHaveText(lot);
    await expect(this.page.getByTestId('expected-quantity')).toContainText(String(quantity));
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish count' }).click();
    await expect(this.page.getByRole('heading', { name: 'Count · Confirm' })).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Confirm count' }).click();
    await expect(this.page.getByText('Count saved on this device')).toBeVisible();
  }
}

/** Pushes one operation through the API as a user, from a device of its own (another phone, a supervisor's desk). */
export async function pushAs(request: APIRequestContext, badge: string, pin: string, type: string, payload: unknown) {
  const login = await request.post('/api/auth/login', { data: { badge, pin } });
  const { token } = (await login.json()) as { token: string };
  const response = await request.post('/api/sync/push', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      deviceId: `e2e-${randomUUID().slice(0, 8)}`,
      operations: [{ id: randomUUID(), seq: 1, type, deviceTime: new Date().toISOString(), payload }],
    },
  });
  expect(response.ok()).toBe(true);
  const { outcomes } = (await response.json()) as { outcomes: { outcome: string; code: string | null }[] };
  return outcomes[0]!;
}

/** A GTIN-14 with its check digit from 13 digits. */
export function gtin14(first13: string): string {
  const sum = [...first13].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${first13}${(10 - (sum % 10)) % 10}`;
}

/**
 * An item of the test's own (lot tracked, with a GTIN) assigned to `shelves`,
 * each stocked by a supervisor's restock with its lot and quantity, as the ERP
 * and another device would have done.
 */
export async function seedTrackedItem(
  request: APIRequestContext, tag: string, shelves: { code: string; lot: string; quantity: number }[],
): Promise<{ sku: string; gtin: string }> {
  const login = await request.post('/api/auth/login', { data: { badge: 'SV-3001', pin: '3456' } });
  const { token } = (await login.json()) as { token: string };
  const put = async (path: string, data: unknown) => {
    const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  };
  const sku = `T-${tag}`;
  const gtin = gtin14(`0${String(Date.now()).slice(-12)}`);
  await put('/api/v1/locations', { locations: shelves.map((s) => ({ code: s.code, zone: 'E2E', type: 'storage' })) });
  await put('/api/v1/items', { items: [{ sku, name: `Test ${tag}`, unit: 'each', gtins: [gtin], lotTracked: true }] });
  await put('/api/v1/assignments', { assignments: shelves.map((s) => ({ sku, location: s.code, capacity: 100 })) });
  for (const s of shelves) {
    const restock = await pushAs(request, 'SV-3001', '3456', 'restock', { item: sku, lines: [{ location: s.code, quantity: s.quantity, lot: s.lot }] });
    expect(restock.outcome).toBe('applied');
  }
  return { sku, gtin };
}

/** The figure's rendered font size in px: the floor contract wants at least 24 and bold. */
export async function fontPx(locator: Locator): Promise<number> {
  return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
