import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// The installable, offline-capable PWA (vite.config.ts, src/app/pwa): web
// manifest and icons, Chromium's installability check, the service worker
// taking control, and the app starting with no network from the precache.

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

interface WebManifest {
  name?: string;
  short_name?: string;
  description?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  orientation?: string;
  theme_color?: string;
  background_color?: string;
  icons?: ManifestIcon[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (always the first chunk, right after the signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('ascii', 12, 16), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function fetchManifest(request: APIRequestContext): Promise<WebManifest> {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  return (await response.json()) as WebManifest;
}

/** Loads the app and waits until its service worker controls the page (reloading once if needed). */
async function loadControlled(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Lotline' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load is not controlled (no clientsClaim: a new service worker
  // never takes over a page behind the app's back); the next one is.
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByRole('heading', { name: 'Lotline' })).toBeVisible();
}

test.describe('installable, offline-capable PWA', () => {
  test('serves a complete web manifest with its icons', async ({ page, request }) => {
    const manifest = await fetchManifest(request);

    expect(manifest).toMatchObject({
      name: 'Lotline — lot & serial tracking',
      short_name: 'Lotline',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'portrait',
    });
    expect(manifest.description).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons = manifest.icons ?? [];
    const has = (sizes: string, purpose: string) =>
      icons.some((icon) => icon.sizes === sizes && (icon.purpose ?? 'any').split(' ').includes(purpose));
    expect(has('192x192', 'any'), '192×192 icon').toBe(true);
    expect(has('512x512', 'any'), '512×512 icon').toBe(true);
    expect(has('512x512', 'maskable'), '512×512 maskable icon').toBe(true);

    for (const icon of icons) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type'], icon.src).toMatch(/^image\/png/);
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(await response.body()), icon.src).toEqual({ width, height });
    }

    // The page links the manifest.
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  });

  test('Chromium finds the app installable', async ({ playwright, launchOptions, baseURL }, testInfo) => {
    // Playwright's browser contexts are off-the-record profiles, for which
    // Chromium always reports the "in-incognito" installability error. A
    // persistent context (a real profile on disk) gets the genuine check.
    const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
      ...launchOptions,
      baseURL,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await loadControlled(page);
      const cdp = await context.newCDPSession(page);

      const { errors, url } = await cdp.send('Page.getAppManifest');
      expect(url).toMatch(/\/manifest\.webmanifest$/);
      expect(errors).toEqual([]);

      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the service worker controls the page', async ({ page }) => {
    await loadControlled(page);
    const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(scriptURL).toMatch(/\/sw\.js$/);
  });

  test('starts offline from the precache, deep links too, and never answers the API from it', async ({
    page,
    context,
  }) => {
    await loadControlled(page);
    await context.setOffline(true);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Lotline' })).toBeVisible();

    // A deep link is answered by the navigate fallback (the precached index.html).
    await page.goto('/restock');
    await expect(page.getByRole('heading', { name: 'Lotline' })).toBeVisible();

    // /api is never served by the service worker: offline it fails like any request.
    const apiOffline = await page.evaluate(async () => {
      try {
        const response = await fetch('/api/health');
        return `answered ${response.status} ${response.headers.get('content-type')}`;
      } catch {
        return 'network error';
      }
    });
    expect(apiOffline).toBe('network error');

    await context.setOffline(false);
  });
});
