import type { Locator, Page } from '@playwright/test';

/** The console's frame: the top bar's cluster and namespace selectors and the left navigation, in CCE's words. */
export class ConsoleShell {
  readonly namespace: Locator;
  /** Shown when the kubeconfig has several contexts. */
  readonly cluster: Locator;
  /** The Clusters page's table, where `/` lands with several contexts. */
  readonly clusters: Locator;
  /** On narrow screens the left navigation collapses behind this button. */
  readonly menu: Locator;
  readonly navigation: Locator;
  readonly workloadsLink: Locator;
  readonly configMapsAndSecretsLink: Locator;

  constructor(readonly page: Page) {
    this.namespace = page.getByRole('banner').getByLabel('Namespace');
    this.cluster = page.getByRole('banner').getByLabel('Switch cluster');
    this.clusters = page.getByRole('table', { name: 'Clusters' });
    this.menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.workloadsLink = this.navigation.getByRole('link', { name: 'Workloads' });
    this.configMapsAndSecretsLink = this.navigation.getByRole('link', { name: 'ConfigMaps and Secrets' });
  }

  /**
   * Opens the dashboard (the root URL) and switches to `namespace` with the selector, as a user would. With several
   * kubeconfig contexts `/` is the Clusters page: the user enters the default cluster first.
   */
  async openDashboard(namespace: string): Promise<void> {
    await this.page.goto('/');
    await this.namespace.or(this.clusters).first().waitFor();
    if (await this.clusters.isVisible()) await this.enterCluster({ default: true });
    await this.namespace.selectOption(namespace);
  }

  /** On the Clusters page: clicks the name of the cluster (the context), or of the default one. */
  async enterCluster(cluster: { name: string } | { default: true }): Promise<void> {
    const row = this.clusters.getByRole('row').filter({ hasText: 'default' in cluster ? '(default)' : cluster.name });
    await row
      .getByRole('link', 'name' in cluster ? { name: cluster.name, exact: true } : {})
      .first()
      .click();
  }

  /** Switches cluster with the top bar's selector, as a user would; the page lands in that cluster's namespace. */
  async switchCluster(name: string): Promise<void> {
    await this.cluster.selectOption(name);
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
