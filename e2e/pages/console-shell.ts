import type { Locator, Page } from '@playwright/test';

/** The console's frame: the top bar's namespace selector and the left navigation, in CCE's words. */
export class ConsoleShell {
  readonly namespace: Locator;
  /** On narrow screens the left navigation collapses behind this button. */
  readonly menu: Locator;
  readonly navigation: Locator;
  readonly workloadsLink: Locator;
  readonly configMapsAndSecretsLink: Locator;

  constructor(readonly page: Page) {
    this.namespace = page.getByRole('banner').getByLabel('Namespace');
    this.menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.workloadsLink = this.navigation.getByRole('link', { name: 'Workloads' });
    this.configMapsAndSecretsLink = this.navigation.getByRole('link', { name: 'ConfigMaps and Secrets' });
  }

  /** Opens the dashboard (the root URL) and switches to `namespace` with the selector, as a user would. */
  async openDashboard(namespace: string): Promise<void> {
    await this.page.goto('/');
    await this.namespace.selectOption(namespace);
  }

  /** Follows a navigation link, opening the menu first where the navigation is collapsed. */
  async follow(link: Locator): Promise<void> {
    if (await this.menu.isVisible()) await this.menu.click();
    await link.click();
  }

  /** Whether the page itself scrolls sideways (tables may scroll inside their own frame). */
  async scrollsSideways(): Promise<boolean> {
    // A string: e2e is typechecked without the DOM library.
    return this.page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth');
  }
}
