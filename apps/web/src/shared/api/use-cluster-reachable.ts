import { ApiError } from './api-error';
import { useReadyz } from './cluster';

/** BFF reasons meaning Berth has no credential for the cluster: the message is the fix (the plugin's own words). */
const credentialReasons = new Set(['CredentialPluginFailed', 'TokenFileUnreadable']);

export interface ClusterConnection {
  reachable: boolean;
  /** Why Berth has no credential for the cluster (a credential plugin's stderr and exit status), when that is why. */
  credentialProblem?: string;
}

/** The console's connection state, from the readyz poll. */
export function useClusterConnection(): ClusterConnection {
  const readyz = useReadyz();
  if (readyz.isError) {
    const error = readyz.error;
    return error instanceof ApiError && credentialReasons.has(error.reason)
      ? { reachable: false, credentialProblem: error.message }
      : { reachable: false };
  }
  return { reachable: readyz.data?.status !== 'unavailable' };
}

/** False once readyz fails: lists are then stale and writes are disabled until the API server is back. */
export function useClusterReachable(): boolean {
  return useClusterConnection().reachable;
}
