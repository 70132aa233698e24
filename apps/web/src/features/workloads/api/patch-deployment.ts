import type { DeploymentPatch } from '@berth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';
import { queryKeys } from '../../../shared/api/query-keys';

const patched = z.object({ name: z.string() });

interface PatchVariables {
  namespace: string;
  name: string;
  patch: DeploymentPatch;
}

/** Scale, change the image or the image access credentials of a running workload. */
export const patchDeployment = ({ namespace, name, patch }: PatchVariables) =>
  fetchJson(namespacePath(namespace, 'deployments', name), patched, { method: 'PATCH', body: patch });

export function usePatchDeployment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: patchDeployment,
    onSuccess: (_, { namespace, name }) =>
      client.invalidateQueries({ queryKey: queryKeys.deployment(namespace, name) }),
  });
}
