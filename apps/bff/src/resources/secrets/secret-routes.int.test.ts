import { CoreV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { apiError, secretCreated, secretDetail, secretList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../../kube/kubeconfig/load-kubeconfig';
import { adminKubeConfig, env, kubectl, kubectlCreateSecret, testApp, testNamespace } from '../../testing/cluster';

const json = { 'Content-Type': 'application/json' };
const namespace = testNamespace('bff-secrets');
const { app } = testApp();
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const base = `/api/namespaces/${namespace.name}/secrets`;

async function storedConfig(name: string): Promise<unknown> {
  const secret = await core.readNamespacedSecret({ name, namespace: namespace.name });
  return JSON.parse(Buffer.from(secret.data?.['.dockerconfigjson'] ?? '', 'base64').toString('utf8'));
}

describe('secrets routes', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('creates a pull secret that kubectl would have created byte for byte', async () => {
    const registry = {
      server: env('BERTH_REGISTRY'),
      username: env('BERTH_REGISTRY_USERNAME'),
      password: env('BERTH_REGISTRY_PASSWORD'),
      email: 'jane@example.com',
    };
    const res = await request(app)
      .post(base)
      .set(json)
      .send({ name: 'test', namespace: namespace.name, registries: [registry] })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'test',
      type: 'kubernetes.io/dockerconfigjson',
      dataCount: 1,
      registries: [{ server: registry.server, username: registry.username, email: registry.email }],
    });
    const kubectlJson = await kubectlCreateSecret(namespace.name, 'docker-registry', 'test', [
      '--dry-run=client',
      '-o',
      'json',
      `--docker-server=${registry.server}`,
      `--docker-username=${registry.username}`,
      `--docker-password=${registry.password}`,
      `--docker-email=${registry.email}`,
    ]);
    const fromKubectl = (JSON.parse(kubectlJson) as { data: Record<string, string> }).data['.dockerconfigjson'] ?? '';
    const stored = await core.readNamespacedSecret({ name: 'test', namespace: namespace.name });
    expect(Buffer.from(stored.data?.['.dockerconfigjson'] ?? '', 'base64').toString()).toBe(
      Buffer.from(fromKubectl, 'base64').toString(),
    );
  });

  it('answers a second create with AlreadyExists on the name field', async () => {
    const res = await request(app)
      .post(base)
      .set(json)
      .send({ name: 'test', registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] })
      .expect(409);
    const message = `A secret named test already exists in namespace ${namespace.name}`;
    expect(res.body).toEqual({ status: 409, reason: 'AlreadyExists', message, fields: [{ path: 'name', message }] });
  });

  it('validates with a server-side dry run without creating anything', async () => {
    await request(app)
      .post(`${base}?dryRun=true`)
      .set(json)
      .send({ name: 'dry', registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] })
      .expect(200);
    await request(app).get(`${base}/dry`).expect(404);
  });

  it('imports a docker config.json', async () => {
    const auth = Buffer.from('bob:s3cret').toString('base64');
    const configJson = JSON.stringify({ auths: { 'registry.example.com': { auth } } });
    const res = await request(app).post(base).set(json).send({ name: 'imported', configJson }).expect(201);
    expect(secretCreated.parse(res.body).registries).toEqual([{ server: 'registry.example.com', username: 'bob' }]);
    expect(await storedConfig('imported')).toEqual({
      auths: { 'registry.example.com': { username: 'bob', password: 's3cret', auth } },
    });
    const bad = await request(app).post(base).set(json).send({ name: 'broken', configJson: '{"auths": ' }).expect(422);
    const fields = apiError.parse(bad.body).fields ?? [];
    expect(fields.map((f) => f.path)).toEqual(['configJson']);
    expect(fields[0]?.message).toContain('not valid JSON');
  });

  it('lists kubectl-created secrets like kubectl get secret, filtered by type', async () => {
    await kubectlCreateSecret(namespace.name, 'generic', 'plain', ['--from-literal=a=1', '--from-literal=b=2']);
    await kubectlCreateSecret(namespace.name, 'docker-registry', 'by-kubectl', [
      '--docker-username=alice',
      '--docker-password=pw',
    ]);
    const all = await request(app).get(base).expect(200);
    const byName = Object.fromEntries(secretList.parse(all.body).items.map((s) => [s.name, s]));
    expect(byName.plain).toMatchObject({ type: 'Opaque', dataCount: 2, registries: [] });
    expect(byName['by-kubectl']).toMatchObject({
      type: 'kubernetes.io/dockerconfigjson',
      registries: [{ server: 'https://index.docker.io/v1/', username: 'alice' }],
    });
    const pull = await request(app).get(`${base}?type=kubernetes.io/dockerconfigjson`).expect(200);
    const pullSecrets = secretList.parse(pull.body).items;
    expect(pullSecrets.every((s) => s.type === 'kubernetes.io/dockerconfigjson')).toBe(true);
    expect(pullSecrets.map((s) => s.name)).not.toContain('plain');
    // The type is one value, as a watch-served list compares it: not a second selector requirement smuggled in.
    const smuggled = await request(app).get(base).query({ type: 'Opaque,metadata.name=plain' }).expect(200);
    expect(secretList.parse(smuggled.body).items).toEqual([]);
    expect(all.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(all.headers.etag).toBeUndefined();
  });

  it('lists a secret as it is now after kubectl changed it, though its earlier row was kept', async () => {
    const create = (username: string) =>
      kubectlCreateSecret(namespace.name, 'docker-registry', 'edited', [
        `--docker-username=${username}`,
        '--docker-password=pw',
        '--dry-run=client',
        '-o',
        'yaml',
      ]);
    await kubectl(['-n', namespace.name, 'apply', '-f', '-'], await create('before'));
    const usernameOf = async () =>
      secretList.parse((await request(app).get(base).expect(200)).body).items.find((s) => s.name === 'edited')
        ?.registries[0]?.username;
    expect(await usernameOf()).toBe('before');
    await kubectl(['-n', namespace.name, 'apply', '-f', '-'], await create('after'));
    expect(await usernameOf()).toBe('after');
  });

  it('shows which Deployments and ServiceAccounts use a secret', async () => {
    await kubectl([
      '-n',
      namespace.name,
      'patch',
      'serviceaccount',
      'default',
      '-p',
      '{"imagePullSecrets":[{"name":"test"}]}',
    ]);
    await kubectl(['-n', namespace.name, 'create', 'deployment', 'user', '--image=nginx']);
    await kubectl([
      '-n',
      namespace.name,
      'patch',
      'deployment',
      'user',
      '-p',
      '{"spec":{"template":{"spec":{"imagePullSecrets":[{"name":"test"}]}}}}',
    ]);
    const res = await request(app).get(`${base}/test`).expect(200);
    expect(secretDetail.parse(res.body).usedBy).toEqual({ deployments: ['user'], serviceAccounts: ['default'] });
    await request(app)
      .get(`${base}/missing`)
      .expect(404, {
        status: 404,
        reason: 'NotFound',
        message: `No secret named missing in namespace ${namespace.name}`,
      });
  });

  it('edits registries, keeping a password that was left out', async () => {
    await request(app)
      .put(`${base}/imported`)
      .set(json)
      .send({
        registries: [
          { server: 'registry.example.com', username: 'bob' },
          { server: 'other.example.com', username: 'eve', password: 'new' },
        ],
      })
      .expect(200);
    const stored = (await storedConfig('imported')) as {
      auths: Record<string, { password?: string; username?: string }>;
    };
    expect(stored.auths['registry.example.com']).toMatchObject({ username: 'bob', password: 's3cret' });
    expect(stored.auths['other.example.com']).toMatchObject({ username: 'eve', password: 'new' });
    const missing = await request(app)
      .put(`${base}/imported`)
      .set(json)
      .send({ registries: [{ server: 'third.example.com', username: 'x' }] })
      .expect(422);
    expect(apiError.parse(missing.body).fields?.map((f) => f.path)).toEqual(['registries.0.password']);
    await request(app)
      .put(`${base}/plain`)
      .set(json)
      .send({ registries: [{ server: 'r.io', username: 'x', password: 'y' }] })
      .expect(422);
    await request(app)
      .put(`${base}/nope`)
      .set(json)
      .send({ registries: [{ server: 'r.io', username: 'x', password: 'y' }] })
      .expect(404);
  });

  it('edits a legacy dockercfg secret in its own type, and converts it only when asked', async () => {
    const legacy = { 'r.example.com': { username: 'robot$project+name', password: `old $'"!` } };
    await kubectl(
      ['-n', namespace.name, 'create', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'legacy', labels: { team: 'a' } },
        type: 'kubernetes.io/dockercfg',
        data: { '.dockercfg': Buffer.from(JSON.stringify(legacy)).toString('base64') },
      }),
    );
    const registries = [{ server: 'r.example.com', username: 'robot$project+name', password: `new $'"\`\\!` }];
    const edited = await request(app).put(`${base}/legacy`).set(json).send({ registries }).expect(200);
    expect(edited.body).toMatchObject({
      type: 'kubernetes.io/dockercfg',
      registries: [{ username: 'robot$project+name' }],
    });
    const stored = await core.readNamespacedSecret({ name: 'legacy', namespace: namespace.name });
    expect(JSON.parse(Buffer.from(stored.data?.['.dockercfg'] ?? '', 'base64').toString())).toMatchObject({
      'r.example.com': { username: 'robot$project+name', password: `new $'"\`\\!` },
    });
    const converted = await request(app)
      .put(`${base}/legacy`)
      .set(json)
      .send({
        registries: [{ server: 'r.example.com', username: 'robot$project+name' }],
        convertTo: 'kubernetes.io/dockerconfigjson',
      })
      .expect(200);
    expect(converted.body).toMatchObject({ type: 'kubernetes.io/dockerconfigjson' });
    const after = await core.readNamespacedSecret({ name: 'legacy', namespace: namespace.name });
    expect(after.metadata?.labels).toEqual({ team: 'a' });
    expect(await storedConfig('legacy')).toMatchObject({
      auths: { 'r.example.com': { username: 'robot$project+name', password: `new $'"\`\\!` } },
    });
    expect(JSON.stringify([edited.body, converted.body])).not.toContain('new $');
  });

  it('deletes a secret', async () => {
    await request(app).delete(`${base}/plain`).set(json).expect(204);
    await request(app).get(`${base}/plain`).expect(404);
    await request(app).delete(`${base}/plain`).set(json).expect(404);
  });

  it('shows a restricted user the secret even where it may not list ServiceAccounts', async () => {
    const restricted = testApp(loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG'))).app;
    const teamA = '/api/namespaces/team-a/secrets';
    const name = `usage-${Date.now().toString(36)}`;
    await request(restricted)
      .post(teamA)
      .set(json)
      .send({ name, registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] })
      .expect(201);
    try {
      const detail = secretDetail.parse((await request(restricted).get(`${teamA}/${name}`).expect(200)).body);
      expect(detail.usedBy).toEqual({ deployments: [], serviceAccounts: [], hidden: ['serviceAccounts'] });
    } finally {
      await request(restricted).delete(`${teamA}/${name}`).set(json).expect(204);
    }
  });

  it('says who may not do what where (403)', async () => {
    const restricted = testApp(loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG'))).app;
    const res = await request(restricted).get(base).expect(403);
    const error = apiError.parse(res.body);
    expect(error).toMatchObject({ status: 403, reason: 'Forbidden' });
    expect(error.message).toMatch(new RegExp(`^\\S+ cannot list secrets in namespace ${namespace.name}$`));
  });
});
