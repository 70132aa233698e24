import type { Locator, Page } from '@playwright/test';

/** One secret: its registries (never a password), who uses it, and Edit (rotate a password). */
export class SecretDetailPage {
  readonly edit: Locator;
  readonly editDialog: Locator;
  readonly password: Locator;
  readonly save: Locator;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.edit = page.getByRole('button', { name: 'Edit', exact: true });
    this.editDialog = page.getByRole('dialog', { name: `Edit secret ${name}` });
    this.password = this.editDialog
      .getByRole('group', { name: 'Registry 1' })
      .getByRole('textbox', { name: 'Password', exact: true });
    this.save = this.editDialog.getByRole('button', { name: 'Save' });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.name, level: 1 });
  }

  /** The "Used by" link to a workload. */
  workload(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }
}
