// Journey 19: each of the five kinds made through Create Workload, as a user does it, from the private registry with
// its Image Access Credential, reaching Running (or Complete for a Job and a CronJob's run).
import { awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, suiteSecrets, test } from '../fixtures/suite-namespace';
import type { CreateWorkloadPage, WorkloadKindName } from '../pages/create-workload-page';
import { KindDetailPage, type WorkloadPlural } from '../pages/kind-detail-page';
import { WorkloadKindTab } from '../pages/workload-kind-tab';

const registry = registryLogin('BERTH_REGISTRY');

/** Picks the kind, then fills name, the private image (tag v1) and its credential into the open container. */
async function fillPrivateWorkload(form: CreateWorkloadPage, kind: WorkloadKindName, name: string): Promise<void> {
  await form.kind(kind).check();
  await form.fill(awesomeappWorkload(name, registry, [suiteSecrets.pull]));
}

/** Create Workload (dry run, then the real create) lands on the new workload's detail page. */
async function create(form: CreateWorkloadPage, namespace: string, plural: WorkloadPlural, name: string) {
  await form.submit.click();
  await expect(form.page).toHaveURL(new RegExp(`${KindDetailPage.path(namespace, plural, name)}$`));
  const detail = new KindDetailPage(form.page, name);
  await expect(detail.heading).toBeVisible();
  return detail;
}

test('a Deployment with an init container, quotas and an env var from a Secret key reaches Running 1/1', async ({
  kube,
  namespace,
  shell,
  workloadsPage,
  createWorkloadPage: form,
}) => {
  await test.step('Workloads > Create Workload: shop, the private image and its credential', async () => {
    await shell.openDashboard(namespace);
    await workloadsPage.createWorkload.click();
    await expect(form.kind('Deployment')).toBeChecked();
    await fillPrivateWorkload(form, 'Deployment', 'shop');
  });

  await test.step('CPU and Memory: requests and limits', async () => {
    await form.settings('CPU and Memory').click();
    await form.textbox('CPU Request').fill('250m');
    await form.textbox('CPU Limit').fill('500m');
    await form.textbox('Memory Request').fill('64Mi');
    await form.textbox('Memory Limit').fill('128Mi');
  });

  await test.step("Environment Variables: GREETING from the app Secret's key, picked from the cluster's names", async () => {
    await form.settings('Environment Variables').click();
    await form.addVariable.click();
    await form.textbox('Variable 1 name').fill('GREETING');
    await form.select('Variable 1 source').selectOption('Secret key');
    await form.select('Variable 1 secret').selectOption(suiteSecrets.app);
    await form.select('Variable 1 key').selectOption(suiteSecrets.appKey);
  });

  await test.step('Add Init Container: the same private image, and Check image says it can be pulled', async () => {
    await form.addInitContainer.click();
    await expect(form.container('Init Container 1')).toHaveAttribute('aria-selected', 'true');
    await form.containerName.fill('prepare');
    await form.imageName.fill(awesomeappWorkload('shop', registry).image);
    await form.imageTag.fill('v1');
    await form.checkImage.click();
    await expect(form.checkImageAnswer).toHaveText(/^The image can be pulled/);
  });

  await test.step('Create Workload: the detail page shows Running and its pod', async () => {
    const detail = await create(form, namespace, 'deployments', 'shop');
    await expect(detail.status('Running')).toBeVisible({ timeout: 60_000 });
    await expect(detail.podsWith('Running')).toHaveCount(1);
  });

  await test.step('Deployments tab: shop Running, READY 1/1', async () => {
    await shell.workloadsLink.click();
    await expect(workloadsPage.cell('shop', 'status')).toHaveText('Running');
    await expect(workloadsPage.cell('shop', 'ready')).toHaveText('1/1');
  });

  await test.step('through the API: the init container, the quotas and the env var are stored as filled', async () => {
    const pod = (await kube.apps.readNamespacedDeployment({ name: 'shop', namespace })).spec?.template.spec;
    expect(pod?.imagePullSecrets).toEqual([{ name: suiteSecrets.pull }]);
    expect(pod?.initContainers?.map((c) => [c.name, c.image])).toEqual([
      ['prepare', `${registry.server}/janedoe/awesomeapp:v1`],
    ]);
    const shop = pod?.containers[0];
    expect(shop?.resources).toEqual({
      requests: { cpu: '250m', memory: '64Mi' },
      limits: { cpu: '500m', memory: '128Mi' },
    });
    expect(shop?.env).toEqual([
      { name: 'GREETING', valueFrom: { secretKeyRef: { name: suiteSecrets.app, key: suiteSecrets.appKey } } },
    ]);
  });
});

