// Journey 23: the logs of a running pod. Open the workload, click its pod, read the pull (with the image's digest) and
// the start, follow the log and see a new line arrive, and download what is shown.
import { readFile } from 'node:fs/promises';
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { expect, testWithNamespacePrefix } from '../fixtures/prefixed-namespace';
import { PodDetailPage } from '../pages/pod-detail-page';
import { WorkloadDetailPage } from '../pages/workload-detail-page';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';
import { onLogNode } from '../support/log-node';
import { seedDeploymentManifest } from '@berth/local-cluster/testing/any-runner';

const test = testWithNamespacePrefix('po-e2e-logs');

test('the logs of a running pod: pull and start, followed live, downloaded', async ({ page, namespace }) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const image = `${awesomeappImage(registry)}:v1`;
  const workload = new WorkloadDetailPage(page, 'logs-web');
  const pod = new PodDetailPage(page);

  await test.step('a workload logs-web runs awesomeapp:v1 from the private registry', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    const manifest = seedDeploymentManifest({ name: 'logs-web', image, pullSecret: 'test' });
    await kubectl(['create', '-n', namespace, '-f', '-'], onLogNode(manifest));
  });

  await test.step('open the workload and click its pod', async () => {
    await workload.goto(namespace);
    await expect(workload.podsWith('Running')).toHaveCount(1, { timeout: 60_000 });
    await workload.pods.getByRole('link', { name: /^logs-web-/ }).click();
    await expect(pod.heading).toHaveText(/^Pod logs-web-/);
    await expect(pod.fact('Status')).toHaveText('Running');
    await expect(pod.fact('Owner')).toHaveText('Deployment logs-web');
    await expect(pod.containers.getByRole('cell', { name: /@sha256:[0-9a-f]{64}$/ })).toHaveCount(1);
  });

  await test.step('the log shows the pull with the digest and the start', async () => {
    await expect(pod.log).toContainText(new RegExp(`Pulled image "${image}" in \\d+ ms: \\S+@sha256:[0-9a-f]{64}`));
    await expect(pod.log).toContainText('Started container logs-web');
  });

  await test.step('following shows a new line as the container writes it', async () => {
    const lines = async () => ((await pod.log.textContent()) ?? '').split('\n').filter(Boolean).length;
    await pod.follow.check();
    await expect(page.getByRole('status').filter({ hasText: 'Following' })).toBeVisible();
    await expect(pod.log).toContainText('Started container logs-web');
    const before = await lines();
    await expect.poll(lines, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect(pod.log).toContainText(/logs-web is running \(up \d+ s\)/);
    // Stopping ends the followed request (the leak check reads every answer to its end).
    await pod.follow.uncheck();
    await expect(page.getByRole('status').filter({ hasText: /^\d+ lines/ })).toBeVisible();
  });

  await test.step('download saves the shown text', async () => {
    const downloading = page.waitForEvent('download');
    await pod.download.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^logs-web-.+-logs-web\.log$/);
    const saved = await readFile(await download.path(), 'utf8');
    expect(saved).toContain('Started container logs-web\n');
    expect(saved).toMatch(/@sha256:[0-9a-f]{64}\n/);
  });

  await test.step('on a phone-sized screen the controls and the log fit the width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const control of [pod.follow, pod.download, pod.log]) {
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, 'within the screen width').toBe(true);
    }
    await expect(pod.log).toContainText('Started container logs-web');
  });
});
