import { pullSecretUsers } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const getSecretUsers = (cluster: string, namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'secrets', name, 'users'), pullSecretUsers, {
    ...(signal ? { signal } : {}),
  });

export const secretUsersQueryOptions = (cluster: string, namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.secretUsers(cluster, namespace, name),
    queryFn: ({ signal }) => getSecretUsers(cluster, namespace, name, signal),
  });

export const useSecretUsers = (namespace: string, name: string) =>
  useQuery(secretUsersQueryOptions(useCurrentCluster(), namespace, name));
