// Issue 16.11 on a 360x640 phone: the supervisor console folds its navigation
// behind a Menu button that names the current section; every section, master
// data included, keeps that navigation and fits the width (a table or grid
// scrolls inside its own box, never the page). Issue 16.8: a device named at
// login keeps its name on the device and is listed by it for supervisors.
import { expect, test, type Page } from '@playwright/test';
import { SUPERVISOR, supervisorGet, uniqueTag } from './pages/supervisor-data';
import { SupervisorPage, type Section } from './pages/supervisor-page';
import { AppPage } from './pages/app-page';
import { readStores } from './support/device-db';

test.use({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
test.describe.configure({ timeout: 90_000 });

const SECTIONS: Section[] = [
  'Items', 'Count tasks', 'Serials', 'Exceptions', 'Rejected', 'Reports', 'Recall', 'Lots', 'Devices', 'Import', 'Settings', 'Master data',
];

/** How far the page itself scrolls sideways: 0 when nothing pushes the width. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Visible elements that end past the right edge of the screen and are not inside a box that scrolls sideways itself: what a phone cuts off. */
const cutOff = (page: Page) => page.evaluate(() => {
  const scrollsItself = (el: Element | null): boolean => {
    for (let a = el?.parentElement ?? null; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && a.scrollWidth > a.clientWidth) return true;
    }
    return false;
  };
  return [...document.querySelectorAll('body *')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > window.innerWidth + 1 && !scrollsItself(el);
  }).map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`).slice(0, 5);
});

/** The width the screen's content gets (the console's content column). */
const contentWidth = (page: Page) => page.evaluate(() => Math.round(document.querySelector('.sv-content')?.getBoundingClientRect().width ?? 0));

test('the console on a 360x640 phone: a Menu button opens the navigation, every section (master data too) keeps it and nothing runs off the side', async ({ page }) => {
  const sv = new SupervisorPage(page);
  await sv.login();
  // Folded: the links are hidden until the Menu is opened; the button names where we are.
  await expect(sv.menu).toBeVisible();
  await expect(sv.menu).toContainText('Menu · Items');
  await expect(sv.nav.getByRole('link', { name: 'Devices', includeHidden: true })).toBeHidden();
  await expect(sv.menu).toHaveAttribute('aria-expanded', 'false');
  await sv.menu.click();
  await expect(sv.menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sv.nav.getByRole('link', { name: 'Devices' })).toBeVisible();
  await sv.menu.click();

  const measured: Record<string, number> = {};
  for (const section of SECTIONS) {
    await sv.open(section);
    // Chosen: the menu folds again and names the section.
    await expect(sv.menu).toContainText(`Menu · ${section}`);
    await expect(sv.nav.getByRole('link', { name: new RegExp(`^${section}`), includeHidden: true })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect.poll(() => sidewaysOverflow(page), { message: `${section} runs off the side` }).toBeLessThanOrEqual(0);
    expect(await cutOff(page), `${section}: cut off at the right edge`).toEqual([]);
    // The content gets the screen's width less the page's padding, not what a side column leaves.
    const width = await contentWidth(page);
    expect(width, `${section}: content width`).toBeGreaterThanOrEqual(340);
    measured[section] = width;
  }
  // Master data keeps the console's navigation beside its own.
  await expect(page.getByRole('navigation', { name: 'Master data' })).toBeVisible();
  await expect(sv.menu).toBeVisible();
  await page.getByRole('navigation', { name: 'Master data' }).getByRole('button', { name: 'Locations' }).click();
  await expect.poll(() => sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await cutOff(page)).toEqual([]);
  test.info().annotations.push({ type: 'content width px per section', description: JSON.stringify(measured) });
});

test('a device name given at login is remembered on the device and listed by the supervisor', async ({ page, request }) => {
  const name = `Phone ${uniqueTag()}`;
  await page.goto('/');
  await page.getByLabel('Badge').fill(SUPERVISOR[0]);
  await page.getByLabel('PIN').fill(SUPERVISOR[1]);
  await page.getByLabel('Device name (optional)').fill(name);
  await page.getByRole('button', { name: 'Log in' }).click();
  await new AppPage(page).expectSynced();

  const { meta } = await readStores(page, ['meta']);
  const rows = meta as { key: string; value: unknown }[];
  expect(rows.find((m) => m.key === 'deviceName')?.value).toBe(name);
  const deviceId = rows.find((m) => m.key === 'deviceId')?.value;
  const devices = await supervisorGet<{ rows: { deviceId: string; name: string | null }[] }>(request, '/api/supervisor/devices');
  expect(devices.rows.find((r) => r.deviceId === deviceId)?.name).toBe(name);

  // On the console's Devices screen, by its name (with its id as small print).
  const sv = new SupervisorPage(page);
  await page.getByRole('button', { name: 'Supervisor' }).click();
  await sv.open('Devices');
  await expect(sv.table('Devices').getByRole('row').filter({ hasText: String(deviceId) })).toContainText(name);
});
