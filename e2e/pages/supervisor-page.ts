// The supervisor console on a tablet (or folded on a phone): its navigation
// and the widgets every screen shares (grids, dialogs, tables).
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { SUPERVISOR } from './supervisor-data';

export type Section =
  | 'Items' | 'Count tasks' | 'Serials' | 'Exceptions' | 'Rejected' | 'Reports' | 'Recall' | 'Lots' | 'Devices' | 'Import' | 'Settings'
  | 'Master data';

export class SupervisorPage {
  readonly app: AppPage;
  readonly nav: Locator;
  /** Shown on a phone only: opens the folded navigation. */
  readonly menu: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.nav = page.getByRole('navigation', { name: 'Supervisor' });
    this.menu = this.nav.getByRole('button', { name: /^☰? ?Menu/ });
  }

  /** Logs in as the demo supervisor, waits for the first sync, opens the console from the home tile. */
  async login(): Promise<void> {
    await this.app.login(...SUPERVISOR);
    await this.app.expectSynced();
    await this.page.getByRole('button', { name: 'Supervisor' }).click();
    await expect(this.nav).toBeVisible();
  }

  async open(section: Section): Promise<void> {
    // The Exceptions link carries a badge: "Exceptions 2 open".
    const name = new RegExp(`^${section}( \\d+ open)?$`);
    // On a phone the navigation is folded behind the Menu button, and folds again once a section is chosen.
    if (await this.menu.isVisible()) await this.menu.click();
    await this.nav.getByRole('link', { name }).click();
    if (section !== 'Master data') await expect(this.nav.getByRole('link', { name, includeHidden: true })).toHaveAttribute('aria-current', 'page');
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  /** A row of a windowed grid (role row) holding `text`. */
  gridRow(grid: string, text: string): Locator {
    return this.page.getByRole('grid', { name: grid }).getByRole('row').filter({ hasText: text });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** Pushes, pulls and waits until nothing is pending: what the supervisor recorded is on the server. */
  async synced(): Promise<void> {
    await this.app.expectPending(0);
    await this.app.expectSynced();
  }
}
