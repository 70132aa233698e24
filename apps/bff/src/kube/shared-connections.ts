// client-node 2.0.1 builds a new undici Agent for every API request, so every call paid a TLS handshake and a new
// SecureContext (hundreds of MB under load). This KubeConfig keeps one Agent per distinct cluster TLS material instead,
// for every kind of user: tokens travel in headers, and a plugin's client certificate is part of the material.
import { createHash } from 'node:crypto';
import {
  HttpMethod,
  KubeConfig,
  ServerConfiguration,
  bufferFromFileOrString,
  type RequestContext,
} from '@kubernetes/client-node';
import { LRUCache } from 'lru-cache';
import type { ClusterWithExecConfig } from './kubeconfig/exec-info';
import { requestCredential, usesClientNodeAuthProvider } from './kubeconfig/user-credential';

type Dispatcher = NonNullable<ReturnType<RequestContext['getDispatcher']>>;

/** Process-wide, by TLS material; bounded because each new plugin certificate is a new entry. Evicted Agents close their idle sockets themselves. */
const dispatchers = new LRUCache<string, Promise<{ dispatcher: Dispatcher | undefined }>>({ max: 100 });

function digest(bytes: Buffer | null | undefined): string {
  return bytes ? createHash('sha256').update(bytes).digest('hex') : '';
}

/** The TLS side of a context that does not change per request: CA and the kubeconfig's own client certificate. */
interface ContextMaterial {
  certificateAuthority: Buffer | null;
  cert: Buffer | null;
  key: Buffer | null;
}

/** What a TLS connection to the API server is bound to: server, proxy, CA, verification and client certificate. */
export function tlsMaterialKey(cluster: ClusterWithExecConfig, material: ContextMaterial): string {
  const parts = [cluster.server, cluster.proxyUrl ?? '', cluster.tlsServerName ?? '', cluster.skipTLSVerify === true];
  const bytes = [material.certificateAuthority, material.cert, material.key].map(digest);
  return createHash('sha256')
    .update(JSON.stringify([...parts, ...bytes]))
    .digest('hex');
}

/** The dispatcher client-node itself would build for this cluster and certificate (proxies, SNI, verification), built once. */
async function newDispatcher(
  cluster: ClusterWithExecConfig,
  material: ContextMaterial,
): Promise<{ dispatcher: Dispatcher | undefined }> {
  const tlsOnly = new KubeConfig();
  const base64 = (bytes: Buffer | null) => (bytes === null ? undefined : bytes.toString('base64'));
  tlsOnly.loadFromClusterAndUser(
    { ...cluster, caFile: undefined, caData: base64(material.certificateAuthority) },
    { name: 'tls-material', certData: base64(material.cert), keyData: base64(material.key) },
  );
  const probe = new ServerConfiguration<Record<string, string>>(cluster.server, {}).makeRequestContext(
    '/',
    HttpMethod.GET,
  );
  await tlsOnly.applySecurityAuthentication(probe);
  return { dispatcher: probe.getDispatcher() };
}

/** A KubeConfig whose API clients reuse keep-alive connections across requests and across users of one cluster. */
export class SharedConnectionsKubeConfig extends KubeConfig {
  /** Per context: reading CA and certificate files for every API request would cost more than the request. */
  private readonly materials = new Map<string, ContextMaterial>();

  private contextMaterial(cluster: ClusterWithExecConfig): ContextMaterial {
    const contextName = this.getCurrentContext();
    let material = this.materials.get(contextName);
    if (material === undefined) {
      const user = this.getCurrentUser();
      material = {
        certificateAuthority: bufferFromFileOrString(cluster.caFile, cluster.caData),
        cert: bufferFromFileOrString(user?.certFile, user?.certData),
        key: bufferFromFileOrString(user?.keyFile, user?.keyData),
      };
      this.materials.set(contextName, material);
    }
    return material;
  }

  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    const cluster = this.getCurrentCluster();
    const user = this.getCurrentUser();
    if (cluster === null) return super.applySecurityAuthentication(context);
    const material = this.contextMaterial(cluster);
    if (usesClientNodeAuthProvider(user)) {
      // oidc, azure, gcp: client-node sets their headers; the TLS material is the kubeconfig's own.
      await super.applySecurityAuthentication(context);
    } else {
      const credential = await requestCredential(user, cluster, () => material.certificateAuthority);
      for (const [name, value] of Object.entries(credential.headers)) context.setHeaderParam(name, value);
      if (credential.clientCertificate !== undefined) {
        const { cert, key } = credential.clientCertificate;
        return this.useDispatcher(context, cluster, { ...material, cert, key });
      }
    }
    return this.useDispatcher(context, cluster, material);
  }

  private async useDispatcher(
    context: RequestContext,
    cluster: ClusterWithExecConfig,
    material: ContextMaterial,
  ): Promise<void> {
    const key = tlsMaterialKey(cluster, material);
    let shared = dispatchers.get(key);
    if (shared === undefined) {
      shared = newDispatcher(cluster, material);
      dispatchers.set(key, shared);
      shared.catch(() => dispatchers.delete(key));
    }
    const { dispatcher } = await shared;
    // None for plain http: fetch's global dispatcher, which keeps connections alive too.
    if (dispatcher !== undefined) context.setDispatcher(dispatcher);
  }
}

/** A SharedConnectionsKubeConfig holding the same clusters, users and contexts as `source`. */
export function sharingConnections(source: KubeConfig): SharedConnectionsKubeConfig {
  if (source instanceof SharedConnectionsKubeConfig) return source;
  const kubeConfig = new SharedConnectionsKubeConfig();
  kubeConfig.loadFromOptions({
    clusters: source.getClusters(),
    users: source.getUsers(),
    contexts: source.getContexts(),
    currentContext: source.getCurrentContext(),
  });
  return kubeConfig;
}
