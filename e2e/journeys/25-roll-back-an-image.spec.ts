// Journey 25: an image changed through the console makes revision 2; rolling back to revision 1 from the Revisions
// section brings the old image back, and the page follows the rollout to Running 1/1.
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

test('change the image, see revision 2, roll back to 1: the pods run the old image again', async ({
  page,
  kube,
  namespace,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const v1 = `${awesomeappImage(registry)}:v1`;
  const v2 = `${awesomeappImage(registry)}:v2`;
  const detail = new KindDetailPage(page, 'awesomeapp');
  const rollout = new RolloutSection(page);
  const podImages = async () => {
    const pods = await kube.core.listNamespacedPod({ namespace });
    return pods.items
      .filter((p) => p.metadata?.deletionTimestamp === undefined && p.status?.phase === 'Running')
      .map((p) => p.spec?.containers[0]?.image);
  };

  await test.step('awesomeapp:v1 made with kubectl runs, READY 1/1, as revision 1', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    await kubectlCreateSeedDeployment(namespace, { name: 'awesomeapp', image: v1, pullSecret: 'test' });
    await page.goto(KindDetailPage.path(namespace, 'deployments', 'awesomeapp'));
    await expect(detail.fact('Pods (READY)')).toHaveText('1/1', { timeout: 60_000 });
    await expect(rollout.revision(1)).toContainText('1 (current)');
    await expect(rollout.revision(1)).toContainText(v1);
  });

  await test.step('Edit image to v2: revision 2 is current, revision 1 keeps v1', async () => {
    await page.getByRole('button', { name: 'Edit image' }).click();
    const input = page.getByLabel('Image of container awesomeapp');
    await input.fill(v2);
    await page.getByRole('button', { name: 'Save image' }).click();
    await expect(rollout.revision(2)).toContainText('2 (current)');
    await expect(rollout.revision(2)).toContainText(v2);
    await expect(rollout.revision(1)).not.toContainText('current');
    await expect(rollout.status('successfully rolled out')).toBeVisible({ timeout: 60_000 });
    await expect.poll(podImages, { timeout: 30_000 }).toEqual([v2]);
  });

  await test.step('Roll back to revision 1, confirming what changes: v2 → v1', async () => {
    await rollout.rollBackTo(1).click();
    const dialog = page.getByRole('dialog', { name: 'Roll back awesomeapp to revision 1?' });
    await expect(dialog.getByRole('list', { name: 'What changes' })).toContainText(`awesomeapp: ${v2} → ${v1}`);
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('revision 1 comes back as revision 3, the page follows the rollout to Running 1/1', async () => {
    await expect(rollout.revision(3)).toContainText('3 (current)');
    await expect(rollout.revision(3)).toContainText(v1);
    await expect(rollout.revision(1)).toHaveCount(0);
    await expect(rollout.status('deployment "awesomeapp" successfully rolled out')).toBeVisible({ timeout: 60_000 });
    await expect(rollout.fact('Old pods left')).toHaveText('0');
    await expect(rollout.newPodsReady).toHaveAttribute('value', '1');
    await expect(detail.fact('Pods (READY)')).toHaveText('1/1');
    await expect(detail.status('Running')).toBeVisible();
    await expect.poll(podImages, { timeout: 30_000 }).toEqual([v1]);
  });
});
