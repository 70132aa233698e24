// Many signed-in users for the benchmarks: ServiceAccounts bound to one Role, and a bearer token for each.
import { ApiException, RbacAuthorizationV1Api, type V1Role } from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchCluster } from './cluster';
import { inBatches } from './stats';

const roleName = 'many-users-stream-reader';

/** What a namespace's stream reads: list and watch of its five kinds, and nothing else. */
const streamReader: V1Role = {
  metadata: { name: roleName },
  rules: [
    { apiGroups: [''], resources: ['secrets', 'pods', 'events', 'services'], verbs: ['get', 'list', 'watch'] },
    {
      apiGroups: ['apps'],
      resources: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'],
      verbs: ['get', 'list', 'watch'],
    },
    { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: ['get', 'list', 'watch'] },
  ],
};

const tokenSeconds = 3_600;

export interface ServiceAccountUser {
  name: string;
  token: string;
}

/** `count` ServiceAccounts in `home`, each with a token: TokenRequest (1.20 has it with an issuer), else the legacy token Secret. */
export async function serviceAccountUsers(
  cluster: BenchCluster,
  home: string,
  count: number,
): Promise<ServiceAccountUser[]> {
  const names = Array.from({ length: count }, (_, i) => `user-${String(i).padStart(3, '0')}`);
  await inBatches(names, 16, (name) =>
    cluster.core.createNamespacedServiceAccount({ namespace: home, body: { metadata: { name } } }),
  );
  const users: ServiceAccountUser[] = [];
  await inBatches(names, 16, async (name) => users.push({ name, token: await tokenOf(cluster, home, name) }));
  return users.sort((a, b) => a.name.localeCompare(b.name));
}

async function tokenOf(cluster: BenchCluster, namespace: string, name: string): Promise<string> {
  try {
    const request = await cluster.core.createNamespacedServiceAccountToken({
      name,
      namespace,
      body: { spec: { audiences: [], expirationSeconds: tokenSeconds } },
    });
    const token = request.status?.token;
    if (token) return token;
  } catch (error) {
    // 404: an API server without --service-account-issuer has no TokenRequest; anything else is a real failure.
    if (!(error instanceof ApiException) || error.code !== 404) throw error;
  }
  return legacyToken(cluster, namespace, name);
}

/** The token Secret the token controller makes for each ServiceAccount (Kubernetes before 1.24). */
async function legacyToken(cluster: BenchCluster, namespace: string, name: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const account = await cluster.core.readNamespacedServiceAccount({ name, namespace });
    for (const reference of account.secrets ?? []) {
      if (!reference.name) continue;
      const secret = await cluster.core.readNamespacedSecret({ name: reference.name, namespace });
      const token = secret.type === 'kubernetes.io/service-account-token' ? secret.data?.token : undefined;
      if (token) return Buffer.from(token, 'base64').toString('utf8');
    }
    await sleep(200);
  }
  throw new Error(`no token Secret for ServiceAccount ${namespace}/${name} within 30 s`);
}

/** The same Role in `namespace`, bound to every one of `users` (ServiceAccounts of `home`) by one RoleBinding. */
export async function grantStreamReading(
  cluster: BenchCluster,
  namespace: string,
  home: string,
  users: readonly ServiceAccountUser[],
): Promise<void> {
  const rbac = cluster.kubeConfig.makeApiClient(RbacAuthorizationV1Api);
  await rbac.createNamespacedRole({ namespace, body: { ...streamReader, metadata: { name: roleName, namespace } } });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name: roleName, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: roleName },
      subjects: users.map((u) => ({ kind: 'ServiceAccount', name: u.name, namespace: home })),
    },
  });
}
