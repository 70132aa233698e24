import { deploymentList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const listDeployments = (cluster: string, namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(cluster, namespace, 'deployments'), deploymentList, { ...(signal ? { signal } : {}) });

export const deploymentsQueryOptions = (cluster: string, namespace: string) =>
  queryOptions({
    queryKey: queryKeys.deployments(cluster, namespace),
    queryFn: ({ signal }) => listDeployments(cluster, namespace, signal),
  });

export const useDeployments = (namespace: string) => useQuery(deploymentsQueryOptions(useCurrentCluster(), namespace));
