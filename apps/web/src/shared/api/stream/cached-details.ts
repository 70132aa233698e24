import type { Query, QueryClient } from '@tanstack/react-query';

/** The cached detail queries below a list key (`['cluster', cluster, 'ns', ns, kind]` + name), each with its name. */
export function cachedDetails(
  client: QueryClient,
  listKey: readonly ['cluster', string, 'ns', string, string],
): { query: Query; name: string }[] {
  return client
    .getQueryCache()
    .findAll({ queryKey: listKey })
    .filter((query) => query.queryKey.length === listKey.length + 1)
    .map((query) => ({ query, name: String(query.queryKey[listKey.length]) }));
}
