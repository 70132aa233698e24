import type { Locator, Page } from '@playwright/test';

/** The secret page's sections beyond one workload: Used by, Link to ServiceAccount, copies and Rotate password. */
export class PullSecretSharing {
  readonly usedBy: Locator;
  readonly serviceAccount: Locator;
  readonly linkToServiceAccount: Locator;
  readonly copies: Locator;
  readonly copyTo: Locator;
  readonly copy: Locator;
  readonly copyResults: Locator;
  readonly rotateDialog: Locator;
  readonly newPassword: Locator;
  readonly findSecrets: Locator;
  readonly rotationResults: Locator;
  readonly failingWorkloads: Locator;

  constructor(readonly page: Page) {
    this.usedBy = page.getByRole('list', { name: 'Used by' });
    this.serviceAccount = page.getByRole('combobox', { name: 'ServiceAccount' });
    this.linkToServiceAccount = page.getByRole('button', { name: 'Link to ServiceAccount' });
    this.copies = page.getByRole('table', { name: 'Copies' });
    this.copyTo = page.getByRole('group', { name: 'Copy to namespaces' });
    this.copy = this.copyTo.getByRole('button', { name: 'Copy', exact: true });
    this.copyResults = page.getByRole('list', { name: 'Copy results' });
    this.rotateDialog = page.getByRole('dialog', { name: /^Rotate the password of / });
    this.newPassword = this.rotateDialog.getByLabel('New password');
    this.findSecrets = this.rotateDialog.getByRole('button', { name: 'Find secrets' });
    this.rotationResults = this.rotateDialog.getByRole('list', { name: 'Rotation results' });
    this.failingWorkloads = this.rotateDialog.getByRole('list', { name: 'Workloads failing to pull' });
  }

  async goto(namespace: string, secret: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/secrets/${secret}`);
  }

  /** The row of the Copies table for `namespace`. */
  copyRow(namespace: string): Locator {
    return this.copies.getByRole('row').filter({ has: this.page.getByRole('cell', { name: namespace, exact: true }) });
  }

  rotatePassword(username: string, server: string): Locator {
    return this.page.getByRole('button', { name: `Rotate the password of ${username} at ${server}` });
  }

  /** A namespace checkbox of the Rotate dialog. */
  rotateIn(namespace: string): Locator {
    return this.rotateDialog.getByRole('checkbox', { name: namespace, exact: true });
  }

  rotate(count: number): Locator {
    return this.rotateDialog.getByRole('button', { name: `Rotate in ${count} secrets` });
  }
}
