import type { SecretForm } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// Only the identity is read back: the list (and the stream) carry the rest.
const created = z.object({ name: z.string(), namespace: z.string() });

export const createSecret = (cluster: string, form: SecretForm) =>
  fetchJson(namespacePath(cluster, form.namespace, 'secrets'), created, { method: 'POST', body: form });

export function useCreateSecret() {
  const client = useQueryClient();
  const cluster = useCurrentCluster();
  return useMutation({
    mutationFn: (form: SecretForm) => createSecret(cluster, form),
    // Stay pending until the list holds the new row, so the dialog closes onto it even if the stream lags.
    onSuccess: (secret) => client.invalidateQueries({ queryKey: queryKeys.secrets(cluster, secret.namespace) }),
  });
}
