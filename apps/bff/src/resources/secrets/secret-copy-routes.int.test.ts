// Copies of a pull secret across namespaces, their comparison and a password rotated in all of them, against the real
// API server: each namespace's own result, and no response holding a password, its base64 or a plain digest of it.
import { createHash } from 'node:crypto';
import { CoreV1Api } from '@kubernetes/client-node';
import request from 'supertest';
import { apiError, credentialRotationResult, secretCopies, secretCopyResults } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, kubectl, testApp, testNamespace } from '../../testing/cluster';

const [home, first, second] = ['bff-copy-a', 'bff-copy-b', 'bff-copy-c'].map(testNamespace) as [
  ReturnType<typeof testNamespace>,
  ReturnType<typeof testNamespace>,
  ReturnType<typeof testNamespace>,
];
const { app, logs } = testApp();
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const json = { 'Content-Type': 'application/json' };
const oldPassword = `old $'"\`\\! pw ${Date.now()}`;
const otherPassword = `other-${Date.now()}`;
const newPassword = `new $'"\`\\! pw ${Date.now()}`;
const secretsOf = `/api/namespaces/${home.name}/secrets`;

/** Every form of each password a careless response could carry. */
function leakForms(): string[] {
  return [oldPassword, otherPassword, newPassword].flatMap((p) => [
    p,
    Buffer.from(p).toString('base64'),
    createHash('sha256').update(p).digest('hex'),
    createHash('sha256').update(p).digest('base64'),
  ]);
}

function expectNoLeak(body: unknown) {
  const text = JSON.stringify(body) + logs();
  for (const form of leakForms()) expect(text).not.toContain(form);
}

async function passwordIn(namespace: string, name: string): Promise<string | undefined> {
  const secret = await core.readNamespacedSecret({ name, namespace });
  const key = secret.type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
  const config = JSON.parse(Buffer.from(secret.data?.[key] ?? '', 'base64').toString()) as {
    auths?: Record<string, { password?: string }>;
  } & Record<string, { password?: string }>;
  const auths = config.auths ?? config;
  return Object.values(auths)[0]?.password;
}

