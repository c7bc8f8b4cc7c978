import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { gs1CheckDigit } from '../../src/domain/gtin';

/** A GTIN-13 no other test uses: a random body with its check digit. */
export function uniqueGtin13(): string {
  const body = `20${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
  return body + String(gs1CheckDigit(body));
}

/** A suffix for rows this test owns (the e2e server is shared by every spec of a run). */
export function stamp(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/** The master-data screens on a tablet, driven by role and label. */
export class MasterPage {
  constructor(readonly page: Page) {}

  async open(section: string): Promise<void> {
    await this.page.goto(`/supervisor/master/${section}`);
    await expect(this.page.getByRole('heading', { name: 'Master data' })).toBeVisible();
  }

  async createItem(item: { sku: string; name: string; gtin?: string; lotTracked?: boolean }): Promise<void> {
    await this.open('items');
    await this.page.getByRole('button', { name: 'New item' }).click();
    const form = this.page.getByRole('form', { name: 'New item' });
    await form.getByLabel('SKU').fill(item.sku);
    await form.getByLabel('Name').fill(item.name);
    if (item.gtin) await form.getByLabel('GTINs').fill(item.gtin);
    if (item.lotTracked) await form.getByLabel('Lot tracking (R1)').check();
    await form.getByRole('button', { name: 'Create item' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Saved: ${item.sku}: created` })).toBeVisible();
  }

  async createLocation(code: string, zone: string): Promise<void> {
    await this.open('locations');
    await this.page.getByRole('button', { name: 'New location' }).click();
    const form = this.page.getByRole('form', { name: 'New location' });
    await form.getByLabel('Code').fill(code);
    await form.getByLabel('Zone').fill(zone);
    await form.getByLabel('Type').selectOption('storage');
    await form.getByRole('button', { name: 'Create location' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Saved: ${code}: created` })).toBeVisible();
  }

  async assign(sku: string, location: string, capacity: number): Promise<void> {
    await this.open('assignments');
    const form = this.page.getByRole('form', { name: 'Assign an item to a location' });
    await form.getByLabel('Item SKU').fill(sku);
    await form.getByLabel('Location code').fill(location);
    await form.getByLabel('Capacity').fill(String(capacity));
    await form.getByRole('button', { name: 'Save assignment' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'created' })).toBeVisible();
    await expect(this.page.getByRole('table', { name: 'Assignments' }).getByRole('row').filter({ hasText: sku }).filter({ hasText: location })).toContainText(String(capacity));
  }

  async createPurchaseOrder(number: string, supplier: string, lines: { sku: string; quantity: number }[]): Promise<void> {
    await this.open('purchase-orders');
    await this.page.getByRole('button', { name: 'New purchase order' }).click();
    const form = this.page.getByRole('form', { name: 'New purchase order' });
    await form.getByLabel('Number').fill(number);
    await form.getByLabel('Supplier').fill(supplier);
    for (const [i, line] of lines.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Add line' }).click();
      await form.getByLabel(`Line ${i + 1} SKU`).fill(line.sku);
      await form.getByLabel(`Line ${i + 1} quantity`).fill(String(line.quantity));
    }
    await form.getByRole('button', { name: 'Save purchase order' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Saved: ${number}: created` })).toBeVisible();
  }

  /** The received / expected cell of an order's line on the purchase orders list. */
  async expectReceived(number: string, sku: string, text: string): Promise<void> {
    await this.open('purchase-orders');
    await expect(this.page.getByRole('table', { name: `Lines of ${number}` }).getByRole('row').filter({ hasText: sku })).toContainText(text);
  }
}

/** A supervisor's token for reading the server's truth through the integration API. */
export async function supervisorToken(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { badge: 'SV-3001', pin: '3456' } });
  return ((await login.json()) as { token: string }).token;
}

export async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path, { headers: { authorization: `Bearer ${await supervisorToken(request)}` } });
  expect(response.ok(), `GET ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

export async function apiPut(request: APIRequestContext, path: string, body: unknown): Promise<{ summary: { errors: number } }> {
  const response = await request.put(path, { data: body, headers: { authorization: `Bearer ${await supervisorToken(request)}` } });
  expect(response.ok(), `PUT ${path}: ${response.status()}`).toBe(true);
  const answer = (await response.json()) as { summary: { errors: number } };
  expect(answer.summary.errors, JSON.stringify(answer)).toBe(0);
  return answer;
}
