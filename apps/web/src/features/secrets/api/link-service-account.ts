import { serviceAccountSummary } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

interface LinkVariables {
  namespace: string;
  serviceAccount: string;
  secret: string;
  link: boolean;
}

/** PUT links the secret into the ServiceAccount's imagePullSecrets, DELETE unlinks it; both idempotent. */
export const linkServiceAccount = (cluster: string, { namespace, serviceAccount, secret, link }: LinkVariables) =>
  fetchJson(
    namespacePath(cluster, namespace, 'serviceaccounts', serviceAccount, 'image-pull-secrets', secret),
    serviceAccountSummary,
    { method: link ? 'PUT' : 'DELETE' },
  );

export function useLinkServiceAccount() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (variables: LinkVariables) => linkServiceAccount(cluster, variables),
    onSuccess: (_, { namespace, secret }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.serviceAccounts(cluster, namespace) }),
        client.invalidateQueries({ queryKey: queryKeys.secretUsers(cluster, namespace, secret) }),
        client.invalidateQueries({ queryKey: queryKeys.secret(cluster, namespace, secret), exact: true }),
      ]),
  });
}
