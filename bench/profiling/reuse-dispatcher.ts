// Profiling experiment (BERTH_BENCH_REUSE_DISPATCHER=1 npm run bench): loaded into the BFF and into the bench's own client.
// client-node 2.0.1 builds a new undici Agent, so a new TLS connection and SecureContext, for every API request;
// this memoises it per KubeConfig, cluster and user: the fix proposed for apps/bff/src/kubernetes.ts.
import { KubeConfig, type Cluster } from '@kubernetes/client-node';

type CreateDispatcher = (this: KubeConfig, cluster: Cluster | null, agentOptions: object) => unknown;
// createDispatcher is private in the typings; this experiment replaces it on purpose.
const prototype = KubeConfig.prototype as unknown as { createDispatcher: CreateDispatcher };
const createDispatcher = prototype.createDispatcher;
const dispatchers = new WeakMap<KubeConfig, Map<string, unknown>>();

prototype.createDispatcher = function reuseDispatcher(cluster, agentOptions) {
  const key = `${cluster?.name ?? ''}/${this.getCurrentUser()?.name ?? ''}`;
  let byKey = dispatchers.get(this);
  if (byKey === undefined) {
    byKey = new Map();
    dispatchers.set(this, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, createDispatcher.call(this, cluster, agentOptions));
  return byKey.get(key);
};
