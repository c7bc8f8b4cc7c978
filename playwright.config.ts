import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/support/chromium';
import { e2eServerEnv } from './e2e/support/server-env';

// End-to-end tests run the real sync server (which serves the built app from
// dist/: run `npm run build` first; `npm test` and `npm run e2e` do) on its own
// port with a fresh PGlite database, and drive it with Chromium.

const port = Number(process.env.LOTLINE_E2E_PORT ?? 8181);
const baseURL = `http://127.0.0.1:${port}`;
// Runs on other ports (several developers or agents on one checkout) keep their
// own results and their own build, so one run never empties another's.
const outputDir = process.env.LOTLINE_E2E_PORT ? `test-results-${port}` : 'test-results';
const staticDir = process.env.LOTLINE_E2E_DIST ?? join(import.meta.dirname, 'dist');
// Playwright empties outputDir before it starts the web server, so every run
// gets a fresh database and old ones are cleaned up.
const dataDir = join(import.meta.dirname, outputDir, `e2e-data-${Date.now()}`);

export default defineConfig({
  testDir: 'e2e',
  outputDir,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // CI retries a failed test once: on this 2-core machine a browser test now and then
  // misses a timing window (a wedge burst stretched by load). A test that needed the
  // retry is reported flaky in the e2e step's line, never hidden; locally, none.
  retries: process.env.CI ? 1 : 0,
  // 2-core machines: the server and the browsers share them.
  workers: process.env.CI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    {
      name: 'phone',
      testIgnore: /\.tablet\.spec\.ts$/,
      use: { ...devices['Pixel 7'], browserName: 'chromium' },
    },
    {
      // Supervisor screens: a 10-inch tablet held in landscape.
      name: 'tablet',
      testMatch: /\.tablet\.spec\.ts$/,
      use: { ...devices['Galaxy Tab S4 landscape'], browserName: 'chromium' },
    },
  ],
  webServer: {
    // mkdir: Playwright has just emptied test-results/, and PGlite creates only the last path segment.
    command: `mkdir -p '${dataDir}' && node_modules/.bin/tsx sync-server/src/main.ts --demo`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    // PGlite's first start (initdb + migrations) is slow on 2 cores.
    timeout: 120_000,
    // SIGTERM lets the server close PGlite cleanly (the default is SIGKILL).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: process.env.LOTLINE_E2E_SERVER_LOG ? 'pipe' : 'ignore',
    stderr: 'pipe',
    env: e2eServerEnv({ port, dataDir, staticDir }),
  },
});
