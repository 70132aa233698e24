// A pod whose secret volume is missing waits in ContainerCreating with FailedMount, and starts once the Secret exists:
// the kubelet's order (volumes, then the pull). The syncer runs here against the real API server and registry, for a
// pod bound to a node name of its own, which the shared cluster's agent leaves alone.
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv } from '../testing/cluster-env';
import { uniqueNamespace } from '../testing/seed-deployment';
import { kubeletBackoff } from './backoff';
import { apiEventRecorder } from './pod-events';
import { PulledImages } from './pulled-images';
import { PodSyncer } from './sync-pod';
import { clusterClients, dockerRegistrySecret, podEvents, waitingReason, createPodNamespace } from './test-cluster';

const { core } = clusterClients();
const namespace = uniqueNamespace('node-agent-volumes');
let now = Date.now();
const syncer = new PodSyncer({
  core,
  mirrors: {},
  backoff: kubeletBackoff,
  pulledImages: new PulledImages(),
  recordEvent: apiEventRecorder(core, () => undefined),
  log: () => undefined,
  now: () => now,
  runMs: 1_000,
});

function podWithKeys(): V1Pod {
  return {
    metadata: { name: 'berth' },
    spec: {
      nodeName: 'node-agent-volumes-test',
      containers: [
        {
          name: 'app',
          image: `${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`,
          volumeMounts: [{ name: 'keys', mountPath: '/etc/keys' }],
        },
      ],
      imagePullSecrets: [{ name: 'pull' }],
      volumes: [
        { name: 'keys', secret: { secretName: 'session-keys' } },
        { name: 'tmp', emptyDir: {} },
      ],
    },
  };
}

const read = () => core.readNamespacedPod({ name: 'berth', namespace });
const reasons = (events: CoreV1Event[]) => events.map((e) => e.reason);

beforeAll(async () => {
  await createPodNamespace(core, namespace);
  const login = ['BERTH_REGISTRY', 'BERTH_REGISTRY_USERNAME', 'BERTH_REGISTRY_PASSWORD'].map(requiredEnv) as [
    string,
    string,
    string,
  ];
  await core.createNamespacedSecret({ namespace, body: dockerRegistrySecret('pull', ...login) });
  await core.createNamespacedPod({ namespace, body: podWithKeys() });
});
afterAll(async () => {
  // No kubelet owns the made-up node, so the pod is removed at once rather than waiting for one to finalise it.
  await core.deleteNamespacedPod({ name: 'berth', namespace, gracePeriodSeconds: 0 });
  await core.deleteNamespace({ name: namespace });
});

describe('a pod whose secret volume is missing', () => {
  it('waits in ContainerCreating with a FailedMount event, and pulls nothing', async () => {
    await syncer.sync(await read());
    const pod = await read();
    expect(pod.status?.phase).toBe('Pending');
    expect(waitingReason(pod)).toBe('ContainerCreating');
    const events = await podEvents(core, namespace, 'berth');
    expect(events.find((e) => e.reason === 'FailedMount')?.message).toBe(
      'MountVolume.SetUp failed for volume "keys" : secret "session-keys" not found',
    );
    expect(reasons(events)).not.toContain('Pulling');
  });

  it('starts once the Secret exists and the retry comes', async () => {
    await core.createNamespacedSecret({
      namespace,
      body: { metadata: { name: 'session-keys' }, stringData: { k: 'v' } },
    });
    now += 2_000;
    await syncer.sync(await read());
    const pod = await read();
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.containerStatuses?.[0]?.ready).toBe(true);
    expect(reasons(await podEvents(core, namespace, 'berth'))).toEqual(expect.arrayContaining(['Pulling', 'Started']));
  });
});
