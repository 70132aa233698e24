import type { WorkloadForm } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

// The detail page reads the rest; only the identity is needed to open it.
const created = z.object({ name: z.string(), namespace: z.string() });

export const createDeployment = (form: WorkloadForm) =>
  fetchJson(namespacePath(form.namespace, 'deployments'), created, { method: 'POST', body: form });

export function useCreateDeployment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createDeployment,
    onSuccess: (deployment) => void client.invalidateQueries({ queryKey: queryKeys.deployments(deployment.namespace) }),
  });
}
