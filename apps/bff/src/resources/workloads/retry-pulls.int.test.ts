import { CoreV1Api, type V1Pod } from '@kubernetes/client-node';
import request from 'supertest';
import { apiError, deploymentList, retryablePullReasons, retryPullsResult } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NamespacedResources } from '../../kube/namespaced-resources';
import { adminKubeConfig, env, eventually, kubectl, testApp, testNamespace } from '../../testing/cluster';
import { deleteListedPod } from './retry-pulls';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('fx-retry');
const { app } = testApp();
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const api = `/api/namespaces/${namespace.name}`;
const registry = () => ({
  server: env('BERTH_REGISTRY'),
  username: env('BERTH_REGISTRY_USERNAME'),
  password: env('BERTH_REGISTRY_PASSWORD'),
});
const image = () => `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;

/** A Deployment pulling its init container and its container with `secret`. */
function deployment(name: string, secret: string) {
  const container = { image: image(), imagePullPolicy: 'Always' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          initContainers: [{ name: 'init', ...container }],
          containers: [{ name: 'app', ...container }],
          imagePullSecrets: [{ name: secret }],
        },
      },
    },
  };
}

/** The names of the pods whose init container waits in ImagePullBackOff (the kubelet's `Init:ImagePullBackOff`). */
async function backedOff(app: string): Promise<string[] | undefined> {
  const pods = await core.listNamespacedPod({ namespace: namespace.name, labelSelector: `app=${app}` });
  const waiting = pods.items.filter(
    (p) => p.status?.initContainerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff',
  );
  return waiting.length === pods.items.length && waiting.length > 0
    ? waiting.map((p) => p.metadata?.name ?? '')
    : undefined;
}

/**
 * The names of the pods still failing to pull in their init container, whichever of the two reasons they show now: the
 * test cluster retries a pull after a second, so a pod in back-off flips to ErrImagePull and back.
 */
async function stillFailing(app: string): Promise<string[] | undefined> {
  const pods = await core.listNamespacedPod({ namespace: namespace.name, labelSelector: `app=${app}` });
  const failing = pods.items.filter((p) =>
    retryablePullReasons.has(p.status?.initContainerStatuses?.[0]?.state?.waiting?.reason ?? ''),
  );
  return failing.length === pods.items.length && failing.length > 0
    ? failing.map((p) => p.metadata?.name ?? '')
    : undefined;
}

describe('POST …/{plural}/{name}/retry-pulls', () => {
  beforeAll(async () => {
    await namespace.create();
    for (const name of ['fixed', 'still-wrong']) {
      await request(app)
        .post(`${api}/secrets`)
        .set(json)
        .send({ name, registries: [{ ...registry(), password: 'not-the-password' }] })
        .expect(201);
    }
    const manifests = [deployment('web', 'fixed'), deployment('bystander', 'still-wrong')];
    await kubectl(['-n', namespace.name, 'create', '-f', '-'], manifests.map((m) => JSON.stringify(m)).join('\n'));
  });
  afterAll(namespace.remove);

  it('replaces the pods in back-off after a fix, which then pull at once; other workloads keep theirs', async () => {
    const [failing] = await eventually('web in Init:ImagePullBackOff', () => backedOff('web'));
    const bystanders = await eventually('bystander in Init:ImagePullBackOff', () => backedOff('bystander'));
    await request(app)
      .put(`${api}/secrets/fixed`)
      .set(json)
      .send({ registries: [registry()] })
      .expect(200);
    const fixedAt = Date.now();
    const res = await request(app).post(`${api}/deployments/web/retry-pulls`).set(json).send({}).expect(200);
    expect(retryPullsResult.parse(res.body)).toEqual({ deleted: [failing] });
    // The back-off would hold the old pod 10 s and more; its replacement pulls at once: its first pull succeeds.
    await eventually('web Running 1/1', async () => {
      const list = deploymentList.parse((await request(app).get(`${api}/deployments`).expect(200)).body);
      const web = list.items.find((d) => d.name === 'web');
      return web?.status === 'Running' && web.ready === '1/1' ? true : undefined;
    });
    process.stdout.write(`retry-pulls: Running 1/1 ${Date.now() - fixedAt} ms after the fix\n`);
    const pods = (await core.listNamespacedPod({ namespace: namespace.name, labelSelector: 'app=web' })).items;
    expect(pods.map((p) => p.metadata?.name)).not.toContain(failing);
    expect(pods.flatMap((p) => p.status?.initContainerStatuses ?? []).map((c) => c.restartCount)).toEqual([0]);
    const pullFailures = await core.listNamespacedEvent({
      namespace: namespace.name,
      fieldSelector: `involvedObject.name=${pods[0]?.metadata?.name ?? ''},reason=Failed`,
    });
    expect(pullFailures.items).toEqual([]);
    expect(await stillFailing('bystander')).toEqual(bystanders);
  });

  it('answers 404 for a workload that does not exist or a name that cannot be one, and deletes nothing', async () => {
    const missing = await request(app).post(`${api}/statefulsets/nope/retry-pulls`).set(json).send({}).expect(404);
    expect(apiError.parse(missing.body).reason).toBe('NotFound');
    const hostile = await request(app)
      .post(`${api}/deployments/..%2Fbystander/retry-pulls`)
      .set(json)
      .send({})
      .expect(404);
    expect(apiError.parse(hostile.body).message).toMatch(/cannot name a deployment/);
    expect(await stillFailing('bystander')).toHaveLength(1);
  });

  it("deletes only the pod it listed: one made since under the same name (a StatefulSet's) answers 409 and stays", async () => {
    const manifest = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'db-0' },
      spec: { containers: [{ name: 'app', image: image() }] },
    });
    await kubectl(['-n', namespace.name, 'create', '-f', '-'], manifest);
    const listed = await core.readNamespacedPod({ name: 'db-0', namespace: namespace.name });
    await kubectl(['-n', namespace.name, 'delete', 'pod', 'db-0', '--grace-period=0', '--force']);
    await kubectl(['-n', namespace.name, 'create', '-f', '-'], manifest);
    const pods = new NamespacedResources<V1Pod>(adminKubeConfig(), 'v1', 'pods');
    const stale = { metadata: { name: 'db-0', uid: listed.metadata?.uid ?? '' } };
    expect(await deleteListedPod(pods, namespace.name, stale)).toBeUndefined();
    const now = await core.readNamespacedPod({ name: 'db-0', namespace: namespace.name });
    expect(now.metadata?.uid).not.toBe(listed.metadata?.uid);
  });
});
