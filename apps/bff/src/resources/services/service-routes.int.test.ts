import request from 'supertest';
import {
  type ServiceFormInput,
  apiError,
  serviceForm,
  serviceList,
  serviceSummary,
  toServiceManifest,
} from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, testApp, testNamespace } from '../../testing/cluster';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('services-routes');
const { app } = testApp();
const base = `/api/namespaces/${namespace.name}/services`;
// Node ports are cluster-wide and the cluster is shared: one picked at random is unlikely to be taken.
const freeNodePort = 30000 + Math.floor(Math.random() * 2700);

const manifest = (service: ServiceFormInput) =>
  JSON.stringify(
    toServiceManifest(serviceForm.parse(service), { namespace: namespace.name, selector: { app: 'web' } }),
  );
const create = (service: ServiceFormInput, query = '') =>
  request(app)
    .post(`${base}${query}`)
    .set(json)
    .send({ manifest: manifest(service) });
const http = { port: 80, targetPort: 8080 };

describe('services routes', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it.each<[string, ServiceFormInput, object]>([
    ['ClusterIP', { name: 'plain', type: 'ClusterIP', ports: [http] }, { type: 'ClusterIP' }],
    ['Headless', { name: 'headless', type: 'Headless', ports: [http] }, { type: 'ClusterIP', clusterIP: 'None' }],
    [
      'NodePort',
      { name: 'exposed', type: 'NodePort', ports: [{ ...http, nodePort: freeNodePort }] },
      { type: 'NodePort', ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: freeNodePort }] },
    ],
  ])('creates a %s Service from its manifest, as kubectl get shows it', async (_, service, expected) => {
    const res = await create(service).expect(201);
    expect(serviceSummary.parse(res.body)).toMatchObject({ name: service.name, selector: { app: 'web' }, ...expected });
    const got = await kubectl(['get', 'service', service.name, '-n', namespace.name, '-o', 'json']);
    const { spec } = JSON.parse(got) as { spec: { clusterIP: string; type: string } };
    expect(res.body).toMatchObject({ clusterIP: spec.clusterIP, type: spec.type });
  });

  it('lists them by name', async () => {
    const res = await request(app).get(base).expect(200);
    expect(serviceList.parse(res.body).items.map((s) => s.name)).toEqual(['exposed', 'headless', 'plain']);
  });

  it('dry-runs a create (?dryRun=All) without creating anything', async () => {
    await create({ name: 'trial', type: 'ClusterIP', ports: [http] }, '?dryRun=All').expect(200);
    await request(app).get(`${base}/trial`).expect(404);
  });

  it("puts the API server's refusal of a node port out of range on spec.ports[0].nodePort", async () => {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'far' },
      spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 40000 }] },
    };
    const res = await request(app)
      .post(base)
      .set(json)
      .send({ manifest: JSON.stringify(service) })
      .expect(422);
    const { fields = [] } = apiError.parse(res.body);
    expect(fields.map((f) => f.path)).toEqual(['spec.ports[0].nodePort']);
    expect(fields[0]?.message).toContain('valid range');
  });

  it("puts the API server's refusal of an edit on the dialog's field: a node port already taken", async () => {
    const patch = { type: 'NodePort', ports: [{ ...http, nodePort: freeNodePort }] };
    const res = await request(app).patch(`${base}/plain`).set(json).send(patch).expect(422);
    const { fields = [] } = apiError.parse(res.body);
    expect(fields.map((f) => f.path)).toEqual(['ports.0.nodePort']);
    expect(fields[0]?.message).toContain('already allocated');
  });

  it('changes the type and ports: NodePort to ClusterIP drops the node port', async () => {
    const res = await request(app)
      .patch(`${base}/exposed`)
      .set(json)
      .send({
        type: 'ClusterIP',
        ports: [
          { name: 'http', port: 81, targetPort: 8081 },
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
        ],
      })
      .expect(200);
    const patched = serviceSummary.parse(res.body);
    expect(patched).toMatchObject({
      type: 'ClusterIP',
      ports: [
        { name: 'http', protocol: 'TCP', port: 81, targetPort: 8081 },
        { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
      ],
    });
    expect(patched.ports[0]).not.toHaveProperty('nodePort');
  });

  it.each<[string, string, object, string]>([
    ['a ClusterIP Service made headless', 'plain', { type: 'Headless', ports: [http] }, 'type'],
    [
      'a port twice',
      'plain',
      {
        type: 'ClusterIP',
        ports: [
          { ...http, name: 'a' },
          { ...http, name: 'b' },
        ],
      },
      'ports.1.port',
    ],
  ])('refuses %s on the dialog field', async (_, name, patch, path) => {
    const res = await request(app).patch(`${base}/${name}`).set(json).send(patch).expect(422);
    expect(apiError.parse(res.body).fields?.map((f) => f.path)).toEqual([path]);
  });

  it('deletes a Service', async () => {
    await request(app).delete(`${base}/plain`).set(json).expect(204);
    await request(app).get(`${base}/plain`).expect(404);
  });
});
