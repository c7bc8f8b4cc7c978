// Labels scan back into the same thing: a supervisor on a tablet prints a
// label (the print layout, screenshotted as the printer would get it), the
// label's image is filmed by Chromium's fake camera (placed on a camera-like
// scene by scripts/make-camera-fixtures.ts: tilt, blur, noise), and an
// operator's phone reads it with the app's camera scanner: the item label
// chooses the item and fills its lot; the location label opens the location.
import { chromium, devices, expect, test, type Browser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { makeScene, writeY4m, type CodeImage, type Gray } from '../scripts/make-camera-fixtures';
import { AppPage } from './pages/app-page';
import { MasterPage, stamp } from './pages/master-page';
import { CHROMIUM_LAUNCH } from './support/chromium';

const SUPERVISOR = ['SV-3001', '3456'] as const;
const OPERATOR = ['OP-1001', '1234'] as const;

/** The supervisor's tablet in the test's browser. */
async function tablet(browser: Browser, baseURL: string): Promise<{ page: Page; master: MasterPage }> {
  const { defaultBrowserType: _, ...tab } = devices['Galaxy Tab S4 landscape'];
  const page = await (await browser.newContext({ ...tab, baseURL })).newPage();
  const app = new AppPage(page);
  await app.login(...SUPERVISOR);
  await app.expectSynced();
  return { page, master: new MasterPage(page) };
}

/** The printed label as the printer gets it: the print layout, one label, at the tablet's pixel density. */
async function printedLabel(page: Page): Promise<{ image: CodeImage; bcid: string; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const label = page.locator('.label-sheet .label').first();
  await expect(label.locator('svg')).toBeVisible();
  const shot = await label.screenshot({ scale: 'device', animations: 'disabled' });
  await test.info().attach('printed label', { body: shot, contentType: 'image/png' });
  const png = PNG.sync.read(shot);
  await page.emulateMedia({ media: 'screen' });
  // Black and white, as printed: anything darker than mid grey is ink.
  const data = new Uint8Array(png.width * png.height);
  for (let i = 0; i < data.length; i += 1) data[i] = png.data[i * 4]! < 128 ? 0 : 255;
  return {
    image: { width: png.width, height: png.height, data, scale: 1 },
    bcid: (await label.getAttribute('data-bcid')) ?? '',
    text: (await label.getAttribute('data-text')) ?? '',
  };
}

/** One second of camera video of the label held `width` camera pixels wide, slightly tilted and moving. */
function filmLabel(image: CodeImage, width: number, path: string): string {
  const module = width / image.width;
  const frames: Gray[] = [];
  for (let i = 0; i < 10; i += 1) {
    frames.push(makeScene(image, { module, angle: 2 + (i % 3) * 0.5, offset: { x: (i % 5) - 2, y: 0 }, noise: 6, blur: 1, seed: 300 + i }));
  }
  writeY4m(path, frames, 10);
  return path;
}

/** An operator's phone whose camera films the video. */
async function phoneFilming(video: string, baseURL: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [...CHROMIUM_LAUNCH.args, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  const page = await (await browser.newContext({ ...pixel, baseURL, permissions: ['camera'] })).newPage();
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  return { browser, page };
}

async function cameraReads(page: Page): Promise<unknown[]> {
  return page.evaluate(() => performance.getEntriesByName('camera:read').map((e) => (e as PerformanceMark).detail as unknown));
}

test('a printed GS1 DataMatrix item label with a lot scans back: the phone camera chooses MILK-1L and the lot takes the quantity', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const lot = `LB${stamp()}`.slice(0, 20);
  const { page, master } = await tablet(browser, baseURL!);
  await master.open('items');
  await page.getByLabel('Search items').fill('MILK-1L');
  await page.getByRole('checkbox', { name: 'Select MILK-1L' }).check();
  await page.getByRole('button', { name: 'Print labels (1)' }).click();
  await page.getByLabel('Lot on the labels (optional)').fill(lot);
  await expect(page.locator('.label-sheet .label')).toHaveAttribute('data-text', `(01)05012345000015(10)${lot}`);
  await expect(page.locator('.label-sheet .label')).toContainText('MILK-1L');
  const printed = await printedLabel(page);
  expect(printed.bcid).toBe('gs1datamatrix');
  await page.context().close();

  const video = filmLabel(printed.image, 640, test.info().outputPath('milk-label.y4m'));
  const phone = await phoneFilming(video, baseURL!);
  try {
    await phone.page.getByRole('button', { name: 'Home' }).click();
    await phone.page.getByRole('button', { name: 'Restock' }).click();
    await phone.page.getByRole('button', { name: 'Scan with camera' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible({ timeout: 20_000 });
    await expect(phone.page.locator('.item-line')).toContainText('MILK-1L');
    expect(await cameraReads(phone.page)).toEqual([{ format: 'DataMatrix', symbologyIdentifier: ']d2', engine: 'zxing-wasm' }]);
    await phone.page.getByRole('textbox', { name: 'Quantity to restock' }).fill('7');
    await phone.page.getByRole('button', { name: 'Continue' }).click();
    await expect(phone.page.getByRole('textbox', { name: `Quantity of lot ${lot}` })).toHaveValue('7');
  } finally {
    await phone.browser.close();
  }
});

test('a printed Code 128 location label scans back: the phone camera opens C-01-01 in a count', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { page, master } = await tablet(browser, baseURL!);
  await master.open('locations');
  await page.getByLabel('Search locations').fill('C-01-01');
  await page.getByRole('checkbox', { name: 'Select C-01-01' }).check();
  await page.getByRole('button', { name: 'Print labels (1)' }).click();
  await expect(page.locator('.label-sheet .label')).toHaveAttribute('data-text', 'C-01-01');
  const printed = await printedLabel(page);
  expect(printed.bcid).toBe('code128');
  await page.context().close();

  const video = filmLabel(printed.image, 900, test.info().outputPath('location-label.y4m'));
  const phone = await phoneFilming(video, baseURL!);
  try {
    await phone.page.getByRole('button', { name: 'Home' }).click();
    await phone.page.getByRole('button', { name: 'Count' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Count · Location' })).toBeVisible();
    await phone.page.getByRole('button', { name: 'Scan with camera' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Count · Item' })).toBeVisible({ timeout: 20_000 });
    await expect(phone.page.getByText('C-01-01').first()).toBeVisible();
    expect(await cameraReads(phone.page)).toEqual([expect.objectContaining({ format: 'Code128' })]);
  } finally {
    await phone.browser.close();
  }
});
