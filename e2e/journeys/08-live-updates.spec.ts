// Journey 8: changes made with kubectl reach an open console without a reload: a scale, a deleted secret, and a
// workload that stops and starts using a secret whose detail page is open.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { expect, test } from '../fixtures/test';
import { SecretDetailPage } from '../pages/secret-detail-page';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';

// "Within a second or two": the stream's latency budget, with room for a busy 2-core machine.
const liveWithinMs = 3_000;

test('kubectl scale, delete secret and patch imagePullSecrets show in the open console without a reload', async ({
  page,
  namespace,
  shell,
  secretsPage,
  workloadsPage,
}, testInfo) => {
  const registry = registryLogin('BERTH_REGISTRY');
  let reloads = 0;

  await test.step('the seed made with kubectl, and a second secret to delete later', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    await kubectlCreatePullSecret(namespace, 'old-login', registry);
    await kubectlCreateSeedDeployment(namespace, {
      name: 'awesomeapp',
      image: `${awesomeappImage(registry)}:v1`,
      pullSecret: 'test',
    });
  });

  await test.step('the Workloads list is open and shows READY 1/1', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('awesomeapp', 'ready')).toHaveText('1/1', { timeout: 60_000 });
    page.on('load', () => (reloads += 1));
  });

  await test.step('kubectl scale --replicas=2 shows the new READY count without a reload', async () => {
    const started = Date.now();
    await kubectl(['scale', 'deployment/awesomeapp', '--replicas=2', '-n', namespace]);
    await expect(workloadsPage.cell('awesomeapp', 'ready')).toHaveText(/^[0-2]\/2$/, { timeout: liveWithinMs });
    testInfo.annotations.push({ type: 'scale shown after', description: `${Date.now() - started} ms` });
    await expect(workloadsPage.cell('awesomeapp', 'ready')).toHaveText('2/2', { timeout: 30_000 });
  });

  await test.step('kubectl delete secret removes it from the open Secrets list', async () => {
    await shell.configMapsAndSecretsLink.click();
    await expect(secretsPage.row('old-login')).toHaveCount(1);
    const started = Date.now();
    await kubectl(['delete', 'secret', 'old-login', '-n', namespace]);
    await expect(secretsPage.row('old-login')).toHaveCount(0, { timeout: liveWithinMs });
    testInfo.annotations.push({ type: 'deletion shown after', description: `${Date.now() - started} ms` });
    await expect(secretsPage.row('test')).toHaveCount(1);
  });

  await test.step("kubectl patch of the workload's imagePullSecrets shows in the open secret's Used by", async () => {
    const detail = new SecretDetailPage(page, 'test');
    // A JSON patch of the Deployment's pod template, as an operator would type it.
    const patchAwesomeapp = (patch: string) =>
      kubectl(['patch', 'deployment/awesomeapp', '-n', namespace, '--type=json', '-p', patch]);
    await secretsPage.row('test').getByRole('link', { name: 'test', exact: true }).click();
    await expect(detail.workload('awesomeapp')).toBeVisible();
    const started = Date.now();
    await patchAwesomeapp('[{"op":"remove","path":"/spec/template/spec/imagePullSecrets"}]');
    await expect(detail.workload('awesomeapp')).toHaveCount(0, { timeout: liveWithinMs });
    testInfo.annotations.push({ type: 'stopped using shown after', description: `${Date.now() - started} ms` });
    await patchAwesomeapp('[{"op":"add","path":"/spec/template/spec/imagePullSecrets","value":[{"name":"test"}]}]');
    await expect(detail.workload('awesomeapp')).toBeVisible({ timeout: liveWithinMs });
  });

  await test.step('the page was never reloaded', () => {
    expect(reloads).toBe(0);
  });
});
