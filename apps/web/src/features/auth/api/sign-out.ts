import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../shared/api/csrf-token';
import { fetchNoContent } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

export const signOut = () => fetchNoContent('/api/session', { method: 'DELETE' });

/** Ends the session on the server, forgets everything cached, and asks again who is signed in (nobody: the sign-in page). */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(undefined);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session()[0] });
      void client.resetQueries({ queryKey: queryKeys.session() });
    },
  });
}
