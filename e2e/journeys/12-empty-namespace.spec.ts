// Journey 12: a namespace with nothing in it (a new user's first view: the embedded cluster's `default`) shows every
// page's empty state, and a namespace that does not exist says so on every page, never "Something went wrong".
import { uniqueNamespace } from '@berth/local-cluster/testing/any-runner';
import { expect, test } from '../fixtures/test';
import { CreateWorkloadPage } from '../pages/create-workload-page';

test('an empty namespace shows each empty state; one that does not exist says so', async ({
  page,
  namespace,
  workloadsPage,
  secretsPage,
}) => {
  const createWorkloadPage = new CreateWorkloadPage(page);
  const alert = page.getByRole('alert');
  const noFailure = async () => {
    await expect(page.getByText(/Something went wrong|Could not/)).toHaveCount(0);
  };

  await test.step('Workloads: no workloads yet, and Create Workload is offered', async () => {
    await workloadsPage.goto(namespace);
    await expect(page.getByText(`No workloads in namespace ${namespace} yet.`)).toBeVisible();
    await expect(page.getByText('0 workloads', { exact: true })).toBeVisible();
    await expect(workloadsPage.createWorkload).toBeVisible();
    await expect(alert).toHaveCount(0);
    await noFailure();
  });

  await test.step('Secrets: no pull secret; only a service account token, if the cluster made one', async () => {
    await secretsPage.goto(namespace);
    await expect(page.getByText(/^(0 secrets|1 secret)$/)).toBeVisible();
    await expect(
      secretsPage.table.getByRole('cell', { name: /^kubernetes\.io\/(dockerconfigjson|dockercfg)$/ }),
    ).toHaveCount(0);
    await page.getByLabel('Type').selectOption('kubernetes.io/dockerconfigjson');
    await expect(page.getByText('No secret matches these filters.')).toBeVisible();
    await expect(page.getByText('0 secrets', { exact: true })).toBeVisible();
    await expect(secretsPage.createSecret).toBeEnabled();
    await noFailure();
  });

  await test.step('Create Workload: the credential picker has no pull secret to offer, and offers to create one', async () => {
    await createWorkloadPage.goto(namespace);
    await expect(createWorkloadPage.imageAccessCredential).toContainText(
      `No image pull secrets in namespace ${namespace}.`,
    );
    await expect(createWorkloadPage.imageAccessCredential.getByRole('checkbox')).toHaveCount(0);
    await expect(createWorkloadPage.createSecret).toBeEnabled();
    await noFailure();
  });

  await test.step('a secret and a workload that are not there are named as missing', async () => {
    await page.goto(`/namespaces/${namespace}/secrets/nope`);
    await expect(alert).toHaveText(`No secret named nope in namespace ${namespace}.`);
    await page.goto(`/namespaces/${namespace}/workloads/nope`);
    await expect(alert).toHaveText(`No deployment named nope in namespace ${namespace}.`);
  });

  const missing = uniqueNamespace('e2e-missing');
  for (const [where, path] of [
    ['Workloads', 'workloads'],
    ['Secrets', 'secrets'],
    ['Create Workload', 'workloads/create'],
    ['a workload', 'workloads/nope'],
    ['a secret', 'secrets/nope'],
  ]) {
    await test.step(`${where} in a namespace that does not exist: "Namespace … does not exist"`, async () => {
      await page.goto(`/namespaces/${missing}/${path}`);
      await expect(alert).toHaveText(`Namespace ${missing} does not exist.`);
      await noFailure();
    });
  }
});
