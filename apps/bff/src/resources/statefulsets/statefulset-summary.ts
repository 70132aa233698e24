import type { V1Pod, V1StatefulSet } from '@kubernetes/client-node';
import type { DeploymentStatus, StatefulSetSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { failingContainer } from '../deployments/deployment-status';
import { podSpecColumns } from '../workloads/detail-parts';
import { statefulSetRollout } from '../deployments/rollout-progress';

type StatefulSet = ModelOrJson<V1StatefulSet>;

/** Failed (a pod cannot start), Running (every replica ready on the current revision), else Processing. */
function statefulSetStatus(set: StatefulSet, pods: readonly ModelOrJson<V1Pod>[]) {
  const failing = failingContainer(pods);
  if (failing) return { status: 'Failed' as DeploymentStatus, ...failing };
  const desired = set.spec?.replicas ?? 1;
  const status = set.status;
  const observed = (status?.observedGeneration ?? 0) >= (set.metadata?.generation ?? 0);
  const onOneRevision = status?.updateRevision === undefined || status.currentRevision === status.updateRevision;
  const settled =
    observed && onOneRevision && (status?.readyReplicas ?? 0) >= desired && (status?.replicas ?? 0) === desired;
  return { status: (settled ? 'Running' : 'Processing') as DeploymentStatus };
}

/** A StatefulSet as its list tab shows it: `kubectl get statefulset`'s READY, its progress and console status. */
export function toStatefulSetSummary(set: StatefulSet, pods: readonly ModelOrJson<V1Pod>[]): StatefulSetSummary {
  return {
    name: set.metadata?.name ?? '',
    namespace: set.metadata?.namespace ?? '',
    ready: `${set.status?.readyReplicas ?? 0}/${set.spec?.replicas ?? 1}`,
    current: set.status?.currentReplicas ?? 0,
    updated: set.status?.updatedReplicas ?? 0,
    serviceName: set.spec?.serviceName ?? '',
    ...podSpecColumns(set.spec?.template.spec),
    ...statefulSetStatus(set, pods),
    created: isoTime(set.metadata?.creationTimestamp),
    rollout: statefulSetRollout(set),
  };
}
