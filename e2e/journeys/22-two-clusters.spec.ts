// Journey 22: two clusters in one console (issue 21). The user enters the default cluster from the Clusters page, makes
// the seed's pull secret and workload there, switches to the second cluster with the top bar's selector, makes them
// there too, and each reaches Running 1/1 in its own cluster only: neither cluster's lists ever show the other's.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { awesomeappWorkload, clusterVariable, registryLogin } from '../fixtures/cluster-env';
import { connect, createNamespaceNamed, deleteNamespace, type KubernetesClient } from '../fixtures/kubernetes';
import { expect, test as base } from '../fixtures/test';

interface SecondCluster {
  /** The first cluster's context: the kubeconfig's current one, the console's default. */
  defaultContext: string;
  /** The second cluster's context, as the kubeconfig (and the cluster selector) names it. */
  context: string;
  kube: KubernetesClient;
}

// The same namespace name in the second cluster: a fresh one there too, so a row could only come from the wrong cluster.
const test = base.extend<{ second: SecondCluster; namespace: string; namespaceInSecond: string }>({
  namespace: async ({ kube }, use) => {
    const name = await createNamespaceNamed(kube, `cl-${Date.now().toString(36)}`);
    await use(name);
    await deleteNamespace(kube, name);
  },
  second: async ({ kubeconfig }, use) => {
    const context = clusterVariable('BERTH_KUBECONTEXT_2');
    const { 'current-context': defaultContext } = parse(readFileSync(kubeconfig, 'utf8')) as {
      'current-context': string;
    };
    await use({ defaultContext, context, kube: connect(kubeconfig, context) });
  },
  namespaceInSecond: async ({ second, namespace }, use) => {
    await createNamespaceNamed(second.kube, namespace);
    await use(namespace);
    await deleteNamespace(second.kube, namespace);
  },
});

test('the seed in each of two clusters through one console, each Running only in its own', async ({
  page,
  kube,
  second,
  namespace,
  namespaceInSecond,
  shell,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const inUrl = (context: string, rest: string) =>
    new RegExp(`/clusters/${encodeURIComponent(context).replace(/[.]/g, '\\.')}/namespaces/${rest}$`);
  const first = second.defaultContext;

  /** Secrets > Create Secret for the private registry, then Workloads > Create Workload with it as the credential. */
  const createSeed = async (secret: string, workload: string) => {
    await shell.follow(shell.configMapsAndSecretsLink);
    await secretsPage.createSecret.click();
    await secretsPage.dialog.fill(secret, registry);
    await secretsPage.dialog.ok.click();
    await expect(secretsPage.dialog.root).toBeHidden();
    await expect(secretsPage.cell(secret, 'type')).toHaveText('kubernetes.io/dockerconfigjson');
    await shell.follow(shell.workloadsLink);
    await workloadsPage.createWorkload.click();
    await createWorkloadPage.fill(awesomeappWorkload(workload, registry, [secret]));
    await createWorkloadPage.submit.click();
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads/${workload}$`));
    await shell.follow(shell.workloadsLink);
  };

  await test.step('/ lists both clusters; the user enters the default one and chooses the namespace', async () => {
    await shell.openDashboard(namespace);
    await expect(shell.cluster).toHaveValue(first);
    await expect(page).toHaveURL(inUrl(first, `${namespace}/workloads`));
    await expect(workloadsPage.heading).toBeVisible();
  });

  await test.step('in the first cluster: secret test-a and workload foo-a', async () => {
    await createSeed('test-a', 'foo-a');
    await expect(workloadsPage.row('foo-a')).toBeVisible();
  });

  await test.step('the selector switches to the second cluster, where this namespace was never opened', async () => {
    await shell.switchCluster(second.context);
    // Remembered per cluster: the first cluster's namespace is not where the second one opens.
    await expect(page).toHaveURL(inUrl(second.context, 'default/workloads'));
    await shell.namespace.selectOption(namespaceInSecond);
    await expect(page).toHaveURL(inUrl(second.context, `${namespace}/workloads`));
    await expect(page.getByText(`No workloads in namespace ${namespace} yet.`)).toBeVisible();
  });

  await test.step('in the second cluster: secret test-b and workload foo-b; none of the first cluster shows', async () => {
    await createSeed('test-b', 'foo-b');
    await expect(workloadsPage.cell('foo-b', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('foo-b', 'ready')).toHaveText('1/1');
    await expect(workloadsPage.row('foo-a')).toHaveCount(0);
    await shell.follow(shell.configMapsAndSecretsLink);
    await expect(secretsPage.row('test-b')).toBeVisible();
    await expect(secretsPage.row('test-a')).toHaveCount(0);
  });

  await test.step('back in the first cluster, in the namespace last used there: foo-a Running 1/1, nothing of the second', async () => {
    await shell.switchCluster(first);
    await expect(page).toHaveURL(inUrl(first, `${namespace}/workloads`));
    await expect(workloadsPage.cell('foo-a', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('foo-a', 'ready')).toHaveText('1/1');
    await expect(workloadsPage.row('foo-b')).toHaveCount(0);
    await shell.follow(shell.configMapsAndSecretsLink);
    await expect(secretsPage.row('test-a')).toBeVisible();
    await expect(secretsPage.row('test-b')).toHaveCount(0);
  });

  await test.step('through each API server: each cluster holds its own secret and Deployment only', async () => {
    const held = async (client: KubernetesClient) => ({
      secrets: (
        await client.core.listNamespacedSecret({ namespace, fieldSelector: 'type=kubernetes.io/dockerconfigjson' })
      ).items.map((s) => s.metadata?.name),
      deployments: (await client.apps.listNamespacedDeployment({ namespace })).items.map((d) => d.metadata?.name),
    });
    expect(await held(kube)).toEqual({ secrets: ['test-a'], deployments: ['foo-a'] });
    expect(await held(second.kube)).toEqual({ secrets: ['test-b'], deployments: ['foo-b'] });
  });
});
