import { AppsV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { stringify } from 'yaml';
import { apiError, deploymentDetail, deploymentList, type DeploymentSummary } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, env, eventually, kubectl, testApp, testNamespace } from '../../testing/cluster';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('bff-deploy');
const { app } = testApp();
const apps = adminKubeConfig().makeApiClient(AppsV1Api);
const base = `/api/namespaces/${namespace.name}/deployments`;
const secrets = `/api/namespaces/${namespace.name}/secrets`;
const image = () => `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;

/** The seed scenario's Deployment as a user writes it for kubectl. */
function seedManifest(name: string, pullSecret: string) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name: 'container-0', image: image(), imagePullPolicy: 'IfNotPresent' }],
          imagePullSecrets: [{ name: pullSecret }],
        },
      },
    },
  };
}

const form = (name: string, pullSecret: string, imagePullPolicy = 'IfNotPresent') => ({
  name,
  replicas: 1,
  containers: [{ name: 'container-0', image: image(), imagePullPolicy }],
  imagePullSecrets: [pullSecret],
});

async function summary(name: string): Promise<DeploymentSummary> {
  const res = await request(app).get(base).expect(200);
  const item = deploymentList.parse(res.body).items.find((d) => d.name === name);
  if (!item) throw new Error(`${name} not listed`);
  return item;
}

describe('deployment routes', () => {
  beforeAll(async () => {
    await namespace.create();
    const registry = {
      server: env('BERTH_REGISTRY'),
      username: env('BERTH_REGISTRY_USERNAME'),
      password: env('BERTH_REGISTRY_PASSWORD'),
    };
    await request(app)
      .post(secrets)
      .set(json)
      .send({ name: 'test', registries: [registry] })
      .expect(201);
    await request(app)
      .post(secrets)
      .set(json)
      .send({ name: 'wrong', registries: [{ ...registry, password: 'not-the-password' }] })
      .expect(201);
  });
  afterAll(namespace.remove);

  it('creates from the form model the same Deployment as the seed manifest, and it reaches Running', async () => {
    const res = await request(app).post(base).set(json).send(form('awesomeapp', 'test')).expect(201);
    expect(res.body).toMatchObject({ name: 'awesomeapp', images: [image()], imagePullSecrets: ['test'] });
    await kubectl(['-n', namespace.name, 'create', '-f', '-'], JSON.stringify(seedManifest('by-kubectl', 'test')));
    const fromForm = await apps.readNamespacedDeployment({ name: 'awesomeapp', namespace: namespace.name });
    const fromKubectl = await apps.readNamespacedDeployment({ name: 'by-kubectl', namespace: namespace.name });
    const rename = (text: string) => text.replaceAll('by-kubectl', 'awesomeapp');
    expect(JSON.stringify(fromForm.spec)).toBe(rename(JSON.stringify(fromKubectl.spec)));
    const running = await eventually('awesomeapp Running', async () =>
      (await summary('awesomeapp')).status === 'Running' ? summary('awesomeapp') : undefined,
    );
    expect(running).toMatchObject({ status: 'Running', ready: '1/1' });
    expect(await summary('by-kubectl')).toMatchObject({ name: 'by-kubectl', images: [image()] });
  });

  // Always: with IfNotPresent the node would reuse the image the first test pulled.
  it('shows a pull that the registry refuses as Failed with the reason, and the details of why', async () => {
    await request(app)
      .post(base)
      .set(json)
      .send(form('refused', 'wrong', 'Always'))
      .expect(201);
    const failed = await eventually('refused Failed', async () => {
      const s = await summary('refused');
      return s.status === 'Failed' ? s : undefined;
    });
    expect(failed.reason).toMatch(/^(ErrImagePull|ImagePullBackOff)$/);
    const detail = await request(app).get(`${base}/refused`).expect(200);
    const { pods, events, conditions } = deploymentDetail.parse(detail.body);
    expect(pods[0]?.containers[0]).toMatchObject({ name: 'container-0', state: 'waiting' });
    expect(pods[0]?.containers[0]?.reason).toMatch(/ErrImagePull|ImagePullBackOff/);
    expect(events.length).toBeGreaterThan(0);
    const times = events.map((e) => e.lastSeen);
    expect([...times].sort().reverse()).toEqual(times);
    expect(conditions.map((c) => c.type)).toContain('Progressing');
  });

  it('creates from a YAML manifest as kubectl create -f takes it, in the URL namespace only', async () => {
    const manifest = stringify(seedManifest('from-yaml', 'test'));
    await request(app).post(`${base}?dryRun=true`).set(json).send({ manifest }).expect(200);
    await request(app).get(`${base}/from-yaml`).expect(404);
    await request(app).post(base).set(json).send({ manifest }).expect(201);
    const other = stringify({
      ...seedManifest('elsewhere', 'test'),
      metadata: { name: 'elsewhere', namespace: 'kube-system' },
    });
    const res = await request(app).post(base).set(json).send({ manifest: other }).expect(422);
    expect(apiError.parse(res.body).fields?.[0]).toMatchObject({ path: 'metadata.namespace', document: 0 });
    await request(app)
      .post(base)
      .set(json)
      .send({ manifest: 'kind: Service\napiVersion: v1\nmetadata: {name: x}' })
      .expect(422);
    await request(app).post(base).set(json).send({ manifest: ': : :' }).expect(422);
  });

  it('creates a Deployment with the Service a manifest gives beside it, and refuses a second Deployment', async () => {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'with-service' },
      spec: { ports: [{ port: 80 }] },
    };
    const manifest = [service, seedManifest('with-service', 'test')].map((o) => stringify(o)).join('---\n');
    await request(app).post(`${base}?dryRun=All`).set(json).send({ manifest }).expect(200);
    await request(app).post(base).set(json).send({ manifest }).expect(201);
    expect(await kubectl(['-n', namespace.name, 'get', 'service', 'with-service', '-o', 'name'])).toBe(
      'service/with-service\n',
    );
    const twice = `${manifest}---\n${stringify(seedManifest('second', 'test'))}`;
    const res = await request(app).post(base).set(json).send({ manifest: twice }).expect(422);
    expect(apiError.parse(res.body).fields?.[0]).toMatchObject({ path: 'kind', document: 2 });
    await request(app).delete(`${base}/with-service`).set(json).expect(204);
  });

  it('maps the API server 422 causes to manifest fields, and 409 AlreadyExists to form fields', async () => {
    const bad = seedManifest('bad-container', 'test');
    bad.spec.template.spec.containers[0] = { name: 'Not_Valid', image: image(), imagePullPolicy: 'IfNotPresent' };
    const invalid = await request(app)
      .post(base)
      .set(json)
      .send({ manifest: JSON.stringify(bad) })
      .expect(422);
    // A manifest's errors keep the API server's field paths, with the document they belong to.
    expect(apiError.parse(invalid.body).fields).toContainEqual(
      expect.objectContaining({ path: 'spec.template.spec.containers[0].name', document: 0 }),
    );
    const exists = await request(app).post(base).set(json).send(form('awesomeapp', 'test')).expect(409);
    expect(apiError.parse(exists.body).fields).toEqual([
      { path: 'name', message: `A deployment named awesomeapp already exists in namespace ${namespace.name}` },
    ]);
  });

  it('patches replicas, image and pull secrets', async () => {
    const res = await request(app)
      .patch(`${base}/from-yaml`)
      .set(json)
      .send({
        replicas: 2,
        image: { image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v2` },
        imagePullSecrets: ['test', 'wrong'],
      })
      .expect(200);
    expect(res.body).toMatchObject({
      images: [`${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v2`],
      imagePullSecrets: ['test', 'wrong'],
    });
    const stored = await apps.readNamespacedDeployment({ name: 'from-yaml', namespace: namespace.name });
    expect(stored.spec?.replicas).toBe(2);
    await request(app)
      .patch(`${base}/from-yaml`)
      .set(json)
      .send({ image: { container: 'nope', image: 'x' } })
      .expect(422);
    await request(app).patch(`${base}/from-yaml`).set(json).send({}).expect(422);
    await request(app).patch(`${base}/missing`).set(json).send({ replicas: 1 }).expect(404);
  });

  it('deletes a Deployment', async () => {
    await request(app).delete(`${base}/from-yaml`).set(json).expect(204);
    await request(app).get(`${base}/from-yaml`).expect(404);
  });
});
