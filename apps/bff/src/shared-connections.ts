// client-node 2.0.1 builds a new undici Agent for every API request, so every call paid a TLS handshake and a new
// SecureContext (hundreds of MB under load). This KubeConfig keeps one Agent per distinct cluster TLS material instead.
import { createHash } from 'node:crypto';
import { KubeConfig, bufferFromFileOrString, type RequestContext } from '@kubernetes/client-node';

type Dispatcher = NonNullable<ReturnType<RequestContext['getDispatcher']>>;

/** Process-wide: bounded by the number of distinct (cluster, client certificate) pairs, not by users or requests. */
const dispatchers = new Map<string, Dispatcher>();

function digest(bytes: Buffer | null | undefined): string {
  return bytes ? createHash('sha256').update(bytes).digest('hex') : '';
}

/**
 * What a TLS connection to the API server is bound to: server, proxy, CA, verification and client certificate.
 * Undefined when a credential plugin may add a client certificate per request (exec, auth-provider): those keep
 * client-node's own dispatcher. Bearer tokens and Basic auth travel in headers, so they are not part of the key.
 */
export function tlsMaterialKey(kubeConfig: KubeConfig): string | undefined {
  const cluster = kubeConfig.getCurrentCluster();
  const user = kubeConfig.getCurrentUser();
  if (cluster === null || user?.exec !== undefined || user?.authProvider !== undefined) return undefined;
  const material = [
    cluster.server,
    cluster.proxyUrl ?? '',
    cluster.tlsServerName ?? '',
    cluster.skipTLSVerify === true,
    digest(bufferFromFileOrString(cluster.caFile, cluster.caData)),
    digest(bufferFromFileOrString(user?.certFile, user?.certData)),
    digest(bufferFromFileOrString(user?.keyFile, user?.keyData)),
  ];
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

/** A KubeConfig whose API clients reuse keep-alive connections across requests and across token users of one cluster. */
export class SharedConnectionsKubeConfig extends KubeConfig {
  /** Per context: the key reads CA and certificate files and hashes them, too much for every API request. */
  private readonly keys = new Map<string, string | undefined>();

  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    // client-node sets the headers (token, Basic, plugins) and its fresh dispatcher; only the dispatcher is swapped.
    await super.applySecurityAuthentication(context);
    const fresh = context.getDispatcher();
    const contextName = this.getCurrentContext();
    if (!this.keys.has(contextName)) this.keys.set(contextName, tlsMaterialKey(this));
    const key = this.keys.get(contextName);
    if (fresh === undefined || key === undefined) return;
    const shared = dispatchers.get(key);
    if (shared === undefined) dispatchers.set(key, fresh);
    else context.setDispatcher(shared);
  }
}

/** A SharedConnectionsKubeConfig holding the same clusters, users and contexts as `source`. */
export function sharingConnections(source: KubeConfig): SharedConnectionsKubeConfig {
  if (source instanceof SharedConnectionsKubeConfig) return source;
  const kubeConfig = new SharedConnectionsKubeConfig();
  kubeConfig.loadFromOptions({ clusters: source.getClusters(), users: source.getUsers(), contexts: source.getContexts(), currentContext: source.getCurrentContext() });
  return kubeConfig;
}
