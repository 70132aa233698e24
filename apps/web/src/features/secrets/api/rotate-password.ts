import { credentialRotationResult, type CredentialRotationSearch } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clusterApiPath, useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

interface RotateVariables {
  /** A rotation's new password; a search (dry run) needs none. */
  request: CredentialRotationSearch;
  /** Only find the secrets that hold the login; change nothing. */
  dryRun: boolean;
}

export const rotatePassword = (cluster: string, { request, dryRun }: RotateVariables) =>
  fetchJson(
    `${clusterApiPath(cluster)}/registry-credentials/rotate${dryRun ? '?dryRun=true' : ''}`,
    credentialRotationResult,
    { method: 'POST', body: request },
  );

export function useRotatePassword() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (variables: RotateVariables) => rotatePassword(cluster, variables),
    onSuccess: (_, { request, dryRun }) =>
      dryRun
        ? undefined
        : Promise.all(
            request.namespaces.map((ns) => client.invalidateQueries({ queryKey: queryKeys.secrets(cluster, ns) })),
          ),
  });
}
