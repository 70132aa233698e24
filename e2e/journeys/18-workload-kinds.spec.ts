// Journey 18: a StatefulSet, a DaemonSet, a Job and a CronJob made with kubectl, each in its own Workloads tab with
// kubectl's columns and the console status; the CronJob suspended from its detail page.
import { stringify } from 'yaml';
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { expect, test } from '../fixtures/test';
import { WorkloadKindTab } from '../pages/workload-kind-tab';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';

/** A pod template of one private-registry container, pulled with the `test` credential. */
const template = (app: string, image: string, restartPolicy?: 'Never') => ({
  metadata: { labels: { app } },
  spec: {
    containers: [{ name: app, image }],
    imagePullSecrets: [{ name: 'test' }],
    ...(restartPolicy ? { restartPolicy } : {}),
  },
});

const manifests = (image: string) =>
  [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web-headless' },
      spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80 }] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web' },
      spec: {
        serviceName: 'web-headless',
        replicas: 1,
        selector: { matchLabels: { app: 'web' } },
        template: template('web', image),
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: { selector: { matchLabels: { app: 'agent' } }, template: template('agent', image) },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate' },
      spec: { template: template('migrate', image, 'Never') },
    },
    {
      // kube-apiserver 1.20 serves CronJob as batch/v1beta1 only.
      apiVersion: 'batch/v1beta1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: template('nightly', image, 'Never') } } },
    },
  ]
    .map((m) => stringify(m))
    .join('---\n');

test('StatefulSets, DaemonSets, Jobs and Cron Jobs made with kubectl show in their tabs', async ({
  page,
  namespace,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const image = `${awesomeappImage(registry)}:v1`;

  await test.step('kubectl create the pull secret, then the four workloads', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    await kubectl(['create', '-n', namespace, '-f', '-'], manifests(image));
  });

  await test.step('StatefulSets: web reaches Running, READY 1/1, with its headless Service', async () => {
    const tab = new WorkloadKindTab(page, 'StatefulSets');
    await tab.open(namespace);
    await expect(page).toHaveURL(/\?kind=statefulsets$/);
    await expect(tab.cell('web', 'service')).toHaveText('web-headless');
    await expect(tab.cell('web', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(tab.cell('web', 'ready')).toHaveText('1/1');
  });

  await test.step('StatefulSets: web-0 on its detail page', async () => {
    await page.getByRole('link', { name: 'web', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'web' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Pods' }).getByRole('cell', { name: 'web-0' })).toBeVisible();
  });

  await test.step('DaemonSets: agent wants one pod, on the one node', async () => {
    const tab = new WorkloadKindTab(page, 'DaemonSets');
    await tab.open(namespace);
    await expect(tab.cell('agent', 'desired')).toHaveText('1', { timeout: 60_000 });
  });

  await test.step('Jobs: migrate runs (or has completed) its one completion', async () => {
    const tab = new WorkloadKindTab(page, 'Jobs');
    await tab.open(namespace);
    await expect(tab.cell('migrate', 'status')).toHaveText(/^(Running|Complete)$/, { timeout: 60_000 });
    await expect(tab.cell('migrate', 'completions')).toHaveText(/^[01]\/1$/);
  });

  await test.step('Cron Jobs: nightly on its schedule, then suspended from its page and shown so live', async () => {
    const tab = new WorkloadKindTab(page, 'Cron Jobs');
    await tab.open(namespace);
    await expect(tab.cell('nightly', 'schedule')).toHaveText('0 3 * * *');
    await expect(tab.cell('nightly', 'suspend')).toHaveText('False');
    await expect(tab.cell('nightly', 'status')).toHaveText('Scheduled');
    await page.getByRole('link', { name: 'nightly', exact: true }).click();
    await page.getByRole('button', { name: 'Suspend' }).click();
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.getByRole('link', { name: 'Workloads / Cron Jobs' }).click();
    await expect(tab.cell('nightly', 'suspend')).toHaveText('True');
    expect(await kubectl(['get', 'cronjob', 'nightly', '-n', namespace, '-o', 'jsonpath={.spec.suspend}'])).toBe(
      'true',
    );
  });
});
