import { deploymentDetail } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const getDeployment = (cluster: string, namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'deployments', name), deploymentDetail, {
    ...(signal ? { signal } : {}),
  });

export const deploymentQueryOptions = (cluster: string, namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.deployment(cluster, namespace, name),
    queryFn: ({ signal }) => getDeployment(cluster, namespace, name, signal),
  });

export const useDeployment = (namespace: string, name: string) =>
  useQuery(deploymentQueryOptions(useCurrentCluster(), namespace, name));
