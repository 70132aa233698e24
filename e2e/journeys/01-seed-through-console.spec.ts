// Journey 1: the seed (secret `test`, workload `foo`) made through the console, then checked through the API against kubectl's.
import { awesomeappImage, awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { authsComparedWithSeed, seedAuthsView, seedDeployment, seedFields, seedSecret } from '../support/seed-objects';

test('the seed through the console runs, and stores what kubectl would', async ({
  page,
  kube,
  namespace,
  shell,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const image = awesomeappImage(registry);

  await test.step('open the dashboard and choose the namespace', async () => {
    await shell.openDashboard(namespace);
    await expect(workloadsPage.heading).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads$`));
  });

  await test.step('ConfigMaps and Secrets > Secrets > Create Secret: test for the private registry', async () => {
    await shell.configMapsAndSecretsLink.click();
    await expect(secretsPage.heading).toBeVisible();
    await expect(secretsPage.tabs).toHaveText('Secrets');
    await secretsPage.createSecret.click();
    const dialog = secretsPage.dialog;
    await expect(dialog.secretType).toHaveValue('kubernetes.io/dockerconfigjson');
    await dialog.fill('test', registry);
    await dialog.ok.click();
    await expect(dialog.root).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Secret test created' })).toBeVisible();
  });

  await test.step('the row shows kubernetes.io/dockerconfigjson with 1 data item', async () => {
    await expect(secretsPage.cell('test', 'type')).toHaveText('kubernetes.io/dockerconfigjson');
    await expect(secretsPage.cell('test', 'data')).toHaveText('1');
    await expect(secretsPage.cell('test', 'registries')).toHaveText(`${registry.server} (${registry.username})`);
  });

  await test.step('Workloads > Create Workload: foo, the private image, tag v1, Always, credential test', async () => {
    await shell.workloadsLink.click();
    await workloadsPage.createWorkload.click();
    await expect(createWorkloadPage.pullPolicy).toHaveValue('Always');
    await createWorkloadPage.fill({ ...awesomeappWorkload('foo', registry, ['test']), pullPolicy: 'Always' });
    await createWorkloadPage.submit.click();
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads/foo$`));
  });

  await test.step('the workload reaches Running with READY 1/1', async () => {
    await shell.workloadsLink.click();
    await expect(workloadsPage.cell('foo', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('foo', 'ready')).toHaveText('1/1');
  });

  await test.step('through the API, the secret equals the one kubectl makes', async () => {
    const stored = await kube.core.readNamespacedSecret({ name: 'test', namespace });
    const seed = await seedSecret('test', namespace, registry);
    expect(stored.type).toBe(seed.type);
    expect(Object.keys(stored.data ?? {})).toEqual(Object.keys(seed.data ?? {}));
    expect(authsComparedWithSeed(stored, seed)).toEqual(seedAuthsView(seed));
  });

  await test.step("through the API, the Deployment has the seed's labels, selector, strategy, container and imagePullSecrets", async () => {
    const stored = await kube.apps.readNamespacedDeployment({ name: 'foo', namespace });
    const seed = seedDeployment({ name: 'foo', image: `${image}:v1`, pullSecret: 'test' });
    expect(seedFields(stored)).toEqual(seedFields(seed));
  });
});
