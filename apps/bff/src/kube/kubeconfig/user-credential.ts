// What one request to the API server carries for the kubeconfig's user: headers, and a client certificate when a
// credential plugin gave one. client-node's own authenticators are used only for the auth providers Berth does not own.
import type { User } from '@kubernetes/client-node';
import { CredentialError } from './credential-error';
import { execCacheKey, execCredential } from './exec-credentials';
import { execConfig, execInfo, type ClusterWithExecConfig } from './exec-info';
import { runCredentialPlugin } from './exec-plugin';
import { tokenFromFile } from './token-file';

export interface RequestCredential {
  headers: Record<string, string>;
  /** PEM, from the plugin; replaces the kubeconfig's own client certificate. */
  clientCertificate?: { cert: Buffer; key: Buffer };
}

interface AuthProviderConfig {
  name?: unknown;
  config?: { tokenFile?: unknown; exec?: unknown } | null;
}

function authProviderOf(user: User): AuthProviderConfig | undefined {
  // client-node types it `any`: read it as what kubeconfigs hold, or nothing.
  const provider = user.authProvider as AuthProviderConfig | null | undefined;
  return typeof provider === 'object' && provider !== null ? provider : undefined;
}

/** `tokenFile` (load-kubeconfig.ts turns it into client-node's `tokenFile` provider, as its in-cluster config has it). */
function tokenFileOf(user: User): string | undefined {
  const file = authProviderOf(user)?.config?.tokenFile;
  return typeof file === 'string' && file !== '' ? file : undefined;
}

/** `exec`, or client-node's older form of it inside `auth-provider.config`. */
function execOf(user: User): unknown {
  return (user.exec as unknown) ?? authProviderOf(user)?.config?.exec ?? undefined;
}

/** An auth provider (oidc, azure, gcp) that only client-node's authenticators know: they set headers, never certificates. */
export function usesClientNodeAuthProvider(user: User | null): boolean {
  return (
    user !== null && authProviderOf(user) !== undefined && tokenFileOf(user) === undefined && execOf(user) === undefined
  );
}

async function pluginCredential(user: User, cluster: ClusterWithExecConfig, certificateAuthority: () => Buffer | null) {
  const parsed = execConfig.safeParse(execOf(user));
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    throw new CredentialError(
      'CredentialPluginFailed',
      `The credential plugin of user ${user.name} is misconfigured: exec.${field} is missing or invalid`,
    );
  }
  const exec = parsed.data;
  const info = execInfo(exec, cluster, exec.provideClusterInfo === true ? certificateAuthority() : null);
  return execCredential(execCacheKey(exec, info), () => runCredentialPlugin(user.name, exec, info));
}

/**
 * This request's credential, in client-go's order: a token file (re-read), a token, a credential plugin (its kept
 * credential or one run shared by all waiting), then Basic auth. Impersonation rides along.
 */
export async function requestCredential(
  user: User | null,
  cluster: ClusterWithExecConfig,
  certificateAuthority: () => Buffer | null,
): Promise<RequestCredential> {
  if (user === null) return { headers: {} };
  const headers: Record<string, string> = {};
  let clientCertificate: RequestCredential['clientCertificate'];
  const tokenFile = tokenFileOf(user);
  if (tokenFile !== undefined) {
    headers.Authorization = `Bearer ${await tokenFromFile(tokenFile, user.name)}`;
  } else if (user.token) {
    headers.Authorization = `Bearer ${user.token}`;
  } else if (execOf(user) !== undefined) {
    const status = await pluginCredential(user, cluster, certificateAuthority);
    if (status.token !== undefined) headers.Authorization = `Bearer ${status.token}`;
    if (status.clientCertificateData !== undefined && status.clientKeyData !== undefined) {
      clientCertificate = { cert: Buffer.from(status.clientCertificateData), key: Buffer.from(status.clientKeyData) };
    }
  } else if (user.username) {
    headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password ?? ''}`).toString('base64')}`;
  }
  if (user.impersonateUser) headers['Impersonate-User'] = user.impersonateUser;
  return clientCertificate === undefined ? { headers } : { headers, clientCertificate };
}
