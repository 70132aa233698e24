import request from 'supertest';
import { stringify } from 'yaml';
import { daemonSetDetail, daemonSetList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, testApp, testNamespace } from '../../testing/cluster';

// Whether or not the local cluster runs the DaemonSet controller, nothing here waits for its pods.
const namespace = testNamespace('kinds-api-ds');
const { app } = testApp();
const base = `/api/namespaces/${namespace.name}/daemonsets`;
const json = { 'Content-Type': 'application/json' };
const daemonSet = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent' },
  spec: {
    selector: { matchLabels: { app: 'agent' } },
    template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } },
  },
};

describe('daemonset routes', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('dry-runs, creates, lists, reads, changes the image and pull secrets, and deletes a DaemonSet', async () => {
    const body = { manifest: stringify(daemonSet) };
    await request(app).post(`${base}?dryRun=All`).set(json).send(body).expect(200);
    expect(await kubectl(['-n', namespace.name, 'get', 'daemonsets', '-o', 'name'])).toBe('');

    const created = await request(app).post(base).set(json).send(body).expect(201);
    expect(created.body).toMatchObject({ name: 'agent', desired: 0, ready: 0, images: ['nginx:1.25'] });
    const list = daemonSetList.parse((await request(app).get(base).expect(200)).body);
    expect(list.items.map((d) => d.name)).toEqual(['agent']);

    const change = { image: { container: 'c', image: 'nginx:1.26' }, imagePullSecrets: ['pull'] };
    const patched = await request(app).patch(`${base}/agent`).set(json).send(change).expect(200);
    expect(patched.body).toMatchObject({ images: ['nginx:1.26'], imagePullSecrets: ['pull'] });
    await request(app).patch(`${base}/agent`).set(json).send({ replicas: 2 }).expect(422);
    const detail = daemonSetDetail.parse((await request(app).get(`${base}/agent`).expect(200)).body);
    expect(detail).toMatchObject({ name: 'agent', images: ['nginx:1.26'] });

    await request(app).delete(`${base}/agent`).set(json).expect(204);
    await request(app).get(`${base}/agent`).expect(404);
  });
});
