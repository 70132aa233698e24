import type { V1Pod } from '@kubernetes/client-node';
import type { ContainerStatus, PodSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';

/** A pod from client-node calls or from raw lists (`listJson`). */
type Pod = ModelOrJson<V1Pod>;

function toContainerStatus(pod: Pod, name: string, image: string, init = false): ContainerStatus {
  const statuses = init ? pod.status?.initContainerStatuses : pod.status?.containerStatuses;
  const status = (statuses ?? []).find((c) => c.name === name);
  const state = status?.state;
  const detail = state?.waiting ?? state?.terminated;
  return {
    name,
    image,
    ready: status?.ready ?? false,
    restarts: status?.restartCount ?? 0,
    state: state?.running ? 'running' : state?.waiting ? 'waiting' : state?.terminated ? 'terminated' : 'unknown',
    ...(detail?.reason ? { reason: detail.reason } : {}),
    ...(detail?.message ? { message: detail.message } : {}),
  };
}

/** Why the scheduler has not placed the pod, from its PodScheduled condition; undefined once it is scheduled. */
function notScheduled(pod: Pod): PodSummary['scheduling'] {
  const scheduled = (pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
  if (scheduled?.status !== 'False') return undefined;
  return { reason: scheduled.reason ?? 'Unschedulable', ...(scheduled.message ? { message: scheduled.message } : {}) };
}

/** A pod and its containers as the workload page lists them. */
export function toPodSummary(pod: Pod): PodSummary {
  const scheduling = notScheduled(pod);
  return {
    name: pod.metadata?.name ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    ...(pod.spec?.nodeName ? { node: pod.spec.nodeName } : {}),
    ...(scheduling ? { scheduling } : {}),
    created: isoTime(pod.metadata?.creationTimestamp),
    containers: (pod.spec?.containers ?? []).map((c) => toContainerStatus(pod, c.name, c.image ?? '')),
    ...(pod.spec?.initContainers?.length
      ? { initContainers: pod.spec.initContainers.map((c) => toContainerStatus(pod, c.name, c.image ?? '', true)) }
      : {}),
  };
}
