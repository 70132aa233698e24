import { deploymentList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const listDeployments = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'deployments'), deploymentList, { ...(signal ? { signal } : {}) });

export const deploymentsQueryOptions = (namespace: string) =>
  queryOptions({
    queryKey: queryKeys.deployments(namespace),
    queryFn: ({ signal }) => listDeployments(namespace, signal),
  });

export const useDeployments = (namespace: string) => useQuery(deploymentsQueryOptions(namespace));
