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

/** The five kinds, as the Workload Type radios name them. */
export type WorkloadKindName = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';

/** A container's settings tabs, in CCE's order. */
export type ContainerSettingsTab =
  | 'Basic Info'
  | 'CPU and Memory'
  | 'Environment Variables'
  | 'Command and Arguments'
  | 'Container Ports'
  | 'Health Check';

/** Workloads > Create Workload: the kind, Basic Info, the kind's settings, Container Settings, and the YAML view. */
export class CreateWorkloadPage {
  readonly form: Locator;
  readonly yamlTab: Locator;
  /** The YAML view's editor, in sync with the form. */
  readonly yaml: Locator;
  readonly addInitContainer: Locator;
  readonly addVariable: Locator;
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
    this.yamlTab = this.form.getByRole('tablist', { name: 'Edit as' }).getByRole('tab', { name: 'YAML' });
    this.yaml = this.form.getByRole('textbox', { name: 'YAML', exact: true });
    this.addInitContainer = this.form.getByRole('button', { name: 'Add Init Container' });
    this.addVariable = this.form.getByRole('button', { name: 'Add Variable' });
  }

  /** The Workload Type radio of `kind`. */
  kind(kind: WorkloadKindName): Locator {
    return this.form.getByRole('group', { name: 'Workload Type' }).getByRole('radio', { name: kind, exact: true });
  }

  /** A tab of the pod's containers: `Container 1`, `Init Container 1`. */
  container(tab: string): Locator {
    return this.form.getByRole('tablist', { name: 'Containers' }).getByRole('tab', { name: tab, exact: true });
  }

  /** One of the open container's settings tabs (its name gains "(has errors)" when its fields do). */
  settings(tab: ContainerSettingsTab): Locator {
    return this.form.getByRole('tab', { name: new RegExp(`^${tab}( \\(has errors\\))?$`) });
  }

  /** A text box of the form by its label, e.g. `CPU Request`, `Schedule`, `Variable 1 name`. */
  textbox(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  /** A number box of the form by its label, e.g. `Completions`, `Port 1 node port`. */
  number(label: string): Locator {
    return this.form.getByRole('spinbutton', { name: label, exact: true });
  }

  /** A select of the form by its label, e.g. `Service`, `Variable 1 source`. */
  select(label: string): Locator {
    return this.form.getByRole('combobox', { name: label, exact: true });
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
