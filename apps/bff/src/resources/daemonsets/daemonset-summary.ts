import type { V1DaemonSet, V1Pod } from '@kubernetes/client-node';
import type { DaemonSetSummary, DeploymentStatus } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { failingContainer } from '../deployments/deployment-status';
import { podSpecColumns } from '../workloads/detail-parts';
import { daemonSetRollout } from '../deployments/rollout-progress';

type DaemonSet = ModelOrJson<V1DaemonSet>;

/** Failed (a pod cannot start), Running (ready and up to date on every node it should run on), else Processing. */
function daemonSetStatus(set: DaemonSet, pods: readonly ModelOrJson<V1Pod>[]) {
  const failing = failingContainer(pods);
  if (failing) return { status: 'Failed' as DeploymentStatus, ...failing };
  const status = set.status;
  const desired = status?.desiredNumberScheduled ?? 0;
  const observed = (status?.observedGeneration ?? 0) >= (set.metadata?.generation ?? 0);
  const settled =
    observed &&
    (status?.numberReady ?? 0) >= desired &&
    (status?.updatedNumberScheduled ?? 0) >= desired &&
    (status?.numberAvailable ?? 0) >= desired;
  return { status: (settled ? 'Running' : 'Processing') as DeploymentStatus };
}

/** A DaemonSet as its list tab shows it: `kubectl get daemonset`'s columns and the console status. */
export function toDaemonSetSummary(set: DaemonSet, pods: readonly ModelOrJson<V1Pod>[]): DaemonSetSummary {
  const status = set.status;
  return {
    name: set.metadata?.name ?? '',
    namespace: set.metadata?.namespace ?? '',
    desired: status?.desiredNumberScheduled ?? 0,
    current: status?.currentNumberScheduled ?? 0,
    ready: status?.numberReady ?? 0,
    upToDate: status?.updatedNumberScheduled ?? 0,
    available: status?.numberAvailable ?? 0,
    ...podSpecColumns(set.spec?.template.spec),
    ...daemonSetStatus(set, pods),
    created: isoTime(set.metadata?.creationTimestamp),
    rollout: daemonSetRollout(set),
  };
}
