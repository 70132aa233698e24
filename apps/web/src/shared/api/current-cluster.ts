import { createContext, useContext } from 'react';

/** The cluster of today's short URLs (`/namespaces/…`) and of `/api/…`: the BFF's default context, unnamed. */
export const defaultCluster = '';

/** The cluster the page shows, from its URL (`/clusters/{cluster}/…`); the shell provides it to everything below. */
export const CurrentCluster = createContext<string>(defaultCluster);

export const useCurrentCluster = (): string => useContext(CurrentCluster);

/** `/api` for the default cluster, `/api/clusters/{cluster}` for a named one (a context name is one escaped segment). */
export const clusterApiPath = (cluster: string): string =>
  cluster === defaultCluster ? '/api' : `/api/clusters/${encodeURIComponent(cluster)}`;

/** The console's URL of a namespace's page: `/namespaces/{ns}/…` (default), `/clusters/{cluster}/namespaces/{ns}/…`. */
export function namespaceHref(cluster: string, namespace: string, ...segments: string[]): string {
  const prefix = cluster === defaultCluster ? '' : `/clusters/${encodeURIComponent(cluster)}`;
  return [`${prefix}/namespaces`, namespace, ...segments]
    .map((s, i) => (i === 0 ? s : encodeURIComponent(s)))
    .join('/');
}
