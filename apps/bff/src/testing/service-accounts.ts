// Real ServiceAccounts with their own Roles, real tokens from the TokenRequest API (`kubectl create token`), and a
// directory laid out as the kubelet mounts a pod's service account: token, ca.crt, namespace.
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CoreV1Api, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { adminKubeConfig, testNamespace } from './cluster';

/** A ServiceAccount `name` in `namespace` that may get and list only `resources` (core group) there; none: no Role. */
export async function serviceAccountWithRole(namespace: string, name: string, resources: string[]): Promise<void> {
  const kubeConfig = adminKubeConfig();
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const rbac = kubeConfig.makeApiClient(RbacAuthorizationV1Api);
  await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name } } });
  if (resources.length === 0) return;
  await rbac.createNamespacedRole({
    namespace,
    body: { metadata: { name }, rules: [{ apiGroups: [''], resources, verbs: ['get', 'list', 'watch'] }] },
  });
  await rbac.createNamespacedRoleBinding({
    namespace,
    body: {
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace }],
    },
  });
}

/** A bound token of the ServiceAccount, as the kubelet projects one (10 minutes: the API server's minimum). */
export async function serviceAccountToken(namespace: string, name: string): Promise<string> {
  const core = adminKubeConfig().makeApiClient(CoreV1Api);
  const request = await core.createNamespacedServiceAccountToken({
    name,
    namespace,
    body: { spec: { audiences: [], expirationSeconds: 600 } },
  });
  const token = request.status?.token;
  if (token === undefined) throw new Error(`no token for serviceaccount ${namespace}/${name}`);
  return token;
}

export interface ServiceAccountDir {
  dir: string;
  /** Replace the token as the kubelet does: write beside, then rename over. */
  rotateToken: (token: string) => void;
  remove: () => void;
}

/** The pod's mount: the token, the local API server's CA (or `caFile`) and the namespace. */
export function mountServiceAccount(token: string, namespace: string, caFile: string): ServiceAccountDir {
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-serviceaccount-'));
  const rotateToken = (next: string) => {
    writeFileSync(path.join(dir, '.token.new'), next);
    renameSync(path.join(dir, '.token.new'), path.join(dir, 'token'));
  };
  rotateToken(token);
  copyFileSync(caFile, path.join(dir, 'ca.crt'));
  writeFileSync(path.join(dir, 'namespace'), namespace);
  return { dir, rotateToken, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The CA file the admin kubeconfig trusts for the local API server. */
export function apiServerCaFile(): string {
  const file = adminKubeConfig().getCurrentCluster()?.caFile;
  if (file === undefined) throw new Error('the admin kubeconfig names no certificate-authority file');
  return file;
}

/** KUBERNETES_SERVICE_HOST/PORT of the local API server, as a pod would see its Service. */
export function inClusterEnv(dir: string): Record<string, string> {
  const server = new URL(adminKubeConfig().getCurrentCluster()?.server ?? '');
  return {
    KUBERNETES_SERVICE_HOST: server.hostname,
    KUBERNETES_SERVICE_PORT: server.port,
    BERTH_SERVICE_ACCOUNT_DIR: dir,
  };
}

export { testNamespace };
