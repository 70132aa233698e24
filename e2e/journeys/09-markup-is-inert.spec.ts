// Journey 9: markup in annotations, event messages and registry names, made with kubectl and the API, stays inert text:
// shown literally, no script run, no dialog, no CSP violation, no element of the data's in the DOM (issue 7, XSS).
import { randomBytes } from 'node:crypto';
import type { CoreV1Event } from '@kubernetes/client-node';
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';
import type { KubernetesClient } from '../fixtures/kubernetes';
import { expect, test } from '../fixtures/test';
import { SecretDetailPage } from '../pages/secret-detail-page';
import { WorkloadDetailPage } from '../pages/workload-detail-page';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';
import { inertSignals, payloads, watchForScripts } from '../support/script-watch';

// Long and random, so the leak proof of the fixture can look for it; it guards nothing.
const password = `xss-probe-${randomBytes(12).toString('hex')}`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function warningEvent(
  namespace: string,
  object: { kind: string; name: string; uid: string; apiVersion: string },
  message: string,
): CoreV1Event {
  const now = new Date();
  return {
    metadata: { generateName: `${object.name}.xss-`, namespace },
    involvedObject: { ...object, namespace },
    type: 'Warning',
    reason: 'MarkupProbe',
    message,
    source: { component: 'berth-e2e' },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
  };
}

async function createEvents(kube: KubernetesClient, namespace: string, deployment: string): Promise<void> {
  const d = await kube.apps.readNamespacedDeployment({ name: deployment, namespace });
  const pods = await kube.core.listNamespacedPod({ namespace, labelSelector: `app=${deployment}` });
  const pod = pods.items[0];
  if (pod?.metadata?.name === undefined || pod.metadata.uid === undefined)
    throw new Error(`no pod of ${deployment} yet`);
  const onDeployment = { kind: 'Deployment', apiVersion: 'apps/v1', name: deployment, uid: d.metadata?.uid ?? '' };
  const onPod = { kind: 'Pod', apiVersion: 'v1', name: pod.metadata.name, uid: pod.metadata.uid };
  for (const [object, message] of [
    [onDeployment, payloads.img],
    [onDeployment, payloads.script],
    [onPod, payloads.svg],
    [onPod, payloads.javascriptUrl],
  ] as const) {
    await kube.core.createNamespacedEvent({ namespace, body: warningEvent(namespace, object, message) });
  }
}

test('markup in annotations, event messages and registry names renders as inert text', async ({
  page,
  kube,
  namespace,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const signals = await watchForScripts(page);
  const multiRegistry = `{"auths":{${JSON.stringify(payloads.svg)}:{"username":"svg","password":"${password}","auth":"${b64(`svg:${password}`)}"},${JSON.stringify(payloads.javascriptUrl)}:{"username":"js","password":"${password}"}}}`;
  const expectInert = async () => expect(await signals()).toEqual(inertSignals);
  const annotateWithMarkup = async (kind: 'secret' | 'deployment', name: string, annotations: string[]) => {
    await kubectl(['annotate', kind, name, '-n', namespace, ...annotations]);
    // Label values cannot hold markup (the API server allows only [-A-Za-z0-9_.]); annotations can.
    await kubectl(['label', kind, name, '-n', namespace, 'berth.test/probe=markup']);
  };

  await test.step('kubectl: pull secrets whose registry names, username and email are markup', async () => {
    const login = [
      'create',
      'secret',
      'docker-registry',
      'markup-login',
      '-n',
      namespace,
      `--docker-server=${payloads.img}`,
    ];
    await kubectl([
      ...login,
      `--docker-username=${payloads.script}`,
      `--docker-password=${password}`,
      `--docker-email=${payloads.svg}`,
    ]);
    const multi = [
      'create',
      'secret',
      'generic',
      'markup-multi',
      '-n',
      namespace,
      '--type=kubernetes.io/dockerconfigjson',
    ];
    await kubectl([...multi, `--from-literal=.dockerconfigjson=${multiRegistry}`]);
    await annotateWithMarkup('secret', 'markup-login', [
      `berth.test/img=${payloads.img}`,
      `berth.test/script=${payloads.script}`,
    ]);
  });

  await test.step('kubectl: a running Deployment with markup annotations, and events with markup messages on it and its pod', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    await kubectlCreateSeedDeployment(namespace, {
      name: 'awesomeapp',
      image: `${awesomeappImage(registry)}:v1`,
      pullSecret: 'test',
    });
    await annotateWithMarkup('deployment', 'awesomeapp', [
      `berth.test/svg=${payloads.svg}`,
      `berth.test/js=${payloads.javascriptUrl}`,
    ]);
    await expect
      .poll(async () => (await kube.core.listNamespacedPod({ namespace })).items.length, { timeout: 30_000 })
      .toBe(1);
    await createEvents(kube, namespace, 'awesomeapp');
  });

  await test.step('Secrets list: the registry names and usernames are text', async () => {
    await secretsPage.goto(namespace);
    await expect(secretsPage.cell('markup-login', 'registries')).toHaveText(`${payloads.img} (${payloads.script})`);
    await expect(secretsPage.cell('markup-multi', 'registries')).toHaveText(
      `${payloads.svg} (svg), ${payloads.javascriptUrl} (js)`,
    );
    await expect(page.getByText(`${payloads.img} (${payloads.script})`, { exact: true })).toBeVisible();
    await expectInert();
  });

  await test.step('Secret details: server, username and email are text', async () => {
    const detail = new SecretDetailPage(page, 'markup-login');
    await page.goto(`/namespaces/${namespace}/secrets/markup-login`);
    await expect(detail.heading).toBeVisible();
    const registries = page.getByRole('table', { name: 'Registries' });
    for (const text of [payloads.img, payloads.script, payloads.svg]) {
      await expect(registries.getByText(text, { exact: true })).toBeVisible();
    }
    await expectInert();
    await page.goto(`/namespaces/${namespace}/secrets/markup-multi`);
    await expect(new SecretDetailPage(page, 'markup-multi').heading).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Registries' }).getByText(payloads.svg, { exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Registries' }).getByText(payloads.javascriptUrl, { exact: true }),
    ).toBeVisible();
    await expectInert();
  });

  await test.step('Workloads list: the annotated Deployment runs, nothing of its annotations comes alive', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('awesomeapp', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expectInert();
  });

  await test.step('Workload details: the event messages are text in the Events table', async () => {
    const detail = new WorkloadDetailPage(page, 'awesomeapp');
    await detail.goto(namespace);
    await expect(detail.heading).toBeVisible();
    const events = page.getByRole('table', { name: 'Events' });
    for (const message of Object.values(payloads)) {
      await expect(events.getByRole('cell', { name: message, exact: true })).toBeVisible();
      await expect(events.getByText(message, { exact: true })).toBeVisible();
    }
    await expectInert();
  });

  await test.step('Create Workload: the credential picker names the markup registries as text', async () => {
    await createWorkloadPage.goto(namespace);
    await expect(createWorkloadPage.credential('markup-login')).toHaveAccessibleDescription(payloads.img);
    await expect(createWorkloadPage.credential('markup-multi')).toHaveAccessibleDescription(
      `${payloads.svg}, ${payloads.javascriptUrl}`,
    );
    await expect(createWorkloadPage.imageAccessCredential.getByText(payloads.img, { exact: true })).toBeVisible();
    await expectInert();
  });
});
