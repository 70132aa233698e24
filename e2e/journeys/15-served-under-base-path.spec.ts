// Journey 15: the console served under `--base-path /berth/` (issue 18), as behind an ingress with a sub-path. A deep
// link loads, a pull secret is created through the dialog and listed, a kubectl change arrives live over the stream,
// and the browser never asks for anything outside /berth/: assets, API, stream and client-side routes all stay under it.
import { registryLogin } from '../fixtures/cluster-env';
import { withOwnBff } from '../fixtures/own-bff';
import { expect, test as base } from '../fixtures/test';
import type { RunningBff } from '../support/bff-process';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';

const basePath = '/berth/';
// "Within a second or two": the stream's latency budget, with room for a busy 2-core machine, as in journey 8.
const liveWithinMs = 3_000;

const test = base.extend<{ bff: RunningBff }>({
  bff: ({ kubeconfig }, use) =>
    withOwnBff(kubeconfig, 'bff-base-path.log', { BERTH_LOG_LEVEL: 'debug', BERTH_BASE_PATH: basePath }, use),
});

test('under --base-path /berth/: a deep link, a secret made in the dialog, a live change, nothing outside /berth/', async ({
  page,
  namespace,
  shell,
  secretsPage,
  workloadsPage,
  bff,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const connection = page
    .getByRole('banner')
    .getByRole('definition')
    .filter({ hasText: /^(Connecting|Live|Reconnecting|Not permitted|Unreachable|Not live)$/ });
  const requested: URL[] = [];
  page.on('request', (request) => requested.push(new URL(request.url())));
  let loads = 0;

  await test.step('a deep link to the Secrets page loads the console, live', async () => {
    await page.goto(`${bff.url}${basePath}namespaces/${namespace}/secrets`);
    await expect(secretsPage.heading).toBeVisible();
    await expect(connection).toHaveText('Live');
    page.on('load', () => (loads += 1));
  });

  await test.step('Create Secret through the dialog: the secret is listed', async () => {
    await secretsPage.createSecret.click();
    await secretsPage.dialog.fill('under-berth', registry);
    await secretsPage.dialog.ok.click();
    await expect(secretsPage.dialog.root).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Secret under-berth created' })).toBeVisible();
    await expect(secretsPage.cell('under-berth', 'type')).toHaveText('kubernetes.io/dockerconfigjson');
    await expect(secretsPage.cell('under-berth', 'registries')).toHaveText(`${registry.server} (${registry.username})`);
  });

  await test.step('a secret kubectl creates appears without a reload: the stream is live under the prefix', async () => {
    await kubectlCreatePullSecret(namespace, 'from-kubectl', registry);
    await expect(secretsPage.row('from-kubectl')).toHaveCount(1, { timeout: liveWithinMs });
  });

  await test.step('the navigation keeps the prefix in the address bar', async () => {
    await shell.workloadsLink.click();
    await expect(workloadsPage.heading).toBeVisible();
    await expect(page).toHaveURL(`${bff.url}${basePath}namespaces/${namespace}/workloads`);
    await shell.configMapsAndSecretsLink.click();
    await expect(secretsPage.row('under-berth')).toHaveCount(1);
    expect(loads).toBe(0);
  });

  await test.step('every request the browser made stayed under /berth/ on the BFF', () => {
    const origin = new URL(bff.url).origin;
    const outside = requested.filter((url) => url.origin !== origin || !url.pathname.startsWith(basePath));
    expect(outside.map(String)).toEqual([]);
    // The check saw real traffic of every kind: the page, its scripts, the API and the stream.
    const paths = requested.map((url) => url.pathname);
    expect(paths).toContain(`${basePath}namespaces/${namespace}/secrets`);
    expect(paths.some((p) => p.startsWith(`${basePath}assets/`) && p.endsWith('.js'))).toBe(true);
    expect(paths).toContain(`${basePath}api/namespaces/${namespace}/secrets`);
    expect(paths).toContain(`${basePath}api/namespaces/${namespace}/stream`);
  });
});
