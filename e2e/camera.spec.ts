// The camera scanner end to end: Chromium's fake camera plays video of real
// GS1 labels (made by bwip-js, scripts/make-camera-fixtures.ts) and one camera
// scan at the restock item step picks the item and carries its lot and serial
// to the next steps. The decoder is ZXing-C++ (zxing-wasm) loaded from our own
// origin: the machine has no internet, and no request may leave the app.
import { devices, chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { CHROMIUM_LAUNCH } from './support/chromium';
import { CAMERA_LABELS, makeCameraVideo, type LabelSpec } from '../scripts/make-camera-fixtures';

const OPERATOR = ['OP-1001', '1234'] as const;

interface Phone {
  browser: Browser;
  page: Page;
  app: AppPage;
  restock: RestockPage;
  /** Every URL the phone requested (page, workers). */
  requests: string[];
}

// Each test launches a Chromium of its own with a fake camera fed a 14 MB video
// it makes first, then logs in and syncs: 15 s alone, past 30 s on this 2-core
// box while other suites run (a log-in click took 7 s in one trace).
test.beforeEach(() => test.slow());

/**
 * A phone whose camera films `label` (null: a label without a barcode). The
 * video is made for this test into its output folder (1280x720 Y4M, about
 * 14 MB: never committed). `grant: false` leaves the camera permission
 * unanswered, which headless Chromium treats as denied.
 */
async function phoneFilming(label: LabelSpec | null, baseURL: string, { grant = true } = {}): Promise<Phone> {
  const video = await makeCameraVideo(label, test.info().outputPath(`${label?.name ?? 'blank'}.y4m`));
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [
      ...CHROMIUM_LAUNCH.args,
      ...(grant ? ['--use-fake-ui-for-media-stream'] : []),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  const context = await browser.newContext({ ...pixel, baseURL, permissions: grant ? ['camera'] : [] });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.login(...OPERATOR);
  await app.expectSynced();
  const restock = new RestockPage(page);
  await restock.open();
  return { browser, page, app, restock, requests };
}

/** The camera:* performance marks the scanner leaves (see src/scan/camera/camera-session.ts). */
async function cameraMarks(page: Page, name: string): Promise<Record<string, unknown>[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => (e as PerformanceMark).detail as Record<string, unknown>), name);
}

function expectOnlyOwnOrigin(requests: string[], baseURL: string): void {
  const origin = new URL(baseURL).origin;
  const foreign = requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  expect(foreign, 'requests outside the app (a CDN for the .wasm?)').toEqual([]);
}

async function scanWithCamera(phone: Phone): Promise<void> {
  await phone.page.getByRole('button', { name: 'Scan with camera' }).click();
}

