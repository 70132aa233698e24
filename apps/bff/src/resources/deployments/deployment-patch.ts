import type { V1Deployment } from '@kubernetes/client-node';
import type { DeploymentPatch } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import type { ModelOrJson } from '../../kube/list-json';

export interface JsonPatchOperation {
  op: 'add' | 'replace' | 'test';
  path: string;
  value: unknown;
}

/**
 * The console's edit as a JSON Patch (client-node's default patch type). Like `kubectl scale` and `kubectl set image`,
 * the user's values win; only the container index read from `current` is guarded with a `test`, because a
 * resourceVersion test fails on every status update the controllers make in between.
 */
export function toPatchOperations(current: ModelOrJson<V1Deployment>, patch: DeploymentPatch): JsonPatchOperation[] {
  const operations: JsonPatchOperation[] = [];
  if (patch.replicas !== undefined) operations.push({ op: 'add', path: '/spec/replicas', value: patch.replicas });
  if (patch.image !== undefined) {
    const containers = current.spec?.template.spec?.containers ?? [];
    const wanted = patch.image.container;
    const index = wanted === undefined ? 0 : containers.findIndex((c) => c.name === wanted);
    if (index < 0 || containers[index] === undefined) {
      const message = `No container named ${wanted ?? ''} in this Deployment`;
      throw new HttpError(422, 'Invalid', message, [{ path: 'image.container', message }]);
    }
    const container = `/spec/template/spec/containers/${index}`;
    operations.push({ op: 'test', path: `${container}/name`, value: containers[index].name });
    operations.push({ op: 'replace', path: `${container}/image`, value: patch.image.image });
  }
  if (patch.imagePullSecrets !== undefined) {
    operations.push({
      op: 'add',
      path: '/spec/template/spec/imagePullSecrets',
      value: patch.imagePullSecrets.map((name) => ({ name })),
    });
  }
  return operations;
}
