import { ApiError } from './api-error';
import { useCluster, useReadyz } from './cluster';
import { defaultCluster, useCurrentCluster } from './current-cluster';

export interface ClusterConnection {
  reachable: boolean;
  /** Why Berth has no usable credential for the cluster (a plugin's stderr and exit status, a 401), when that is why. */
  credentialProblem?: string;
  /** Token mode, a named cluster this session holds no token for (401): the BFF's words ("Sign in to cluster …"). */
  signInNeeded?: string;
}

/**
 * The console's connection state, from the readyz poll; before readyz first answers, from /api/cluster (asked first, by
 * the landing page), so a credential problem is shown from the first answer rather than "Live". Both are the page's own
 * cluster's: switching to a cluster that is down says so there, and one down elsewhere says nothing here.
 */
export function useClusterConnection(): ClusterConnection {
  const named = useCurrentCluster() !== defaultCluster;
  const readyz = useReadyz();
  const cluster = useCluster();
  // A 401 from a named cluster means "join this cluster", not "the session ended".
  if (named && cluster.error instanceof ApiError && cluster.error.status === 401)
    return { reachable: false, signInNeeded: cluster.error.message };
  if (readyz.isError) {
    const error = readyz.error;
    return error instanceof ApiError && error.isCredentialProblem
      ? { reachable: false, credentialProblem: error.message }
      : { reachable: false };
  }
  if (readyz.isPending) {
    if (cluster.isError) return { reachable: false };
    const problem = cluster.data?.credentialProblem;
    return problem === undefined ? { reachable: true } : { reachable: false, credentialProblem: problem.message };
  }
  return { reachable: readyz.data.status !== 'unavailable' };
}

/** False once readyz fails: lists are then stale and writes are disabled until the API server is back. */
export function useClusterReachable(): boolean {
  return useClusterConnection().reachable;
}
