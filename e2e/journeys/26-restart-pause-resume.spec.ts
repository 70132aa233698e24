// Journey 26: Restart replaces the pod with a new one and READY returns to 1/1; Pause and Resume set and clear the
// Deployment's spec.paused, as kubectl rollout pause and resume do.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { createNamespace, deleteNamespace } from '../fixtures/kubernetes';
import { expect, test as base } from '../fixtures/test';
import { KindDetailPage } from '../pages/kind-detail-page';
import { RolloutSection } from '../pages/rollout-section';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';

const test = base.extend({
  namespace: async ({ kube }, use) => {
    const name = await createNamespace(kube, 'ro-e2e');
    await use(name);
    await deleteNamespace(kube, name);
  },
});

test('restart replaces the pod and READY returns to 1/1; pause, then resume', async ({ page, kube, namespace }) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const detail = new KindDetailPage(page, 'awesomeapp');
  const rollout = new RolloutSection(page);
  const paused = async () =>
    (await kube.apps.readNamespacedDeployment({ name: 'awesomeapp', namespace })).spec?.paused === true;
  let oldPod = '';

  await test.step('awesomeapp runs, READY 1/1', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    await kubectlCreateSeedDeployment(namespace, {
      name: 'awesomeapp',
      image: `${awesomeappImage(registry)}:v1`,
      pullSecret: 'test',
    });
    await page.goto(KindDetailPage.path(namespace, 'deployments', 'awesomeapp'));
    await expect(detail.fact('Pods (READY)')).toHaveText('1/1', { timeout: 60_000 });
    await expect(detail.podsWith('Running')).toHaveCount(1);
    oldPod = (await detail.podsWith('Running').getByRole('cell').first().textContent()) ?? '';
    expect(oldPod).toMatch(/^awesomeapp-/);
  });

  await test.step('Restart, confirmed: a new pod replaces the old one, READY returns to 1/1', async () => {
    await rollout.restart.click();
    const dialog = page.getByRole('dialog', { name: 'Restart awesomeapp?' });
    await dialog.getByRole('button', { name: 'Restart' }).click();
    await expect(dialog).toBeHidden();
    await expect(rollout.revision(2)).toContainText('2 (current)');
    await expect(detail.pods.getByRole('cell', { name: oldPod, exact: true })).toHaveCount(0, { timeout: 60_000 });
    await expect(detail.podsWith('Running')).toHaveCount(1);
    await expect(detail.fact('Pods (READY)')).toHaveText('1/1');
    await expect(rollout.status('deployment "awesomeapp" successfully rolled out')).toBeVisible();
  });

  await test.step('Pause: the Deployment is paused, Restart waits for Resume', async () => {
    await rollout.pause.click();
    await expect(rollout.resume).toBeVisible();
    await expect(rollout.fact('Paused')).toContainText('Yes');
    await expect(rollout.restart).toBeDisabled();
    await expect.poll(paused).toBe(true);
  });

  await test.step('Resume: no longer paused, Restart offered again', async () => {
    await rollout.resume.click();
    await expect(rollout.pause).toBeVisible();
    await expect(rollout.restart).toBeEnabled();
    await expect.poll(paused).toBe(false);
  });
});
