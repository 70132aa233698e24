// The workload behind a pod: its controller ownerReference, and for a ReplicaSet the Deployment that owns it, so the
// pod page links back to the workload the user made. A ReplicaSet the user may not read stays the owner shown.
import type { KubeConfig, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { PodOwner } from '@berth/contracts';
import { kubeRequestJson, segment } from '../../kube/kube-request';
import type { JsonOf } from '../../kube/list-json';
import { controllerOf, workloadOf } from '../workloads/owned-objects';

export async function podOwner(
  kubeConfig: KubeConfig,
  namespace: string,
  pod: JsonOf<V1Pod>,
): Promise<PodOwner | undefined> {
  const owner = controllerOf(pod);
  if (owner === undefined) return undefined;
  let replicaSet: JsonOf<V1ReplicaSet> | undefined;
  if (owner.kind === 'ReplicaSet') {
    const path = `/apis/apps/v1/namespaces/${segment(namespace)}/replicasets/${segment(owner.name)}`;
    replicaSet = await kubeRequestJson<JsonOf<V1ReplicaSet>>(kubeConfig, { method: 'GET', path }).catch(
      () => undefined,
    );
  }
  const workload = workloadOf(pod, replicaSet) ?? owner;
  return { kind: workload.kind, name: workload.name };
}
