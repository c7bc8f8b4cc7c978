// The scanner self-test on a phone, scanned with the wedge helper as a
// hardware scanner types: a good scan of the test card answers good and shows
// what the scanner sent (AIM prefix, ␝ for GS, ⏎); a scan whose GS separator
// was dropped names the setting to change; keys too slow for the wedge are
// measured and named. The printable test card draws its four barcodes.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { wedgeScan } from './support/wedge';

const GS = '\u001d';
/** The test card's codes (src/scan/test-card.ts), as a scanner sends their data. */
const GS1_128 = `0109506000134352${'10'}LT2026A${GS}17301231${'21'}SN0042`;
const DATAMATRIX = `0109506000134352${'17'}301231${'10'}LT2026B${GS}21DM0042`;

test('the scanner self-test answers good for a good scan and names the setting for a scan without its GS', async ({ page }) => {
  const app = new AppPage(page);
  await app.login('OP-1001', '1234');
  await app.expectSynced();
  await page.getByRole('button', { name: 'Scanner self-test' }).click();
  await expect(page.getByRole('heading', { name: 'Scanner self-test' })).toBeVisible();
  // The scan field keeps the soft keyboard down: the scanner types.
  const field = page.getByLabel('Scan here');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('inputmode', 'none');
  const answer = page.getByRole('region', { name: 'The last scan' });
  const card = page.getByRole('list').filter({ hasText: 'Code 128: a plain code' });

  // GS as Ctrl+] (DataWedge's "Send control characters as events"), AIM prefix on, Enter.
  await wedgeScan(page, `]C1${GS1_128}`, { blur: false });
  await expect(answer).toContainText('Scanned: GS1-128: GTIN, lot, expiry, serial');
  await expect(answer.getByTestId('sent')).toHaveText(']C1010950600013435210LT2026A␝1730123121SN0042⏎');
  await expect(answer).toContainText('Lotline reads GS1 data: (01)09506000134352(10)LT2026A(17)301231(21)SN0042');
  await expect(answer.getByRole('status')).toHaveText('Good: this scanner sends this code as Lotline needs it.');
  await expect(card.locator('[data-code="gs1-128"]')).toContainText('Good');
  await expect(field).toHaveValue('');

  // The same scanner with the GS lost: the lot swallows the serial.
  await wedgeScan(page, `]d2${DATAMATRIX.replace(GS, '')}`, { blur: false });
  await expect(answer).toContainText('Scanned: GS1 DataMatrix: GTIN, expiry, lot, serial');
  await expect(answer.getByTestId('sent')).toHaveText(']d2010950600013435217301231' + '10LT2026B‸21DM0042⏎');
  await expect(answer).toContainText(
    'Your scanner drops the GS separator: enable “Send control characters”, or set the substitute to ~ (the scanner replaces GS with it).',
  );
  await expect(answer.getByRole('status')).toHaveCount(0);
  await expect(card.locator('[data-code="gs1-datamatrix"]')).toContainText('A setting to change');

  // An inter-character delay: 60 ms between keys, twice what the wedge takes.
  await wedgeScan(page, ']C0LOTLINE-128', { blur: false, gapMs: 60 });
  await expect(answer).toContainText('Keystrokes arrive too slowly: up to 6');
  await expect(answer).toContainText('Lotline takes a scan’s keys at most 30 ms apart');
});

test('the test card draws its four barcodes, each with what a scanner sends for it', async ({ page }) => {
  const app = new AppPage(page);
  await app.login('OP-1001', '1234');
  await app.expectSynced();
  await page.getByRole('button', { name: 'Scanner self-test' }).click();
  await page.getByRole('button', { name: 'Print the scanner test card' }).click();
  await expect(page.getByRole('heading', { name: 'Scanner test card' })).toBeVisible();
  await expect(page.locator('.test-card-code svg')).toHaveCount(4);
  await expect(page.getByRole('img', { name: 'GS1 DataMatrix: GTIN, expiry, lot, serial' })).toBeVisible();
  await expect(page.getByText('AIM code ID on: ]C1 010950600013435210LT2026A␝1730123121SN0042⏎')).toBeVisible();
});
