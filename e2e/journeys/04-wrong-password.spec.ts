// Journey 4: a wrong password is caught by Test credentials before anything exists; saved anyway, the workload explains; editing fixes it.
import { awesomeappImage, awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { pullSecretNames } from '../fixtures/kubernetes';
import { expect, test } from '../fixtures/test';
import { SecretDetailPage } from '../pages/secret-detail-page';
import { WorkloadDetailPage } from '../pages/workload-detail-page';

test('a wrong password: Test credentials says unauthorized, the workload explains, editing the password fixes it', async ({
  page,
  kube,
  namespace,
  secretsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const wrong = { ...registry, password: `${registry.password}-wrong` };
  const image = `${awesomeappImage(registry)}:v1`;
  const dialog = secretsPage.dialog;
  const workload = new WorkloadDetailPage(page, 'foo');
  const secret = new SecretDetailPage(page, 'test');

  await test.step('Create Secret test with a wrong password: Test credentials says unauthorized', async () => {
    await secretsPage.goto(namespace);
    await secretsPage.createSecret.click();
    await dialog.fill('test', wrong);
    await dialog.testCredentials.click();
    await expect(dialog.credentialsAnswer).toHaveText(/^The registry refused these credentials/);
  });

  await test.step('nothing has been created yet', async () => {
    expect(await pullSecretNames(kube, namespace)).toEqual([]);
  });

  await test.step('save it anyway', async () => {
    await dialog.ok.click();
    await expect(dialog.root).toBeHidden();
    await expect(secretsPage.cell('test', 'type')).toHaveText('kubernetes.io/dockerconfigjson');
  });

  await test.step('a workload using it explains that the registry refused the credentials', async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.fill(awesomeappWorkload('foo', registry, ['test']));
    await createWorkloadPage.submit.click();
    const explanation = workload.explanation('The registry refused the credentials');
    await expect(explanation).toContainText(
      `The registry rejected the username or password the kubelet sent for ${image}.`,
      {
        timeout: 60_000,
      },
    );
  });

  await test.step('Edit secret test from the explanation and put the right password', async () => {
    await workload
      .explanation('The registry refused the credentials')
      .getByRole('link', { name: 'Edit secret test' })
      .click();
    // The link opens secret test's Edit dialog itself.
    await expect(secret.editDialog).toBeVisible();
    await secret.password.fill(registry.password);
    await secret.save.click();
    await expect(secret.editDialog).toBeHidden();
  });

  await test.step('Save brings the user back to the workload, which becomes Running', async () => {
    await expect(workload.heading).toBeVisible();
    // The failing pod retries on the kubelet's back-off and pulls with the edited secret.
    await expect(workload.podsWith('Running')).toHaveCount(1, { timeout: 120_000 });
    await expect(workload.explanation('The registry refused the credentials')).toHaveCount(0);
  });
});