test('a GS1 DataMatrix filmed by the camera picks MILK-1L, and its lot takes the whole quantity', async ({ baseURL }) => {
  const phone = await phoneFilming(CAMERA_LABELS.milkDataMatrix, baseURL!);
  try {
    await scanWithCamera(phone);
    await expect(phone.page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
    await expect(phone.page.locator('.item-line')).toContainText('MILK-1L');
    // The scanner closed with the item step: the camera is off.
    await expect(phone.page.getByRole('region', { name: 'Camera scanner' })).toHaveCount(0);

    await phone.restock.quantity(20);
    await expect(phone.page.getByRole('heading', { name: 'Restock · Lots' })).toBeVisible();
    await expect(phone.page.getByRole('textbox', { name: 'Quantity of lot L2699Q' })).toHaveValue('20');

    const [read] = await cameraMarks(phone.page, 'camera:read');
    expect(read).toEqual({ format: 'DataMatrix', symbologyIdentifier: ']d2', engine: 'zxing-wasm' });
    expect(await cameraMarks(phone.page, 'camera:started')).toContainEqual(expect.objectContaining({ width: 1280, height: 720 }));
    expect(phone.requests.some((url) => /\/assets\/zxing_reader-[\w-]+\.wasm$/.test(url)), 'the .wasm from our origin').toBe(true);
    expectOnlyOwnOrigin(phone.requests, baseURL!);
  } finally {
    await phone.browser.close();
  }
});

test('one camera scan of a serialized item fills item, lot and serial: PUMP-X2, lot PX-L09, serial PX2-0099', async ({ baseURL }) => {
  const phone = await phoneFilming(CAMERA_LABELS.pumpDataMatrix, baseURL!);
  try {
    await scanWithCamera(phone);
    await expect(phone.page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
    await expect(phone.page.locator('.item-line')).toContainText('PUMP-X2');

    await phone.restock.quantity(1);
    await expect(phone.page.getByRole('heading', { name: 'Restock · Serials' })).toBeVisible();
    const serial = phone.page.getByRole('list', { name: 'Serials' }).getByRole('listitem');
    await expect(serial).toHaveCount(1);
    await expect(serial).toContainText('PX2-0099');
    await expect(serial).toContainText('lot PX-L09');
  } finally {
    await phone.browser.close();
  }
});

for (const [label, format, symbologyIdentifier] of [
  [CAMERA_LABELS.milkGs1128, 'Code128', ']C1'],
  [CAMERA_LABELS.milkQr, 'QRCode', ']Q3'],
] as const) {
  test(`a ${label.name} label filmed by the camera picks MILK-1L (${symbologyIdentifier})`, async ({ baseURL }) => {
    const phone = await phoneFilming(label, baseURL!);
    try {
      await scanWithCamera(phone);
      await expect(phone.page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
      await expect(phone.page.locator('.item-line')).toContainText('MILK-1L');
      expect(await cameraMarks(phone.page, 'camera:read')).toEqual([{ format, symbologyIdentifier, engine: 'zxing-wasm' }]);
    } finally {
      await phone.browser.close();
    }
  });
}

test('the camera is stopped while the page is hidden and starts again when it is visible', async ({ baseURL }) => {
  const phone = await phoneFilming(null, baseURL!);
  try {
    await scanWithCamera(phone);
    const scanner = phone.page.getByRole('region', { name: 'Camera scanner' });
    await expect(scanner).toHaveAttribute('data-phase', 'scanning');
    await expect(scanner).toHaveAttribute('data-engine', 'zxing-wasm');
    await expect(scanner.getByRole('status')).toContainText('1280×720');
    const liveTracks = () => phone.page.evaluate(() => {
      const stream = document.querySelector('video')?.srcObject;
      return stream instanceof MediaStream ? stream.getVideoTracks().filter((t) => t.readyState === 'live').length : 0;
    });
    expect(await liveTracks()).toBe(1);

    // Headless Chromium never hides the page: pretend it, as a phone does when the app goes to the background.
    const setVisibility = (state: 'hidden' | 'visible') => phone.page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await setVisibility('hidden');
    await expect(scanner).toHaveAttribute('data-phase', 'paused');
    expect(await liveTracks()).toBe(0);
    expect(await cameraMarks(phone.page, 'camera:stopped')).toHaveLength(1);

    await setVisibility('visible');
    await expect(scanner).toHaveAttribute('data-phase', 'scanning');
    expect(await liveTracks()).toBe(1);

    // No barcode in view: nothing was read, the item step is still there.
    expect(await cameraMarks(phone.page, 'camera:read')).toEqual([]);
    await expect(phone.page.getByRole('heading', { name: 'Restock · Item' })).toBeVisible();

    await scanner.getByRole('button', { name: 'Close camera' }).click();
    await expect(scanner).toHaveCount(0);
    expect(await cameraMarks(phone.page, 'camera:stopped')).toHaveLength(2);
  } finally {
    await phone.browser.close();
  }
});

test('a denied camera permission says so and points to the hardware scanner', async ({ baseURL }) => {
  const phone = await phoneFilming(null, baseURL!, { grant: false });
  try {
    await scanWithCamera(phone);
    await expect(phone.page.getByRole('alert')).toHaveText(
      'Camera permission was denied: allow it in the browser settings, or use the hardware scanner.',
    );
  } finally {
    await phone.browser.close();
  }
});
