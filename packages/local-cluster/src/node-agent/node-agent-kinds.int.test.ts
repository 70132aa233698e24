// Every workload kind on the local node: Jobs complete (or fail by the berth.dev/exit-code switch), a DaemonSet's pod
// runs on the node, a StatefulSet's pods become Ready in ordinal order, init containers run first, and a pod whose
// requests do not fit the node's allocatable stays Pending with the scheduler's reason.
import { availableParallelism } from 'node:os';
import type { V1Container, V1Job, V1PodSpec, V1PodTemplateSpec } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv } from '../testing/cluster-env';
import { eventually } from '../testing/kubectl';
import { uniqueNamespace } from '../testing/seed-deployment';
import { exitCodeAnnotation } from './container-run';
import { clusterClients, dockerRegistrySecret, podWhen, createPodNamespace } from './test-cluster';

const { core, apps, batch } = clusterClients();
const namespace = uniqueNamespace('node-agent-kinds');
const image = () => `${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;

function podSpec(container: Partial<V1Container> = {}, extra: Partial<V1PodSpec> = {}): V1PodSpec {
  return {
    containers: [{ name: 'container-0', image: image(), ...container }],
    imagePullSecrets: [{ name: 'pull' }],
    ...extra,
  };
}

function template(app: string, spec: V1PodSpec = podSpec(), annotations = {}): V1PodTemplateSpec {
  return { metadata: { labels: { app }, annotations }, spec };
}

function job(name: string, annotations: Record<string, string> = {}): V1Job {
  return {
    metadata: { name },
    spec: { backoffLimit: 0, template: template(name, podSpec({}, { restartPolicy: 'Never' }), annotations) },
  };
}

const jobCondition = async (name: string) => {
  const found = await batch.readNamespacedJob({ name, namespace });
  return found.status?.conditions?.find((c) => c.status === 'True' && (c.type === 'Complete' || c.type === 'Failed'));
};

beforeAll(async () => {
  await createPodNamespace(core, namespace);
  const login = ['BERTH_REGISTRY', 'BERTH_REGISTRY_USERNAME', 'BERTH_REGISTRY_PASSWORD'].map(requiredEnv) as [
    string,
    string,
    string,
  ];
  await core.createNamespacedSecret({ namespace, body: dockerRegistrySecret('pull', ...login) });
});
afterAll(async () => {
  await core.deleteNamespace({ name: namespace });
});

describe('workload kinds on the local node', () => {
  it('completes a Job: its pod exits 0 (Completed) and the Job is Complete', async () => {
    await batch.createNamespacedJob({ namespace, body: job('pi') });
    expect(await eventually('the Job to finish', () => jobCondition('pi'))).toMatchObject({ type: 'Complete' });
    const [pod] = (await core.listNamespacedPod({ namespace, labelSelector: 'job-name=pi' })).items;
    expect(pod?.status?.phase).toBe('Succeeded');
    expect(pod?.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
  });

  it(`fails a Job whose pods carry ${exitCodeAnnotation}, with BackoffLimitExceeded`, async () => {
    await batch.createNamespacedJob({ namespace, body: job('broken', { [exitCodeAnnotation]: '1' }) });
    expect(await eventually('the Job to finish', () => jobCondition('broken'))).toMatchObject({
      type: 'Failed',
      reason: 'BackoffLimitExceeded',
    });
  });

  it('runs a DaemonSet pod on the node: 1/1 ready', async () => {
    const labels = { app: 'agent' };
    await apps.createNamespacedDaemonSet({
      namespace,
      body: { metadata: { name: 'agent' }, spec: { selector: { matchLabels: labels }, template: template('agent') } },
    });
    const ready = await eventually('the DaemonSet 1/1', async () => {
      const ds = await apps.readNamespacedDaemonSet({ name: 'agent', namespace });
      return ds.status?.desiredNumberScheduled === 1 && ds.status.numberReady === 1 ? ds : undefined;
    });
    expect(ready.status?.currentNumberScheduled).toBe(1);
  });

  it('makes a StatefulSet of 2 Ready in ordinal order, readiness probe and all', async () => {
    // Readiness probes are not run: the container counts as ready once it runs.
    const spec = template('web', podSpec({ readinessProbe: { httpGet: { path: '/', port: 8080 } } }));
    await apps.createNamespacedStatefulSet({
      namespace,
      body: {
        metadata: { name: 'web' },
        spec: { serviceName: 'web', replicas: 2, selector: { matchLabels: { app: 'web' } }, template: spec },
      },
    });
    const seen: string[][] = [];
    await eventually('2/2 ready', async () => {
      const pods = (await core.listNamespacedPod({ namespace, labelSelector: 'app=web' })).items;
      const ready = (name: string) =>
        pods.some(
          (p) =>
            p.metadata?.name === name && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
        );
      seen.push(pods.map((p) => `${p.metadata?.name ?? ''}${ready(p.metadata?.name ?? '') ? ':ready' : ''}`).sort());
      return ready('web-0') && ready('web-1') ? true : undefined;
    });
    // OrderedReady: whenever web-1 existed, web-0 was already Ready.
    for (const snapshot of seen.filter((s) => s.some((p) => p.startsWith('web-1'))))
      expect(snapshot).toContain('web-0:ready');
    expect((await apps.readNamespacedStatefulSet({ name: 'web', namespace })).status?.readyReplicas).toBe(2);
  });

  it('runs init containers first, each to completion, then the container', async () => {
    const init = ['migrate', 'warm'].map((name) => ({ name, image: image() }));
    await core.createNamespacedPod({
      namespace,
      body: { metadata: { name: 'with-init' }, spec: podSpec({}, { initContainers: init }) },
    });
    const pod = await podWhen(core, namespace, 'with-init', 'Running', (p) => p.status?.phase === 'Running');
    expect(pod.status?.initContainerStatuses?.map((s) => [s.name, s.ready, s.state?.terminated?.reason])).toEqual([
      ['migrate', true, 'Completed'],
      ['warm', true, 'Completed'],
    ]);
    expect(pod.status?.conditions?.find((c) => c.type === 'Initialized')?.status).toBe('True');
  });

  it('holds a pod at a failed init pull (Init:ErrImagePull), pulling nothing after it', async () => {
    const init = [
      { name: 'migrate', image: image() },
      { name: 'warm', image: `${requiredEnv('BERTH_REGISTRY')}/janedoe/nope:v9` },
    ];
    await core.createNamespacedPod({
      namespace,
      body: { metadata: { name: 'stuck-init' }, spec: podSpec({}, { initContainers: init }) },
    });
    const pod = await podWhen(core, namespace, 'stuck-init', 'an init pull failure', (p) =>
      ['ErrImagePull', 'ImagePullBackOff'].includes(p.status?.initContainerStatuses?.[1]?.state?.waiting?.reason ?? ''),
    );
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.status?.initContainerStatuses?.[0]?.state?.terminated?.reason).toBe('Completed');
    expect(pod.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('PodInitializing');
  });

  it("keeps a pod whose CPU request does not fit Pending, with the scheduler's reason", async () => {
    // One CPU more than the machine has: the node advertises its cores (not the 8 it used to claim).
    const spec = podSpec({ resources: { requests: { cpu: String(availableParallelism() + 1) } } });
    await core.createNamespacedPod({ namespace, body: { metadata: { name: 'big' }, spec } });
    const pod = await podWhen(core, namespace, 'big', 'Unschedulable', (p) =>
      (p.status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === 'Unschedulable'),
    );
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.status?.conditions?.find((c) => c.type === 'PodScheduled')).toMatchObject({
      status: 'False',
      message: '0/1 nodes are available: 1 Insufficient cpu.',
    });
  });
});
