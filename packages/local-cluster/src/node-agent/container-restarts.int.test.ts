// A container that exits, under each restart policy, as the kubelet handles it: the first restart at once, then
// CrashLoopBackOff with the back-off, restart count and last state; with Never the pod ends Failed. The syncer runs
// here on a clock of its own against the real API server and registry, for pods bound to a node name of their own,
// which the shared cluster's agent leaves alone.
import type { V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv } from '../testing/cluster-env';
import { uniqueNamespace } from '../testing/seed-deployment';
import { exitCodeAnnotation } from './container-run';
import { apiEventRecorder } from './pod-events';
import { PulledImages } from './pulled-images';
import { PodSyncer } from './sync-pod';
import { clusterClients, dockerRegistrySecret, createPodNamespace } from './test-cluster';

const { core } = clusterClients();
const namespace = uniqueNamespace('node-agent-restarts');
const runMs = 1_000;
let now = Date.now();
const syncer = new PodSyncer({
  core,
  mirrors: {},
  backoff: { initialMs: 4_000, maxMs: 16_000 },
  pulledImages: new PulledImages(),
  recordEvent: apiEventRecorder(core, () => undefined),
  log: () => undefined,
  now: () => now,
  runMs,
});

function failingPod(name: string, restartPolicy: 'OnFailure' | 'Never'): V1Pod {
  return {
    metadata: { name, annotations: { [exitCodeAnnotation]: '2' } },
    spec: {
      nodeName: 'node-agent-restarts-test',
      restartPolicy,
      containers: [{ name: 'app', image: `${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
      imagePullSecrets: [{ name: 'pull' }],
    },
  };
}

/** Moves the clock on, syncs the pod as the agent would, and reads back what was written. */
async function syncAfter(name: string, ms: number): Promise<V1Pod> {
  now += ms;
  await syncer.sync(await core.readNamespacedPod({ name, namespace }));
  return core.readNamespacedPod({ name, namespace });
}

beforeAll(async () => {
  await createPodNamespace(core, namespace);
  const login = ['BERTH_REGISTRY', 'BERTH_REGISTRY_USERNAME', 'BERTH_REGISTRY_PASSWORD'].map(requiredEnv) as [
    string,
    string,
    string,
  ];
  await core.createNamespacedSecret({ namespace, body: dockerRegistrySecret('pull', ...login) });
  await core.createNamespacedPod({ namespace, body: failingPod('on-failure', 'OnFailure') });
  await core.createNamespacedPod({ namespace, body: failingPod('never', 'Never') });
});
afterAll(async () => {
  // No kubelet owns the made-up node, so the pods are removed at once rather than waiting for one to finalise them.
  for (const name of ['on-failure', 'never'])
    await core.deleteNamespacedPod({ name, namespace, gracePeriodSeconds: 0 });
  await core.deleteNamespace({ name: namespace });
});

describe('a container that exits 2', () => {
  it('with OnFailure: restarts at once, then waits in CrashLoopBackOff, then restarts again', async () => {
    expect((await syncAfter('on-failure', 0)).status?.phase).toBe('Running');
    const restarted = (await syncAfter('on-failure', runMs)).status?.containerStatuses?.[0];
    expect(restarted).toMatchObject({
      restartCount: 1,
      state: { running: {} },
      lastState: { terminated: { exitCode: 2, reason: 'Error' } },
    });
    const backingOff = await syncAfter('on-failure', runMs);
    expect(backingOff.status?.phase).toBe('Running');
    const waiting = backingOff.status?.containerStatuses?.[0];
    expect(waiting).toMatchObject({
      restartCount: 1,
      ready: false,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
    });
    expect(waiting?.state?.waiting?.message).toMatch(/^back-off 4s restarting failed container=app pod=on-failure_/);
    const again = (await syncAfter('on-failure', 4_000)).status?.containerStatuses?.[0];
    expect(again).toMatchObject({ restartCount: 2, state: { running: {} } });
  });

  it('with Never: the pod ends Failed, its container terminated with the exit code', async () => {
    await syncAfter('never', 0);
    const pod = await syncAfter('never', runMs);
    expect(pod.status?.phase).toBe('Failed');
    expect(pod.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 2, reason: 'Error' });
  });
});
