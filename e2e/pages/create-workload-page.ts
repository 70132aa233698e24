import type { Locator, Page } from '@playwright/test';
import { CreateSecretDialog } from './create-secret-dialog';

export interface WorkloadEntry {
  name: string;
  containerName: string;
  image: string;
  tag?: string;
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  credentials?: readonly string[];
}

/** Workloads > Create Workload: Basic Info and Container Settings of a Deployment. */
export class CreateWorkloadPage {
  readonly form: Locator;
  readonly workloadName: Locator;
  readonly pods: Locator;
  readonly containerName: Locator;
  readonly imageName: Locator;
  readonly imageTag: Locator;
  readonly pullPolicy: Locator;
  readonly imageAccessCredential: Locator;
  readonly createSecret: Locator;
  readonly checkImage: Locator;
  /** The inline answer of Check image. */
  readonly checkImageAnswer: Locator;
  readonly submit: Locator;
  readonly secretDialog: CreateSecretDialog;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Create Workload' });
    this.workloadName = this.form.getByLabel('Workload Name');
    this.pods = this.form.getByRole('spinbutton', { name: 'Pods', exact: true });
    this.containerName = this.form.getByLabel('Container Name');
    this.imageName = this.form.getByLabel('Image Name');
    this.imageTag = this.form.getByLabel('Image Tag');
    this.pullPolicy = this.form.getByLabel('Pull Policy');
    this.imageAccessCredential = this.form.getByRole('group', { name: 'Image Access Credential' });
    this.createSecret = this.imageAccessCredential.getByRole('button', { name: 'Create Secret' });
    this.checkImage = this.form.getByRole('button', { name: 'Check image' });
    this.checkImageAnswer = this.form
      .getByRole('status')
      .filter({ hasText: /^(The image|The registry|No such|Could not check)/ });
    this.submit = this.form.getByRole('button', { name: 'Create Workload' });
    this.secretDialog = new CreateSecretDialog(page);
  }

  async goto(namespace: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/workloads/create`);
  }

  credential(secret: string): Locator {
    return this.imageAccessCredential.getByRole('checkbox', { name: secret, exact: true });
  }

  async fill(entry: WorkloadEntry): Promise<void> {
    await this.workloadName.fill(entry.name);
    await this.containerName.fill(entry.containerName);
    await this.imageName.fill(entry.image);
    await this.imageTag.fill(entry.tag ?? '');
    await this.pullPolicy.selectOption(entry.pullPolicy ?? 'Always');
    for (const secret of entry.credentials ?? []) await this.credential(secret).check();
  }
}
