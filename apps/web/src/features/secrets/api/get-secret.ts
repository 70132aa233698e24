import { secretDetail } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const getSecret = (namespace: string, name: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'secrets', name), secretDetail, { ...(signal ? { signal } : {}) });

export const secretQueryOptions = (namespace: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.secret(namespace, name),
    queryFn: ({ signal }) => getSecret(namespace, name, signal),
  });

export const useSecret = (namespace: string, name: string) => useQuery(secretQueryOptions(namespace, name));
