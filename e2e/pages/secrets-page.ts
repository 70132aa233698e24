import type { Locator, Page } from '@playwright/test';
import { CreateSecretDialog } from './create-secret-dialog';
import { ListPage } from './list-page';

// Columns of the Secrets table, like `kubectl get secret` plus the registries.
const column = { name: 0, type: 1, data: 2, registries: 3, age: 4 } as const;

/** ConfigMaps and Secrets > Secrets. */
export class SecretsPage extends ListPage<keyof typeof column> {
  readonly tabs: Locator;
  readonly createSecret: Locator;
  readonly dialog: CreateSecretDialog;

  constructor(page: Page) {
    super(page, 'secrets', { heading: 'ConfigMaps and Secrets', table: 'Secrets' }, column);
    this.tabs = page.getByRole('navigation', { name: 'ConfigMaps and Secrets' });
    this.createSecret = page.getByRole('button', { name: 'Create Secret' });
    this.dialog = new CreateSecretDialog(page);
  }
}
