import { expect, type Locator, type Page } from '@playwright/test';

/** The placeholder app shell: server health and the badge/PIN login form. */
export class ShellPage {
  readonly heading: Locator;
  readonly health: Locator;
  readonly badge: Locator;
  readonly pin: Locator;
  readonly logIn: Locator;
  readonly logOut: Locator;
  readonly error: Locator;
  /** "Logged in as <name> (<role>)" */
  readonly session: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Lotline' });
    this.health = page.getByRole('status', { name: 'Server health' });
    this.badge = page.getByLabel('Badge');
    this.pin = page.getByLabel('PIN');
    this.logIn = page.getByRole('button', { name: 'Log in' });
    this.logOut = page.getByRole('button', { name: 'Log out' });
    this.error = page.getByRole('alert');
    this.session = page.getByText(/^Logged in as /);
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  async login(badge: string, pin: string): Promise<void> {
    await this.badge.fill(badge);
    await this.pin.fill(pin);
    await this.logIn.click();
  }
}