describe('copies and rotation', () => {
  beforeAll(async () => {
    await Promise.all([home.create(), first.create(), second.create()]);
    await kubectl([
      '-n',
      home.name,
      'create',
      'secret',
      'docker-registry',
      'regcred',
      '--docker-server=harbor.example.com',
      '--docker-username=robot$project+name',
      `--docker-password=${oldPassword}`,
    ]);
  });
  afterAll(() => Promise.all([home.remove(), first.remove(), second.remove()]));

  it('with ?dryRun=All (or true) answers what a copy would do and writes nothing, as every other write (it once copied)', async () => {
    const dryRunOnly = testNamespace('rv-copy-dry');
    await dryRunOnly.create();
    try {
      for (const dryRun of ['All', 'true']) {
        const res = await request(app)
          .post(`${secretsOf}/regcred/copies?dryRun=${dryRun}`)
          .set(json)
          .send({ namespaces: [dryRunOnly.name] })
          .expect(200);
        expect(secretCopyResults.parse(res.body).results).toEqual([{ namespace: dryRunOnly.name, result: 'created' }]);
        await expect(core.readNamespacedSecret({ name: 'regcred', namespace: dryRunOnly.name })).rejects.toMatchObject({
          code: 404,
        });
      }
      await request(app)
        .post(`${secretsOf}/regcred/copies?dryRun=yes`)
        .set(json)
        .send({ namespaces: [dryRunOnly.name] })
        .expect(400);
    } finally {
      await dryRunOnly.remove();
    }
  });

  it('copies to several namespaces, reporting one that exists instead of overwriting it', async () => {
    await kubectl([
      '-n',
      second.name,
      'create',
      'secret',
      'docker-registry',
      'regcred',
      '--docker-server=harbor.example.com',
      '--docker-username=robot$project+name',
      `--docker-password=${otherPassword}`,
    ]);
    const res = await request(app)
      .post(`${secretsOf}/regcred/copies`)
      .set(json)
      .send({ namespaces: [first.name, second.name] })
      .expect(200);
    expect(secretCopyResults.parse(res.body).results).toEqual([
      { namespace: first.name, result: 'created' },
      { namespace: second.name, result: 'exists', message: expect.stringContaining('left as it is') as string },
    ]);
    expect(await passwordIn(first.name, 'regcred')).toBe(oldPassword);
    expect(await passwordIn(second.name, 'regcred')).toBe(otherPassword);
    expectNoLeak(res.body);
  });

  it('flags the copy whose password differs, by keyed digest only', async () => {
    const res = await request(app)
      .get(`${secretsOf}/regcred/copies?namespaces=${first.name},${second.name}`)
      .expect(200);
    const copies = secretCopies.parse(res.body);
    expect(copies.copies.map(({ namespace, state, differences }) => ({ namespace, state, differences }))).toEqual([
      { namespace: first.name, state: 'same', differences: [] },
      { namespace: second.name, state: 'differs', differences: ['password for harbor.example.com differs'] },
    ]);
    expect(copies.source.registries[0]?.passwordDigest).toBe(copies.copies[0]?.registries[0]?.passwordDigest);
    expectNoLeak(res.body);
  });

  it('refuses a namespaces parameter that is not namespace names with 422 naming it (it was a 500 for "..")', async () => {
    for (const namespaces of ['..', `${first.name}/x`]) {
      const res = await request(app).get(`${secretsOf}/regcred/copies?namespaces=${namespaces}`).expect(422);
      expect(apiError.parse(res.body).fields?.[0]?.path).toMatch(/^namespaces/);
    }
  });

  it('overwrites only when asked', async () => {
    const res = await request(app)
      .post(`${secretsOf}/regcred/copies`)
      .set(json)
      .send({ namespaces: [second.name], overwrite: true })
      .expect(200);
    expect(secretCopyResults.parse(res.body).results).toEqual([{ namespace: second.name, result: 'replaced' }]);
    expect(await passwordIn(second.name, 'regcred')).toBe(oldPassword);
  });

  it('rotates the password in every secret holding that registry and username, a dockercfg one in its own type', async () => {
    await kubectl(
      ['-n', first.name, 'create', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'legacy' },
        type: 'kubernetes.io/dockercfg',
        data: {
          '.dockercfg': Buffer.from(
            JSON.stringify({ 'https://harbor.example.com': { username: 'robot$project+name', password: oldPassword } }),
          ).toString('base64'),
        },
      }),
    );
    const body = {
      server: 'harbor.example.com',
      username: 'robot$project+name',
      password: newPassword,
      namespaces: [home.name, first.name, second.name],
    };
    const found = await request(app)
      .post('/api/registry-credentials/rotate?dryRun=true')
      .set(json)
      .send(body)
      .expect(200);
    expect(credentialRotationResult.parse(found.body).secrets.map((s) => s.result)).toEqual([
      'found',
      'found',
      'found',
      'found',
    ]);
    expect(await passwordIn(home.name, 'regcred')).toBe(oldPassword);
    // The API server's own spelling is a dry run too, as on every other write; it once rotated for real.
    const foundAll = await request(app)
      .post('/api/registry-credentials/rotate?dryRun=All')
      .set(json)
      .send(body)
      .expect(200);
    expect(credentialRotationResult.parse(foundAll.body).secrets.every((s) => s.result === 'found')).toBe(true);
    expect(await passwordIn(home.name, 'regcred')).toBe(oldPassword);
    await request(app).post('/api/registry-credentials/rotate?dryRun=yes').set(json).send(body).expect(400);
    expect(await passwordIn(home.name, 'regcred')).toBe(oldPassword);
    const res = await request(app).post('/api/registry-credentials/rotate').set(json).send(body).expect(200);
    const result = credentialRotationResult.parse(res.body);
    expect(result.secrets).toEqual([
      { namespace: home.name, name: 'regcred', result: 'updated' },
      { namespace: first.name, name: 'legacy', result: 'updated' },
      { namespace: first.name, name: 'regcred', result: 'updated' },
      { namespace: second.name, name: 'regcred', result: 'updated' },
    ]);
    for (const [namespace, name] of [
      [home.name, 'regcred'],
      [first.name, 'legacy'],
      [first.name, 'regcred'],
      [second.name, 'regcred'],
    ] as const)
      expect(await passwordIn(namespace, name)).toBe(newPassword);
    const legacy = await core.readNamespacedSecret({ name: 'legacy', namespace: first.name });
    expect(legacy.type).toBe('kubernetes.io/dockercfg');
    expectNoLeak(res.body);
    expectNoLeak(found.body);
    const again = await request(app).post('/api/registry-credentials/rotate').set(json).send(body).expect(200);
    expect(credentialRotationResult.parse(again.body).secrets.every((s) => s.result === 'unchanged')).toBe(true);
  });
});
