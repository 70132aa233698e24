// Journey 32: a pull secret linked to the namespace's default ServiceAccount, the workload form saying what default
// gives (and picking nothing, as the pods get it at admission), the workload reaching Running 1/1 through it, and the
// secret's Used by listing the ServiceAccount and the workload through it.
import { awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { PullSecretSharing } from '../pages/pull-secret-sharing';
import { WorkloadDetailPage } from '../pages/workload-detail-page';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';

test('a secret linked to the default ServiceAccount is listed as what a workload with no credential pulls with', async ({
  page,
  kube,
  namespace,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const secret = new PullSecretSharing(page);

  await test.step('a pull secret regcred exists and nobody uses it', async () => {
    await kubectlCreatePullSecret(namespace, 'regcred', registry);
    await secret.goto(namespace, 'regcred');
    await expect(page.getByText('No workload or ServiceAccount in this namespace uses it.')).toBeVisible();
  });

  await test.step('Link to ServiceAccount default', async () => {
    await expect(secret.serviceAccount).toHaveValue('default');
    await secret.linkToServiceAccount.click();
    await expect(secret.usedBy).toContainText('ServiceAccount default');
    const sa = await kube.core.readNamespacedServiceAccount({ name: 'default', namespace });
    expect(sa.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  });

  await test.step('Create Workload foo with no credential picked: the form says what default gives', async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.fill(awesomeappWorkload('foo', registry));
    await expect(page.getByRole('note', { name: 'ServiceAccount credentials' })).toHaveText(
      "No credential picked: the pods get ServiceAccount default's image pull secrets: regcred.",
    );
    await expect(page.getByRole('list', { name: 'Credentials for the images' })).toContainText(
      `regcred covers ${registry.server}, and the pods get it from their ServiceAccount: none to pick.`,
    );
    await createWorkloadPage.submit.click();
    const detail = new WorkloadDetailPage(page, 'foo');
    await expect(detail.heading).toBeVisible();
    const stored = await kube.apps.readNamespacedDeployment({ name: 'foo', namespace });
    expect(stored.spec?.template.spec?.imagePullSecrets ?? []).toEqual([]);
  });

  await test.step('its pod pulls with regcred from the ServiceAccount and reaches Running 1/1', async () => {
    const detail = new WorkloadDetailPage(page, 'foo');
    await expect(detail.podsWith('Running')).toHaveCount(1, { timeout: 30_000 });
    const pods = await kube.core.listNamespacedPod({ namespace });
    expect(pods.items.map((pod) => pod.spec?.imagePullSecrets)).toEqual([[{ name: 'regcred' }]]);
  });

  await test.step('Used by lists the workload, through default, and the ServiceAccount', async () => {
    await secret.goto(namespace, 'regcred');
    await expect(secret.usedBy).toContainText('Deployment foo (through ServiceAccount default)');
    await expect(secret.usedBy).toContainText('ServiceAccount default');
  });
});
