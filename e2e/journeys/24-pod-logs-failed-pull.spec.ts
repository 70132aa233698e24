// Journey 24: a pod whose pull fails. The pod page says why, and the log viewer says the container has not started,
// with the registry's pull error: not a blank box, not a 500.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { expect, testWithNamespacePrefix } from '../fixtures/prefixed-namespace';
import { PodDetailPage } from '../pages/pod-detail-page';
import { WorkloadDetailPage } from '../pages/workload-detail-page';
import { onLogNode } from '../support/log-node';
import { seedDeploymentManifest } from '@berth/local-cluster/testing/any-runner';

const test = testWithNamespacePrefix('po-e2e-pull');

test('the logs of a pod whose pull fails say the container has not started, and why', async ({ page, namespace }) => {
  const image = `${awesomeappImage(registryLogin('BERTH_REGISTRY'))}:v1`;
  const workload = new WorkloadDetailPage(page, 'logs-locked');
  const pod = new PodDetailPage(page);

  await test.step('a workload pulls from the private registry without a credential', () =>
    kubectl(['create', '-n', namespace, '-f', '-'], onLogNode(seedDeploymentManifest({ name: 'logs-locked', image }))));

  await test.step('open the workload and click its failing pod', async () => {
    await workload.goto(namespace);
    const failing = workload.pods.getByRole('row').filter({ hasText: /ErrImagePull|ImagePullBackOff/ });
    await expect(failing).toHaveCount(1, { timeout: 60_000 });
    await failing.getByRole('link', { name: /^logs-locked-/ }).click();
  });

  await test.step('the pod page says the pull failed', async () => {
    await expect(pod.fact('Status')).toHaveText(/^(ErrImagePull|ImagePullBackOff)$/);
    await expect(
      pod.containers.getByRole('cell', { name: /^Waiting: (ErrImagePull|ImagePullBackOff)$/ }),
    ).toBeVisible();
  });

  await test.step('the log viewer says the container has not started, with the pull error', async () => {
    await expect(pod.logProblem).toContainText(
      /Container logs-locked has not started \((ErrImagePull|ImagePullBackOff)\)/,
    );
    await expect(pod.logProblem).toContainText(`Failed to pull image "${image}"`);
    await expect(pod.logProblem).toContainText('unauthorized: authentication required');
    await expect(pod.logProblem).toContainText(
      /is waiting to start: (image can't be pulled|trying and failing to pull image)/,
    );
    await expect(pod.log).toBeHidden();
  });
});
