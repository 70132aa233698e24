import type { Locator, Page } from '@playwright/test';

/** One workload: its status, the pull explainer, the credential editor, pods and events. */
export class WorkloadDetailPage {
  readonly editCredentials: Locator;
  readonly imageAccessCredential: Locator;
  readonly saveCredentials: Locator;
  readonly pods: Locator;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.editCredentials = page.getByRole('button', { name: 'Edit credentials' });
    this.imageAccessCredential = page.getByRole('group', { name: 'Image Access Credential' });
    this.saveCredentials = page.getByRole('button', { name: 'Save credentials' });
    this.pods = page.getByRole('table', { name: 'Pods' });
  }

  async goto(namespace: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/workloads/${this.name}`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.name, level: 1 });
  }

  /** The plain-words explanation of a failed pull, named by its title. */
  explanation(title: string | RegExp): Locator {
    return this.page.getByRole('alert', { name: title });
  }

  /** Rows of the Pods table with a cell reading exactly `text` (a phase such as Running, or a reason such as ImagePullBackOff). */
  podsWith(text: string): Locator {
    return this.pods.getByRole('row').filter({ has: this.page.getByRole('cell', { name: text, exact: true }) });
  }

  credential(secret: string): Locator {
    return this.imageAccessCredential.getByRole('checkbox', { name: secret, exact: true });
  }
}
