import { namespaceList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';
import { queryKeys } from './query-keys';

export const getNamespaces = (signal?: AbortSignal) =>
  fetchJson('/api/namespaces', namespaceList, { ...(signal ? { signal } : {}) });

export const namespacesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.namespaces(), queryFn: ({ signal }) => getNamespaces(signal), staleTime: 30_000 });

export const useNamespaces = () => useQuery(namespacesQueryOptions());
