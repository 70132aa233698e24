import { serviceList } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const listServices = (namespace: string, signal?: AbortSignal) =>
  fetchJson(namespacePath(namespace, 'services'), serviceList, { ...(signal ? { signal } : {}) });

/** The namespace's Services; the stream keeps the cached list current. */
export const servicesQueryOptions = (namespace: string) =>
  queryOptions({ queryKey: queryKeys.services(namespace), queryFn: ({ signal }) => listServices(namespace, signal) });

export const useServices = (namespace: string) => useQuery(servicesQueryOptions(namespace));
