// Inside a pod, with no kubeconfig named: the pod's service account, as client-go's rest.InClusterConfig reads it. The
// token file is re-read as the kubelet rotates it (bound tokens expire), through the same tokenFile path as kubeconfigs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { SharedConnectionsKubeConfig } from '../shared-connections';
import { KubeConfigError } from './load-kubeconfig';

export const defaultServiceAccountDir = '/var/run/secrets/kubernetes.io/serviceaccount';
export const inClusterContext = 'in-cluster';

/** Where the pod's service account is mounted; `BERTH_SERVICE_ACCOUNT_DIR` moves it (tests, unusual mounts). */
export function serviceAccountDir(env: NodeJS.ProcessEnv): string {
  return env.BERTH_SERVICE_ACCOUNT_DIR || defaultServiceAccountDir;
}

/** `https://host:port`, an IPv6 address bracketed, from the variables the kubelet sets in every pod. */
export function inClusterServer(env: NodeJS.ProcessEnv): string {
  const host = env.KUBERNETES_SERVICE_HOST ?? '';
  const port = env.KUBERNETES_SERVICE_PORT ?? '';
  if (host === '') throw new KubeConfigError('In a pod KUBERNETES_SERVICE_HOST names the API server; it is empty');
  if (!/^\d{1,5}$/.test(port))
    throw new KubeConfigError(`KUBERNETES_SERVICE_PORT must be the API server's port; it is "${port}"`);
  return `https://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

function readMounted(dir: string, name: string, what: string): string {
  const file = path.join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new KubeConfigError(`Cannot read the service account's ${what} ${file}: ${code}`);
  }
  if (text === '') throw new KubeConfigError(`The service account's ${what} ${file} is empty`);
  return text;
}

/** The service account a token belongs to, from its own claims (display only: the API server decides who it is). */
export function serviceAccountOf(token: string): string | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const sub = typeof claims === 'object' && claims !== null && 'sub' in claims ? claims.sub : undefined;
    return typeof sub === 'string' && sub.startsWith('system:serviceaccount:') ? sub : undefined;
  } catch {
    return undefined;
  }
}

export interface InClusterIdentity {
  kubeConfig: KubeConfig;
  /** `system:serviceaccount:NAMESPACE:NAME` as the token says at start, for the banner. */
  serviceAccount: string;
}

/** The pod's service account as a kubeconfig; every file is checked now, so start-up fails naming the one missing. */
export function inClusterKubeConfig(env: NodeJS.ProcessEnv): InClusterIdentity {
  const dir = serviceAccountDir(env);
  const server = inClusterServer(env);
  const token = readMounted(dir, 'token', 'token');
  readMounted(dir, 'ca.crt', 'CA certificate');
  const namespace = readMounted(dir, 'namespace', 'namespace file');
  const serviceAccount = serviceAccountOf(token) ?? `a service account of namespace ${namespace}`;
  const kubeConfig = new SharedConnectionsKubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: inClusterContext, server, caFile: path.join(dir, 'ca.crt'), skipTLSVerify: false }],
    // client-node's `tokenFile` auth provider: user-credential.ts re-reads the file at most once a second.
    users: [
      {
        name: serviceAccount,
        authProvider: { name: 'tokenFile', config: { tokenFile: path.join(dir, 'token') } },
      },
    ],
    contexts: [{ name: inClusterContext, cluster: inClusterContext, user: serviceAccount, namespace }],
    currentContext: inClusterContext,
  });
  return { kubeConfig, serviceAccount };
}