test('a StatefulSet from its tab reaches Running 1/1, its pod ledger-0, its headless Service made with it', async ({
  page,
  kube,
  namespace,
  createWorkloadPage: form,
}) => {
  const tab = new WorkloadKindTab(page, 'StatefulSets');
  await test.step('StatefulSets > Create Workload opens the form on StatefulSet', async () => {
    await tab.open(namespace);
    await page.getByRole('link', { name: 'Create Workload' }).click();
    await expect(form.kind('StatefulSet')).toBeChecked();
    await fillPrivateWorkload(form, 'StatefulSet', 'ledger');
    await form.textbox('Headless Service Name').fill('ledger-headless');
  });

  await test.step('Create Workload: Running, READY 1/1, pod ledger-0', async () => {
    const detail = await create(form, namespace, 'statefulsets', 'ledger');
    await expect(detail.status('Running')).toBeVisible({ timeout: 60_000 });
    await expect(detail.fact('Pods (READY)')).toHaveText('1/1');
    await expect(detail.pods.getByRole('cell', { name: 'ledger-0', exact: true })).toBeVisible();
  });

  await test.step('StatefulSets tab: READY 1/1 behind ledger-headless, which the API holds', async () => {
    await tab.open(namespace);
    await expect(tab.cell('ledger', 'ready')).toHaveText('1/1');
    await expect(tab.cell('ledger', 'service')).toHaveText('ledger-headless');
    const service = await kube.core.readNamespacedService({ name: 'ledger-headless', namespace });
    expect(service.spec?.clusterIP).toBe('None');
  });
});

test('a DaemonSet runs its one pod on the node', async ({ page, namespace, createWorkloadPage: form }) => {
  await test.step('Create Workload, Workload Type DaemonSet: node-probe', async () => {
    await form.goto(namespace);
    await fillPrivateWorkload(form, 'DaemonSet', 'node-probe');
    await expect(form.pods).toBeHidden();
  });

  await test.step('Create Workload: Running, READY 1 of DESIRED 1', async () => {
    const detail = await create(form, namespace, 'daemonsets', 'node-probe');
    await expect(detail.status('Running')).toBeVisible({ timeout: 60_000 });
    await expect(detail.fact('DESIRED')).toHaveText('1');
    await expect(detail.fact('READY')).toHaveText('1');
  });

  await test.step('DaemonSets tab: node-probe Running', async () => {
    const tab = new WorkloadKindTab(page, 'DaemonSets');
    await tab.open(namespace);
    await expect(tab.cell('node-probe', 'status')).toHaveText('Running');
    await expect(tab.cell('node-probe', 'ready')).toHaveText('1');
  });
});

test('a Job completes its one completion', async ({ page, namespace, createWorkloadPage: form }) => {
  await test.step('Create Workload, Workload Type Job: migrate, 1 completion, restart Never', async () => {
    await form.goto(namespace);
    await fillPrivateWorkload(form, 'Job', 'migrate');
    await expect(form.number('Completions')).toHaveValue('1');
    await expect(form.select('Restart Policy')).toHaveValue('Never');
  });

  await test.step('Create Workload: Complete, COMPLETIONS 1/1', async () => {
    const detail = await create(form, namespace, 'jobs', 'migrate');
    await expect(detail.status('Complete')).toBeVisible({ timeout: 60_000 });
    await expect(detail.fact('COMPLETIONS')).toHaveText('1/1');
  });

  await test.step('Jobs tab: migrate Complete', async () => {
    const tab = new WorkloadKindTab(page, 'Jobs');
    await tab.open(namespace);
    await expect(tab.cell('migrate', 'status')).toHaveText('Complete');
    await expect(tab.cell('migrate', 'completions')).toHaveText('1/1');
  });
});

test("a nightly CronJob run now: its Job runs and completes, listed on the CronJob's page", async ({
  page,
  namespace,
  createWorkloadPage: form,
}) => {
  await test.step('Create Workload, Workload Type CronJob: report, 30 3 * * *, with its next runs shown', async () => {
    await form.goto(namespace);
    await fillPrivateWorkload(form, 'CronJob', 'report');
    await form.textbox('Schedule').fill('30 3 * * *');
    await expect(page.getByRole('list', { name: 'Next Runs' }).getByRole('listitem')).toHaveCount(5);
    await form.select('Concurrency Policy').selectOption('Forbid');
  });

  await test.step('Create Workload, then Run now: the Job made from its template reaches Complete', async () => {
    const detail = await create(form, namespace, 'cronjobs', 'report');
    await expect(detail.fact('SCHEDULE')).toHaveText('30 3 * * *');
    // Run now instead of waiting for the schedule's minute (an integration test proves the schedule itself fires).
    await detail.runNow.click();
    await expect(page.getByRole('status')).toHaveText(/^Job report-manual-[a-z0-9]{5} started$/);
    const run = detail.jobs.getByRole('row').filter({ hasText: /^report-manual-/ });
    await expect(run).toHaveCount(1);
    await expect(run.getByRole('cell').nth(1)).toHaveText('Complete', { timeout: 90_000 });
  });

  await test.step('Cron Jobs tab: report on its schedule, not suspended', async () => {
    const tab = new WorkloadKindTab(page, 'Cron Jobs');
    await tab.open(namespace);
    await expect(tab.cell('report', 'schedule')).toHaveText('30 3 * * *');
    await expect(tab.cell('report', 'suspend')).toHaveText('False');
  });
});
