// Journey 20: Create from YAML (a StatefulSet with its headless Service), a dry-run refusal landing on its form field,
// and a pod no node can take, explained on its detail page in the scheduler's words.
import { stringify } from 'yaml';
import { awesomeappImage, awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import { expect, suiteSecrets, test } from '../fixtures/suite-namespace';
import { KindDetailPage } from '../pages/kind-detail-page';

const registry = registryLogin('BERTH_REGISTRY');

/** A node's CPU quantity in cores: whole cores, or millicores with `m`. */
const cpuCores = (quantity: string) =>
  quantity.endsWith('m') ? Number(quantity.slice(0, -1)) / 1000 : Number(quantity);

/** A StatefulSet of the private image behind its headless Service, as a user would paste it. */
const statefulSetYaml = (name: string) =>
  [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `${name}-headless` },
      spec: { clusterIP: 'None', selector: { app: name }, ports: [{ name: 'web', port: 80 }] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name },
      spec: {
        serviceName: `${name}-headless`,
        replicas: 1,
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: {
            containers: [{ name, image: `${awesomeappImage(registry)}:v1` }],
            imagePullSecrets: [{ name: suiteSecrets.pull }],
          },
        },
      },
    },
  ]
    .map((m) => stringify(m))
    .join('---\n');

test('Create from YAML: a StatefulSet and its headless Service, pasted, reach Running', async ({
  page,
  kube,
  namespace,
  createWorkloadPage: form,
}) => {
  await test.step('Create Workload > YAML: paste the two documents; the page follows to StatefulSet', async () => {
    await form.goto(namespace);
    await form.yamlTab.click();
    await form.yaml.fill(statefulSetYaml('cache'));
    await expect(page).toHaveURL(/\?kind=statefulsets/);
  });

  await test.step('Create Workload: cache reaches Running with pod cache-0, and its Service exists', async () => {
    await form.submit.click();
    await expect(page).toHaveURL(new RegExp(`${KindDetailPage.path(namespace, 'statefulsets', 'cache')}$`));
    const detail = new KindDetailPage(page, 'cache');
    await expect(detail.status('Running')).toBeVisible({ timeout: 60_000 });
    await expect(detail.pods.getByRole('cell', { name: 'cache-0', exact: true })).toBeVisible();
    const service = await kube.core.readNamespacedService({ name: 'cache-headless', namespace });
    expect(service.spec?.clusterIP).toBe('None');
  });
});

test("a node port another Service holds: the dry run's refusal lands on the node port field, nothing is made", async ({
  page,
  kube,
  namespace,
  createWorkloadPage: form,
}) => {
  const taken = await test.step('kubectl create service nodeport: a Service holds a node port', async () => {
    await kubectl(['create', 'service', 'nodeport', 'holder', '--tcp=80:8080', '-n', namespace]);
    const holder = await kube.core.readNamespacedService({ name: 'holder', namespace });
    const nodePort = holder.spec?.ports?.[0]?.nodePort;
    if (nodePort === undefined) throw new Error('the holder Service got no node port');
    return nodePort;
  });

  // Every create the browser sends, by its query: only the dry run may go out.
  const creates: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'POST' && url.pathname.endsWith(`/namespaces/${namespace}/deployments`))
      creates.push(url.search);
  });

  await test.step('Create Workload: gateway with a NodePort Service asking for that node port', async () => {
    await form.goto(namespace);
    await form.fill(awesomeappWorkload('gateway', registry, [suiteSecrets.pull]));
    await form.select('Service').selectOption('NodePort');
    await form.form.getByRole('button', { name: 'Add Port' }).click();
    await form.number('Port 1 container port').fill('8080');
    await form.number('Port 1 service port').fill('80');
    await form.number('Port 1 node port').fill(String(taken));
    await form.submit.click();
  });

  await test.step("the API server's words are on the node port field, and the page stays on the form", async () => {
    const field = form.number('Port 1 node port');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/already allocated/);
    await expect(page).toHaveURL(/\/workloads\/create/);
    expect(creates).toEqual(['?dryRun=All']);
  });

  await test.step('through the API: neither the Deployment nor its Service was created', async () => {
    const services = await kube.core.listNamespacedService({ namespace });
    expect(services.items.map((s) => s.metadata?.name)).not.toContain('gateway');
    const deployments = await kube.apps.listNamespacedDeployment({ namespace });
    expect(deployments.items.map((d) => d.metadata?.name)).not.toContain('gateway');
  });
});

test("a CPU request above the node's allocatable: the pod stays Pending and the page says why", async ({
  page,
  kube,
  namespace,
  createWorkloadPage: form,
}) => {
  // One core more than the node has (2 here; CI machines may have more).
  const nodes = await kube.core.listNode();
  const cores = Math.max(...nodes.items.map((n) => cpuCores(n.status?.allocatable?.cpu ?? '0')));
  const request = String(Math.ceil(cores) + 1);

  await test.step(`Create Workload: hungry, CPU Request ${request}`, async () => {
    await form.goto(namespace);
    await form.fill(awesomeappWorkload('hungry', registry, [suiteSecrets.pull]));
    await form.settings('CPU and Memory').click();
    await form.textbox('CPU Request').fill(request);
    await form.submit.click();
    await expect(page).toHaveURL(new RegExp(`${KindDetailPage.path(namespace, 'deployments', 'hungry')}$`));
  });

  await test.step("the detail page gives the scheduler's reason and what to change", async () => {
    const detail = new KindDetailPage(page, 'hungry');
    const pending = detail.pending();
    await expect(pending).toHaveAccessibleName(/Insufficient cpu/, { timeout: 30_000 });
    await expect(pending).toContainText('Lower the CPU Quota request');
    await expect(detail.podsWith('Pending')).toHaveCount(1);
  });
});
