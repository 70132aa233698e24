// "Retry now": a pod in ImagePullBackOff waits out the kubelet's back-off (up to 5 minutes) even after its credential
// is fixed; deleting it makes its controller create a new pod, which is pulled at once.
import { Router } from 'express';
import type { KubernetesObject, V1Pod } from '@kubernetes/client-node';
import { retryablePullReasons, retryPullsResult, type WorkloadPlural } from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import { requireNameParam, type NamedKind } from '../../http/path-params';
import { cronJobGroupVersion } from '../../kube/cronjob-version';
import { statusCodeOf } from '../../kube/kubernetes-errors';
import type { JsonOf } from '../../kube/list-json';
import { NamespacedResources } from '../../kube/namespaced-resources';
import type { Kubernetes } from '../../kube/clients';
import { namespaceOf } from '../namespaces/namespace-scope';
import { ownedBy } from './owned-objects';

/** Each kind's group version, the kind of its name parameter, and the objects between it and its pods. */
const kinds: Record<WorkloadPlural, { groupVersion: string; param: NamedKind; via?: [string, string] }> = {
  deployments: { groupVersion: 'apps/v1', param: 'deployment', via: ['apps/v1', 'replicasets'] },
  statefulsets: { groupVersion: 'apps/v1', param: 'statefulset' },
  daemonsets: { groupVersion: 'apps/v1', param: 'daemonset' },
  jobs: { groupVersion: 'batch/v1', param: 'job' },
  cronjobs: { groupVersion: 'batch/v1beta1', param: 'cronjob', via: ['batch/v1', 'jobs'] },
};

/** True when one of the pod's containers or init containers is failing to pull its image (`Init:ErrImagePull` too). */
export function isFailingPull(pod: JsonOf<V1Pod>): boolean {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  return statuses.some((c) => retryablePullReasons.has(c.state?.waiting?.reason ?? ''));
}

/** The workload's pods, by ownerReferences' uid (a Deployment's through its ReplicaSets, a CronJob's through its Jobs). */
async function podsOf(kubernetes: Kubernetes, plural: WorkloadPlural, namespace: string, name: string) {
  const { kubeConfig } = kubernetes;
  const kind = kinds[plural];
  const groupVersion =
    plural === 'cronjobs' ? ((await cronJobGroupVersion(kubeConfig)) ?? kind.groupVersion) : kind.groupVersion;
  const pods = new NamespacedResources<V1Pod>(kubeConfig, 'v1', 'pods');
  const [workload, podList, middle] = await Promise.all([
    new NamespacedResources<KubernetesObject>(kubeConfig, groupVersion, plural).read(namespace, name),
    pods.list(namespace),
    kind.via ? new NamespacedResources<KubernetesObject>(kubeConfig, ...kind.via).list(namespace) : undefined,
  ]);
  const podsOwnedBy = ownedBy(podList.items);
  const owners = middle === undefined ? [workload] : ownedBy(middle.items)(workload);
  return { pods, owned: owners.flatMap(podsOwnedBy) };
}

/**
 * Deletes the very pod listed, by its uid: a StatefulSet's replacement takes the same name, and a second click (or one
 * racing the controller) must not delete the new pod that is pulling now. Its name, or undefined when it was gone.
 */
export async function deleteListedPod(
  pods: Pick<NamespacedResources<V1Pod>, 'delete'>,
  namespace: string,
  pod: JsonOf<V1Pod>,
): Promise<string | undefined> {
  const name = pod.metadata?.name ?? '';
  const uid = pod.metadata?.uid;
  try {
    await pods.delete(namespace, name, undefined, uid === undefined ? undefined : { uid });
    return name;
  } catch (error) {
    // Gone already (404), or replaced under its name (409 on the uid): nothing left to retry.
    const code = statusCodeOf(error);
    if (code === 404 || code === 409) return undefined;
    throw error;
  }
}

/** `POST /namespaces/:ns/<plural>/:name/retry-pulls`, for every workload kind, as the request's identity. */
export function retryPullsRoutes(): Router {
  const router = Router({ mergeParams: true });
  for (const plural of Object.keys(kinds) as WorkloadPlural[]) {
    const kind = Router({ mergeParams: true });
    requireNameParam(kind, 'name', kinds[plural].param);
    kind.post('/:name/retry-pulls', async (req, res) => {
      const namespace = namespaceOf(res);
      const { pods, owned } = await podsOf(kubernetesOf(res), plural, namespace, req.params.name);
      const deleted = await Promise.all(
        owned.filter(isFailingPull).map((pod) => deleteListedPod(pods, namespace, pod)),
      );
      res.json(retryPullsResult.parse({ deleted: deleted.filter((p) => p !== undefined) }));
    });
    router.use(`/${plural}`, kind);
  }
  return router;
}
