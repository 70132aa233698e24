import { sessionInfo } from '@berth/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { setCsrfToken } from './csrf-token';
import { fetchJson } from './fetch-json';
import { queryKeys } from './query-keys';

/** Who the BFF acts as for this browser; a 401 means "sign in first" in token mode. */
export async function getSession(signal?: AbortSignal) {
  const session = await fetchJson('/api/session', sessionInfo, { ...(signal ? { signal } : {}) });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.session(), queryFn: ({ signal }) => getSession(signal), staleTime: Infinity });

export const useSession = () => useQuery(sessionQueryOptions());
