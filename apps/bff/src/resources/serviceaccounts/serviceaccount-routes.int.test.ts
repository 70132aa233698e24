// Linking a pull secret to a ServiceAccount, against the real API server: idempotent, and never losing a concurrent change.
import { CoreV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { apiError, pullSecretUsers, serviceAccountList, serviceAccountSummary } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, kubectl, testApp, testNamespace } from '../../testing/cluster';

const namespace = testNamespace('bff-sa');
const { app, logs } = testApp();
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const ns = `/api/namespaces/${namespace.name}`;
const password = `sa-link-Pw$'"!\\ ${Date.now()}`;

const pullsOf = async (sa: string) =>
  ((await core.readNamespacedServiceAccount({ name: sa, namespace: namespace.name })).imagePullSecrets ?? []).map(
    (r) => r.name,
  );

describe('ServiceAccount pull secrets', () => {
  beforeAll(async () => {
    await namespace.create();
    for (const name of ['regcred', 'other'])
      await kubectl([
        '-n',
        namespace.name,
        'create',
        'secret',
        'docker-registry',
        name,
        '--docker-server=r.example.com',
        '--docker-username=robot$project+name',
        `--docker-password=${password}`,
      ]);
    await kubectl(['-n', namespace.name, 'create', 'serviceaccount', 'builder']);
  });
  afterAll(namespace.remove);

  it('lists ServiceAccounts with their imagePullSecrets', async () => {
    await kubectl(['-n', namespace.name, 'patch', 'sa', 'builder', '-p', '{"imagePullSecrets":[{"name":"other"}]}']);
    const res = await request(app).get(`${ns}/serviceaccounts`).expect(200);
    expect(serviceAccountList.parse(res.body).items).toEqual([
      { name: 'builder', imagePullSecrets: ['other'] },
      { name: 'default', imagePullSecrets: [] },
    ]);
  });

  it('links and unlinks idempotently, keeping what another client added meanwhile', async () => {
    const link = `${ns}/serviceaccounts/default/image-pull-secrets/regcred`;
    const first = await request(app).put(link).set('Content-Type', 'application/json').send({}).expect(200);
    expect(serviceAccountSummary.parse(first.body)).toEqual({ name: 'default', imagePullSecrets: ['regcred'] });
    await request(app).put(link).set('Content-Type', 'application/json').send({}).expect(200);
    expect(await pullsOf('default')).toEqual(['regcred']);
    // Another client adds one; linking again on top must keep it (the patch tests the resourceVersion, then re-reads).
    await kubectl([
      '-n',
      namespace.name,
      'patch',
      'sa',
      'builder',
      '--type=json',
      '-p',
      '[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"x"}}]',
    ]);
    await request(app)
      .put(`${ns}/serviceaccounts/builder/image-pull-secrets/regcred`)
      .set('Content-Type', 'application/json')
      .send({})
      .expect(200);
    expect(await pullsOf('builder')).toEqual(['other', 'x', 'regcred']);
    await request(app)
      .delete(`${ns}/serviceaccounts/builder/image-pull-secrets/other`)
      .set('Content-Type', 'application/json')
      .expect(200);
    await request(app)
      .delete(`${ns}/serviceaccounts/builder/image-pull-secrets/other`)
      .set('Content-Type', 'application/json')
      .expect(200);
    expect(await pullsOf('builder')).toEqual(['x', 'regcred']);
  });

  it('refuses to link a secret that does not exist, or to a ServiceAccount that does not', async () => {
    const missing = await request(app)
      .put(`${ns}/serviceaccounts/default/image-pull-secrets/nope`)
      .set('Content-Type', 'application/json')
      .send({})
      .expect(404);
    expect(apiError.parse(missing.body).reason).toBe('NotFound');
    await request(app)
      .put(`${ns}/serviceaccounts/ghost/image-pull-secrets/regcred`)
      .set('Content-Type', 'application/json')
      .send({})
      .expect(404);
    await request(app)
      .put(`${ns}/serviceaccounts/Bad_Name/image-pull-secrets/regcred`)
      .set('Content-Type', 'application/json')
      .send({})
      .expect(404);
  });

  it('says which workloads pull with the secret, themselves or through their ServiceAccount', async () => {
    await kubectl(['-n', namespace.name, 'create', 'deployment', 'through-default', '--image=nginx']);
    await kubectl(['-n', namespace.name, 'create', 'deployment', 'own', '--image=nginx']);
    await kubectl([
      '-n',
      namespace.name,
      'patch',
      'deployment',
      'own',
      '-p',
      '{"spec":{"template":{"spec":{"imagePullSecrets":[{"name":"regcred"}]}}}}',
    ]);
    await kubectl(['-n', namespace.name, 'create', 'deployment', 'names-other', '--image=nginx']);
    // Naming any pull secret of its own, a pod gets none of its ServiceAccount's.
    await kubectl([
      '-n',
      namespace.name,
      'patch',
      'deployment',
      'names-other',
      '-p',
      '{"spec":{"template":{"spec":{"imagePullSecrets":[{"name":"other"}]}}}}',
    ]);
    await kubectl(['-n', namespace.name, 'create', 'job', 'as-builder', '--image=busybox']);
    const res = await request(app).get(`${ns}/secrets/regcred/users`).expect(200);
    const users = pullSecretUsers.parse(res.body);
    expect(users.serviceAccounts).toEqual(['builder', 'default']);
    expect(users.hidden).toEqual([]);
    expect(users.workloads).toEqual(
      expect.arrayContaining([
        { kind: 'Deployment', name: 'own' },
        { kind: 'Deployment', name: 'through-default', serviceAccount: 'default' },
        { kind: 'Job', name: 'as-builder', serviceAccount: 'default' },
      ]),
    );
    expect(users.workloads.map((w) => w.name)).not.toContain('names-other');
    expect(JSON.stringify(res.body) + logs()).not.toContain(password);
  });
});
