import type { SecretUpdateRequest } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

const updated = z.object({ name: z.string(), namespace: z.string() });

interface UpdateSecretVariables {
  namespace: string;
  name: string;
  request: SecretUpdateRequest;
}

/** PUT the registries again; a password left out keeps the stored one. */
export const updateSecret = ({ namespace, name, request }: UpdateSecretVariables) =>
  fetchJson(namespacePath(namespace, 'secrets', name), updated, { method: 'PUT', body: request });

export function useUpdateSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateSecret,
    onSuccess: (_, { namespace }) => client.invalidateQueries({ queryKey: queryKeys.secrets(namespace) }),
  });
}
