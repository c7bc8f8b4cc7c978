// Finds a Chromium for Playwright. Playwright cannot download its own browser on
// our machines, so Debian's /usr/bin/chromium comes first; Playwright's own
// download (`npx playwright install chromium`) is the fallback elsewhere.
// Used by playwright.config.ts and scripts/test-all.mjs.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const INSTALL_HINT = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  apt-get install chromium             (Debian/Ubuntu; used from /usr/bin/chromium)',
  '  npx playwright install chromium      (Playwright\'s own build; needs access to its download host)',
  'or point LOTLINE_CHROMIUM at a Chromium/Chrome executable.',
].join('\n');

function playwrightBrowsersDir() {
  const fromEnv = process.env.PLAYWRIGHT_BROWSERS_PATH;
  if (fromEnv && fromEnv !== '0') return fromEnv;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ms-playwright');
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA ?? homedir(), 'ms-playwright');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ms-playwright');
}

function hasPlaywrightChromium() {
  try {
    return readdirSync(playwrightBrowsersDir()).some((name) => /^chromium(_headless_shell)?-\d+$/.test(name));
  } catch {
    return false;
  }
}

/**
 * @returns {{ executablePath: string | undefined, source: string } | null}
 *   executablePath undefined means "let Playwright use its own download"; null means none found.
 */
export function findChromium() {
  const override = process.env.LOTLINE_CHROMIUM;
  if (override) {
    return existsSync(override) ? { executablePath: override, source: 'LOTLINE_CHROMIUM' } : null;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: 'system' };
  if (hasPlaywrightChromium()) return { executablePath: undefined, source: 'playwright' };
  return null;
}

// `node scripts/find-chromium.mjs` prints the path or the install hint.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = findChromium();
  if (!found) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log(found.executablePath ?? `Playwright's own Chromium (${playwrightBrowsersDir()})`);
}
