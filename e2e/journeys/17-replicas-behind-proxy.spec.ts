// Journey 17: Berth as deploy/ runs it, twice, behind a TLS reverse proxy under /berth/ with round-robin and no
// stickiness (issue 18, proof 3). The admin signs in with a token, makes the seed's pull secret and workload, sees
// Running 1/1 and signs out; the restricted user sees only team-a. The proxy's access log shows both replicas served.
import { awesomeappWorkload, clusterVariable, kubeconfigToken, registryLogin } from '../fixtures/cluster-env';
import { expect, test as base } from '../fixtures/test';
import { type ReplicasBehindProxy, withReplicasBehindProxy } from '../support/berth-replicas';

const test = base.extend<{ replicas: ReplicasBehindProxy }>({
  replicas: ({ kubeconfig }, use) => withReplicasBehindProxy(kubeconfig, use),
});
// The proxy's certificate is self-signed for 127.0.0.1: what a private ingress often serves.
test.use({ ignoreHTTPSErrors: true });

test('two replicas behind the proxy: sign in, seed, Running 1/1, sign out; the restricted user sees only team-a', async ({
  page,
  context,
  namespace,
  shell,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
  replicas,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const { url } = replicas;
  const signIn = async (token: string, who: RegExp) => {
    await expect(page.getByRole('heading', { name: 'Sign in to Berth' })).toBeVisible();
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Signed in as')).toContainText(who);
  };

  await test.step('sign in through the proxy, under /berth/, with the admin token', async () => {
    await page.goto(url);
    await signIn(kubeconfigToken(clusterVariable('KUBECONFIG')), /berth-admin/);
    const cookies = await context.cookies(url);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ path: '/berth/', secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  await test.step('Create Secret: test for the private registry', async () => {
    await shell.namespace.selectOption(namespace);
    await shell.configMapsAndSecretsLink.click();
    await expect(page).toHaveURL(`${url}namespaces/${namespace}/secrets`);
    await secretsPage.createSecret.click();
    await secretsPage.dialog.fill('test', registry);
    await secretsPage.dialog.ok.click();
    await expect(secretsPage.row('test')).toHaveCount(1);
  });

  await test.step('Create Workload: foo with credential test, and it reaches Running 1/1', async () => {
    await shell.workloadsLink.click();
    await workloadsPage.createWorkload.click();
    await createWorkloadPage.fill({ ...awesomeappWorkload('foo', registry, ['test']), pullPolicy: 'Always' });
    await createWorkloadPage.submit.click();
    await expect(page).toHaveURL(`${url}namespaces/${namespace}/workloads/foo`);
    await shell.workloadsLink.click();
    await expect(workloadsPage.cell('foo', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('foo', 'ready')).toHaveText('1/1');
  });

  await test.step('sign out: back to the sign-in page', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Berth' })).toBeVisible();
  });

  await test.step('the restricted user, through the same proxy, works in team-a and nowhere else', async () => {
    await page.goto(`${url}namespaces/team-a/secrets`);
    await signIn(kubeconfigToken(clusterVariable('BERTH_RESTRICTED_KUBECONFIG')), /berth-restricted/);
    await expect(secretsPage.table).toBeVisible();
    await expect(secretsPage.createSecret).toBeEnabled();
    await page.goto(`${url}namespaces/${namespace}/secrets`);
    await expect(page.getByRole('alert')).toHaveText(`You cannot list secrets in namespace ${namespace}.`);
    await expect(secretsPage.createSecret).toBeDisabled();
  });

  await test.step('both replicas served the journey: the proxy logged requests to each', () => {
    const counts = replicas.proxy.requestsPerUpstream();
    test.info().annotations.push({
      type: 'requests per replica',
      description: replicas.upstreams.map((u) => `${u}: ${counts.get(u) ?? 0}`).join(', '),
    });
    for (const upstream of replicas.upstreams) expect(counts.get(upstream) ?? 0, upstream).toBeGreaterThan(5);
  });
});
