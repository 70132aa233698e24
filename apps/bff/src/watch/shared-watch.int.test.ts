// Shared watches against the real API server: ServiceAccounts with and without a RoleBinding, revoked and handed over.
import { CoreV1Api, RbacAuthorizationV1Api, type KubernetesObject } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenKey, tokenKubeConfig } from '../auth/identity';
import { connectKubernetes } from '../kube/clients';
import { adminKubeConfig, eventually, testNamespace } from '../testing/cluster';
import { captureLogs } from '../testing/log-capture';
import { InformerHub, type WatchIdentity } from './informer-hub';

const namespace = testNamespace('bff-shared-watch');
const recheckMs = 2_000;
const hub = new InformerHub(captureLogs().logger, { accessRecheckMs: recheckMs });
const core = adminKubeConfig().makeApiClient(CoreV1Api);
const rbac = adminKubeConfig().makeApiClient(RbacAuthorizationV1Api);
const reader = 'secret-reader';

/** A ServiceAccount's identity as token sign-in builds it, with its own RoleBinding to the reader Role unless `bound` is false. */
async function serviceAccount(name: string, bound = true): Promise<WatchIdentity> {
  const ns = namespace.name;
  await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name } } });
  if (bound)
    await rbac.createNamespacedRoleBinding({
      namespace: ns,
      body: {
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: reader },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    });
  const request = await core.createNamespacedServiceAccountToken({
    name,
    namespace: ns,
    body: { spec: { audiences: [], expirationSeconds: 3_600 } },
  });
  const token = request.status?.token ?? '';
  return { key: tokenKey(token), kubernetes: connectKubernetes(tokenKubeConfig(adminKubeConfig(), token)) };
}

/** What one stream of an identity received: change lines and status states. */
function recorder() {
  const changes: string[] = [];
  const states: string[] = [];
  return {
    changes,
    states,
    listener: {
      change: (type: string, o: KubernetesObject) => changes.push(`${type} ${o.metadata?.name ?? ''}`),
      status: (state: string) => states.push(state),
    },
  };
}

const createSecret = (name: string) =>
  core.createNamespacedSecret({ namespace: namespace.name, body: { metadata: { name }, stringData: { k: 'v' } } });

const received = (r: ReturnType<typeof recorder>, name: string) => r.changes.includes(`added ${name}`);

describe('a watch shared by identities the API server allows', () => {
  const users: Record<'a' | 'b' | 'c' | 'd' | 'outsider', WatchIdentity> = {} as never;
  const streams = { a: recorder(), b: recorder(), c: recorder(), d: recorder(), outsider: recorder() };
  const unsubscribe: Partial<Record<keyof typeof streams, () => void>> = {};

  beforeAll(async () => {
    await namespace.create();
    await rbac.createNamespacedRole({
      namespace: namespace.name,
      body: {
        metadata: { name: reader },
        rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['list', 'watch'] }],
      },
    });
    for (const name of ['a', 'b', 'c', 'd'] as const) users[name] = await serviceAccount(name);
    users.outsider = await serviceAccount('outsider', false);
    await createSecret('before');
  });
  afterAll(async () => {
    await hub.close();
    await namespace.remove();
  });

  it('holds one upstream watch for all of them, and never gives the outsider a row', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'outsider'] as const)
      unsubscribe[name] = hub.subscribe(users[name], 'secrets', namespace.name, streams[name].listener);
    await createSecret('first');
    for (const name of ['a', 'b', 'c', 'd'] as const)
      await eventually(`${name} got both secrets`, () =>
        received(streams[name], 'before') && received(streams[name], 'first') ? true : undefined,
      );
    expect(hub.watchCount).toBe(1);
    expect(hub.holderOf('secrets', namespace.name)).toBe(users.a.key);
    await eventually('the outsider told it is forbidden', () =>
      streams.outsider.states.includes('forbidden') ? true : undefined,
    );
    expect(streams.outsider.changes).toEqual([]);
    expect(hub.list(users.outsider, 'secrets', namespace.name)).toEqual([]);
    expect(hub.list(users.b, 'secrets', namespace.name).map((s) => s.metadata?.name)).toContain('first');
  });

  it(`stops delivering to an identity within ${recheckMs / 1000} s of its RoleBinding being deleted`, async () => {
    const revoked = Date.now();
    await rbac.deleteNamespacedRoleBinding({ name: 'c', namespace: namespace.name });
    await eventually('c told it is forbidden', () => (streams.c.states.includes('forbidden') ? true : undefined));
    // One interval, plus the review itself on a busy 2-core machine.
    expect(Date.now() - revoked).toBeLessThan(recheckMs + 3_000);
    await createSecret('after-revoking');
    await eventually('b got it', () => (received(streams.b, 'after-revoking') ? true : undefined));
    expect(received(streams.c, 'after-revoking')).toBe(false);
    expect(hub.list(users.c, 'secrets', namespace.name)).toEqual([]);
    expect(streams.outsider.changes).toEqual([]);
  });

  it('hands the watch over when its holder leaves, and when its holder loses access', async () => {
    unsubscribe.a?.();
    expect(hub.holderOf('secrets', namespace.name)).toBe(users.b.key);
    await createSecret('after-a-left');
    await eventually('b and d got it', () =>
      received(streams.b, 'after-a-left') && received(streams.d, 'after-a-left') ? true : undefined,
    );
    await rbac.deleteNamespacedRoleBinding({ name: 'b', namespace: namespace.name });
    await eventually('the watch handed to d', () =>
      hub.holderOf('secrets', namespace.name) === users.d.key ? true : undefined,
    );
    await createSecret('after-b-revoked');
    await eventually('d got it', () => (received(streams.d, 'after-b-revoked') ? true : undefined));
    expect(received(streams.b, 'after-b-revoked')).toBe(false);
    expect(hub.watchCount).toBe(1);
    for (const leave of Object.values(unsubscribe)) leave();
    expect(hub.watchCount).toBe(0);
  });
});
