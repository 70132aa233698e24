// A namespace with nothing in it is the first thing a new user sees (the embedded cluster's `default`): every list
// answers 200 and empty. A namespace that does not exist answers 404 "Namespace nope does not exist" instead.
import { RbacAuthorizationV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { apiError, deploymentList, secretList } from '@berth/contracts';
import { uniqueNamespace } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, env, testApp, testNamespace } from '../../testing/cluster';
import { restrictedToken, signIn, tokenApp } from '../../testing/signed-in';

const json = { 'Content-Type': 'application/json' };
const empty = testNamespace('bff-empty');
const missing = uniqueNamespace('bff-missing');
const { app } = testApp();
const pullSecretTypes = ['kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg'];

const errorOf = (res: request.Response) => apiError.parse(res.body);

describe('a namespace with nothing in it', () => {
  beforeAll(empty.create);
  afterAll(empty.remove);

  it('lists no Deployments: 200 and an empty list', async () => {
    const res = await request(app).get(`/api/namespaces/${empty.name}/deployments`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(deploymentList.parse(res.body).items).toEqual([]);
  });

  it('lists no pull secrets: 200, at most the service account token', async () => {
    const all = secretList.parse((await request(app).get(`/api/namespaces/${empty.name}/secrets`).expect(200)).body);
    expect(all.items.filter((s) => s.type !== 'kubernetes.io/service-account-token')).toEqual([]);
    for (const type of pullSecretTypes) {
      const res = await request(app).get(`/api/namespaces/${empty.name}/secrets`).query({ type }).expect(200);
      expect(secretList.parse(res.body).items, type).toEqual([]);
    }
  });

  it('names the secret or workload that is not there (404), not the namespace', async () => {
    const secret = errorOf(await request(app).get(`/api/namespaces/${empty.name}/secrets/nope`).expect(404));
    expect(secret).toEqual({
      status: 404,
      reason: 'NotFound',
      message: `No secret named nope in namespace ${empty.name}`,
    });
    const workload = errorOf(await request(app).get(`/api/namespaces/${empty.name}/deployments/nope`).expect(404));
    expect(workload).toEqual({
      status: 404,
      reason: 'NotFound',
      message: `No deployment named nope in namespace ${empty.name}`,
    });
  });
});

describe('a namespace that does not exist', () => {
  const base = `/api/namespaces/${missing}`;
  const expected = { status: 404, reason: 'NamespaceNotFound', message: `Namespace ${missing} does not exist` };
  const registry = () => ({ server: env('BERTH_REGISTRY'), username: 'u', password: 'not-a-real-password' });
  const workload = () => ({
    name: 'web',
    replicas: 1,
    containers: [{ name: 'c', image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
  });

  it.each([
    ['list secrets', () => request(app).get(`${base}/secrets`)],
    ['list pull secrets', () => request(app).get(`${base}/secrets`).query({ type: pullSecretTypes[0] })],
    ['list deployments', () => request(app).get(`${base}/deployments`)],
    ['read a secret', () => request(app).get(`${base}/secrets/pull`)],
    ['read a deployment', () => request(app).get(`${base}/deployments/web`)],
    [
      'create a secret',
      () =>
        request(app)
          .post(`${base}/secrets`)
          .set(json)
          .send({ name: 'pull', registries: [registry()] }),
    ],
    ['create a deployment', () => request(app).post(`${base}/deployments`).set(json).send(workload())],
    [
      'edit a secret',
      () =>
        request(app)
          .put(`${base}/secrets/pull`)
          .set(json)
          .send({ registries: [registry()] }),
    ],
    ['scale a deployment', () => request(app).patch(`${base}/deployments/web`).set(json).send({ replicas: 2 })],
    ['delete a secret', () => request(app).delete(`${base}/secrets/pull`).set(json)],
    ['delete a deployment', () => request(app).delete(`${base}/deployments/web`).set(json)],
  ])('%s: 404 "Namespace … does not exist"', async (_action, send) => {
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(404);
    expect(errorOf(res)).toEqual(expected);
  });
});

describe('a signed-in user who may list in a namespace but not get namespaces', () => {
  const mine = testNamespace('bff-empty-rbac');
  const token = tokenApp();
  const rbac = adminKubeConfig().makeApiClient(RbacAuthorizationV1Api);

  beforeAll(async () => {
    await mine.create();
    const namespace = mine.name;
    const rules = [
      { apiGroups: [''], resources: ['secrets', 'pods'], verbs: ['list'] },
      { apiGroups: ['apps'], resources: ['deployments', 'replicasets'], verbs: ['list'] },
    ];
    await rbac.createNamespacedRole({ namespace, body: { metadata: { name: 'lister' }, rules } });
    const subjects = [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'berth-restricted' }];
    const roleRef = { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'lister' };
    await rbac.createNamespacedRoleBinding({ namespace, body: { metadata: { name: 'lister' }, roleRef, subjects } });
  });
  afterAll(mine.remove);

  it('gets the empty lists: Berth cannot tell, so it does not claim the namespace is missing', async () => {
    const user = await signIn(token.app, restrictedToken());
    const list = `/api/namespaces/${mine.name}`;
    // RBAC takes a moment to see a new RoleBinding.
    await expect
      .poll(async () => (await request(token.app).get(`${list}/deployments`).set(user.headers)).status, {
        timeout: 10_000,
      })
      .toBe(200);
    const deployments = await request(token.app).get(`${list}/deployments`).set(user.headers).expect(200);
    expect(deploymentList.parse(deployments.body).items).toEqual([]);
    const pull = await request(token.app)
      .get(`${list}/secrets`)
      .query({ type: pullSecretTypes[0] })
      .set(user.headers)
      .expect(200);
    expect(secretList.parse(pull.body).items).toEqual([]);
  });

  it('gets the 403 sentence in a namespace that does not exist: it may not list there, and learns nothing more', async () => {
    const user = await signIn(token.app, restrictedToken());
    const res = await request(token.app).get(`/api/namespaces/${missing}/deployments`).set(user.headers).expect(403);
    expect(errorOf(res).message).toMatch(
      new RegExp(`^berth-restricted cannot list (deployments|replicasets|pods) in namespace ${missing}$`),
    );
  });
});
