import { sessionInfo, type SignInRequest } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../shared/api/csrf-token';
import { fetchJson } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const signIn = (request: SignInRequest) =>
  fetchJson('/api/session', sessionInfo, { method: 'POST', body: request });

/** The token goes to the BFF once; what comes back is the session (user name, CSRF token), never the token. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Whatever was cached belonged to nobody or to someone else.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session()[0] });
      client.setQueryData(queryKeys.session(), session);
    },
  });
}
