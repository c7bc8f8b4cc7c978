// How every Chromium of the e2e suite is launched, shared by
// playwright.config.ts and the tests that start their own persistent browser.
import { findChromium, INSTALL_HINT } from '../../scripts/find-chromium.mjs';

const chromium = findChromium();
if (!chromium) throw new Error(INSTALL_HINT);

export const CHROMIUM_LAUNCH = {
  ...(chromium.executablePath ? { executablePath: chromium.executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    // The machines have no internet: Chromium would keep trying.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
