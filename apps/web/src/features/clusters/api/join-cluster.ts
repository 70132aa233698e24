import { sessionInfo } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../shared/api/csrf-token';
import { fetchJson } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

/** Token mode: add a cluster's token to the session (checked by that cluster's API server); the session goes on. */
export const joinCluster = (cluster: string, token: string) =>
  fetchJson('/api/session', sessionInfo, { method: 'POST', body: { token, cluster } });

export function useJoinCluster(cluster: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => joinCluster(cluster, token),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // What was asked of the cluster without a token (401s) is asked again, now as the token's user.
      void client.resetQueries({ queryKey: queryKeys.cluster(cluster) });
      void client.invalidateQueries({ queryKey: queryKeys.clusters() });
    },
  });
}
