import type { V1Deployment } from '@kubernetes/client-node';
import type { DeploymentPatch } from '@berth/contracts';
import { HttpError } from './errors';

export interface JsonPatchOperation {
  op: 'add' | 'replace' | 'test';
  path: string;
  value: unknown;
}

/**
 * The console's edit as a JSON Patch (client-node's default patch type), guarded by a `test` of
 * resourceVersion so an edit based on a stale read fails instead of overwriting.
 */
export function toPatchOperations(current: V1Deployment, patch: DeploymentPatch): JsonPatchOperation[] {
  const operations: JsonPatchOperation[] = [{ op: 'test', path: '/metadata/resourceVersion', value: current.metadata?.resourceVersion }];
  if (patch.replicas !== undefined) operations.push({ op: 'add', path: '/spec/replicas', value: patch.replicas });
  if (patch.image !== undefined) {
    const containers = current.spec?.template.spec?.containers ?? [];
    const wanted = patch.image.container;
    const index = wanted === undefined ? 0 : containers.findIndex((c) => c.name === wanted);
    if (index < 0 || containers[index] === undefined) {
      const message = `No container named ${wanted ?? ''} in this Deployment`;
      throw new HttpError(422, 'Invalid', message, [{ path: 'image.container', message }]);
    }
    operations.push({ op: 'replace', path: `/spec/template/spec/containers/${index}/image`, value: patch.image.image });
  }
  if (patch.imagePullSecrets !== undefined) {
    operations.push({ op: 'add', path: '/spec/template/spec/imagePullSecrets', value: patch.imagePullSecrets.map((name) => ({ name })) });
  }
  return operations;
}
