import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { defaultCluster } from './current-cluster';
import { queryKeys } from './query-keys';

/**
 * A 4xx is the server's answer (forbidden, not found, invalid), and so is a credential problem (a failed plugin, a
 * refused token): only the user can fix those, so retrying only delays the message (and re-runs the plugin).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && (error.isClientError || error.isCredentialProblem)) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A 401 means the session ended (signed out elsewhere, timed out): ask again who is signed in. Not from a named
    // cluster: there it means "sign in to this cluster" (token mode), and the session goes on.
    queryCache: new QueryCache({
      onError: (error, query) => {
        const [scope, cluster] = query.queryKey;
        const namedCluster = scope === 'cluster' && cluster !== defaultCluster;
        if (error instanceof ApiError && error.status === 401 && scope !== queryKeys.session()[0] && !namedCluster) {
          void client.invalidateQueries({ queryKey: queryKeys.session() });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
