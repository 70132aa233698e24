// Journey 27: a workload names a pull secret that does not exist; the explainer's Create Secret opens the dialog
// prefilled, comes back to the workload, and Retry now replaces the pod in back-off, which runs within 3 s of the fix.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/fixes-test';
import { CreateSecretDialog } from '../pages/create-secret-dialog';
import { WorkloadFixes } from '../pages/workload-fixes';
import { kubectlCreateSeedDeployment } from '../support/kubectl-seed';

test('missing credential: Create Secret prefilled, back to the workload, Retry now, Running 1/1', async ({
  page,
  kube,
  namespace,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const workload = new WorkloadFixes(page, 'foo');
  const dialog = new CreateSecretDialog(page);
  const missing = 'An image pull secret is missing in the namespace';

  await test.step('kubectl creates foo naming pull secret test, which does not exist', () =>
    kubectlCreateSeedDeployment(namespace, {
      name: 'foo',
      image: `${awesomeappImage(registry)}:v1`,
      pullSecret: 'test',
    }));

  await test.step('the workload page marks test missing and explains the failed pull', async () => {
    await workload.goto(namespace);
    await expect(workload.explanation(missing)).toBeVisible({ timeout: 30_000 });
    await expect(workload.missingCredential(namespace)).toBeVisible();
    await expect(workload.credentialLink('test')).toHaveCount(0);
  });

  await test.step('the pod waits out its second back-off (20 s), so only Retry now can make it pull at once', async () => {
    await expect(workload.podsWith('ImagePullBackOff')).toHaveCount(1, { timeout: 30_000 });
    await expect
      .poll(
        async () => {
          const events = await kube.core.listNamespacedEvent({ namespace });
          return Math.max(0, ...events.items.filter((e) => e.reason === 'Failed').map((e) => e.count ?? 1));
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(2);
    await expect(workload.retryNow).toBeEnabled();
  });

  let fixedAt = 0;
  await test.step('Create Secret opens the dialog with the missing name and the image registry', async () => {
    await workload.explanation(missing).getByRole('link', { name: 'Create Secret' }).click();
    await expect(dialog.root).toBeVisible();
    await expect(dialog.name).toHaveValue('test');
    await expect(dialog.server).toHaveValue(registry.server);
    await dialog.username.fill(registry.username);
    await dialog.password.fill(registry.password);
    await dialog.ok.click();
    fixedAt = Date.now();
  });

  await test.step('OK brings the user back to foo, where test is now a link', async () => {
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads/foo$`));
    await expect(workload.heading).toBeVisible();
    await expect(workload.credentialLink('test')).toBeVisible();
  });

  await test.step('Retry now: the replacement pod pulls at once and foo is Running 1/1 within 3 s of the fix', async () => {
    await workload.retryNow.click();
    await expect(workload.podsWith('Running')).toHaveCount(1, { timeout: 3_000 });
    await expect(workload.podsWith('ImagePullBackOff')).toHaveCount(0);
    const took = Date.now() - fixedAt;
    test.info().annotations.push({ type: 'fix to Running 1/1', description: `${took} ms` });
    expect(took, 'from OK in Create Secret to Running 1/1').toBeLessThan(3_000);
    await expect(workload.explanation(missing)).toHaveCount(0);
  });
});
