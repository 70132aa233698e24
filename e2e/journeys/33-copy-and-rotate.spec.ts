// Journey 33: a pull secret copied to two namespaces (an existing one there reported, not overwritten), the copy whose
// password differs flagged without showing it, and the password rotated across them, with a restart offered and used
// for the workload whose pods failed to pull.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { createNamespace, deleteNamespace } from '../fixtures/kubernetes';
import { expect, test } from '../fixtures/test';
import { PullSecretSharing } from '../pages/pull-secret-sharing';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';
import { assertNoLeaks } from '../support/leak-check';

const pullFailures = new Set(['ErrImagePull', 'ImagePullBackOff']);

test('copy a pull secret to two namespaces, see the copy that differs, and rotate the password across them', async ({
  page,
  kube,
  namespace,
  apiRecorder,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const stale = { ...registry, password: `stale-${Date.now()}-pw` };
  const secret = new PullSecretSharing(page);
  const [fresh, team] = await Promise.all([createNamespace(kube, 'ps-copy'), createNamespace(kube, 'ps-copy')]);
  try {
    await test.step('regcred here; an older regcred with another password in the second namespace, failing bar', async () => {
      await kubectlCreatePullSecret(namespace, 'regcred', registry);
      await kubectlCreatePullSecret(team, 'regcred', stale);
      await kubectlCreateSeedDeployment(team, {
        name: 'bar',
        image: `${awesomeappImage(registry)}:v1`,
        pullSecret: 'regcred',
      });
    });

    await test.step('Copy to both namespaces: one copied, the other reported and left as it is', async () => {
      await secret.goto(namespace, 'regcred');
      await secret.copyTo.getByRole('checkbox', { name: fresh, exact: true }).check();
      await secret.copyTo.getByRole('checkbox', { name: team, exact: true }).check();
      await secret.copy.click();
      await expect(secret.copyResults).toContainText(`${fresh}: copied`);
      await expect(secret.copyResults).toContainText(`${team}: already there, left as it is`);
    });

    await test.step('the copy whose password differs is flagged, and no password is shown', async () => {
      await expect(secret.copyRow(fresh)).toContainText('Same');
      await expect(secret.copyRow(team)).toContainText(`Differs: password for ${registry.server} differs`);
      await expect(page.getByText(stale.password)).toHaveCount(0);
    });

    await test.step('bar in the second namespace fails to pull with the stale password', async () => {
      await expect
        .poll(
          async () =>
            (await kube.core.listNamespacedPod({ namespace: team })).items.some((pod) =>
              (pod.status?.containerStatuses ?? []).some((c) => pullFailures.has(c.state?.waiting?.reason ?? '')),
            ),
          { timeout: 60_000 },
        )
        .toBe(true);
    });

    await test.step('Rotate password across the three namespaces, then restart bar', async () => {
      await secret.rotatePassword(registry.username, registry.server).click();
      await secret.newPassword.fill(registry.password);
      await secret.rotateIn(fresh).check();
      await secret.rotateIn(team).check();
      await secret.findSecrets.click();
      await secret.rotate(3).click();
      await expect(secret.rotationResults).toContainText(`${team}/regcred: updated`);
      await expect(secret.rotationResults).toContainText(`${namespace}/regcred: unchanged`);
      await expect(secret.rotationResults).toContainText(`${fresh}/regcred: unchanged`);
      await expect(secret.failingWorkloads).toContainText(`Deployment ${team}/bar`);
      await secret.failingWorkloads.getByRole('button', { name: 'Restart bar' }).click();
      await expect(secret.failingWorkloads).toContainText('restarted');
      await expect
        .poll(
          async () =>
            (await kube.apps.readNamespacedDeployment({ name: 'bar', namespace: team })).status?.readyReplicas,
          {
            timeout: 90_000,
          },
        )
        .toBe(1);
    });

    await test.step('the copies are all the same now', async () => {
      await page.keyboard.press('Escape');
      await expect(secret.copyRow(team)).toContainText('Same');
    });

    await test.step('no answer or log line held the stale password, which no namespace the fixture scans keeps', async () => {
      // The page's live stream is a body that never ends while it is open: close it so every answer is complete.
      await page.close();
      await apiRecorder.settled();
      assertNoLeaks([{ kind: 'stale registry password', value: stale.password }]);
    });
  } finally {
    await Promise.all([deleteNamespace(kube, fresh), deleteNamespace(kube, team)]);
  }
});
