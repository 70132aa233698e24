// Deployments on the local node: the real controllers count the agent's Ready pods, and deletions finish.
import type { V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv } from '../testing/cluster-env';
import { eventually } from '../testing/kubectl';
import { uniqueNamespace } from '../testing/seed-deployment';
import { nodeName } from './node-object';
import { clusterClients, dockerRegistrySecret, createPodNamespace } from './test-cluster';

const { core, apps } = clusterClients();
const namespace = uniqueNamespace('node-agent-workloads');

function deployment(replicas: number): V1Deployment {
  const labels = { app: 'awesomeapp' };
  return {
    metadata: { name: 'awesomeapp', labels },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [{ name: 'container-0', image: `${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
          imagePullSecrets: [{ name: 'test' }],
        },
      },
    },
  };
}

const podsOfApp = async () => (await core.listNamespacedPod({ namespace, labelSelector: 'app=awesomeapp' })).items;

beforeAll(async () => {
  await createPodNamespace(core, namespace);
  const registry = requiredEnv('BERTH_REGISTRY');
  await core.createNamespacedSecret({
    namespace,
    body: dockerRegistrySecret(
      'test',
      registry,
      requiredEnv('BERTH_REGISTRY_USERNAME'),
      requiredEnv('BERTH_REGISTRY_PASSWORD'),
    ),
  });
});
afterAll(async () => {
  await core.deleteNamespace({ name: namespace });
});

describe('node agent with workloads', () => {
  it('keeps the node Ready and untainted', async () => {
    const node = await core.readNode({ name: nodeName });
    expect(node.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'KubeletReady',
    });
    expect(node.spec?.taints ?? []).not.toContainEqual(
      expect.objectContaining({ key: 'node.kubernetes.io/not-ready' }),
    );
  });

  it('scales a Deployment to 3 available replicas and deletes it cleanly', async () => {
    await apps.createNamespacedDeployment({ namespace, body: deployment(1) });
    await eventually('1 available replica', async () => {
      const d = await apps.readNamespacedDeployment({ name: 'awesomeapp', namespace });
      return d.status?.availableReplicas === 1 ? d : undefined;
    });
    await apps.patchNamespacedDeploymentScale({
      name: 'awesomeapp',
      namespace,
      body: [{ op: 'replace', path: '/spec/replicas', value: 3 }],
    });
    const scaled = await eventually('3 available replicas', async () => {
      const d = await apps.readNamespacedDeployment({ name: 'awesomeapp', namespace });
      return d.status?.availableReplicas === 3 ? d : undefined;
    });
    expect(scaled.status?.readyReplicas).toBe(3);
    expect((await podsOfApp()).every((p) => p.spec?.nodeName === nodeName && p.status?.phase === 'Running')).toBe(true);

    await apps.deleteNamespacedDeployment({ name: 'awesomeapp', namespace, propagationPolicy: 'Foreground' });
    await eventually('the Deployment and its pods gone', async () => {
      const deployments = await apps.listNamespacedDeployment({ namespace });
      const pods = await podsOfApp();
      return deployments.items.length === 0 && pods.length === 0 ? true : undefined;
    });
  });
});
