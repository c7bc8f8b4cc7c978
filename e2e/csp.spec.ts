// The served app runs under its enforced Content-Security-Policy
// (sync-server/src/http/security.ts) without a single violation: the login,
// home, a wizard, the camera scanner (its module worker compiles zxing-wasm),
// the service worker and a reload under its control, and the supervisor
// console on a tablet. A violation is a feature the policy silently breaks (a
// blocked wasm compile, a refused fetch) or noise that would flood a report
// collector, so any one fails the test, wherever it happens.
//
// Violations are gathered from every place the browser reports them: the
// `securitypolicyviolation` event in the page (an init script) and in every
// worker and service worker (a listener added as each starts), Chromium's
// console messages, and the DevTools issues of the page (Audits).
import { chromium, devices, expect, test, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { RestockPage } from './pages/restock-page';
import { SupervisorPage, type Section } from './pages/supervisor-page';
import { CHROMIUM_LAUNCH } from './support/chromium';
import { CAMERA_LABELS, makeCameraVideo } from '../scripts/make-camera-fixtures';

const OPERATOR = ['OP-1001', '1234'] as const;
const MARK = 'CSP violation:';

/** What a `securitypolicyviolation` event says, as one console line (runs in the page and in workers). */
function reportViolations(mark: string): void {
  const scope = (typeof document !== 'undefined' ? document : self) as EventTarget;
  scope.addEventListener('securitypolicyviolation', (event) => {
    const e = event as SecurityPolicyViolationEvent;
    console.error(`${mark} ${e.disposition} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

/**
 * Starts collecting the CSP violations of `page` and of every worker and
 * service worker of its context. The returned list fills as they happen.
 */
async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = [];
  const fromConsole = (where: string) => (text: string) => {
    if (text.startsWith(MARK) || /Content Security Policy/i.test(text)) violations.push(`${where}: ${text}`);
  };
  await context.addInitScript(reportViolations, MARK);
  page.on('console', (message) => fromConsole('page')(message.text()));
  // Installed as a worker starts: before the decoder has fetched and compiled its .wasm.
  const listenIn = (worker: Worker) => void worker.evaluate(reportViolations, MARK).catch(() => {});
  // A dedicated worker's console comes with the page's; a service worker's does not.
  page.on('worker', listenIn);
  const watchServiceWorker = (worker: Worker) => {
    worker.on('console', (message) => fromConsole(`service worker ${worker.url()}`)(message.text()));
    listenIn(worker);
  };
  context.on('serviceworker', watchServiceWorker);
  context.serviceWorkers().forEach(watchServiceWorker);
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code !== 'ContentSecurityPolicyIssue') return;
    const details = issue.details.contentSecurityPolicyIssueDetails;
    violations.push(`page issue: ${details?.contentSecurityPolicyViolationType} ${details?.violatedDirective} `
      + `blocked ${details?.blockedURL ?? ''} at ${details?.sourceCodeLocation?.url ?? ''}:${details?.sourceCodeLocation?.lineNumber ?? ''}`);
  });
  await cdp.send('Audits.enable');
  return violations;
}

/** Waits until the service worker controls the page (the first load never is: no clientsClaim), reloading once. */
async function reloadControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function phoneFilmingMilk(): Promise<Browser> {
  const video = await makeCameraVideo(CAMERA_LABELS.milkDataMatrix, test.info().outputPath('milk.y4m'));
  return chromium.launch({
    ...CHROMIUM_LAUNCH,
    args: [
      ...CHROMIUM_LAUNCH.args,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}

test('the enforced CSP blocks nothing the phone app does: login, first sync, a wizard, the camera decoder worker (zxing-wasm), the service worker and a reload under it', async ({ baseURL }) => {
  const browser = await phoneFilmingMilk();
  try {
    const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
    const context = await browser.newContext({ ...pixel, baseURL, permissions: ['camera'] });
    const page = await context.newPage();
    const violations = await watchViolations(context, page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    // The document is served with the full policy, enforced (sync-server/test/access.test.ts checks its directives).
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['content-security-policy-report-only']).toBeUndefined();

    const app = new AppPage(page);
    await app.login(...OPERATOR);
    await app.expectSynced();
    expect(violations, 'login and first sync').toEqual([]);

    const restock = new RestockPage(page);
    await restock.open();
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    // The decoder has loaded (the scanner names its engine) or has already read the label.
    const engineNamed = page.getByRole('region', { name: 'Camera scanner' }).and(page.locator('[data-engine]:not([data-engine=""])'));
    await expect(engineNamed.or(page.getByRole('heading', { name: 'Restock · Quantity' })).first()).toBeVisible();
    expect(violations, 'restock wizard and camera scanner').toEqual([]);
    await expect(page.getByRole('heading', { name: 'Restock · Quantity' })).toBeVisible();
    await expect(page.locator('.item-line')).toContainText('MILK-1L');
    // Read by zxing-wasm in the module worker: its .wasm was compiled under the worker's policy.
    const reads = await page.evaluate(() => performance.getEntriesByName('camera:read').map((e) => (e as PerformanceMark).detail as { engine: string }));
    expect(reads.map((r) => r.engine)).toEqual(['zxing-wasm']);
    expect(workers.some((url) => /\/assets\/decoder\.worker-[\w-]+\.js$/.test(url)), 'the decoder ran in its worker').toBe(true);

    // The service worker precached the app (its own fetches fall under its own policy); the reloaded page is its.
    await reloadControlled(page);
    await expect(app.syncStatus).toBeVisible();
    await app.expectSynced();
    expect(violations, 'service worker and a reload under its control').toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the enforced CSP blocks nothing in the supervisor console on a tablet', async ({ browser, baseURL }) => {
  const { defaultBrowserType: _, ...tab } = devices['Galaxy Tab S4 landscape'];
  const context = await browser.newContext({ ...tab, baseURL });
  try {
    const page = await context.newPage();
    const violations = await watchViolations(context, page);
    const sv = new SupervisorPage(page);
    await sv.login();
    const sections: Section[] = ['Items', 'Count tasks', 'Serials', 'Exceptions', 'Reports', 'Recall', 'Import', 'Settings', 'Master data'];
    for (const section of sections) {
      await sv.open(section);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    }
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});
