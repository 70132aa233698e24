import { deploymentDetail } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const getDeployment = (namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'deployments', name), deploymentDetail, { ...(signal ? { signal } : {}) });

export const deploymentQueryOptions = (namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.deployment(namespace, name),
    queryFn: ({ signal }) => getDeployment(namespace, name, signal),
  });

export const useDeployment = (namespace: string, name: string) => useQuery(deploymentQueryOptions(namespace, name));
