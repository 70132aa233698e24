import type { Locator, Page } from '@playwright/test';

export interface RegistryEntry {
  server: string;
  username: string;
  password: string;
  email?: string;
}

/** The Create Secret dialog: Name, the fixed Secret Type, and one registry's Data (first registry only). */
export class CreateSecretDialog {
  readonly root: Locator;
  readonly name: Locator;
  readonly secretType: Locator;
  readonly registry: Locator;
  readonly server: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly email: Locator;
  readonly testCredentials: Locator;
  /** The inline answer of Test credentials. */
  readonly credentialsAnswer: Locator;
  readonly ok: Locator;
  readonly cancel: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Create Secret' });
    this.name = this.root.getByRole('textbox', { name: 'Name', exact: true });
    this.secretType = this.root.getByLabel('Secret Type');
    this.registry = this.root.getByRole('group', { name: 'Registry 1' });
    this.server = this.registry.getByLabel('Image Repository Address');
    this.username = this.registry.getByLabel('Username');
    this.password = this.registry.getByRole('textbox', { name: 'Password', exact: true });
    this.email = this.registry.getByLabel('Email');
    this.testCredentials = this.registry.getByRole('button', { name: 'Test credentials for Registry 1' });
    this.credentialsAnswer = this.registry.getByRole('status');
    this.ok = this.root.getByRole('button', { name: 'OK' });
    this.cancel = this.root.getByRole('button', { name: 'Cancel' });
  }

  async fill(name: string, entry: RegistryEntry): Promise<void> {
    await this.name.fill(name);
    await this.server.fill(entry.server);
    await this.username.fill(entry.username);
    await this.password.fill(entry.password);
    if (entry.email !== undefined) await this.email.fill(entry.email);
  }
}
