import type { V1Deployment, V1PodSpec } from '@kubernetes/client-node';
import type { DeploymentPatch, WorkloadPatch } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import type { ModelOrJson } from '../../kube/list-json';

export interface JsonPatchOperation {
  op: 'add' | 'replace' | 'test';
  path: string;
  value: unknown;
}

/**
 * The console's edit of a workload as a JSON Patch (client-node's default patch type). Like `kubectl scale` and
 * `kubectl set image`, the user's values win; only the container index read from the current pod spec is guarded with
 * a `test`, because a resourceVersion test fails on every status update the controllers make in between.
 * `podSpecPath` is where the kind keeps its pod spec (`/spec/template/spec`; a CronJob's is under its jobTemplate).
 */
export function toWorkloadPatchOperations(
  podSpec: ModelOrJson<V1PodSpec> | undefined,
  podSpecPath: string,
  patch: WorkloadPatch,
  kind: string,
): JsonPatchOperation[] {
  const operations: JsonPatchOperation[] = [];
  if (patch.replicas !== undefined) operations.push({ op: 'add', path: '/spec/replicas', value: patch.replicas });
  if (patch.parallelism !== undefined)
    operations.push({ op: 'add', path: '/spec/parallelism', value: patch.parallelism });
  if (patch.suspend !== undefined) operations.push({ op: 'add', path: '/spec/suspend', value: patch.suspend });
  if (patch.image !== undefined) {
    const containers = podSpec?.containers ?? [];
    const wanted = patch.image.container;
    const index = wanted === undefined ? 0 : containers.findIndex((c) => c.name === wanted);
    if (index < 0 || containers[index] === undefined) {
      const message = `No container named ${wanted ?? ''} in this ${kind}`;
      throw new HttpError(422, 'Invalid', message, [{ path: 'image.container', message }]);
    }
    const container = `${podSpecPath}/containers/${index}`;
    operations.push({ op: 'test', path: `${container}/name`, value: containers[index].name });
    operations.push({ op: 'replace', path: `${container}/image`, value: patch.image.image });
  }
  if (patch.imagePullSecrets !== undefined) {
    operations.push({
      op: 'add',
      path: `${podSpecPath}/imagePullSecrets`,
      value: patch.imagePullSecrets.map((name) => ({ name })),
    });
  }
  return operations;
}

/** A Deployment's edit (replicas, image, pull secrets) as a JSON Patch. */
export function toPatchOperations(current: ModelOrJson<V1Deployment>, patch: DeploymentPatch): JsonPatchOperation[] {
  return toWorkloadPatchOperations(current.spec?.template.spec, '/spec/template/spec', patch, 'Deployment');
}
