import type { SecretForm } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// Only the identity is read back: the list (and the stream) carry the rest.
const created = z.object({ name: z.string(), namespace: z.string() });

export const createSecret = (form: SecretForm) =>
  fetchJson(namespacePath(form.namespace, 'secrets'), created, { method: 'POST', body: form });

export function useCreateSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createSecret,
    // Stay pending until the list holds the new row, so the dialog closes onto it even if the stream lags.
    onSuccess: (secret) => client.invalidateQueries({ queryKey: queryKeys.secrets(secret.namespace) }),
  });
}
