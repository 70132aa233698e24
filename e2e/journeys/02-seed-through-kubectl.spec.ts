// Journey 2: the seed made with Debian's kubectl shows in the console: the secret listed and offered, the Deployment 1/1.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';

test('the seed made with kubectl shows in the console', async ({
  namespace,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const image = `${awesomeappImage(registry)}:v1`;

  await test.step('kubectl create secret docker-registry test', () =>
    kubectlCreatePullSecret(namespace, 'test', registry));
  await test.step("kubectl create -f the seed's deployment.yaml", () =>
    kubectlCreateSeedDeployment(namespace, { name: 'awesomeapp', image, pullSecret: 'test' }));

  await test.step('Secrets lists test as a pull secret for the private registry', async () => {
    await secretsPage.goto(namespace);
    await expect(secretsPage.cell('test', 'type')).toHaveText('kubernetes.io/dockerconfigjson');
    await expect(secretsPage.cell('test', 'data')).toHaveText('1');
    await expect(secretsPage.cell('test', 'registries')).toHaveText(`${registry.server} (${registry.username})`);
  });

  await test.step('Create Workload offers test in the Image Access Credential picker', async () => {
    await createWorkloadPage.goto(namespace);
    await expect(createWorkloadPage.credential('test')).toBeVisible();
    await expect(createWorkloadPage.credential('test')).toHaveAccessibleDescription(registry.server);
  });

  await test.step('Workloads shows awesomeapp Running with READY 1/1', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('awesomeapp', 'image')).toHaveText(image);
    await expect(workloadsPage.cell('awesomeapp', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('awesomeapp', 'ready')).toHaveText('1/1');
  });
});
