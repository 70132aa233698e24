// Journey 8: changes made with kubectl reach an open console without a reload: a scale, and a deleted secret.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { expect, test } from '../fixtures/test';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';

// "Within a second or two": the stream's latency budget, with room for a busy 2-core machine.
const liveWithinMs = 3_000;

test('kubectl scale and kubectl delete secret show in the open console without a reload', async ({ page, namespace, shell, secretsPage, workloadsPage }, testInfo) => {
  const registry = registryLogin('BERTH_REGISTRY');
  let reloads = 0;

  await test.step('the seed made with kubectl, and a second secret to delete later', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    await kubectlCreatePullSecret(namespace, 'old-login', registry);
    await kubectlCreateSeedDeployment(namespace, { name: 'awesomeapp', image: `${awesomeappImage(registry)}:v1`, pullSecret: 'test' });
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

  await test.step('the page was never reloaded', () => {
    expect(reloads).toBe(0);
  });
});
