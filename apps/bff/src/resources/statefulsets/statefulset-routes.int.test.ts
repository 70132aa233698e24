import request from 'supertest';
import { stringify } from 'yaml';
import { apiError, statefulSetDetail, statefulSetList, statefulSetSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { adminKubeConfig, eventually, kubectl, testNamespace } from '../../testing/cluster';
import { listenDuringSuite } from '../../testing/listening-app';
import { captureLogs } from '../../testing/log-capture';
import { connectStream } from '../../testing/sse-client';
import { InformerHub } from '../../watch/informer-hub';

// Whether or not the local cluster runs the StatefulSet controller, nothing here waits for the pods it would make.
const namespace = testNamespace('kinds-api-sts');
const logs = captureLogs();
const hub = new InformerHub(logs.logger);
const app = createApp({ kubeConfig: adminKubeConfig(), logger: logs.logger, informers: hub });
const base = `/api/namespaces/${namespace.name}/statefulsets`;
const json = { 'Content-Type': 'application/json' };

const headless = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80 }] },
});
const statefulSet = (name: string, labels = { app: name }) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name },
  spec: {
    serviceName: `${name}-headless`,
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } },
  },
});
const manifest = (...objects: object[]) => ({ manifest: objects.map((o) => stringify(o)).join('---\n') });
const exists = async (kind: string, name: string) =>
  (await kubectl(['-n', namespace.name, 'get', kind, '--ignore-not-found', '-o', 'name'])).includes(`/${name}`);

/**
 * A pod owned by the StatefulSet's uid, outside its selector so that its controller, if it runs, neither adopts nor
 * deletes it; `controller` makes it name the StatefulSet as its controller (which then releases it, after the stream saw it).
 */
async function ownedPod(name: string, owner: { name: string; uid: string }, controller = false) {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      labels: { app: 'not-selected' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', ...owner, controller }],
    },
    spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] },
  };
  await kubectl(['-n', namespace.name, 'create', '-f', '-'], JSON.stringify(pod));
}

describe('statefulset routes', () => {
  const server = listenDuringSuite(app, hub, namespace);

  it('dry-runs a StatefulSet with its headless Service, making nothing, then creates both', async () => {
    const body = manifest(headless('web-headless'), statefulSet('web'));
    const dry = await request(app).post(`${base}?dryRun=All`).set(json).send(body).expect(200);
    expect(dry.body).toMatchObject({ name: 'web', serviceName: 'web-headless', ready: '0/1' });
    expect(await exists('services', 'web-headless')).toBe(false);
    expect(await exists('statefulsets', 'web')).toBe(false);

    const created = await request(app).post(base).set(json).send(body).expect(201);
    expect(created.body).toMatchObject({ name: 'web', images: ['nginx:1.25'], status: 'Processing' });
    expect(await exists('services', 'web-headless')).toBe(true);
    const list = statefulSetList.parse((await request(app).get(base).expect(200)).body);
    expect(list.items.map((s) => s.name)).toEqual(['web']);
  });

  it('undoes a half-made create: the Service made before the API server refused the StatefulSet is gone', async () => {
    // The selector does not match the template's labels: the API server refuses it after the Service exists.
    const body = manifest(headless('broken-headless'), statefulSet('broken', { app: 'other' }));
    const res = await request(app).post(base).set(json).send(body).expect(422);
    const error = apiError.parse(res.body);
    expect(error.fields?.[0]).toMatchObject({ document: 1, path: 'spec.template.metadata.labels' });
    expect(await exists('services', 'broken-headless')).toBe(false);
    expect(await exists('statefulsets', 'broken')).toBe(false);
  });

  it('lists its pods in ordinal order, streams changes with their owner, scales and deletes', async () => {
    const stream = connectStream(server(), namespace.name);
    const uid = (
      await kubectl(['-n', namespace.name, 'get', 'statefulset', 'web', '-o', 'jsonpath={.metadata.uid}'])
    ).trim();
    for (const pod of ['ordinal-10', 'ordinal-2', 'ordinal-0']) await ownedPod(pod, { name: 'web', uid });
    await ownedPod('controlled', { name: 'web', uid }, true);
    const detail = statefulSetDetail.parse((await request(app).get(`${base}/web`).expect(200)).body);
    const ordinals = detail.pods.map((p) => p.name).filter((name) => name.startsWith('ordinal-'));
    expect(ordinals).toEqual(['ordinal-0', 'ordinal-2', 'ordinal-10']);

    const patched = await request(app).patch(`${base}/web`).set(json).send({ replicas: 3 }).expect(200);
    expect(statefulSetSummary.parse(patched.body).ready).toMatch(/\/3$/);
    await eventually('the scaled StatefulSet and its pods on the stream', () =>
      stream.messages.some((m) => m.kind === 'statefulset' && m.type === 'modified' && m.object.ready.endsWith('/3')) &&
      stream.messages.some((m) => m.kind === 'pod' && m.owner?.kind === 'StatefulSet' && m.owner.name === 'web')
        ? true
        : undefined,
    );
    // With a stream open, lists come from its watches.
    await eventually('the list served from the stream’s watches', async () =>
      (await request(app).get(base).expect(200)).headers['x-berth-list-source'] === 'cache' ? true : undefined,
    );
    stream.close();

    await request(app).delete(`${base}/web`).set(json).expect(204);
    const gone = await request(app).get(`${base}/web`).expect(404);
    expect(apiError.parse(gone.body).message).toContain('web');
  });
});
