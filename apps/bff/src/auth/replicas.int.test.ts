// Proof 4: two replicas given one session key file serve each other's sessions with no sticky routing; a rotation keeps
// old cookies working while the old key is listed second, and refuses them once it is gone; one changed byte is refused.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { apiError, csrfHeader } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/cluster';
import { serviceAccountToken, serviceAccountWithRole, testNamespace } from '../testing/service-accounts';
import { adminToken, signIn, tokenApp } from '../testing/signed-in';
import { fileKeyring, parseSessionKeys } from './session-keys';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const newKey = () => randomBytes(32).toString('base64');
const keyId = (key: string) => parseSessionKeys(key, 'test')[0]?.id;
const dir = mkdtempSync(path.join(tmpdir(), 'berth-session-keys-'));
const keyFile = path.join(dir, 'session-keys');
/** As a mounted Secret changes: the whole file replaced at once. */
const writeKeys = (...keys: string[]) => {
  writeFileSync(`${keyFile}.new`, `${keys.join('\n')}\n`);
  renameSync(`${keyFile}.new`, keyFile);
};
const [oldKey, rotatedKey] = [newKey(), newKey()];
writeKeys(oldKey);
const replica = () => tokenApp({ sessionKeys: fileKeyring(keyFile, () => undefined) }).app;
const replicas = [replica(), replica()] as const;
const namespace = testNamespace('in-cluster-replicas');

const statusOn = async (at: 0 | 1, cookie: string) =>
  (await request(replicas[at]).get('/api/session').set('Cookie', cookie)).status;

describe('sessions across two replicas sharing --session-key-file', () => {
  beforeAll(namespace.create);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await namespace.remove();
  });

  it('a session sealed by one replica works on the other, CSRF token included', async () => {
    const user = await signIn(replicas[0], adminToken());
    const other = await request(replicas[1]).get('/api/session').set('Cookie', user.cookie).expect(200);
    expect(other.body).toMatchObject({ username: 'berth-admin', csrfToken: user.csrfToken });
    // Past the CSRF check on the other replica: the body, not the token, is what is wrong.
    const bad = { name: 'BAD', registries: [] };
    await request(replicas[1])
      .post(`/api/namespaces/${namespace.name}/secrets`)
      .set(user.headers)
      .send(bad)
      .expect(422);
    const forged = { ...user.headers, [csrfHeader]: 'forged' };
    await request(replicas[1]).post(`/api/namespaces/${namespace.name}/secrets`).set(forged).send(bad).expect(403);
  });

  it('after a rotation (new key first, old second) old cookies still work on both; without the old key they are refused', async () => {
    const before = await signIn(replicas[0], adminToken());
    expect(before.cookie.split('.')[1]).toBe(keyId(oldKey));
    writeKeys(rotatedKey, oldKey);
    // Each replica re-reads the file within a second: its new sign-ins are sealed with the new key.
    for (const replica of replicas)
      await eventually('the rotated key in use', async () =>
        (await signIn(replica, adminToken())).cookie.split('.')[1] === keyId(rotatedKey) ? true : undefined,
      );
    const after = await signIn(replicas[1], adminToken());
    for (const at of [0, 1] as const) {
      expect(await statusOn(at, before.cookie), `old cookie on replica ${at}`).toBe(200);
      expect(await statusOn(at, after.cookie), `new cookie on replica ${at}`).toBe(200);
    }

    writeKeys(rotatedKey);
    for (const at of [0, 1] as const)
      await eventually(`replica ${at} to drop the old key`, async () =>
        (await statusOn(at, before.cookie)) === 401 ? true : undefined,
      );
    for (const replica of replicas) {
      const refused = await request(replica).get('/api/namespaces').set('Cookie', before.cookie).expect(401);
      expect(apiError.parse(refused.body).message).toBe('Sign in with a Kubernetes bearer token');
      // The browser drops the dead cookie, and the SPA shows its sign-in page on this 401.
      expect(String(refused.headers['set-cookie'])).toMatch(/berth-session=;.*Expires=Thu, 01 Jan 1970/);
      await request(replica).get('/api/session').set('Cookie', after.cookie).expect(200);
    }
  });

  it('idle expiry holds across replicas: activity on one re-seals the cookie the other then honours', async () => {
    const timeouts = { idleMs: 800, absoluteMs: 10_000 };
    const idleReplica = () => tokenApp({ timeouts, sessionKeys: fileKeyring(keyFile, () => undefined) }).app;
    const [a, b] = [idleReplica(), idleReplica()];
    const signedIn = await signIn(a, adminToken());
    await sleep(500);
    const active = await request(b).get('/api/session').set('Cookie', signedIn.cookie).expect(200);
    const resealed = String(active.headers['set-cookie']).split(';')[0] ?? '';
    expect(resealed).toMatch(/^berth-session=v1\./);
    await sleep(500);
    // 1 s after sign-in: idle since then on the cookie of the sign-in, active 0.5 s ago on the re-sealed one.
    await request(a).get('/api/session').set('Cookie', signedIn.cookie).expect(401);
    await request(a).get('/api/session').set('Cookie', resealed).expect(200);
  });

  it('refuses a cookie with any one byte changed, on both replicas', async () => {
    const user = await signIn(replicas[0], adminToken());
    const value = user.cookie.slice(user.cookie.indexOf('=') + 1);
    const parts = value.split('.');
    // One position in each part: version, key id, IV, ciphertext (start, middle, end) and tag.
    const positions = [0, 3, parts[0]!.length + 3, value.indexOf(parts[2]!) + 4, value.indexOf(parts[3]!)];
    positions.push(value.indexOf(parts[3]!) + Math.floor(parts[3]!.length / 2), value.lastIndexOf('.') - 1);
    positions.push(value.length - 2);
    for (const at of positions) {
      const swapped = value[at] === 'A' ? 'B' : 'A';
      const tampered = `${user.cookie.slice(0, user.cookie.indexOf('=') + 1)}${value.slice(0, at)}${swapped}${value.slice(at + 1)}`;
      for (const on of [0, 1] as const) expect(await statusOn(on, tampered), `byte ${at} on ${on}`).toBe(401);
    }
    expect(await statusOn(1, user.cookie)).toBe(200);
  });

  it('keeps a cookie holding a real service-account token under 4 KB', async () => {
    await serviceAccountWithRole(namespace.name, 'cookie-size', ['configmaps']);
    const token = await serviceAccountToken(namespace.name, 'cookie-size');
    const res = await request(replicas[0])
      .post('/api/session')
      .set('Content-Type', 'application/json')
      .send({ token })
      .expect(201);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).not.toContain(token);
    expect(setCookie).not.toContain(token.split('.')[1]);
    // Browsers keep at least 4096 bytes per cookie, name and attributes included.
    expect(setCookie.length, `token ${token.length} chars`).toBeLessThan(4096);
    expect(res.body).toMatchObject({ username: `system:serviceaccount:${namespace.name}:cookie-size` });
  });
});
