import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import type { DeploymentStatus } from '@berth/contracts';
import type { ModelOrJson } from '../../kube/list-json';

// Container waiting reasons that will not clear on their own: the workload has failed until someone acts.
const failingReasons = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

export interface ConsoleStatus {
  status: DeploymentStatus;
  reason?: string;
  message?: string;
}

/** The first failing container of the pods, as the kubelet reported it. */
export function failingContainer(
  pods: readonly ModelOrJson<V1Pod>[],
): { reason: string; message?: string } | undefined {
  const failing = failingPod(pods);
  return failing && { reason: failing.reason, ...(failing.message ? { message: failing.message } : {}) };
}

/** The first pod with a failing container, with that container's reason and message. */
function failingPod(
  pods: readonly ModelOrJson<V1Pod>[],
): { pod: string; reason: string; message?: string } | undefined {
  for (const pod of pods) {
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    for (const container of statuses) {
      const waiting = container.state?.waiting;
      if (waiting?.reason !== undefined && failingReasons.has(waiting.reason)) {
        return {
          pod: pod.metadata?.name ?? '',
          reason: waiting.reason,
          ...(waiting.message ? { message: waiting.message } : {}),
        };
      }
    }
  }
  return undefined;
}

/**
 * A failing pod's verdict: Failed when no pod is available, else Degraded (partly available), saying how many are and
 * which pod fails why, so 3 of 4 available never reads as Failed.
 */
export function failingStatus(
  pods: readonly ModelOrJson<V1Pod>[],
  available: number,
  desired: number,
): ConsoleStatus | undefined {
  const failing = failingPod(pods);
  if (failing === undefined) return undefined;
  if (available <= 0) {
    return { status: 'Failed', reason: failing.reason, ...(failing.message ? { message: failing.message } : {}) };
  }
  const why = failing.message ? `${failing.reason}: ${failing.message}` : failing.reason;
  return {
    status: 'Degraded',
    reason: failing.reason,
    message: `${available} of ${desired} pods available; pod ${failing.pod} cannot start (${why})`,
  };
}

/** Failed because of a Deployment condition, in its own reason and message. */
function failedBy(condition: { reason?: string; message?: string }, defaultReason: string): ConsoleStatus {
  return {
    status: 'Failed',
    reason: condition.reason ?? defaultReason,
    ...(condition.message ? { message: condition.message } : {}),
  };
}

/**
 * Running | Processing | Degraded | Unavailable | Failed, as the CCE workload list shows it:
 * failing pods (Degraded while some are available) or a missed progress deadline first, then a finished rollout, then an unavailable one.
 */
export function consoleStatus(
  deployment: ModelOrJson<V1Deployment>,
  pods: readonly ModelOrJson<V1Pod>[],
): ConsoleStatus {
  const desired = deployment.spec?.replicas ?? 1;
  const status = deployment.status ?? {};
  const conditions = status.conditions ?? [];
  const condition = (type: string) => conditions.find((c) => c.type === type);

  const failing = failingStatus(pods, status.availableReplicas ?? 0, desired);
  if (failing) return failing;
  const progressing = condition('Progressing');
  if (progressing?.status === 'False') return failedBy(progressing, 'ProgressDeadlineExceeded');
  const replicaFailure = condition('ReplicaFailure');
  if (replicaFailure?.status === 'True') return failedBy(replicaFailure, 'ReplicaFailure');

  const observed = (status.observedGeneration ?? 0) >= (deployment.metadata?.generation ?? 0);
  const settled =
    observed &&
    (status.updatedReplicas ?? 0) >= desired &&
    (status.availableReplicas ?? 0) >= desired &&
    (status.readyReplicas ?? 0) >= desired &&
    (status.replicas ?? 0) <= desired;
  if (settled) return { status: 'Running' };

  const available = condition('Available');
  const rollingOut = progressing?.status === 'True' && progressing.reason !== 'NewReplicaSetAvailable';
  if (available?.status === 'False' && !rollingOut) {
    return {
      status: 'Unavailable',
      reason: available.reason ?? 'MinimumReplicasUnavailable',
      ...(available.message ? { message: available.message } : {}),
    };
  }
  return { status: 'Processing', ...(progressing?.reason ? { reason: progressing.reason } : {}) };
}

/** `kubectl get deployment`'s READY column. */
export function readyColumn(deployment: ModelOrJson<V1Deployment>): string {
  return `${deployment.status?.readyReplicas ?? 0}/${deployment.spec?.replicas ?? 1}`;
}
