import type { Locator, Page } from '@playwright/test';

/** The console's frame: the top bar's namespace selector and the left navigation, in CCE's words. */
export class ConsoleShell {
  readonly namespace: Locator;
  readonly workloadsLink: Locator;
  readonly configMapsAndSecretsLink: Locator;

  constructor(readonly page: Page) {
    this.namespace = page.getByRole('banner').getByLabel('Namespace');
    const nav = page.getByRole('navigation', { name: 'Main' });
    this.workloadsLink = nav.getByRole('link', { name: 'Workloads' });
    this.configMapsAndSecretsLink = nav.getByRole('link', { name: 'ConfigMaps and Secrets' });
  }

  /** Opens the dashboard (the root URL) and switches to `namespace` with the selector, as a user would. */
  async openDashboard(namespace: string): Promise<void> {
    await this.page.goto('/');
    await this.namespace.selectOption(namespace);
  }
}
