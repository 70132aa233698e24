import { defaultServiceAccountName, effectivePullSecrets, serviceAccountList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from './current-cluster';
import { fetchJson, namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

// Shared because the secret's page links secrets to them and the workload form says what they would give its pods.
export const listServiceAccounts = (cluster: string, namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'serviceaccounts'), serviceAccountList, {
    ...(signal ? { signal } : {}),
  });

export const serviceAccountsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: queryKeys.serviceAccounts(cluster, namespace),
    queryFn: ({ signal }) => listServiceAccounts(cluster, namespace, signal),
  });

export const useServiceAccounts = (namespace: string) =>
  useQuery(serviceAccountsQueryOptions(useCurrentCluster(), namespace));

/**
 * The pull secrets a pod naming none gets at admission from `default` (Create Workload's pods run as it); undefined
 * until the ServiceAccounts are read.
 */
export function useDefaultServiceAccountPullSecrets(namespace: string): string[] | undefined {
  const { data } = useServiceAccounts(namespace);
  if (data === undefined) return undefined;
  return effectivePullSecrets(
    [],
    data.items.find((sa) => sa.name === defaultServiceAccountName),
  ).names;
}
