import type { Query, QueryClient } from '@tanstack/react-query';

/** The cached detail queries below a list key (`['ns', ns, kind]` + name), each with the object's name. */
export function cachedDetails(
  client: QueryClient,
  listKey: readonly ['ns', string, string],
): { query: Query; name: string }[] {
  return client
    .getQueryCache()
    .findAll({ queryKey: listKey })
    .filter((query) => query.queryKey.length === listKey.length + 1)
    .map((query) => ({ query, name: String(query.queryKey[listKey.length]) }));
}
