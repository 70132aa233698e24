// A password rotated through the BFF in a secret made by `kubectl apply`, against the real API server: only the matched
// entry changes, and the old password is left nowhere in the stored object (kubectl's last-applied copy held it).
import { CoreV1Api, type V1Secret } from '@kubernetes/client-node';
import request from 'supertest';
import { apiError, credentialRotationResult, secretCopyResults } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, kubectl, testApp, testNamespace } from '../../testing/cluster';
import { lastAppliedAnnotation } from './last-applied';

const [home, other] = ['rv-rotate-a', 'rv-rotate-b'].map(testNamespace) as [
  ReturnType<typeof testNamespace>,
  ReturnType<typeof testNamespace>,
];
const { app } = testApp();
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const json = { 'Content-Type': 'application/json' };
const username = 'robot$project+name';
const oldPassword = `old-applied-${Date.now()}`;
const newPassword = `new-applied-${Date.now()}`;
const base64 = (text: string) => Buffer.from(text).toString('base64');
const otherEntry = { username: 'ci', password: 'kept', auth: base64('ci:kept'), identitytoken: 'token-kept' };
const config = {
  auths: {
    'harbor.example.com': { username, password: oldPassword, auth: base64(`${username}:${oldPassword}`) },
    'quay.example.com': otherEntry,
  },
  credsStore: 'desktop',
};

/** Every text the stored secret holds, its data and the data of kubectl's last-applied copy decoded. */
function storedTexts(secret: V1Secret): string[] {
  const applied = secret.metadata?.annotations?.[lastAppliedAnnotation];
  const appliedData = applied === undefined ? {} : ((JSON.parse(applied) as V1Secret).data ?? {});
  const encoded = [...Object.values(secret.data ?? {}), ...Object.values(appliedData)];
  return [JSON.stringify(secret), ...encoded.map((value) => Buffer.from(value, 'base64').toString())];
}

function expectNoOldPassword(secret: V1Secret) {
  for (const text of storedTexts(secret))
    for (const form of [oldPassword, base64(oldPassword), base64(`${username}:${oldPassword}`)])
      expect(text).not.toContain(form);
}

async function apply(namespace: string) {
  await kubectl(
    ['-n', namespace, 'apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'applied' },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': base64(JSON.stringify(config)), note: base64('an extra key') },
    }),
  );
}

describe('a password rotated in a secret made by kubectl apply', () => {
  beforeAll(async () => {
    await Promise.all([home.create(), other.create()]);
    await Promise.all([apply(home.name), apply(other.name)]);
  });
  afterAll(() => Promise.all([home.remove(), other.remove()]));

  it('finds the secrets without a new password, and refuses to rotate without one (422, nothing changed)', async () => {
    const search = { server: 'harbor.example.com', username, namespaces: [home.name] };
    const found = await request(app)
      .post('/api/registry-credentials/rotate?dryRun=true')
      .set(json)
      .send(search)
      .expect(200);
    expect(credentialRotationResult.parse(found.body).secrets).toEqual([
      { namespace: home.name, name: 'applied', result: 'found' },
    ]);
    const refused = await request(app).post('/api/registry-credentials/rotate').set(json).send(search).expect(422);
    expect(apiError.parse(refused.body).fields?.map((f) => f.path)).toEqual(['password']);
    const stored = await core.readNamespacedSecret({ name: 'applied', namespace: home.name });
    expect(storedTexts(stored).join('\n')).toContain(oldPassword);
  });

  it('changes only the matched entry and leaves the old password nowhere in the object', async () => {
    const before = await core.readNamespacedSecret({ name: 'applied', namespace: home.name });
    expect(storedTexts(before).join('\n')).toContain(oldPassword);
    const res = await request(app)
      .post('/api/registry-credentials/rotate')
      .set(json)
      .send({ server: 'harbor.example.com', username, password: newPassword, namespaces: [home.name] })
      .expect(200);
    expect(credentialRotationResult.parse(res.body).secrets).toEqual([
      { namespace: home.name, name: 'applied', result: 'updated' },
    ]);
    const after = await core.readNamespacedSecret({ name: 'applied', namespace: home.name });
    expectNoOldPassword(after);
    expect(after.metadata?.annotations?.[lastAppliedAnnotation]).toBeUndefined();
    expect(after.data?.note).toBe(base64('an extra key'));
    const rotated = JSON.parse(Buffer.from(after.data?.['.dockerconfigjson'] ?? '', 'base64').toString()) as unknown;
    expect(rotated).toEqual({
      auths: {
        'harbor.example.com': { username, password: newPassword, auth: base64(`${username}:${newPassword}`) },
        'quay.example.com': otherEntry,
      },
      credsStore: 'desktop',
    });
  });

  it('an overwriting copy leaves none of the overwritten secret applied data behind', async () => {
    const res = await request(app)
      .post(`/api/namespaces/${home.name}/secrets/applied/copies`)
      .set(json)
      .send({ namespaces: [other.name], overwrite: true })
      .expect(200);
    expect(secretCopyResults.parse(res.body).results).toEqual([{ namespace: other.name, result: 'replaced' }]);
    const copy = await core.readNamespacedSecret({ name: 'applied', namespace: other.name });
    expectNoOldPassword(copy);
  });

  it('an edit of the password through the secret form leaves the old one nowhere either', async () => {
    await kubectl(['-n', other.name, 'delete', 'secret', 'applied']);
    await apply(other.name);
    await request(app)
      .put(`/api/namespaces/${other.name}/secrets/applied`)
      .set(json)
      .send({ registries: [{ server: 'harbor.example.com', username, password: newPassword }] })
      .expect(200);
    expectNoOldPassword(await core.readNamespacedSecret({ name: 'applied', namespace: other.name }));
  });
});
