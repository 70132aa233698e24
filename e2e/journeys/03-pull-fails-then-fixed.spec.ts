// Journey 3: a workload without a credential fails its pull, the console says why, and adding the credential fixes it.
import { awesomeappImage, awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { WorkloadDetailPage } from '../pages/workload-detail-page';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';
import { containing } from '../support/text';

test('a pull without a credential fails with an explanation, and adding the credential makes it run', async ({
  page,
  kube,
  namespace,
  shell,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const image = `${awesomeappImage(registry)}:v1`;
  const detail = new WorkloadDetailPage(page, 'foo');
  let uid: string | undefined;

  await test.step('a pull secret test exists in the namespace', () =>
    kubectlCreatePullSecret(namespace, 'test', registry));

  await test.step('Create Workload foo from the private registry with no Image Access Credential', async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.fill(awesomeappWorkload('foo', registry));
    // test is the only credential covering the registry, so the form selects it; this user takes it off again.
    await expect(createWorkloadPage.credential('test')).toBeChecked();
    await createWorkloadPage.credential('test').uncheck();
    await createWorkloadPage.submit.click();
    await expect(detail.heading).toBeVisible();
    uid = (await kube.apps.readNamespacedDeployment({ name: 'foo', namespace })).metadata?.uid;
  });

  await test.step('the workload page shows ImagePullBackOff and the plain explanation', async () => {
    await expect(detail.podsWith('ImagePullBackOff')).toHaveCount(1, { timeout: 60_000 });
    const explanation = detail.explanation('The registry refused the credentials');
    await expect(explanation).toContainText(
      `No image access credential is selected, and the registry does not allow anonymous pulls of ${image}.`,
    );
  });

  await test.step('Add a credential from the workload page: test', async () => {
    await detail
      .explanation('The registry refused the credentials')
      .getByRole('button', { name: 'Add a credential' })
      .click();
    await detail.credential('test').check();
    await detail.saveCredentials.click();
    await expect(detail.saveCredentials).toBeHidden();
  });

  await test.step('the workload becomes Running without deleting anything by hand', async () => {
    await expect(detail.podsWith('Running')).toHaveCount(1, { timeout: 90_000 });
    await expect(detail.explanation(containing('The registry refused'))).toHaveCount(0);
    await shell.workloadsLink.click();
    await expect(workloadsPage.cell('foo', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('foo', 'ready')).toHaveText('1/1');
    const stored = await kube.apps.readNamespacedDeployment({ name: 'foo', namespace });
    expect(stored.metadata?.uid, 'the same Deployment, patched rather than recreated').toBe(uid);
    expect(stored.spec?.template.spec?.imagePullSecrets).toEqual([{ name: 'test' }]);
  });
});
