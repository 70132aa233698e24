// The node agent against the real local cluster and registries: pulls that succeed, fail, back off and recover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv } from '../testing/cluster-env';
import { eventually } from '../testing/kubectl';
import { uniqueNamespace } from '../testing/seed-deployment';
import {
  clusterClients,
  dockerRegistrySecret,
  podEvents,
  podManifest,
  podWhen,
  waitingMessage,
  waitingReason,
  createPodNamespace,
} from './test-cluster';

const { core } = clusterClients();
const namespace = uniqueNamespace('node-agent');
const registry = () => requiredEnv('BERTH_REGISTRY');
const privateSecret = (name: string) =>
  dockerRegistrySecret(
    name,
    registry(),
    requiredEnv('BERTH_REGISTRY_USERNAME'),
    requiredEnv('BERTH_REGISTRY_PASSWORD'),
  );
const isRunning = (pod: { status?: { phase?: string } }) => pod.status?.phase === 'Running';

beforeAll(async () => {
  await createPodNamespace(core, namespace);
});
afterAll(async () => {
  await core.deleteNamespace({ name: namespace });
});

describe('node agent pulls', () => {
  it('runs a pod whose secret can pull the image, with the digest and the kubelet events', async () => {
    await core.createNamespacedSecret({ namespace, body: privateSecret('test') });
    const image = `${registry()}/janedoe/awesomeapp:v1`;
    await core.createNamespacedPod({ namespace, body: podManifest('right-secret', image, ['test']) });
    const pod = await podWhen(core, namespace, 'right-secret', 'Running', isRunning);
    const status = pod.status?.containerStatuses?.[0];
    expect(status).toMatchObject({ ready: true, started: true, restartCount: 0, image });
    expect(status?.imageID).toMatch(new RegExp(`^${registry()}/janedoe/awesomeapp@sha256:[0-9a-f]{64}$`));
    expect(
      pod.status?.conditions
        ?.filter((c) => c.status === 'True')
        .map((c) => c.type)
        .sort(),
    ).toEqual(['ContainersReady', 'Initialized', 'PodScheduled', 'Ready']);
    const events = await eventually('four kubelet events', async () => {
      const found = await podEvents(core, namespace, 'right-secret');
      return found.filter((e) => e.source?.component === 'kubelet').length >= 4 ? found : undefined;
    });
    const kubelet = events.filter((e) => e.source?.component === 'kubelet');
    expect(kubelet.map((e) => e.reason)).toEqual(expect.arrayContaining(['Pulling', 'Pulled', 'Created', 'Started']));
    expect(kubelet.find((e) => e.reason === 'Pulling')).toMatchObject({
      type: 'Normal',
      message: `Pulling image "${image}"`,
      source: { host: 'berth-local-node' },
      involvedObject: { kind: 'Pod', name: 'right-secret', fieldPath: 'spec.containers{app}' },
    });
  });

  it('fails without credentials, backs off, and runs once the secret exists, without a new pod', async () => {
    const image = `${registry()}/janedoe/awesomeapp:v1`;
    const created = await core.createNamespacedPod({ namespace, body: podManifest('late-secret', image, ['late']) });
    const failed = await podWhen(core, namespace, 'late-secret', 'ErrImagePull or ImagePullBackOff', (p) =>
      ['ErrImagePull', 'ImagePullBackOff'].includes(waitingReason(p) ?? ''),
    );
    expect(failed.status?.phase).toBe('Pending');
    expect(failed.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
    });
    await podWhen(core, namespace, 'late-secret', 'ImagePullBackOff', (p) => waitingReason(p) === 'ImagePullBackOff');
    const events = await podEvents(core, namespace, 'late-secret');
    const failure = events.find((e) => e.reason === 'Failed' && e.message?.startsWith('Failed to pull image'));
    expect(failure?.type).toBe('Warning');
    expect(failure?.message).toContain(
      `Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image`,
    );
    expect(failure?.message).toMatch(/unauthorized/);
    expect(events.map((e) => e.reason)).toEqual(expect.arrayContaining(['FailedToRetrieveImagePullSecret', 'BackOff']));
    expect(events.find((e) => e.reason === 'FailedToRetrieveImagePullSecret')?.message).toBe(
      'Unable to retrieve some image pull secrets (late); attempting to pull the image may not succeed.',
    );

    await core.createNamespacedSecret({ namespace, body: privateSecret('late') });
    const running = await podWhen(core, namespace, 'late-secret', 'Running after the secret exists', isRunning);
    expect(running.metadata?.uid).toBe(created.metadata?.uid);
  });

  it('says not found for an unknown tag', async () => {
    await core.createNamespacedPod({
      namespace,
      body: podManifest('unknown-tag', `${registry()}/janedoe/awesomeapp:nope`, ['test']),
    });
    const pod = await podWhen(core, namespace, 'unknown-tag', 'a pull failure', (p) =>
      waitingMessage(p).startsWith('Failed to pull'),
    );
    expect(waitingMessage(pod)).toMatch(/not found|manifest unknown/);
  });

  it('says no such host for a registry that does not resolve', async () => {
    await core.createNamespacedPod({
      namespace,
      body: podManifest('no-host', 'registry.berth.invalid/janedoe/awesomeapp:v1'),
    });
    const pod = await podWhen(core, namespace, 'no-host', 'a pull failure', (p) =>
      waitingMessage(p).startsWith('Failed to pull'),
    );
    expect(waitingReason(pod)).toBe('ErrImagePull');
    expect(waitingMessage(pod)).toMatch(/no such host/);
  });

  it('pulls nginx:latest from Docker Hub through the node mirror', async () => {
    await core.createNamespacedPod({ namespace, body: podManifest('mirrored', 'nginx:latest') });
    const pod = await podWhen(core, namespace, 'mirrored', 'Running', isRunning);
    expect(pod.status?.containerStatuses?.[0]?.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:/);
  });

  it('pulls from the token registry with its credentials and is refused with wrong ones', async () => {
    const server = requiredEnv('BERTH_TOKEN_REGISTRY');
    const image = `${server}/janedoe/awesomeapp:v1`;
    const user = requiredEnv('BERTH_TOKEN_REGISTRY_USERNAME');
    await core.createNamespacedSecret({
      namespace,
      body: dockerRegistrySecret('token-right', server, user, requiredEnv('BERTH_TOKEN_REGISTRY_PASSWORD')),
    });
    await core.createNamespacedSecret({
      namespace,
      body: dockerRegistrySecret('token-wrong', server, user, 'not-the-password'),
    });
    await core.createNamespacedPod({ namespace, body: podManifest('token-right', image, ['token-right']) });
    await core.createNamespacedPod({ namespace, body: podManifest('token-wrong', image, ['token-wrong']) });
    await podWhen(core, namespace, 'token-right', 'Running', isRunning);
    const refused = await podWhen(core, namespace, 'token-wrong', 'a pull failure', (p) =>
      waitingMessage(p).startsWith('Failed to pull'),
    );
    expect(waitingMessage(refused)).toMatch(/unauthorized/i);
  });
});
