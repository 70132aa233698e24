// Journey 14: a user whose kubeconfig may not list namespaces (the local cluster's restricted user, allowed only in
// team-a) in single-user mode (issue 13). The console opens in the context's namespace; without one it opens in
// default, says the namespace list is forbidden, lets the user type team-a, and opens there the next time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { expect, test as base } from '../fixtures/test';
import { leakEvidenceDir } from '../support/api-recorder';
import { type RunningBff, startBff } from '../support/bff-process';

// The namespace the local cluster's RBAC lets the restricted user edit (packages/local-cluster/src/rbac.ts).
const ownNamespace = 'team-a';

interface Kubeconfig {
  'current-context'?: string;
  contexts?: { name: string; context: { namespace?: string } }[];
}

/**
 * A copy of the restricted kubeconfig with its current context only (a second local cluster adds its own: this journey
 * is about a one-context kubeconfig, where `/` opens a namespace), naming `namespace` when given, as `kubectl config
 * set-context --current --namespace` would.
 */
function currentContextOnly(kubeconfig: string, dir: string, namespace?: string): string {
  const config = parse(readFileSync(kubeconfig, 'utf8')) as Kubeconfig;
  const current = config.contexts?.find((c) => c.name === config['current-context']);
  if (current === undefined) throw new Error('the restricted kubeconfig has no current context');
  config.contexts = [current];
  if (namespace !== undefined) current.context.namespace = namespace;
  const file = path.join(dir, `restricted-${namespace ?? 'no-namespace'}.kubeconfig`);
  writeFileSync(file, stringify(config), { mode: 0o600 });
  return file;
}

// Single-user BFFs acting as the restricted user: one on its kubeconfig as it is, one whose context names team-a.
const test = base.extend<{ restrictedKubeconfig: string; restrictedBff: RunningBff; teamABff: RunningBff }>({
  // Global setup exported it before the workers started.
  restrictedKubeconfig: [process.env.BERTH_RESTRICTED_KUBECONFIG ?? '', { option: true }],
  restrictedBff: async ({ restrictedKubeconfig }, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berth-e2e-'));
    const bff = await startBff(
      currentContextOnly(restrictedKubeconfig, dir),
      path.join(leakEvidenceDir, 'bff-restricted.log'),
      { BERTH_LOG_LEVEL: 'debug' },
    );
    await use(bff);
    await bff.stop();
    rmSync(dir, { recursive: true, force: true });
  },
  teamABff: async ({ restrictedKubeconfig }, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berth-e2e-'));
    const bff = await startBff(
      currentContextOnly(restrictedKubeconfig, dir, ownNamespace),
      path.join(leakEvidenceDir, 'bff-restricted-team-a.log'),
      { BERTH_LOG_LEVEL: 'debug' },
    );
    await use(bff);
    await bff.stop();
    rmSync(dir, { recursive: true, force: true });
  },
});

test('a user who cannot list namespaces opens in its namespace, types one, and is remembered', async ({
  page,
  namespace,
  shell,
  workloadsPage,
  restrictedBff,
  teamABff,
}) => {
  const namespaceField = page.getByRole('banner').getByRole('combobox', { name: 'Namespace' });
  const forbiddenList = page.getByRole('banner').getByText('You cannot list namespaces: type the one to open.');
  const connection = page
    .getByRole('banner')
    .getByRole('definition')
    .filter({ hasText: /^(Connecting|Live|Reconnecting|Not permitted|Unreachable|Not live)$/ });

  await test.step('the context names team-a: the console opens there, and says why there is no namespace list', async () => {
    await page.goto(`${teamABff.url}/`);
    await expect(page).toHaveURL(`${teamABff.url}/namespaces/${ownNamespace}/workloads`);
    await expect(workloadsPage.heading).toBeVisible();
    await expect(connection).toHaveText('Live');
    await expect(page.getByText(/^You cannot list deployments/)).toHaveCount(0);
    await expect(forbiddenList).toBeVisible();
    await expect(namespaceField).toHaveValue(ownNamespace);
  });

  await test.step('no context namespace and nothing used yet: default, where the user may not list anything', async () => {
    await page.goto(`${restrictedBff.url}/`);
    await expect(page).toHaveURL(`${restrictedBff.url}/namespaces/default/workloads`);
    await expect(page.getByRole('alert')).toHaveText('You cannot list deployments in namespace default.');
    await expect(forbiddenList).toBeVisible();
  });

  await test.step('the user types team-a and works there', async () => {
    await namespaceField.fill(ownNamespace);
    await namespaceField.press('Enter');
    await expect(page).toHaveURL(`${restrictedBff.url}/namespaces/${ownNamespace}/workloads`);
    await expect(connection).toHaveText('Live');
    await expect(page.getByText(/^You cannot list deployments/)).toHaveCount(0);
    await shell.follow(shell.configMapsAndSecretsLink);
    await expect(page).toHaveURL(`${restrictedBff.url}/namespaces/${ownNamespace}/secrets`);
  });

  await test.step('a typed namespace the user may not use is not remembered', async () => {
    await namespaceField.fill(namespace);
    await page.getByRole('banner').getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(`${restrictedBff.url}/namespaces/${namespace}/secrets`);
    await expect(page.getByRole('alert')).toHaveText(`You cannot list secrets in namespace ${namespace}.`);
    await expect(connection).toHaveText('Not permitted');
  });

  await test.step('the next visit opens the namespace last used, and offers it to type', async () => {
    await page.goto(`${restrictedBff.url}/`);
    await expect(page).toHaveURL(`${restrictedBff.url}/namespaces/${ownNamespace}/workloads`);
    await expect(namespaceField).toHaveValue(ownNamespace);
    await expect(page.getByRole('banner').getByRole('option', { includeHidden: true })).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('option', { includeHidden: true })).toHaveAttribute(
      'value',
      ownNamespace,
    );
  });
});
