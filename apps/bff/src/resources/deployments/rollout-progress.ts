// The status fields `kubectl rollout status` reads of each kind, as the summaries carry them (contracts rolloutProgress).
import type { V1DaemonSet, V1Deployment, V1StatefulSet } from '@kubernetes/client-node';
import type { RolloutProgress } from '@berth/contracts';
import type { ModelOrJson } from '../../kube/list-json';

const observedOf = (object: { metadata?: { generation?: number }; status?: { observedGeneration?: number } }) =>
  (object.metadata?.generation ?? 0) <= (object.status?.observedGeneration ?? 0);

export function deploymentRollout(deployment: ModelOrJson<V1Deployment>): RolloutProgress {
  const status = deployment.status;
  const progressing = (status?.conditions ?? []).find((c) => c.type === 'Progressing');
  return {
    desired: deployment.spec?.replicas ?? 1,
    updated: status?.updatedReplicas ?? 0,
    total: status?.replicas ?? 0,
    ready: status?.readyReplicas ?? 0,
    available: status?.availableReplicas ?? 0,
    observed: observedOf(deployment),
    strategy: deployment.spec?.strategy?.type ?? 'RollingUpdate',
    paused: deployment.spec?.paused === true,
    deadlineExceeded: progressing?.reason === 'ProgressDeadlineExceeded',
  };
}

export function statefulSetRollout(set: ModelOrJson<V1StatefulSet>): RolloutProgress {
  const status = set.status;
  const partition = set.spec?.updateStrategy?.rollingUpdate?.partition;
  return {
    desired: set.spec?.replicas ?? 1,
    updated: status?.updatedReplicas ?? 0,
    total: status?.replicas ?? 0,
    ready: status?.readyReplicas ?? 0,
    // 1.20's StatefulSet status has no availableReplicas: a ready pod counts (minReadySeconds came later).
    available: status?.readyReplicas ?? 0,
    // kubectl: `observedGeneration == 0` is not yet observed either.
    observed: (status?.observedGeneration ?? 0) > 0 && observedOf(set),
    strategy: set.spec?.updateStrategy?.type ?? 'RollingUpdate',
    ...(partition === undefined ? {} : { partition }),
    onUpdateRevision: status?.updateRevision === undefined || status.updateRevision === status.currentRevision,
  };
}

export function daemonSetRollout(set: ModelOrJson<V1DaemonSet>): RolloutProgress {
  const status = set.status;
  return {
    desired: status?.desiredNumberScheduled ?? 0,
    updated: status?.updatedNumberScheduled ?? 0,
    total: status?.currentNumberScheduled ?? 0,
    ready: status?.numberReady ?? 0,
    available: status?.numberAvailable ?? 0,
    observed: observedOf(set),
    strategy: set.spec?.updateStrategy?.type ?? 'RollingUpdate',
  };
}
