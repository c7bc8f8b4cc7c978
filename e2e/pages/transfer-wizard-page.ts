import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { openFlow } from '../support/flows';
import { scanExpecting, type Tone } from '../support/tones';
import { scanUntil } from '../support/wedge';
import { pushAs } from './count-page';
import { loginToken, serverRows } from '../support/server';

/**
 * Move and putaway are driven alike (from, item, lot or serials, quantity, then
 * where the goods go): the shared half of their page models, by wizard title.
 */
export class TransferWizardPage {
  constructor(readonly page: Page, private readonly title: 'Move' | 'Putaway', private readonly quantityLabel: string, private readonly afterQuantity: string) {}

  async open(): Promise<void> {
    await openFlow(this.page, this.title, 'From');
  }

  private heading(step: string): Locator {
    return this.page.getByRole('heading', { name: `${this.title} · ${step}` });
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.heading(step)).toBeVisible();
  }

  /** A wedge scan with nothing focused, until `then` shows (a step's name, or a locator). */
  async scan(code: string, then: string | Locator): Promise<void> {
    const expected = typeof then === 'string' ? this.heading(then) : then;
    await scanUntil(this.page, code, () => expect(expected.first()).toBeVisible({ timeout: 3_000 }));
  }

  /** One wedge scan that must be answered with exactly `tone`, then the wizard is at `step`. */
  async scanTone(code: string, tone: Tone, step: string): Promise<void> {
    await scanExpecting(this.page, code, tone);
    await this.expectStep(step);
  }

  get quantityField(): Locator {
    return this.page.getByRole('textbox', { name: this.quantityLabel });
  }

  /** Sets the quantity on the keypad and continues (a quantity other than the default). */
  async quantity(n: number): Promise<void> {
    await this.expectStep('Quantity');
    await this.quantityField.fill(String(n));
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.expectStep(this.afterQuantity);
  }

  /** The floor contract on a 360x640 screen: the step's big figures are at least 24 px, and its primary button is on screen. */
  async expectFloorLayout(primary?: string | RegExp): Promise<void> {
    const figures = this.page.locator('.figures dd, .item-line');
    await expect(figures.first()).toBeVisible();
    const sizes = await figures.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes), 'figure font size (px)').toBeGreaterThanOrEqual(24);
    if (primary) await expect(this.page.getByRole('button', { name: primary, exact: true })).toBeInViewport();
  }
}

/** A valid GTIN-13 nobody else uses (check digit by the GS1 rule). */
function freshGtin(): string {
  const body = `4${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reverse().reduce((n, d, i) => n + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}

export interface TransferStock {
  sku: string;
  itemId: string;
  /** GTIN-14, as a GS1 label carries it in (01). */
  gtin: string;
  tag: string;
  /** Each location's code, id and what was received there. */
  at: { code: string; id: string; lot: string | null; quantity: number }[];
}

/**
 * A lot-tracked item of its own (with a GTIN) assigned to locations of its
 * own, each received with `quantity` of `lot` (none for an empty slot), so a
 * spec may assert absolute figures on the shared demo server.
 */
export async function transferStock(
  request: APIRequestContext, prefix: string, places: { type: 'receiving' | 'storage'; lot: string | null; quantity: number }[],
): Promise<TransferStock> {
  const tag = `${Date.now().toString(36).toUpperCase().slice(-5)}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
  const sku = `${prefix}-${tag}`;
  const gtin = freshGtin();
  const codes = places.map((_, i) => `${prefix}${i}-${tag}`);
  const token = await loginToken(request, 'SV-3001', '3456');
  const put = async (path: string, data: unknown) => {
    const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  };
  await put('/api/v1/locations', { locations: codes.map((code, i) => ({ code, zone: 'Transfer', type: places[i]!.type })) });
  await put('/api/v1/items', { items: [{ sku, name: `Transfer test ${tag}`, unit: 'carton', lotTracked: true, gtins: [gtin] }] });
  await put('/api/v1/assignments', { assignments: codes.map((location) => ({ sku, location, capacity: 100 })) });
  const lines = places.flatMap((p, i) => (p.lot && p.quantity > 0 ? [{ location: codes[i], quantity: p.quantity, lot: p.lot + tag }] : []));
  expect((await pushAs(request, 'OP-1001', '1234', 'restock', { item: sku, lines })).outcome).toBe('applied');
  const rows = await serverRows(request);
  return {
    sku, gtin: `0${gtin}`, tag, itemId: rows.items.find((i) => i.sku === sku)!.id,
    at: codes.map((code, i) => ({ code, id: rows.locations.find((l) => l.code === code)!.id, lot: places[i]!.lot && places[i]!.lot + tag, quantity: places[i]!.quantity })),
  };
}
