import type { Locator, Page } from '@playwright/test';
import { CreateSecretDialog } from './create-secret-dialog';

// Columns of the Secrets table, like `kubectl get secret` plus the registries.
const column = { name: 0, type: 1, data: 2, registries: 3, age: 4 } as const;

/** ConfigMaps and Secrets > Secrets. */
export class SecretsPage {
  readonly heading: Locator;
  readonly tabs: Locator;
  readonly createSecret: Locator;
  readonly table: Locator;
  readonly dialog: CreateSecretDialog;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'ConfigMaps and Secrets', level: 1 });
    this.tabs = page.getByRole('navigation', { name: 'ConfigMaps and Secrets' });
    this.createSecret = page.getByRole('button', { name: 'Create Secret' });
    this.table = page.getByRole('table', { name: 'Secrets' });
    this.dialog = new CreateSecretDialog(page);
  }

  async goto(namespace: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/secrets`);
  }

  /** The table row whose Name link is exactly `name`. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  cell(name: string, header: keyof typeof column): Locator {
    return this.row(name).getByRole('cell').nth(column[header]);
  }
}
