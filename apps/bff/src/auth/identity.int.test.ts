// RBAC pass-through: each request acts as its own session's user, as the API server itself reports.
import request from 'supertest';
import { apiError, namespacePermissions, secretList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '../testing/cluster';
import { adminToken, listen, restrictedToken, signIn, tokenApp, type SignedIn } from '../testing/signed-in';

const { app } = tokenApp();
const teamA = '/api/namespaces/team-a';
const suffix = Date.now().toString(36);

describe('the restricted user', () => {
  let user: SignedIn;
  beforeAll(async () => {
    user = await signIn(app, restrictedToken());
  });

  it('works fully in team-a', async () => {
    const secret = `identity-${suffix}`;
    const registry = {
      server: env('BERTH_REGISTRY'),
      username: env('BERTH_REGISTRY_USERNAME'),
      password: env('BERTH_REGISTRY_PASSWORD'),
    };
    await request(app)
      .post(`${teamA}/secrets`)
      .set(user.headers)
      .send({ name: secret, registries: [registry] })
      .expect(201);
    const list = secretList.parse((await request(app).get(`${teamA}/secrets`).set(user.headers).expect(200)).body);
    expect(list.items.map((s) => s.name)).toContain(secret);
    await request(app).get(`${teamA}/secrets/${secret}`).set(user.headers).expect(200);
    const deployment = {
      name: secret,
      replicas: 0,
      containers: [{ name: 'c', image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1` }],
      imagePullSecrets: [secret],
    };
    await request(app).post(`${teamA}/deployments`).set(user.headers).send(deployment).expect(201);
    await request(app).get(`${teamA}/deployments/${secret}`).set(user.headers).expect(200);
    await request(app).patch(`${teamA}/deployments/${secret}`).set(user.headers).send({ replicas: 0 }).expect(200);
    const permissions = namespacePermissions.parse(
      (await request(app).get(`${teamA}/permissions`).set(user.headers).expect(200)).body,
    );
    // team-a's Role lets the restricted user edit Deployments only, so the other kinds' Create stays disabled.
    expect(permissions).toEqual({
      createSecrets: true,
      createDeployments: true,
      createStatefulSets: false,
      createDaemonSets: false,
      createJobs: false,
      createCronJobs: false,
      patchDeployments: true,
      patchStatefulSets: false,
      patchDaemonSets: false,
      deletePods: true,
      patchServiceAccounts: false,
      getPodLogs: false,
    });
    await request(app).delete(`${teamA}/deployments/${secret}`).set(user.headers).expect(204);
    await request(app).delete(`${teamA}/secrets/${secret}`).set(user.headers).expect(204);
  });

  it('gets a 403 sentence naming itself everywhere else', async () => {
    for (const path of [
      '/api/namespaces/default/secrets',
      '/api/namespaces/kube-system/deployments',
      '/api/namespaces',
    ]) {
      const res = await request(app).get(path).set(user.headers).expect(403);
      const error = apiError.parse(res.body);
      expect(error.reason).toBe('Forbidden');
      expect(error.message, path).toMatch(/^berth-restricted cannot (list|get) \w+/);
    }
    const create = await request(app)
      .post('/api/namespaces/default/secrets')
      .set(user.headers)
      .send({ name: 'nope', registries: [{ server: 'r.io', username: 'u', password: 'p' }] })
      .expect(403);
    expect(apiError.parse(create.body).message).toBe('berth-restricted cannot create secrets in namespace default');
    const permissions = namespacePermissions.parse(
      (await request(app).get('/api/namespaces/default/permissions').set(user.headers).expect(200)).body,
    );
    expect(new Set(Object.values(permissions))).toEqual(new Set([false]));
  });
});

describe('interleaved concurrent requests of two users and an anonymous client', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen(app);
  });
  afterAll(() => server.server.close());

  it('never answer one with another identity (1,200 requests, 48 in flight)', async () => {
    const admin = await signIn(server.server, adminToken());
    const restricted = await signIn(server.server, restrictedToken());
    type Who = 'admin' | 'restricted' | 'anonymous';
    const cookieOf: Record<Who, string | undefined> = {
      admin: admin.cookie,
      restricted: restricted.cookie,
      anonymous: undefined,
    };
    // Each answer reveals whom the API server saw: the SelfSubjectAccessReview's verdict, or the user its 403 names.
    const probes = [
      '/api/namespaces/kube-system/permissions',
      '/api/namespaces/default/secrets',
      '/api/namespaces',
      '/api/cluster',
    ];
    const calls: { who: Who; path: string }[] = [];
    for (let i = 0; i < 1_200; i++)
      calls.push({
        who: (['admin', 'restricted', 'anonymous'] as const)[i % 3] ?? 'anonymous',
        path: probes[Math.floor(i / 3) % probes.length] ?? '/api/namespaces',
      });
    // Shuffle deterministically so neighbours in flight belong to different users.
    for (let i = calls.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [calls[i], calls[j]] = [calls[j] ?? calls[i]!, calls[i]!];
    }
    const wrong: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < calls.length) {
        const call = calls[next++]!;
        const cookie = cookieOf[call.who];
        const res = await fetch(`${server.url}${call.path}`, cookie ? { headers: { Cookie: cookie } } : {});
        const text = await res.text();
        const verdict = judge(call.who, call.path, res.status, text);
        if (verdict !== undefined) wrong.push(`${call.who} ${call.path}: ${verdict}`);
      }
    };
    await Promise.all(Array.from({ length: 48 }, worker));
    expect(next).toBe(1_200);
    expect(wrong).toEqual([]);
  });
});

/** Undefined when the answer fits the identity that asked; otherwise what was wrong. */
function judge(
  who: 'admin' | 'restricted' | 'anonymous',
  path: string,
  status: number,
  text: string,
): string | undefined {
  if (who === 'anonymous') return status === 401 ? undefined : `anonymous got ${status}`;
  const admin = who === 'admin';
  if (path.endsWith('/permissions')) {
    const expected = JSON.stringify({
      createSecrets: admin,
      createDeployments: admin,
      createStatefulSets: admin,
      createDaemonSets: admin,
      createJobs: admin,
      createCronJobs: admin,
      patchDeployments: admin,
      patchStatefulSets: admin,
      patchDaemonSets: admin,
      deletePods: admin,
      patchServiceAccounts: admin,
      getPodLogs: admin,
    });
    return status === 200 && JSON.stringify(JSON.parse(text)) === expected ? undefined : `${status} ${text}`;
  }
  if (path === '/api/cluster') {
    return status === 200 && (JSON.parse(text) as { user: string }).user === `berth-${who}`
      ? undefined
      : `${status} ${text}`;
  }
  if (admin) return status === 200 ? undefined : `${status} ${text}`;
  return status === 403 && text.includes('berth-restricted cannot list') ? undefined : `${status} ${text}`;
}
